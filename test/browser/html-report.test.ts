// The HTML report in a real browser: it loads with no error and no request, every chart has
// marks, the escaped school name shows as text, and it prints to A4 with its numbers showing.
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlCity, MARKUP_SCHOOL, reportHtml, type HtmlCity } from '../publish/html/html-city.js';
import { CHROMIUM, chartsWithoutMarks, launchChromium, watchPage } from './browser.js';

const ARTIFACTS = resolve('test-artifacts');
let city: HtmlCity;
let browser: Browser | undefined;
let reportPath: string;

beforeAll(async () => {
  // Without Chromium every test below fails with launchChromium's message; none is skipped.
  if (existsSync(CHROMIUM)) browser = await launchChromium();
  city = await htmlCity();
  const { run, path } = await reportHtml(city, 'browser.html', '--term', 'Autumn', '--published');
  expect(run.code).toBe(0);
  reportPath = path;
});
afterAll(async () => {
  await browser?.close();
  await city?.cleanup();
});

async function open(path: string) {
  const page = await (browser ?? (await launchChromium())).newPage({ viewport: { width: 1280, height: 900 } });
  const url = pathToFileURL(path).href;
  const problems = watchPage(page, (u) => u === url);
  await page.goto(url, { waitUntil: 'load' });
  return { page, problems };
}

describe('the HTML report in Chromium', () => {
  it("runs on Debian's chromium, never skipped (install it with apt-get install -y chromium)", () => {
    expect(existsSync(CHROMIUM), `${CHROMIUM} is missing: apt-get update && apt-get install -y chromium`).toBe(true);
  });

  it('loads with no console error, page error, failed request or request outside the file', async () => {
    const { page, problems } = await open(reportPath);
    expect(problems).toEqual([]);
    expect(await page.locator('script').count()).toBe(0);
    await page.close();
  });

  it('draws marks in every chart', async () => {
    const { page } = await open(reportPath);
    // Nine charts, less the persistent-absence ranking, whose every school's figure is withheld
    // as a small number in this small published city.
    expect(await page.locator('figure.chart svg').count()).toBe(8);
    expect(await chartsWithoutMarks(page)).toEqual([]);
    await page.close();
  });

  it('reports a chart whose drawing is empty (the check can fail)', async () => {
    const html = await readFile(reportPath, 'utf8');
    const slug = 'ks2-2014-15-autumn-gap-by-school-all';
    const at = html.indexOf(`id="${slug}"`);
    const start = html.indexOf('<svg', at);
    const end = html.indexOf('</svg>', start) + '</svg>'.length;
    const emptied = html.slice(0, start) + '<svg width="640" height="200"></svg>' + html.slice(end);
    const path = join(city.dir, 'emptied.html');
    await writeFile(path, emptied);
    const { page } = await open(path);
    expect(await chartsWithoutMarks(page)).toEqual([slug]);
    await page.close();
  });

  it('shows the school named <script>alert(1)</script> & Co as text, and runs nothing', async () => {
    const { page, problems } = await open(reportPath);
    expect(await page.getByText(MARKUP_SCHOOL, { exact: true }).count()).toBeGreaterThan(0);
    expect(problems.filter((p) => p.startsWith('dialog'))).toEqual([]);
    await page.close();
  });

  it('saves a full-page screenshot', async () => {
    await mkdir(ARTIFACTS, { recursive: true });
    const { page } = await open(reportPath);
    const png = await page.screenshot({ path: join(ARTIFACTS, 'html-report.png'), fullPage: true });
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    await page.close();
  });

  it('prints to A4 with every chart inside the page width and every numbers table showing', async () => {
    const { page } = await open(reportPath);
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: 680, height: 1000 });
    const layout = await page.evaluate(() => ({
      pageWidth: document.documentElement.clientWidth,
      overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      charts: [...document.querySelectorAll('figure.chart svg')].map((s) => s.getBoundingClientRect().width),
      tables: [...document.querySelectorAll('table.numbers')].map((t) => t.getBoundingClientRect().height),
    }));
    expect(layout.overflow).toBe(0);
    for (const w of layout.charts) expect(w).toBeLessThanOrEqual(layout.pageWidth);
    expect(layout.tables).toHaveLength(layout.charts.length);
    for (const h of layout.tables) expect(h).toBeGreaterThan(0);
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
    await writeFile(join(ARTIFACTS, 'html-report.pdf'), pdf);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect((pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length).toBeGreaterThan(3);
    await page.close();
  });
});
