// Judging the attack with the unsuppressed tables (which the attacker never reads): every range
// must hold the true value, or the attacker assumed a relation the data does not keep; and with
// the truth, a hidden count of 1–4 is protected only if its range holds 0 and a value of 5 or more.
import type { AttackResult } from './attack.js';
import { familyOf } from './components.js';
import { unprotected, type Finding } from './findings.js';
import type { Publication } from './publication.js';
import type { Structure } from './structure.js';

export interface TruthCheck {
  /** Ranges checked, and those that miss the true value (the attacker's model is wrong there). */
  checked: number;
  missed: { id: string; min: number; max: number; truth: number }[];
  /** Relations the attacker used that the true figures break, by kind. */
  broken: Map<string, number>;
  /** Findings whose claim the truth contradicts: not disclosures, artefacts of a broken relation. */
  falseFindings: Finding[];
  /** Hidden counts whose range is not wide enough by the rule above, beyond the findings. */
  weak: { id: string; truth: number; min: number; max: number; why: string }[];
}

export function truthValues(internal: Publication): Map<string, number> {
  const truth = new Map<string, number>();
  for (const cell of internal.cells.values()) {
    const value = cell.shown.values().next().value;
    if (value !== undefined) truth.set(cell.id, value);
  }
  return truth;
}

export function checkWithTruth(pub: Publication, result: AttackResult, truth: Map<string, number>, s: Structure) {
  const distrusted = new Set(result.reduced.distrusted.map((d) => d.family));
  const broken = new Map<string, number>();
  for (const r of pub.relations) {
    if (distrusted.has(familyOf(r))) continue;
    const values = r.terms.map((t) => truth.get(t.id));
    if (values.some((v) => v === undefined)) continue;
    const v = r.terms.reduce((sum, t, k) => sum + t.coef * values[k]!, 0);
    if (v < r.lo - 1e-6 || v > r.hi + 1e-6) broken.set(familyOf(r), (broken.get(familyOf(r)) ?? 0) + 1);
  }
  const missed: TruthCheck['missed'] = [];
  let checked = 0;
  for (const [id, range] of result.ranges) {
    const value = truth.get(id);
    if (value === undefined) continue;
    checked++;
    if (value < range.min || (!range.maxAtLeast && value > range.max)) missed.push({ id, ...range, truth: value });
  }
  const missedIds = new Set(missed.map((m) => m.id));
  const falseFindings = result.findings.filter((f) => {
    const value = truth.get(f.id);
    return missedIds.has(f.id) || (value !== undefined && f.kinds[0] === 'determined' && f.range.min !== value);
  });
  const found = new Set(result.findings.map((f) => f.id));
  const weak: TruthCheck['weak'] = [];
  for (const [id, range] of result.ranges) {
    const value = truth.get(id);
    if (value === undefined || found.has(id) || missedIds.has(id)) continue;
    const why = unprotected(range, value, s);
    if (why) weak.push({ id, truth: value, min: range.min, max: range.max, why });
  }
  return { checked, missed, broken, falseFindings, weak } satisfies TruthCheck;
}
