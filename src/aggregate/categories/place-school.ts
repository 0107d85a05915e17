// Places one school by ordered rules (schemas/categories.json): the first rule whose every condition
// holds decides its category. A condition whose figure the school lacks is not known: a rule with such
// a condition and no condition known to fail cannot be passed over or applied, so the school is not
// placed and the report says which figure is missing (never placed by a later rule, silently). Then
// what would move it: each threshold of any rule set just over to the other side, the school placed
// again, and of those that change its category the nearest to a better one and the nearest to a worse.
import type { CategoryCondition, CategoryRule } from '../../../schemas/categories.schema.js';
import type { Comparison } from '../../messages/categories-text.js';

/** A numeric condition's comparison and threshold; none for a judgement condition. */
export function thresholdOf(c: CategoryCondition): { op: Comparison; value: number } | undefined {
  for (const op of ['below', 'atMost', 'above', 'atLeast'] as const) {
    const value = (c as Partial<Record<Comparison, number>>)[op];
    if (value !== undefined) return { op, value };
  }
  return undefined;
}

/**
 * A school's figure for a condition. `key` names what it is (predicted RWM L4+ for all pupils), so
 * changing it changes every condition on it; `step` is the smallest change as shown (0.1 for a rate
 * to one place); `measure` the measure used, of the condition's list.
 */
export interface Figure {
  readonly key: string;
  readonly value: number | string;
  readonly step: number;
  readonly measure?: string;
}

/** The school's figure for a condition, or none when the store has no such figure for it. */
export type Figures = (condition: CategoryCondition) => Figure | undefined;

export interface Move {
  /** The category it would be in, and the rule that would place it there. */
  readonly category: string;
  readonly rule: string;
  /** The condition whose threshold is crossed, the figure now and the figure that would cross it. */
  readonly condition: CategoryCondition;
  readonly figure: Figure;
  readonly to: number;
}

export type Placement =
  | { readonly placed: true; readonly category: string; readonly rule: CategoryRule; readonly moves: readonly Move[] }
  /** `rule`: the rule that could not be decided; `missing`: its conditions with no figure. */
  | { readonly placed: false; readonly rule?: CategoryRule; readonly missing: readonly CategoryCondition[] };

type Override = ReadonlyMap<string, number | string>;

function holds(c: CategoryCondition, figures: Figures, override: Override): boolean | undefined {
  const figure = figures(c);
  if (!figure) return undefined;
  const value = override.get(figure.key) ?? figure.value;
  if (c.figure === 'ofsted-judgement') return (c.oneOf as readonly (number | string)[]).includes(value);
  const t = thresholdOf(c)!;
  if (typeof value !== 'number') return undefined;
  if (t.op === 'below') return value < t.value;
  if (t.op === 'atMost') return value <= t.value;
  if (t.op === 'above') return value > t.value;
  return value >= t.value;
}

type Decided =
  { placed: true; rule: CategoryRule } | { placed: false; rule?: CategoryRule; missing: CategoryCondition[] };

function decide(rules: readonly CategoryRule[], figures: Figures, override: Override): Decided {
  for (const rule of rules) {
    const results = rule.when.map((c) => holds(c, figures, override));
    if (results.includes(false)) continue;
    if (results.every((r) => r === true)) return { placed: true, rule };
    return { placed: false, rule, missing: rule.when.filter((_, i) => results[i] === undefined) };
  }
  return { placed: false, missing: [] };
}

const tidy = (n: number) => Math.round(n * 1e9) / 1e9;

/** The value just across a threshold from where the figure stands, as shown (a step beyond a strict one). */
function across(c: CategoryCondition, figure: Figure, holdsNow: boolean): number | undefined {
  const t = thresholdOf(c);
  if (!t || typeof figure.value !== 'number') return undefined;
  const strictlyOut = (t.op === 'below' && !holdsNow) || (t.op === 'atMost' && holdsNow);
  const strictlyUp = (t.op === 'above' && !holdsNow) || (t.op === 'atLeast' && holdsNow);
  if (strictlyOut) return tidy(t.op === 'below' ? t.value - figure.step : t.value + figure.step);
  if (strictlyUp) return tidy(t.op === 'above' ? t.value + figure.step : t.value - figure.step);
  return t.value;
}

/** For each threshold of the rules on a figure the school has, the value just across it. */
function candidates(
  rules: readonly CategoryRule[],
  figures: Figures,
): { c: CategoryCondition; f: Figure; to: number }[] {
  const out: { c: CategoryCondition; f: Figure; to: number }[] = [];
  for (const c of rules.flatMap((r) => r.when)) {
    const f = figures(c);
    const to = f && across(c, f, holds(c, figures, new Map()) === true);
    if (!f || to === undefined) continue;
    // Time only passes: the months since an inspection grow until the next one.
    if (c.figure === 'ofsted-months' && to < (f.value as number)) continue;
    out.push({ c, f, to });
  }
  return out;
}

/**
 * `order`: the categories, best first. What would move the school is the nearest threshold that would
 * put it in a better category and the nearest that would put it in a worse one (a judgement is not a
 * threshold: a new inspection is not a figure moving).
 */
export function placeSchool(rules: readonly CategoryRule[], figures: Figures, order: readonly string[]): Placement {
  const now = decide(rules, figures, new Map());
  if (!now.placed) return { placed: false, ...(now.rule ? { rule: now.rule } : {}), missing: now.missing };
  const rank = (category: string) => order.indexOf(category);
  const nearest = new Map<'better' | 'worse', Move>();
  for (const { c, f, to } of candidates(rules, figures)) {
    const then = decide(rules, figures, new Map([[f.key, to]]));
    if (!then.placed || then.rule.category === now.rule.category) continue;
    const way = rank(then.rule.category) < rank(now.rule.category) ? 'better' : 'worse';
    const move: Move = { category: then.rule.category, rule: then.rule.id, condition: c, figure: f, to };
    const known = nearest.get(way);
    const gap = (m: Move) => Math.abs(m.to - (m.figure.value as number));
    const steps = (m: Move) => Math.abs(rank(m.category) - rank(now.rule.category));
    if (!known || gap(move) < gap(known) || (gap(move) === gap(known) && steps(move) < steps(known)))
      nearest.set(way, move);
  }
  const moves = (['better', 'worse'] as const).flatMap((w) => (nearest.has(w) ? [nearest.get(w)!] : []));
  return { placed: true, category: now.rule.category, rule: now.rule, moves };
}
