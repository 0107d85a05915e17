// The solver step: for each objective (a hidden cell, or a complement cohort − count) over one
// component, its least and greatest value over every table consistent with what is published.
// LP relaxation first, one HiGHS model per component re-solved with a new cost vector (primal
// simplex, warm started from the last basis); then, where the component is small, integer
// programming to tighten what the LP left.
import * as highsPackage from 'highs';
import type { Highs } from 'highs';
import type { Component } from './components.js';

type Model = ReturnType<Highs['createModel']>;

// The package types its ES module build as CommonJS, so TypeScript sees the loader one `.default`
// deeper than it is at run time, where the ES build's default export is the loader itself.
type Loader = (typeof highsPackage.default)['default'];
const loaderExport = highsPackage.default as unknown as Loader | { default: Loader };
const loadHighs: Loader = typeof loaderExport === 'function' ? loaderExport : loaderExport.default;

let loaded: Promise<Highs> | undefined;
/** One WebAssembly instance for the process: loading it takes far longer than a small solve. */
export const solver = (): Promise<Highs> => (loaded ??= loadHighs());

/** Σ coefs·column, whose range is wanted; every objective here is integral on integer tables. */
export interface Objective {
  key: string;
  cols: number[];
  coefs: number[];
}

/**
 * An integer range: 'lp' is the LP relaxation's rounded inwards, 'mip' proved by integer
 * programming. With `maxAtLeast` the max was not solved for: a feasible table reaching it was
 * met, which already settles the verdict, so the true max is that or more.
 */
export interface Range {
  min: number;
  max: number;
  by: 'lp' | 'mip';
  maxAtLeast?: true;
  /**
   * Both ends are met by integer tables the LP came upon (its optima are often whole numbers):
   * integer programming could not narrow the range, so it is not run.
   */
  integral?: true;
}

/** Above this value, an objective's max no longer matters to the verdict (so is not solved for). */
export type Enough = (key: string) => number;

export class InfeasibleError extends Error {}

const EPS = 1e-6;

function modelData(highs: Highs, component: Component, integer: boolean) {
  const n = component.ids.length;
  if (component.lower.some((l, k) => l > component.upper[k]!)) throw new InfeasibleError('a cell has no value left');
  const starts = [0];
  const indices: number[] = [];
  const values: number[] = [];
  for (const row of component.rows) {
    // One relation may name a column twice (a cell in two roles): HiGHS wants each once.
    const merged = new Map<number, number>();
    row.cols.forEach((c, k) => merged.set(c, (merged.get(c) ?? 0) + row.coefs[k]!));
    for (const [c, v] of [...merged].sort((a, b) => a[0] - b[0])) (indices.push(c), values.push(v));
    starts.push(indices.length);
  }
  const bound = (v: number) => (v === Infinity ? highs.infinity : v === -Infinity ? -highs.infinity : v);
  const m = component.rows.length;
  return {
    numCols: n,
    numRows: m,
    colCost: new Array<number>(n).fill(0),
    colLower: component.lower.map(bound),
    colUpper: component.upper.map(bound),
    // A hair of slack so that rounding in a rate's bounds never makes the true table infeasible.
    rowLower: component.rows.map((r) => bound(r.lo - EPS)),
    rowUpper: component.rows.map((r) => bound(r.hi + EPS)),
    matrix: { format: 'csr' as const, numRows: m, numCols: n, starts, indices, values },
    ...(integer ? { integrality: new Array<1>(n).fill(1) } : {}),
  };
}

function withModel<T>(highs: Highs, data: ReturnType<typeof modelData>, work: (m: Model) => T, seconds?: number): T {
  const model = highs.createModel(data);
  try {
    // Primal simplex without presolve keeps the basis between solves: only the costs change, so
    // the last optimum stays feasible and most re-solves take a few pivots.
    // An objective is integral, so a MIP gap under 1 proves the incumbent optimal; the default
    // relative gap could understate a large count's max and claim a narrowing that is not there.
    const options: Record<string, string | number | boolean> = { output_flag: false };
    if (seconds) Object.assign(options, { time_limit: seconds, mip_rel_gap: 0, mip_abs_gap: 0.5 });
    else Object.assign(options, { presolve: 'off', simplex_strategy: 4 });
    model.options.set(options);
    return work(model);
  } finally {
    model.dispose();
  }
}

/** Solves one direction; returns the optimum (±Infinity if unbounded, NaN if it gave up) and the point. */
function optimum(highs: Highs, model: Model, costs: number[], sense: 'min' | 'max') {
  const n = costs.length;
  model.changeColsCost({ kind: 'range', from: 0, to: n - 1 }, costs);
  const { minimize, maximize } = highs.constants.objectiveSense;
  model.changeObjectiveSense(sense === 'min' ? minimize : maximize);
  model.zeroAllClocks(); // the time limit is cumulative over a model's runs: give each run its own
  model.run();
  const status = model.getModelStatus();
  const s = highs.constants.modelStatus;
  if (status === s.infeasible) throw new InfeasibleError('no table is consistent with what is published');
  if (status === s.unbounded || status === s.unboundedOrInfeasible)
    return { value: sense === 'min' ? -Infinity : Infinity, point: undefined };
  if (status !== s.optimal) return { value: NaN, point: undefined };
  return { value: model.getObjectiveValue(), point: model.getSolution().colValue };
}

const costsOf = (n: number, o: Objective) => {
  const costs = new Array<number>(n).fill(0);
  o.cols.forEach((c, k) => (costs[c] = costs[c]! + o.coefs[k]!));
  return costs;
};
const valueAt = (o: Objective, point: Float64Array) => o.cols.reduce((s, c, k) => s + o.coefs[k]! * point[c]!, 0);

/**
 * The LP ranges of the objectives, rounded inwards to integers. Every optimum found is a feasible
 * table, and the values each objective takes in it are known to lie in its range: a min met at
 * the cell's lower bound, or a max past `enough` (where the verdict no longer depends on it)
 * needs no solve of its own. Random probes first spread such tables widely.
 */
export function lpRanges(
  highs: Highs,
  component: Component,
  objectives: Objective[],
  enough: Enough = () => Infinity,
): Map<string, Range> {
  const n = component.ids.length;
  const seen = objectives.map(() => ({ min: Infinity, max: -Infinity }));
  /** The least and greatest values met at points whose every cell is a whole number: integer tables. */
  const whole = objectives.map(() => ({ min: Infinity, max: -Infinity }));
  const observe = (point: Float64Array | undefined) => {
    if (!point) return;
    const table = integerTable(component, point);
    objectives.forEach((o, k) => {
      const v = valueAt(o, point);
      seen[k]!.min = Math.min(seen[k]!.min, Math.ceil(v - EPS) + 0);
      seen[k]!.max = Math.max(seen[k]!.max, Math.floor(v + EPS) + 0);
      if (!table) return;
      const w = Math.round(valueAt(o, table)) + 0;
      whole[k]!.min = Math.min(whole[k]!.min, w);
      whole[k]!.max = Math.max(whole[k]!.max, w);
    });
  };
  return withModel(highs, modelData(highs, component, false), (model) => {
    for (const probe of probes(objectives, objectives.length > 20 ? 8 : 0))
      for (const sense of ['min', 'max'] as const) observe(optimum(highs, model, costsOf(n, probe), sense).point);
    const out = new Map<string, Range>();
    objectives.forEach((o, k) => {
      const costs = costsOf(n, o);
      const floor = o.cols.length === 1 && o.coefs[0] === 1 ? component.lower[o.cols[0]!]! : -Infinity;
      let min = seen[k]!.min;
      if (min > floor) {
        const lo = optimum(highs, model, costs, 'min');
        observe(lo.point);
        min = Number.isNaN(lo.value) ? floor : Math.ceil(lo.value - EPS) + 0; // + 0: no −0
      }
      if (seen[k]!.max > Math.max(min, enough(o.key)))
        return out.set(o.key, { min, max: seen[k]!.max, by: 'lp', maxAtLeast: true });
      const hi = optimum(highs, model, costs, 'max');
      observe(hi.point);
      const max = Number.isNaN(hi.value) ? Infinity : Math.floor(hi.value + EPS) + 0;
      const integral = whole[k]!.min === min && whole[k]!.max === max;
      out.set(o.key, { min, max, by: 'lp', ...(integral ? { integral: true as const } : {}) });
    });
    return out;
  });
}

/**
 * The LP's point rounded to whole numbers, if that still meets every bound and relation (with the
 * model's hair of slack): an integer table, as integer programming would accept it.
 */
function integerTable(component: Component, point: Float64Array): Float64Array | undefined {
  const table = point.map((x) => Math.round(x));
  if (table.some((x, c) => x < component.lower[c]! || x > component.upper[c]!)) return undefined;
  for (const row of component.rows) {
    const v = row.cols.reduce((sum, c, k) => sum + row.coefs[k]! * table[c]!, 0);
    if (v < row.lo - EPS || v > row.hi + EPS) return undefined;
  }
  return table;
}

/** Σ of all objectives, then of pseudo-random halves (fixed seed): tables at many extremes at once. */
function probes(objectives: Objective[], count: number): Objective[] {
  const all = { key: '', cols: objectives.flatMap((o) => o.cols), coefs: objectives.flatMap((o) => o.coefs) };
  let seed = 0x2545f491;
  const random = () => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 16) & 1;
  const halves = Array.from({ length: count }, () => {
    const picked = objectives.filter(() => random() === 1);
    return { key: '', cols: picked.flatMap((o) => o.cols), coefs: picked.flatMap((o) => o.coefs) };
  });
  return [all, ...halves];
}

/** Tightens LP ranges by integer programming; a solve that hits its time limit keeps the LP's. */
export function mipRanges(
  highs: Highs,
  component: Component,
  objectives: Objective[],
  lp: Map<string, Range>,
  secondsEach = 2,
): Map<string, Range> {
  const n = component.ids.length;
  return withModel(
    highs,
    modelData(highs, component, true),
    (model) => {
      const out = new Map(lp);
      for (const o of objectives) {
        const before = lp.get(o.key)!;
        const lo = optimum(highs, model, costsOf(n, o), 'min').value;
        const hi = optimum(highs, model, costsOf(n, o), 'max').value;
        const min = Number.isFinite(lo) ? Math.max(before.min, Math.round(lo) + 0) : before.min;
        const max = Number.isFinite(hi) ? Math.min(before.max, Math.round(hi) + 0) : before.max;
        const by = Number.isFinite(lo) && Number.isFinite(hi) ? ('mip' as const) : before.by;
        out.set(o.key, { min, max, by, ...(before.maxAtLeast && !Number.isFinite(hi) ? { maxAtLeast: true } : {}) });
      }
      return out;
    },
    secondsEach,
  );
}
