// A random city for property tests: city > collaborative groups > schools, each area split
// all = boys + girls, with a cohort and a measure count (out of that cohort) per cell.
import fc from 'fast-check';
import type { Constraint, CountCell } from '../../src/disclosure/types.js';

/** Per school: [boys cohort, boys reaching, girls cohort, girls reaching], each 0..40. */
type SchoolCounts = [number, number, number, number];

const schoolArb = fc
  .tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 40 }))
  .chain(([boys, girls]) =>
    fc.tuple(
      fc.constant(boys),
      fc.integer({ min: 0, max: boys }),
      fc.constant(girls),
      fc.integer({ min: 0, max: girls }),
    ),
  ) as fc.Arbitrary<SchoolCounts>;

export interface City {
  groups: SchoolCounts[][];
  /** Whether city = Σ groups is stated as well as city = Σ schools. */
  cityOfGroups: boolean;
}

/** Collaborative groups of 1..4 schools, 1..3 groups. */
export const cityArb: fc.Arbitrary<City> = fc.record({
  groups: fc.array(fc.array(schoolArb, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 3 }),
  cityOfGroups: fc.boolean(),
});

export function cityTable(city: City): { cells: CountCell[]; constraints: Constraint[] } {
  const cells: CountCell[] = [];
  const constraints: Constraint[] = [];
  const schools = city.groups.flatMap((g, gi) =>
    g.map((counts, si) => ({ code: `s${gi}.${si}`, group: `g${gi}`, counts })),
  );
  const areas = new Map<string, [number, number, number, number]>();
  const add = (area: string, c: SchoolCounts) => {
    const t = areas.get(area) ?? [0, 0, 0, 0];
    areas.set(area, [t[0] + c[0], t[1] + c[1], t[2] + c[2], t[3] + c[3]]);
  };
  for (const s of schools) [s.code, s.group, 'city'].forEach((a) => add(a, s.counts));
  const id = (q: string, area: string, pg: string) => `${q}|${area}|${pg}`;
  for (const [area, [bc, bn, gc, gn]] of areas) {
    const byGroup = { boys: [bc, bn], girls: [gc, gn], all: [bc + gc, bn + gn] } as const;
    for (const [pg, [cohort, reaching]] of Object.entries(byGroup)) {
      cells.push({ id: id('cohort', area, pg), quantity: 'cohort', value: cohort });
      cells.push({ id: id('KS2RWM', area, pg), quantity: 'KS2RWM', value: reaching, cohort });
    }
  }
  for (const q of ['cohort', 'KS2RWM']) {
    for (const area of areas.keys())
      constraints.push({ quantity: q, whole: id(q, area, 'all'), parts: [id(q, area, 'boys'), id(q, area, 'girls')] });
    for (const pg of ['all', 'boys', 'girls']) {
      constraints.push({ quantity: q, whole: id(q, 'city', pg), parts: schools.map((s) => id(q, s.code, pg)) });
      city.groups.forEach((_, gi) => {
        const members = schools.filter((s) => s.group === `g${gi}`).map((s) => id(q, s.code, pg));
        constraints.push({ quantity: q, whole: id(q, `g${gi}`, pg), parts: members });
      });
      if (city.cityOfGroups)
        constraints.push({
          quantity: q,
          whole: id(q, 'city', pg),
          parts: city.groups.map((_, gi) => id(q, `g${gi}`, pg)),
        });
    }
  }
  return { cells, constraints };
}
