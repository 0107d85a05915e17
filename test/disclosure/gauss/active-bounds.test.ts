// The bounds a reader leans on (active-bounds.ts): a total of 0 pins every part to 0, and a total
// at 100% every part at 100%, whatever is hidden; elimination alone sees neither. Worked by hand.
import { describe, expect, it } from 'vitest';
import { gaussBoundsSuppression } from '../../../src/disclosure/gauss-bounds-engine.js';
import type { CountCell } from '../../../src/disclosure/types.js';
import { sum } from '../table.js';

const count = (id: string, value: number, cohort: number, priority = 0): CountCell => ({
  id,
  quantity: 'count',
  value,
  atMost: `${id}.cohort`,
  priority,
  // Groups of 10 or fewer: a 0% or 100% discloses every pupil (the adapters' rule).
  ...(cohort <= 10 ? { cohort, disclosive: value === 0 || value === cohort } : {}),
});
const cohort = (id: string, value: number, priority = 0): CountCell => ({
  id: `${id}.cohort`,
  quantity: 'cohort',
  value,
  priority,
});
const group = (values: [number, number, number], cohorts: [number, number, number]) => {
  const total = (xs: number[]) => xs.reduce((t, x) => t + x, 0);
  return {
    cells: [
      count('group', total(values), total(cohorts), 9),
      cohort('group', total(cohorts), 9),
      ...(['a', 'b', 'c'] as const).flatMap((s, i) => [count(s, values[i]!, cohorts[i]!), cohort(s, cohorts[i]!)]),
    ],
    constraints: [
      sum('group', ['a', 'b', 'c'], 'count'),
      sum('group.cohort', ['a.cohort', 'b.cohort', 'c.cohort'], 'cohort'),
    ],
    threshold: 4,
  };
};

describe('secondary suppression that knows the bounds', () => {
  it('hides a total of 0 when one of its parts is a disclosive 0', () => {
    // a: 0 of 5 (every pupil of a small group predicted not to reach it) is primary. Shown, the
    // group's 0 would say a is 0 as well, without any subtraction. Hidden, the group lies in 0..5
    // (a ≤ its cohort 5): a is not pinned, and b's and c's 0 of 40 and 30 are shown.
    const out = gaussBoundsSuppression.suppress(group([0, 0, 0], [5, 40, 30]));
    expect([...out.suppressed].sort()).toEqual(['a', 'group']);
    expect(out.stillRecoverable).toEqual([]);
  });

  it('hides a total at 100% when one of its parts is a disclosive 100%', () => {
    // a: 5 of 5 is primary; the group's 75 of 75 would put every part at its cohort.
    const out = gaussBoundsSuppression.suppress(group([5, 40, 30], [5, 40, 30]));
    expect(out.suppressed.has('group')).toBe(true);
    expect(out.suppressed.has('a')).toBe(true);
    expect(out.stillRecoverable).toEqual([]);
  });

  it('shows a total of 0 whose parts may all be shown', () => {
    const out = gaussBoundsSuppression.suppress(group([0, 0, 0], [25, 40, 30]));
    expect([...out.suppressed]).toEqual([]);
  });
});
