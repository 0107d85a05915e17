// The headline page's attendance, worked by hand from the city's row of the report: overall
// absence 5.43% shown 5.4 against national 4.6 (+0.8, as the report gives it); persistent absence
// 10.0% against national 9.84% shown 9.8, a gap of 10.0 - 9.8 = +0.2; the city's own trend and
// its target rating. Withheld, every figure of the city is c, and so is its trend.
import { describe, expect, it } from 'vitest';
import { shippedContext } from '../../../src/domain/context.js';
import { headlineFrom, type HeadlineInputs } from '../../../src/publish/html/headline-figures.js';
import { attendance, report, row } from './report-fixture.js';

const cat = shippedContext().catalogue;
const coverage = {
  asked: 3,
  counted: 2,
  leftOut: [],
  amendments: [],
  queries: { open: 0, accepted: 0, amended: 0 },
  groups: [],
};

function inputs(withheld = false): HeadlineInputs {
  const a = attendance('2014/15', 'Summer', 5.43, 4.4);
  const city = a.areas[0]!;
  city.gapOverall = 0.8;
  city.trend = { classification: 'static' } as never;
  city.target = { value: 4.4, progress: { rating: 'Not likely to be achieved' } as never };
  if (withheld && city.figures.status === 'returned') city.figures = { ...city.figures, withheld: 'all' };
  return {
    catalogue: cat,
    predictions: report([row('city', '874', 'all', 77.1, -0.9, { nationalRate: 78 })], true),
    measure: 'ks2_rwm_l4',
    lastYearLabel: '2013/14',
    attendance: a,
    nationalPersistent: 9.84,
    comparators: [],
    coverage,
  };
}

describe("the headline page's attendance", () => {
  it("gives the city's rates against national, its trend, target and rating", () => {
    const h = headlineFrom(inputs()).attendance!;
    expect(h.rates).toEqual([
      { label: 'Overall absence', city: 5.4, national: 4.6, gap: 0.8 },
      { label: 'Persistent absence', city: 10, national: 9.8, gap: 0.2 },
    ]);
    expect([h.trend, h.target, h.rating]).toEqual(['static', 4.4, 'Not likely to be achieved']);
  });

  it("writes c for the city's figures and trend when the report withholds them", () => {
    const h = headlineFrom(inputs(true)).attendance!;
    expect(h.rates.map((r) => r.city)).toEqual(['c', 'c']);
    expect([h.rates[1]!.gap, h.trend]).toEqual(['c', 'c']);
  });

  it('takes the city figure of the measure as the report shows it, x for what the store lacks', () => {
    const [m] = headlineFrom(inputs()).measures;
    expect(m).toMatchObject({ city: 77.1, national: 78, gap: -0.9, neighbours: 'x', region: 'x', lastYear: 'x' });
  });
});
