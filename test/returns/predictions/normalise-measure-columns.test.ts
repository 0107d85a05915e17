// The normalise stage for a prediction proforma, measure columns: headings resolved to the catalogue's
// codes, and the columns that cannot be read refused or queried (schemas/README.md §1).
import { describe, expect, it } from 'vitest';
import { parseBytes } from '../../support/pipeline.js';
import { proformaWorkbook } from '../../support/proforma-workbook.js';

async function normalised(
  columns: string[],
  rows: (string | number | null)[][] = [['All pupils', 58, ...[46, 12, 52, 49, 51].slice(0, columns.length)]],
) {
  return (await parseBytes('ks2.xlsx', await proformaWorkbook({ columns, rows }))).returns[0]!;
}
const said = (messages: { ruleId: string; place: { cell?: string }; text: string }[]) =>
  messages.map((m) => [m.ruleId, m.place.cell, m.text]);

describe('normalisePredictions: measure columns', () => {
  it('queries figures under a blank heading (a merged header cell) or beyond the last heading, which are not read', async () => {
    const merged = await parseBytes('ks2.xlsx', await proformaWorkbook({ merges: ['C7:D7'] }));
    const beyond = await normalised(['RWM L4+', 'RWM L5+'], [['All pupils', 58, 46, 12, 52]]);
    expect(said(merged.returns[0]!.messages)).toEqual([
      [
        'column.unnamed',
        'D8',
        'this column has values ("12" and perhaps more) but no heading, so none of them was read: give the column its measure\'s name and send the return again, or clear it',
      ],
    ]);
    expect(said(beyond.messages).map((m) => m.slice(0, 2))).toEqual([['column.unnamed', 'E8']]);
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
    expect(said(ret.messages)).toEqual([
      ['column.ignored', 'D7', 'the column "Comments" is not a measure and was ignored'],
    ]);
    expect(ret.groups[0]!.values.map((v) => v.measure)).toEqual(['ks2_rwm_l4']);
  });

  it('refuses an unknown heading, listing the nearest measures of the key stage', async () => {
    const ret = await normalised(['RWM L4', 'Reading L4+']);
    // "rwml4" is 1 edit from "rwml4+", 2 from "rwml4b+" and "rwml5+".
    expect(said(ret.messages)).toEqual([
      [
        'measure.unknown',
        'C7',
        'the column "RWM L4" is not a KS2 measure in the catalogue (nearest known: "RWM L4+", "RWM L4B+", "RWM L5+"): rename it to a measure\'s name, or clear its heading',
      ],
    ]);
  });

  it("refuses a measure of the other framework, naming the year's framework", async () => {
    const ret = await normalised(['RWM L4+', 'RWM EXS+']);
    expect(said(ret.messages)).toEqual([
      [
        'measure.wrong-framework',
        'D7',
        '"RWM EXS+" is not a measure of 2014/15, which uses the National curriculum levels (to 2014/15) framework: use the template for 2014/15',
      ],
    ]);
  });

  it('refuses a measure that appears twice, under any of its names', async () => {
    const ret = await normalised(['RWM L4+', 'ks2_rwm_l4']);
    expect(said(ret.messages)).toEqual([
      [
        'measure.duplicate',
        'D7',
        'the measure RWM L4+ appears twice (first at Predictions!C7): keep one column for it',
      ],
    ]);
  });

  it('refuses a table whose column B is not the cohort', async () => {
    const ret = (await parseBytes('ks2.xlsx', await proformaWorkbook({ cells: { B7: 'Pupils' } }))).returns[0]!;
    expect(said(ret.messages)).toEqual([
      [
        'table.cohort-column',
        'B7',
        'the column after "Pupil group" must be "Cohort", found "Pupils": restore the template\'s columns',
      ],
    ]);
  });
});
