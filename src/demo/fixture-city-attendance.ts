// Termly attendance returns for the fixture city, 2013/14 to Spring 2016/17: a bulk CSV per term
// from the city's MIS export, and in Autumn 2014/15 one workbook per school as schools send them.
// Some schools miss a term; two returns are wrong and must be refused. Seeded: same bytes each run.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Rng } from './fixture-city-pupils.js';
import { SCHOOLS, type FixtureSchool } from './fixture-city-schools.js';
import { csvLines } from './fixture-csv.js';
import { writeReturnWorkbook } from '../template/write-workbook.js';

const TERMS = [
  ['2013/14', 'Autumn'],
  ['2013/14', 'Spring'],
  ['2013/14', 'Summer'],
  ['2014/15', 'Autumn'],
  ['2014/15', 'Spring'],
  ['2014/15', 'Summer'],
  ['2015/16', 'Autumn'],
  ['2015/16', 'Spring'],
  ['2016/17', 'Autumn'],
  ['2016/17', 'Spring'],
] as const;
/** Issue 14: from 2016/17 the returns carry severe absentees, sessions by reason and looked-after children. */
const FULL_FROM = '2016/17';
/** The reasons returned (schemas/catalogue/attendance.json), each a share of its total; the last takes the rest. */
const AUTHORISED_REASONS = [
  ['sess_auth_illness', 0.55, 0.65],
  ['sess_auth_appointments', 0.08, 0.12],
  ['sess_auth_religious', 0, 0.02],
  ['sess_auth_holiday', 0, 0.02],
  ['sess_auth_excluded', 0, 0.02],
  ['sess_auth_other', 0, 0],
] as const;
const UNAUTHORISED_REASONS = [
  ['sess_unauth_holiday', 0.2, 0.35],
  ['sess_unauth_late', 0.05, 0.15],
  ['sess_unauth_noyet', 0.03, 0.08],
  ['sess_unauth_other', 0, 0],
] as const;
const FULL_HEADER = [
  'severe_absentees',
  ...AUTHORISED_REASONS.map(([code]) => code),
  ...UNAUTHORISED_REASONS.map(([code]) => code),
];
/** Sessions (half days) a pupil could attend in each term. */
const SESSIONS = { Autumn: 140, Spring: 122, Summer: 128 } as const;
/** Typical overall absence by kind of school, percent (national 2014/15: primary 4.0, secondary 5.3, special 9.4). */
const BASE_ABSENCE = { primary: 4.0, infant: 4.2, junior: 3.9, secondary: 5.4, special: 9.0 } as const;
const HEADER = [
  'urn',
  'academic_year',
  'term',
  'pupil_group',
  'enrolments',
  'possible_sessions',
  'authorised_absence',
  'unauthorised_absence',
  'persistent_absentees',
  'fixed_term_exclusions',
  'permanent_exclusions',
  'penalty_notices',
];
/** Groups returned, with each one's share of enrolments and how its absence compares (× the school's). */
const GROUPS = [
  ['All pupils', 1, 1],
  ['Boys', 0.51, 1.02],
  ['Girls', 0.49, 0.98],
  ['Disadvantaged', 0.28, 1.45],
  ['SEN', 0.15, 1.5],
] as const;
/** From FULL_FROM the returns add children looked after: few at any school, so withheld when published. */
const FULL_GROUPS = [...GROUPS, ['Looked after', 0.008, 1.7]] as const;

/** Sessions split by reason, whole, summing exactly to `total` (the last reason takes what is left). */
function byReason(rng: Rng, total: number, reasons: readonly (readonly [string, number, number])[]): number[] {
  const parts = reasons.slice(0, -1).map(([, low, high]) => Math.round(total * rng.uniform(low, high)));
  return [...parts, total - parts.reduce((t, p) => t + p, 0)];
}

/** Who misses a term, and the two returns that must be refused (see fixtures/README.md). */
const MISSING = new Set([
  '110005|2014/15|Spring',
  '110012|2014/15|Summer',
  '110040|2015/16|Spring',
  '110033|2013/14|Autumn',
]);
const ABSENCE_ABOVE_POSSIBLE = '110017|2014/15|Spring';
const PERSISTENT_ABOVE_ENROLMENTS = '110041|2015/16|Autumn';

function schoolTerm(s: FixtureSchool, year: string, term: keyof typeof SESSIONS, index: number) {
  const rng = new Rng(`attendance|${s.urn}|${year}|${term}`);
  const drift = new Rng(`attendance-trend|${s.urn}`).uniform(-0.25, 0.25); // points a term
  const enrolments = Math.max(30, Math.round(s.pupils * (1 + rng.uniform(-0.03, 0.03))));
  const full = year >= FULL_FROM;
  return (full ? FULL_GROUPS : GROUPS).map(([label, share, factor]) => {
    const pupils = label === 'All pupils' ? enrolments : Math.max(1, Math.round(enrolments * share));
    const possible = pupils * SESSIONS[term] - rng.int(0, pupils * 3);
    const rate =
      Math.max(1.2, (BASE_ABSENCE[s.kind] + drift * index + rng.normal(0.4)) * factor + (term === 'Summer' ? 0.3 : 0)) /
      100;
    const absence = Math.round(possible * rate);
    const unauthorised = Math.round(absence * rng.uniform(0.18, 0.32));
    // Threshold 15% to 2014/15, 10% from 2015/16: about 3% and 10% of pupils respectively.
    const paShare = (year >= '2015/16' ? 0.09 : 0.03) * ((rate * 100) / 4.5) * factor;
    const persistent = Math.min(pupils, Math.round(pupils * paShare));
    const exclusions =
      label === 'All pupils'
        ? [rng.int(0, s.kind === 'secondary' ? 25 : 4), s.kind === 'secondary' ? rng.int(0, 1) : 0, rng.int(0, 6)]
        : ['', '', ''];
    return [
      s.urn,
      year,
      term,
      label,
      pupils,
      possible,
      absence - unauthorised,
      unauthorised,
      persistent,
      ...exclusions,
      // Severe absentees (50% of sessions or more) are a few of the persistent ones.
      ...(full
        ? [
            Math.min(persistent, Math.round(persistent * rng.uniform(0.08, 0.2))),
            ...byReason(rng, absence - unauthorised, AUTHORISED_REASONS),
            ...byReason(rng, unauthorised, UNAUTHORISED_REASONS),
          ]
        : []),
    ] as (string | number)[];
  });
}

export async function writeAttendanceFixtures(root: string): Promise<string[]> {
  const written: string[] = [];
  const write = async (path: string, content: string | Uint8Array) => {
    await mkdir(join(path, '..'), { recursive: true });
    await writeFile(path, content);
    written.push(path);
  };
  for (const [index, [year, term]] of TERMS.entries()) {
    const rows = SCHOOLS.filter((s) => !MISSING.has(`${s.urn}|${year}|${term}`)).map((s) => {
      const lines = schoolTerm(s, year, term, index);
      const key = `${s.urn}|${year}|${term}`;
      if (key === ABSENCE_ABOVE_POSSIBLE) lines[0]![6] = Number(lines[0]![5]); // authorised alone = possible sessions
      if (key === PERSISTENT_ABOVE_ENROLMENTS) lines[0]![8] = Number(lines[0]![4]) + 12;
      return { s, lines };
    });
    const folder = join(root, year.replace('/', '-'));
    if (year === '2014/15' && term === 'Autumn') {
      // The term the city first asked for workbooks: one per school, laid out as schemas/README.md §3.
      for (const { s, lines } of rows) {
        await write(
          join(folder, 'Autumn', `${s.urn}-attendance-autumn-2014.xlsx`),
          await writeReturnWorkbook({
            sheetName: 'Attendance',
            header: [
              ['URN', s.urn],
              ['School name', s.name],
              ['Academic year', year],
              ['Term', term],
            ],
            tableHeader: [
              'Pupil group',
              'Enrolments',
              'Possible sessions',
              'Authorised absence',
              'Unauthorised absence',
              'Persistent absentees',
              'Fixed-term exclusions',
              'Permanent exclusions',
              'Penalty notices',
            ],
            rows: lines.map((l) => [l[3] as string, ...l.slice(4).map((v) => (v === '' ? null : v))]),
          }),
        );
      }
    } else {
      await write(
        join(folder, `attendance-${year.replace('/', '-')}-${term.toLowerCase()}.csv`),
        csvLines([year >= FULL_FROM ? [...HEADER, ...FULL_HEADER] : HEADER, ...rows.flatMap((r) => r.lines)], '\n'),
      );
    }
  }
  return written;
}

/** National absence, from DfE sessions by school type (shared/data): rates recomputed from counts. */
export const NATIONAL_ATTENDANCE_SOURCE = 'national-absence-by-characteristic-201213-201617.csv';
