// Debian's Chromium driven by playwright-core: never a downloaded browser. CI installs it with
// `apt-get install -y chromium`; without it these tests fail and say so, they are not skipped.
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `${CHROMIUM} is missing: install Debian's chromium (apt-get update && apt-get install -y chromium). The browser tests never download a browser.`,
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
    ],
  });
}

/** Everything that went wrong while a page loaded: console errors, page errors, failed or outside requests, dialogs. */
export function watchPage(page: Page, own: (url: string) => boolean): string[] {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} ${r.failure()?.errorText ?? ''}`));
  page.on('request', (r) => {
    if (!own(r.url())) problems.push(`request outside the file: ${r.url()}`);
  });
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  return problems;
}

/**
 * The charts in the page that draw nothing: a figure whose SVG has no bar, point or line
 * path, or no size. Returns the figures' ids; none when every chart has marks.
 */
export async function chartsWithoutMarks(page: Page): Promise<string[]> {
  return page.$$eval('figure.chart', (figures) =>
    figures.flatMap((f) => {
      const svg = f.querySelector('svg');
      const marks = svg
        ? svg.querySelectorAll('.mark-rect.role-mark path, .mark-symbol.role-mark path, .mark-line.role-mark path')
            .length
        : 0;
      const box = svg?.getBoundingClientRect();
      return marks > 0 && box && box.width > 0 && box.height > 0 ? [] : [f.id];
    }),
  );
}
