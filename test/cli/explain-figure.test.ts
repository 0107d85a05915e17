// school-returns explain on a small city (issue 16, item 3): the city figure's cells sum to it, an
// amended cell counts its amendment, a superseded return is left out and named, a school not
// returned is named; a figure that does not exist is refused in one line with its rule id; and
// published, a withheld figure is said to be withheld with neither it nor its cells printed.
//
// The city, KS2 2014/15 Autumn, RWM L4+ (worked by hand):
//   Alder 110001   first return: all 30, RWM 20; corrected return: all 30, RWM 22 (supersedes it);
//                  SEN 3 pupils, RWM 1 (a count of 1: withheld when published)
//   St Mary's 110002  all 40, RWM 30, Reading 29: RWM above Reading, a query; amended to 28
//   Cedar 110003   not returned
//   City, all pupils: 22 + 28 = 50 of 30 + 40 = 70 = 71.4%; national 80 (England, 2014/15): gap -8.6.
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { giasCsv } from '../support/register.js';
import { removeTestDir, testStoreLocation } from '../support/temp-store.js';
import { cli } from './run-cli.js';

let dir: string;
let db: string;
const HEADER = 'urn,academic_year,key_stage,round,pupil_group,cohort,measure,value';
const line = (urn: string, group: string, cohort: number, measure: string, value: number) =>
  `${urn},2014/15,KS2,Autumn,${group},${cohort},${measure},${value}`;
const FIGURE = ['--year', '2014/15', '--key-stage', 'KS2', '--round', 'Autumn', '--measure', 'ks2_rwm_l4'];

async function write(name: string, text: string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, text);
  return path;
}

const explain = (...args: string[]) => cli(['explain', ...args, '--db', db]);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sr-explain-'));
  db = await testStoreLocation(dir);
  await writeFile(join(dir, 'gias.csv'), giasCsv());
  const groups = await write(
    'groups.csv',
    'urn,academic_year,collaborative_group,triad\n110001,2014/15,North,\n110002,2014/15,North,\n110003,2014/15,South,\n',
  );
  const national = await write(
    'national.csv',
    'time_period,geographic_level,area_name,key_stage,measure,pupil_group,value\n' +
      '201415,National,England,KS2,ks2_rwm_l4,all,80\n201415,National,England,KS2,ks2_read_l4,all,89\n',
  );
  const alder = await write(
    'alder.csv',
    [HEADER, line('110001', 'all', 30, 'ks2_rwm_l4', 20), line('110001', 'all', 30, 'ks2_read_l4', 25)].join('\n'),
  );
  const corrected = await write(
    'alder-corrected.csv',
    [
      HEADER,
      line('110001', 'all', 30, 'ks2_rwm_l4', 22),
      line('110001', 'all', 30, 'ks2_read_l4', 25),
      line('110001', 'sen', 3, 'ks2_rwm_l4', 1),
      line('110001', 'sen', 3, 'ks2_read_l4', 1),
    ].join('\n'),
  );
  const stMarys = await write(
    'st-marys.csv',
    [HEADER, line('110002', 'all', 40, 'ks2_rwm_l4', 30), line('110002', 'all', 40, 'ks2_read_l4', 29)].join('\n'),
  );
  for (const args of [
    ['register', 'import', join(dir, 'gias.csv'), '--la', '874'],
    ['groups', 'import', groups],
    ['comparators', 'import', national],
    ['import', alder],
    ['import', corrected],
    ['import', stMarys],
  ])
    expect((await cli([...args, '--db', db])).code).toBe(0);
  // Attendance, 2014/15 Autumn and Spring; Cedar 110003 sends none.
  const attendance = await write(
    'attendance.csv',
    [
      'urn,academic_year,term,pupil_group,enrolments,possible_sessions,authorised_absence,unauthorised_absence,' +
        'persistent_absentees',
      '110001,2014/15,Autumn,all,100,6000,200,100,5',
      '110001,2014/15,Autumn,boys,50,3000,100,50,2',
      '110002,2014/15,Autumn,all,200,12000,300,60,8',
      '110001,2014/15,Spring,all,100,5000,150,50,6',
      '110001,2014/15,Spring,boys,50,2500,75,25,3',
      '110002,2014/15,Spring,all,200,10000,250,50,9',
    ].join('\n'),
  );
  expect((await cli(['import', attendance, '--db', db])).code).toBe(0);
  const open = await cli(['challenge', 'list', '--open', '--db', db]);
  const query = open.out
    .find((l) => l.includes('110002'))!
    .trim()
    .split(/\s+/)[0]!;
  const resolved = await cli([
    'challenge',
    'resolve',
    query,
    '--amend',
    '28',
    '--reason',
    'agreed at visit',
    '--by',
    'J Adviser',
    '--db',
    db,
  ]);
  expect(resolved.code).toBe(0);
});

afterAll(async () => {
  await removeTestDir(dir);
});

const rowsOf = (out: string[]) => parse(out.join('\n'), { columns: true }) as Record<string, string>[];

describe('explain a city figure', () => {
  it('lists the cells that sum to it, the amended one counted as amended', async () => {
    const run = await explain(...FIGURE, '--format', 'csv');
    expect(run.err).toEqual([]);
    expect(run.code).toBe(0);
    const rows = rowsOf(run.out);
    const figure = rows.find((r) => r['part'] === 'figure')!;
    expect([figure['cohort'], figure['value'], figure['detail']]).toEqual(['70', '50', '71.4']);
    const cells = rows.filter((r) => r['part'] === 'cell');
    expect(cells.map((c) => [c['urn'], c['file'], c['place'], c['cohort'], c['returned'], c['value']])).toEqual([
      ['110001', 'alder-corrected.csv', 'line 2', '30', '22', '22'],
      ['110002', 'st-marys.csv', 'line 2', '40', '30', '28'],
    ]);
    expect(cells.reduce((t, c) => t + Number(c['value']), 0)).toBe(Number(figure['value']));
    expect(cells.reduce((t, c) => t + Number(c['cohort']), 0)).toBe(Number(figure['cohort']));
    const amended = cells[1]!;
    expect([amended['amended_from'], amended['amended_by'], amended['amendment_reason']]).toEqual([
      '30',
      'J Adviser',
      'agreed at visit',
    ]);
  });

  it('names the superseded return left out, the school not returned and the national figure', async () => {
    const rows = rowsOf((await explain(...FIGURE, '--format', 'csv')).out);
    expect(rows.filter((r) => r['part'] === 'superseded').map((r) => [r['urn'], r['file']])).toEqual([
      ['110001', 'alder.csv'],
    ]);
    expect(rows.filter((r) => r['part'] === 'excluded').map((r) => [r['urn'], r['detail']])).toEqual([
      ['110003', 'not returned'],
    ]);
    const national = rows.find((r) => r['part'] === 'national')!;
    expect([national['value'], national['academic_year'], national['detail']]).toEqual([
      '80',
      '2014/15',
      'England, comparators csv import; gap -8.6',
    ]);
    expect(rows.filter((r) => r['part'] === 'suppression').map((r) => r['rule_id'])).toEqual([
      'suppress.shown',
      'suppress.shown',
    ]);
  });

  it('takes the figure from a row of the predictions csv and its header', async () => {
    const report = await cli(['report', 'predictions', ...FIGURE.slice(0, 6), '--db', db]);
    const lines = report.out.join('\n').split('\n');
    const header = lines[0]!;
    const row = lines.find((l) => l.startsWith('city,874,') && l.includes(',all,ks2_rwm_l4,'))!;
    const run = await explain('--row', row, '--header', header);
    expect(run.err).toEqual([]);
    expect(run.code).toBe(0);
    expect(run.out.join('\n')).toContain('50 of 70 pupils = 71.4%');
    expect(run.out.join('\n')).toContain(
      '| 110002 | St Mary’s Catholic Primary School | st-marys.csv |  | line 2 | 40 | line 2 | 30 | 28 |',
    );
  });
});

describe('a figure that is not there', () => {
  it.each([
    [['--pupil-group', 'martians'], 'explain.unknown-group', 2],
    [['--measure', 'ks2_nonsense'], 'explain.unknown-measure', 2],
    [['--level', 'group', '--area-code', 'East'], 'explain.unknown-area', 2],
    [['--pupil-group', 'eal'], 'explain.no-figure', 1],
  ])('refuses %j in one line with rule %s', async (args, ruleId, code) => {
    const run = await explain(...FIGURE, ...args);
    expect(run.code).toBe(code);
    expect(run.out).toEqual([]);
    expect(run.err).toHaveLength(1);
    expect(run.err[0]).toMatch(new RegExp(`^school-returns: explain: ${ruleId.replace('.', '\\.')}: .+: `));
  });
});

describe('explain --published', () => {
  const sen = [...FIGURE, '--level', 'school', '--area-code', '110001', '--pupil-group', 'sen', '--format', 'csv'];

  it('says a withheld figure is withheld, and prints neither it nor its cells', async () => {
    const run = await explain(...sen, '--published');
    expect(run.code).toBe(0);
    const rows = rowsOf(run.out);
    expect(rows.find((r) => r['part'] === 'figure')!['value']).toBe('c');
    expect(rows.filter((r) => r['part'] === 'cell')).toEqual([]);
    expect(rows.filter((r) => r['part'] === 'suppression').map((r) => r['rule_id'])).toEqual(['withheld']);
    expect(run.out.join('\n')).not.toMatch(/,1,|,3,/);
  });

  it('shows a data officer the figure and the rules that withhold it', async () => {
    const rows = rowsOf((await explain(...sen)).out);
    expect(rows.find((r) => r['part'] === 'cell')!['value']).toBe('1');
    expect(rows.filter((r) => r['part'] === 'suppression').map((r) => r['rule_id'])).toEqual([
      'suppress.small-count',
      'suppress.small-cohort',
    ]);
  });

  it('shows a figure the publication shows, with its amendment but not the old value or the reason', async () => {
    const rows = rowsOf((await explain(...FIGURE, '--format', 'csv', '--published')).out);
    const cells = rows.filter((r) => r['part'] === 'cell');
    const stMarys = cells.find((c) => c['urn'] === '110002')!;
    expect([stMarys['value'], stMarys['returned'], stMarys['amended_by']]).toEqual(['28', '', 'J Adviser']);
    expect([stMarys['amended_from'], stMarys['amendment_reason']]).toEqual(['', '']);
  });
});

describe('the Board paper links each city and group figure to its explanation', () => {
  it('writes board-explain.html beside the paper, and the city figure links to its section', async () => {
    const out = join(dir, 'board.html');
    const run = await cli(['report', 'html', ...FIGURE.slice(0, 6), '--out', out, '--db', db]);
    expect(run.code).toBe(0);
    expect(run.out.at(-1)).toMatch(/^Wrote .*board-explain\.html/);
    const paper = await readFile(out, 'utf8');
    const anchor = 'explain-city-874-all-ks2_rwm_l4';
    expect(paper).toMatch(new RegExp(`<a href="board-explain\\.html#${anchor}"[^>]*>71\\.4</a>`));
    const side = await readFile(join(dir, 'board-explain.html'), 'utf8');
    const section = side.slice(
      side.indexOf(`<section id="${anchor}"`),
      side.indexOf('</section>', side.indexOf(anchor)),
    );
    expect(section).toContain('50 of 70 pupils = 71.4%');
    expect(section).toContain('alder-corrected.csv');
    expect(section).toContain('st-marys.csv');
    expect(side).not.toMatch(/<script/i);
    // The collaborative group's figure links too: North is Alder and St Mary's.
    expect(paper).toContain('<a href="board-explain.html#explain-group-North-all-ks2_rwm_l4"');
  });
});

describe('explain an attendance figure', () => {
  // City, all pupils, year to date to Spring: absence 200 + 100 + 150 + 50 + 300 + 60 + 250 + 50 = 1160
  // sessions of 6000 + 5000 + 12000 + 10000 = 33000 possible = 3.5%.
  const ytd = ['--year', '2014/15', '--term', 'Spring', '--ytd', '--measure', 'overall_absence_rate'];

  it('lists every term of every school, and the cells sum to the figure', async () => {
    const run = await explain(...ytd);
    expect(run.err).toEqual([]);
    const md = run.out.join('\n');
    expect(md).toContain('The figure is 3.5%');
    expect(md).toContain('possible_sessions: 33000, the sum of the cells below.');
    expect(md).toContain('| 110002 | Spring | possible\\_sessions | attendance.csv | line 7 | 10000 | 10000 |');
    expect(md).toMatch(/\| 110003 \| Cedar Primary School \| not returned \|/);
  });

  it('takes pupils from the latest term only, as the year to date does', async () => {
    const rows = rowsOf(
      (await explain(...ytd.slice(0, 5), '--measure', 'persistent_absence_rate', '--format', 'csv')).out,
    );
    const pupils = rows.filter((r) => r['column'] === 'persistent_absentees');
    expect(pupils.map((r) => [r['urn'], r['term'], r['value']])).toEqual([
      ['110001', 'Spring', '6'],
      ['110002', 'Spring', '9'],
    ]);
  });

  it('published, a withheld figure is said to be withheld and no cell is printed', async () => {
    const boys = [...ytd.slice(0, 5), '--level', 'school', '--area-code', '110001', '--pupil-group', 'boys'];
    const args = [...boys, '--measure', 'persistent_absence_rate'];
    const published = (await explain(...args, '--published')).out.join('\n');
    expect(published).toContain('This figure is withheld (c) in the publication.');
    expect(published).not.toMatch(/\| 3 \|/);
    const internal = (await explain(...args)).out.join('\n');
    expect(internal).toContain('| 110001 | Spring | persistent\\_absentees | attendance.csv | line 6 | 3 | 3 |');
    expect(internal).toMatch(/suppress\.attendance-(persistent|all)/);
  });

  it('writes a workbook of the same tables, titled and with widths, for a predictions and an attendance figure', async () => {
    const sheetOf = async (args: string[], name: string) => {
      const out = join(dir, name);
      const run = await explain(...args, '--format', 'xlsx', '--out', out);
      expect(run.code).toBe(0);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(await readFile(out));
      return book.getWorksheet('Explanation')!;
    };
    const figure = await sheetOf(FIGURE, 'explain.xlsx');
    expect(String(figure.getCell('A1').value)).toContain('RWM L4+');
    const texts = figure.getSheetValues().flat().map(String);
    // The amended cell as counted (28) beside its file, and no code for the measure.
    expect(texts).toContain('st-marys.csv');
    expect(texts.some((t) => t.includes('ks2_rwm_l4'))).toBe(false);
    expect(figure.columns.some((c) => (c.width ?? 0) > 10)).toBe(true);
    const attendance = await sheetOf(ytd, 'explain-attendance.xlsx');
    expect(attendance.getSheetValues().flat().map(String)).toContain('attendance.csv');
    expect((await explain(...FIGURE, '--format', 'xlsx')).code).toBe(2);
  });
});
