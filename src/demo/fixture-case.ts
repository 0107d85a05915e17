// What a messy fixture case is: the school it is built from, what the import should make of it, and
// how it spoils the clean return (figures, layout or the bytes themselves).
import type { DraftLayout, Proforma } from './fixture-city-proformas.js';

/** What the import should make of a file: stored clean or with warnings, stored with queries, or refused. */
export type Expectation = 'accepted' | 'queried' | 'refused';

export interface FixtureCase {
  /** The school whose return it is built from. */
  urn: string;
  /** Appended to the file name; for refused files, the whole name. */
  name: string;
  expect: Expectation;
  /** Rule ids the file should draw, the deciding one first. */
  rules: string[];
  /** What it tests, for fixtures/README.md and the manifest. */
  note: string;
  ext?: 'xlsx' | 'xls';
  data?: (p: Proforma) => void;
  present?: (d: DraftLayout, p: Proforma) => void;
  bytes?: (p: Proforma, workbook: () => Promise<Buffer>) => Buffer | Promise<Buffer>;
}
