// No line of src/ is over 120 characters, prettier's printWidth. Prettier keeps code within it
// but cannot break a string or template literal, so long ones are split by hand into parts
// joined with `+`. src/demo/ (the fixture generators) is not checked.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const MAX = 120;

// The lines left long on purpose: text inside the report's CSS string, where any break would
// put a newline into the published HTML, whose bytes must not change (the HTML's sentences are
// the catalogue's, src/messages/html-text.ts, split there with `+`). Each is named by its file
// and how the line starts (leading spaces ignored); a line that is fixed must be taken off this list.
const ALLOWED: readonly (readonly [file: string, start: string])[] = [
  ['src/publish/html/report-css.ts', 'body { font:'],
  ['src/publish/html/report-css.ts', 'figure.chart {'],
];

const files = readdirSync('src', { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.ts'))
  .map((f) => join('src', f))
  .filter((f) => f.split('/')[1] !== 'demo')
  .sort();

/** Every line over MAX characters (code points, not bytes) as `file:line`, with its text. */
const longLines = files.flatMap((file) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .map((text, i) => ({ file, line: i + 1, text }))
    .filter(({ text }) => [...text].length > MAX),
);

const allows =
  (file: string, text: string) =>
  ([f, start]: readonly [string, string]) =>
    f === file && text.trimStart().startsWith(start);

describe('line length in src/', () => {
  it(`has no line over ${MAX} characters but the listed html and CSS ones`, () => {
    const unexpected = longLines
      .filter(({ file, text }) => !ALLOWED.some(allows(file, text)))
      .map(({ file, line, text }) => `${file}:${line}: ${text.trimStart().slice(0, 60)}…`);
    expect(unexpected).toEqual([]);
  });

  it('lists only long lines that are still there, each once', () => {
    const matches = ALLOWED.map(([f, start]) => ({
      allowed: `${f}: ${start}`,
      count: longLines.filter(({ file, text }) => allows(file, text)([f, start])).length,
    }));
    expect(matches.filter((m) => m.count !== 1)).toEqual([]);
  });
});
