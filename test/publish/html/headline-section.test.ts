// The headline page as HTML: figures written as the tables write them, absence coloured for lower
// is better, withheld figures as c, and every word from an input file escaped.
import { describe, expect, it } from 'vitest';
import type { Headline } from '../../../src/publish/html/headline-figures.js';
import { headlineSection } from '../../../src/publish/html/headline-section.js';

const HEADLINE: Headline = {
  academicYear: '2014/15',
  lastYear: '2013/14',
  measures: [
    {
      label: 'RWM L4+',
      kind: 'threshold',
      city: 77.1,
      national: 78,
      gap: -0.9,
      neighbours: 76.5,
      region: 'x',
      lastYear: 'c',
    },
  ],
  attendance: {
    academicYear: '2014/15',
    term: 'Summer',
    yearToDate: false,
    phase: 'all',
    rates: [
      { label: 'Overall absence', city: 4.2, national: 4.6, gap: -0.4 },
      { label: 'Persistent absence', city: 'c', national: 3.7, gap: 'c' },
    ],
    trend: 'improving',
    target: 4.4,
    rating: 'Achieved',
  },
  coverage: {
    asked: 2,
    counted: 1,
    leftOut: [{ urn: '110002', name: 'Birch <script>', state: 'refused', reason: 'RWM L4+ for Boys is 3' }],
    queries: { open: 1, accepted: 0, amended: 0 },
    amendments: 0,
  },
  comparators: [
    {
      level: 'Statistical neighbours',
      area: '<b>Neighbours</b>',
      uses: [{ year: '2014/15', source: 'comparators csv', provisional: true, measures: ['RWM L4+'] }],
    },
  ],
};

const scope = { city: 'Kingsmere', keyStage: 'KS2', round: 'Autumn', wholeCohort: 'All pupils', published: true };

describe('the headline section', () => {
  const page = headlineSection(HEADLINE, scope).markup;

  it('writes each figure as the tables do, c where withheld, x where none', () => {
    expect(page).toContain('data-headline="RWM L4+|city">77.1<');
    expect(page).toContain('data-headline="RWM L4+|gap">-0.9<');
    expect(page).toContain('data-headline="RWM L4+|region">x<');
    expect(page).toContain('data-headline="RWM L4+|last-year">c<');
    expect(page).toContain('data-headline="Persistent absence|city">c<');
  });

  it('colours less absence than national as better, and the rating in its colour', () => {
    expect(page).toMatch(/class="num below better" data-headline="Overall absence\|gap">-0\.4</);
    expect(page).toContain('class="rating-dark-green" data-headline="rating">Achieved<');
  });

  it("escapes names from input files, and leaves a refusal's reason out of the published page", () => {
    expect(page).toContain('Birch &lt;script&gt;');
    expect(page).toContain('&lt;b&gt;Neighbours&lt;/b&gt;');
    expect(page).not.toContain('<script>');
    expect(page).not.toContain('for Boys is 3');
    expect(page).toContain('2014/15 (provisional) for RWM L4+, from the comparators csv');
    expect(page).toContain('1 of 2 schools asked is counted; not included:');
  });
});
