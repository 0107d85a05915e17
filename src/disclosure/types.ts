// Values the disclosure-control core takes and returns. Pure data: it knows nothing of pupil
// groups, measures or areas; those arrive as cells and constraints (domain.md, Publication;
// pitfalls.md, Disclosure).

/**
 * One published count: a whole number of pupils (or of anything else counted) in one cell of a
 * table. Cells of different `quantity` never combine in a constraint; they meet only through
 * `atMost`.
 */
export interface CountCell {
  /** Unique across every table published together, e.g. "KS2RWM|school|100001|boys". */
  id: string;
  /**
   * What is counted, e.g. "cohort:KS2RWM" or a measure code "KS2RWM". Only cells of the same
   * quantity add up; a constraint's cells all share its quantity.
   */
  quantity: string;
  /** The count: a non-negative whole number. */
  value: number;
  /**
   * For a count of pupils reaching a measure: the cohort it is out of (pupils, ≥ `value`). The
   * complement `cohort − value` (pupils not reaching it) is as disclosive as the count itself,
   * so a small complement suppresses the cell (a 100% rate on 3 pupils discloses all three).
   * Omit for cells with no complement, such as the cohort itself.
   */
  cohort?: number;
  /**
   * The caller judged this cell disclosive on its own account, whatever its size: a 0% or
   * 100% rate in a small group tells something of every pupil in it.
   */
  disclosive?: boolean;
  /**
   * The id of a cell this one can never exceed, of any quantity: a count of pupils reaching a
   * measure is at most its cohort cell. The bounds audit (bounds.ts) uses it with 0 ≤ every
   * cell, so a hidden count is known to lie in [0, that cell] (itself unknown when hidden).
   */
  atMost?: string;
  /**
   * How much publishing this cell matters, higher first (default 0): secondary suppression hides
   * the cells of lowest priority it can, so a city total outlasts a school's.
   */
  priority?: number;
  /**
   * This cell's own largest small count, when stricter than the table's `threshold`: a pupil group
   * published under a threshold of its own (settings.json `publication.strictGroups`).
   */
  threshold?: number;
}

/**
 * A linear identity the published figures obey: value(whole) = Σ value(parts), among cells of one
 * quantity. Examples: all = boys + girls in one area; city = Σ its schools; a collaborative group
 * = Σ its schools; a group = Σ its triads. A cell may be in many constraints.
 */
export interface Constraint {
  /** The quantity of every cell named here. */
  quantity: string;
  /** The id of the total. */
  whole: string;
  /** The ids of the cells that add up to it (at least one, none repeated, not the whole). */
  parts: readonly string[];
}

/**
 * A bound the published figures obey: Σ value(parts) ≤ value(whole), of any quantities. Examples:
 * White British + Any other White + Pakistani heritage ≤ all pupils (a subset, domain.md); pupils
 * reaching RWM L4+ ≤ pupils reaching Reading L4+ (an implication). A reader knows these too.
 */
export interface Inequality {
  whole: string;
  parts: readonly string[];
}

/** What an engine takes. */
export interface SuppressionInput {
  cells: readonly CountCell[];
  constraints: readonly Constraint[];
  /** Bounds among the cells beyond `atMost`; the interval audit uses them, as a reader would. */
  inequalities?: readonly Inequality[];
  /**
   * The largest small count (pupils): counts and complements of 1..threshold are suppressed;
   * 0 is not suppressed on its own account. The city's convention is 4.
   */
  threshold: number;
}

/** How many cells a publication withholds: by the rules themselves, and to protect those (issue 10). */
export interface Withheld {
  primary: number;
  secondary: number;
}

/**
 * Why a cell is hidden, for the audit trail: `primary` = its count or complement is 1..threshold;
 * `secondary` = hidden so that a primary cell cannot be worked out from what is shown.
 */
export type SuppressionReason = 'primary' | 'secondary';

/** What suppressCells returns. Deterministic: the same input gives the same output, in order. */
export interface SuppressionResult {
  /** Ids of every cell to show as `c`: primary first (in input order), then secondaries. */
  suppressed: ReadonlySet<string>;
  /** The reason for each suppressed id (same keys as `suppressed`). */
  reasons: ReadonlyMap<string, SuppressionReason>;
  /**
   * Suppressed ids that could still be worked out exactly from the published cells, by the
   * constraints or by the bounds (0 ≤ cell ≤ atMost): should be empty. Non-empty only when the
   * constraints themselves pin a cell whatever is hidden (e.g. two constraints that repeat a
   * total with one part fewer); the caller must not publish then.
   */
  stillRecoverable: readonly string[];
  /**
   * Where the engine knows it: for a secondary cell, the hidden cell it was hidden to protect (the
   * first one showing it would have given away), for the audit trail (school-returns explain).
   */
  protecting?: ReadonlyMap<string, string>;
}
