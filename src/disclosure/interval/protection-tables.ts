// The protection programmes of a publication, kept open while its hidden cells are protected: for
// each table of cells linked by sums, one programme moving that table, and, where a bound reaches
// past it (a count at most another measure's, at most its cohort), wider ones on demand.
import type { TableIndex } from '../table-index.js';
import { openProtection, type ProgrammeContext, type ProtectionProgramme } from './protection-programme.js';

/** Each cell's table (the cells its sums link it to), and the protection programmes kept open for it. */
export interface TablesOf {
  cellsOf(id: string): readonly string[];
  /** Level 0: the cell's own table; each level after adds the tables the last one's bounds reach; none past all. */
  programmeOf(id: string, level: number): ProtectionProgramme | undefined;
  /** A cell now hidden moves for nothing in every programme open. */
  hide(id: string): void;
  close(): void;
}

export function tablesOf(context: ProgrammeContext): TablesOf {
  const { index, inequalities, inequalitiesOf } = context;
  const cellsOf = equalityComponents(index);
  const boundedBy = (id: string): string[] => {
    const atMost = index.cells.get(id)!.atMost;
    return [
      ...(inequalitiesOf.get(id) ?? []).flatMap((i) => [inequalities[i]!.whole, ...inequalities[i]!.parts]),
      ...(atMost !== undefined ? [atMost] : []),
      ...(index.bounds.get(id) ?? []),
    ];
  };
  // Per table, its programmes by level; null past the last level.
  const levels = new Map<readonly string[], (ProtectionProgramme | null)[]>();
  const open: ProtectionProgramme[] = [];
  const opened = (cells: readonly string[]) => {
    const programme = openProtection(context, cells);
    open.push(programme);
    return programme;
  };
  return {
    cellsOf,
    programmeOf(id, level) {
      const own = cellsOf(id);
      const list = levels.get(own) ?? levels.set(own, [opened(own)]).get(own)!;
      while (list.length <= level) {
        const last = list[list.length - 1];
        if (!last) return undefined;
        const wider = new Set(last.movable);
        for (const cell of last.movable)
          for (const linked of boundedBy(cell)) if (!wider.has(linked)) for (const c of cellsOf(linked)) wider.add(c);
        list.push(wider.size === last.movable.size ? null : opened([...wider]));
      }
      return list[level] ?? undefined;
    },
    hide(id) {
      for (const programme of open) programme.hide(id);
    },
    close() {
      for (const programme of open) programme.close();
    },
  };
}

/** The cells linked to each cell by sums (its own and theirs, and so on): the cells of its table. */
function equalityComponents(index: TableIndex): (id: string) => readonly string[] {
  const parent = new Map<string, string>();
  const find = (id: string): string => {
    let root = id;
    while ((parent.get(root) ?? root) !== root) root = parent.get(root)!;
    for (let at = id; at !== root;) {
      const next = parent.get(at) ?? root;
      parent.set(at, root);
      at = next;
    }
    return root;
  };
  for (const c of index.constraints) {
    const root = find(c.whole);
    for (const p of c.parts) {
      const other = find(p);
      if (other !== root) parent.set(other, root);
    }
  }
  const members = new Map<string, string[]>();
  for (const id of index.cells.keys()) {
    const root = find(id);
    (members.get(root) ?? members.set(root, []).get(root)!).push(id);
  }
  return (id) => members.get(find(id))!;
}
