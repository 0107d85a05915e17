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
  /** The cells the programme of that level moves: the same array for the same cells, whichever cell asks. */
  movableAt(id: string, level: number): readonly string[] | undefined;
  /** The programme moving every cell of the publication: the last level of every cell. */
  wholePublication(): ProtectionProgramme;
  /** A cell now hidden moves for nothing in every programme open. */
  hide(id: string): void;
  close(): void;
}

export function tablesOf(context: ProgrammeContext): TablesOf {
  const { index, inequalities, inequalitiesOf } = context;
  const cellsOf = equalityComponents(index);
  // Bounds among counts first (a measure at most another, a subset at most its whole), then a count's
  // cohort: a cohort hidden withholds every rate out of it, so it is moved only where counts cannot be.
  const linkedByBounds = (id: string): string[] =>
    (inequalitiesOf.get(id) ?? []).flatMap((i) => [inequalities[i]!.whole, ...inequalities[i]!.parts]);
  const linkedByCohorts = (id: string): string[] => {
    const atMost = index.cells.get(id)!.atMost;
    return [...(atMost !== undefined ? [atMost] : []), ...(index.bounds.get(id) ?? [])];
  };
  const widen = (movable: ReadonlySet<string>, links: ((id: string) => string[])[]) => {
    const wider = new Set(movable);
    for (const cell of movable)
      for (const link of links)
        for (const linked of link(cell)) if (!wider.has(linked)) for (const c of cellsOf(linked)) wider.add(c);
    return wider;
  };
  // Per table, the cells each level moves (null past the last); its own table's programme kept open,
  // a few wider ones (each of thousands of cells: HiGHS's memory is bounded) the most recently used.
  const levels = new Map<readonly string[], (readonly string[] | null)[]>();
  const own = new Map<readonly string[], ProtectionProgramme>();
  // Wider levels of many tables come to the same cells (the widest, every cell linked): one array each.
  const same = new Map<string, readonly string[]>();
  const canonical = (cells: string[]): readonly string[] => {
    cells.sort();
    const key = `${cells.length}|${cells[0]}|${cells[cells.length >> 1]}|${cells[cells.length - 1]}`;
    const before = same.get(key);
    if (before && before.length === cells.length && before.every((c, i) => c === cells[i])) return before;
    same.set(key, cells);
    return cells;
  };
  // A level reaching past half the publication moves all of it: a table found there is at least as
  // cheap, and one programme, opened once, serves every wide requirement (on the demo's KS2 2014/15,
  // 47 levels of 15,600-16,500 cells of 18,942, each opened cold and solved apart, became one).
  const everyCell = canonical([...index.cells.keys()]);
  const movableAt = (id: string, level: number): readonly string[] | undefined => {
    const cells = cellsOf(id);
    const list = levels.get(cells) ?? levels.set(cells, [cells]).get(cells)!;
    while (list.length <= level) {
      const last = list[list.length - 1];
      if (!last) return undefined;
      const movable = new Set(last);
      const byBounds = list.length === 1 ? widen(movable, [linkedByBounds]) : movable;
      const next = byBounds.size > movable.size ? byBounds : widen(movable, [linkedByBounds, linkedByCohorts]);
      // Where the links end short of the whole publication (a city's total cut), the whole comes last.
      const whole = last === everyCell ? null : everyCell;
      list.push(
        next.size === movable.size ? whole : next.size > index.cells.size / 2 ? everyCell : canonical([...next]),
      );
    }
    return list[level] ?? undefined;
  };
  const wider = new Map<readonly string[], ProtectionProgramme>();
  const widerOpen = (movable: readonly string[]) => {
    let programme = wider.get(movable);
    if (programme) wider.delete(movable);
    else {
      programme = openProtection(context, movable);
      if (wider.size >= WIDER_OPEN) {
        const [oldest, first] = wider.entries().next().value!;
        first.close();
        wider.delete(oldest);
      }
    }
    wider.set(movable, programme);
    return programme;
  };
  return {
    cellsOf,
    movableAt,
    programmeOf(id, level) {
      const cells = cellsOf(id);
      const movable = movableAt(id, level);
      if (!movable) return undefined;
      if (level === 0) return own.get(cells) ?? own.set(cells, openProtection(context, cells)).get(cells)!;
      return widerOpen(movable);
    },
    wholePublication: () => widerOpen(everyCell),
    hide(id) {
      for (const programme of [...own.values(), ...wider.values()]) programme.hide(id);
    },
    close() {
      for (const programme of [...own.values(), ...wider.values()]) programme.close();
    },
  };
}

const WIDER_OPEN = 3;

// A sum of more cells than this is a city's (or a region's) total over its schools: it would make one
// table of a quantity's every cell, and programmes that grow with the region (issue 10, item 5: at 150
// schools, three quarters of the time went to levels of 3,400 to 29,000 cells). Its row still binds
// every programme moving its cells, and where a table's links run out the whole publication is its
// last level. A group's total (12 schools in the bench, at most 10 in the demo) and the demo city's
// (50 schools) still link.
const LINKING_SUM = 64;

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
    if (c.parts.length + 1 > LINKING_SUM) continue;
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
