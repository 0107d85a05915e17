// A report of city and groups, not published, is made from the store's sums (GROUP BY) instead of every
// school's figures (issue 15, item 5): both paths give the same figures, counts, cohorts and the schools
// each counts, with an amended cell, a figure left blank and agreed, a superseded return, a refused one,
// a school in no group and another round's return in the store. On SQLite and on PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AreaFigure } from '../../src/aggregate/predictions/aggregate-predictions.js';
import { shippedContext } from '../../src/domain/context.js';
import { loadPredictionsInputs, loadPredictionsSums } from '../../src/jobs/predictions-report.js';
import { resolveChallenge } from '../../src/jobs/resolve-challenge.js';
import {
  predictionsReportFrom,
  publicationOf,
  summedInStore,
  type PredictionsReportOptions,
} from '../../src/publish/predictions/build-predictions-report.js';
import { importGroups } from '../../src/reference/import-groups.js';
import { currentQueries } from '../../src/store/queries/challenges.js';
import { importOne } from '../support/import-files.js';
import { csvText, wideCsv } from '../support/proforma-csv.js';
import { REGISTER } from '../support/register.js';
import { tempStore, writeIn, type TempStore } from '../support/temp-store.js';

const context = shippedContext();
const autumn = { academicYear: '2014/15', keyStage: 'KS2', round: 'Autumn' };
const measures = ['ks2_rwm_l4', 'ks2_read_l4', 'ks2_writ_l4', 'ks2_gps_l4'];
const meanMeasures = ['ks2_rwm_exs', 'ks2_read_prog'];
const at = new Date('2014-12-05T10:00:00Z');

let store: TempStore;
beforeAll(async () => {
  const schools = [
    ...REGISTER,
    { urn: '110004', la: '874', establishmentNumber: '2004', name: 'Damson Primary School' },
    { urn: '110005', la: '874', establishmentNumber: '2005', name: 'Elm Primary School' },
  ];
  store = await tempStore(schools);
  const groups = [['urn', 'academic_year', 'collaborative_group', 'triad']];
  for (const year of ['2014/15', '2016/17'])
    groups.push(
      ['110001', year, 'North', ''],
      ['110002', year, 'North', ''],
      ['110003', year, 'South', ''],
      ['110005', year, 'South', ''],
    );
  expect((await importGroups(store, await writeIn(store, 'groups.csv', csvText(groups)))).refused).toBe(false);
  const one = async (name: string, urn: string, rows: (string | number | null)[][], more = {}) => {
    const [outcome] = await importOne(store, name, wideCsv([{ urn, rows, measures, ...more }]));
    return outcome!.status;
  };
  // Alder: RWM L4+ 50 above Reading L4+ 45 and Writing L4+ 48, two queries; amended twice, 47 then 44.
  expect(
    await one('alder.csv', '110001', [
      ['All pupils', 60, 50, 45, 48, 40],
      ['Boys', 30, 25, 22, 24, 20],
    ]),
  ).toBe('accepted');
  // Birch: GPS L4+ left blank for all pupils, agreed at 30 after challenge.
  expect(
    await one('birch.csv', '110002', [
      ['All pupils', 40, 30, 25, 33, null],
      ['Boys', 18, 12, 12, 14, 9],
    ]),
  ).toBe('accepted');
  // Cedar: a first return, superseded by a corrected one.
  await one('cedar.csv', '110003', [['All pupils', 20, 5, 10, 12, 11]]);
  await one('cedar-v2.csv', '110003', [
    ['All pupils', 21, 9, 15, 14, 13],
    ['Boys', 11, 4, 7, 7, 6],
  ]);
  // Damson, in no collaborative group: the city's, no group's.
  await one('damson.csv', '110004', [['All pupils', 30, 20, 24, 22, 25]]);
  // Elm: 35 of a cohort of 30, refused.
  expect(await one('elm.csv', '110005', [['All pupils', 30, 35, 20, 20, 20]])).toBe('refused');
  // Another round: not this report's.
  await one('alder-spring.csv', '110001', [['All pupils', 60, 1, 1, 1, 1]], { round: 'Spring' });
  // A year of the current framework, for mean measures summed by cohort.
  const current = (urn: string, rows: (string | number)[][]) =>
    importOne(store, `${urn}-1617.csv`, wideCsv([{ urn, rows, measures: meanMeasures, academicYear: '2016/17' }]));
  await current('110001', [
    ['All pupils', 60, 40, 1.25],
    ['Boys', 30, 19, -0.4],
  ]);
  await current('110003', [['All pupils', 21, 12, -2.1]]);
  await current('110004', [['All pupils', 30, 20, 0.35]]);

  const queries = (await currentQueries(store)).filter(
    (q) => q.academic_year === '2014/15' && q.period === 'Autumn' && q.pupil_group === 'all',
  );
  const resolve = async (id: number, value: number, measure: string) =>
    expect(
      await resolveChallenge(store, {
        messageId: id,
        outcome: { kind: 'amend', value, measure, pupilGroup: 'all' },
        reason: 'agreed',
        by: 'J Adviser',
        at,
      }),
    ).toMatchObject({ ok: true });
  const alder = queries.filter((q) => q.urn === '110001').map((q) => q.id);
  expect(alder).toHaveLength(2);
  await resolve(alder[0]!, 47, 'ks2_rwm_l4');
  await resolve(alder[1]!, 44, 'ks2_rwm_l4');
  const birch = queries.find((q) => q.urn === '110002')!;
  await resolve(birch.id, 30, 'ks2_gps_l4');
});
afterAll(() => store.cleanup());

const cityAndGroups = (o: Partial<PredictionsReportOptions> = {}): PredictionsReportOptions => ({
  ...autumn,
  levels: ['city', 'group'],
  published: false,
  ...o,
});

/** Each area's figure, keyed, with its schools in URN order. */
const keyed = (figures: readonly AreaFigure[]) =>
  Object.fromEntries(
    figures.map((f) => [`${f.level} ${f.areaCode} ${f.pupilGroup} ${f.measure}`, { ...f, urns: [...f.urns].sort() }]),
  );

const bothWays = async (o: PredictionsReportOptions) => {
  const inMemory = await loadPredictionsInputs(store, o, context);
  const summed = await loadPredictionsSums(store, o, context);
  return {
    figures: [publicationOf(inMemory, o, context).figures, publicationOf(summed, o, context).figures].map(keyed),
    reports: [predictionsReportFrom(inMemory, o, context), predictionsReportFrom(summed, o, context)],
  };
};

describe('a report of city and groups from the sums of the store', () => {
  it('is chosen for a report not published with no school level, and only then', () => {
    expect(summedInStore(cityAndGroups())).toBe(true);
    expect(summedInStore(cityAndGroups({ levels: ['city'] }))).toBe(true);
    expect(summedInStore(cityAndGroups({ levels: ['city', 'group', 'school'] }))).toBe(false);
    // Published, the decision is one across every level, school cells included.
    expect(summedInStore(cityAndGroups({ published: true }))).toBe(false);
  });

  it('gives every figure, count, cohort and school counted as the figures of every school do', async () => {
    const { figures, reports } = await bothWays(cityAndGroups());
    const [memory, sums] = figures;
    expect(sums).toEqual(memory);
    expect(reports[1]).toEqual(reports[0]);
    // By hand. RWM L4+, all pupils: Alder amended 44 of 60, Birch 30 of 40, Cedar's correction 9 of 21,
    // Damson 20 of 30; Elm refused, Cedar's first return superseded, Alder's Spring return another round.
    expect(sums!['city 874 all ks2_rwm_l4']).toMatchObject({
      cohort: 151,
      count: 103,
      urns: ['110001', '110002', '110003', '110004'],
    });
    expect(sums!['group North all ks2_rwm_l4']).toMatchObject({ cohort: 100, count: 74 });
    expect(sums!['group South all ks2_rwm_l4']).toMatchObject({ cohort: 21, count: 9, urns: ['110003'] });
    // GPS L4+, all pupils: Birch's blank agreed at 30, beside Alder 40, Cedar 13, Damson 25.
    expect(sums!['city 874 all ks2_gps_l4']).toMatchObject({ cohort: 151, count: 108 });
    expect(sums!['group North all ks2_gps_l4']).toMatchObject({ cohort: 100, count: 70 });
    // Boys, Writing L4+: Alder 24 of 30, Birch 14 of 18, Cedar 7 of 11.
    expect(sums!['city 874 boys ks2_writ_l4']).toMatchObject({ cohort: 59, count: 45 });
    expect(Object.keys(sums!).filter((k) => k.startsWith('group')).length).toBe(2 * 2 * 4);
    expect(reports[1]!.returns).toBe(4);
  });

  it('gives the figures as returned the same way, without the amendments', async () => {
    const { figures, reports } = await bothWays(cityAndGroups({ asReturned: true }));
    expect(figures[1]).toEqual(figures[0]);
    expect(reports[1]).toEqual(reports[0]);
    expect(figures[1]!['city 874 all ks2_rwm_l4']).toMatchObject({ cohort: 151, count: 109 });
    expect(figures[1]!['city 874 all ks2_gps_l4']).toMatchObject({ cohort: 111, count: 78 });
  });

  it('weights a mean measure by cohort the same way', async () => {
    const { figures, reports } = await bothWays(cityAndGroups({ academicYear: '2016/17' }));
    expect(figures[1]).toEqual(figures[0]);
    expect(reports[1]).toEqual(reports[0]);
    // Reading progress, all pupils: (60 × 1.25 + 21 × -2.1 + 30 × 0.35) / 111 = 41.4 / 111.
    const read = figures[1]!['city 874 all ks2_read_prog']!;
    expect(read.cohort).toBe(111);
    expect(read.value).toBeCloseTo(41.4 / 111, 12);
  });
});
