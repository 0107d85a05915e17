// How the limit tests read a file: by the read stage, under the shipped caps or a test's own, to
// the one message it was refused with (or none), and that message as the console prints it.
import { settings, type Limits } from '../../../schemas/settings.schema.js';
import { formatMessage, type Message } from '../../../src/messages/message.js';
import { readSource } from '../../../src/ingest/read/reader.js';
import { source } from '../../support/source.js';

export const shipped: Limits = settings.limits;

/** The messages `bytes` read as `name` was refused with; none when it was read. */
export async function refusedWith(name: string, bytes: Uint8Array | string, limits: Limits = shipped) {
  const read = await readSource(source(name, bytes), limits);
  return read.ok ? [] : read.messages;
}

/** The one line a refusal prints: it names the file first, and holds no line break. */
export function oneLine(m: Message): string {
  const line = formatMessage(m);
  if (/[\r\n]/.test(line)) throw new Error(`not one line: ${line}`);
  return line;
}
