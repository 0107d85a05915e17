// The normalise stage for a prediction proforma, cells: what one cell's text, error or formula is read
// as, and what the school is told about it (schemas/README.md §1).
import { describe, expect, it } from 'vitest';
import type ExcelJS from 'exceljs';
import { parseBytes } from '../../support/pipeline.js';
import { proformaWorkbook, type FormattedCell } from '../../support/proforma-workbook.js';

/** All pupils' RWM L4+ (C8) set to `value`: what is kept of it and what is said. */
async function rwmOfAll(value: ExcelJS.CellValue | FormattedCell) {
  const ret = (await parseBytes('ks2.xlsx', await proformaWorkbook({ cells: { C8: value } }))).returns[0]!;
  const all = ret.groups.find((g) => g.pupilGroup === 'all')!;
  return {
    kept: all.values.find((v) => v.measure === 'ks2_rwm_l4')?.value,
    said: ret.messages.map((m) => ({ ruleId: m.ruleId, severity: m.severity, cell: m.place.cell, text: m.text })),
  };
}

describe('normalisePredictions: cells', () => {
  it('reads a number typed as text', async () => {
    expect(await rwmOfAll(' 46 ')).toEqual({ kept: 46, said: [] });
  });

  it('reads "n/a" as blank, with a warning', async () => {
    expect(await rwmOfAll('n/a')).toEqual({
      kept: undefined,
      said: [
        {
          ruleId: 'cell.read-as-blank',
          severity: 'warning',
          cell: 'C8',
          text: 'RWM L4+ for All pupils is "n/a", read as blank (not predicted)',
        },
      ],
    });
  });

  it('refuses a word that is not a number, such as "lots"', async () => {
    expect(await rwmOfAll('lots')).toEqual({
      kept: undefined,
      said: [
        {
          ruleId: 'cell.not-a-number',
          severity: 'error',
          cell: 'C8',
          text: 'RWM L4+ for All pupils is "lots", neither a number nor a percentage: enter a number, or leave it blank if not predicted',
        },
      ],
    });
  });

  it('refuses a percentage above 100% as a percentage, not as a count that looks like one', async () => {
    expect(await rwmOfAll('7900%')).toEqual({
      kept: undefined,
      said: [
        {
          ruleId: 'cell.percent-out-of-range',
          severity: 'error',
          cell: 'C8',
          text: 'RWM L4+ for All pupils is 7900%, a percentage outside 0% to 100%: enter the number of pupils, or a percentage of the cohort',
        },
      ],
    });
  });

  it('refuses an Excel error such as #DIV/0!', async () => {
    expect(await rwmOfAll({ formula: 'C9/0', result: { error: '#DIV/0!' } })).toEqual({
      kept: undefined,
      said: [
        {
          ruleId: 'cell.excel-error',
          severity: 'error',
          cell: 'C8',
          text: 'RWM L4+ for All pupils shows the Excel error #DIV/0!: correct the formula or type the value',
        },
      ],
    });
  });

  it('refuses a date-formatted number beyond the calendar (Excel shows #####) as an Excel error, without failing', async () => {
    expect(await rwmOfAll({ value: 1e9, numFmt: 'dd/mm/yyyy' })).toEqual({
      kept: undefined,
      said: [
        {
          ruleId: 'cell.excel-error',
          severity: 'error',
          cell: 'C8',
          text: 'RWM L4+ for All pupils shows the Excel error #####: correct the formula or type the value',
        },
      ],
    });
  });

  it('reads a formula by its cached result: SUM(C9:C10) saved as 22 + 24 = 46', async () => {
    expect(await rwmOfAll({ formula: 'SUM(C9:C10)', result: 46 })).toEqual({ kept: 46, said: [] });
  });

  it('queries a formula with no cached result and keeps no value for it', async () => {
    expect(await rwmOfAll({ formula: 'SUM(C9:C10)' } as ExcelJS.CellValue)).toEqual({
      kept: undefined,
      said: [
        {
          ruleId: 'cell.formula-without-result',
          severity: 'query',
          cell: 'C8',
          text: 'RWM L4+ for All pupils is a formula with no saved result, so it was read as blank: open the file in Excel, recalculate, save and send it again',
        },
      ],
    });
  });
});
