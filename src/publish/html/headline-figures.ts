// The paper's first page as values (issue 13): the city's headline measures against national,
// statistical neighbours, the region and last year's results; the disadvantage gap; attendance and
// persistent absence with trend and target rating; who is counted; what was amended; and the year
// and source of each comparator. Every local figure is a cell of the reports the rest of the paper
// prints (published or not, already decided), so a figure the tables withhold is `c` here too.
import { termWords } from './period-words.js';
import type { AttendanceReport } from '../../aggregate/attendance/attendance-report.js';
import { roundToShown } from '../../aggregate/attendance/index.js';
import type { Catalogue } from '../../domain/catalogue.js';
import { attendanceRows } from '../attendance/attendance-rows.js';
import { attendanceTableColumns } from '../attendance/table-columns.js';
import type { PredictionsReport, PredictionsRow, Shown } from '../predictions/predictions-report.js';
import type { Coverage } from './coverage-section.js';

/** A stored comparator as the page reads it: where, when, what, from which source. */
export interface ComparatorFigure {
  academic_year: string;
  geographic_level: string;
  area_name: string;
  key_stage: string;
  measure: string;
  pupil_group: string;
  value: number;
  source: string;
  /** 1 when the figure was provisional. */
  provisional: number;
}

/** One headline measure for all pupils: the city's figure and what it is compared with. */
export interface HeadlineMeasure {
  label: string;
  kind: 'threshold' | 'mean';
  city: Shown;
  national: Shown;
  /** The national figure's year when it is not the report's own. */
  nationalYear?: string;
  gap: Shown;
  neighbours: Shown;
  region: Shown;
  lastYear: Shown;
}

export interface HeadlineDisadvantage {
  measure: string;
  group: string;
  city: Shown;
  nationalOther: Shown;
  gap: Shown;
  lastYearGap: Shown;
}

export interface HeadlineAttendanceRate {
  label: string;
  city: Shown;
  national: Shown;
  gap: Shown;
}

export interface HeadlineAttendance {
  academicYear: string;
  term: string;
  yearToDate: boolean;
  /** The phase the attendance is of: all, or one phase's schools. */
  phase: string;
  rates: HeadlineAttendanceRate[];
  /** The trend's word (improving, static …); c when the city's figure is withheld, x when none. */
  trend: string;
  target: Shown;
  rating?: string;
}

/** Where one level of comparator came from: its area, each year used with its measures, and its source. */
export interface ComparatorNote {
  level: string;
  area: string;
  uses: { year: string; source: string; provisional: boolean; measures: string[] }[];
}

export interface Headline {
  academicYear: string;
  /** The year whose results are "last year". */
  lastYear: string;
  measures: HeadlineMeasure[];
  disadvantage?: HeadlineDisadvantage;
  attendance?: HeadlineAttendance;
  coverage: Pick<Coverage, 'asked' | 'counted' | 'leftOut' | 'queries'> & { amendments: number };
  comparators: ComparatorNote[];
}

export interface HeadlineInputs {
  catalogue: Catalogue;
  predictions: PredictionsReport;
  /** The measure the charts show: the first headline row and the disadvantage gap's measure. */
  measure: string;
  /** Last year's results, decided as a published report of that year is, or undefined. */
  lastYear?: PredictionsReport;
  lastYearLabel: string;
  attendance?: AttendanceReport;
  /** National persistent absence for the report's year and phase, percent. */
  nationalPersistent?: number;
  /** The stored comparators of every level for the figures shown, with their sources. */
  comparators: readonly ComparatorFigure[];
  coverage: Coverage;
}

/** Measures a paper's first page can hold. */
const MOST_MEASURES = 5;
const NEIGHBOURS = 'Statistical neighbours';
const REGION = 'Regional';

const cityRow = (report: PredictionsReport | undefined, measure: string, group: string) =>
  report?.rows.find((r) => r.level === 'city' && r.measure === measure && r.pupilGroup === group);

function comparatorOf(rows: readonly ComparatorFigure[], level: string, year: string, measure: string, group: string) {
  const found = rows.find(
    (r) => r.geographic_level === level && r.academic_year === year && r.measure === measure && r.pupil_group === group,
  );
  return found === undefined ? 'x' : found.value;
}

/** The measures shown: the charts' measure, then each other measure with a comparator for all pupils. */
function measuresShown(i: HeadlineInputs): string[] {
  const whole = i.catalogue.wholeCohort;
  const compared = (m: string) =>
    typeof cityRow(i.predictions, m, whole)?.nationalRate === 'number' ||
    i.comparators.some(
      (c) => c.measure === m && c.pupil_group === whole && [NEIGHBOURS, REGION].includes(c.geographic_level),
    );
  const others = [...new Set(i.predictions.rows.map((r) => r.measure))].filter((m) => m !== i.measure && compared(m));
  return [i.measure, ...others].slice(0, MOST_MEASURES);
}

function measureRow(i: HeadlineInputs, measure: string): HeadlineMeasure {
  const whole = i.catalogue.wholeCohort;
  const row: PredictionsRow | undefined = cityRow(i.predictions, measure, whole);
  const year = i.predictions.academicYear;
  return {
    label: i.catalogue.measure(measure).label,
    kind: i.catalogue.measure(measure).kind,
    city: row?.rate ?? 'x',
    national: row?.nationalRate ?? 'x',
    ...(row?.nationalYear ? { nationalYear: row.nationalYear } : {}),
    gap: row?.gapToNational ?? 'x',
    neighbours: comparatorOf(i.comparators, NEIGHBOURS, year, measure, whole),
    region: comparatorOf(i.comparators, REGION, year, measure, whole),
    lastYear: cityRow(i.lastYear, measure, whole)?.rate ?? 'x',
  };
}

function disadvantageOf(i: HeadlineInputs): HeadlineDisadvantage | undefined {
  const group = i.catalogue.disadvantageComparison.group;
  const row = cityRow(i.predictions, i.measure, group);
  if (!row || row.gapToNationalOther === undefined) return undefined;
  return {
    measure: i.catalogue.measure(i.measure).label,
    group: i.catalogue.pupilGroup(group).label,
    city: row.rate,
    nationalOther: row.nationalOtherRate ?? 'x',
    gap: row.gapToNationalOther,
    lastYearGap: cityRow(i.lastYear, i.measure, group)?.gapToNationalOther ?? 'x',
  };
}

/** The city's attendance as its row of the report's tables shows it: c where they withhold it. */
function attendanceOf(i: HeadlineInputs): HeadlineAttendance | undefined {
  const report = i.attendance;
  if (!report) return undefined;
  const cat = i.catalogue;
  const t = attendanceTableColumns(cat.attendanceColumns);
  const row = attendanceRows(report, cat).find((r) => r.level === 'city' && r.pupil_group === cat.wholeCohort);
  const area = report.areas.find((a) => a.level === 'city' && a.pupilGroup === cat.wholeCohort);
  if (!row || !area) return undefined;
  const shown = (v: string | number | undefined): Shown =>
    typeof v === 'number' ? v : v === 'c' || v === 'z' ? v : 'x';
  const pa = shown(row[t.pupilsAbsentRate]);
  const paGap =
    typeof pa === 'number' && i.nationalPersistent !== undefined
      ? roundToShown(pa - roundToShown(i.nationalPersistent))
      : pa === 'c'
        ? 'c'
        : 'x';
  const withheld = area.figures.status === 'returned' && area.figures.withheld === 'all';
  return {
    academicYear: report.academicYear,
    term: termWords(report),
    yearToDate: report.yearToDate,
    phase: report.phase,
    rates: [
      {
        label: cat.attendanceColumns.absenceRate.label,
        city: shown(row[t.absenceRate]),
        national: shown(row[t.nationalAbsence]),
        gap: shown(row[t.gapAbsence]),
      },
      {
        label: cat.attendanceColumns.pupilsAbsentRate.label,
        city: pa,
        national: i.nationalPersistent === undefined ? 'x' : roundToShown(i.nationalPersistent),
        gap: paGap,
      },
    ],
    trend: withheld ? 'c' : (area.trend?.classification ?? 'x'),
    target: shown(row[t.targetAbsence]),
    ...(typeof row['target_rating'] === 'string' ? { rating: row['target_rating'] } : {}),
  };
}

/** Each level of comparator the page shows: the years and sources of the figures it used. */
function comparatorNotes(i: HeadlineInputs, measures: readonly string[]): ComparatorNote[] {
  const year = i.predictions.academicYear;
  const whole = i.catalogue.wholeCohort;
  const used = (
    level: string,
    keyStage: string,
    yearOf: (m: string) => string,
    codes: readonly string[],
    labelOf: (m: string) => string,
  ): ComparatorNote[] => {
    const rows = codes.flatMap((m) => {
      const r = i.comparators.find(
        (c) =>
          c.geographic_level === level &&
          c.key_stage === keyStage &&
          c.measure === m &&
          c.pupil_group === whole &&
          c.academic_year === yearOf(m),
      );
      return r ? [r] : [];
    });
    if (rows.length === 0) return [];
    const uses = new Map<string, ComparatorNote['uses'][number]>();
    for (const r of rows) {
      const key = `${r.academic_year}|${r.source}|${r.provisional}`;
      const use = uses.get(key) ?? {
        year: r.academic_year,
        source: r.source,
        provisional: r.provisional === 1,
        measures: [],
      };
      use.measures.push(labelOf(r.measure));
      uses.set(key, use);
    }
    return [{ level, area: rows[0]!.area_name, uses: [...uses.values()] }];
  };
  const ks = i.predictions.keyStage;
  const label = (m: string) => i.catalogue.measure(m).label;
  const nationalYear = (m: string) => cityRow(i.predictions, m, whole)?.nationalYear ?? year;
  const a = i.attendance;
  const columns = i.catalogue.attendanceColumns;
  const rates = [columns.absenceRate, columns.pupilsAbsentRate];
  const rateLabel = (m: string) => rates.find((r) => r.code === m)?.label ?? m;
  return [
    ...used('National', ks, nationalYear, measures, label),
    ...used(NEIGHBOURS, ks, () => year, measures, label),
    ...used(REGION, ks, () => year, measures, label),
    ...(a
      ? used(
          'National',
          a.phase,
          () => a.nationalYear ?? a.academicYear,
          rates.map((r) => r.code),
          rateLabel,
        )
      : []),
  ];
}

export function headlineFrom(i: HeadlineInputs): Headline {
  const measures = measuresShown(i);
  const disadvantage = disadvantageOf(i);
  const attendance = attendanceOf(i);
  const { asked, counted, leftOut, queries, amendments } = i.coverage;
  return {
    academicYear: i.predictions.academicYear,
    lastYear: i.lastYearLabel,
    measures: measures.map((m) => measureRow(i, m)),
    ...(disadvantage ? { disadvantage } : {}),
    ...(attendance ? { attendance } : {}),
    coverage: { asked, counted, leftOut, queries, amendments: amendments.length },
    comparators: comparatorNotes(i, measures),
  };
}
