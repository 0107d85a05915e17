// Hostile returns whose container is sound: cells that hang a pattern or are not finite, formulas
// saved as 0, figures that cannot all be true, names with control characters.
import ExcelJS from 'exceljs';
import { rewritePart } from '../support/zip-parts.js';
import { EXAMPLE_ROWS } from '../support/example.js';
import { attendanceWorkbook, proforma } from './returns.js';
import type { Cases } from './corpus-case.js';

const SHEET = 'xl/worksheets/sheet1.xml';
const formula = (f: string, result?: number) => ({ formula: f, result }) as ExcelJS.CellValue;
/** A KS2 2015/16 proforma with one mean column (Reading progress, C) whose All pupils cell holds `v` in the file. */
const withMean = async (urn: string, v: string) =>
  rewritePart(
    await proforma(urn, {
      header: [
        ['URN', urn],
        ['Key stage', 'KS2'],
        ['Academic year', '2015/16'],
        ['Round', 'Autumn'],
      ],
      columns: ['Reading progress'],
      rows: [['All pupils', 30, 1.25]],
    }),
    SHEET,
    (x) => x.replace('<v>1.25</v>', `<v>${v}</v>`),
  );

export const cellCases: Cases = {
  'good-proforma.xlsx': (urn) => proforma(urn),
  'good-attendance.xlsx': (urn) => attendanceWorkbook(urn),
  'cell-long-digits.xlsx': (urn) => proforma(urn, { cells: { C8: '4'.repeat(30_000) + 'x' } }),
  'cell-long-digits-percent.xlsx': (urn) => proforma(urn, { cells: { C8: '4'.repeat(30_000) + '%' } }),
  'cell-long-header-value.xlsx': (urn) => proforma(urn, { cells: { B4: '2014' + ' '.repeat(30_000) + '/15x' } }),
  'mean-nan.xlsx': (urn) => withMean(urn, 'NaN'),
  'mean-infinity.xlsx': (urn) => withMean(urn, 'Infinity'),
  'mean-1e999.xlsx': (urn) => withMean(urn, '1e999'),
  'mean-finite.xlsx': (urn) => withMean(urn, '1.5'),
  // All pupils' RWM L5+ (D8) is =D9+D10 saved as 0, and no group under it has any.
  'formula-saved-zero.xlsx': (urn) =>
    proforma(urn, { cells: { D8: formula('D9+D10', 0), D9: 0, D10: 0, D11: 0, D12: 0 } }),
  'formula-saved-zero-attendance.xlsx': (urn) =>
    attendanceWorkbook(urn, (ws) => {
      ws.getCell('F6').value = formula('F7+F8', 0);
      ws.getCell('F7').value = 0;
      ws.getCell('F8').value = 0;
    }),
  'formula-data-table.xlsx': async (urn) =>
    rewritePart(await proforma(urn), SHEET, (x) =>
      x.replace(
        /<c r="C8"([^>]*)><v>46<\/v><\/c>/,
        '<c r="C8"$1><f t="dataTable" ref="C8:C8" dt2D="0" dtr="0" r1="B1"/><v>46</v></c>',
      ),
    ),
  'formula-no-result.xlsx': (urn) => proforma(urn, { cells: { D8: formula('D9+D10') } }),
  'formula-no-result-cohort.xlsx': (urn) => proforma(urn, { cells: { B9: formula('B8-B10') } }),
  'formula-no-result-attendance.xlsx': (urn) =>
    attendanceWorkbook(urn, (ws) => (ws.getCell('C6').value = formula('C7+C8'))),
  'cell-excel-error.xlsx': (urn) => proforma(urn, { cells: { C8: { error: '#DIV/0!' } as ExcelJS.CellValue } }),
  'cohort-zero-all-pupils.xlsx': (urn) =>
    proforma(urn, { rows: [['All pupils', 0, 0, 0, 0, 0, 0], ...EXAMPLE_ROWS.slice(1)] }),
  'single-part-above-whole.xlsx': (urn) =>
    proforma(urn, {
      rows: [
        ['All pupils', 30, 20, 5, 25, 24, 26],
        ['Boys', 40, 20, 5, 25, 24, 26],
      ],
    }),
  'count-as-percentage.xlsx': (urn) => proforma(urn, { cells: { C8: 85, B8: 58 } }),
  'count-negative.xlsx': (urn) => proforma(urn, { cells: { C11: -2 } }),
  'percent-over-100.xlsx': (urn) => proforma(urn, { cells: { C8: '120%' } }),
  'parts-above-whole.xlsx': (urn) => proforma(urn, { cells: { B9: 40, B10: 40 } }),
  'group-control-characters.xlsx': (urn) => proforma(urn, { cells: { A12: 'EAL\u001b[31m\u0000\u202e' } }),
  'group-duplicate.xlsx': (urn) => proforma(urn, { cells: { A12: 'Boys' } }),
  'urn-right-to-left.xlsx': (urn) => proforma(urn, { cells: { B1: `\u202e${urn}` } }),
  'school-name-hostile.xlsx': (urn) => proforma(urn, { cells: { B2: '=1+1; <script>|\n\u001b[2J' } }),
  'school-not-in-register.xlsx': () => proforma('999999'),
  'sheet-ambiguous.xlsx': (urn) =>
    proforma(urn, { otherSheets: [{ name: 'Predictions ', rows: [['URN', urn]], state: 'visible' }] }),
  'sheet-no-table.xlsx': (urn) => proforma(urn, { cells: { A7: 'Groups' } }),
  'sheet-not-found.xlsx': (urn) =>
    proforma(urn, { sheetName: 'Sheet1', otherSheets: [{ name: 'Sheet2', rows: [['notes']] }] }),
};
