// Collaborative group membership by year (schemas/README.md §5): bad lines refuse the file, by line.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importGroups } from '../../src/reference/import-groups.js';
import { csvText } from '../support/proforma-csv.js';
import { tempStore, writeIn, type TempStore } from '../support/temp-store.js';
import { gist, gistOf } from '../messages/expect-message.js';

let store: TempStore;
beforeEach(async () => {
  store = await tempStore();
});
afterEach(async () => {
  await store.cleanup();
});

const header = ['urn', 'academic_year', 'collaborative_group', 'triad'];
const memberships = () =>
  store.db.selectFrom('group_memberships').selectAll().orderBy('academic_year').orderBy('urn').execute();

const byLine = <M extends { place: { line?: number } }>(ms: M[]) =>
  [...ms].sort((a, b) => (a.place.line ?? 0) - (b.place.line ?? 0));

describe('importGroups', () => {
  it("stores each school's group and triad for the year, reading the year as written", async () => {
    const path = await writeIn(
      store,
      'groups.csv',
      csvText([
        header,
        ['110001', '2014/15', 'North', 'N1'],
        ['110002', '201415', 'North', ''],
        ['110003', '2015-16', 'South', 'S1'],
      ]),
    );
    expect(await importGroups(store, path)).toMatchObject({ refused: false, stored: 3, messages: [] });
    expect(await memberships()).toEqual([
      { urn: '110001', academic_year: '2014/15', collaborative_group: 'North', triad: 'N1' },
      { urn: '110002', academic_year: '2014/15', collaborative_group: 'North', triad: null },
      { urn: '110003', academic_year: '2015/16', collaborative_group: 'South', triad: 'S1' },
    ]);
  });

  it('refuses bad lines with their line numbers and stores nothing', async () => {
    const path = await writeIn(
      store,
      'groups.csv',
      csvText([
        header,
        ['110001', '2014/15', 'North', 'N1'],
        ['110002', '2014', 'North', 'N1'],
        ['999999', '2014/15', 'North', 'N1'],
        ['110001', '2014/15', 'South', 'S1'],
        ['110003', '2014/15', '', 'S1'],
      ]),
    );
    const result = await importGroups(store, path);
    expect([result.refused, result.stored]).toEqual([true, 0]);
    // Shape errors come before the catalogue's, so the order is by line here.
    expect(byLine(result.messages).map(gist)).toEqual([
      gistOf(
        'reference.bad-row',
        { line: 3, column: 'academic_year' },
        { detail: 'academic_year "2014" is not a year as 2014/15' },
      ),
      gistOf('school.not-in-register', { line: 4, column: 'urn' }, { identifier: 'URN 999999' }),
      gistOf('reference.bad-row', { line: 5 }, { detail: 'URN 110001 is already in a group for 2014/15 on line 2' }),
      gistOf(
        'reference.bad-row',
        { line: 6, column: 'collaborative_group' },
        { detail: 'collaborative_group "" is blank' },
      ),
    ]);
    expect(await memberships()).toEqual([]);
  });

  it('refuses a line with more fields than the header (an unquoted comma in a group name)', async () => {
    const path = await writeIn(
      store,
      'groups.csv',
      `${header.join(',')}\r\n110001,2014/15,North,N1\r\n110003,2014/15,North East, Central,T1\r\n`,
    );
    const result = await importGroups(store, path);
    expect([result.refused, result.stored]).toEqual([true, 0]);
    expect(result.messages.map(gist)).toEqual([gistOf('csv.ragged-row', { line: 3 }, { found: 5, expected: 4 })]);
    expect(await memberships()).toEqual([]);
  });

  it('replaces the membership of each year the file covers, leaving other years alone', async () => {
    await importGroups(
      store,
      await writeIn(
        store,
        'g1.csv',
        csvText([
          header,
          ['110001', '2014/15', 'North', ''],
          ['110002', '2014/15', 'North', ''],
          ['110001', '2013/14', 'Old', ''],
        ]),
      ),
    );
    await importGroups(store, await writeIn(store, 'g2.csv', csvText([header, ['110001', '2014/15', 'South', '']])));
    expect((await memberships()).map((m) => [m.urn, m.academic_year, m.collaborative_group])).toEqual([
      ['110001', '2013/14', 'Old'],
      ['110001', '2014/15', 'South'],
    ]);
  });
});
