// A sentence of the catalogue whose words the page marks (messages/marked.ts) as HTML: every
// word escaped by the `html` template, each marked part put in its mark, in reading order.
import { plain, type Marked } from '../../messages/marked.js';
import { html, type Html } from './escape-html.js';

/** How the page marks some words: `<b>`, `<code>`, a coloured span. */
export type Mark = (words: string) => Html;

export const bold: Mark = (words) => html`<b>${words}</b>`;
export const strong: Mark = (words) => html`<strong>${words}</strong>`;
export const code: Mark = (words) => html`<code>${words}</code>`;

/** The sentence as HTML, its nth marked part through the nth mark; as many marks as marked parts. */
export function markedHtml(sentence: Marked, ...marks: readonly Mark[]): Html {
  let next = 0;
  const parts = sentence.map((part) =>
    typeof part === 'string' ? part : (marks[next++] ?? missing(sentence))(part[0]),
  );
  if (next !== marks.length) throw new Error(`${marks.length} marks for ${next} marked parts: ${plain(sentence)}`);
  return html`${parts}`;
}

function missing(sentence: Marked): never {
  throw new Error(`more marked parts than marks: ${plain(sentence)}`);
}
