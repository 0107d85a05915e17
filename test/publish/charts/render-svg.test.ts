import { beforeAll, describe, expect, it } from 'vitest';
import { renderSvg } from '../../../src/publish/charts/render.js';
import { allCharts } from './fixtures.js';
import { countRole, layerItems, svgTexts } from './svg-inspect.js';

const charts = allCharts();
const svgs: Record<string, string> = {};

beforeAll(async () => {
  for (const [name, { spec }] of Object.entries(charts)) svgs[name] = await renderSvg(spec);
});

const svg = (name: string) => svgs[name] ?? '';
const texts = (name: string) => svgTexts(svg(name));

describe('rendered SVG', () => {
  it('is a 640 px wide SVG document for every chart', () => {
    for (const name of Object.keys(charts)) expect(svg(name)).toMatch(/^<svg [^>]*width="640"/);
  });

  it('gap by pupil group: a bar per published group, signed labels, c and x, the national rule', () => {
    expect(countRole(svg('gapByPupilGroup'), 'bar')).toBe(4);
    expect(texts('gapByPupilGroup')).toEqual(
      expect.arrayContaining([
        '\u22123.8',
        '\u22125.7',
        '\u221222.2',
        '+2.3',
        'c',
        'x',
        'National',
        '\u2190 Below national',
        'Above national \u2192',
        'Gap to national (percentage points)',
        'RWM EXS+: gap to national by pupil group',
        'Any other White background',
      ]),
    );
    expect(layerItems(svg('gapByPupilGroup'), 4)).toBe(1); // one national rule, not one per row
  });

  it('gap across areas: a dot and a leader per published school, repeated names kept apart', () => {
    expect(countRole(svg('gapAcrossAreas'), 'point')).toBe(4);
    expect(layerItems(svg('gapAcrossAreas'), 0)).toBe(4);
    expect(texts('gapAcrossAreas')).toEqual(
      expect.arrayContaining([
        'Thornton Primary',
        'Thornton Primary (2)',
        'Bowling Park Primary',
        'c',
        'National',
        'North',
        'South',
      ]),
    );
  });

  it('disadvantage gap: three lines, points for published values, gap labels, c for the suppressed year', () => {
    expect(countRole(svg('disadvantageGap'), 'line mark')).toBe(3);
    expect(countRole(svg('disadvantageGap'), 'point')).toBe(8);
    expect(texts('disadvantageGap')).toEqual(
      expect.arrayContaining([
        'gap \u221222.3',
        'gap \u221220.4',
        'c',
        'City disadvantaged pupils',
        'National other pupils',
        'National all pupils',
      ]),
    );
  });

  it('attendance rank: bars for returned schools only, lowest first, national labelled, the rest marked', () => {
    expect(countRole(svg('attendanceRankOverall'), 'bar')).toBe(4);
    const t = texts('attendanceRankOverall');
    expect(t).toEqual(expect.arrayContaining(['National 4.6%', '3.1%', '5.9%', 'Above national (more absence)']));
    // The school that sent nothing has its row, marked, after the bars: never dropped.
    expect(t).toEqual(expect.arrayContaining(['Thornton Primary', 'not returned']));
    expect(t.indexOf('Thornton Primary')).toBeGreaterThan(t.indexOf('Lister Primary'));
    const order = ['Green Lane Primary', 'Bowling Park Primary', 'Hollingwood Primary', 'Lister Primary'].map((n) =>
      t.indexOf(n),
    );
    expect(order.every((v, i) => v >= 0 && (i === 0 || v > (order[i - 1] ?? 0)))).toBe(true);
    expect(texts('attendanceRankPersistent')).toEqual(
      expect.arrayContaining(['12.1%', 'Persistent absentees (% of pupils)']),
    );
  });

  it('attendance trend: a line per series, target dashed, periods in order', () => {
    expect(countRole(svg('attendanceTrend'), 'line mark')).toBe(4);
    expect(svg('attendanceTrend')).toMatch(/stroke-dasharray="6,4"/);
    const t = texts('attendanceTrend');
    expect(t).toEqual(expect.arrayContaining(['Hollingwood Primary', 'City', 'National', 'Target']));
    expect(t.indexOf('2015/16Autumn')).toBeLessThan(t.indexOf('2016/17Autumn'));
  });
});

describe('renderSvg is pure', () => {
  it('leaves the spec it was given untouched (Vega tags inline rows in place)', async () => {
    const { spec } = allCharts().gapByPupilGroup!;
    const before = structuredClone(spec);
    await renderSvg(spec);
    expect(spec).toStrictEqual(before);
    const rows = (spec as { data: { values: object[] } }).data.values;
    expect(rows.every((r) => Object.getOwnPropertySymbols(r).length === 0)).toBe(true);
  });
});
