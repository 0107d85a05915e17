// The Board paper is the city and its collaborative groups (issue 13): each school's tables and
// charts are in an appendix after it, or with --schools separate in a file of their own beside it,
// which the paper names.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { section } from './read-html.js';
import { htmlCity, reportHtml, type HtmlCity } from './html-city.js';

let city: HtmlCity;
beforeAll(async () => {
  city = await htmlCity();
});
afterAll(() => city.cleanup());

const SCHOOL_TABLE = 'School: Alder Primary';

describe('report html --schools', () => {
  it('separate: the paper holds no school table and names the file that does', async () => {
    const { run, path } = await reportHtml(city, 'board.html', '--term', 'Autumn', '--schools', 'separate');
    expect(run.code, run.err.join('\n')).toBe(0);
    const schoolsPath = join(city.dir, 'reports', 'board-schools.html');
    expect(run.out).toEqual([
      expect.stringContaining(path),
      expect.stringContaining(schoolsPath),
      expect.stringContaining(join(city.dir, 'reports', 'board-explain.html')),
    ]);
    const paper = await readFile(path, 'utf8');
    const schools = await readFile(schoolsPath, 'utf8');
    expect(paper).not.toContain(SCHOOL_TABLE);
    expect(paper).toContain('tables and charts are in board-schools.html');
    expect(section(paper, 'groups')).toContain('Collaborative group: North');
    expect(schools).toContain(SCHOOL_TABLE);
    expect(section(schools, 'attendance-schools')).toContain('Schools ranked by overall absence');
    expect(schools).toContain('<title>Kingsmere: KS2 predictions 2014/15, Autumn round: schools</title>');
  });

  it('appendix (the default): the school tables follow the paper, after its provenance', async () => {
    const { path } = await reportHtml(city, 'whole.html', '--term', 'Autumn');
    const page = await readFile(path, 'utf8');
    expect(page.indexOf(SCHOOL_TABLE)).toBeGreaterThan(page.indexOf('id="provenance"'));
    expect(page).toContain('tables and charts are in the appendix');
  });

  it('anything else is refused with one line', async () => {
    const { run } = await reportHtml(city, 'x.html', '--schools', 'annex');
    expect(run.code).toBe(2);
    expect(run.err).toEqual([expect.stringContaining('--schools "annex" must be appendix or separate')]);
  });
});
