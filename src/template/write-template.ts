// Writes a template workbook: the header block filled in and locked, the table with Excel data
// validation on every input cell (on exact ranges: pitfalls.md, whole-column validation hangs
// readers), an input message on each, and a Guidance sheet.
import ExcelJS from 'exceljs';
import { columnLetter } from '../ingest/read/raw-sheet.js';
import type { TemplateLayout } from './template-layout.js';

export async function writeTemplate(layout: TemplateLayout): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(layout.sheetName);
  for (const h of layout.header) sheet.addRow([h.label, h.value]).getCell(1).font = { bold: true };
  for (const label of layout.openHeader) {
    const row = sheet.addRow([label, null]);
    row.getCell(1).font = { bold: true };
    row.getCell(2).protection = { locked: false };
    // A date cell gets its own format, so its style is never one the count cells share: a program
    // that writes a Date into it would otherwise turn every count into a date.
    if (/date|from|to$/i.test(label)) row.getCell(2).numFmt = 'dd/mm/yyyy';
  }
  sheet.addRow([]);
  const headerRow = sheet.addRow(['Pupil group', ...layout.columns.map((c) => c.heading)]);
  headerRow.font = { bold: true };
  headerRow.alignment = { wrapText: true, vertical: 'top' };
  const cohortColumn = columnLetter(1);
  for (const group of layout.rows) {
    const row = sheet.addRow([group]);
    layout.columns.forEach((column, i) => {
      const cell = row.getCell(i + 2);
      cell.protection = { locked: false };
      cell.numFmt = column.validation.type === 'whole' ? '0' : 'General';
      const v = column.validation;
      const max = v.max === 'cohort' ? `$${cohortColumn}$${row.number}` : String(v.max);
      cell.dataValidation = {
        type: v.type,
        operator: 'between',
        allowBlank: true,
        showInputMessage: true,
        showErrorMessage: true,
        formulae: [String(v.min), max],
        promptTitle: column.heading,
        prompt: column.prompt,
        errorTitle: column.heading,
        error:
          v.type === 'whole'
            ? `Enter a whole number from ${v.min}${v.max === 'cohort' ? ' to the cohort' : ` to ${v.max}`}.`
            : `Enter a number from ${v.min} to ${v.max}.`,
      };
    });
  }
  sheet.getColumn(1).width = 34;
  for (let i = 2; i <= layout.columns.length + 1; i++) sheet.getColumn(i).width = 13;
  sheet.views = [{ state: 'frozen', ySplit: headerRow.number, xSplit: 1 }];
  // Protection without a password: it stops slips, not a determined user; the import checks anyway.
  await sheet.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true });

  const guidance = workbook.addWorksheet('Guidance');
  guidance.addRow([layout.title]).font = { bold: true, size: 14 };
  for (const line of layout.guidance) guidance.addRow([line]);
  guidance.getColumn(1).width = 110;
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
