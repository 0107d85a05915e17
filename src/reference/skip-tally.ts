// What a published file held that was not stored, counted by kind, and said in one warning each.
import { message, type Message } from '../messages/message.js';

/** Kinds named in one warning, so it stays one readable line; the rest are counted. */
const SHOWN = 6;

export class SkipTally {
  private readonly counts = new Map<string, number>();
  add(kind: string, n = 1): void {
    this.counts.set(kind, (this.counts.get(kind) ?? 0) + n);
  }
  get total(): number {
    return [...this.counts.values()].reduce((s, n) => s + n, 0);
  }
  /** "x (not available) 15", most first; past `shown` kinds, how many more there are. */
  kinds(label: (kind: string) => string = (k) => k, shown = SHOWN): string[] {
    const all = [...this.counts]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .map(([k, n]) => `${label(k)} ${n}`);
    return all.length > shown ? [...all.slice(0, shown), `and ${all.length - shown} more`] : all;
  }
}

/** The warnings of a reading: figures published as symbols, rows of characteristics or items not mapped. */
export function skippedMessages(
  file: string,
  symbols: SkipTally,
  symbolMeaning: Readonly<Record<string, string>>,
  unmapped: SkipTally,
  what: string,
): Message[] {
  const messages: Message[] = [];
  if (symbols.total > 0)
    messages.push(
      message(
        'comparators.symbols-skipped',
        { file },
        { skipped: symbols.total, kinds: symbols.kinds((s) => `${s} (${symbolMeaning[s] ?? 'a symbol'})`) },
      ),
    );
  if (unmapped.total > 0)
    messages.push(
      message('comparators.unmapped-skipped', { file }, { skipped: unmapped.total, what, kinds: unmapped.kinds() }),
    );
  return messages;
}
