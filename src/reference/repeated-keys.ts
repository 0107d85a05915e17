// A reference file that gives the same thing twice (a URN, a comparator, a target) is refused:
// taking either would overwrite the other without a word.
import type { Message } from '../messages/message.js';
import { message } from '../messages/message.js';

/** A message for each line whose key an earlier line already gave. */
export function repeatedKeys(file: string, rows: readonly { line: number; key: string; what: string }[]): Message[] {
  const first = new Map<string, number>();
  const messages: Message[] = [];
  for (const { line, key, what } of rows) {
    const earlier = first.get(key);
    if (earlier === undefined) first.set(key, line);
    else
      messages.push(
        message('reference.bad-row', { file, line }, { detail: `${what} is given again (first on line ${earlier})` }),
      );
  }
  return messages;
}
