// GIAS as downloaded (issue 12): Results.zip holding the 139-column extract and the links file,
// Windows-1252 with CRLF, imported in one command; establishments the city does not collect from
// are counted by type and skipped, never refused.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importRegister } from '../../src/reference/import-register.js';
import { loadLinks, loadSchools } from '../../src/store/queries/register.js';
import { emptyStore, writeIn, type TempStore } from '../support/temp-store.js';
import { gist, gistOf } from '../messages/expect-message.js';
import { CITY, GIAS_HEADER, giasText, linksText, resultsZip, windows1252 } from './gias-download.js';

let store: TempStore;
beforeEach(async () => {
  store = await emptyStore();
});
afterEach(async () => {
  await store.cleanup();
});

const CITY_URNS = [
  '109001',
  '109002',
  '110001',
  '110002',
  '110020',
  '110030',
  '110040',
  '110050',
  '140001',
  '140010',
  '145001',
];

describe('register import of a GIAS download', () => {
  it('reads the real 139-column header', () => {
    expect(GIAS_HEADER).toHaveLength(139);
  });

  it("imports Results.zip in one call: the LA's schools and their links, the rest counted and skipped by type", async () => {
    const zip = resultsZip(windows1252(giasText()), windows1252(linksText()));
    const result = await importRegister(store, await writeIn(store, 'Results.zip', zip), ['874']);
    expect([result.refused, result.stored, result.links]).toEqual([false, 11, 4]);
    expect(result.skipped).toEqual({ "Children's centre": 1, 'Further education': 1, 'Other independent school': 1 });
    expect(result.otherLas).toBe(3);
    // Windows-1252 is what GIAS writes: no "not UTF-8" warning, only the skipped establishments.
    expect(result.messages.map(gist)).toEqual([
      gistOf(
        'register.skipped',
        {},
        { skipped: 3, kinds: ["Children's centre 1", 'Further education 1', 'Other independent school 1'] },
      ),
    ]);
    expect((await loadSchools(store)).map((s) => s.urn)).toEqual(CITY_URNS);
    expect((await loadLinks(store)).map((l) => [l.urn, l.linkUrn, l.linkType, l.established])).toEqual([
      ['109001', '140001', 'Successor', '2014-09-01'],
      ['109002', '110001', 'Successor - amalgamated', '2013-09-01'],
      ['110001', '109002', 'Predecessor - amalgamated', '2013-09-01'],
      ['140001', '109001', 'Predecessor', '2014-09-01'],
    ]);
  });

  it('decodes ’ and é from Windows-1252, and keeps open and close dates as yyyy-mm-dd', async () => {
    await importRegister(store, await writeIn(store, 'gias.csv', windows1252(giasText())), ['874']);
    const schools = new Map((await loadSchools(store)).map((s) => [s.urn, s]));
    expect(schools.get('110002')!.name).toBe('St Th\u00e9r\u00e8se\u2019s Catholic Primary School');
    expect([schools.get('109001')!.closeDate, schools.get('109001')!.openDate]).toEqual(['2014-08-31', undefined]);
    expect([schools.get('140001')!.openDate, schools.get('140001')!.laestab]).toEqual(['2014-09-01', '8744001']);
    expect(schools.get('145001')!.status).toBe('Proposed to open');
  });

  it('reads the same extract saved as UTF-8 with a BOM alike', async () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(giasText(), 'utf8')]);
    const result = await importRegister(store, await writeIn(store, 'gias.csv', bytes), ['874']);
    expect(result.stored).toBe(11);
    expect((await loadSchools(store)).find((s) => s.urn === '110002')!.name).toContain('Thérèse’s');
  });

  it('imports a links file given on its own, after the extract, keeping only the links of its schools', async () => {
    await importRegister(store, await writeIn(store, 'gias.csv', windows1252(giasText())), ['874']);
    const path = await writeIn(store, 'links_edubasealldata20251201.csv', windows1252(linksText()));
    const result = await importRegister(store, path, ['874']);
    expect([result.refused, result.stored, result.links]).toEqual([false, 0, 4]);
    expect(await loadLinks(store)).toHaveLength(4);
  });

  it('refuses the whole file for a bad line of a school it keeps, naming line and column', async () => {
    const lines = [...CITY, { ...CITY[0], URN: '110099', EstablishmentNumber: '2099', CloseDate: '2014-08-31' }];
    const result = await importRegister(store, await writeIn(store, 'gias.csv', windows1252(giasText(lines))), ['874']);
    expect(result.refused).toBe(true);
    expect(result.messages.filter((m) => m.severity === 'error').map(gist)).toEqual([
      gistOf(
        'reference.bad-row',
        { line: CITY.length + 2, column: 'CloseDate' },
        { detail: 'CloseDate "2014-08-31" is not a date such as 31-08-2013' },
      ),
    ]);
    expect(await loadSchools(store)).toEqual([]);
  });

  it('refuses a zip whose extract does not match its CRC, and one holding no CSV', async () => {
    const zip = resultsZip(windows1252(giasText()));
    // The extract is stored deflated; flip a byte of its data well past the headers.
    const damaged = Uint8Array.from(zip);
    damaged[200] = damaged[200]! ^ 0xff;
    const result = await importRegister(store, await writeIn(store, 'Results.zip', damaged), ['874']);
    expect([result.refused, result.messages.map((m) => m.ruleId)]).toEqual([true, ['register.zip-unreadable']]);

    const { zipSync } = await import('fflate');
    const empty = await writeIn(store, 'empty.zip', zipSync({ 'readme.txt': new Uint8Array([65]) }));
    expect((await importRegister(store, empty, ['874'])).messages.map(gist)).toEqual([
      gistOf('register.zip-no-csv', {}, { found: ['readme.txt'] }),
    ]);
  });
});
