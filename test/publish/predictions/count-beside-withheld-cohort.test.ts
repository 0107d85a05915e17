// Issue 10, item 1: a count is its own cell, so it is printed wherever the decision shows it, also
// beside a cohort the decision withholds (its rate and gap, made from the cohort, are withheld).
// The engines withhold a count with its cohort unless what is published already gives it
// (gauss-secondary.ts); printed as c all the same, such a count is one a reader works out while the
// table says it is hidden (the attacker's "determined" findings in the demo). An engine that
// withholds exactly the cohort of 100001's pupils puts the decision in the test's hands.
import { describe, expect, it } from 'vitest';
import type { SuppressionEngine } from '../../../src/disclosure/engine.js';
import { shippedContext } from '../../../src/domain/context.js';
import { predictionsReportFrom } from '../../../src/publish/predictions/build-predictions-report.js';
import { schoolFigure } from './school-figure.js';

const figure = (urn: string, cohort: number, value: number) => schoolFigure(urn, 'all', cohort, value);
const withholdingCohortOf = (urn: string): SuppressionEngine => ({
  name: 'withholds one school cohort',
  suppress: (table) => {
    const ids = table.cells.filter((c) => c.id.startsWith(`cohort|school|${urn}|all|`)).map((c) => c.id);
    return { suppressed: new Set(ids), reasons: new Map(ids.map((id) => [id, 'secondary'])), stillRecoverable: [] };
  },
});
const options = { academicYear: '2014/15', keyStage: 'KS2', round: 'Autumn', levels: ['school' as const] };
const nationals = [{ academicYear: '2014/15', measure: 'ks2_rwm_l4', pupilGroup: 'all', value: 80 }];

describe('a count shown beside a withheld cohort', () => {
  // 100001: 30 of 40 (75.0%, gap -5.0) with its cohort withheld; 100002: 45 of 60 (75.0%) shown.
  const figures = [figure('100001', 40, 30), figure('100002', 60, 45)];
  const context = shippedContext();
  const report = predictionsReportFrom(
    { figures, nationals },
    { ...options, published: true },
    context,
    withholdingCohortOf('100001'),
  );
  const row = (urn: string) => report.rows.find((r) => r.areaCode === urn);

  it('prints the count the decision shows, and withholds the rate and gap', () => {
    expect(row('100001')).toMatchObject({ cohort: 'c', count: 30, rate: 'c', gapToNational: 'c' });
  });

  it('prints the other school in full', () => {
    expect(row('100002')).toMatchObject({ cohort: 60, count: 45, rate: 75, gapToNational: -5 });
  });
});
