// Issue 10, item 3: the attacker on random cities. fast-check makes small cities (random-city.ts:
// collaborative groups, schools in none, pupils with the catalogue's traits, small groups, whole
// groups reaching a measure or none); the product's own publishing code publishes each
// (publish-city.ts: the report builders and csv writers the commands use, no store); the attacker
// reads every output of the city together and ranges each hidden cell by linear and integer
// programming. A hidden cell worked out, or a small count or complement narrowed into 1–4, fails
// the test with the city's tables, the true figures beside the published ones.
//
// What the suite holds is what the engine passes today, within the suite's time: the predictions
// publication (one round, city, group and school levels together) of cities whose schools leave
// out a pupil group they have no pupils in. Not yet here, since the engine fails them (see
// `attack-random-cities.ts`, which attacks any size of city and shrinks each kind of finding):
// schools returning 0 for an empty group (its count is hidden beside a cohort printed as 0), and
// attendance (persistent absentees worked out across terms, years to date and phases); attendance
// is also slow to publish, each table deciding its whole year again.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
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
  emptyGroups: false,
};
const SEED = 20261202;

async function attackAll(parts: Part[], size: CitySize): Promise<number> {
  let ranged = 0;
  await fc.assert(
    fc.asyncProperty(cityArb(size), async (city) => {
      const attacked = await attackCity(city, parts);
      ranged += attacked.ranged;
      // Failing, the city is published again unsuppressed, to print the truth beside the tables.
      if (attacked.findings.length > 0 || attacked.infeasible > 0)
        throw new Error(report(await attackCity(city, parts, true)));
    }),
    { numRuns: 200, seed: SEED, interruptAfterTimeLimit: 90_000 },
  );
  return ranged;
}

describe('attacker: 200 random cities', () => {
  it('recovers nothing from their predictions, every level read together', async () => {
    const ranged = await attackAll(['predictions'], SMALL);
    // The attack saw hidden cells: cities with nothing hidden would pass trivially.
    expect(ranged).toBeGreaterThan(1000);
  }, 120_000);
});
