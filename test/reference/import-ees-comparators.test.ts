// The EES national absence by characteristic file, as shipped: counts stored as counts, with their
// half terms and persistent-absence threshold; unmapped characteristics counted and said.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importComparators } from '../../src/reference/import-comparators.js';
import { emptyStore, type TempStore } from '../support/temp-store.js';
import { EES_ABSENCE, storedFigures } from './published-sources.js';

let store: TempStore;
beforeEach(async () => {
  store = await emptyStore();
});
afterEach(async () => {
  await store.cleanup();
});

describe('importComparators on the EES absence-by-characteristic CSV', () => {
  it('is recognised by its header and stores every mapped count, saying what it skipped', async () => {
    const result = await importComparators(store, EES_ABSENCE);
    // 28 lines of mapped characteristics and school types, 5 counts each (2 of pupils, 3 of sessions).
    expect(result).toMatchObject({ refused: false, stored: 140 });
    expect(result.storedByKind).toEqual([
      { what: 'comparator counts of pupils', stored: 56 },
      { what: 'comparator counts of sessions', stored: 84 },
    ]);
    // NC_Year_10 of a primary school (all `x`), NC_Year_6 and current FSM have no catalogue group.
    expect(result.messages.map((m) => [m.ruleId, m.facts])).toEqual([
      [
        'comparators.unmapped-skipped',
        { skipped: 3, what: 'characteristic or school type', kinds: ['FSM_eligible 1', 'NC_Year_10 1', 'NC_Year_6 1'] },
      ],
    ]);
  });

  it('keeps the counts of one line, from which its published rates are recomputed', async () => {
    await importComparators(store, EES_ABSENCE);
    // Line "six half terms,201415,National,…,State-funded primary,Total,3734735,1344720753,54016776,
    // 42284706,11732070,4,3.1,0.9,314440,8.4,…"
    const figures = await storedFigures(store, {
      year: '2014/15',
      level: 'National',
      keyStage: 'primary',
      group: 'all',
    });
    const by = Object.fromEntries(figures.map((f) => [f.measure, f]));
    expect(
      Object.fromEntries(figures.map((f) => [f.measure, [f.value, f.unit, f.half_terms, f.pa_threshold]])),
    ).toEqual({
      enrolments: [3734735, 'pupils', 6, 0],
      possible_sessions: [1344720753, 'sessions', 6, 0],
      authorised_absence: [42284706, 'sessions', 6, 0],
      unauthorised_absence: [11732070, 'sessions', 6, 0],
      persistent_absentees: [314440, 'pupils', 6, 10],
    });
    expect(by['enrolments']).toMatchObject({ area_name: 'England', area_code: 'E92000001', source: 'ees' });
    // 314440 / 3734735 = 8.419%, published as 8.4; (42284706 + 11732070) / 1344720753 = 4.017%, published as 4.
    const pa = (by['persistent_absentees']!.value / by['enrolments']!.value) * 100;
    expect([pa.toFixed(3), pa.toFixed(1)]).toEqual(['8.419', '8.4']);
    const overall =
      ((by['authorised_absence']!.value + by['unauthorised_absence']!.value) / by['possible_sessions']!.value) * 100;
    expect([overall.toFixed(3), overall.toFixed(0)]).toEqual(['4.017', '4']);
  });

  it("maps characteristics to the catalogue's pupil groups through the schemas/ mapping", async () => {
    await importComparators(store, EES_ABSENCE);
    const groups = await store.db
      .selectFrom('comparators')
      .select('pupil_group')
      .distinct()
      .where('academic_year', '=', '2014/15')
      .where('key_stage', '=', 'primary')
      .orderBy('pupil_group')
      .execute();
    expect(groups.map((g) => g.pupil_group)).toEqual([
      'all',
      'apkn',
      'boys',
      'disadv',
      'girls',
      'nondisadv',
      'sen_support',
    ]);
    // Before EHC plans (2012/13) "With statement" is the catalogue's EHC plan or statement group.
    const ehcp = await storedFigures(store, { year: '2012/13', level: 'National', keyStage: 'all', group: 'sen_ehcp' });
    const count = (measure: string) => ehcp.find((f) => f.measure === measure)?.value;
    expect([count('enrolments'), count('persistent_absentees')]).toEqual([187620, 47490]);
  });
});
