// One writer per format, each writing any PublishedTable: a report builds its tables once and
// hands them to the writer of the format asked for, so no report formats a number or escapes a
// text itself.
import type { PublishedTable } from '../table/published-table.js';

export type Format = 'csv' | 'md' | 'xlsx' | 'html' | 'json';

/** The publication's own title and the sentences under it, above all its tables (program text). */
export interface Heading {
  readonly title: string;
  readonly notes?: readonly string[];
}

export interface TextWriter {
  readonly format: Exclude<Format, 'xlsx'>;
  write(tables: readonly PublishedTable[]): string;
}

export interface BinaryWriter {
  readonly format: 'xlsx';
  write(tables: readonly PublishedTable[]): Promise<Uint8Array>;
}

export type Writer = TextWriter | BinaryWriter;
