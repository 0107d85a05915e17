// The bench's inputs, written into a folder: N deterministic KS2 2014/15 Autumn proformas
// (schemas/README.md §1) for N schools, the GIAS-like register for them (Windows-1252, as GIAS
// downloads are) and the collaborative groups; the city report compares with the published
// national figures shipped in fixtures/, never invented ones.
// Deterministic: a seeded PRNG per school, fixed dates, no clock.
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { pinZipTimes } from './pin-zip-times.js';
import { MEASURES, syntheticSchool, type SyntheticSchool } from './synthetic-school.js';

export interface BenchInputs {
  /** The proformas, in the order findFiles walks them. */
  files: string[];
  returnsDir: string;
  registerPath: string;
  groupsPath: string;
  nationalPath: string;
  /** Total size of the proformas, bytes. */
  bytes: number;
}

/** DfE's published national figures (fixtures/README.md names the source); npm runs the bench from the package root. */
const PUBLISHED_NATIONAL = resolve('fixtures/comparators/national-attainment.csv');

/** The largest N: establishment numbers 2000+i must stay 4 digits. */
export const MAX_FILES = 7999;
const ROUNDS = '"Autumn,Spring,Summer,Actual"';
const COMMENTS = [
  'Two pupils new since September',
  'Includes one pupil on a reduced timetable',
  'Interventions in place',
];

/** The workbook a school returns: a header block, a blank row, and the table (Predictions!A10). */
export async function proformaBytes(school: SyntheticSchool, i: number): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'school-returns bench';
  wb.created = wb.modified = new Date(Date.UTC(2014, 9, 1));
  const ws = wb.addWorksheet('Predictions');
  const header: [string, string | Date][] = [
    ['URN', school.urn],
    ['LAESTAB', `874/${school.establishmentNumber}`],
    ['School name', school.name],
    ['Key stage', 'KS2'],
    ['Academic year', '2014/15'],
    ['Round', 'Autumn'],
    ['Completed by', 'Assessment lead'],
    ['Date completed', new Date(Date.UTC(2014, 10, 3 + (i % 20)))],
  ];
  for (const row of header) ws.addRow(row);
  ws.getCell('B8').numFmt = 'dd/mm/yyyy';
  ws.addRow([]);
  const tableHeader = ws.addRow(['Pupil group', 'Cohort', ...MEASURES.map((m) => m.label), 'Comments']);
  tableHeader.font = { bold: true };
  school.rows.forEach((r, k) =>
    ws.addRow([r.label, r.cohort, ...r.counts, (i + k) % 9 === 0 ? COMMENTS[(i + k) % 3] : null]),
  );
  ws.getColumn(1).width = 34;
  // Templates carry validation; on exact ranges, never whole columns (pitfalls.md).
  ws.getCell('B6').dataValidation = { type: 'list', allowBlank: false, formulae: [ROUNDS] };
  const last = String.fromCharCode('B'.charCodeAt(0) + MEASURES.length);
  for (let row = 11; row < 11 + school.rows.length; row++) {
    for (let col = 'B'.charCodeAt(0); col <= last.charCodeAt(0); col++) {
      ws.getCell(`${String.fromCharCode(col)}${row}`).dataValidation = {
        type: 'whole',
        operator: 'greaterThanOrEqual',
        allowBlank: true,
        formulae: [0],
      };
    }
  }
  const lists = wb.addWorksheet('Lists', { state: 'veryHidden' });
  for (const r of ['Autumn', 'Spring', 'Summer', 'Actual']) lists.addRow([r]);
  return pinZipTimes(Buffer.from(await wb.xlsx.writeBuffer()));
}

const quoted = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);
const csv = (rows: readonly (readonly (string | number)[])[]) =>
  rows.map((r) => r.map((v) => quoted(String(v))).join(',')).join('\r\n') + '\r\n';

function registerCsv(schools: readonly SyntheticSchool[]): Buffer {
  const rows: (string | number)[][] = [
    [
      'URN',
      'LA (code)',
      'EstablishmentNumber',
      'EstablishmentName',
      'TypeOfEstablishment (name)',
      'EstablishmentStatus (name)',
      'PhaseOfEducation (name)',
    ],
  ];
  schools.forEach((s, i) =>
    rows.push([
      s.urn,
      '874',
      s.establishmentNumber,
      s.name,
      i % 3 === 0 ? 'Academy converter' : 'Community school',
      'Open',
      'Primary',
    ]),
  );
  // A few schools of a neighbouring LA, which the register import leaves out.
  for (let j = 0; j < 5; j++)
    rows.push([
      String(490000 + j),
      '873',
      String(2000 + j),
      `Elsewhere Primary ${j + 1}`,
      'Community school',
      'Open',
      'Primary',
    ]);
  return iconv.encode(csv(rows), 'windows-1252');
}

/** Twelve schools to a collaborative group, in triads of three. */
function groupsCsv(schools: readonly SyntheticSchool[]): string {
  return csv([
    ['urn', 'academic_year', 'collaborative_group', 'triad'],
    ...schools.map((s, i) => [
      s.urn,
      '2014/15',
      `Group ${String(Math.floor(i / 12) + 1).padStart(3, '0')}`,
      `Triad ${Math.floor((i % 12) / 3) + 1}`,
    ]),
  ]);
}

/** Writes the bench's inputs under `dir`; generating them is not part of any timed step. */
export async function generateInputs(dir: string, n: number): Promise<BenchInputs> {
  if (!Number.isInteger(n) || n < 1 || n > MAX_FILES)
    throw new RangeError(`files must be a whole number from 1 to ${MAX_FILES}`);
  const returnsDir = join(dir, 'returns');
  await mkdir(returnsDir, { recursive: true });
  const schools: SyntheticSchool[] = [];
  const files: string[] = [];
  let bytes = 0;
  for (let i = 0; i < n; i++) {
    const school = syntheticSchool(i);
    const path = join(returnsDir, `ks2-2014-15-autumn-${school.urn}.xlsx`);
    const content = await proformaBytes(school, i);
    await writeFile(path, content);
    schools.push(school);
    files.push(path);
    bytes += content.byteLength;
  }
  const inputs: BenchInputs = {
    files,
    returnsDir,
    bytes,
    registerPath: join(dir, 'gias-extract.csv'),
    groupsPath: join(dir, 'groups.csv'),
    nationalPath: PUBLISHED_NATIONAL,
  };
  await writeFile(inputs.registerPath, registerCsv(schools));
  await writeFile(inputs.groupsPath, groupsCsv(schools));
  return inputs;
}
