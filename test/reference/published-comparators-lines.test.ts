// Lines of a published file that are not as published: refused with the line and column; and a
// provisional year stored as provisional, and said.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importComparators } from '../../src/reference/import-comparators.js';
import { gist, gistOf } from '../messages/expect-message.js';
import { emptyStore, writeIn, type TempStore } from '../support/temp-store.js';

let store: TempStore;
beforeEach(async () => {
  store = await emptyStore();
});
afterEach(async () => {
  await store.cleanup();
});

const LAIT_HEADER = 'short_desc,data_item,year,la_or_region,value,la_number,region';

describe('published comparator lines', () => {
  it('stores a LAIT provisional year marked as provisional, and says so', async () => {
    const path = await writeIn(store, 'lait.csv', `${LAIT_HEADER}\nTotAbs,,2025 (prov),England,6.78,970,NA\n`);
    const result = await importComparators(store, path);
    expect(result.messages.map(gist)).toEqual([
      gistOf('comparators.provisional', {}, { count: 1, years: ['2024/25'] }),
    ]);
    const rows = await store.db.selectFrom('comparators').select(['academic_year', 'provisional', 'value']).execute();
    expect(rows).toEqual([{ academic_year: '2024/25', provisional: 1, value: 6.78 }]);
  });

  it('refuses a LAIT value that is neither a number nor a symbol, naming its line', async () => {
    const path = await writeIn(
      store,
      'lait.csv',
      `${LAIT_HEADER}\nTotAbs,,2016,England,4.57,970,NA\nTotAbs,,2017,England,n/a,970,NA\n`,
    );
    const result = await importComparators(store, path);
    expect([result.refused, result.stored]).toEqual([true, 0]);
    expect(result.messages.map(gist)).toEqual([
      gistOf(
        'reference.bad-row',
        { line: 3, column: 'value' },
        { detail: 'value "n/a" is not a percentage from 0 to 100' },
      ),
    ]);
    expect(await store.db.selectFrom('comparators').selectAll().execute()).toEqual([]);
  });

  it('refuses an EES line whose period is not a number of half terms', async () => {
    const header =
      'term,year,level,country_code,country_name,school_type,characteristic,enrolments,sess_possible,' +
      'sess_authorised,sess_unauthorised,enrolments_PA_10_exact';
    const path = await writeIn(
      store,
      'ees.csv',
      `${header}\nautumn term,201617,National,E92000001,England,Total,Total,10,100,3,2,1\n`,
    );
    const result = await importComparators(store, path);
    expect(result.refused).toBe(true);
    expect(result.messages.map((m) => [m.ruleId, m.place.line, m.place.column])).toEqual([
      ['reference.bad-row', 2, 'term'],
    ]);
  });
});
