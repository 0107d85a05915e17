// The normalise stage for a prediction proforma, cohorts: a group with no pupils is left out, a cohort
// that cannot be a number of pupils beside predictions is refused (schemas/README.md §1).
import { describe, expect, it } from 'vitest';
import { parseBytes } from '../../support/pipeline.js';
import { proformaWorkbook } from '../../support/proforma-workbook.js';
import { EXAMPLE_ROWS } from '../../support/example.js';
import { gist, gistOf } from '../../messages/expect-message.js';

async function withEal(eal: (string | number | null)[]) {
  const ret = (await parseBytes('ks2.xlsx', await proformaWorkbook({ rows: [...EXAMPLE_ROWS.slice(0, 4), eal] })))
    .returns[0]!;
  return {
    groups: ret.groups.map((g) => g.pupilGroup),
    said: ret.messages.map(gist),
  };
}

/** EAL's cohort, in row 12 below All pupils, Boys, Girls and Disadvantaged. */
const B12 = { sheet: 'Predictions', cell: 'B12' };

describe('normalisePredictions: cohorts', () => {
  it('leaves out a group with a cohort of 0 and no predictions, with a warning', async () => {
    expect(await withEal(['EAL', 0, null, null, null, null, null])).toEqual({
      groups: ['all', 'boys', 'girls', 'disadv'],
      said: [gistOf('group.no-pupils', B12, { group: 'EAL' })],
    });
    expect((await withEal(['EAL', 0, 0, 0, 0, 0, 0])).said).toEqual([gistOf('group.no-pupils', B12, { group: 'EAL' })]);
  });

  it('refuses a cohort of 0 beside predictions', async () => {
    expect((await withEal(['EAL', 0, 15, 3, 16, 16, 17])).said).toEqual([
      gistOf('cohort.invalid', B12, { group: 'EAL', found: '0' }),
    ]);
  });

  it('refuses a cohort that is blank, fractional or negative beside predictions', async () => {
    expect((await withEal(['EAL', null, 15, 3, 16, 16, 17])).said).toEqual([
      gistOf('cohort.invalid', B12, { group: 'EAL', found: '(blank)' }),
    ]);
    expect((await withEal(['EAL', 19.5, 15, 3, 16, 16, 17])).said).toEqual([
      gistOf('cohort.invalid', B12, { group: 'EAL', found: '19.5' }),
    ]);
    expect((await withEal(['EAL', -19, 15, 3, 16, 16, 17])).said).toEqual([
      gistOf('cohort.invalid', B12, { group: 'EAL', found: '-19' }),
    ]);
  });

  it('takes "n/a" for blank here too: a cohort of 0 with n/a across is left out with a warning, a row of n/a without one', async () => {
    expect((await withEal(['EAL', 0, 'n/a', 'n/a', 'n/a', 'n/a', 'n/a'])).said).toEqual([
      gistOf('group.no-pupils', B12, { group: 'EAL' }),
    ]);
    expect(await withEal(['EAL', 'n/a', 'n/a', 'n/a', 'n/a', 'n/a', 'n/a'])).toEqual({
      groups: ['all', 'boys', 'girls', 'disadv'],
      said: [],
    });
  });

  it('leaves out a template row the school left empty, without a word', async () => {
    expect(await withEal(['EAL', null, null, null, null, null, null])).toEqual({
      groups: ['all', 'boys', 'girls', 'disadv'],
      said: [],
    });
  });
});
