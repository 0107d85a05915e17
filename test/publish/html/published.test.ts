// --published: tables and charts come from the one report built with published: true, so a
// small group shows c everywhere and its value is nowhere in the page.
import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../../cli/run-cli.js';
import { areaCells, figures, sameFigure, unquoted } from './read-html.js';
import { htmlCity, reportHtml, SCOPE, SMALL_SCHOOL, type HtmlCity } from './html-city.js';

let city: HtmlCity;
let page: string;
let open: string;

/** The value as a number anywhere in text, not as part of a longer one. */
const containsNumber = (text: string, value: string) =>
  new RegExp(`(?<![\\d.])[-−]?${value.replace('-', '').replace('.', '\\.')}(?![\\d])`).test(text);

beforeAll(async () => {
  city = await htmlCity();
  page = await readFile((await reportHtml(city, 'published.html', '--term', 'Autumn', '--published')).path, 'utf8');
  open = await readFile((await reportHtml(city, 'open.html', '--term', 'Autumn')).path, 'utf8');
});
afterAll(() => city.cleanup());

describe('the published HTML report', () => {
  it('says it is for publication, and the unpublished one says it is not', () => {
    expect(page).toContain('<strong>For publication.</strong>');
    expect(open).toContain('<strong>Not for publication.</strong>');
  });

  it("shows c for the small group's rate and gap where the unpublished report shows its value", () => {
    const cell = (html: string, quantity: string) =>
      areaCells(html).find(
        (c) =>
          c.level === 'school' &&
          c.area === SMALL_SCHOOL.urn &&
          c.group === 'disadv' &&
          c.measure === 'ks2_rwm_l4' &&
          c.quantity === quantity,
      )?.text;
    expect([cell(open, 'rate'), cell(open, 'gap')]).toEqual([
      SMALL_SCHOOL.disadvantagedRate,
      SMALL_SCHOOL.disadvantagedGap,
    ]);
    expect([cell(page, 'rate'), cell(page, 'gap')]).toEqual(['c', 'c']);
  });

  it("never shows the small group's value: not in a table, a chart's numbers or its drawing", () => {
    expect(containsNumber(open, SMALL_SCHOOL.disadvantagedRate)).toBe(true);
    expect(containsNumber(page, SMALL_SCHOOL.disadvantagedRate)).toBe(false);
    expect(containsNumber(page, SMALL_SCHOOL.disadvantagedGap)).toBe(false);
  });

  it('shows c for a suppressed school in a school chart, in its numbers and on the drawing, and draws the others', () => {
    const chart = figures(page).find((f) => f.slug.endsWith('gap-by-school-all'))!;
    const row = chart.rows.find((r) => r[0] === SMALL_SCHOOL.name)!;
    expect([row.at(-3), row.at(-1)]).toEqual(['c', 'c']);
    expect(chart.svg).toContain('>c</text>');
    expect(chart.rows.find((r) => r[0] === 'Damson Primary')?.at(-1)).toBe('-2.2');
  });

  it("shows exactly the published CSV's figures in every table, c for c", async () => {
    const run = await cli([
      'report',
      'predictions',
      ...SCOPE,
      '--db',
      city.db,
      '--level',
      'city,group,school',
      '--published',
    ]);
    const rows = parse(run.out.join('\n'), { columns: true }) as Record<string, string>[];
    const cells = areaCells(page);
    expect(rows.some((r) => r['rate'] === 'c')).toBe(true);
    for (const r of rows) {
      const at = (quantity: string) =>
        cells.find(
          (c) =>
            c.level === r['level'] &&
            c.area === unquoted(r['area_code']) &&
            c.group === r['pupil_group'] &&
            c.measure === r['measure'] &&
            c.quantity === quantity,
        )?.text ?? '?';
      expect(sameFigure(at('rate'), r['rate']!), `${r['area_name']} ${r['pupil_group']} ${r['measure']}`).toBe(true);
      expect(sameFigure(at('gap').replace(/^\+/, ''), r['gap_to_national']!)).toBe(true);
    }
  });

  it('draws no figure in a chart that its table row hides: every school chart row matches the published CSV of all levels', async () => {
    // Suppression protects every table published together, so the HTML matches the CSV of city, groups and schools at once.
    const run = await cli([
      'report',
      'predictions',
      ...SCOPE,
      '--db',
      city.db,
      '--level',
      'city,group,school',
      '--published',
    ]);
    const rows = parse(run.out.join('\n'), { columns: true }) as Record<string, string>[];
    for (const chart of figures(page).filter((f) => f.slug.includes('gap-by-school'))) {
      const group = chart.slug.endsWith('disadv') ? 'disadv' : 'all';
      for (const row of chart.rows.slice(1)) {
        const csv = rows.find(
          (r) =>
            r['level'] === 'school' &&
            unquoted(r['area_name']) === row[0] &&
            r['pupil_group'] === group &&
            r['measure'] === 'ks2_rwm_l4',
        )!;
        expect(sameFigure(row.at(-3)!, csv['rate']!), `${chart.slug} ${row[0]}`).toBe(true);
        expect(sameFigure(row.at(-1)!, csv['gap_to_national']!), `${chart.slug} ${row[0]}`).toBe(true);
      }
    }
  });

  it('draws the disadvantaged chart with the small school shown as c, not as its figure', () => {
    // Cedar's 1 of 3 is a small count; the other schools' groups are larger than 10 pupils or their counts above 4.
    const chart = figures(page).find((f) => f.slug === 'ks2-2014-15-autumn-gap-by-school-disadv')!;
    const cedar = chart.rows.find((r) => r[0] === SMALL_SCHOOL.name)!;
    expect(cedar.slice(1).filter((v) => v === 'c').length).toBeGreaterThan(0);
    expect(page).not.toContain(SMALL_SCHOOL.disadvantagedRate);
  });

  it("names refusals by their rule, not their sentence, which may quote a school's figures", () => {
    expect(open).toContain('RWM L4+ for All pupils is 85 but the cohort is 30');
    expect(page).not.toContain('RWM L4+ for All pupils is 85');
    expect(page).toContain('Refused under rule');
  });
});
