// `report html` and `charts` take --ytd as `report attendance` does (issue 13): a Summer paper
// shows each school's year to date when asked, not its last term. Worked by hand: Alder (110001)
// missed 800 of 20,000 sessions in the autumn (4.0%) and 1,600 of 20,000 in the spring (8.0%), so
// 2,400 of 40,000 (6.0%) to the end of the spring; Birch (110003) 900 of 15,000 (6.0%), then 600
// of 15,000 (4.0%), so 1,500 of 30,000 (5.0%).
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../../cli/run-cli.js';
import { htmlCity, reportHtml, SCOPE, type HtmlCity } from './html-city.js';

let city: HtmlCity;

beforeAll(async () => {
  city = await htmlCity();
  const spring = join(city.dir, 'attendance-spring-2015.csv');
  await writeFile(
    spring,
    'urn,academic_year,term,pupil_group,enrolments,possible_sessions,authorised_absence,unauthorised_absence,persistent_absentees\n' +
      '110001,2014/15,Spring,All pupils,200,20000,1200,400,20\n110003,2014/15,Spring,All pupils,150,15000,450,150,6\n',
  );
  expect((await cli(['import', spring, '--db', city.db])).code).toBe(0);
});
afterAll(() => city.cleanup());

const overall = (page: string, urn: string) =>
  page.match(
    new RegExp(
      `<tr><td class="num" data-urn="${urn}">\\d+</td><th scope="row">[^<]*</th>` +
        `<td>[^<]*</td><td>[^<]*</td><td class="num" data-urn="${urn}">([\\d.]+)</td>`,
    ),
  )?.[1];

describe('report html --ytd', () => {
  it('shows the year to date to the end of the term, not the term alone', async () => {
    const { run, path } = await reportHtml(city, 'ytd.html', '--term', 'Spring', '--ytd');
    expect(run.code, run.err.join('\n')).toBe(0);
    const page = await readFile(path, 'utf8');
    expect(page).toContain('Attendance, 2014/15 year to date to the end of the spring term');
    expect([overall(page, '110003'), overall(page, '110001')]).toEqual(['5.0', '6.0']);
  });

  it('without it, shows the term alone', async () => {
    const { path } = await reportHtml(city, 'term.html', '--term', 'Spring');
    const page = await readFile(path, 'utf8');
    expect(page).toContain('Attendance, 2014/15 spring term');
    expect([overall(page, '110003'), overall(page, '110001')]).toEqual(['4.0', '8.0']);
  });

  it('is refused without --term, which it is the year to date of', async () => {
    const { run } = await reportHtml(city, 'no-term.html', '--ytd');
    expect(run.code).toBe(2);
    expect(run.err.join('\n')).toContain('--ytd is about attendance: give --term as well');
  });
});

describe('charts --ytd', () => {
  it("draws the year to date's ranking, named for it", async () => {
    const out = join(city.dir, 'ytd-charts');
    const run = await cli(['charts', ...SCOPE, '--term', 'Spring', '--ytd', '--db', city.db, '--out', out]);
    expect(run.code, run.err.join('\n')).toBe(0);
    const csv = await readFile(join(out, 'attendance-2014-15-spring-ytd-rank-overall.csv'), 'utf8');
    expect(csv).toContain('1,Birch Primary,5,');
    expect(csv).toContain('2,Alder Primary,6,');
  });
});
