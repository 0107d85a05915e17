// Text from input files (school and group names, file names, messages) is text in the page,
// never markup: the report holds no script at all.
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlCity, MARKUP_SCHOOL_ESCAPED, REFUSED_FILE, reportHtml, type HtmlCity } from './html-city.js';

let city: HtmlCity;
let page: string;

beforeAll(async () => {
  city = await htmlCity();
  const { run, path } = await reportHtml(city, 'escaping.html', '--term', 'Autumn');
  expect(run.code).toBe(0);
  page = await readFile(path, 'utf8');
});
afterAll(() => city.cleanup());

describe('a school named <script>alert(1)</script> & Co', () => {
  it("appears escaped in its table, the charts' numbers and the attendance ranking", () => {
    expect(page).toContain(`School: ${MARKUP_SCHOOL_ESCAPED} (URN 110002)`);
    expect(page).toContain(`<th scope="row">${MARKUP_SCHOOL_ESCAPED}</th>`);
    expect(page.split(MARKUP_SCHOOL_ESCAPED).length - 1).toBeGreaterThan(5);
  });

  it('leaves no <script anywhere in the page, in any case', () => {
    expect(page).not.toMatch(/<script/i);
    expect(page).not.toMatch(/<\/script/i);
  });

  it('escapes the name of a refused file and quotes its first reason', () => {
    expect(page).toContain(REFUSED_FILE.replace('<', '&lt;').replace('>', '&gt;'));
    expect(page).not.toContain(REFUSED_FILE);
    expect(page).toContain('RWM L4+ for All pupils is 85 but the cohort is 30');
  });

  it('shows a file by its own name, not the folders it was imported from', () => {
    expect(page).not.toContain(city.dir);
  });
});
