// A converter's history continues across its new URN (GIAS links): Castlegate School (109001)
// became Castlegate Academy (140001) on 1 September 2014. Its predecessor's returns are its
// earlier terms for the enrolment query, the audit and a six-term trend.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { attendanceRates, schoolTrend, type TrendPoint } from '../../src/aggregate/attendance/index.js';
import { shippedContext } from '../../src/domain/context.js';
import { currentAttendance } from '../../src/store/queries/attendance.js';
import { succession } from '../../src/store/queries/register.js';
import { schoolHistory } from '../../src/store/queries/school-history.js';
import { importOne } from '../support/import-files.js';
import type { TempStore } from '../support/temp-store.js';
import { attendanceCsv, giasStore } from '../reference/gias-store.js';

let store: TempStore;
afterEach(async () => {
  await store.cleanup();
});

const PREDECESSOR: [string, string, string, number, number][] = [
  ['109001', '2013/14', 'Autumn', 900, 8.0],
  ['109001', '2013/14', 'Spring', 900, 7.6],
  ['109001', '2013/14', 'Summer', 900, 7.1],
];
const CONVERTER: [string, string, string, number, number][] = [
  ['140001', '2014/15', 'Autumn', 880, 6.6],
  ['140001', '2014/15', 'Spring', 300, 6.1],
];

/** The converter's termly overall absence rates, read through the history's URNs or not. */
async function trendOf(urn: string, throughLinks: boolean) {
  const cat = shippedContext().catalogue;
  const { historyUrnOf } = await succession(store);
  const series: TrendPoint[] = (await currentAttendance(store, cat))
    .filter((r) => r.pupilGroup === cat.wholeCohort && (throughLinks ? historyUrnOf(r.urn) : r.urn) === urn)
    .map((r) => ({
      period: { academicYear: r.academicYear, term: r.term },
      rate: attendanceRates(r.counts, cat.attendanceColumns)['overall_absence_rate'],
    }));
  return schoolTrend(series, { academicYear: '2014/15', term: 'Spring' });
}

describe('history across a converter’s two URNs', () => {
  beforeEach(async () => {
    store = await giasStore();
    await importOne(store, 'castlegate-school.csv', attendanceCsv(PREDECESSOR));
  });

  it('runs a trend across them: five terms, improving; under the new URN alone, too few terms', async () => {
    await importOne(store, 'castlegate-academy.csv', attendanceCsv(CONVERTER));
    expect(await trendOf('140001', true)).toMatchObject({ classification: 'improving', terms: 5 });
    expect(await trendOf('140001', false)).toMatchObject({ classification: 'insufficient data', terms: 2 });
  });

  it("compares the converter's first enrolments with its predecessor's last return", async () => {
    const [outcome] = await importOne(
      store,
      'castlegate-academy.csv',
      attendanceCsv([['140001', '2014/15', 'Autumn', 300, 6.6]]),
    );
    expect(outcome!.messages.map((m) => [m.ruleId, m.facts])).toEqual([
      ['attendance.enrolments-changed', { enrolments: 300, previous: 900, previousPeriod: 'Summer 2013/14' }],
    ]);
  });

  it("lists the predecessor's returns in the converter's audit, each under the URN it was made as", async () => {
    await importOne(store, 'castlegate-academy.csv', attendanceCsv(CONVERTER));
    const { returns } = await schoolHistory(store, '140001');
    expect(returns.map((r) => [r.urn, r.academic_year, r.period])).toEqual([
      ['109001', '2013/14', 'Autumn'],
      ['109001', '2013/14', 'Spring'],
      ['109001', '2013/14', 'Summer'],
      ['140001', '2014/15', 'Autumn'],
      ['140001', '2014/15', 'Spring'],
    ]);
  });

  it('continues no history without the links file', async () => {
    await store.cleanup();
    store = await giasStore({ links: false });
    await importOne(store, 'castlegate-school.csv', attendanceCsv(PREDECESSOR));
    await importOne(store, 'castlegate-academy.csv', attendanceCsv(CONVERTER));
    expect(await trendOf('140001', true)).toMatchObject({ classification: 'insufficient data' });
    expect((await schoolHistory(store, '140001')).returns).toHaveLength(2);
  });
});
