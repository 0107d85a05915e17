// A tidy table for a person's spreadsheet: beside each column of catalogue codes (a pupil group, a
// measure) a column of their labels, so a reader never has to know `ks2_rwm_l4` or `disadv`. The
// codes stay, for a program and for filtering.
import type { Catalogue } from '../../domain/catalogue.js';
import { text, type Column, type PublishedTable } from './published-table.js';

/** The catalogue's label of a code in a column of that kind, or the code itself when it has none. */
function labelOf(cat: Catalogue, column: string, code: string): string {
  try {
    return column === 'measure' ? cat.measure(code).label : cat.pupilGroup(code).label;
  } catch {
    return code;
  }
}

/** The table with `<code column>_label` after each of its pupil_group and measure columns. */
export function withLabels(table: PublishedTable, cat: Catalogue): PublishedTable {
  const labelled = new Set(['pupil_group', 'measure']);
  const columns: Column[] = table.columns.flatMap((c) =>
    labelled.has(c.code) ? [c, { code: `${c.code}_label`, heading: `${c.code}_label`, kind: 'text' as const }] : [c],
  );
  return {
    ...table,
    columns,
    rows: table.rows.map((r) => ({
      ...r,
      cells: table.columns.flatMap((c, i) => {
        const cell = r.cells[i] ?? null;
        if (!labelled.has(c.code)) return [cell];
        const code = cell !== null && typeof cell === 'object' ? cell.text : null;
        return [cell, code === null ? null : text(labelOf(cat, c.code, code))];
      }),
    })),
  };
}
