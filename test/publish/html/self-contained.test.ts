// One file that loads nothing: no URL of any kind, no script, a CSP that forbids both.
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlCity, reportHtml, type HtmlCity } from './html-city.js';

let city: HtmlCity;
let page: string;
let explainPage: string;

beforeAll(async () => {
  city = await htmlCity();
  const { path } = await reportHtml(city, 'self-contained.html', '--term', 'Autumn');
  page = await readFile(path, 'utf8');
  explainPage = await readFile(path.replace(/\.html$/, '-explain.html'), 'utf8');
});
afterAll(() => city.cleanup());

describe('the HTML report is self-contained', () => {
  it('carries the Content-Security-Policy meta tag in its head', () => {
    const head = page.slice(0, page.indexOf('</head>'));
    expect(head).toContain(
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    );
  });

  it('holds no http:// or https:// URL at all (the SVG namespaces are dropped too)', () => {
    expect(page).not.toMatch(/https?:\/\//i);
    expect(page).not.toMatch(/xmlns/);
  });

  it('has nothing that loads: no src=, no <link>, no @import, no url() but in-page references', () => {
    expect(page).not.toMatch(/\ssrc\s*=/i);
    expect(page).not.toMatch(/<link\b/i);
    expect(page).not.toMatch(/@import/i);
    expect([...page.matchAll(/url\(([^)]*)\)/g)].filter((m) => !m[1]!.startsWith('#'))).toEqual([]);
  });

  it("links only within the page, and to sections of its explanations' side file (issue 16)", () => {
    const hrefs = [...page.matchAll(/href="([^"]*)"/g)].map((m) => m[1]!);
    const [within, beside] = [hrefs.filter((h) => h.startsWith('#')), hrefs.filter((h) => !h.startsWith('#'))];
    expect(within.length).toBeGreaterThan(0);
    const ids = new Set([...page.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]!));
    expect(within.filter((h) => !ids.has(h.slice(1)))).toEqual([]);
    expect(beside.length).toBeGreaterThan(0);
    expect(beside.filter((h) => !h.startsWith('self-contained-explain.html#'))).toEqual([]);
    const explained = new Set([...explainPage.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]!));
    expect(beside.filter((h) => !explained.has(h.split('#')[1]!))).toEqual([]);
    expect(explainPage).not.toMatch(/<script|https?:\/\/|\ssrc\s*=/i);
  });

  it("gives every id once, so the charts' SVGs do not collide", () => {
    const ids = [...page.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]!);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('prints on A4 and keeps tables whole where it can', () => {
    expect(page).toContain('@page { size: A4; margin: 15mm; }');
    expect(page).toMatch(/@media print \{[\s\S]*break-inside: avoid/);
    expect(page).not.toContain('<details');
  });
});
