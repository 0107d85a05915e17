// The attack: published csv texts in, every hidden cell's range and the disclosures out. It reads
// only what is published and the public structure; nothing from the suppression engine.
import { parse } from 'csv-parse/sync';
import { addAttendance } from './attendance-cells.js';
import { reduce, type Component, type Reduced } from './components.js';
import { kindsOf, type Finding } from './findings.js';
import { addPredictions, type Row } from './predictions-cells.js';
import { Publication } from './publication.js';
import { InfeasibleError, lpRanges, mipRanges, solver, type Objective, type Range } from './solve-ranges.js';
import type { Structure } from './structure.js';

export interface Output {
  name: string;
  text: string;
}

export function readPublication(outputs: Output[], structure: Structure): Publication {
  const pub = new Publication();
  for (const { name, text } of outputs) {
    const rows = parse(text, { columns: true, skip_empty_lines: true, bom: true }) as Row[];
    const header = Object.keys(rows[0] ?? {});
    if (header.includes('persistent_absentees')) addAttendance(pub, rows, name, structure);
    else if (header.includes('measure')) addPredictions(pub, rows, name, structure);
  }
  return pub;
}

export interface AttackOptions {
  /** Components up to this many unknown cells are also solved as integer programs. */
  mipMaxCells?: number;
  mipSecondsEach?: number;
}

export interface AttackResult {
  reduced: Reduced;
  ranges: Map<string, Range>;
  complements: Map<string, Range>;
  findings: Finding[];
  /** Components no table satisfies: the relations assumed do not hold in what was published. */
  infeasible: Component[];
}

/** The key of a cell's complement (cohort − count) among the ranges solved. */
export const COMPLEMENT = '#complement';

export async function attack(pub: Publication, s: Structure, options: AttackOptions = {}): Promise<AttackResult> {
  const reduced = reduce(pub);
  const ranges = new Map<string, Range>();
  const complements = new Map<string, Range>();
  const infeasible: Component[] = [];
  for (const component of reduced.components) {
    let solved: Map<string, Range>;
    try {
      solved = await solveComponent(pub, component, (id) => valueOf(reduced, id), s, options);
    } catch (error) {
      if (!(error instanceof InfeasibleError)) throw error;
      infeasible.push(component);
      continue;
    }
    for (const [key, range] of solved)
      if (key.endsWith(COMPLEMENT)) complements.set(key.slice(0, -COMPLEMENT.length), range);
      else ranges.set(key, range);
  }
  const findings = findingsOf(pub, reduced, ranges, complements, s);
  return { reduced, ranges, complements, findings, infeasible };
}

/** Ranges of a component's hidden cells, their cohorts, and small groups' complements. */
export async function solveComponent(
  pub: Publication,
  component: Component,
  known: (id: string) => number | undefined,
  s: Structure,
  options: AttackOptions,
  only?: string,
): Promise<Map<string, Range>> {
  const highs = await solver();
  const col = new Map(component.ids.map((id, k) => [id, k]));
  const targets = component.ids.filter((id) => (only ? id === only : pub.cells.get(id)?.hiddenIn.size));
  if (targets.length === 0) return new Map();
  const cohorts = targets
    .map((id) => pub.cells.get(id)?.cohort)
    .filter((c): c is string => c !== undefined && col.has(c));
  const first = [...new Set([...targets, ...cohorts])].map((id) => ({ key: id, cols: [col.get(id)!], coefs: [1] }));
  // Past the small-count threshold a cell's max no longer changes its verdict; a cohort's, past a
  // small group's size (its complement is then not tested); but a count of a small printed cohort
  // needs its true max, which its complement's min is read from.
  const cohortSet = new Set(cohorts);
  const smallPrinted = (id: string) => (known(pub.cells.get(id)?.cohort ?? '') ?? Infinity) <= s.smallGroup;
  const enough = (key: string) => (cohortSet.has(key) ? s.smallGroup : smallPrinted(key) ? Infinity : s.smallCount);
  const ranges = lpRanges(highs, component, first, enough);
  // Complements only where the cohort is a small group's: cohort − count, when the cohort is unknown.
  const complementOf = (id: string): Objective | undefined => {
    const cohort = pub.cells.get(id)?.cohort;
    if (!cohort || !col.has(cohort) || (ranges.get(cohort)?.max ?? Infinity) > s.smallGroup) return undefined;
    return { key: id + COMPLEMENT, cols: [col.get(cohort)!, col.get(id)!], coefs: [1, -1] };
  };
  const second = targets.map(complementOf).filter((o): o is Objective => o !== undefined);
  for (const [key, range] of lpRanges(highs, component, second, enough)) ranges.set(key, range);
  // Where the small cohort is printed, the complement's range is the count's, reflected.
  const knownComplements = (out: Map<string, Range>) => {
    for (const id of targets) {
      const cohort = known(pub.cells.get(id)?.cohort ?? '');
      const r = out.get(id)!;
      if (cohort !== undefined && cohort <= s.smallGroup)
        out.set(id + COMPLEMENT, { min: cohort - r.max, max: cohort - r.min, by: r.by });
    }
    return out;
  };
  if (component.ids.length > (options.mipMaxCells ?? 400)) return knownComplements(ranges);
  // Integer programming only where it could change the verdict: a range still narrow enough.
  const all = [...first, ...second];
  const narrow = all.filter((o) => {
    const r = ranges.get(o.key)!;
    return !r.maxAtLeast && !r.integral && r.min !== r.max && r.max - r.min <= 2 * s.smallGroup;
  });
  if (narrow.length === 0) return knownComplements(ranges);
  try {
    return knownComplements(mipRanges(highs, component, narrow, ranges, options.mipSecondsEach ?? 2));
  } catch (error) {
    // An LP-feasible component with no integer table: the relations do not hold here; keep the LP's.
    if (error instanceof InfeasibleError) return knownComplements(ranges);
    throw error;
  }
}

function findingsOf(
  pub: Publication,
  reduced: Reduced,
  ranges: Map<string, Range>,
  complements: Map<string, Range>,
  s: Structure,
): Finding[] {
  const findings: Finding[] = [];
  for (const cell of pub.targets()) {
    const hiddenIn = [...cell.hiddenIn];
    const value = reduced.known.get(cell.id);
    if (value !== undefined) {
      const range = { min: value, max: value, by: 'lp' as const };
      findings.push({ id: cell.id, kinds: ['shown elsewhere'], range, hiddenIn, shownIn: [...cell.shown] });
      continue;
    }
    const pinned = reduced.derived.get(cell.id);
    const range = pinned === undefined ? ranges.get(cell.id) : { min: pinned, max: pinned, by: 'lp' as const };
    if (!range) continue;
    // A count pinned before any solve has its complement pinned too where its small cohort is known.
    const cohort = cell.cohort === undefined ? undefined : valueOf(reduced, cell.cohort);
    const pinnedComplement =
      pinned !== undefined && cohort !== undefined && cohort <= s.smallGroup
        ? { min: cohort - pinned, max: cohort - pinned, by: 'lp' as const }
        : undefined;
    const complement = complements.get(cell.id) ?? pinnedComplement;
    const kinds = kindsOf(range, complement, s);
    if (kinds.length) findings.push({ id: cell.id, kinds, range, hiddenIn, ...(complement ? { complement } : {}) });
  }
  return findings;
}

const valueOf = (reduced: Reduced, id: string) => reduced.known.get(id) ?? reduced.derived.get(id);
