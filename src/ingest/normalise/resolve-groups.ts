// Pupil group names (codes, labels or aliases from domain.md) resolved to codes, once each.
import type { Catalogue } from '../../domain/catalogue.js';
import type { Message } from '../../messages/message.js';
import { placeInFile } from '../../messages/message.js';
import { message } from '../../messages/message.js';
import { cellText } from '../read/raw-sheet.js';
import type { LocatedRow } from '../locate/located-return.js';

export interface ResolvedRow {
  row: LocatedRow;
  pupilGroup: string;
}

export function resolvePupilGroups(
  rows: readonly LocatedRow[],
  cat: Catalogue,
): { resolved: ResolvedRow[]; messages: Message[] } {
  const index = cat.pupilGroupIndex;
  const messages: Message[] = [];
  const resolved: ResolvedRow[] = [];
  const firstAt = new Map<string, LocatedRow>();
  for (const row of rows) {
    const name = cellText(row.pupilGroup.value);
    const group = index.find(name);
    if (!group) {
      messages.push(
        message('group.unknown', row.pupilGroup.place, {
          found: name || '(blank)',
          nearest: name ? index.nearest(name) : [],
        }),
      );
      continue;
    }
    const first = firstAt.get(group.code);
    if (first) {
      messages.push(
        message('group.duplicate', row.pupilGroup.place, {
          group: group.label,
          firstAt: placeInFile(first.pupilGroup.place),
        }),
      );
      continue;
    }
    firstAt.set(group.code, row);
    resolved.push({ row, pupilGroup: group.code });
  }
  return { resolved, messages };
}
