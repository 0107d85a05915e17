// Issue 10, item 3: the attacker on random cities. fast-check makes small cities (random-city.ts:
// collaborative groups, schools in none, pupils with the catalogue's traits, small groups, whole
// groups reaching a measure or none); the product's own publishing code publishes each
// (publish-city.ts: the report builders and csv writers the commands use, no store); the attacker
// reads every output of the city together and ranges each hidden cell by linear and integer
// programming. A hidden cell worked out, or a small count or complement narrowed into 1–4, fails
// the test with the city's tables, the true figures beside the published ones.
//
// What the suite holds, within its time: the predictions publication (one round, city, group and
// school levels together) of 200 cities, and the attendance publication (each term, its year to
// date, every phase) of 10, schools returning 0 for a group they have no pupils in among them (a
// figure of no pupils was hidden for nothing and worked out: table-model.ts, known zeros). The
// script `attack-random-cities.ts` attacks any size of city and shrinks each kind of finding.
// Both are decided by the engine every published output uses (city-attack.ts).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SuppressionEngine } from '../../../src/disclosure/engine.js';
import { attackCity, report, type Part } from './city-attack.js';
import { cityArb, type CitySize } from './random-city.js';

/**
 * Small enough for 200 cities in about 4 s: up to 3 schools of 8 pupils, one grouping, one measure, one
 * round (a second round is a decision and a table more per city: 6–8 s; the script attacks the rounds of
 * a year together).
 */
const SMALL: CitySize = {
  maxSchools: 3,
  maxPupils: 8,
  maxGroupings: 1,
  maxMeasures: 1,
  maxRounds: 1,
  emptyGroups: true,
};
const SEED = 20261202;

async function attackAll(parts: Part[], size: CitySize, numRuns = 200, engine?: SuppressionEngine): Promise<number> {
  let ranged = 0;
  await fc.assert(
    fc.asyncProperty(cityArb(size), async (city) => {
      const attacked = await attackCity(city, parts, false, engine);
      ranged += attacked.ranged;
      // Failing, the city is published again unsuppressed, to print the truth beside the tables.
      if (attacked.findings.length > 0 || attacked.infeasible > 0)
        throw new Error(report(await attackCity(city, parts, true, engine)));
    }),
    { numRuns, seed: SEED, interruptAfterTimeLimit: 90_000 },
  );
  return ranged;
}

describe('attacker: 200 random cities', () => {
  it('recovers nothing from their predictions, every level read together', async () => {
    const ranged = await attackAll(['predictions'], SMALL);
    // The attack saw hidden cells: cities with nothing hidden would pass trivially.
    expect(ranged).toBeGreaterThan(1000);
  }, 120_000);

  // Attendance is slow to publish (each table decides its year again): fewer, smaller cities, one year of
  // two terms (each term, the year to date, every phase); the script attacks more.
  it('recovers nothing from their attendance, every term, year to date and phase read together', async () => {
    const ranged = await attackAll(['attendance'], { ...SMALL, maxYears: 1, maxTerms: 2 }, 10);
    expect(ranged).toBeGreaterThan(200);
  }, 120_000);
});

// Larger cities, where the elimination alone (gauss-bounds-engine.ts) leaves a cohort (or a group's
// enrolments) narrowed into 1–4 in about one city in a hundred: two groupings, every measure and round of
// the city's year; attendance of schools of up to 20 pupils, none returning a group it has no pupils in.
describe('attacker: larger random cities', () => {
  it('recovers nothing from their predictions, every level and round read together', async () => {
    const size: CitySize = { maxSchools: 3, maxPupils: 12, maxGroupings: 2, emptyGroups: true };
    const ranged = await attackAll(['predictions'], size, 60);
    expect(ranged).toBeGreaterThan(1000);
  }, 120_000);

  it('recovers nothing from their attendance, every term, year to date and phase of two years', async () => {
    const size: CitySize = { maxSchools: 4, maxPupils: 20, maxGroupings: 2, emptyGroups: false };
    const ranged = await attackAll(['attendance'], size, 60);
    expect(ranged).toBeGreaterThan(1000);
  }, 120_000);
});
