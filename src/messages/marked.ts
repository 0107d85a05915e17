// A sentence with words the page marks (bold, code, a colour): the catalogue gives the words, in
// reading order, and the HTML chooses each mark. A marked part is a one-element tuple, so the
// words read in one line here: ['Symbols: ', ['c'], ' suppressed'].

export type Marked = readonly (string | readonly [string])[];

/** The sentence as plain text, its marks left out. */
export function plain(sentence: Marked): string {
  return sentence.map((part) => (typeof part === 'string' ? part : part[0])).join('');
}
