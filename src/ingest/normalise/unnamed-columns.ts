// Figures under a blank heading are never read: a merged header cell or a heading deleted by
// mistake would otherwise lose a whole measure without a word. Each such column is queried.
import type { Message } from '../../messages/message.js';
import { message } from '../../messages/message.js';
import { cellText, isBlank } from '../read/raw-sheet.js';
import type { LocatedReturn } from '../locate/located-return.js';

export function unnamedColumnsWithFigures(located: LocatedReturn): Message[] {
  const messages: Message[] = [];
  located.columns.forEach((heading, i) => {
    if (cellText(heading.value) !== '') return;
    const first = located.rows.map((row) => row.cells[i]).find((cell) => cell !== undefined && !isBlank(cell.value));
    if (first) messages.push(message('column.unnamed', first.place, { found: cellText(first.value) }));
  });
  return messages;
}
