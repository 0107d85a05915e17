import type { Message } from '../messages/message.js';

/** What a reference import did: rows stored, or refused with messages (nothing stored). */
export interface ReferenceImportResult {
  file: string;
  stored: number;
  refused: boolean;
  messages: Message[];
}
