// An attendance figure's key for `explain`, from the flags or a row of the attendance csv: level,
// area_code, academic_year, term, period (year to date or the term), phase, pupil_group, and the
// rate or column named by --measure (the csv has one column per measure, so the row cannot say).
import type { AttendanceExplainOptions } from '../jobs/explain-attendance.js';
import { catalogue } from '../domain/catalogue.js';
import { EXPLAIN_REFUSALS, refusalLine } from '../messages/explain-text.js';
import { phaseFlag, termFlag, thresholdFlag, yearFlag } from './catalogue-flags.js';
import { CliError } from './cli-io.js';
import { EXIT } from './exit-codes.js';

type Flags = Record<string, string | boolean | undefined>;
const LEVELS = ['city', 'group', 'phase', 'school'] as const;

export function attendanceExplainOptions(
  k: Record<string, string | undefined>,
  flags: Flags,
  laCode: string,
): AttendanceExplainOptions {
  const cat = catalogue();
  const missing = (flag: string) =>
    new CliError(refusalLine('explain.flag-missing', EXPLAIN_REFUSALS['explain.flag-missing'](flag)), EXIT.usage);
  const level = (k['level'] ?? 'city') as AttendanceExplainOptions['level'];
  if (!LEVELS.includes(level))
    throw new CliError(
      refusalLine('explain.flag-unknown', EXPLAIN_REFUSALS['explain.flag-unknown']('level', level, LEVELS)),
      EXIT.usage,
    );
  if (k['academic_year'] === undefined) throw missing('academic-year');
  if (k['measure'] === undefined) throw missing('measure');
  if (k['term'] === undefined) throw missing('term');
  if (k['area_code'] === undefined && level !== 'city') throw missing('area-code');
  const group = k['pupil_group'] ?? cat.wholeCohort;
  const threshold = thresholdFlag(flags['threshold'], true);
  return Object.freeze({
    level,
    areaCode: k['area_code'] ?? laCode,
    academicYear: yearFlag(k['academic_year']),
    term: termFlag(k['term']),
    yearToDate: Boolean(flags['ytd']) || /^year to date/i.test(k['period'] ?? ''),
    // A school's row names its own phase; the report it came from may have been of every phase.
    phase: level === 'school' ? 'all' : phaseFlag(k['phase']),
    pupilGroup: cat.pupilGroupIndex.find(group)?.code ?? group,
    measure: cat.attendanceColumnIndex.find(k['measure'])?.code ?? k['measure'],
    published: Boolean(flags['published']),
    ...(threshold !== undefined ? { threshold } : {}),
  });
}
