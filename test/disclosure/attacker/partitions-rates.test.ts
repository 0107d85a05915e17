// The attacker on pupil-group partitions and shown rates, worked by hand.
import { describe, expect, it } from 'vitest';
import { attackTexts, boysGirls, countOf, predictionsCsv, schoolCohortOf, senOfAll, structureOf } from './hand-made.js';

describe('attacker: partitions', () => {
  it('recovers boys from all = boys + girls with girls shown', async () => {
    const csv = predictionsCsv([
      ['school', '110001', 'all', '30', '20', '66.7'],
      ['school', '110001', 'boys', '14', 'c', 'c'],
      ['school', '110001', 'girls', '16', '11', '68.8'],
    ]);
    const { byId } = await attackTexts({ 'p.csv': csv }, structureOf([boysGirls]));
    expect(byId.get(countOf('school', '110001', 'boys'))?.range).toMatchObject({ min: 9, max: 9 });
  });

  it('uses only Σ parts ≤ whole where a part is not printed', async () => {
    // No girls row: boys ≤ all is all that is known, so boys is anywhere in 0–14.
    const csv = predictionsCsv([
      ['school', '110001', 'all', '30', '20', '66.7'],
      ['school', '110001', 'boys', '14', 'c', 'c'],
    ]);
    const { result } = await attackTexts({ 'p.csv': csv }, structureOf([boysGirls]));
    expect(result.ranges.get(countOf('school', '110001', 'boys'))).toMatchObject({ min: 0 });
    expect(result.findings).toEqual([]);
  });
});

describe('attacker: rates', () => {
  it('pins a count from a rate shown to one decimal: 51.7% of 60 is 31', async () => {
    const csv = predictionsCsv([['school', '110001', 'all', '60', 'c', '51.7']]);
    const { byId } = await attackTexts({ 'p.csv': csv }, structureOf([]));
    expect(byId.get(countOf('school', '110001', 'all'))?.range).toMatchObject({ min: 31, max: 31 });
  });

  it('pins a count from national + gap where the rate is hidden: 80 − 65.7 = 14.3% of 7 is 1', async () => {
    const csv = predictionsCsv([['school', '110001', 'all', '7', 'c', 'c', '80', '-65.7']]);
    const { byId } = await attackTexts({ 'p.csv': csv }, structureOf([]));
    expect(byId.get(countOf('school', '110001', 'all'))?.range).toMatchObject({ min: 1, max: 1 });
  });

  it('pins the complement of a group of 3 shown at 100% to 0', async () => {
    const csv = predictionsCsv([['school', '110001', 'all', '3', 'c', '100']]);
    const { byId } = await attackTexts({ 'p.csv': csv }, structureOf([]));
    expect(byId.get(countOf('school', '110001', 'all'))).toMatchObject({
      kinds: ['determined', 'complement determined'],
      range: { min: 3, max: 3 },
      complement: { min: 0, max: 0 },
    });
  });

  it('pins the complement to 0 when a small group is 100% though neither its cohort nor count is known', async () => {
    // SEN is at most all pupils (8): cohort and count are both anywhere in 0–8, but equal.
    const csv = predictionsCsv([
      ['school', '110001', 'all', '8', '6', '75'],
      ['school', '110001', 'sen', 'c', 'c', '100'],
    ]);
    const { byId } = await attackTexts({ 'p.csv': csv }, structureOf([senOfAll]));
    const sen = byId.get(countOf('school', '110001', 'sen'));
    expect(sen?.kinds).toEqual(['complement determined']);
    expect(sen?.complement).toMatchObject({ min: 0, max: 0 });
    expect(sen?.range).toMatchObject({ min: 0 });
  });

  it('needs integer programming where the LP relaxation leaves a cohort anywhere in 0–5', async () => {
    // Boys at 33.3% need a cohort of 3 (or 0), girls at 50% an even one, and they make 5: 3 + 2.
    const csv = predictionsCsv([
      ['school', '110001', 'all', '5', 'c', 'c'],
      ['school', '110001', 'boys', 'c', 'c', '33.3'],
      ['school', '110001', 'girls', 'c', 'c', '50'],
    ]);
    const { byId } = await attackTexts({ 'p.csv': csv }, structureOf([boysGirls]));
    expect(byId.get(schoolCohortOf('110001', 'boys'))?.range).toMatchObject({ min: 3, max: 3, by: 'mip' });
    expect(byId.get(countOf('school', '110001', 'boys'))?.range).toMatchObject({ min: 1, max: 1 });
  });
});
