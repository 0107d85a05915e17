// The hidden cells in groups a reader must solve together: two hidden cells are in one group when
// a sum, a bound or an "at most" links them. Each group is a linear programme of its own.
import { cellsOf, type TableIndex } from '../table-index.js';
import type { Inequality } from '../types.js';

export interface HiddenGroup {
  /** Hidden cell ids, in table order. */
  readonly hidden: string[];
  /** Indexes of the table's constraints and of the inequalities that hold any of them. */
  readonly constraints: number[];
  readonly inequalities: number[];
}

export function hiddenGroups(
  index: TableIndex,
  inequalities: readonly Inequality[],
  hidden: ReadonlySet<string>,
): HiddenGroup[] {
  const parent = new Map<string, string>();
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root)!;
    for (let at = id; at !== root;) {
      const next = parent.get(at)!;
      parent.set(at, root);
      at = next;
    }
    return root;
  };
  const join = (ids: readonly string[]) => {
    const inside = ids.filter((id) => hidden.has(id));
    for (const id of inside) if (!parent.has(id)) parent.set(id, id);
    for (let i = 1; i < inside.length; i++) parent.set(find(inside[i]!), find(inside[0]!));
  };
  for (const id of index.cells.keys()) if (hidden.has(id)) join([id]);
  index.constraints.forEach((c) => join(cellsOf(c)));
  inequalities.forEach((q) => join([q.whole, ...q.parts]));
  for (const [id, cell] of index.cells) if (cell.atMost !== undefined) join([id, cell.atMost]);
  const groups = new Map<string, { hidden: string[]; constraints: number[]; inequalities: number[] }>();
  const groupOf = (id: string) => {
    const root = find(id);
    return groups.get(root) ?? groups.set(root, { hidden: [], constraints: [], inequalities: [] }).get(root)!;
  };
  for (const id of index.cells.keys()) if (hidden.has(id)) groupOf(id).hidden.push(id);
  index.constraints.forEach((c, i) => {
    const first = cellsOf(c).find((id) => hidden.has(id));
    if (first !== undefined) groupOf(first).constraints.push(i);
  });
  inequalities.forEach((q, i) => {
    const first = [q.whole, ...q.parts].find((id) => hidden.has(id));
    if (first !== undefined) groupOf(first).inequalities.push(i);
  });
  return [...groups.values()];
}
