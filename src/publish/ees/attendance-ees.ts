// The attendance report as EES tidy data: a row per place (the city, each phase and each
// collaborative group as the LA filtered by phase and group; each school as a School row) and
// pupil group, for the term or the year to date the report covers. Every figure column of the
// tidy table is an indicator; its words (status, trend, target rating and reason) are for a
// person's csv, not EES's, whose indicators are figures. The concern list is one School row per
// school, its rank and score.
import type { AttendanceReport } from '../../aggregate/attendance/attendance-report.js';
import type { Catalogue } from '../../domain/catalogue.js';
import { eesText } from '../../messages/ees-text.js';
import { attendanceTidyTable } from '../attendance/attendance-tables.js';
import { concernTidyTable } from '../attendance/concern-report.js';
import { isFigure } from '../table/published-table.js';
import type { EesPlaces } from './ees-geography.js';
import { schoolPlace } from './ees-geography.js';
import { groupFilter, phaseFilter, placeOf, pupilGroupFilter } from './ees-filters.js';
import { eesTable, textAt, type EesTable, type RowReader } from './ees-table.js';
import { termTime } from './ees-time.js';

/** The words of each figure table-columns.ts names after a headline rate (`rank_overall_absence`). */
const DERIVED = {
  rank: 'rank-by',
  quartile: 'quartile-by',
  national: 'national-of',
  gap: 'gap-of',
  change: 'change-of',
  target: 'target-of',
} as const;

/** An indicator's label from the catalogue's words for the column, or for the rate it is built on. */
function attendanceLabel(cat: Catalogue, code: string): string {
  const { rates, column } = cat.attendanceColumns;
  const rateOf = (c: string) => rates.find((r) => r.code === c || r.code.replace(/_rate$/, '') === c);
  const own = rates.find((r) => r.code === code);
  if (own) return eesText['rate-of-sessions'](own.label);
  const counted = column(code);
  if (counted) return counted.label;
  const [, prefix, rest] = /^(rank|quartile|national|gap|change|target)_(.+)$/.exec(code) ?? [];
  const base = rest === undefined ? undefined : rateOf(rest);
  if (!base) return eesText.figure(code);
  return eesText[DERIVED[prefix as keyof typeof DERIVED]](eesText['rate-of-sessions'](base.label));
}

export function attendanceEes(report: AttendanceReport, cat: Catalogue, places: EesPlaces): EesTable {
  const tidy = attendanceTidyTable(report, cat);
  const time = termTime(report.academicYear, report.term, report.yearToDate);
  const schoolOnly = /^(rank|quartile|change)_/;
  // Ranks, quartiles, changes and targets are the all-pupils row's: on a pupil group's row (and a rank
  // on the city's) they do not apply; nor does a national figure or gap the group has none of (the
  // report's notes say why); elsewhere a blank is not available.
  const notApplicable = (code: string, read: RowReader) =>
    (textAt(read, 'pupil_group') !== cat.wholeCohort && /^(rank|quartile|change|national|gap|target)_/.test(code)) ||
    (textAt(read, 'level') !== 'school' && schoolOnly.test(code));
  return eesTable(tidy, {
    time: () => time,
    place: placeOf(places),
    filters: [phaseFilter, groupFilter(places), pupilGroupFilter(cat)],
    indicators: tidy.columns.filter(isFigure).map((c) => c.code),
    label: (code) => ({ label: attendanceLabel(cat, code), grouping: eesText['attendance-grouping'] }),
    notApplicable,
  });
}

/** The concern list: every school, its rank and score (x for a school with no return to score). */
export function concernEes(report: AttendanceReport, cat: Catalogue, places: EesPlaces): EesTable {
  const tidy = concernTidyTable(report, cat);
  const time = termTime(report.academicYear, report.term, report.yearToDate);
  // The score is kept unrounded in the csv; EES shows it to the place the reader's table does.
  const columns = tidy.columns.map((c) => (c.code === 'score' ? { ...c, decimals: 1 } : c));
  return eesTable(
    { ...tidy, columns },
    {
      time: () => time,
      place: (read) => schoolPlace(places, textAt(read, 'urn'), textAt(read, 'school')),
      filters: [],
      indicators: ['rank', 'score'],
      label: (code) => ({ label: eesText.figure(code), grouping: eesText['concern-grouping'] }),
    },
  );
}
