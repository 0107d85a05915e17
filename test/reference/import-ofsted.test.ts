// Ofsted's management-information CSV (schemas/README.md §5), read as Ofsted publishes it: the grade
// or its words, Inspection start date or else Publication date, other schools' lines not read, a
// line with no judgement skipped and counted, a bad line refusing the file by its line.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importOfsted } from '../../src/reference/import-ofsted.js';
import { loadInspections } from '../../src/store/queries/ofsted.js';
import { tempStore, writeIn, type TempStore } from '../support/temp-store.js';
import { gist } from '../messages/expect-message.js';

let store: TempStore;
beforeAll(async () => {
  store = await tempStore();
});
afterAll(async () => store.cleanup());

const HEADER = 'Web link,URN,School name,Inspection type,Inspection start date,Publication date,Overall effectiveness';

describe('importOfsted', () => {
  it('stores the judgement and date of each school of the register, skipping the rest', async () => {
    const path = await writeIn(
      store,
      'mi.csv',
      [
        HEADER,
        'http://x/110001,110001,Alder,S5 Inspection,02/02/2012,02/03/2012,2',
        'http://x/110002,110002,St Mary’s,S8 Inspection,,15/06/2014,Requires improvement',
        'http://x/110003,110003,Cedar,Monitoring,10/10/2014,,NULL',
        'http://x/120001,120001,Elsewhere,S5 Inspection,not a date,,lots',
      ].join('\r\n'),
    );
    const result = await importOfsted(store, path);
    expect(result).toMatchObject({ refused: false, stored: 2 });
    expect(result.messages.map(gist)).toEqual([{ ruleId: 'ofsted.no-judgement', facts: { skipped: 1 } }]);
    expect(await loadInspections(store)).toEqual([
      { urn: '110001', inspection_date: '2012-02-02', judgement: 'Good' },
      { urn: '110002', inspection_date: '2014-06-15', judgement: 'Requires improvement' },
    ]);
  });

  it('refuses the file, by line and column, for a judgement that is not 1 to 4 or its words', async () => {
    const path = await writeIn(store, 'bad.csv', [HEADER, 'x,110001,Alder,S5,03/03/2015,,Excellent'].join('\n'));
    const result = await importOfsted(store, path);
    expect(result).toMatchObject({ refused: true, stored: 0 });
    expect(result.messages.map(gist)).toMatchObject([
      { ruleId: 'reference.bad-row', line: 2, column: 'Overall effectiveness' },
    ]);
  });

  it('refuses a file with no inspection date column', async () => {
    const path = await writeIn(store, 'no-date.csv', 'URN,Overall effectiveness\n110001,1\n');
    expect((await importOfsted(store, path)).messages.map(gist)).toMatchObject([
      { ruleId: 'reference.missing-columns', facts: { columns: ['Inspection start date'] } },
    ]);
  });
});
