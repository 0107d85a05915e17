// The validated report job: (1) the performance tables' figures of the year and the city's LA,
// (2) the city's own figures of the same measures (attendance returns year to date, or the Actual
// round), (3) set side by side school by school (aggregate/validated/compare-validated.ts).
import { MEAN } from '../reference/comparator-unit.js';
import type { MeasureCompared, UnvalidatedFigure } from '../aggregate/validated/compare-validated.js';
import { compareValidated, type ComparedSchool } from '../aggregate/validated/compare-validated.js';
import { shippedContext, type Context } from '../domain/context.js';
import type { Store } from '../store/open-store.js';
import { currentPredictionFigures } from '../store/queries/predictions.js';
import { loadSchools } from '../store/queries/register.js';
import { validatedOutcomes } from '../store/queries/validated.js';
import { buildAttendanceReport } from './attendance/attendance-report.js';
import type { Term } from '../aggregate/attendance/index.js';

/** The key stage of the absence download's figures (schemas/formats/performance-tables.json). */
export const ATTENDANCE = 'attendance';

export interface ValidatedReportOptions {
  academicYear: string;
  /** KS2, KS4, or `attendance`. */
  keyStage: string;
  laCode: string;
}

export interface ValidatedReport extends ValidatedReportOptions {
  measures: (MeasureCompared & { label: string })[];
  rows: ComparedSchool[];
  names: ReadonlyMap<string, string>;
  /** The downloads the validated figures came from. */
  files: string[];
  /** For attendance, the last term the returns are summed to. */
  term?: string;
  /** Measures whose definitions differ (a persistent-absence threshold): ranked, not compared. */
  unlike: { measure: string; ours: number; theirs: number }[];
  /** Each validated school's LAESTAB, its LA code and ESTAB as the download gives them (for EES). */
  laestabs: ReadonlyMap<string, string>;
}

export async function buildValidatedReport(
  store: Store,
  o: ValidatedReportOptions,
  context: Context = shippedContext(),
): Promise<ValidatedReport> {
  const cat = context.catalogue;
  const validated = (await validatedOutcomes(store, o.academicYear, o.keyStage)).filter((r) => r.la_code === o.laCode);
  const seen = new Map<string, MeasureCompared & { label: string }>();
  for (const r of validated) {
    const key = `${r.measure}|${r.pa_threshold}`;
    if (seen.has(key)) continue;
    const label =
      cat.measures.find((m) => m.code === r.measure)?.label ??
      cat.attendanceColumns.rates.find((x) => x.code === r.measure)?.label ??
      r.measure;
    seen.set(key, {
      measure: r.measure,
      paThreshold: r.pa_threshold,
      direction: o.keyStage === ATTENDANCE ? 'lowest first' : 'highest first',
      decimals: r.unit === MEAN ? 2 : 1,
      label,
    });
  }
  const measures = [...seen.values()];
  const own: UnvalidatedFigure[] = [];
  let term: string | undefined;
  const unlike: ValidatedReport['unlike'] = [];
  if (o.keyStage === ATTENDANCE) {
    term = cat.terms.at(-1)!.code;
    const report = await buildAttendanceReport(
      store,
      { academicYear: o.academicYear, term: term as Term, yearToDate: true, phase: 'all' },
      context,
    );
    const paCode = cat.attendanceColumns.pupilsAbsentRate.code;
    const ours = report.persistentThreshold ?? 0;
    for (const m of measures)
      if (m.measure === paCode && m.paThreshold !== ours)
        unlike.push({ measure: m.label, ours, theirs: m.paThreshold });
    for (const s of report.schools) {
      const f = s.byGroup.get(cat.wholeCohort);
      if (f?.status !== 'returned') continue;
      for (const [measure, value] of Object.entries(f.rates))
        if (value !== undefined) own.push({ urn: s.urn, measure, paThreshold: measure === paCode ? ours : 0, value });
    }
  } else {
    const actual = await currentPredictionFigures(store, {
      academicYear: o.academicYear,
      keyStage: o.keyStage,
      round: 'Actual',
    });
    for (const f of actual.filter((a) => a.pupilGroup === cat.wholeCohort)) {
      const mean = cat.measures.find((m) => m.code === f.measure)?.kind === 'mean';
      if (!mean && f.cohort <= 0) continue;
      own.push({ urn: f.urn, measure: f.measure, paThreshold: 0, value: mean ? f.value : (f.value / f.cohort) * 100 });
    }
  }
  const figures = validated.map((r) => ({
    urn: r.urn,
    measure: r.measure,
    paThreshold: r.pa_threshold,
    value: r.value,
    symbol: r.symbol,
  }));
  const names = new Map((await loadSchools(store)).map((s) => [s.urn, s.name]));
  return {
    ...o,
    measures,
    rows: compareValidated(figures, own, measures),
    names,
    files: [...new Set(validated.map((r) => r.file_name))],
    ...(term ? { term } : {}),
    unlike,
    laestabs: new Map(validated.map((r) => [r.urn, `${r.la_code}${r.estab}`])),
  };
}
