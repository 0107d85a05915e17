import type { ReturnKind } from '../../../schemas/formats/returns.schema.js';
import type { Message, Place } from '../../messages/message.js';
import type { CellValue } from '../read/raw-sheet.js';

export type { ReturnKind };

/** A cell's value and where a person finds it. */
export interface LocatedCell {
  value: CellValue;
  place: Place;
}

/** One row of the return's table: a pupil group's cells, aligned with `columns`. */
export interface LocatedRow {
  pupilGroup: LocatedCell;
  cells: LocatedCell[];
}

/**
 * One return found in a file: its header values by field code (urn, key_stage, ...), the
 * table's column headings after "Pupil group", and its rows. Nothing is interpreted yet.
 */
export interface LocatedReturn {
  kind: ReturnKind;
  file: string;
  /** For a CSV holding many returns, which of them this is ("URN 110000, KS2 2014/15 Autumn"). */
  part?: string;
  /** Where a missing header value should be added. */
  headerPlace: Place;
  header: Partial<Record<string, LocatedCell>>;
  /** Further non-blank values given under a label already in `header`, in sheet order. */
  headerRepeats?: Partial<Record<string, LocatedCell[]>>;
  columns: LocatedCell[];
  rows: LocatedRow[];
}

/** The locate stage's result for a file: the returns found, or messages saying why none could be. */
export interface LocatedFile {
  returns: LocatedReturn[];
  /** Messages about the file as a whole; any error refuses every return in it. */
  messages: Message[];
  /** Messages about one return only (a ragged CSV line), keyed by its index in `returns`. */
  returnMessages: Message[][];
}
