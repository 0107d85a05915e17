import type { ReferenceRows } from '../messages/cli-text.js';
import type { Message } from '../messages/message.js';

/** What a reference import did: rows stored, or refused with messages (nothing stored). */
export interface ReferenceImportResult {
  file: string;
  stored: number;
  refused: boolean;
  messages: Message[];
  /** Where a file holds rows of several kinds (comparators: rates, means, counts), how many of each. */
  storedByKind?: { what: ReferenceRows; stored: number }[];
}
