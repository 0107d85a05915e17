// The attacker on area sums: city = Σ schools, worked by hand.
import { describe, expect, it } from 'vitest';
import { attackTexts, countOf, predictionsCsv, structureOf } from './hand-made.js';

const none = structureOf([]);

describe('attacker: area sums', () => {
  it('recovers the one hidden school beside a city total and two shown schools', async () => {
    const csv = predictionsCsv([
      ['city', '874', 'all', '60', '30', '50'],
      ['school', '110001', 'all', '20', '10', '50'],
      ['school', '110002', 'all', '20', '12', '60'],
      ['school', '110003', 'all', '20', 'c', 'c'],
    ]);
    const { byId } = await attackTexts({ 'p.csv': csv }, none);
    expect(byId.get(countOf('school', '110003', 'all'))).toMatchObject({
      kinds: ['determined'],
      range: { min: 8, max: 8 },
    });
  });

  it('narrows two hidden schools of 3 pupils each sharing 5 into 2–3, without determining either', async () => {
    // B + C = 25 − 20 = 5 and each is at most its cohort of 3, so each is 2 or 3.
    const csv = predictionsCsv([
      ['city', '874', 'all', '26', '25', '96.2'],
      ['school', '110001', 'all', '20', '20', '100'],
      ['school', '110002', 'all', '3', 'c', 'c'],
      ['school', '110003', 'all', '3', 'c', 'c'],
    ]);
    const { byId } = await attackTexts({ 'p.csv': csv }, none);
    for (const urn of ['110002', '110003'])
      expect(byId.get(countOf('school', urn, 'all'))).toMatchObject({
        kinds: ['narrowed into 1–4'],
        range: { min: 2, max: 3 },
        complement: { min: 0, max: 1 },
      });
  });

  it('finds nothing where two hidden schools share 10 between cohorts of 20', async () => {
    const csv = predictionsCsv([
      ['city', '874', 'all', '60', '20', '33.3'],
      ['school', '110001', 'all', '20', '10', '50'],
      ['school', '110002', 'all', '20', 'c', 'c'],
      ['school', '110003', 'all', '20', 'c', 'c'],
    ]);
    const { result } = await attackTexts({ 'p.csv': csv }, none);
    expect(result.findings).toEqual([]);
    expect(result.ranges.get(countOf('school', '110002', 'all'))).toMatchObject({ min: 0 });
  });

  it('sums a collaborative group over its own schools only', async () => {
    const csv = predictionsCsv([
      ['group', 'North', 'all', '40', '25', '62.5'],
      ['school', '110001', 'all', '20', '15', '75'],
      ['school', '110002', 'all', '20', 'c', 'c'],
      ['school', '110003', 'all', '20', 'c', 'c'],
    ]);
    const groups = { '110001': 'North', '110002': 'North', '110003': 'South' };
    const { byId } = await attackTexts({ 'p.csv': csv }, structureOf([], groups));
    expect(byId.get(countOf('school', '110002', 'all'))?.range).toMatchObject({ min: 10, max: 10 });
    expect(byId.has(countOf('school', '110003', 'all'))).toBe(false);
  });
});
