// Small readers for the report's HTML, for assertions. The report marks its figure cells with
// data-* attributes; these read them back.

const decode = (text: string) =>
  text
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .trim();

/** The markup of `<section id="...">`, up to its end. */
export function section(page: string, id: string): string {
  const start = page.indexOf(`<section id="${id}"`);
  if (start < 0) return '';
  return page.slice(start, page.indexOf('</section>', start));
}

export interface AreaCell {
  level: string;
  area: string;
  group: string;
  /** Absent for the cohort. */
  measure?: string;
  quantity: string;
  text: string;
}

/** Every figure cell of every area table: rate, gap, cohort and the other-pupils pair. */
export function areaCells(page: string): AreaCell[] {
  const cells: AreaCell[] = [];
  for (const table of page.matchAll(
    /<table class="area" data-level="([^"]*)" data-area="([^"]*)">([\s\S]*?)<\/table>/g,
  )) {
    for (const td of table[3]!.matchAll(
      /<td [^>]*?data-group="([^"]*)"(?: data-measure="([^"]*)")? data-quantity="([^"]*)">([\s\S]*?)<\/td>/g,
    )) {
      cells.push({
        level: table[1]!,
        area: table[2]!,
        group: td[1]!,
        ...(td[2] ? { measure: td[2] } : {}),
        quantity: td[3]!,
        text: decode(td[4]!),
      });
    }
  }
  return cells;
}

export interface Figure {
  slug: string;
  svg: string;
  /** The numbers table: header then rows, as text. */
  rows: string[][];
}

export function figures(page: string): Figure[] {
  return [...page.matchAll(/<figure class="chart" id="([^"]+)"[^>]*>([\s\S]*?)<\/figure>/g)].map((m) => {
    const body = m[2]!;
    const svg = /<svg[\s\S]*<\/svg>/.exec(body)?.[0] ?? '';
    const table = /<table class="numbers">([\s\S]*?)<\/table>/.exec(body)?.[1] ?? '';
    const rows = [...table.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((r) =>
      [...r[1]!.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((c) => decode(c[1]!)),
    );
    return { slug: m[1]!, svg, rows };
  });
}

/** A number as text compared with a CSV cell: equal numbers, or the same symbol. */
export function sameFigure(html: string, csv: string): boolean {
  if (csv === '' || html === '') return csv === html;
  const a = Number(html);
  const b = Number(csv);
  return Number.isNaN(a) || Number.isNaN(b) ? html === csv : a === b;
}

/** A CSV cell as it was before formula neutralising (a leading apostrophe added to =, +, - or @ text). */
export const unquoted = (text: string | undefined) => (text ?? '').replace(/^'(?=[=+\-@\t\r])/, '');
