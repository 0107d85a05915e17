// The normalise stage for a prediction proforma, cells: what one cell's text, error or formula is read
// as, and what the school is told about it (schemas/README.md §1).
import { describe, expect, it } from 'vitest';
import type ExcelJS from 'exceljs';
import { parseBytes } from '../../support/pipeline.js';
import { proformaWorkbook, type FormattedCell } from '../../support/proforma-workbook.js';
import { gist, gistOf } from '../../messages/expect-message.js';

/** All pupils' RWM L4+ (C8) set to `value`: what is kept of it and what is said. */
async function rwmOfAll(value: ExcelJS.CellValue | FormattedCell) {
  const ret = (await parseBytes('ks2.xlsx', await proformaWorkbook({ cells: { C8: value } }))).returns[0]!;
  const all = ret.groups.find((g) => g.pupilGroup === 'all')!;
  return {
    kept: all.values.find((v) => v.measure === 'ks2_rwm_l4')?.value,
    said: ret.messages.map(gist),
  };
}

const C8 = { sheet: 'Predictions', cell: 'C8' };
/** The facts of a message about All pupils' RWM L4+, `found` as the cell shows it. */
const rwmOfAllFacts = (found: string) => ({ measure: 'RWM L4+', group: 'All pupils', found });

describe('normalisePredictions: cells', () => {
  it('reads a number typed as text', async () => {
    expect(await rwmOfAll(' 46 ')).toEqual({ kept: 46, said: [] });
  });

  it('reads "n/a" as blank, with a warning', async () => {
    expect(await rwmOfAll('n/a')).toEqual({
      kept: undefined,
      said: [gistOf('cell.read-as-blank', C8, rwmOfAllFacts('n/a'))],
    });
  });

  it('refuses a word that is not a number, such as "lots"', async () => {
    expect(await rwmOfAll('lots')).toEqual({
      kept: undefined,
      said: [gistOf('cell.not-a-number', C8, rwmOfAllFacts('lots'))],
    });
  });

  it('refuses a percentage above 100% as a percentage, not as a count that looks like one', async () => {
    expect(await rwmOfAll('7900%')).toEqual({
      kept: undefined,
      said: [gistOf('cell.percent-out-of-range', C8, rwmOfAllFacts('7900%'))],
    });
  });

  it('refuses an Excel error such as #DIV/0!', async () => {
    expect(await rwmOfAll({ formula: 'C9/0', result: { error: '#DIV/0!' } })).toEqual({
      kept: undefined,
      said: [gistOf('cell.excel-error', C8, rwmOfAllFacts('#DIV/0!'))],
    });
  });

  it('refuses a date-formatted number beyond the calendar (Excel shows #####) as an Excel error, without failing', async () => {
    expect(await rwmOfAll({ value: 1e9, numFmt: 'dd/mm/yyyy' })).toEqual({
      kept: undefined,
      said: [gistOf('cell.excel-error', C8, rwmOfAllFacts('#####'))],
    });
  });

  it('reads a formula by its cached result: SUM(C9:C10) saved as 22 + 24 = 46', async () => {
    expect(await rwmOfAll({ formula: 'SUM(C9:C10)', result: 46 })).toEqual({ kept: 46, said: [] });
  });

  it('queries a formula with no cached result and keeps no value for it', async () => {
    expect(await rwmOfAll({ formula: 'SUM(C9:C10)' } as ExcelJS.CellValue)).toEqual({
      kept: undefined,
      said: [gistOf('cell.formula-without-result', C8, rwmOfAllFacts(''))],
    });
  });
});
