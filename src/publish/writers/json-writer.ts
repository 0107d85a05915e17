// Published tables as JSON for a program: each table's columns (with their kinds, units and
// places, and any colours), its rows as objects keyed by column code, its notes and provenance;
// a list says so. Numbers are written as they are; a symbol is its string (the column's kind says
// it is a figure); a blank cell is null.
import type { Cell, PublishedTable } from '../table/published-table.js';
import type { Heading, TextWriter } from './writer.js';

const jsonValue = (cell: Cell | undefined): string | number | null =>
  cell === undefined ? null : cell !== null && typeof cell === 'object' ? cell.text : cell;

export function tableJson(table: PublishedTable): object {
  return {
    id: table.id,
    title: table.title,
    ...(table.tidy ? { tidy: true } : {}),
    ...(table.layout === 'list' ? { layout: 'list' } : {}),
    ...(table.key ? { key: table.key } : {}),
    columns: table.columns,
    rows: table.rows.map((row) =>
      Object.fromEntries(table.columns.map((c, i) => [c.code, jsonValue(row.cells[i])] as const)),
    ),
    notes: { above: table.notes?.above ?? [], below: table.notes?.below ?? [] },
    provenance: table.provenance ?? [],
  };
}

export function jsonWriter(heading?: Heading): TextWriter {
  return {
    format: 'json',
    write(tables) {
      const head = heading ? { title: heading.title, notes: heading.notes ?? [] } : {};
      return JSON.stringify({ ...head, tables: tables.map(tableJson) }, null, 2) + '\n';
    },
  };
}
