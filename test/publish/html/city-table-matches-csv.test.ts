// The HTML's tables show the same figures as the CSV report for the same rows, at every level.
import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../../cli/run-cli.js';
import { areaCells, section, sameFigure, unquoted } from './read-html.js';
import { htmlCity, reportHtml, SCOPE, type HtmlCity } from './html-city.js';

let city: HtmlCity;

beforeAll(async () => {
  city = await htmlCity();
});
afterAll(() => city.cleanup());

async function csvRows(...extra: string[]) {
  const run = await cli(['report', 'predictions', ...SCOPE, '--db', city.db, ...extra]);
  expect(run.code).toBe(0);
  return parse(run.out.join('\n'), { columns: true }) as Record<string, string>[];
}

describe('the city table and the CSV report', () => {
  it('agree on every rate and gap of the city', async () => {
    const { path } = await reportHtml(city, 'city.html');
    const cells = areaCells(section(await readFile(path, 'utf8'), 'city'));
    const rows = await csvRows('--level', 'city');
    expect(rows.length).toBe(12);
    for (const r of rows) {
      const at = (quantity: string) =>
        cells.find((c) => c.group === r['pupil_group'] && c.measure === r['measure'] && c.quantity === quantity)?.text;
      expect(sameFigure(at('rate') ?? '?', r['rate']!), `${r['pupil_group']} ${r['measure']} rate`).toBe(true);
      expect(
        sameFigure((at('gap') ?? '?').replace(/^\+/, ''), r['gap_to_national']!),
        `${r['pupil_group']} ${r['measure']} gap`,
      ).toBe(true);
    }
    // Worked by hand: (46 + 20 + 30 + 8 + 35) / (58 + 30 + 40 + 10 + 45) = 139 / 183 = 75.96% → 76.0; national 80 → −4.0.
    expect(cells.find((c) => c.group === 'all' && c.measure === 'ks2_rwm_l4' && c.quantity === 'rate')?.text).toBe(
      '76.0',
    );
    expect(cells.find((c) => c.group === 'all' && c.measure === 'ks2_rwm_l4' && c.quantity === 'gap')?.text).toBe(
      '-4.0',
    );
  });

  it('agree on every cohort, rate and gap of every group and school', async () => {
    const { path } = await reportHtml(city, 'all.html');
    const cells = areaCells(await readFile(path, 'utf8'));
    const rows = await csvRows('--level', 'city,group,school');
    for (const r of rows) {
      const at = (quantity: string, measure?: string) =>
        cells.find(
          (c) =>
            c.level === r['level'] &&
            c.area === unquoted(r['area_code']) &&
            c.group === r['pupil_group'] &&
            c.measure === measure &&
            c.quantity === quantity,
        )?.text;
      expect(
        sameFigure(at('rate', r['measure']) ?? '?', r['rate']!),
        `${r['area_name']} ${r['pupil_group']} ${r['measure']}`,
      ).toBe(true);
      expect(sameFigure((at('gap', r['measure']) ?? '?').replace(/^\+/, ''), r['gap_to_national']!)).toBe(true);
    }
    expect(new Set(cells.map((c) => `${c.level}|${c.area}`)).size).toBe(1 + 2 + 5);
  });
});
