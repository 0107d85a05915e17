// The flags every report command shares, read through the catalogue once and refused in one
// line each, in the same words whichever command they were given to.
import type { Term } from '../aggregate/attendance/index.js';
import { parseAcademicYear, type AcademicYear } from '../domain/academic-year.js';
import { catalogue } from '../domain/catalogue.js';
import { CliError } from './cli-io.js';

type Flag = string | boolean | undefined;

export function yearFlag(value: Flag): AcademicYear {
  const year = parseAcademicYear(String(value ?? ''));
  if (!year) throw new CliError(`--year "${value ?? ''}" is not an academic year such as 2014/15`);
  return year;
}

export function keyStageFlag(value: Flag): string {
  const cat = catalogue();
  const keyStage = cat.keyStageIndex.find(String(value ?? ''))?.code;
  if (!keyStage)
    throw new CliError(`--key-stage "${value ?? ''}" is not one of ${cat.keyStages.map((k) => k.code).join(', ')}`);
  return keyStage;
}

export function roundFlag(value: Flag): string {
  const cat = catalogue();
  const round = cat.roundIndex.find(String(value ?? ''))?.code;
  if (!round) throw new CliError(`--round "${value ?? ''}" is not one of ${cat.rounds.map((r) => r.code).join(', ')}`);
  return round;
}

export function termFlag(value: Flag): Term {
  const term = catalogue().termIndex.find(String(value ?? ''))?.code as Term | undefined;
  if (!term) throw new CliError(`--term "${value ?? ''}" is not Autumn, Spring or Summer`);
  return term;
}

/** --threshold: a whole number of pupils, and only with --published, the only report it changes. */
export function thresholdFlag(value: Flag, published: Flag): number | undefined {
  if (value === undefined) return undefined;
  const threshold = Number(value);
  if (!(Number.isInteger(threshold) && threshold >= 0))
    throw new CliError('--threshold must be a whole number of pupils');
  if (!published) throw new CliError('--threshold applies only with --published');
  return threshold;
}
