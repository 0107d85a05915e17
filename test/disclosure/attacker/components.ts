// Turns a publication into small linear programs: every shown value is put into the relations as
// a constant, what one relation alone pins (a rate with its cohort shown) is fixed and put in too,
// and the unknown cells fall apart into independent components (one measure of one table, one
// term of attendance…), each solved on its own, which keeps the programs small.
import type { Publication, Relation } from './publication.js';

/** A relation over a component's columns, its known part moved into the bounds. */
export interface Row {
  cols: number[];
  coefs: number[];
  lo: number;
  hi: number;
  relation: Relation;
}

export interface Component {
  /** Cell ids, in column order. */
  ids: string[];
  /** Each cell's bounds: 0 and what its one-cell relations say (rounded inwards: cells are counts). */
  lower: number[];
  upper: number[];
  /** The relations of two or more cells. */
  rows: Row[];
}

export interface Reduced {
  known: Map<string, number>;
  /** Unknown cells that one relation alone pins, given what is known (and so on, in rounds). */
  derived: Map<string, number>;
  /** Cells printed with two different values by two outputs. */
  conflicts: { id: string; shown: [string, number][] }[];
  /** Relations among shown values only that do not hold: the model or the publication is wrong. */
  violated: Relation[];
  /** Kinds of relation left out because the shown figures break too many of them. */
  distrusted: { family: string; checked: number; violated: number }[];
  components: Component[];
  componentOf: Map<string, Component>;
}

const TOLERANCE = 1e-6;
/**
 * A kind of relation broken more than once, and by more than this share of its instances among
 * shown figures, is not used: the demo's attendance fixtures, for one, do not make boys' and girls'
 * persistent absentees add up to all pupils', and an attacker who assumed they did would find no
 * consistent table. One breach alone (a return accepted with a partition query) is a quirk.
 */
const DISTRUST_SHARE = 0.01;

interface Open {
  relation: Relation;
  ids: string[];
  coefs: number[];
  lo: number;
  hi: number;
}

/** The kind of a relation: its reason and quantity in one kind of output. */
export function familyOf(relation: Relation): string {
  const id = relation.terms[0]?.id ?? '';
  return `${id.split(' ')[0]} ${id.slice(id.lastIndexOf('|') + 1)}: ${relation.why}`;
}

export function reduce(pub: Publication): Reduced {
  const known = new Map<string, number>();
  const conflicts: Reduced['conflicts'] = [];
  for (const cell of pub.cells.values()) {
    const values = [...cell.shown.entries()];
    if (values.length === 0) continue;
    known.set(cell.id, values[0]![1]);
    if (new Set(values.map(([, v]) => v)).size > 1) conflicts.push({ id: cell.id, shown: values });
  }
  const violated: Relation[] = [];
  const checks = new Map<string, { checked: number; violated: number }>();
  for (const r of pub.relations) {
    const o = substitute(r, (id) => known.get(id));
    if (o.ids.length > 0) continue;
    const check = checks.get(familyOf(r)) ?? { checked: 0, violated: 0 };
    checks.set(familyOf(r), check);
    check.checked++;
    if (o.lo > TOLERANCE || o.hi < -TOLERANCE) (violated.push(r), check.violated++);
  }
  // An attacker trusts a kind of relation only as far as the published figures bear it out.
  const distrusted = [...checks]
    .filter(([, c]) => c.violated > 1 && c.violated > DISTRUST_SHARE * c.checked)
    .map(([family, c]) => ({ family, ...c }));
  const untrusted = new Set(distrusted.map((d) => d.family));
  const trusted = pub.relations.filter((r) => !untrusted.has(familyOf(r)));
  const derived = new Map<string, number>();
  const valueOf = (id: string) => known.get(id) ?? derived.get(id);
  for (;;) {
    const open = trusted.map((r) => substitute(r, valueOf)).filter((o) => o.ids.length > 0);
    const bounds = boundsOf(open);
    let fixed = 0;
    for (const [id, [lower, upper]] of bounds) if (lower === upper) (derived.set(id, lower), fixed++);
    if (fixed === 0) return { known, derived, conflicts, violated, distrusted, ...split(open, bounds) };
  }
}

function substitute(relation: Relation, valueOf: (id: string) => number | undefined): Open {
  let constant = 0;
  const coefByUnknown = new Map<string, number>();
  for (const { id, coef } of relation.terms) {
    const value = valueOf(id);
    if (value !== undefined) constant += coef * value;
    else coefByUnknown.set(id, (coefByUnknown.get(id) ?? 0) + coef);
  }
  const ids = [...coefByUnknown.keys()].filter((id) => coefByUnknown.get(id) !== 0);
  const coefs = ids.map((id) => coefByUnknown.get(id)!);
  return { relation, ids, coefs, lo: relation.lo - constant, hi: relation.hi - constant };
}

/**
 * Every cell's bounds: 0 and its one-cell relations, lo ≤ coef·x ≤ hi, rounded inwards to whole
 * numbers since every cell counts pupils: a rate pinning a count to [101.84, 102.0] pins it to 102.
 */
function boundsOf(open: Open[]): Map<string, [number, number]> {
  const bounds = new Map<string, [number, number]>();
  for (const o of open) for (const id of o.ids) if (!bounds.has(id)) bounds.set(id, [0, Infinity]);
  for (const o of open) {
    if (o.ids.length !== 1) continue;
    const coef = o.coefs[0]!;
    const [a, b] = coef > 0 ? [o.lo / coef, o.hi / coef] : [o.hi / coef, o.lo / coef];
    const bound = bounds.get(o.ids[0]!)!;
    bound[0] = Math.max(bound[0], Math.ceil(a - TOLERANCE));
    bound[1] = Math.min(bound[1], Math.floor(b + TOLERANCE));
  }
  return bounds;
}

/** Union-find over the unknown cells that share a relation. */
function split(open: Open[], bounds: Map<string, [number, number]>) {
  const parent = new Map<string, string>([...bounds.keys()].map((id) => [id, id]));
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
  for (const o of open) {
    const first = find(o.ids[0]!);
    for (const id of o.ids) parent.set(find(id), first);
  }
  const byRoot = new Map<string, Component>();
  const column = new Map<string, number>();
  const componentOf = new Map<string, Component>();
  for (const [id, [lower, upper]] of bounds) {
    const root = find(id);
    let component = byRoot.get(root);
    if (!component) byRoot.set(root, (component = { ids: [], lower: [], upper: [], rows: [] }));
    column.set(id, component.ids.length);
    component.ids.push(id);
    component.lower.push(lower);
    component.upper.push(upper);
    componentOf.set(id, component);
  }
  for (const o of open) {
    if (o.ids.length < 2) continue;
    const cols = o.ids.map((id) => column.get(id)!);
    componentOf.get(o.ids[0]!)!.rows.push({ cols, coefs: o.coefs, lo: o.lo, hi: o.hi, relation: o.relation });
  }
  return { components: [...byRoot.values()], componentOf };
}
