/** Small readers for Vega's SVG output, for assertions. */
import { inflateSync } from 'node:zlib';

function decode(text: string): string {
  return text
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

/** The visible text of every <text> element, tags stripped and entities decoded. */
export function svgTexts(svg: string): string[] {
  return [...svg.matchAll(/<text\b[^>]*>([\s\S]*?)<\/text>/g)].map((m) => decode(m[1] ?? ''));
}

/** How many scenegraph items carry this ARIA role description (`bar`, `point`, `line mark`...). */
export function countRole(svg: string, role: string): number {
  return svg.split(`aria-roledescription="${role}"`).length - 1;
}

/** The items (child elements) of the mark group for layer `n` of a layered spec. */
export function layerItems(svg: string, n: number): number {
  const open = svg.indexOf(`layer_${n}_marks"`);
  if (open < 0) return 0;
  const start = svg.indexOf('>', open) + 1;
  if (svg[start - 2] === '/') return 0;
  let depth = 0;
  let items = 0;
  for (const m of svg.slice(start).matchAll(/<(\/?)([a-z]+)\b[^>]*?(\/?)>/g)) {
    if (m[1] === '/') {
      if (depth === 0) break;
      depth -= 1;
    } else {
      if (depth === 0) items += 1;
      if (m[3] !== '/') depth += 1;
    }
  }
  return items;
}

export const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** RGBA of the top-left pixel of an 8-bit RGBA PNG (row 0's first pixel is never changed by filtering). */
export function topLeftPixel(png: Buffer): number[] {
  const idat: Buffer[] = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    if (png.toString('latin1', at + 4, at + 8) === 'IDAT') idat.push(png.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  return [...raw.subarray(1, 5)];
}
