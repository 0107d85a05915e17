// An xlsx for the team: a sheet of area tables (groups × measures, rate and gap side by side)
// and the tidy data. Numbers are written as numbers; outside text is neutralised.
import ExcelJS from 'exceljs';
import { catalogue } from '../../domain/catalogue.js';
import { neutraliseFormula } from '../writers/neutralise-formula.js';
import { PREDICTIONS_CSV_COLUMNS } from './predictions-csv.js';
import type { PredictionsReport, Shown } from './predictions-report.js';
import { areaTables } from './area-tables.js';

const cellValue = (v: Shown | string | undefined) =>
  v === undefined ? null : typeof v === 'number' ? v : neutraliseFormula(v);

export async function predictionsXlsx(report: PredictionsReport): Promise<Uint8Array> {
  const cat = catalogue();
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Predictions');
  sheet.addRow([`${report.keyStage} predictions, ${report.academicYear}, ${report.round} round`]).font = {
    bold: true,
    size: 14,
  };
  sheet.addRow([
    'Rates are Σ pupils predicted / Σ cohort (%); gaps to national in percentage points.' +
      (report.published ? ` c = suppressed (1 to ${report.threshold} pupils).` : ''),
  ]);
  for (const table of areaTables(report)) {
    sheet.addRow([]);
    sheet.addRow([neutraliseFormula(table.title)]).font = { bold: true };
    const measures = table.measures.map((m) => cat.measure(m));
    const header = sheet.addRow(['Pupil group', 'Cohort', ...measures.flatMap((m) => [m.label, 'Gap'])]);
    header.font = { bold: true };
    for (const row of table.rows) {
      const r = sheet.addRow([
        row.label,
        cellValue(row.cohort),
        ...measures.flatMap((m) => {
          const c = row.cells.get(m.code);
          return [cellValue(c?.rate), cellValue(c?.gapToNational)];
        }),
      ]);
      measures.forEach((m, i) => {
        const format = m.kind === 'mean' ? '0.00' : '0.0';
        r.getCell(3 + i * 2).numFmt = format;
        r.getCell(4 + i * 2).numFmt = `+${format};-${format};0.0`;
      });
    }
  }
  sheet.getColumn(1).width = 34;
  const data = workbook.addWorksheet('Data');
  data.addRow(PREDICTIONS_CSV_COLUMNS).font = { bold: true };
  for (const r of report.rows) {
    data.addRow([
      r.level,
      neutraliseFormula(r.areaCode),
      neutraliseFormula(r.areaName),
      report.academicYear,
      report.keyStage,
      report.round,
      r.pupilGroup,
      r.measure,
      cellValue(r.cohort),
      cellValue(r.count),
      cellValue(r.rate),
      cellValue(r.nationalRate),
      r.nationalYear ?? report.academicYear,
      cellValue(r.gapToNational),
      cellValue(r.nationalOtherRate),
      cellValue(r.gapToNationalOther),
    ]);
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
