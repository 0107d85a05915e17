// school-returns charts: SVG, PNG and CSV for each chart, one printed line per file.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, type CliRun } from '../../cli/run-cli.js';
import { FORMULA_GROUP, htmlCity, SCOPE, SMALL_SCHOOL, type HtmlCity } from './html-city.js';
import { readCsvFile } from '../../support/csv-file.js';

let city: HtmlCity;
let out: string;
let run: CliRun;

beforeAll(async () => {
  city = await htmlCity();
  out = join(city.dir, 'charts');
  run = await cli(['charts', ...SCOPE, '--term', 'Autumn', '--db', city.db, '--out', out]);
});
afterAll(() => city.cleanup());

describe('the charts command', () => {
  it('writes an SVG, a PNG and a CSV per chart, named for it, and prints one line per file', async () => {
    expect(run.code).toBe(0);
    const files = (await readdir(out)).sort();
    // And the key to the symbols the csv files use, beside them (a footnote row would be read as data).
    expect(files).toHaveLength(9 * 3 + 1);
    expect(files).toContain('symbols.txt');
    expect(files).toContain('ks2-2014-15-autumn-gap-by-pupil-group.svg');
    expect(files).toContain('ks2-2014-15-autumn-gap-by-pupil-group.png');
    expect(files).toContain('ks2-2014-15-autumn-gap-by-pupil-group.csv');
    expect(files).toContain('attendance-2014-15-autumn-trend.csv');
    expect(run.out.map((l) => l.slice(out.length + 1)).sort()).toEqual(files);
    expect(files.filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('writes real SVG and PNG files', async () => {
    const svg = await readFile(join(out, 'ks2-2014-15-autumn-gap-by-pupil-group.svg'), 'utf8');
    expect(svg).toMatch(/^<svg/);
    const png = await readFile(join(out, 'ks2-2014-15-autumn-gap-by-pupil-group.png'));
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  });

  it('writes the numbers as CSV: text from outside neutralised, numbers as numbers', async () => {
    const text = await readCsvFile(join(out, 'ks2-2014-15-autumn-gap-by-group-all.csv'));
    expect(text).toContain(`'${FORMULA_GROUP}`);
    // =SUM(1+1): (30 + 8 + 35) / (40 + 10 + 45) = 76.8%, 3.2 points below national: a number, not text.
    expect(text).toMatch(/,-3.2\n/);
    const rows = parse(text, { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r['Collaborative group'])).toEqual([`'${FORMULA_GROUP}`, 'North']);
  });

  it('does not write a chart whose every figure is suppressed, and says why', async () => {
    // With 20 as the small-count threshold, every school's disadvantaged count (14, 5, 7, 1, 9) is suppressed.
    const run = await cli([
      'charts',
      ...SCOPE,
      '--published',
      '--threshold',
      '20',
      '--db',
      city.db,
      '--out',
      join(city.dir, 'all-suppressed'),
    ]);
    expect(run.err).toContain(
      'ks2-2014-15-autumn-gap-by-school-disadv: not drawn; every figure is suppressed (c) or not available (x), so there is nothing to draw.',
    );
    expect(run.out.filter((l) => l.includes('gap-by-school-disadv'))).toEqual([]);
  });

  it('writes c for a suppressed figure with --published', async () => {
    const published = join(city.dir, 'published-charts');
    const run = await cli(['charts', ...SCOPE, '--published', '--db', city.db, '--out', published]);
    expect(run.code).toBe(0);
    expect(run.err).toEqual([]);
    const rows = parse(await readCsvFile(join(published, 'ks2-2014-15-autumn-gap-by-school-all.csv')), {
      columns: true,
    }) as Record<string, string>[];
    const cedar = rows.find((r) => r['School'] === SMALL_SCHOOL.name)!;
    expect(Object.values(cedar).filter((v) => v === 'c')).toHaveLength(2);
    expect(rows.find((r) => r['School'] === 'Damson Primary')!['Gap to national (percentage points)']).toBe('-2.2');
  });

  it('names a chart for its measure when it is not the headline one, and refuses one from another framework', async () => {
    const reading = join(city.dir, 'reading');
    const ok = await cli(['charts', ...SCOPE, '--measure', 'Reading L4+', '--db', city.db, '--out', reading]);
    expect(ok.code).toBe(0);
    expect(ok.out).toContain(join(reading, 'ks2-2014-15-autumn-ks2-read-l4-gap-by-pupil-group.svg'));
    const wrong = await cli(['charts', ...SCOPE, '--measure', 'ks2_rwm_exs', '--db', city.db, '--out', reading]);
    expect(wrong.code).toBe(2);
    expect(wrong.err[0]).toMatch(
      /^school-returns: --measure "ks2_rwm_exs" is not a KS2 measure in 2014\/15: one of ks2_rwm_l4, /,
    );
  });

  it('says so, and writes nothing, when the store has no returns for the round', async () => {
    const none = await cli([
      'charts',
      '--year',
      '2014/15',
      '--key-stage',
      'KS1',
      '--round',
      'Autumn',
      '--db',
      city.db,
      '--out',
      join(city.dir, 'none'),
    ]);
    expect(none.code).toBe(1);
    expect(none.err).toEqual(['school-returns: No accepted KS1 Autumn returns for 2014/15 in the store.']);
  });
});
