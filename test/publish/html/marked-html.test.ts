// A catalogue sentence with marked words (messages/marked.ts) as HTML: every word escaped, the
// nth marked part in the nth mark, and a sentence refused whose marks do not match its parts.
import { describe, expect, it } from 'vitest';
import { plain } from '../../../src/messages/marked.js';
import { html } from '../../../src/publish/html/escape-html.js';
import { bold, code, markedHtml, strong } from '../../../src/publish/html/marked-html.js';

describe('a sentence with marked words as HTML', () => {
  const sentence = ['Made by ', ['<Hill & Dale>'], ' with ', ['--published'], ', as "shown".'] as const;

  it('escapes the plain and the marked words alike, and marks the parts in order', () => {
    expect(markedHtml(sentence, strong, code).markup).toBe(
      'Made by <strong>&lt;Hill &amp; Dale&gt;</strong> with <code>--published</code>, as &quot;shown&quot;.',
    );
    const above = (words: string) => html`<span class="above">${words}</span>`;
    expect(markedHtml(['a ', ['c'], ' b ', ['+1']], bold, above).markup).toBe(
      'a <b>c</b> b <span class="above">+1</span>',
    );
  });

  it('reads as plain words outside the page', () => {
    expect(plain(sentence)).toBe('Made by <Hill & Dale> with --published, as "shown".');
  });

  it('refuses a sentence with more or fewer marked parts than marks', () => {
    expect(() => markedHtml(sentence, strong)).toThrow(/more marked parts than marks/);
    expect(() => markedHtml(sentence, strong, code, bold)).toThrow(/3 marks for 2 marked parts/);
  });
});
