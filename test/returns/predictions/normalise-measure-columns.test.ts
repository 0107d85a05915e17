// The normalise stage for a prediction proforma, measure columns: headings resolved to the catalogue's
// codes, and the columns that cannot be read refused or queried (schemas/README.md §1).
import { describe, expect, it } from 'vitest';
import { parseBytes } from '../../support/pipeline.js';
import { proformaWorkbook } from '../../support/proforma-workbook.js';
import { gist, gistOf } from '../../messages/expect-message.js';

async function normalised(
  columns: string[],
  rows: (string | number | null)[][] = [['All pupils', 58, ...[46, 12, 52, 49, 51].slice(0, columns.length)]],
) {
  return (await parseBytes('ks2.xlsx', await proformaWorkbook({ columns, rows }))).returns[0]!;
}
/** A cell of the proforma's sheet: the table's headings are row 7, All pupils row 8. */
const at = (cell: string) => ({ sheet: 'Predictions', cell });

describe('normalisePredictions: measure columns', () => {
  it('queries figures under a blank heading (a merged header cell) or beyond the last heading, which are not read', async () => {
    const merged = await parseBytes('ks2.xlsx', await proformaWorkbook({ merges: ['C7:D7'] }));
    const beyond = await normalised(['RWM L4+', 'RWM L5+'], [['All pupils', 58, 46, 12, 52]]);
    // Merged, D7 is blank above All pupils' RWM L5+ (12); beyond, E7 is blank above its reading L4+ (52).
    expect(merged.returns[0]!.messages.map(gist)).toEqual([gistOf('column.unnamed', at('D8'), { found: '12' })]);
    expect(beyond.messages.map(gist)).toEqual([gistOf('column.unnamed', at('E8'), { found: '52' })]);
  });

  it('reads a measure by its code, label or alias, in any case and spacing', async () => {
    const ret = await normalised(['RWM Level 4+', 'rwm  l5+', 'ks2_read_l4', 'Writing Level 4+', 'MATHS L4+']);
    expect(ret.messages).toEqual([]);
    expect(ret.groups[0]!.values.map((v) => [v.measure, v.value])).toEqual([
      ['ks2_rwm_l4', 46],
      ['ks2_rwm_l5', 12],
      ['ks2_read_l4', 52],
      ['ks2_writ_l4', 49],
      ['ks2_mat_l4', 51],
    ]);
  });

  it('ignores a Comments column, with a warning, whatever it holds', async () => {
    const ret = await normalised(['RWM L4+', 'Comments'], [['All pupils', 58, 46, 'Two pupils joined in September']]);
    expect(ret.messages.map(gist)).toEqual([gistOf('column.ignored', at('D7'), { heading: 'Comments' })]);
    expect(ret.groups[0]!.values.map((v) => v.measure)).toEqual(['ks2_rwm_l4']);
  });

  it('refuses an unknown heading, listing the nearest measures of the key stage', async () => {
    const ret = await normalised(['RWM L4', 'Reading L4+']);
    // "rwml4" is 1 edit from "rwml4+", 2 from "rwml4b+" and "rwml5+".
    expect(ret.messages.map(gist)).toEqual([
      gistOf('measure.unknown', at('C7'), {
        found: 'RWM L4',
        keyStage: 'KS2',
        nearest: ['RWM L4+', 'RWM L4B+', 'RWM L5+'],
      }),
    ]);
  });

  it("refuses a measure of the other framework, naming the year's framework", async () => {
    const ret = await normalised(['RWM L4+', 'RWM EXS+']);
    expect(ret.messages.map(gist)).toEqual([
      gistOf('measure.wrong-framework', at('D7'), {
        found: 'RWM EXS+',
        year: '2014/15',
        framework: 'National curriculum levels (to 2014/15)',
      }),
    ]);
  });

  it('refuses a measure that appears twice, under any of its names', async () => {
    const ret = await normalised(['RWM L4+', 'ks2_rwm_l4']);
    expect(ret.messages.map(gist)).toEqual([
      gistOf('measure.duplicate', at('D7'), { measure: 'RWM L4+', firstAt: 'Predictions!C7' }),
    ]);
  });

  it('refuses a table whose column B is not the cohort', async () => {
    const ret = (await parseBytes('ks2.xlsx', await proformaWorkbook({ cells: { B7: 'Pupils' } }))).returns[0]!;
    expect(ret.messages.map(gist)).toEqual([gistOf('table.cohort-column', at('B7'), { found: 'Pupils' })]);
  });
});
