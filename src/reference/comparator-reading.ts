import type { Message } from '../messages/message.js';
import type { ComparatorRow } from '../store/queries/reference.js';

/** What a reader of a published comparator file found: rows to store, each row's line, and messages. */
export interface ComparatorReading {
  rows: ComparatorRow[];
  /** The 1-based line (or sheet row) each row of `rows` came from, for naming a repeated one. */
  lines: number[];
  messages: Message[];
}
