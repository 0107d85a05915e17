// Tiny builders for suppression tests: cells by id and value, constraints as "whole = parts".
import type { Constraint, CountCell } from '../../src/disclosure/types.js';

/** Cells of one quantity from { id: value }. */
export function cellsOf(values: Record<string, number>, quantity = 'cohort'): CountCell[] {
  return Object.entries(values).map(([id, value]) => ({ id, quantity, value }));
}

/** whole = parts, in one quantity. */
export function sum(whole: string, parts: string[], quantity = 'cohort'): Constraint {
  return { quantity, whole, parts };
}

/** The reasons as a plain object, for toEqual. */
export function reasonsOf(result: { reasons: ReadonlyMap<string, string> }): Record<string, string> {
  return Object.fromEntries(result.reasons);
}
