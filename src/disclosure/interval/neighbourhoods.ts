// The hidden cells near a hidden cell, for the local certificates (local-certificates.ts): two
// cells are one hop apart when a sum, an inequality or an "at most" holds both.
import type { HiddenGroup } from './components.js';
import { cellsOf, type TableIndex } from '../table-index.js';
import type { Inequality } from '../types.js';

export class Neighbourhoods {
  private readonly inequalitiesOf = new Map<string, number[]>();
  private readonly order: ReadonlyMap<string, number>;
  private readonly besideOf = new Map<string, string[]>();

  constructor(
    private readonly index: TableIndex,
    private readonly inequalities: readonly Inequality[],
  ) {
    inequalities.forEach((q, i) => {
      for (const id of [q.whole, ...q.parts]) (this.inequalitiesOf.get(id) ?? this.setList(id)).push(i);
    });
    this.order = new Map([...index.cells.keys()].map((id, i) => [id, i]));
  }

  private setList(id: string): number[] {
    const list: number[] = [];
    this.inequalitiesOf.set(id, list);
    return list;
  }

  /** Every cell, shown or hidden, that shares a relation with `id`. */
  beside(id: string): readonly string[] {
    const known = this.besideOf.get(id);
    if (known) return known;
    const { index, inequalities } = this;
    const ids = new Set([
      ...(index.constraintsOf.get(id) ?? []).flatMap((i) => cellsOf(index.constraints[i]!)),
      ...(this.inequalitiesOf.get(id) ?? []).flatMap((i) => [inequalities[i]!.whole, ...inequalities[i]!.parts]),
      ...(index.cells.get(id)?.atMost !== undefined ? [index.cells.get(id)!.atMost!] : []),
      ...(index.bounds.get(id) ?? []),
    ]);
    ids.delete(id);
    const list = [...ids];
    this.besideOf.set(id, list);
    return list;
  }

  /** The hidden cells within `radius` hops of `seed` through hidden cells, nearest first, at most `limit`. */
  ball(seed: string, radius: number, hidden: (id: string) => boolean, limit: number): string[] {
    const found = new Set([seed]);
    let ring = [seed];
    for (let hop = 0; hop < radius && found.size < limit; hop++) {
      const next: string[] = [];
      for (const id of ring)
        for (const other of this.beside(id))
          if (!found.has(other) && hidden(other) && found.size < limit) {
            found.add(other);
            next.push(other);
          }
      ring = next;
    }
    return [...found];
  }

  /** The cells as one group of the audit: the relations holding any of them, in table order. */
  group(cells: readonly string[]): HiddenGroup {
    const constraints = new Set<number>();
    const inequalities = new Set<number>();
    for (const id of cells) {
      for (const i of this.index.constraintsOf.get(id) ?? []) constraints.add(i);
      for (const i of this.inequalitiesOf.get(id) ?? []) inequalities.add(i);
    }
    const byOrder = (a: number, b: number) => a - b;
    return {
      hidden: [...cells].sort((a, b) => this.order.get(a)! - this.order.get(b)!),
      constraints: [...constraints].sort(byOrder),
      inequalities: [...inequalities].sort(byOrder),
    };
  }
}
