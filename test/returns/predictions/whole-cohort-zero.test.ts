// All pupils with a cohort of 0 is no return at all (issue 11: one with figures in the other rows,
// or zeros in its own, was accepted with All pupils left out as a group with no pupils). Refused;
// another group of 0 with no figures is still left out with a warning.
import { describe, expect, it } from 'vitest';
import { checkOne } from '../../support/pipeline.js';
import { proformaWorkbook } from '../../support/proforma-workbook.js';
import { EXAMPLE_ROWS } from '../../support/example.js';
import { gist, gistOf } from '../../messages/expect-message.js';

const B8 = { sheet: 'Predictions', cell: 'B8' };
const withAll = (all: (string | number | null)[]) => proformaWorkbook({ rows: [all, ...EXAMPLE_ROWS.slice(1)] });

describe('a proforma whose All pupils cohort is 0', () => {
  it('is refused when its own figures are zeros', async () => {
    const ret = await checkOne('ks2.xlsx', await withAll(['All pupils', 0, 0, 0, 0, 0, 0]));
    expect(ret.status).toBe('refused');
    expect(ret.messages.map(gist)).toContainEqual(gistOf('cohort.invalid', B8, { group: 'All pupils', found: '0' }));
  });

  it('is refused when its own figures are blank and the other groups have theirs', async () => {
    const ret = await checkOne('ks2.xlsx', await withAll(['All pupils', 0, null, null, null, null, null]));
    expect(ret.status).toBe('refused');
    expect(ret.messages.map(gist)).toContainEqual(gistOf('cohort.invalid', B8, { group: 'All pupils', found: '0' }));
  });
});
