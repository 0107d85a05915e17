// Predictions summed to school, collaborative group and city: a rate is Σ count / Σ cohort over
// the schools that predicted the measure, a mean is Σ(mean × cohort) / Σ cohort.
import { describe, expect, it } from 'vitest';
import {
  aggregatePredictions,
  type AreaFigure,
  type GroupSum,
  type SchoolFigure,
} from '../../../src/aggregate/predictions/aggregate-predictions.js';

const city = { code: '874', name: 'Kingsmere' };
const kindOf = (measure: string) => (measure === 'ks4_p8' ? 'mean' : 'threshold');

function figure(urn: string, group: string | undefined, measure: string, cohort: number, value: number): SchoolFigure {
  return {
    urn,
    schoolName: `School ${urn}`,
    ...(group ? { collaborativeGroup: group } : {}),
    pupilGroup: 'all',
    cohort,
    measure,
    value,
  };
}

// Ash and Beech are in group North; Cedar is in no group.
const figures: SchoolFigure[] = [
  figure('100001', 'North', 'ks2_rwm_l4', 10, 9),
  figure('100002', 'North', 'ks2_rwm_l4', 30, 15),
  figure('100003', undefined, 'ks2_rwm_l4', 20, 10),
  figure('100001', 'North', 'ks2_read_l4', 10, 8),
  figure('100002', 'North', 'ks2_read_l4', 30, 24),
];

const find = (out: AreaFigure[], level: string, code: string, measure: string) =>
  out.find((f) => f.level === level && f.areaCode === code && f.measure === measure);

describe('aggregatePredictions', () => {
  const out = aggregatePredictions(figures, kindOf, city, ['school', 'group', 'city']);

  it('gives each school its own count over its own cohort', () => {
    // 9 / 10 × 100 = 90%; 15 / 30 × 100 = 50%.
    const ash = find(out, 'school', '100001', 'ks2_rwm_l4');
    expect(ash).toMatchObject({ areaName: 'School 100001', cohort: 10, count: 9, urns: ['100001'] });
    expect(find(out, 'school', '100001', 'ks2_rwm_l4')!.value).toBeCloseTo(90, 10);
    expect(find(out, 'school', '100002', 'ks2_rwm_l4')!.value).toBeCloseTo(50, 10);
  });

  it('rates a group as its summed count over its summed cohort, not a mean of school rates', () => {
    // (9 + 15) / (10 + 30) × 100 = 24 / 40 × 100 = 60%; the mean of 90% and 50% would be 70%.
    const north = find(out, 'group', 'North', 'ks2_rwm_l4')!;
    expect(north).toMatchObject({ areaName: 'North', kind: 'threshold', cohort: 40, count: 24 });
    expect(north.value).toBeCloseTo(60, 10);
  });

  it('rates the city over every school, those in no group too', () => {
    // (9 + 15 + 10) / (10 + 30 + 20) × 100 = 34 / 60 × 100 = 56.666…%; mean of rates 63.33…%.
    const all = find(out, 'city', '874', 'ks2_rwm_l4')!;
    expect(all).toMatchObject({ areaName: 'Kingsmere', cohort: 60, count: 34 });
    expect(all.value).toBeCloseTo(170 / 3, 10);
    expect(all.urns).toEqual(['100001', '100002', '100003']);
  });

  it('puts a school without a collaborative group in the city but in no group', () => {
    const groups = out.filter((f) => f.level === 'group');
    expect(groups.map((f) => f.areaCode)).toEqual(['North', 'North']);
    expect(groups.some((f) => f.urns.includes('100003'))).toBe(false);
    expect(find(out, 'group', 'North', 'ks2_rwm_l4')!.urns).toEqual(['100001', '100002']);
  });

  it("counts in a measure's cohort only the schools that predicted that measure", () => {
    // Cedar (20 pupils) gave no ks2_read_l4: (8 + 24) / (10 + 30) × 100 = 32 / 40 × 100 = 80%, not 32 / 60.
    const read = find(out, 'city', '874', 'ks2_read_l4')!;
    expect(read).toMatchObject({ cohort: 40, count: 32, urns: ['100001', '100002'] });
    expect(read.value).toBeCloseTo(80, 10);
  });

  it('weights a mean measure by cohort', () => {
    // Progress 8: 0.5 over 10 pupils and −0.2 over 30.
    // (0.5 × 10 + −0.2 × 30) / (10 + 30) = (5 − 6) / 40 = −0.025.
    // Unweighted (0.5 − 0.2) / 2 = 0.15; summing mean + cohort: (10.5 + 29.8) / 40 = 1.0075.
    const p8 = [figure('100001', 'North', 'ks4_p8', 10, 0.5), figure('100002', 'North', 'ks4_p8', 30, -0.2)];
    const areas = aggregatePredictions(p8, kindOf, city, ['group', 'city']);
    expect(areas.map((f) => f.level)).toEqual(['group', 'city']);
    for (const f of areas) {
      expect(f).toMatchObject({ kind: 'mean', cohort: 40, urns: ['100001', '100002'] });
      expect(f.value).toBeCloseTo(-0.025, 10);
      expect(f.count).toBeUndefined();
    }
  });

  it("keeps a mean school's own mean", () => {
    const [ash] = aggregatePredictions([figure('100001', undefined, 'ks4_p8', 12, 0.31)], kindOf, city, ['school']);
    expect(ash).toMatchObject({ level: 'school', kind: 'mean', cohort: 12, urns: ['100001'] });
    expect(ash!.value).toBeCloseTo(0.31, 10);
  });

  it('gives only the levels asked for', () => {
    const cityOnly = aggregatePredictions(figures, kindOf, city, ['city']);
    expect(cityOnly.map((f) => `${f.level}|${f.measure}`)).toEqual(['city|ks2_rwm_l4', 'city|ks2_read_l4']);
  });

  it('keeps pupil groups apart', () => {
    // Boys 3 of 4, girls 5 of 6 at one school: separate figures, 75% and 83.33…%.
    const byGroup = aggregatePredictions(
      [
        { ...figure('100001', undefined, 'ks2_rwm_l4', 4, 3), pupilGroup: 'boys' },
        { ...figure('100001', undefined, 'ks2_rwm_l4', 6, 5), pupilGroup: 'girls' },
      ],
      kindOf,
      city,
      ['city'],
    );
    expect(byGroup.map((f) => [f.pupilGroup, f.cohort, f.count])).toEqual([
      ['boys', 4, 3],
      ['girls', 6, 5],
    ]);
    expect(byGroup[1]!.value).toBeCloseTo(250 / 3, 10);
  });

  it("makes the same group and city areas from a store's group sums as from the schools' figures", () => {
    // North RWM L4+: Ash 9 of 10 + Beech 15 of 30; the schools in no group: Cedar 10 of 20. North's
    // Reading L4+ is summed; Beech's (24 of 30) comes as a figure beside the sum of Ash's 8 of 10.
    const sums: GroupSum[] = [
      {
        collaborativeGroup: 'North',
        pupilGroup: 'all',
        measure: 'ks2_rwm_l4',
        cohort: 40,
        sum: 24,
        weighted: 540,
        urns: ['100001', '100002'],
      },
      { pupilGroup: 'all', measure: 'ks2_rwm_l4', cohort: 20, sum: 10, weighted: 200, urns: ['100003'] },
      {
        collaborativeGroup: 'North',
        pupilGroup: 'all',
        measure: 'ks2_read_l4',
        cohort: 10,
        sum: 8,
        weighted: 80,
        urns: ['100001'],
      },
    ];
    const summed = aggregatePredictions([figures[4]!], kindOf, city, ['group', 'city'], sums);
    const byKey = (areas: AreaFigure[]) => new Map(areas.map((f) => [`${f.level}|${f.measure}`, f]));
    expect(byKey(summed)).toEqual(byKey(aggregatePredictions(figures, kindOf, city, ['group', 'city'])));
  });

  it('refuses group sums for a school level, which they cannot give', () => {
    expect(() =>
      aggregatePredictions(
        [],
        kindOf,
        city,
        ['school'],
        [{ pupilGroup: 'all', measure: 'ks2_rwm_l4', cohort: 1, sum: 1, weighted: 1, urns: ['100001'] }],
      ),
    ).toThrow(/no school figures/);
  });
});
