// Long chart titles are cut off at the drawing's edge (Vega draws a title on one line). This
// breaks a title or subtitle that would not fit into lines that do, at spaces, measured with
// the same DejaVu Sans widths the renderer lays out with.
import type { TopLevelSpec } from 'vega-lite';
import { PAGE_WIDTH } from '../charts/index.js';
import { dejaVuWidth } from '../charts/text-metrics.js';

/** Title and subtitle sizes of chart-theme.ts, in pixels. */
const TITLE_SIZE = 16;
const SUBTITLE_SIZE = 12;
/** The drawing's width less its padding on both sides. */
const ROOM = PAGE_WIDTH - 2 * 8;

/** Words of `text` gathered greedily into lines no wider than `room`. */
export function wrapLine(text: string, size: number, bold: boolean, room = ROOM): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && dejaVuWidth(candidate, size, bold) > room) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

const lines = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : Array.isArray(value) ? value.map(String) : [];

/** The spec with its title and subtitle wrapped to the drawing's width; any other title is left alone. */
export function fitTitle(spec: TopLevelSpec): TopLevelSpec {
  const title = spec.title;
  if (typeof title !== 'object' || title === null || Array.isArray(title)) return spec;
  const text = lines(title.text).flatMap((l) => wrapLine(l, TITLE_SIZE, true));
  const subtitle = lines(title.subtitle).flatMap((l) => wrapLine(l, SUBTITLE_SIZE, false));
  return {
    ...spec,
    title: { ...title, text: text.length === 1 ? text[0]! : text, ...(subtitle.length > 0 ? { subtitle } : {}) },
  } as TopLevelSpec;
}
