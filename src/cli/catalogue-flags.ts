// The flags every report command shares, read through the catalogue once and refused in one
// line each, in the same words whichever command they were given to.
import type { Term } from '../aggregate/attendance/index.js';
import { parseAcademicYear, type AcademicYear } from '../domain/academic-year.js';
import { catalogue } from '../domain/catalogue.js';
import { PHASES, type Phase } from '../domain/school-phase.js';
import { cliText } from '../messages/cli-text.js';
import { CliError } from './cli-io.js';

type Flag = string | boolean | undefined;

/** The codes of catalogue entries, as a refusal lists them. */
export const codesOf = (entries: readonly { code: string }[]) => entries.map((e) => e.code);

export function yearFlag(value: Flag): AcademicYear {
  const given = String(value ?? '');
  const year = parseAcademicYear(given);
  if (!year) throw new CliError(cliText['flag.year'](given));
  return year;
}

export function keyStageFlag(value: Flag): string {
  const cat = catalogue();
  const given = String(value ?? '');
  const keyStage = cat.keyStageIndex.find(given)?.code;
  if (!keyStage) throw new CliError(cliText['flag.key-stage'](given, codesOf(cat.keyStages)));
  return keyStage;
}

export function roundFlag(value: Flag): string {
  const cat = catalogue();
  const given = String(value ?? '');
  const round = cat.roundIndex.find(given)?.code;
  if (!round) throw new CliError(cliText['flag.round'](given, codesOf(cat.rounds)));
  return round;
}

export function termFlag(value: Flag): Term {
  const given = String(value ?? '');
  const term = catalogue().termIndex.find(given)?.code as Term | undefined;
  if (!term) throw new CliError(cliText['flag.term'](given));
  return term;
}

/** --threshold: a whole number of pupils, and only with --published, the only report it changes. */
export function thresholdFlag(value: Flag, published: Flag): number | undefined {
  if (value === undefined) return undefined;
  const threshold = Number(value);
  if (!(Number.isInteger(threshold) && threshold >= 0)) throw new CliError(cliText['flag.threshold-not-whole']);
  if (!published) throw new CliError(cliText['flag.threshold-without-published']);
  return threshold;
}

/** --phase: a phase of school, or all (the default). */
export function phaseFlag(value: Flag): Phase | 'all' {
  const given = value === undefined ? 'all' : String(value);
  if (given === 'all' || (PHASES as readonly string[]).includes(given)) return given as Phase | 'all';
  throw new CliError(cliText['flag.phase'](given));
}
