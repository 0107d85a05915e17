// The xlsx reader: exceljs's many cell shapes read into one (pitfalls.md, "Cell values come in
// many shapes"), a damaged workbook refused, and whole-column validation no cause to hang.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { RawBook } from '../../../src/ingest/read/raw-sheet.js';
import { readXlsx } from '../../../src/ingest/read/xlsx-reader.js';
import { source } from '../../support/source.js';
import { rewritePart } from '../../support/zip-parts.js';
import { proformaWorkbook, type ProformaOptions } from '../../support/proforma-workbook.js';
import { gist, gistOf } from '../../messages/expect-message.js';

async function book(options: ProformaOptions): Promise<RawBook> {
  const read = await readXlsx(source('ks2.xlsx', await proformaWorkbook(options)));
  if (!read.ok) throw new Error(read.messages[0]!.text);
  return read.book;
}

/** The cell at a 1-based row and 0-based column of the first sheet. */
async function cellOf(options: ProformaOptions, row: number, col: number) {
  return (await book(options)).sheets[0]!.rows.find((r) => r.number === row)?.cells[col];
}

describe('readXlsx', () => {
  it('reads a cell formatted as a percentage as a number that is a rate', async () => {
    expect(await cellOf({ cells: { C8: { value: 0.79, numFmt: '0%' } } }, 8, 2)).toEqual({
      kind: 'number',
      value: 0.79,
      percentFormat: true,
    });
    expect(await cellOf({}, 8, 2)).toEqual({ kind: 'number', value: 46, percentFormat: false });
  });

  it('reads a formula by its cached result', async () => {
    expect(await cellOf({ cells: { C8: { formula: 'SUM(C9:C10)', result: 46 } } }, 8, 2)).toEqual({
      kind: 'number',
      value: 46,
      percentFormat: false,
    });
  });

  it('keeps a formula with no cached result apart from a blank', async () => {
    expect(await cellOf({ cells: { C8: { formula: 'SUM(C9:C10)' } } }, 8, 2)).toEqual({
      kind: 'formula-without-result',
    });
  });

  it('reads an Excel error, typed or as a formula result', async () => {
    expect(await cellOf({ cells: { C8: { error: '#DIV/0!' } } }, 8, 2)).toEqual({ kind: 'error', value: '#DIV/0!' });
    expect(await cellOf({ cells: { C8: { formula: 'C9/0', result: { error: '#DIV/0!' } } } }, 8, 2)).toEqual({
      kind: 'error',
      value: '#DIV/0!',
    });
  });

  it('joins the runs of rich text', async () => {
    const value = { richText: [{ text: 'All ' }, { font: { bold: true }, text: 'pupils' }] };
    expect(await cellOf({ cells: { A8: value } }, 8, 0)).toEqual({ kind: 'text', value: 'All pupils' });
  });

  it('reads a merged range once, at its master cell, and blank elsewhere', async () => {
    const cells = (await book({ header: [['School name', 'Alder Primary School']], merges: ['B1:D1'] })).sheets[0]!
      .rows[0]!.cells;
    expect(cells).toEqual([
      { kind: 'text', value: 'School name' },
      { kind: 'text', value: 'Alder Primary School' },
    ]);
  });

  it('marks hidden and very hidden sheets as not visible', async () => {
    const sheets = (
      await book({
        otherSheets: [{ name: 'Lists', state: 'hidden' }, { name: 'Codes', state: 'veryHidden' }, { name: 'Notes' }],
      })
    ).sheets;
    expect(sheets.map((s) => [s.name, s.visible])).toEqual([
      ['Predictions', true],
      ['Lists', false],
      ['Codes', false],
      ['Notes', true],
    ]);
  });

  it('gives a date cell as a Date in UTC', async () => {
    const when = new Date(Date.UTC(2014, 10, 3));
    expect(await cellOf({ header: [['Date completed', when]] }, 1, 1)).toEqual({ kind: 'date', value: when });
  });

  it('refuses a workbook whose cell names a shared string that is not there, rather than crash', async () => {
    // A8 ("All pupils") is a shared string; point it at string 999 of 18.
    const bytes = rewritePart(await proformaWorkbook(), 'xl/worksheets/sheet1.xml', (xml) =>
      xml.replace(/(<c r="A8"[^>]*t="s"[^>]*><v>)\d+/, '$1999'),
    );
    const read = await readXlsx(source('ks2.xlsx', bytes));
    // The detail is exceljs's own words for what went wrong.
    expect(read.ok ? [] : read.messages.map(gist)).toEqual([
      gistOf('file.unreadable', {}, { detail: expect.any(String) }),
    ]);
  });

  it('reads a template with validation on whole columns in well under a second', async () => {
    // exceljs expands B1:Z1048576 address by address unless the validation is ignored (exceljs #1842).
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Predictions');
    ws.addRow(['URN', '110001']);
    ws.getCell('B1').dataValidation = {
      type: 'whole',
      operator: 'greaterThanOrEqual',
      allowBlank: true,
      formulae: [0],
    };
    const bytes = rewritePart(Buffer.from(await wb.xlsx.writeBuffer()), 'xl/worksheets/sheet1.xml', (xml) =>
      xml.replace('sqref="B1"', 'sqref="B1:Z1048576"'),
    );
    const started = performance.now();
    const read = await readXlsx(source('ks2.xlsx', bytes));
    expect(performance.now() - started).toBeLessThan(1000);
    expect(read.ok && read.book.sheets[0]!.rows[0]!.cells[1]).toEqual({ kind: 'text', value: '110001' });
  });
});
