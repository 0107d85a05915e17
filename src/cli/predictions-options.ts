import { z } from 'zod';
import { cliText } from '../messages/cli-text.js';
import { keyStageFlag, roundFlag, thresholdFlag, yearFlag } from './catalogue-flags.js';
import { CliError } from './cli-io.js';
import { eesOut } from './ees-output.js';

const levelList = z.array(z.enum(['city', 'group', 'school'])).min(1);

/** Flags checked once at the door: names resolved through the catalogue, then frozen. */
export function predictionsOptions(flags: Record<string, string | boolean | undefined>) {
  const year = yearFlag(flags['year']);
  const keyStage = keyStageFlag(flags['keyStage']);
  const round = roundFlag(flags['round']);
  const levels = levelList.safeParse(
    String(flags['level'] ?? 'city')
      .split(',')
      .map((l) => l.trim()),
  );
  if (!levels.success) throw new CliError(cliText['flag.level'](String(flags['level'])));
  const format = z.enum(['csv', 'md', 'xlsx', 'ees']).safeParse(flags['format'] ?? 'csv');
  if (!format.success) throw new CliError(cliText['flag.predictions-format'](String(flags['format'])));
  if (format.data === 'ees') eesOut(flags);
  const threshold = thresholdFlag(flags['threshold'], flags['published']);
  return Object.freeze({
    academicYear: year,
    keyStage,
    round,
    levels: levels.data,
    format: format.data,
    published: Boolean(flags['published']),
    asReturned: Boolean(flags['asReturned']),
    ...(threshold !== undefined ? { threshold } : {}),
  });
}
