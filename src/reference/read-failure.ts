// A GIAS file that cannot be read to its end (a quote never closed, a zip entry damaged or too
// large) as the message saying so; anything else is a fault of the environment and is thrown on.
import { message, type Message } from '../messages/message.js';
import { CsvReadError } from './csv-records.js';
import { ZipEntryError } from './zip-entries.js';

export function readFailure(file: string, error: unknown): Message {
  if (error instanceof CsvReadError)
    return message('csv.malformed', { file, ...(error.line ? { line: error.line } : {}) }, { detail: error.message });
  if (error instanceof ZipEntryError) return message('register.zip-unreadable', { file }, { detail: error.message });
  throw error;
}
