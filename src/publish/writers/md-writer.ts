// Published tables as Markdown for reading and pasting into a paper: the publication's title and
// sentences, then each table under its title. Every text from a table (titles, headings, cells,
// list items, provenance) is escaped, so a school name cannot start a link or end a cell; notes
// are the program's own sentences and go as they are.
import { printableLine } from '../../domain/printable.js';
import { formatCell, formatItem } from '../table/format-number.js';
import { flatHeadings, isFigure, isList, type PublishedTable } from '../table/published-table.js';
import { symbolLegend } from '../table/symbol-legend.js';
import type { Heading, TextWriter } from './writer.js';

/**
 * Backslashes every character Markdown could read as markup or a table's edge, on one line and with
 * no control character (domain/printable.ts), so an outside text cannot end a row or a table.
 */
export const escapeMarkdown = (text: string): string => printableLine(text).replace(/[|\\`*_<>[\]]/g, (c) => `\\${c}`);

/**
 * A grid's lines: header, alignment (figures right), rows. A column that continues a group is
 * headed in lower case after the group's name: `RWM L4+ | gap`.
 */
function gridLines(table: PublishedTable): string[] {
  const headings = flatHeadings(table.columns).map((h) =>
    escapeMarkdown(h.continues ? h.heading.toLowerCase() : h.heading),
  );
  return [
    `| ${headings.join(' | ')} |`,
    `|${table.columns.map((c) => (isFigure(c) ? '---:' : '---')).join('|')}|`,
    ...table.rows.map(
      (row) => `| ${table.columns.map((c, i) => escapeMarkdown(formatCell(row.cells[i], c, row))).join(' | ')} |`,
    ),
  ];
}

/** One table's lines: its title (unless it stands under the heading), notes, the grid or list, provenance. */
export function tableMarkdown(table: PublishedTable): string[] {
  const above = table.notes?.above ?? [];
  const below = table.notes?.below ?? [];
  const provenance = table.provenance ?? [];
  return [
    ...(table.underHeading ? [] : [`## ${escapeMarkdown(table.title)}`, '']),
    ...(above.length > 0 ? [...above, ''] : []),
    ...(isList(table)
      ? table.rows.map((row) => `- ${escapeMarkdown(formatItem(row, table.columns))}`)
      : gridLines(table)),
    ...(below.length > 0 ? ['', ...below] : []),
    ...(provenance.length > 0 ? ['', ...provenance.map((p) => `- ${escapeMarkdown(p)}`)] : []),
  ];
}

export function markdownWriter(heading?: Heading): TextWriter {
  return {
    format: 'md',
    write(tables) {
      const notes = heading?.notes ?? [];
      const lines = heading ? [`# ${escapeMarkdown(heading.title)}`, ...(notes.length > 0 ? ['', ...notes] : [])] : [];
      for (const table of tables) lines.push(...(lines.length > 0 ? [''] : []), ...tableMarkdown(table));
      // The key to the symbols, under the last table, wherever one is used.
      const legend = symbolLegend(tables);
      if (legend) lines.push('', legend);
      return lines.join('\n') + '\n';
    },
  };
}
