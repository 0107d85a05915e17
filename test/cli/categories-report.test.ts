// report categories, worked by hand on two schools: each school's category follows from the rule
// file, and a temporary rule file with one threshold changed moves a school. Ofsted's judgements come
// from the fixture's management-information CSV, read for the register's schools only.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from './run-cli.js';
import { csvRows as rows, RETURNS_HEADER, twoSchoolStore, type TwoSchools } from './two-schools.js';

const OFSTED = 'fixtures/ofsted/ofsted-inspections-as-at-31-august-2015.csv';
let store: TwoSchools;
let importOut: string[];

/** The test's rules, the predicted floor threshold given. */
const rules = (floor: number, first: object[] = []) => ({
  source: 'test rules',
  categories: ['1', '2', '3', '5'].map((code) => ({ code, label: `Category ${code}` })),
  rules: {
    KS2: [
      ...first,
      {
        id: 'inadequate',
        category: '5',
        because: 'inadequate',
        when: [{ figure: 'ofsted-judgement', oneOf: ['Inadequate'] }],
      },
      {
        id: 'below-floor',
        category: '3',
        because: 'predicted below the floor',
        when: [{ figure: 'predicted', measures: ['ks2_rwm_l4'], pupilGroup: 'all', below: floor }],
      },
      {
        id: 'results-high',
        category: '1',
        because: "last year's results high",
        when: [
          { figure: 'actual', measures: ['ks2_rwm_l4'], pupilGroup: 'all', atLeast: 75 },
          { figure: 'ofsted-months', atLeast: 29 },
        ],
      },
      { id: 'otherwise', category: '2', because: 'none applies', when: [] },
    ],
  },
});

async function categories(name: string, content: object, ...extra: string[]) {
  const file = join(store.dir, name);
  await writeFile(file, JSON.stringify(content));
  const args = ['report', 'categories', '--year', '2014/15', '--key-stage', 'KS2', '--rules', file];
  return cli([...args, '--db', store.db, ...extra]);
}

beforeAll(async () => {
  // Alder: 24 of 40 reached RWM L4+ in 2013/14 (60.0%), 18 of 30 predicted (60.0%).
  // Birch: 16 of 20 in 2013/14 (80.0%), 24 of 30 predicted (80.0%).
  const lines = [
    '110001,2013/14,KS2,Actual,all,40,ks2_rwm_l4,24',
    '110002,2013/14,KS2,Actual,all,20,ks2_rwm_l4,16',
    '110001,2014/15,KS2,Autumn,all,30,ks2_rwm_l4,18',
    '110002,2014/15,KS2,Autumn,all,30,ks2_rwm_l4,24',
  ];
  store = await twoSchoolStore('sr-categories-', [RETURNS_HEADER, ...lines].join('\n') + '\n');
  const imported = await cli(['ofsted', 'import', OFSTED, '--db', store.db]);
  expect(imported.code).toBe(0);
  importOut = imported.out;
});

afterAll(async () => store.cleanup());

describe('ofsted import', () => {
  it("keeps the inspections of the register's schools from Ofsted's file of all schools", () => {
    // The fixture has 49 lines: 48 schools of the fixture city (one not judged) and one of another LA;
    // this register holds two of them, and the lines of the others are not read.
    expect(importOut).toEqual([`${OFSTED}: 2 Ofsted inspections stored`]);
  });
});

describe('report categories', () => {
  it('places each school by the first rule that holds, with why and what would move it', async () => {
    const run = await categories('rules.json', rules(65));
    expect(run.code).toBe(0);
    const [alder, birch] = rows(run.out);
    // Alder, Good (2 February 2012): 60.0 is below 65. Up to 65.0 it leaves for otherwise (2):
    // its results, 60.0, are not 75 or more.
    expect(alder).toMatchObject({ urn: '110001', category: '3', rule: 'below-floor' });
    expect(alder!['why']).toBe('predicted below the floor: predicted RWM L4+ (All pupils) 60.0 (below 65)');
    expect(alder!['would_move']).toBe('category 2 at predicted RWM L4+ (All pupils) 65.0 (now 60.0)');
    // Birch, Good (3 March 2013): 80.0 is not below 65; results 80.0 and 29 whole months to 31
    // August 2015 place it in 1. Worse: its results at 74.9 (5.1 away) or its prediction at 64.9 (15.1):
    // the nearer. Its months cannot fall.
    expect(birch).toMatchObject({ urn: '110002', category: '1', rule: 'results-high' });
    expect(birch!['why']).toContain("last year's actual RWM L4+ (All pupils) 80.0 (75 or more)");
    expect(birch!['why']).toContain('months since the latest Ofsted inspection 29 (29 or more)');
    expect(birch!['would_move']).toBe("category 2 at last year's actual RWM L4+ (All pupils) 74.9 (now 80.0)");
    // A year earlier neither has a prediction: not placed, by below-floor.
    expect([alder!['last_year_category'], birch!['last_year_category']]).toEqual(['not placed', 'not placed']);
  });

  it('moves a school when one threshold of the rule file changes', async () => {
    // Below 55 instead of 65: Alder's 60.0 no longer meets it, nor do its results (60.0) reach 75.
    const [alder, birch] = rows((await categories('rules-55.json', rules(55))).out);
    expect(alder).toMatchObject({ category: '2', rule: 'otherwise' });
    // Better: its results at 75.0 (15.0 away; 42 months since 2 February 2012, 29 or more) give 1.
    // Worse: its prediction at 54.9 (5.1 away) gives 3.
    expect(alder!['would_move']).toBe(
      "category 1 at last year's actual RWM L4+ (All pupils) 75.0 (now 60.0); " +
        'category 3 at predicted RWM L4+ (All pupils) 54.9 (now 60.0)',
    );
    expect(birch).toMatchObject({ category: '1', rule: 'results-high' });
  });

  it('says a school lacks a figure a rule needs, and does not place it by a later rule', async () => {
    const absence = {
      id: 'absence',
      category: '3',
      because: 'persistent absence high',
      when: [{ figure: 'attendance', rate: 'persistent_absence_rate', pupilGroup: 'all', above: 15 }],
    };
    const run = await categories('rules-absence.json', rules(65, [absence]), '--format', 'md');
    expect(run.code).toBe(0);
    const md = run.out.join('\n');
    expect(md).toContain(
      '| Alder Primary (URN 110001) | not placed | absence | absence: no figure for persistent absence % (All pupils) |',
    );
    expect(md).toContain('| not placed | 2 | 2 |');
  });

  it('writes the counts, each school and the rules on Categories, and the csv rows on Data (xlsx)', async () => {
    const out = join(store.dir, 'categories.xlsx');
    expect((await categories('rules-xlsx.json', rules(65), '--format', 'xlsx', '--out', out)).code).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    expect(book.worksheets.map((w) => w.name)).toEqual(['Categories', 'Data']);
    const rowsOf = (name: string) =>
      book
        .getWorksheet(name)!
        .getSheetValues()
        .flatMap((r) => (Array.isArray(r) ? [r.slice(1)] : []));
    // Category 3 holds Alder this year; last year neither school was placed.
    expect(rowsOf('Categories')).toContainEqual(['Category 3', 1, 0]);
    expect(rowsOf('Data').map((r) => r[0])).toEqual(['urn', '110001', '110002']);
  });

  it('refuses a rule file naming a measure the catalogue does not have', async () => {
    const bad = rules(65);
    (bad.rules.KS2[1]!.when[0] as { measures: string[] }).measures = ['ks2_rwm_l9'];
    const run = await categories('rules-bad.json', bad);
    expect(run.code).toBe(2);
    expect(run.err.join('\n')).toContain('names measure ks2_rwm_l9, which is not in the catalogue');
  });
});
