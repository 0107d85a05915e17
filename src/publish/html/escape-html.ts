// The one place text becomes HTML. `escapeHtml` escapes every character that could end a text
// node or an attribute value; the `html` template applies it to every value put into it, so
// a school name such as `<script>` is always text. Only `trustedHtml` (markup this module
// built, or Vega's SVG) goes in as it is. A control character is shown as U+FFFD (domain/printable.ts).
import { printable } from '../../domain/printable.js';

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text as HTML, safe in an element's content and in a quoted attribute value. */
export function escapeHtml(text: string): string {
  return printable(text).replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** Markup that is already HTML: made by `html`, or trusted output such as Vega's SVG. */
export class Html {
  constructor(readonly markup: string) {}
  toString(): string {
    return this.markup;
  }
}

/** Marks markup as HTML as it is. Use only for markup this program made. */
export function trustedHtml(markup: string): Html {
  return new Html(markup);
}

/** What may go into the template: text and numbers are escaped; nothing is written for null, undefined or false. */
export type HtmlValue = string | number | Html | null | undefined | false | readonly HtmlValue[];

function render(value: HtmlValue): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof Html) return value.markup;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
}

/** A template literal tag: `html\`<td>${name}</td>\`` escapes `name`. */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): Html {
  return new Html(strings.reduce((out, s, i) => out + s + (i < values.length ? render(values[i]!) : ''), ''));
}
