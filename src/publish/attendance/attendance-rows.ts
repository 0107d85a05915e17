// The attendance report as tidy rows: schools first (ranked order), then the city, phases and
// collaborative groups. Shared by the csv, md, xlsx and html tables so they cannot disagree.
import { reportText } from '../../messages/report-text.js';
import { roundToShown } from '../../aggregate/attendance/index.js';
import type { AttendanceReport, PeriodFigures } from '../../aggregate/attendance/attendance-report.js';
import type { Catalogue } from '../../domain/catalogue.js';
import { groupNationalOf } from '../../aggregate/attendance/group-national.js';
import { groupNationalColumns } from './group-national-columns.js';
import { attendanceTableColumns, type AttendanceTableColumns } from './table-columns.js';

export type AttendanceRow = Partial<Record<string, string | number>>;

function figureColumns(f: PeriodFigures, t: AttendanceTableColumns): AttendanceRow {
  if (f.status === 'not returned') return { status: 'not returned' };
  if (f.status === 'refused') return { status: reportText['attendance-row.refused'] };
  if (f.status === 'incomplete') return { status: reportText['attendance-row.incomplete'](f.missingTerms) };
  const withheld = (codes: readonly string[]) => Object.fromEntries(codes.map((c) => [c, 'c']));
  if (f.withheld === 'all') return { status: 'returned', ...withheld(t.figures), ...f.shownCounts };
  const shown: AttendanceRow = { status: 'returned' };
  for (const [code, value] of Object.entries(f.counts)) shown[code] = value;
  for (const [code, value] of Object.entries(f.rates))
    shown[code] = value === undefined ? undefined : roundToShown(value);
  return { ...shown, ...(f.withheld === 'persistent' ? withheld(f.withheldCodes ?? t.pupilsAbsent) : {}) };
}

const gapTo = (rate: number | undefined, national: number | undefined) =>
  rate === undefined || national === undefined ? undefined : roundToShown(roundToShown(rate) - roundToShown(national));

/**
 * The figures beside the headlines: each ranked rate's rank, national figure and gap (from the rate
 * as published, so a withheld rate has no gap), and the national figure of every other rate.
 */
function besideColumns(
  f: PeriodFigures,
  t: AttendanceTableColumns,
  national: Readonly<Record<string, number>> | undefined,
  ranks?: Readonly<Record<string, number>>,
): AttendanceRow {
  const rates = f.status === 'returned' ? f.rates : {};
  const row: AttendanceRow = {};
  for (const r of t.ranked) {
    row[r.rank] = ranks?.[r.rate];
    row[r.national] = national?.[r.rate];
    row[r.gap] = gapTo(rates[r.rate], national?.[r.rate]);
  }
  for (const r of t.nationalOthers) row[r.national] = national?.[r.rate];
  return row;
}

/** A row per level, area and pupil group, keyed by the tidy table's column codes (table-columns.ts). */
export function attendanceRows(report: AttendanceReport, catalogue: Catalogue): AttendanceRow[] {
  const t = attendanceTableColumns(catalogue.attendanceColumns);
  const base = {
    academic_year: report.academicYear,
    term: report.term,
    period: reportText['attendance-row.period'](report.halfTerm ?? report.term, report.yearToDate),
  };
  const ranked = [...report.schools].sort(
    (a, b) => (a.rankOverall ?? Infinity) - (b.rankOverall ?? Infinity) || a.name.localeCompare(b.name),
  );
  const schoolRows = ranked.flatMap((s) =>
    [...s.byGroup.entries()].map(([group, f]): AttendanceRow => {
      const wholeRow = group === [...s.byGroup.keys()][0];
      return {
        level: 'school',
        area_code: s.urn,
        area_name: s.name,
        phase: s.phase,
        ...base,
        pupil_group: group,
        ...figureColumns(f, t),
        collaborative_group: s.collaborativeGroup,
        ...(wholeRow
          ? {
              [t.rankAbsence]: s.rankOverall,
              [t.rankPupilsAbsent]: s.rankPersistent,
              [t.quartileAbsence]: s.quartileOverall,
              [t.nationalAbsence]: s.nationalOverall,
              [t.gapAbsence]: s.gapOverall,
              [t.nationalPupilsAbsent]: s.nationalPersistent,
              [t.gapPupilsAbsent]: s.gapPersistent,
              [t.changeAbsence]: s.changeOverall,
              [t.changePupilsAbsent]: s.changePersistent,
              trend: s.trend.classification,
              [t.targetAbsence]: s.target?.value,
              target_rating: s.target?.progress.rating,
              target_reason: s.target?.progress.reason,
              ...besideColumns(f, t, s.nationalRates, s.ranks),
            }
          : groupNationalColumns(f, groupNationalOf(report.groupNational, group, s.phase), t)),
      };
    }),
  );
  const areaRows = report.areas.map((a): AttendanceRow => ({
    level: a.level,
    area_code: a.code,
    area_name: a.name,
    phase: a.phase,
    ...base,
    pupil_group: a.pupilGroup,
    ...figureColumns(a.figures, t),
    [t.nationalAbsence]: a.nationalOverall,
    [t.gapAbsence]: a.gapOverall,
    [t.targetAbsence]: a.target?.value,
    target_rating: a.target?.progress.rating,
    target_reason: a.target?.progress.reason,
    ...(a.pupilGroup === catalogue.wholeCohort
      ? besideColumns(a.figures, t, a.nationalRates)
      : groupNationalColumns(a.figures, groupNationalOf(report.groupNational, a.pupilGroup, a.phase), t)),
  }));
  const rows = [...schoolRows, ...areaRows];
  // Exclusions and penalty notices are rare events about few pupils: withheld whole when published.
  return report.published
    ? rows.map((r) => ({
        ...r,
        ...(r.status === 'returned' ? Object.fromEntries(t.events.map((c) => [c, 'c'])) : {}),
      }))
    : rows;
}
