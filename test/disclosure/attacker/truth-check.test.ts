// Judging the attack with the truth: a range that misses the true value and a weak range are told.
import { describe, expect, it } from 'vitest';
import { readPublication } from './attack.js';
import { attackTexts, boysGirls, countOf, predictionsCsv, structureOf } from './hand-made.js';
import { checkWithTruth, truthValues } from './truth-check.js';

describe('attacker: judged against the truth', () => {
  it('calls a finding false where the true figures break the partition it rests on', async () => {
    // Published: all 10, girls 6, so boys "must" be 4; but the return said boys 5 (a queried return).
    const s = structureOf([boysGirls]);
    const published = predictionsCsv([
      ['school', '110001', 'all', '20', '10'],
      ['school', '110001', 'boys', '10', 'c'],
      ['school', '110001', 'girls', '10', '6'],
    ]);
    const internal = published.replace(',boys,ks2_rwm_l4,10,c,', ',boys,ks2_rwm_l4,10,5,');
    const { pub, result } = await attackTexts({ 'p.csv': published }, s);
    const truth = truthValues(readPublication([{ name: 'p.csv', text: internal }], s));
    const check = checkWithTruth(pub, result, truth, s);
    expect(check.falseFindings.map((f) => f.id)).toEqual([countOf('school', '110001', 'boys')]);
    expect([...check.broken]).toEqual([['KS2 count: all = boys + girls', 1]]);
  });

  it('tells a hidden count of 2 whose range stops at 4 as not protected', async () => {
    const s = structureOf([]);
    const published = predictionsCsv([
      ['city', '874', 'all', '40', '24'],
      ['school', '110001', 'all', '20', '20'],
      ['school', '110002', 'all', '10', 'c'],
      ['school', '110003', 'all', '10', 'c'],
    ]);
    const internal = published.replace(
      '110002,2014/15,KS2,Autumn,all,ks2_rwm_l4,10,c',
      '110002,2014/15,KS2,Autumn,all,ks2_rwm_l4,10,2',
    );
    const { pub, result } = await attackTexts({ 'p.csv': published }, s);
    const truth = truthValues(readPublication([{ name: 'p.csv', text: internal }], s));
    const check = checkWithTruth(pub, result, truth, s);
    expect(result.findings).toEqual([]);
    expect(check.weak).toEqual([
      { id: countOf('school', '110002', 'all'), truth: 2, min: 0, max: 4, why: 'range within 0–4' },
    ]);
  });
});
