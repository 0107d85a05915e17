// Where a report's figures came from, as a reader is told: the returns counted by outcome, when
// they were imported, and the files refused with the first reason each was refused.

export interface RefusedFile {
  file: string;
  /** The first error's rule id (stable, never quotes a figure). */
  ruleId: string;
  /** The first error's whole sentence; it may quote a school's figures. */
  reason: string;
}

export interface ReturnsProvenance {
  /** Current accepted returns (not superseded): the ones the figures come from. */
  accepted: number;
  /** Of those, the ones carrying queries for challenge. */
  acceptedWithQueries: number;
  refused: number;
  /** Accepted returns replaced by a later one from the same school; kept, not counted. */
  superseded: number;
  /** ISO timestamps of the first and last import of any of these returns. */
  earliest?: string;
  latest?: string;
  refusedFiles: RefusedFile[];
}
