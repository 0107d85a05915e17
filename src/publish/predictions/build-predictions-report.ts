// The predictions report from its inputs, pure: (1) the figures aggregated to the levels asked
// for, (2) compared with national, (3) suppressed for publication, (4) shaped into tidy rows for
// the writers. The job (jobs/predictions-report.ts) loads the inputs from the store.
import {
  aggregatePredictions,
  type Level,
  type RoundSums,
  type SchoolFigure,
} from '../../aggregate/predictions/aggregate-predictions.js';
import {
  attachGaps,
  decimalsFor,
  roundTo,
  type FigureWithGap,
  type NationalFigure,
} from '../../aggregate/predictions/gap-to-national.js';
import type { SuppressionEngine } from '../../disclosure/engine.js';
import { gaussBoundsSuppression } from '../../disclosure/gauss-bounds-engine.js';
import { suppressPredictionRounds, type Suppression } from '../../disclosure/suppress-predictions.js';
import type { Catalogue } from '../../domain/catalogue.js';
import type { Context } from '../../domain/context.js';
import type { BenchmarkData } from '../../aggregate/benchmarks/benchmarks.js';
import { benchmarkFields } from './benchmark-cells.js';
import type { PredictionsReport, PredictionsRow, Shown } from './predictions-report.js';

export interface PredictionsReportOptions {
  academicYear: string;
  keyStage: string;
  round: string;
  levels: Level[];
  published: boolean;
  threshold?: number;
  asReturned?: boolean;
}

const LEVEL_ORDER: Level[] = ['city', 'group', 'school'];
const byName = new Intl.Collator('en-GB');

/** What the report is built from: the current returns' figures and the national figures up to its year. */
export interface PredictionsInputs {
  figures: readonly SchoolFigure[];
  /**
   * The round summed in the store, in place of `figures`, for a report not published that shows no
   * school (summedInStore): the same areas from some 27,000 sums instead of 320,000 figures.
   */
  summed?: RoundSums;
  nationals: readonly NationalFigure[];
  /** The year and key stage's other rounds: published, every round is decided together (issue 10). */
  otherRounds?: readonly { round: string; figures: readonly SchoolFigure[] }[];
  /** LA and regional figures and the city's neighbours, for the city's rows (issue 12). */
  benchmarks?: BenchmarkData;
}

/**
 * Whether the report's areas may be made from the store's sums (GROUP BY) rather than every school's
 * figures: not published (the publication decides every level at once, school cells too) and no school
 * level asked for. Measured faster for city and groups (README, Performance), slower with schools.
 */
export function summedInStore(o: Pick<PredictionsReportOptions, 'levels' | 'published'>): boolean {
  return !o.published && !o.levels.includes('school');
}

/** The figures of a report, with gaps, and when published the publication's decision on them. */
export interface Publication {
  /** Every level the decision covers (all three when published), with gaps. */
  figures: FigureWithGap[];
  suppression?: Suppression;
  threshold: number;
}

/**
 * The report's figures and, published, its suppression: the one decision both the report and
 * `explain --published` show (issue 16), so the two never disagree.
 */
export function publicationOf(
  inputs: PredictionsInputs,
  o: PredictionsReportOptions,
  context: Context,
  engine: SuppressionEngine = gaussBoundsSuppression,
): Publication {
  const { figures, nationals } = inputs;
  const cat = context.catalogue;
  const settings = context.settings;
  const threshold = o.threshold ?? settings.publication.smallCountThreshold;
  const city = { code: settings.city.laCode, name: settings.city.name };
  // Published figures are suppressed over every level at once, so tables published at different
  // levels show one pattern and no cell hidden in one can be recovered from another.
  const levels = o.published ? LEVEL_ORDER : o.levels;
  // The suppression decides school cells too, so a published report is always made from them.
  if (inputs.summed && !summedInStore(o)) throw new Error('publicationOf: this report needs every school figure');
  const withGapsOf = (schoolFigures: readonly SchoolFigure[], sums: RoundSums['sums'] = []) =>
    attachGaps(
      aggregatePredictions(schoolFigures, (m) => cat.measure(m).kind, city, levels, sums),
      nationals,
      o.academicYear,
      cat.disadvantageComparison,
    );
  const withGaps = inputs.summed ? withGapsOf(inputs.summed.agreedBlanks, inputs.summed.sums) : withGapsOf(figures);
  const rounds = [
    { round: o.round, figures: withGaps, schoolFigures: figures },
    ...(inputs.otherRounds ?? [])
      .filter((r) => r.round !== o.round)
      .map((r) => ({ round: r.round, figures: withGapsOf(r.figures), schoolFigures: r.figures })),
  ];
  const suppression = o.published
    ? suppressPredictionRounds(rounds, threshold, context, engine).get(o.round)
    : undefined;
  return { figures: withGaps, threshold, ...(suppression ? { suppression } : {}) };
}

export function predictionsReportFrom(
  inputs: PredictionsInputs,
  o: PredictionsReportOptions,
  context: Context,
  engine: SuppressionEngine = gaussBoundsSuppression,
): PredictionsReport {
  const { figures } = inputs;
  const cat = context.catalogue;
  const { figures: withGaps, suppression, threshold } = publicationOf(inputs, o, context, engine);
  const rows = sortRows(
    withGaps.filter((f) => o.levels.includes(f.level)),
    cat,
  ).map((f) => toRow(f, o, suppression, f.level === 'city' ? inputs.benchmarks : undefined));
  const fallbackYears = new Set(
    withGaps
      .flatMap((f) => [f.toNational, f.toNationalOther])
      .flatMap((c) => (c && c.national.academicYear !== o.academicYear ? [c.national.academicYear] : [])),
  );
  const returns = new Set(
    inputs.summed
      ? [...inputs.summed.sums.flatMap((s) => s.urns), ...inputs.summed.agreedBlanks.map((f) => f.urn)]
      : figures.map((f) => f.urn),
  ).size;
  return {
    ...o,
    levels: o.levels,
    published: o.published,
    threshold,
    ...(suppression ? { withheld: suppression.withheld } : {}),
    nationalFallbackYears: [...fallbackYears].sort(),
    returns,
    rows,
  };
}

function sortRows(figures: readonly FigureWithGap[], cat: Catalogue): FigureWithGap[] {
  const groupOrder = new Map(cat.pupilGroups.map((g, i) => [g.code, i]));
  const measureOrder = new Map(cat.measures.map((m, i) => [m.code, i]));
  return [...figures].sort(
    (a, b) =>
      LEVEL_ORDER.indexOf(a.level) - LEVEL_ORDER.indexOf(b.level) ||
      byName.compare(a.areaName, b.areaName) ||
      groupOrder.get(a.pupilGroup)! - groupOrder.get(b.pupilGroup)! ||
      measureOrder.get(a.measure)! - measureOrder.get(b.measure)!,
  );
}

function toRow(
  f: FigureWithGap,
  o: PredictionsReportOptions,
  suppression: Suppression | undefined,
  benchmarks: BenchmarkData | undefined,
): PredictionsRow {
  const year = o.academicYear;
  const decimals = decimalsFor(f.kind);
  const hidden = suppression?.figureHidden(f) ?? false;
  const cohortHidden = suppression?.cohortHidden(f) ?? false;
  // A group of no pupils has no rate, nor a gap (GSS z, not applicable), where 0 / 0 would print NaN.
  const noPupils = f.cohort === 0;
  const shown = (value: number | undefined): Shown =>
    noPupils ? 'z' : value === undefined ? 'x' : hidden ? 'c' : value;
  // A count is its own cell: shown where the decision shows it, beside a withheld cohort too (its
  // rate and gaps withheld), as every other output prints it (issue 10, item 1).
  const countHidden = suppression?.countHidden(f) ?? false;
  const count = f.count === undefined ? 'x' : countHidden ? 'c' : f.count;
  const row: PredictionsRow = {
    level: f.level,
    areaCode: f.areaCode,
    areaName: f.areaName,
    pupilGroup: f.pupilGroup,
    measure: f.measure,
    kind: f.kind,
    cohort: cohortHidden ? 'c' : f.cohort,
    count: f.kind === 'mean' ? 'z' : count,
    rate: shown(roundTo(f.value, decimals)),
    nationalRate: f.toNational?.national.value ?? 'x',
    gapToNational: shown(f.toNational?.gap),
  };
  if (f.toNational && f.toNational.national.academicYear !== year)
    row.nationalYear = f.toNational.national.academicYear;
  if (f.toNationalOther) {
    row.nationalOtherRate = f.toNationalOther.national.value;
    row.gapToNationalOther = shown(f.toNationalOther.gap);
  }
  const value = noPupils ? undefined : f.value;
  return { ...row, ...benchmarkFields(benchmarks, { ...f, value, keyStage: o.keyStage }, hidden, decimals) };
}
