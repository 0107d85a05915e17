// How a rule of the catalogue is written: a severity and a sentence built from the facts found.
// Shared by the topic files in this folder; ../rules.ts joins them into the one catalogue.
import type { Severity } from '../place.js';

export type Say<F> = (facts: F) => string;
export interface Rule<F> {
  severity: Severity;
  say: Say<F>;
}
export const rule = <F = Record<string, never>>(severity: Severity, say: Say<F>): Rule<F> => ({ severity, say });
/** "a", "b": names quoted and joined, as the sentences list them. */
export const list = (names: readonly string[]) => names.map((n) => `"${n}"`).join(', ');
/** " (nearest known: "a", "b")", or nothing when there is none. */
export const nearest = (names: readonly string[]) => (names.length ? ` (nearest known: ${list(names)})` : '');
