// The well-formed returns the hostile corpus starts from, one school each (URNs from 110001), so
// every good file of the run is a return of its own and none supersedes another.
import ExcelJS from 'exceljs';
import type { GiasSchool } from '../support/register.js';
import { EXAMPLE_HEADER } from '../support/example.js';
import { proformaWorkbook, type ProformaOptions } from '../support/proforma-workbook.js';
import { csvText, longCsv, wideCsv, type CsvReturn } from '../support/proforma-csv.js';

/** The corpus's register: 200 schools of LA 874, URN 110001 on, named "School <URN>". */
export const CORPUS_REGISTER: GiasSchool[] = Array.from({ length: 200 }, (_, i) => ({
  urn: String(110_001 + i),
  la: '874',
  establishmentNumber: String(2001 + i),
  name: `School ${110_001 + i}`,
}));

const headerFor = (urn: string): [string, string][] =>
  EXAMPLE_HEADER.map(([label, value]) => [
    label,
    label === 'URN' ? urn : label === 'School name' ? `School ${urn}` : value,
  ]);

/** A KS2 2014/15 proforma of school `urn`, with any options of the workbook builder. */
export const proforma = (urn: string, options: ProformaOptions = {}) =>
  proformaWorkbook({ header: headerFor(urn), ...options });

/** The same return as a wide CSV (or long). */
export const wide = (urn: string, r: CsvReturn = {}) => wideCsv([{ urn, ...r }]);
export const long = (urn: string, r: CsvReturn = {}) => longCsv([{ urn, ...r }]);

export const ATTENDANCE_HEADINGS = [
  'Pupil group',
  'Enrolments',
  'Possible sessions',
  'Authorised absence',
  'Unauthorised absence',
  'Persistent absentees',
];
/** All pupils, Boys and Girls of a term: boys + girls = all in every column. */
export const ATTENDANCE_ROWS: (string | number)[][] = [
  ['All pupils', 200, 24000, 900, 300, 20],
  ['Boys', 104, 12480, 500, 160, 12],
  ['Girls', 96, 11520, 400, 140, 8],
];

/** An attendance return for 2014/15 Autumn; `edit` may change its sheet before it is written. */
export async function attendanceWorkbook(urn: string, edit?: (ws: ExcelJS.Worksheet) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Attendance');
  for (const row of [['URN', urn], ['Academic year', '2014/15'], ['Term', 'Autumn'], []]) ws.addRow(row);
  ws.addRow(ATTENDANCE_HEADINGS);
  for (const row of ATTENDANCE_ROWS) ws.addRow(row);
  edit?.(ws);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The same as the attendance CSV layout (schemas/README.md §4). */
export function attendanceCsv(urn: string, rows = ATTENDANCE_ROWS): string {
  const head = ['urn', 'academic_year', 'term', 'pupil_group', 'enrolments', 'possible_sessions'];
  const rest = ['authorised_absence', 'unauthorised_absence', 'persistent_absentees'];
  return csvText([[...head, ...rest], ...rows.map((r) => [urn, '2014/15', 'Autumn', ...r])]);
}
