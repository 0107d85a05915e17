// A part of a partition given alone (Boys, with no Girls row) is never more than its whole: it was
// not queried at all, as the partition rule looked only at two parts or more (issue 11).
import { describe, expect, it } from 'vitest';
import { checkOne } from '../../support/pipeline.js';
import { proformaWorkbook } from '../../support/proforma-workbook.js';
import { gist, gistOf } from '../../messages/expect-message.js';

describe('a proforma with Boys and no Girls', () => {
  it('queries a Boys cohort above All pupils, and accepts the return', async () => {
    // All pupils 30, Boys 40: each count of Boys is within its own cohort but the cohort is above the whole.
    const rows = [
      ['All pupils', 30, 20, 5, 25, 24, 26],
      ['Boys', 40, 20, 5, 25, 24, 26],
    ];
    const ret = await checkOne('ks2.xlsx', await proformaWorkbook({ rows }));
    expect(ret.status).toBe('accepted');
    expect(ret.messages.map(gist)).toEqual([
      gistOf(
        'subset.above-whole',
        { sheet: 'Predictions', cell: 'A9' },
        { quantity: 'Cohort', group: 'Boys', value: 40, whole: 'All pupils', wholeValue: 30 },
      ),
    ]);
  });

  it('says nothing when Boys is within All pupils', async () => {
    const rows = [
      ['All pupils', 30, 20, 5, 25, 24, 26],
      ['Boys', 16, 10, 2, 13, 12, 14],
    ];
    const ret = await checkOne('ks2.xlsx', await proformaWorkbook({ rows }));
    expect(ret.messages).toEqual([]);
  });
});
