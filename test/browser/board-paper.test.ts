// The demo's Board paper printed on A4 through Chromium (issue 13): the paper (the schools'
// tables and charts in a file of their own) is at most the README's 12 pages, and no chart splits
// across a page. A chart's drawing is one SVG, which a printer cannot break but only slice when it
// is taller than the page; the paper keeps each drawing whole (break-inside: avoid) and scales it
// to the page, so the test checks both in print layout at A4's width. The paper with its appendix
// is printed too, and is longer: the appendix is where the schools went. A school's profile is one page.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import type { CliIO } from '../../src/cli/cli-io.js';
import { demoSteps } from '../../src/demo/demo-steps.js';
import { openSqliteStore } from '../../src/store/open-store.js';
import { tempDir } from '../support/temp-store.js';
import { CHROMIUM, launchChromium } from './browser.js';

/** The page count the README states for the demo's Board paper. */
const PAPER_PAGES = 12;
/** A4 less the paper's 15 mm margins, in CSS pixels (96 to the inch): 180 mm by 267 mm. */
const PAGE = { width: Math.floor((180 / 25.4) * 96), height: Math.floor((267 / 25.4) * 96) };
const REPORT = ['report', 'html', '--year', '2014/15', '--key-stage', 'KS2', '--round', 'Autumn'];

let dir = '';
let browser: Browser | undefined;
const io: CliIO = {
  out: () => {},
  err: () => {},
  env: {},
  now: () => new Date('2026-11-22T09:00:00Z'),
  interactive: false,
};

/** The demo's store: its imports and challenge, none of its reports. */
async function demoStore(db: string): Promise<void> {
  for (const step of demoSteps) {
    let args = step.args;
    if (typeof args === 'function') {
      const store = await openSqliteStore(db);
      try {
        args = await args(store);
      } finally {
        await store.close();
      }
    }
    if (!['register', 'groups', 'comparators', 'targets', 'ofsted', 'import', 'challenge'].includes(args[0]!)) continue;
    // The forecast's earlier years are no part of this paper (a quarter of the imports).
    if (args.some((a) => /earlier-years|fixtures\/(proformas|results)\/201[1-3]-/.test(a))) continue;
    if (args.includes('--report')) args = args.slice(0, args.indexOf('--report'));
    await runCli([...args, '--db', db], io);
  }
}

async function printed(path: string): Promise<{ page: Page; pages: number }> {
  const page = await browser!.newPage();
  await page.goto(pathToFileURL(path).href, { waitUntil: 'load' });
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: PAGE.width, height: PAGE.height });
  return { page, pages: (pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length };
}

beforeAll(async () => {
  if (existsSync(CHROMIUM)) browser = await launchChromium();
  dir = await tempDir('sr-board-');
  const db = join(dir, 'demo.sqlite');
  await demoStore(db);
  // The explain side file is no part of what is printed.
  const scope = [...REPORT, '--term', 'Summer', '--published', '--no-explain', '--db', db];
  expect(await runCli([...scope, '--schools', 'separate', '--out', join(dir, 'board.html')], io)).toBe(0);
  expect(await runCli([...scope, '--out', join(dir, 'whole.html')], io)).toBe(0);
  const profile = ['report', 'profile', ...REPORT.slice(2), '--term', 'Summer', '--db', db, '--school', '110003'];
  expect(await runCli([...profile, '--out', join(dir, 'profile.html')], io)).toBe(0);
}, 300_000);
afterAll(async () => {
  await browser?.close();
});

describe("the demo's Board paper on A4", () => {
  it(`prints in at most ${PAPER_PAGES} pages, the schools in their own file`, async () => {
    const { page, pages } = await printed(join(dir, 'board.html'));
    expect(pages).toBeGreaterThan(3);
    expect(pages).toBeLessThanOrEqual(PAPER_PAGES);
    expect(existsSync(join(dir, 'board-schools.html'))).toBe(true);
    expect(await readFile(join(dir, 'board.html'), 'utf8')).toContain('board-schools.html');
    // The title and the headline figures are the first page: the section ends within it.
    const headline = await page.$eval('section.headline', (s) => s.getBoundingClientRect().bottom);
    expect(headline).toBeLessThanOrEqual(PAGE.height);
    await page.close();
  });

  it('keeps every chart whole: each drawing unbroken and no taller than the page, in the paper and the appendix', async () => {
    for (const file of ['board.html', 'board-schools.html', 'whole.html']) {
      const { page } = await printed(join(dir, file));
      const drawings = await page.$$eval('figure.chart .chart-drawing', (list) =>
        list.map((d) => ({
          id: d.closest('figure')!.id,
          height: d.getBoundingClientRect().height,
          width: d.querySelector('svg')!.getBoundingClientRect().width,
          breakInside: getComputedStyle(d).breakInside,
        })),
      );
      expect(drawings.length, file).toBeGreaterThan(0);
      for (const d of drawings) {
        expect(d.breakInside, `${file} ${d.id}`).toBe('avoid');
        expect(d.height, `${file} ${d.id}`).toBeLessThanOrEqual(PAGE.height);
        expect(d.width, `${file} ${d.id}`).toBeLessThanOrEqual(PAGE.width);
      }
      await page.close();
    }
  });

  it("prints a school's profile on one page", async () => {
    const { page, pages } = await printed(join(dir, 'profile.html'));
    expect(pages).toBe(1);
    await page.close();
  });

  it('puts the schools in an appendix after the paper, from a new page, when not separate', async () => {
    const whole = await printed(join(dir, 'whole.html'));
    const paper = await printed(join(dir, 'board.html'));
    expect(whole.pages).toBeGreaterThan(paper.pages);
    const appendix = await whole.page.$eval('div.appendix', (d) => getComputedStyle(d).breakBefore);
    expect(appendix).toBe('page');
    await whole.page.close();
    await paper.page.close();
  });
});
