// Regenerates fixtures/attendance, fixtures/comparators/national-attendance.csv, the national
// pupil-group lines beside it and fixtures/targets: `npx tsx src/demo/make-attendance-fixtures.ts`
// (reads ../shared/data).
import { readFile, writeFile, mkdir, rm } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import { writeAttendanceFixtures, NATIONAL_ATTENDANCE_SOURCE } from './fixture-city-attendance.js';
import { csvLines } from './fixture-csv.js';
import { nationalGroupLines, NATIONAL_GROUPS_FIXTURE } from './fixture-city-national-groups.js';

const PHASES: Record<string, string> = {
  Total: 'all',
  'State-funded primary': 'primary',
  'State-funded secondary': 'secondary',
  Special: 'special',
};
// Persistent absence at the 15% threshold in force to 2014/15, as published (shared/data/README.md).
const PA_15_2014_15: Record<string, number> = { all: 3.7, primary: 2.1, secondary: 5.4, special: 15.4 };
/** The reason columns of the DfE file, named as schemas/catalogue/attendance.json names its columns. */
const REASONS = [
  'illness',
  'appointments',
  'religious',
  'study',
  'traveller',
  'holiday',
  'ext_holiday',
  'excluded',
  'other',
]
  .map((r) => `sess_auth_${r}`)
  .concat(['holiday', 'late', 'other', 'noyet'].map((r) => `sess_unauth_${r}`));
const rate = (part: string, base: string) => Math.round((Number(part) / Number(base)) * 1000) / 10;

async function nationalAttendance(): Promise<string> {
  const rows = parse(await readFile(`../shared/data/${NATIONAL_ATTENDANCE_SOURCE}`), { columns: true }) as Record<
    string,
    string
  >[];
  const out: (string | number)[][] = [
    ['time_period', 'geographic_level', 'area_name', 'key_stage', 'measure', 'pupil_group', 'value'],
  ];
  for (const r of rows.filter(
    (x) => x['characteristic'] === 'Total' && ['201314', '201415', '201516'].includes(x['year']!),
  )) {
    const phase = PHASES[r['school_type']!]!;
    const line = (measure: string, value: number) =>
      out.push([r['year']!, 'National', 'England', phase, measure, 'all', value]);
    line('overall_absence_rate', rate(r['sess_overall']!, r['sess_possible']!));
    line('authorised_absence_rate', rate(r['sess_authorised']!, r['sess_possible']!));
    line('unauthorised_absence_rate', rate(r['sess_unauthorised']!, r['sess_possible']!));
    // From 2015/16 the threshold is 10%, which this file's PA columns use; 2014/15 takes the 15% publication.
    if (r['year'] === '201516') line('persistent_absence_rate', rate(r['enrolments_PA_10_exact']!, r['enrolments']!));
    if (r['year'] === '201415') line('persistent_absence_rate', PA_15_2014_15[phase]!);
  }
  // Issue 14: 2016/17 after the earlier years (so their lines keep their bytes), with each reason's
  // sessions as a rate of possible sessions. The file has no severe absence (no enrolments_pa_50_exact).
  for (const r of rows.filter((x) => x['characteristic'] === 'Total' && x['year'] === '201617')) {
    const phase = PHASES[r['school_type']!]!;
    const line = (measure: string, value: number) =>
      out.push([r['year']!, 'National', 'England', phase, measure, 'all', value]);
    line('overall_absence_rate', rate(r['sess_overall']!, r['sess_possible']!));
    line('authorised_absence_rate', rate(r['sess_authorised']!, r['sess_possible']!));
    line('unauthorised_absence_rate', rate(r['sess_unauthorised']!, r['sess_possible']!));
    line('persistent_absence_rate', rate(r['enrolments_PA_10_exact']!, r['enrolments']!));
    for (const reason of REASONS)
      if (/^\d+$/.test(r[reason] ?? ''))
        line(reason.replace(/^sess_/, 'absence_') + '_rate', rate(r[reason]!, r['sess_possible']!));
  }
  return csvLines(out, '\n');
}

const TARGETS = [
  ['academic_year', 'scope', 'measure', 'pupil_group', 'value'],
  ['2014/15', 'city', 'overall_absence_rate', 'all', 4.4],
  ['2015/16', 'city', 'overall_absence_rate', 'all', 4.3],
  ['2014/15', '110003', 'overall_absence_rate', 'all', 4.0],
  ['2014/15', '110038', 'overall_absence_rate', 'all', 5.0],
  ['2015/16', '110038', 'overall_absence_rate', 'all', 4.8],
  ['2015/16', '110047', 'overall_absence_rate', 'all', 8.5],
];

await rm('fixtures/attendance', { recursive: true, force: true });
const written = await writeAttendanceFixtures('fixtures/attendance');
await writeFile('fixtures/comparators/national-attendance.csv', await nationalAttendance());
await writeFile(
  NATIONAL_GROUPS_FIXTURE,
  nationalGroupLines(await readFile(`../shared/data/${NATIONAL_ATTENDANCE_SOURCE}`, 'utf8')),
);
await mkdir('fixtures/targets', { recursive: true });
await writeFile('fixtures/targets/targets.csv', csvLines(TARGETS, '\n'));
process.stdout.write(`${written.length} attendance files, national attendance comparators and targets written\n`);
