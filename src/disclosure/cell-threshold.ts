// The small-count threshold one cell is judged by: the table's, or the cell's own where it is
// stricter (issue 14: a pupil group published under a threshold of its own, from settings.json).
import type { CountCell } from './types.js';

/** The largest small count of `cell`: its own threshold when higher than the table's. */
export const cellThreshold = (cell: Pick<CountCell, 'threshold'>, threshold: number): number =>
  Math.max(threshold, cell.threshold ?? 0);
