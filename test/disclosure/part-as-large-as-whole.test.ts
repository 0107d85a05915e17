// Issue 10, the attacker's "determined" findings in the demo: a school whose SEN pupils are all on
// SEN support prints no sen_ehcp rows, so sen and sen_support are the same pupils, and a reader who
// sees one's count knows the other's. The decision's model must say so (grouping-bounds.ts).
// Worked by hand, RWM L5, two schools, no sen_ehcp rows:
//   s1: sen 14 (count 0), sen_support 14 (count 0): the same 14 pupils, sen = sen_support
//   s2: sen 14 (count 6), sen_support 10 (count 5): 4 others, so only sen_support ≤ sen
import { describe, expect, it } from 'vitest';
import { aggregatePredictions, type SchoolFigure } from '../../src/aggregate/predictions/aggregate-predictions.js';
import { catalogue } from '../../src/domain/catalogue.js';
import { shippedContext } from '../../src/domain/context.js';
import type { SuppressionEngine } from '../../src/disclosure/engine.js';
import { gaussBoundsSuppression } from '../../src/disclosure/gauss-bounds-engine.js';
import { recoverableCells } from '../../src/disclosure/recoverable.js';
import { suppressPredictions } from '../../src/disclosure/suppress-predictions.js';
import type { SuppressionInput } from '../../src/disclosure/types.js';

const measure = 'ks2_rwm_l5';
const figure = (urn: string, pupilGroup: string, cohort: number, value: number): SchoolFigure => ({
  urn,
  schoolName: urn,
  pupilGroup,
  cohort,
  measure,
  value,
});
const schoolFigures = [
  ...[figure('s1', 'all', 30, 10), figure('s1', 'sen', 14, 0), figure('s1', 'sen_support', 14, 0)],
  ...[figure('s2', 'all', 30, 12), figure('s2', 'sen', 14, 6), figure('s2', 'sen_support', 10, 5)],
];
const figures = aggregatePredictions(schoolFigures, (m) => catalogue().measure(m).kind, { code: '874', name: 'City' }, [
  'school',
]);
// The engine is handed the model; this one keeps it for the test.
let table: SuppressionInput | undefined;
const keeping: SuppressionEngine = {
  name: gaussBoundsSuppression.name,
  suppress: (input) => ((table = input), gaussBoundsSuppression.suppress(input)),
};
const suppression = suppressPredictions(figures, schoolFigures, 4, shippedContext(), keeping);
const count = (urn: string, group: string) => `|${measure}|school|${urn}|${group}`;
const hidden = (urn: string, group: string) =>
  suppression.countHidden(figures.find((f) => f.areaCode === urn && f.pupilGroup === group)!);

describe('a part as large as its whole, its other part not printed', () => {
  it("states s1's sen_support count as its sen count, and s2's as at most it", () => {
    expect(table!.constraints).toContainEqual({
      quantity: measure,
      whole: count('s1', 'sen'),
      parts: [count('s1', 'sen_support')],
    });
    expect(table!.inequalities).toContainEqual({ whole: count('s2', 'sen'), parts: [count('s2', 'sen_support')] });
    expect(table!.constraints.some((c) => c.whole === count('s2', 'sen'))).toBe(false);
  });

  it("gives s1's sen_support count away were it hidden with its sen count shown", () => {
    const alone = new Set([count('s1', 'sen_support')]);
    expect(recoverableCells(table!.cells, table!.constraints, alone)).toEqual([count('s1', 'sen_support')]);
  });

  it('hides the two together or neither', () => {
    for (const urn of ['s1', 's2']) expect(hidden(urn, 'sen_support'), urn).toBe(hidden(urn, 'sen'));
  });
});
