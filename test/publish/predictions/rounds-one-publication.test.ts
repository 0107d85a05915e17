// Issue 10: the rounds of a year and key stage are one publication. A cohort is the same pupils
// in every round that prints the same number, so it is shown in all of them or in none.
import { describe, expect, it } from 'vitest';
import type { SchoolFigure } from '../../../src/aggregate/predictions/aggregate-predictions.js';
import { shippedContext } from '../../../src/domain/context.js';
import { predictionsReportFrom } from '../../../src/publish/predictions/build-predictions-report.js';
import { schoolFigure } from './school-figure.js';

const figure = schoolFigure;
const school = (urn: string, [boys, boysIn]: [number, number], [girls, girlsIn]: [number, number]) => [
  figure(urn, 'all', boys + girls, boysIn + girlsIn),
  figure(urn, 'boys', boys, boysIn),
  figure(urn, 'girls', girls, girlsIn),
];
// Autumn: 100001 has 2 boys, a small group, so a reader must not get its girls (18) by subtraction
// from its 20 pupils. Spring: 11 boys and the same 18 girls; alone, nothing in it is small.
const autumn = [...school('100001', [2, 1], [18, 14]), ...school('100002', [15, 10], [15, 10])];
const spring = [...school('100001', [11, 8], [18, 14]), ...school('100002', [15, 10], [15, 10])];
const options = { academicYear: '2014/15', keyStage: 'KS2', levels: ['school' as const], published: true };
const girlsCohort = (rows: { areaCode: string; pupilGroup: string; cohort: unknown }[]) =>
  rows.find((r) => r.areaCode === '100001' && r.pupilGroup === 'girls')!.cohort;

describe('the rounds of a year as one publication', () => {
  it("hides a cohort in every round's table that prints it", () => {
    const inputs = (figures: SchoolFigure[], other: SchoolFigure[], round: string) => ({
      figures,
      nationals: [],
      otherRounds: [{ round, figures: other }],
    });
    const context = shippedContext();
    const a = predictionsReportFrom(inputs(autumn, spring, 'Spring'), { ...options, round: 'Autumn' }, context);
    const s = predictionsReportFrom(inputs(spring, autumn, 'Autumn'), { ...options, round: 'Spring' }, context);
    const alone = predictionsReportFrom({ figures: spring, nationals: [] }, { ...options, round: 'Spring' }, context);
    expect(girlsCohort(a.rows)).toBe('c');
    expect(girlsCohort(s.rows)).toBe('c');
    // Decided alone, Spring would print the 18 Autumn withholds.
    expect(girlsCohort(alone.rows)).toBe(18);
    expect(s.withheld).toEqual(a.withheld);
  });
});
