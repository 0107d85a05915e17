// The schools register from a GIAS extract as downloaded (schemas/README.md §5): Windows-1252, all of
// England; only the LA's schools are kept.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importRegister } from '../../src/reference/import-register.js';
import { loadSchools } from '../../src/store/queries/register.js';
import { giasCsv, REGISTER } from '../support/register.js';
import { emptyStore, writeIn, type TempStore } from '../support/temp-store.js';
import { gist, gistOf } from '../messages/expect-message.js';

let store: TempStore;
beforeEach(async () => {
  store = await emptyStore();
});
afterEach(async () => {
  await store.cleanup();
});

describe('importRegister', () => {
  it('keeps only the schools of the LA, with LAESTAB as LA code and establishment number', async () => {
    const result = await importRegister(store, await writeIn(store, 'gias.csv', giasCsv()), ['874']);
    expect([result.refused, result.stored]).toEqual([false, 3]);
    expect((await loadSchools(store)).map((s) => [s.urn, s.laestab, s.laCode, s.type])).toEqual([
      ['110001', '8742001', '874', 'Community school'],
      ['110002', '8742002', '874', 'Voluntary aided school'],
      ['110003', '8742003', '874', 'Academy converter'],
    ]);
  });

  it("keeps a closed school's close date, written by GIAS as 31-08-2013, as 2013-08-31", async () => {
    const text =
      'URN,LA (code),EstablishmentNumber,EstablishmentName,TypeOfEstablishment (name),EstablishmentStatus (name),PhaseOfEducation (name),CloseDate\n' +
      '109871,874,2027,Orchard Park Primary School,Community school,Closed,Primary,31-08-2013\n110027,874,2127,Orchard Park Primary Academy,Academy converter,Open,Primary,\n';
    await importRegister(store, await writeIn(store, 'gias.csv', text), ['874']);
    expect((await loadSchools(store)).map((s) => [s.urn, s.status, s.closeDate])).toEqual([
      ['109871', 'Closed', '2013-08-31'],
      ['110027', 'Open', undefined],
    ]);
  });

  it('decodes the Windows-1252 apostrophe of St Mary’s as U+2019, with no warning: GIAS writes Windows-1252', async () => {
    const result = await importRegister(store, await writeIn(store, 'gias.csv', giasCsv()), ['874']);
    const stMarys = (await loadSchools(store)).find((s) => s.urn === '110002')!;
    expect(stMarys.name).toBe('St Mary\u2019s Catholic Primary School');
    expect(result.messages).toEqual([]);
  });

  it('refuses a register with no school of the LA, storing nothing', async () => {
    const path = await writeIn(store, 'gias.csv', giasCsv(REGISTER.filter((s) => s.la !== '874')));
    const result = await importRegister(store, path, ['874']);
    expect(result.refused).toBe(true);
    expect(result.messages.filter((m) => m.severity === 'error').map(gist)).toEqual([
      gistOf('register.no-schools', {}, { la: '874' }),
    ]);
    expect(await loadSchools(store)).toEqual([]);
  });

  it("refuses a bad line of the LA by its line number, storing nothing, and ignores other LAs' lines", async () => {
    const schools = [
      ...REGISTER,
      { urn: '11004', la: '874', establishmentNumber: '2004', name: 'Dale Primary School' },
      { urn: 'closed', la: '873', establishmentNumber: '9', name: '' },
    ];
    const path = await writeIn(store, 'gias.csv', giasCsv(schools));
    const result = await importRegister(store, path, ['874']);
    expect(result.refused).toBe(true);
    // The header is line 1, so the fifth school is on line 6.
    expect(result.messages.filter((m) => m.severity === 'error').map(gist)).toEqual([
      gistOf('reference.bad-row', { line: 6, column: 'URN' }, { detail: 'URN "11004" is not a 6-digit URN' }),
    ]);
    expect(await loadSchools(store)).toEqual([]);
  });

  it('refuses a file without the GIAS columns, naming them', async () => {
    const result = await importRegister(store, await writeIn(store, 'gias.csv', 'URN,Name\r\n110001,Alder\r\n'), [
      '874',
    ]);
    expect(result.messages.map(gist)).toEqual([
      gistOf(
        'reference.missing-columns',
        { line: 1 },
        {
          columns: [
            'LA (code)',
            'EstablishmentNumber',
            'EstablishmentName',
            'PhaseOfEducation (name)',
            'TypeOfEstablishment (name)',
            'EstablishmentStatus (name)',
          ],
        },
      ),
    ]);
  });
});
