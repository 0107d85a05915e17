// A published table as the disclosure engine sees it, built once by a report's adapter: its
// count cells, and the sums among them (a whole = Σ its parts) that a reader could subtract.
import type { Constraint, CountCell, Inequality, SuppressionInput } from './types.js';

export class TableModel {
  private readonly cells: CountCell[] = [];
  private readonly values = new Map<string, number>();
  private readonly position = new Map<string, number>();
  private readonly constraints: Constraint[] = [];
  private readonly inequalities: Inequality[] = [];
  /** Whole → the parts of each sum (or bound) stated with it, so the same one is stated once. */
  private readonly statedSums = new Map<string, (readonly string[])[]>();
  private readonly statedBounds = new Map<string, (readonly string[])[]>();
  private readonly knownZeros = new Set<string>();

  /**
   * A cell; the same id again (one figure in several tables) is the same cell, as wanted as the
   * most wanted of the tables it is in.
   */
  addCell(cell: CountCell): void {
    if (this.values.has(cell.id)) {
      const i = this.position.get(cell.id)!;
      const before = this.cells[i]!;
      if ((cell.priority ?? 0) > (before.priority ?? 0)) this.cells[i] = { ...before, priority: cell.priority! };
      return;
    }
    this.values.set(cell.id, cell.value);
    this.position.set(cell.id, this.cells.length);
    this.cells.push(cell);
  }

  /**
   * A figure of no pupils (a cohort of 0, and its counts): printed as 0, it tells of no one, so it is
   * not a cell to decide; a sum or bound holds without it, as a reader reads it.
   */
  addKnownZero(id: string): void {
    if (!this.values.has(id)) this.knownZeros.add(id);
  }

  has(id: string): boolean {
    return this.values.has(id) || this.knownZeros.has(id);
  }

  value(id: string): number | undefined {
    return this.knownZeros.has(id) ? 0 : this.values.get(id);
  }

  /**
   * whole = Σ parts, where every cell exists and the figures add up. One that does not add up
   * (an area's part leaves out a school its whole includes) cannot be subtracted, and stated it
   * would mislead the audit, so it is left out. The same sum stated twice is one constraint.
   */
  addSum(quantity: string, whole: string, stated: readonly string[]): void {
    const parts = this.besideKnownZeros(whole, stated);
    if (!this.values.has(whole) || parts.length === 0 || !parts.every((p) => this.values.has(p))) return;
    if (this.values.get(whole) !== parts.reduce((t, p) => t + this.values.get(p)!, 0)) return;
    if (statedBefore(this.statedSums, whole, parts)) return;
    this.constraints.push({ quantity, whole, parts });
  }

  /**
   * Σ parts ≤ whole (a subset of pupils, a measure that implies another), where every cell exists
   * and the figures obey it; stated once. A reader knows it, so the interval audit must too.
   */
  addAtMost(whole: string, stated: readonly string[]): void {
    const parts = this.besideKnownZeros(whole, stated);
    if (!this.values.has(whole) || parts.length === 0 || !parts.every((p) => this.values.has(p))) return;
    if (parts.reduce((t, p) => t + this.values.get(p)!, 0) > this.values.get(whole)!) return;
    if (statedBefore(this.statedBounds, whole, parts)) return;
    this.inequalities.push({ whole, parts });
  }

  /** A relation's parts without its known zeros; none where its whole is one (then so is every part). */
  private besideKnownZeros(whole: string, parts: readonly string[]): readonly string[] {
    return this.knownZeros.has(whole) ? [] : parts.filter((p) => !this.knownZeros.has(p));
  }

  table(threshold: number): SuppressionInput {
    return { cells: this.cells, constraints: this.constraints, inequalities: this.inequalities, threshold };
  }
}

/**
 * Whether these parts were stated with this whole before; records them if not. Compared part by
 * part rather than by a key joining them: a city's sum names every school's cell.
 */
function statedBefore(stated: Map<string, (readonly string[])[]>, whole: string, parts: readonly string[]): boolean {
  const before = stated.get(whole) ?? stated.set(whole, []).get(whole)!;
  if (before.some((b) => b.length === parts.length && b.every((p, i) => p === parts[i]))) return true;
  before.push(parts);
  return false;
}
