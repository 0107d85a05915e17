// `npx tsx src/demo/make-fixture-city.ts`: regenerates the fictional city's fixtures under
// fixtures/ (the register, groups, comparators, the Autumn proformas and manifest.json) from seeded
// random numbers and the published figures in fixtures/sources/. No clock and no Math.random:
// two runs give the same bytes. Only the paths in OWNED are rewritten: fixtures/README.md,
// fixtures/sources/ and other scripts' fixtures (attendance, Spring, results) are left alone.
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import iconv from 'iconv-lite';
import { writeReturnWorkbook } from '../template/write-workbook.js';
import { comparatorsCsv } from './fixture-city-comparators.js';
import { MEAN_DECIMALS } from './fixture-city-pupils.js';
import {
  buildProforma,
  longHeader,
  longLines,
  proformaLayout,
  slug,
  wideHeader,
  wideLines,
  type AcademicYear,
  type DraftLayout,
  type KeyStage,
  type Proforma,
} from './fixture-city-proformas.js';
import { groupsCsv } from './fixture-city-groups.js';
import { registerCsv } from './fixture-city-register.js';
import { hasKeyStage, SCHOOLS, type FixtureSchool } from './fixture-city-schools.js';
import { ACCEPTED_CASES, REFUSED_CASES, type Expectation, type FixtureCase } from './fixture-city-variants.js';
import { csvLines } from './fixture-csv.js';

const ROOT = 'fixtures';
/** What this script owns under fixtures/: removed first, so a case taken out leaves no file behind. */
const OWNED = [
  'register',
  'groups',
  'comparators/national-attainment.csv',
  'manifest.json',
  ...['KS2-Autumn', 'KS2-Autumn-resubmitted', 'KS4-Autumn', 'csv', 'refused'].map((f) => `proformas/2014-15/${f}`),
  ...['KS2-Autumn', 'KS4-Autumn', 'csv'].map((f) => `proformas/2015-16/${f}`),
];

/** One return inside a file: what the import should make of it. */
interface ExpectedReturn {
  urn: string;
  expect: Expectation;
  rules: string[];
  note?: string;
}
interface ManifestFile {
  path: string;
  returns: ExpectedReturn[];
}

const files: ManifestFile[] = [];
/** The returns the city's tables are built from: accepted, and not superseded by a later file. */
const counted = new Map<string, Proforma>();

async function put(path: string, bytes: Buffer | string, returns: ExpectedReturn[]): Promise<void> {
  const full = join(ROOT, path);
  await mkdir(dirname(full), { recursive: true });
  await writeFile(full, bytes);
  files.push({ path: full, returns });
}

const count = (p: Proforma) => counted.set(`${p.year}|${p.keyStage}|${p.school.urn}`, p);
const expected = (p: Proforma, c?: FixtureCase): ExpectedReturn => ({
  urn: p.school.urn,
  expect: c?.expect ?? 'accepted',
  rules: c?.rules ?? [],
  ...(c ? { note: c.note } : {}),
});

async function workbook(p: Proforma, c?: FixtureCase, edit?: (d: DraftLayout) => void): Promise<Buffer> {
  c?.data?.(p);
  const layout = proformaLayout(p);
  c?.present?.(layout, p);
  edit?.(layout);
  return writeReturnWorkbook(layout);
}

const school = (urn: string): FixtureSchool => SCHOOLS.find((s) => s.urn === urn)!;
const folderOf = (year: AcademicYear) => `proformas/${year.replace('/', '-')}`;

/** One proforma workbook per school, the messy cases in place of their school's clean one. */
async function proformaFolder(
  year: AcademicYear,
  keyStage: KeyStage,
  schools: readonly FixtureSchool[],
  cases: readonly FixtureCase[] = [],
) {
  for (const s of schools) {
    const p = buildProforma(s, keyStage, year);
    const c = cases.find((x) => x.urn === s.urn);
    const bytes = await workbook(p, c);
    await put(`${folderOf(year)}/${keyStage}-Autumn/${slug(s)}${c ? `-${c.name}` : ''}.xlsx`, bytes, [expected(p, c)]);
    if (c?.expect !== 'refused') count(p);
  }
}

interface BulkOptions {
  bom?: boolean;
  sep?: string;
  encoding?: 'windows-1252';
  /** A trailing comments column (wide layout), by pupil group label. */
  comments?: Record<string, string>;
  /** Rule ids every accepted return of the file should draw. */
  warnings?: string[];
  /** Spoils one school's lines (`edit` returns true for the line it changed), so only that return is refused. */
  refuse?: { urn: string; edit: (line: (string | number)[]) => boolean; rules: string[]; note: string };
}

/** A bulk CSV of several schools' returns, as a trust's or a partnership's export. */
async function bulkCsv(path: string, layout: 'long' | 'wide', proformas: Proforma[], options: BulkOptions) {
  const header =
    layout === 'long' ? longHeader() : [...wideHeader(proformas[0]!), ...(options.comments ? ['comments'] : [])];
  const lines = proformas.flatMap((p) =>
    layout === 'long'
      ? longLines(p, 'code')
      : wideLines(p).map((l) => [...l, ...(options.comments ? [options.comments[l[4]!] ?? ''] : [])]),
  );
  const spoilt = options.refuse && lines.find((l) => l[0] === options.refuse!.urn && options.refuse!.edit(l));
  if (options.refuse && !spoilt) throw new Error(`fixture: nothing to spoil in ${path}`);
  const text = (options.bom ? '\uFEFF' : '') + csvLines([header, ...lines], '\r\n', options.sep ?? ',');
  const returns = proformas.map((p) =>
    p.school.urn === options.refuse?.urn
      ? { urn: p.school.urn, expect: 'refused' as const, rules: options.refuse.rules, note: options.refuse.note }
      : { ...expected(p), rules: options.warnings ?? [] },
  );
  await put(path, options.encoding ? iconv.encode(text, options.encoding) : text, returns);
  for (const p of proformas) if (p.school.urn !== options.refuse?.urn) count(p);
}

async function predictions2014(): Promise<void> {
  const ks2 = SCHOOLS.filter((s) => hasKeyStage(s, 'KS2'));
  const trust = ['110006', '110012', '110027'];
  const catholic = ['110028', '110032'];
  await proformaFolder(
    '2014/15',
    'KS2',
    ks2.filter((s) => !trust.includes(s.urn) && !catholic.includes(s.urn)),
    ACCEPTED_CASES,
  );

  // Dovecote Lane sends a corrected return a week later: same school, key stage, year and round.
  const corrected = buildProforma(school('110010'), 'KS2', '2014/15', 0.15);
  corrected.completed = new Date(Date.UTC(2014, 11, 10));
  const bytes = await workbook(corrected, undefined, (d) => {
    d.header.splice(1, 0, ['LAESTAB', '874/2010']);
  });
  await put(`proformas/2014-15/KS2-Autumn-resubmitted/${slug(corrected.school)}-corrected.xlsx`, bytes, [
    { urn: '110010', expect: 'accepted', rules: [], note: 'a corrected version: it must supersede the first' },
  ]);
  count(corrected);

  await bulkCsv(
    'proformas/2014-15/csv/kingsmere-learning-trust-ks2-2014-15.csv',
    'long',
    trust.map((u) => buildProforma(school(u), 'KS2', '2014/15')),
    {
      bom: true,
      refuse: {
        urn: '110012',
        rules: ['count.negative'],
        note: 'Elmstead: Disadvantaged GPS L4+ is -2 (the other two schools are accepted)',
        edit: (l) => (l[4] === 'disadv' && l[6] === 'ks2_gps_l4' ? ((l[7] = -2), true) : false),
      },
    },
  );
  await bulkCsv(
    'proformas/2014-15/csv/catholic-partnership-ks2-2014-15.csv',
    'wide',
    catholic.map((u) => buildProforma(school(u), 'KS2', '2014/15')),
    {
      sep: ';',
      encoding: 'windows-1252',
      warnings: ['csv.windows-1252', 'column.ignored'],
      comments: { 'All pupils': 'Teacher’s estimate, agreed with the head', EAL: 'Includes pupils new to English' },
    },
  );

  for (const c of REFUSED_CASES) {
    const p = buildProforma(school(c.urn), 'KS2', '2014/15');
    const bytes = c.bytes ? await c.bytes(p, () => workbook(p)) : await workbook(p, c);
    await put(`proformas/2014-15/refused/${c.name}.${c.ext ?? 'xlsx'}`, bytes, [expected(p, c)]);
  }
  await proformaFolder(
    '2014/15',
    'KS4',
    SCHOOLS.filter((s) => hasKeyStage(s, 'KS4')),
  );
}

async function predictions2015(): Promise<void> {
  // Ten primaries had not returned by the fixture's date: the reports must cope with gaps.
  const notReturned = [
    '110013',
    '110015',
    '110017',
    '110020',
    '110021',
    '110024',
    '110026',
    '110031',
    '110033',
    '110036',
  ];
  const trust = ['110006', '110012', '110027'];
  const ks2 = SCHOOLS.filter((s) => hasKeyStage(s, 'KS2') && !notReturned.includes(s.urn));
  await proformaFolder(
    '2015/16',
    'KS2',
    ks2.filter((s) => !trust.includes(s.urn)),
  );
  await bulkCsv(
    'proformas/2015-16/csv/kingsmere-learning-trust-ks2-2015-16.csv',
    'long',
    trust.map((u) => buildProforma(school(u), 'KS2', '2015/16')),
    {},
  );
  const bulk = ['110038', '110039'];
  await proformaFolder(
    '2015/16',
    'KS4',
    SCHOOLS.filter((s) => hasKeyStage(s, 'KS4') && !bulk.includes(s.urn)),
  );
  await bulkCsv(
    'proformas/2015-16/csv/fenbridge-learning-partnership-ks4-2015-16.csv',
    'wide',
    bulk.map((u) => buildProforma(school(u), 'KS4', '2015/16')),
    {},
  );
}

/** Σ cohort and Σ count (or the cohort-weighted mean) of All pupils over the returns a city table uses. */
function cityAllPupils() {
  const byTable = new Map<string, Proforma[]>();
  for (const p of counted.values())
    byTable.set(`${p.year}|${p.keyStage}`, [...(byTable.get(`${p.year}|${p.keyStage}`) ?? []), p]);
  return [...byTable.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, ps]) => {
      const [academicYear, keyStage] = key.split('|');
      const alls = ps.map((p) => ({ p, row: p.rows.find((r) => r.group === 'all')! }));
      const cohort = alls.reduce((s, { row }) => s + row.cohort, 0);
      const values = Object.fromEntries(
        ps[0]!.measures.map((m, k) => {
          const sum = alls.reduce(
            (s, { row }) => s + row.values[k]! * (MEAN_DECIMALS[m] === undefined ? 1 : row.cohort),
            0,
          );
          return [m, MEAN_DECIMALS[m] === undefined ? sum : Number((sum / cohort).toFixed(3))];
        }),
      );
      return { academicYear, keyStage, round: 'Autumn', returns: ps.length, cohort, values };
    });
}

async function main(): Promise<void> {
  for (const path of OWNED) await rm(join(ROOT, path), { recursive: true, force: true });
  await put('register/edubasealldata.csv', registerCsv(), []);
  await put('groups/collaborative-groups.csv', groupsCsv(), []);
  await put(
    'comparators/national-attainment.csv',
    comparatorsCsv(await readFile(join(ROOT, 'sources/lait-2016-extract.csv'), 'utf8')),
    [],
  );
  await predictions2014();
  await predictions2015();

  const manifest = {
    generatedBy: 'src/demo/make-fixture-city.ts',
    expectations:
      'expect and rules cover the file, format and consistency checks of schemas/README.md §1-2; the challenge.* queries (schemas/settings.json) come on top and are not listed',
    files: files.filter((f) => f.returns.length > 0),
    cityAllPupils: cityAllPupils(),
  };
  await writeFile(join(ROOT, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');

  const folders = new Map<string, Record<Expectation | 'files', number>>();
  for (const f of manifest.files) {
    const tally = folders.get(dirname(f.path)) ?? { files: 0, accepted: 0, queried: 0, refused: 0 };
    tally.files++;
    for (const r of f.returns) tally[r.expect]++;
    folders.set(dirname(f.path), tally);
  }
  for (const [folder, t] of folders)
    console.log(
      `${folder}: ${t.files} files; returns ${t.accepted} accepted, ${t.queried} with queries, ${t.refused} refused`,
    );
  for (const t of manifest.cityAllPupils)
    console.log(
      `${t.academicYear} ${t.keyStage}: ${t.returns} returns, All pupils cohort ${t.cohort}`,
      JSON.stringify(t.values),
    );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
