// Every chart of the report is in the page as inline SVG, with its numbers beside it.
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { figures, section, type Figure } from './read-html.js';
import { htmlCity, reportHtml, type HtmlCity } from './html-city.js';

let city: HtmlCity;
let page: string;
let all: Figure[];

const PREDICTION_CHARTS = [
  'ks2-2014-15-autumn-gap-by-pupil-group',
  'ks2-2014-15-autumn-disadvantage-gap',
  'ks2-2014-15-autumn-gap-by-group-all',
  'ks2-2014-15-autumn-gap-by-group-disadv',
  'ks2-2014-15-autumn-gap-by-school-all',
  'ks2-2014-15-autumn-gap-by-school-disadv',
];
const ATTENDANCE_CHARTS = [
  'attendance-2014-15-autumn-rank-overall',
  'attendance-2014-15-autumn-rank-persistent',
  'attendance-2014-15-autumn-trend',
];

beforeAll(async () => {
  city = await htmlCity();
  const { path } = await reportHtml(city, 'charts.html', '--term', 'Autumn');
  page = await readFile(path, 'utf8');
  all = figures(page);
});
afterAll(() => city.cleanup());

describe('charts in the HTML report', () => {
  it("has the city's and groups' charts in the paper's sections, every school's in the appendix's", () => {
    expect(figures(section(page, 'charts')).map((f) => f.slug)).toEqual(PREDICTION_CHARTS.slice(0, 4));
    expect(figures(section(page, 'school-charts')).map((f) => f.slug)).toEqual(PREDICTION_CHARTS.slice(4));
    expect(figures(section(page, 'attendance')).map((f) => f.slug)).toEqual(ATTENDANCE_CHARTS.slice(2));
    expect(figures(section(page, 'attendance-schools')).map((f) => f.slug)).toEqual(ATTENDANCE_CHARTS.slice(0, 2));
  });

  it('draws each as inline <svg> with marks in it', () => {
    for (const f of all) {
      expect(f.svg, f.slug).toMatch(/^<svg\b/);
      expect(f.svg, f.slug).toMatch(/class="mark-(rect|symbol|line) role-mark[^"]*"/);
    }
  });

  it("colours the city's target rating as domain.md does, beside its words", () => {
    // The city is on track for its 4.5% target (how a rating is reached is tested in
    // test/aggregate/attendance/target-rating.test.ts); on track is light green.
    // The html writer keys the target's cell by its area and fills the rating in its colour inline.
    expect(section(page, 'attendance')).toMatch(
      new RegExp(
        '<td class="num" data-level="city" data-area="[^"]*">4\\.5</td>' +
          '<td class="rating-light-green" style="background: #A6DBA0; color: #1A1A1A">On track</td>',
      ),
    );
    expect(page).toMatch(/td\.rating-light-green \{ background: #A6DBA0; color: #1A1A1A; \}/);
  });

  it('puts the numbers behind each chart in a visible table, not a folded one', () => {
    for (const f of all) expect(f.rows.length, f.slug).toBeGreaterThan(1);
    expect(page).not.toMatch(/<details/);
  });

  it('draws the disadvantage gap over every round the store has for KS2', () => {
    const gap = all.find((f) => f.slug.endsWith('disadvantage-gap'))!;
    expect(gap.rows.slice(1).map((r) => r[0])).toEqual(['2013/14 Autumn', '2014/15 Autumn', '2014/15 Spring']);
    // 2014/15 Autumn: (14 + 5 + 7 + 1 + 9) / (21 + 10 + 12 + 3 + 15) = 36 / 61 = 59.0%; other pupils nationally 85 → −26.0.
    expect(gap.rows[2]).toEqual(['2014/15 Autumn', '59.0', '85.0', '80.0', '-26.0']);
  });

  it("draws the city trend for every attendance term up to the report's, with the target", () => {
    const trend = all.find((f) => f.slug.endsWith('trend'))!;
    expect(trend.rows.slice(1).map((r) => r[0])).toEqual(['2013/14 Spring', '2013/14 Summer', '2014/15 Autumn']);
    expect(trend.rows[0]).toContain('Target (%)');
    expect(trend.rows.at(-1)!.at(-1)).toBe('4.5');
  });

  it('says plainly when the term has no attendance returns', async () => {
    const { run, path } = await reportHtml(city, 'summer.html', '--term', 'Summer');
    expect(run.code).toBe(0);
    const summer = await readFile(path, 'utf8');
    expect(section(summer, 'attendance')).toContain(
      'No accepted attendance returns for the summer term of 2014/15 in the store.',
    );
    expect(figures(summer).filter((f) => f.slug.startsWith('attendance'))).toEqual([]);
  });
});
