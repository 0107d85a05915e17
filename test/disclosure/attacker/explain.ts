// Which outputs disclose a finding: the relations around the cell (reached through cells no output
// prints), then, greedily, each output left out in turn and kept out if the cell is still
// disclosed without it. What remains is enough to disclose the cell (not always the least).
import { COMPLEMENT, solveComponent } from './attack.js';
import { familyOf, reduce } from './components.js';
import { kindsOf, type Finding } from './findings.js';
import { Publication, type Relation } from './publication.js';
import type { Structure } from './structure.js';

export interface Explanation {
  outputs: string[];
  /** The kinds of relation used, e.g. "city = Σ its schools", "all = boys + girls". */
  via: string[];
}

export async function explain(pub: Publication, s: Structure, finding: Finding, distrusted: Set<string>) {
  if (finding.kinds.includes('shown elsewhere')) {
    const shown = (finding.shownIn ?? []).map(([source]) => source);
    return { outputs: [...new Set([...shown.slice(0, 1), ...finding.hiddenIn.slice(0, 1)])], via: ['printed in one'] };
  }
  const near = neighbourhood(pub, finding.id).filter((r) => !distrusted.has(familyOf(r)));
  const sources = new Set<string>();
  for (const r of near) {
    for (const source of r.sources) sources.add(source);
    for (const t of r.terms) for (const source of pub.cells.get(t.id)?.shown.keys() ?? []) sources.add(source);
  }
  let keep = new Set(sources);
  for (const source of [...sources].sort()) {
    const trial = new Set([...keep].filter((k) => k !== source));
    if (trial.size > 0 && (await stillDisclosed(restrict(pub, near, trial), s, finding))) keep = trial;
  }
  const used = restrict(pub, near, keep).relations;
  return { outputs: [...keep].sort(), via: [...new Set(used.map((r) => r.why))].slice(0, 6) } satisfies Explanation;
}

/** The relations reached from a cell through cells that no output prints. */
function neighbourhood(pub: Publication, id: string): Relation[] {
  const byCell = relationsByCell(pub);
  const seen = new Set<Relation>();
  const queue = [id];
  const visited = new Set(queue);
  while (queue.length > 0) {
    for (const r of byCell.get(queue.pop()!) ?? []) {
      if (seen.has(r)) continue;
      seen.add(r);
      for (const t of r.terms)
        if (!visited.has(t.id) && pub.cells.get(t.id)?.shown.size === 0) (visited.add(t.id), queue.push(t.id));
    }
  }
  return [...seen];
}

const indexes = new WeakMap<Publication, Map<string, Relation[]>>();
function relationsByCell(pub: Publication): Map<string, Relation[]> {
  let byCell = indexes.get(pub);
  if (byCell) return byCell;
  byCell = new Map();
  for (const r of pub.relations)
    for (const t of r.terms) {
      const list = byCell.get(t.id);
      if (list) list.push(r);
      else byCell.set(t.id, [r]);
    }
  indexes.set(pub, byCell);
  return byCell;
}

/** The publication as the outputs in `keep` alone print it, over the relations given. */
function restrict(pub: Publication, relations: Relation[], keep: Set<string>): Publication {
  const sub = new Publication();
  for (const r of relations) {
    const sources = [...r.sources].filter((source) => keep.has(source));
    if (sources.length === 0) continue;
    for (const t of r.terms) {
      const cell = pub.cells.get(t.id);
      const copy = sub.cell(t.id);
      if (!cell) continue;
      if (cell.cohort) copy.cohort = cell.cohort;
      for (const [source, value] of cell.shown) if (keep.has(source)) copy.shown.set(source, value);
      for (const source of cell.hiddenIn) if (keep.has(source)) copy.hiddenIn.add(source);
    }
    for (const source of sources) sub.relate(r.terms, r.lo, r.hi, source, r.why);
  }
  return sub;
}

async function stillDisclosed(sub: Publication, s: Structure, finding: Finding): Promise<boolean> {
  const reduced = reduce(sub);
  const pinned = reduced.known.get(finding.id) ?? reduced.derived.get(finding.id);
  if (pinned !== undefined) return finding.kinds.includes('determined');
  const component = reduced.componentOf.get(finding.id);
  if (!component) return false;
  try {
    const known = (id: string) => reduced.known.get(id) ?? reduced.derived.get(id);
    const ranges = await solveComponent(sub, component, known, s, {}, finding.id);
    const range = ranges.get(finding.id);
    if (!range) return false;
    const kinds = kindsOf(range, ranges.get(finding.id + COMPLEMENT), s);
    return kinds.some((k) => finding.kinds.includes(k));
  } catch {
    return false; // infeasible without this output: keep it
  }
}
