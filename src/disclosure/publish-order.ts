// The order in which secondary suppression offers cells for publication (issue 10): the most
// wanted first, so what must be hidden is hidden from the least wanted.
import type { CountCell } from './types.js';

/** Each cell's place in the order: priority, then the larger count, then table order. */
export function publishOrder(cells: readonly CountCell[]): Map<string, number> {
  const order = cells
    .map((cell, i) => ({ cell, i }))
    .sort((a, b) => (b.cell.priority ?? 0) - (a.cell.priority ?? 0) || b.cell.value - a.cell.value || a.i - b.i);
  return new Map(order.map(({ cell }, i) => [cell.id, i]));
}
