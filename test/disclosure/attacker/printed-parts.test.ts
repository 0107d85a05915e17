// What a part not printed, or a total of 0, gives away in attendance (issue 10), on two cities fast-check
// shrank to. First, a partition with a part not printed: a school with no pupils on SEN support
// prints sen and sen_ehcp only. Its five SEN pupils all have an EHC plan, so sen's figures are
// sen_ehcp's, and a reader who sees sen's persistent absentees (0) knows sen_ehcp's. The publication
// once stated no relation between them where a part was missing, and hid one while showing the other.
import { describe, expect, it } from 'vitest';
import { attackCity, report } from './city-attack.js';
import type { City, CitySchool, Pupil } from './random-city.js';

// Traits in GROUPINGS' order; sen (the fourth) 2 is an EHC plan. Nobody is absent.
const pupil = (sen: number): Pupil => ({
  traits: [0, 0, 0, sen, 0, 0, 0],
  scores: [0, 0, 0],
  absence: [0, 0, 0, 0, 0, 0],
});
// Disadvantage (the second trait) 0 is disadvantaged.
const disadvantaged = (trait: number): Pupil => ({ ...pupil(0), traits: [0, trait, 0, 0, 0, 0, 0] });
const school = (phase: CitySchool['phase'], pupils: Pupil[], returned: boolean[]): CitySchool => ({
  phase,
  pupils,
  reach: [
    [0, 0, 0],
    [0, 0, 0],
    [0, 0, 0],
  ],
  absentBelow: [0, 0, 0, 0, 0, 0],
  returned,
  returnsEmptyGroups: false,
});

// The city fast-check shrank to (attack-random-cities.ts, seed 20261202): a primary of five pupils on EHC
// plans and a secondary of five, one of them on a plan; the secondary's one is withheld, and with it
// the primary's sen_ehcp, so that the city's 6 does not give it away.
const city: City = {
  groups: 1,
  groupings: ['sen'],
  measures: 1,
  rounds: 1,
  years: 1,
  terms: 2,
  schools: [
    school('primary', [2, 2, 2, 2, 2].map(pupil), [true, false, true, false, true, false]),
    school('secondary', [0, 0, 0, 0, 2].map(pupil), [false, false, true, false, true, false]),
  ],
};

// Another it shrank to: a school's 10 pupils, none persistently absent, all = disadv + nondisadv, both
// groups of 5 withheld whole (their rolls protect the other school's), so their absentees are printed
// `c`, yet all's 0 gives them. The decision shows them, so they are printed beside the withheld rolls.
const zeroTotal: City = {
  groups: 1,
  groupings: ['disadvantage'],
  measures: 1,
  rounds: 1,
  years: 1,
  terms: 1,
  schools: [
    school('primary', [0, 0, 0, 0, 1].map(disadvantaged), [false, false, false, true, false, true]),
    school('primary', [1, 1, 0, 1, 1, 0, 0, 0, 1, 0].map(disadvantaged), [true, true, false, true, false, true]),
  ],
};

describe('attacker: what a part or a total gives away', () => {
  it("recovers no sen_ehcp count from sen's, when sen's pupils are all on EHC plans", async () => {
    const attacked = await attackCity(city, ['attendance'], true);
    expect(attacked.ranged).toBeGreaterThan(0);
    expect(attacked.findings, report(attacked)).toEqual([]);
  });

  it("recovers no group's absentees, printed beside its withheld roll, from all's total of 0", async () => {
    const attacked = await attackCity(zeroTotal, ['attendance'], true);
    expect(attacked.ranged).toBeGreaterThan(0);
    expect(attacked.findings, report(attacked)).toEqual([]);
  });
});
