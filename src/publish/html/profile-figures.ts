// A school's profile for elected members (issue 13, Peterborough 5A.2) as values: its predictions
// against national and its last year's results, its attendance and persistent absence with rank,
// trend and target, its collaborative group, its returns' state and open queries. Every figure is
// a cell of the reports the published paper prints, taken as they show it: a cell the paper
// withholds is c here, never the number behind it.
import type { AttendanceReport } from '../../aggregate/attendance/attendance-report.js';
import type { Catalogue } from '../../domain/catalogue.js';
import { attendanceRows, type AttendanceRow } from '../attendance/attendance-rows.js';
import { attendanceTableColumns } from '../attendance/table-columns.js';
import type { PredictionsReport, PredictionsRow, Shown } from '../predictions/predictions-report.js';

export interface ProfileFigure {
  label: string;
  kind: 'threshold' | 'mean';
  cohort: Shown;
  school: Shown;
  national: Shown;
  gap: Shown;
  lastYear: Shown;
}

export interface ProfileAttendanceRate {
  label: string;
  school: Shown;
  national: Shown;
  gap: Shown;
  /** Rank among the schools ranked (1 = least absence), or c / x. */
  rank: Shown;
  /** Points since the same period a year earlier. */
  change: Shown;
}

export interface ProfileAttendance {
  academicYear: string;
  term: string;
  yearToDate: boolean;
  /** In words: "returned", "not returned", "refused". */
  status: string;
  ranked: number;
  rates: ProfileAttendanceRate[];
  trend: string;
  target: Shown;
  rating?: string;
}

/** An open query on the school's return: the figure it is about, in words, and its rule. */
export interface OpenQuery {
  rule: string;
  figure?: string;
}

export interface SchoolProfile {
  urn: string;
  name: string;
  phase?: string;
  group?: { name: string; schools: string[] };
  /** The state of its prediction return for the round, in words. */
  predictionsState: string;
  /** All pupils, each measure of the key stage. */
  measures: ProfileFigure[];
  /** The charts' measure, each pupil group. */
  measureLabel: string;
  groups: ProfileFigure[];
  attendance?: ProfileAttendance;
  openQueries: OpenQuery[];
}

export interface ProfileInputs {
  catalogue: Catalogue;
  /** The published report, decided as `report html --published` decides it. */
  predictions: PredictionsReport;
  lastYear?: PredictionsReport;
  measure: string;
  attendance?: AttendanceReport;
  school: { urn: string; name: string; phase?: string; predictionsState: string };
  group?: { name: string; schools: string[] };
  openQueries: readonly { rule_id: string; measure: string | null; pupil_group: string | null }[];
}

const schoolRow = (report: PredictionsReport | undefined, urn: string, measure: string, group: string) =>
  report?.rows.find(
    (r) => r.level === 'school' && r.areaCode === urn && r.measure === measure && r.pupilGroup === group,
  );

function figure(i: ProfileInputs, label: string, row: PredictionsRow | undefined, last: PredictionsRow | undefined) {
  return {
    label,
    kind: row?.kind ?? 'threshold',
    cohort: row?.cohort ?? 'x',
    school: row?.rate ?? 'x',
    national: row?.nationalRate ?? 'x',
    gap: row?.gapToNational ?? 'x',
    lastYear: last?.rate ?? 'x',
  } satisfies ProfileFigure;
}

const shown = (v: string | number | undefined): Shown => (typeof v === 'number' ? v : v === 'c' || v === 'z' ? v : 'x');

function attendanceOf(
  report: AttendanceReport | undefined,
  cat: Catalogue,
  urn: string,
): ProfileAttendance | undefined {
  if (!report) return undefined;
  const t = attendanceTableColumns(cat.attendanceColumns);
  const rows = attendanceRows(report, cat).filter((r) => r.level === 'school' && r.pupil_group === cat.wholeCohort);
  const row: AttendanceRow | undefined = rows.find((r) => r.area_code === urn);
  if (!row) return undefined;
  const returned = row.status === 'returned';
  const withheld = returned && row[t.absenceRate] === 'c';
  const rate = (label: string, code: string, national: string, gap: string, rank: string, change: string) => ({
    label,
    school: shown(row[code]),
    national: shown(row[national]),
    gap: shown(row[gap]),
    rank: withheld ? 'c' : shown(row[rank]),
    change: shown(row[change]),
  });
  const c = cat.attendanceColumns;
  return {
    academicYear: report.academicYear,
    term: report.term,
    yearToDate: report.yearToDate,
    status: String(row.status),
    ranked: rows.filter((r) => typeof r[t.rankAbsence] === 'number').length,
    rates: [
      rate(c.absenceRate.label, t.absenceRate, t.nationalAbsence, t.gapAbsence, t.rankAbsence, t.changeAbsence),
      rate(
        c.pupilsAbsentRate.label,
        t.pupilsAbsentRate,
        t.nationalPupilsAbsent,
        t.gapPupilsAbsent,
        t.rankPupilsAbsent,
        t.changePupilsAbsent,
      ),
    ],
    trend: returned ? (withheld ? 'c' : String(row['trend'] ?? 'x')) : 'x',
    target: shown(row[t.targetAbsence]),
    ...(typeof row['target_rating'] === 'string' ? { rating: row['target_rating'] } : {}),
  };
}

export function profileFrom(i: ProfileInputs): SchoolProfile {
  const cat = i.catalogue;
  const { urn } = i.school;
  const whole = cat.wholeCohort;
  const measures = cat.measuresFor(i.predictions.keyStage, i.predictions.academicYear);
  const groups = cat.pupilGroups.filter((g) => i.predictions.rows.some((r) => r.pupilGroup === g.code));
  const attendance = attendanceOf(i.attendance, cat, urn);
  const figureOf = (m: string, g: string) =>
    schoolRow(i.predictions, urn, m, g) || schoolRow(i.lastYear, urn, m, g) ? [g] : [];
  return {
    urn,
    name: i.school.name,
    ...(i.school.phase ? { phase: i.school.phase } : {}),
    ...(i.group ? { group: i.group } : {}),
    predictionsState: i.school.predictionsState,
    measures: measures.map((m) =>
      figure(i, m.label, schoolRow(i.predictions, urn, m.code, whole), schoolRow(i.lastYear, urn, m.code, whole)),
    ),
    measureLabel: cat.measure(i.measure).label,
    groups: groups
      .filter((g) => figureOf(i.measure, g.code).length > 0)
      .map((g) =>
        figure(
          i,
          g.label,
          schoolRow(i.predictions, urn, i.measure, g.code),
          schoolRow(i.lastYear, urn, i.measure, g.code),
        ),
      ),
    ...(attendance ? { attendance } : {}),
    openQueries: i.openQueries.map((q) => {
      // A query's figure by its labels; a code the catalogue does not know is shown as it is.
      const measure = cat.measures.find((m) => m.code === q.measure)?.label ?? q.measure;
      const group = cat.pupilGroups.find((g) => g.code === q.pupil_group)?.label ?? q.pupil_group;
      const words = [measure, group].filter((w): w is string => Boolean(w));
      return { rule: q.rule_id, ...(words.length > 0 ? { figure: words.join(', ') } : {}) };
    }),
  };
}
