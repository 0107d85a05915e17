// A reference file that gives the same thing twice, or a rate outside 0-100, is refused whole:
// taking one of two values would overwrite the other without a word.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importComparators } from '../../src/reference/import-comparators.js';
import { importRegister } from '../../src/reference/import-register.js';
import { importTargets } from '../../src/reference/import-targets.js';
import { csvText } from '../support/proforma-csv.js';
import { giasCsv, REGISTER } from '../support/register.js';
import { emptyStore, writeIn, type TempStore } from '../support/temp-store.js';
import type { Message } from '../../src/messages/message.js';
import { gist, gistOf } from '../messages/expect-message.js';

let store: TempStore;
beforeEach(async () => {
  store = await emptyStore();
});
afterEach(async () => {
  await store.cleanup();
});

const said = (r: { refused: boolean; stored: number; messages: Message[] }) => [
  r.refused,
  r.stored,
  r.messages.filter((m) => m.ruleId === 'reference.bad-row').map(gist),
];
/** A bad line, its detail the one fact the rule is given. */
const badRow = (line: number, detail: string, column?: string) =>
  gistOf('reference.bad-row', { line, ...(column ? { column } : {}) }, { detail });

describe('reference files: repeated keys and impossible values', () => {
  it('refuses a register that gives a URN twice', async () => {
    const path = await writeIn(
      store,
      'gias.csv',
      giasCsv([...REGISTER, { ...REGISTER[0]!, name: 'Alder (duplicate)' }]),
    );
    expect(said(await importRegister(store, path, ['874']))).toEqual([
      true,
      0,
      [badRow(6, 'URN 110001 is given again (first on line 2)')],
    ]);
  });

  it('refuses comparators that give one figure twice, or a rate above 100', async () => {
    const header = ['time_period', 'geographic_level', 'area_name', 'key_stage', 'measure', 'pupil_group', 'value'];
    const twice = await writeIn(
      store,
      'twice.csv',
      csvText([
        header,
        ['201415', 'National', 'England', 'KS2', 'ks2_rwm_l4', 'all', '80'],
        ['201415', 'National', 'England', 'KS2', 'ks2_rwm_l4', 'all', '81'],
      ]),
    );
    expect(said(await importComparators(store, twice))).toEqual([
      true,
      0,
      [badRow(3, 'ks2_rwm_l4 for all, England KS2 2014/15 is given again (first on line 2)')],
    ]);
    const range = await writeIn(
      store,
      'range.csv',
      csvText([header, ['201415', 'National', 'England', 'KS2', 'ks2_rwm_l4', 'all', '530']]),
    );
    expect(said(await importComparators(store, range))).toEqual([
      true,
      0,
      [badRow(2, 'value 530 is not a percentage from 0 to 100', 'value')],
    ]);
  });

  it('refuses targets that give one target twice, or an absence rate above 100', async () => {
    const header = ['academic_year', 'scope', 'measure', 'pupil_group', 'value'];
    const path = await writeIn(
      store,
      'targets.csv',
      csvText([
        header,
        ['2014/15', 'city', 'overall_absence_rate', 'all', '4.5'],
        ['2014/15', 'city', 'overall_absence_rate', 'all', '4.2'],
        ['2015/16', 'city', 'overall_absence_rate', 'all', '140'],
      ]),
    );
    expect(said(await importTargets(store, path))).toEqual([
      true,
      0,
      [
        badRow(4, 'value 140 is not a percentage from 0 to 100', 'value'),
        badRow(3, 'the 2014/15 target for city overall_absence_rate all is given again (first on line 2)'),
      ],
    ]);
  });
});
