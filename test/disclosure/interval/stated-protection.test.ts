// The protection the interval audit states (interval-audit.ts): a reader can say of a hidden small
// count "perhaps none" or "perhaps more than a few", never "some, but few". Tables worked by hand.
import { beforeAll, describe, expect, it } from 'vitest';
import type { SuppressionEngine } from '../../../src/disclosure/engine.js';
import { intervalAuditedEngine } from '../../../src/disclosure/gauss-interval-engine.js';
import { loadLinearProgramming } from '../../../src/disclosure/interval/lp.js';
import type { SuppressionInput } from '../../../src/disclosure/types.js';
import { reasonsOf } from '../table.js';
import { allOfBoysAndGirls, boysTwoCells, cohortOfBoysAndGirls, girlsL5WithinL4 } from './boys-two-table.js';

let engine: SuppressionEngine;
beforeAll(async () => {
  engine = intervalAuditedEngine(await loadLinearProgramming());
});

// all L4 25 = boys 2 + girls 23. Girls' L5 (22) is part of their L4, their cohort 24, boys' 30.
const table: SuppressionInput = {
  cells: boysTwoCells,
  constraints: [allOfBoysAndGirls, cohortOfBoysAndGirls],
  inequalities: [girlsL5WithinL4],
  threshold: 4,
};

describe('the interval audit’s stated protection', () => {
  it('hides more where bounds narrow a small count inside 1–4', () => {
    // Boys (2) is small; the sum hides girls with it. Then girls lies in 22..24 (at least its L5,
    // at most its cohort), so boys = 25 − girls lies in 1..3: "some, but few". Hiding girls' L5
    // (the least wanted cell beside them) frees girls down to 0, and boys reaches 25.
    const out = engine.suppress(table);
    expect(reasonsOf(out)).toEqual({ boys: 'primary', girls: 'secondary', 'girls-l5': 'secondary' });
    expect(out.stillRecoverable).toEqual([]);
  });

  it('leaves a small count that may be more than a few, though it cannot be none', () => {
    // With girls' L5 hidden, girls still is at most its cohort 24, so boys is at least 1: not
    // "perhaps none". But boys may be anything from 1 to 25, past the small counts: protected, and
    // nothing more is hidden to make it reach 0 (girls' cohort stays shown).
    const out = engine.suppress(table);
    expect(out.suppressed.has('girls-cohort')).toBe(false);
  });
});
