// Who has returned what, as a PublishedTable: one row per school that should send the return,
// with its state and when, for the chase list's csv (a mail merge). The job (jobs/return-status.ts)
// works the states out from the store; the words of each are the catalogue's.
import { stateInWords, type ReturnState } from '../../messages/cycle-text.js';
import { reportText } from '../../messages/report-text.js';
import { text, type Column, type PublishedTable } from '../table/published-table.js';
import { csvWriter } from '../writers/csv-writer.js';

export type { ReturnState };

export interface SchoolStatus {
  urn: string;
  name: string;
  state: ReturnState;
  openQueries: number;
  /** When the return in this state was imported (ISO 8601). */
  importedAt?: string;
  file?: string;
  /** For a refusal, the first error. */
  reason?: string;
}

const label = (code: string): Column => ({ code, heading: code, kind: 'text' });

const COLUMNS: readonly Column[] = [
  label('urn'),
  label('school'),
  label('state'),
  { code: 'open_queries', heading: 'open_queries', kind: 'number' },
  label('imported_at'),
  label('file'),
  label('reason'),
];

const optional = (value: string | undefined) => (value === undefined ? null : text(value));

export function returnStatusTable(statuses: readonly SchoolStatus[]): PublishedTable {
  return {
    id: 'return-status',
    title: reportText['status-report.data'],
    tidy: true,
    columns: COLUMNS,
    rows: statuses.map((s) => ({
      key: { urn: s.urn },
      cells: [
        text(s.urn),
        text(s.name),
        text(stateInWords(s.state)),
        s.openQueries,
        optional(s.importedAt),
        optional(s.file),
        optional(s.reason),
      ],
    })),
  };
}

/** The chase list as csv: school names, files and reasons neutralised against formulas, separators quoted. */
export function returnStatusCsv(statuses: readonly SchoolStatus[]): string {
  return csvWriter().write([returnStatusTable(statuses)]);
}
