// The Board paper's school categories: schools counted by category this year against last year,
// those not placed counted apart; which school is where, and why, is not in the paper.
import { describe, expect, it } from 'vitest';
import type { CategoryRule } from '../../../schemas/categories.schema.js';
import type { SchoolPlacement } from '../../../src/aggregate/categories/categorise.js';
import type { CategoriesReport } from '../../../src/publish/categories/categories-tables.js';
import { categoriesSection } from '../../../src/publish/html/categories-section.js';

const low: CategoryRule = {
  id: 'low',
  category: '3',
  because: 'predicted low',
  when: [{ figure: 'predicted', measures: ['ks2_rwm_l4'], pupilGroup: 'all', below: 65 }],
};
const otherwise: CategoryRule = { id: 'otherwise', category: '2', because: 'none applies', when: [] };
const placed = (urn: string, rule: CategoryRule): SchoolPlacement => ({
  urn,
  name: `School ${urn}`,
  placement: { placed: true, category: rule.category, rule, moves: [] },
  figures: () => undefined,
});
const notPlaced = (urn: string): SchoolPlacement => ({
  urn,
  name: `School ${urn}`,
  placement: { placed: false, rule: low, missing: low.when },
  figures: () => undefined,
});

const report: CategoriesReport = {
  academicYear: '2014/15',
  lastYear: '2013/14',
  keyStage: 'KS2',
  round: 'Autumn',
  attendance: { academicYear: '2013/14', term: 'Summer' },
  asAt: '2015-08-31',
  source: 'test rules',
  categories: [
    { code: '2', label: 'Category 2' },
    { code: '3', label: 'Category 3' },
  ],
  rules: [low, otherwise],
  schools: [placed('110001', low), placed('110002', otherwise), notPlaced('110003')],
  lastYearSchools: [placed('110001', low), placed('110002', low)],
};

const cellsOf = (html: string) =>
  [
    ...html.matchAll(/<tr><th scope="row">([^<]*)<\/th><td class="num">(\d+)<\/td><td class="num">(\d+)<\/td><\/tr>/g),
  ].map((m) => [m[1], Number(m[2]), Number(m[3])]);

describe('the categories section of the Board paper', () => {
  it('counts schools by category against last year, and those not placed', () => {
    const html = categoriesSection(report).toString();
    expect(cellsOf(html)).toEqual([
      ['Category 2', 1, 0],
      ['Category 3', 1, 2],
      ['not placed', 1, 0],
    ]);
    expect(html).toContain('the first of 2 rules');
    expect(html).not.toContain('School 110001');
  });
});
