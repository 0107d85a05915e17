import { z } from 'zod';
import { parseAcademicYear } from '../catalogue/academic-year.js';
import { catalogue } from '../catalogue/catalogue.js';
import { CliError } from './cli-io.js';

const levelList = z.array(z.enum(['city', 'group', 'school'])).min(1);

/** Flags checked once at the door: names resolved through the catalogue, then frozen. */
export function predictionsOptions(flags: Record<string, string | boolean | undefined>) {
  const cat = catalogue();
  const year = parseAcademicYear(String(flags['year'] ?? ''));
  if (!year) throw new CliError(`--year "${flags['year'] ?? ''}" is not an academic year such as 2014/15`);
  const keyStage = cat.keyStageIndex.find(String(flags['keyStage'] ?? ''))?.code;
  if (!keyStage) throw new CliError(`--key-stage "${flags['keyStage'] ?? ''}" is not one of ${cat.keyStages.map((k) => k.code).join(', ')}`);
  const round = cat.roundIndex.find(String(flags['round'] ?? ''))?.code;
  if (!round) throw new CliError(`--round "${flags['round'] ?? ''}" is not one of ${cat.rounds.map((r) => r.code).join(', ')}`);
  const levels = levelList.safeParse(String(flags['level'] ?? 'city').split(',').map((l) => l.trim()));
  if (!levels.success) throw new CliError(`--level "${flags['level']}" must be city, group or school, or a list such as city,group,school`);
  const format = z.enum(['csv', 'md', 'xlsx']).safeParse(flags['format'] ?? 'csv');
  if (!format.success) throw new CliError(`--format "${flags['format']}" must be csv, md or xlsx`);
  const threshold = flags['threshold'] === undefined ? undefined : Number(flags['threshold']);
  if (threshold !== undefined && !(Number.isInteger(threshold) && threshold >= 0)) throw new CliError('--threshold must be a whole number of pupils');
  if (threshold !== undefined && !flags['published']) throw new CliError('--threshold applies only with --published');
  return Object.freeze({ academicYear: year, keyStage, round, levels: levels.data, format: format.data, published: Boolean(flags['published']), asReturned: Boolean(flags['asReturned']), ...(threshold !== undefined ? { threshold } : {}) });
}
