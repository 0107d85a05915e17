// Vega's SVG document made fit to sit inside the page: no namespace URLs (HTML needs none, and
// the page holds no URL at all), ids made unique per chart, and nothing that could run.
import { trustedHtml, type Html } from './escape-html.js';

/** Raised when a renderer's output is not a plain SVG drawing. */
export class InlineSvgError extends Error {
  override name = 'InlineSvgError';
}

/**
 * The SVG as markup for the page. `prefix` keeps ids apart when many charts share a page.
 * Vega escapes the text it writes, so the drawing is trusted once it is checked to hold no
 * script, foreign content or link.
 */
export function inlineSvg(svg: string, prefix: string): Html {
  const body = svg.trim();
  if (!body.startsWith('<svg')) throw new InlineSvgError('a chart was not drawn as SVG');
  if (/<(script|foreignObject|iframe|image|a)\b|\bhref\s*=/i.test(body)) {
    throw new InlineSvgError('a chart SVG holds a script, foreign content, an image or a link');
  }
  const markup = body
    .replace(/^<svg\b[^>]*>/, (open) => open.replace(/\s+xmlns(:\w+)?="[^"]*"/g, '').replace(/\s+version="[^"]*"/, ''))
    .replace(/\bid="([^"]+)"/g, (_, id: string) => `id="${prefix}-${id}"`)
    .replace(/url\(#([^)]+)\)/g, (_, id: string) => `url(#${prefix}-${id})`);
  return trustedHtml(markup);
}
