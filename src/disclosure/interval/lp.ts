// The linear programmes of the interval audit, solved by HiGHS (the `highs` package: the HiGHS
// solver compiled to WebAssembly). Loading it takes a fifth of a second, so it is loaded only
// when something is published, once a process. Each system is one model built once and solved
// for each objective in turn, so later solves start warm.
import type { Highs } from 'highs';

/** Σ coefficients × variables between `low` and `high` (either may be infinite). */
export interface LinearRow {
  readonly variables: readonly number[];
  readonly coefficients: readonly number[];
  readonly low: number;
  readonly high: number;
}

export interface LinearSystem {
  readonly variables: number;
  readonly lower: readonly number[];
  readonly upper: readonly number[];
  readonly rows: readonly LinearRow[];
}

export interface Range {
  low: number;
  high: number;
}

/** An objective: variable → coefficient. */
export type Objective = ReadonlyMap<number, number>;

export interface Optimum {
  value: number;
  /** The variables' values at the optimum: a table a reader cannot rule out. */
  at: Float64Array;
}

/** One open system, solved for any objective in turn. */
export interface OpenSystem {
  optimum(objective: Objective, sense: 'minimize' | 'maximize'): Optimum;
  /** The least and the greatest value of an objective over the system. */
  range(objective: Objective): Range;
}

export interface LinearProgramming {
  /** Opens a bounded system and hands it to `use`; frees it after. */
  withSystem<T>(system: LinearSystem, use: (system: OpenSystem) => T): T;
  /**
   * The least Σ cost × variable over `system`, in whole numbers where `whole`; none where no table
   * meets it (or, in whole numbers, where none was found in the time allowed).
   */
  cheapest(system: LinearSystem, cost: readonly number[], whole: boolean): Optimum | undefined;
  /** A system kept open, solved for many extra rows in turn, each from the true table. */
  openProgramme(system: LinearSystem, cost: readonly number[]): Programme;
}

/** A system with costs, kept open between solves. */
export interface Programme {
  setCost(variable: number, cost: number): void;
  /** The least cost of a table meeting the system and `row`; none where no table does. */
  cheapestWith(row: LinearRow): Optimum | undefined;
  /** The least cost with some variables' bounds set for this solve; none where no table meets them. */
  cheapestWithin(bounds: ReadonlyMap<number, readonly [number, number]>): Optimum | undefined;
  /** The least cost under other costs for this one solve (the system alone is always met). */
  cheapestFor(costs: Float64Array): Optimum;
  close(): void;
}

// A programme in whole numbers that takes longer than this is given up (the caller keeps its fraction).
const WHOLE_NUMBER_SECONDS = 5;

type Loader = () => Promise<Highs>;
let loading: Promise<LinearProgramming> | undefined;

export function loadLinearProgramming(): Promise<LinearProgramming> {
  loading ??= import('highs').then(async (module) => {
    // The package's types describe its CommonJS build; imported as ESM its default is the loader itself.
    const exported = module.default as unknown as Loader | { default: Loader };
    const load = typeof exported === 'function' ? exported : exported.default;
    return linearProgramming(await load());
  });
  return loading;
}

function modelOf(highs: Highs, system: LinearSystem, cost?: readonly number[], whole = false) {
  const starts = [0];
  const indices: number[] = [];
  const values: number[] = [];
  for (const row of system.rows) {
    indices.push(...row.variables);
    values.push(...row.coefficients);
    starts.push(indices.length);
  }
  const n = system.variables;
  return highs.createModel({
    numCols: n,
    numRows: system.rows.length,
    colCost: cost ?? new Array<number>(n).fill(0),
    colLower: system.lower,
    colUpper: system.upper,
    rowLower: system.rows.map((r) => r.low),
    rowUpper: system.rows.map((r) => r.high),
    matrix: { format: 'csr', numRows: system.rows.length, numCols: n, starts, indices, values },
    ...(whole ? { integrality: new Array<1>(n).fill(highs.constants.variableType.integer) } : {}),
  });
}

function linearProgramming(highs: Highs): LinearProgramming {
  const { objectiveSense, modelStatus } = highs.constants;
  return {
    cheapest(system, cost, whole) {
      const model = modelOf(highs, system, cost, whole);
      try {
        model.options.set({
          output_flag: false,
          ...(whole ? { time_limit: WHOLE_NUMBER_SECONDS } : { presolve: 'off', solver: 'simplex' }),
        });
        model.run();
        const status = model.getModelStatus();
        if (status === modelStatus.optimal)
          return { value: model.getObjectiveValue(), at: model.getSolution().colValue };
        if (status === modelStatus.infeasible || whole) return undefined;
        throw new Error(`protection: HiGHS ended with status ${status}, not an optimum`);
      } finally {
        model.dispose();
      }
    },
    openProgramme(system, costs) {
      const cost = [...costs];
      const model = modelOf(highs, system, cost);
      model.options.set({ output_flag: false, presolve: 'off', solver: 'simplex' });
      const rows = system.rows.length;
      // The cheapest table as the model now stands; none where no table meets it. From the true
      // table, where `fromTruth`: each requirement's table is then sought alone, whatever was solved
      // before, and the dual simplex moves only what that table moves (on the demo's KS2 2014/15,
      // 80 ms a solve of the whole publication's programme, against 160 ms from the last optimum).
      const solve = (fromTruth = false): Optimum | undefined => {
        // Every cell at its true value: with every cost at least 0, the logical basis is the optimum.
        if (fromTruth) model.setLogicalBasis();
        model.run();
        const status = model.getModelStatus();
        if (status === modelStatus.optimal)
          return { value: model.getObjectiveValue(), at: model.getSolution().colValue };
        if (status === modelStatus.infeasible) return undefined;
        throw new Error(`protection: HiGHS ended with status ${status}, not an optimum`);
      };
      return {
        setCost(variable, c) {
          cost[variable] = c;
          model.changeColCost(variable, c);
        },
        cheapestWith(row) {
          model.addRow(row.low, row.high, { indices: row.variables, values: row.coefficients });
          try {
            return solve(true);
          } finally {
            model.deleteRows({ kind: 'range', from: rows, to: rows });
          }
        },
        cheapestWithin(bounds) {
          for (const [v, [low, high]] of bounds) model.changeColBounds(v, low, high);
          try {
            return solve(true);
          } finally {
            for (const v of bounds.keys()) model.changeColBounds(v, system.lower[v]!, system.upper[v]!);
          }
        },
        cheapestFor(costs) {
          const every = { kind: 'range', from: 0, to: cost.length - 1 } as const;
          model.changeColsCost(every, costs);
          try {
            // Shown cells held, the system alone is always met.
            return solve()!;
          } finally {
            model.changeColsCost(every, cost);
          }
        },
        close: () => model.dispose(),
      };
    },
    withSystem(system, use) {
      const n = system.variables;
      const model = modelOf(highs, system);
      try {
        model.options.set({ output_flag: false, presolve: 'off', solver: 'simplex' });
        const everyColumn = { kind: 'range', from: 0, to: n - 1 } as const;
        const optimum = (objective: Objective, sense: 'minimize' | 'maximize'): Optimum => {
          model.changeColsCost(
            everyColumn,
            Array.from({ length: n }, (_, i) => objective.get(i) ?? 0),
          );
          model.changeObjectiveSense(objectiveSense[sense]);
          model.run();
          // Only the objective changes between solves, so the last optimum stays feasible: the
          // primal simplex starts from it (30-250 ms a solve on the demo's KS2 group, against
          // 0.5-3 s for the dual simplex, which must first mend a basis no longer dual feasible).
          // The first solve, from nothing, is faster by the dual (3 s against 16 s).
          model.options.set({ simplex_strategy: 4 });
          const status = model.getModelStatus();
          if (status !== modelStatus.optimal)
            throw new Error(`interval audit: HiGHS ended with status ${status}, not an optimum`);
          return { value: model.getObjectiveValue(), at: model.getSolution().colValue };
        };
        return use({
          optimum,
          range: (objective) => ({
            low: optimum(objective, 'minimize').value,
            high: optimum(objective, 'maximize').value,
          }),
        });
      } finally {
        model.dispose();
      }
    },
  };
}
