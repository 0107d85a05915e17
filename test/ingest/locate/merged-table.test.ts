// A merge over the table's figures is refused (issue 11: merged cells over values were accepted
// with no word): a merge shows its top-left figure across every cell it covers and hides what the
// others hold, so neither what the school sees nor what the file holds can be taken as its figure.
// A merge outside the table (a title across the header block) is let be.
import { describe, expect, it } from 'vitest';
import { checkOne } from '../../support/pipeline.js';
import { proformaWorkbook } from '../../support/proforma-workbook.js';
import { gist, gistOf } from '../../messages/expect-message.js';

describe('a merge in a proforma', () => {
  it('over figures of the table refuses the return, naming the range', async () => {
    // C9:E9 is Boys' RWM L4+, RWM L5+ and Reading L4+ (22, 5, 26): one figure shows where three were.
    const ret = await checkOne('ks2.xlsx', await proformaWorkbook({ merges: ['C9:E9'] }));
    expect(ret.status).toBe('refused');
    expect(ret.messages.map(gist)).toEqual([
      gistOf('table.merged-cells', { sheet: 'Predictions', cell: 'C9' }, { range: 'C9:E9' }),
    ]);
  });

  it('over the header block only is let be', async () => {
    // B2:D2 is the school's name and two blank cells beside it.
    const ret = await checkOne('ks2.xlsx', await proformaWorkbook({ merges: ['B2:D2'] }));
    expect(ret.status).toBe('accepted');
  });
});
