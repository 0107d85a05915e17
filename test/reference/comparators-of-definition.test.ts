// A report asks for comparators of its own definition and gets no other: persistent absence at
// 10% is never handed to a year rated at 15%, and a rate given only as counts is worked out from them.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { catalogue } from '../../src/domain/catalogue.js';
import { importComparators } from '../../src/reference/import-comparators.js';
import { attendanceComparators } from '../../src/store/queries/attendance.js';
import { comparatorRatesOfDefinition } from '../../src/store/queries/comparators-of-definition.js';
import { emptyStore, type TempStore } from '../support/temp-store.js';
import { EES_ABSENCE, LAIT, OWN_ATTENDANCE } from './published-sources.js';

let store: TempStore;
beforeEach(async () => {
  store = await emptyStore();
  for (const file of [OWN_ATTENDANCE, EES_ABSENCE, LAIT]) {
    const result = await importComparators(store, file);
    if (result.refused) throw new Error(`${file} refused: ${result.messages.map((m) => m.text).join('; ')}`);
  }
});
afterEach(async () => {
  await store.cleanup();
});

const primary2014 = {
  academicYears: ['2014/15'],
  geographicLevel: 'National',
  keyStage: 'primary',
  pupilGroups: ['all'],
};
const shown = (rows: { measure: string; value: number; pa_threshold: number; fromCounts: boolean; source: string }[]) =>
  rows
    .map((r) => [r.measure, Number(r.value.toFixed(3)), r.pa_threshold, r.fromCounts, r.source])
    .sort((a, b) => String(a[0]).localeCompare(String(b[0])));

describe('comparatorRatesOfDefinition', () => {
  it('gives 2014/15 persistent absence at 15% from the comparators csv, never the EES 10% figure', async () => {
    const rates = await comparatorRatesOfDefinition(store, catalogue(), { halfTerms: 6, paThreshold: 15 }, primary2014);
    expect(shown(rates)).toEqual([
      ['authorised_absence_rate', 3.1, 0, false, 'comparators csv'],
      ['overall_absence_rate', 4, 0, false, 'comparators csv'],
      ['persistent_absence_rate', 2.1, 15, false, 'comparators csv'],
      ['unauthorised_absence_rate', 0.9, 0, false, 'comparators csv'],
    ]);
  });

  it('works the 10% rate out from the EES counts: 314440 of 3734735 enrolments', async () => {
    const rates = await comparatorRatesOfDefinition(
      store,
      catalogue(),
      { halfTerms: 6, paThreshold: 10 },
      {
        ...primary2014,
        measures: ['persistent_absence_rate'],
      },
    );
    expect(shown(rates)).toEqual([['persistent_absence_rate', 8.419, 10, true, 'ees']]);
  });

  it('gives the rates of a pupil group from its counts, where only EES has them', async () => {
    const rates = await comparatorRatesOfDefinition(
      store,
      catalogue(),
      { halfTerms: 6, paThreshold: 10 },
      {
        ...primary2014,
        pupilGroups: ['disadv'],
      },
    );
    expect(rates.map((r) => r.measure).sort()).toEqual([
      'authorised_absence_rate',
      'overall_absence_rate',
      'persistent_absence_rate',
      'unauthorised_absence_rate',
    ]);
    expect(rates.every((r) => r.fromCounts && r.pupil_group === 'disadv')).toBe(true);
  });
});

describe('attendanceComparators', () => {
  it("keeps to the catalogue's threshold for each year", async () => {
    const rows = await attendanceComparators(store, 'National', catalogue());
    const pa = rows
      .filter((r) => r.measure === 'persistent_absence_rate' && r.key_stage === 'all')
      .map((r) => [r.academic_year, r.value])
      .sort();
    // 2014/15 from the csv at 15%; 2015/16 on at 10% (the csv's 10.5, then LAIT's).
    expect(pa.slice(0, 4)).toEqual([
      ['2014/15', 3.7],
      ['2015/16', 10.5],
      ['2016/17', 10.79],
      ['2017/18', 11.17],
    ]);
  });
});
