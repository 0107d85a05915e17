// The attendance report as tidy rows: schools first (ranked order), then collaborative groups,
// phases and the city. Shared by the csv, md and xlsx writers so they cannot disagree.
import { roundToShown } from '../../aggregate/attendance/index.js';
import type { AttendanceReport, PeriodFigures } from '../../aggregate/attendance/attendance-report.js';

export const ATTENDANCE_COLUMNS = [
  'level',
  'area_code',
  'area_name',
  'phase',
  'academic_year',
  'term',
  'period',
  'pupil_group',
  'status',
  'enrolments',
  'possible_sessions',
  'overall_absence_rate',
  'authorised_absence_rate',
  'unauthorised_absence_rate',
  'persistent_absentees',
  'persistent_absence_rate',
  'rank_overall_absence',
  'rank_persistent_absence',
  'quartile_overall_absence',
  'national_overall_absence_rate',
  'gap_overall_absence',
  'national_persistent_absence_rate',
  'gap_persistent_absence',
  'change_overall_absence',
  'change_persistent_absence',
  'trend',
  'target_overall_absence',
  'target_rating',
  'target_reason',
  'fixed_term_exclusions',
  'permanent_exclusions',
  'penalty_notices',
  'collaborative_group',
] as const;

export type AttendanceRow = Partial<Record<(typeof ATTENDANCE_COLUMNS)[number], string | number>>;

function figureColumns(f: PeriodFigures): AttendanceRow {
  if (f.status === 'not returned') return { status: 'not returned' };
  if (f.status === 'refused') return { status: 'refused: see the import messages' };
  if (f.status === 'incomplete') return { status: `incomplete: no ${f.missingTerms.join(', ')} return` };
  const r = (v: number | undefined) => (v === undefined ? undefined : roundToShown(v));
  if (f.withheld === 'all') {
    return {
      status: 'returned',
      enrolments: 'c',
      possible_sessions: 'c',
      overall_absence_rate: 'c',
      authorised_absence_rate: 'c',
      unauthorised_absence_rate: 'c',
      persistent_absentees: 'c',
      persistent_absence_rate: 'c',
    };
  }
  const pa = f.withheld === 'persistent' ? { persistent_absentees: 'c', persistent_absence_rate: 'c' } : {};
  return {
    status: 'returned',
    enrolments: f.counts.enrolments,
    possible_sessions: f.counts.possibleSessions,
    overall_absence_rate: r(f.rates.overallAbsenceRate),
    authorised_absence_rate: r(f.rates.authorisedAbsenceRate),
    unauthorised_absence_rate: r(f.rates.unauthorisedAbsenceRate),
    persistent_absentees: f.counts.persistentAbsentees,
    persistent_absence_rate: r(f.rates.persistentAbsenceRate),
    fixed_term_exclusions: f.counts.fixedTermExclusions,
    permanent_exclusions: f.counts.permanentExclusions,
    penalty_notices: f.counts.penaltyNotices,
    ...pa,
  };
}

export function attendanceRows(report: AttendanceReport): AttendanceRow[] {
  const base = {
    academic_year: report.academicYear,
    term: report.term,
    period: report.yearToDate ? `year to date (${report.term})` : report.term,
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
        ...figureColumns(f),
        collaborative_group: s.collaborativeGroup,
        ...(wholeRow
          ? {
              rank_overall_absence: s.rankOverall,
              rank_persistent_absence: s.rankPersistent,
              quartile_overall_absence: s.quartileOverall,
              national_overall_absence_rate: s.nationalOverall,
              gap_overall_absence: s.gapOverall,
              national_persistent_absence_rate: s.nationalPersistent,
              gap_persistent_absence: s.gapPersistent,
              change_overall_absence: s.changeOverall,
              change_persistent_absence: s.changePersistent,
              trend: s.trend.classification,
              target_overall_absence: s.target?.value,
              target_rating: s.target?.progress.rating,
              target_reason: s.target?.progress.reason,
            }
          : {}),
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
    ...figureColumns(a.figures),
    national_overall_absence_rate: a.nationalOverall,
    gap_overall_absence: a.gapOverall,
    target_overall_absence: a.target?.value,
    target_rating: a.target?.progress.rating,
    target_reason: a.target?.progress.reason,
  }));
  const rows = [...schoolRows, ...areaRows];
  // Exclusions and penalty notices are rare events about few pupils: withheld whole when published.
  return report.published
    ? rows.map((r) => ({
        ...r,
        ...(r.status === 'returned'
          ? { fixed_term_exclusions: 'c', permanent_exclusions: 'c', penalty_notices: 'c' }
          : {}),
      }))
    : rows;
}
