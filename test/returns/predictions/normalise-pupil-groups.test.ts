// The normalise stage for a prediction proforma, pupil groups: row labels resolved to the catalogue's
// codes by name or alias, a group twice or unknown refused (schemas/README.md §1).
import { describe, expect, it } from 'vitest';
import { parseBytes, checkOne } from '../../support/pipeline.js';
import { proformaWorkbook } from '../../support/proforma-workbook.js';
import { gist, gistOf } from '../../messages/expect-message.js';

const row = (group: string, cohort: number) => [group, cohort, null, null, null, null, null];

describe('normalisePredictions: pupil groups', () => {
  it('reads groups by their aliases', async () => {
    const rows = [
      row('All', 58),
      row('Male', 30),
      row('Female', 28),
      row('FSM', 21),
      row('Non-FSM', 37),
      row('WB', 40),
      row('sen_ehcp', 2),
    ];
    const ret = (await parseBytes('ks2.xlsx', await proformaWorkbook({ rows }))).returns[0]!;
    expect(ret.messages).toEqual([]);
    expect(ret.groups.map((g) => [g.pupilGroup, g.cohort])).toEqual([
      ['all', 58],
      ['boys', 30],
      ['girls', 28],
      ['disadv', 21],
      ['nondisadv', 37],
      ['wbri', 40],
      ['sen_ehcp', 2],
    ]);
  });

  it('refuses a group that appears twice under two names, and the return with it', async () => {
    const checked = await checkOne(
      'ks2.xlsx',
      await proformaWorkbook({ rows: [row('All pupils', 58), row('Boys', 30), row('Male', 30)] }),
    );
    expect(checked.status).toBe('refused');
    expect(checked.messages.map(gist)).toEqual([
      gistOf('group.duplicate', { sheet: 'Predictions', cell: 'A10' }, { group: 'Boys', firstAt: 'Predictions!A9' }),
    ]);
  });

  it('refuses a group not in the catalogue, listing the nearest', async () => {
    const ret = (
      await parseBytes('ks2.xlsx', await proformaWorkbook({ rows: [row('All pupils', 58), row('Boyz', 30)] }))
    ).returns[0]!;
    expect(ret.messages.map(gist)).toEqual([
      gistOf(
        'group.unknown',
        { sheet: 'Predictions', cell: 'A9' },
        { found: 'Boyz', nearest: ['Boys', 'EAL', 'Girls'] },
      ),
    ]);
  });
});
