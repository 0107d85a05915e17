// The forecast's record in fixtures/ (2011/12 to 2013/14) is what its generator makes, byte for
// byte, and shows each school's stated bias: optimistic schools over-predict, cautious ones under.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { resultsUplift, temperament } from '../../src/demo/fixture-city-bias.js';
import { historyFiles, HISTORY_YEARS } from '../../src/demo/fixture-city-history.js';

const files = historyFiles();
type Line = Record<string, string>;
const read = (path: string) => parse(files.get(path)!, { columns: true }) as Line[];

describe("the forecast's record in the fixtures", () => {
  it('is what the generator writes, file for file', async () => {
    expect(files.size).toBe(7);
    for (const [path, text] of files) expect(await readFile(join('fixtures', path), 'utf8'), path).toBe(text);
  });

  it("leans each school's results the way its stated bias says", () => {
    // All pupils, every measure, every year: Σ predicted − Σ reached, pupils.
    const lean = new Map<string, number>();
    for (const year of HISTORY_YEARS) {
      const folder = year.replace('/', '-');
      for (const l of read(`proformas/${folder}/KS2-Autumn/kingsmere-ks2-autumn-${folder}.csv`))
        if (l['pupil_group'] === 'all') lean.set(l['urn']!, (lean.get(l['urn']!) ?? 0) + Number(l['value']));
      for (const l of read(`results/${folder}/ks2-actual-results-${folder}.csv`)) {
        if (l['pupil_group'] !== 'All pupils') continue;
        const reached = Object.entries(l).filter(([k]) => k.startsWith('ks2_'));
        lean.set(l['urn']!, lean.get(l['urn']!)! - reached.reduce((s, [, v]) => s + Number(v), 0));
      }
    }
    expect(lean.size).toBe(34);
    // A lasting uplift under 0.1 pupil SDs is within a year's noise (SD 0.08): Thornbury's +0.08
    // comes out 2 pupils the other way. Every school past it leans its way.
    const clear = [...lean].filter(([urn]) => Math.abs(resultsUplift(urn)) >= 0.1);
    expect(clear).toHaveLength(24);
    for (const [urn, pupils] of clear) expect(pupils > 0, urn).toBe(temperament(urn) === 'optimistic');
  });
});
