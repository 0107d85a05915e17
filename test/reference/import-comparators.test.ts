// National and other comparators (schemas/README.md §5), by catalogue code: bad lines refuse the file.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importComparators } from '../../src/reference/import-comparators.js';
import { csvText } from '../support/proforma-csv.js';
import { emptyStore, writeIn, type TempStore } from '../support/temp-store.js';
import { gist, gistOf } from '../messages/expect-message.js';

let store: TempStore;
beforeEach(async () => {
  store = await emptyStore();
});
afterEach(async () => {
  await store.cleanup();
});

const header = ['time_period', 'geographic_level', 'area_name', 'key_stage', 'measure', 'pupil_group', 'value'];
const comparators = () => store.db.selectFrom('comparators').selectAll().orderBy('pupil_group').execute();

const byLine = <M extends { place: { line?: number } }>(ms: M[]) =>
  [...ms].sort((a, b) => (a.place.line ?? 0) - (b.place.line ?? 0));

describe('importComparators', () => {
  it("stores each figure under the catalogue's codes, its year as 2014/15", async () => {
    const path = await writeIn(
      store,
      'national.csv',
      csvText([
        header,
        ['201415', 'National', 'England', 'KS2', 'ks2_rwm_l4', 'All pupils', '80'],
        ['201415', 'national', 'England', 'Key Stage 2', 'ks2_rwm_l4', 'FSM', '70.5'],
        ['201415', 'Local authority', 'City', 'primary', 'overall_absence_rate', 'all', '4.2'],
      ]),
    );
    expect(await importComparators(store, path)).toMatchObject({ refused: false, stored: 3 });
    expect(
      (await comparators()).map((c) => [
        c.academic_year,
        c.geographic_level,
        c.key_stage,
        c.measure,
        c.pupil_group,
        c.value,
      ]),
    ).toEqual([
      ['2014/15', 'National', 'KS2', 'ks2_rwm_l4', 'all', 80],
      ['2014/15', 'Local authority', 'primary', 'overall_absence_rate', 'all', 4.2],
      ['2014/15', 'National', 'KS2', 'ks2_rwm_l4', 'disadv', 70.5],
    ]);
  });

  it('refuses bad lines with their line numbers and column, and stores nothing', async () => {
    const path = await writeIn(
      store,
      'national.csv',
      csvText([
        header,
        ['201415', 'National', 'England', 'KS2', 'ks2_rwm_l4', 'all', '80'],
        ['2014', 'National', 'England', 'KS2', 'ks2_rwm_l4', 'all', '80'],
        ['201415', 'County', 'Shire', 'KS2', 'ks2_rwm_l4', 'all', '80'],
        ['201415', 'National', 'England', 'KS2', 'ks2_rwm_l6', 'all', '80'],
        ['201415', 'National', 'England', 'KS2', 'ks2_rwm_l4', 'boys', '80%'],
      ]),
    );
    const result = await importComparators(store, path);
    expect([result.refused, result.stored]).toEqual([true, 0]);
    // Shape errors come before the catalogue's, so the order is by line here.
    // The rule's one fact is the detail: the column, the value found and what it is not.
    const badRow = (line: number, column: string, detail: string) =>
      gistOf('reference.bad-row', { line, column }, { detail });
    expect(byLine(result.messages).map(gist)).toEqual([
      badRow(3, 'time_period', 'time_period "2014" is not a year as 201415'),
      badRow(
        4,
        'geographic_level',
        'geographic_level "County" is not one of National, Regional, Statistical neighbours, Local authority',
      ),
      badRow(5, 'measure', 'measure "ks2_rwm_l6" is not a measure code of the catalogue'),
      badRow(6, 'value', 'value "80%" is not a number'),
    ]);
    expect(await comparators()).toEqual([]);
  });
});
