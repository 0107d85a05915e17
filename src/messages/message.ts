// A message about a file: its rule, severity, place and sentence, made from the catalogue in rules.ts.
import { formatPlace, type Place, type Severity } from './place.js';
import { rules, type Rule, type RuleId } from './rules.js';

export { formatPlace, placeInFile, type Place, type Severity } from './place.js';

export interface Message {
  ruleId: RuleId;
  severity: Severity;
  place: Place;
  /** The whole sentence: what was found, what was expected, what to do. */
  text: string;
  /** The figure the message is about, where it is about one (a query an adviser may amend). */
  subject?: { pupilGroup: string; measure: string };
}

export function about(m: Message, pupilGroup: string, measure: string): Message {
  return { ...m, subject: { pupilGroup, measure } };
}

/** One line, as the console and the --report file show it. */
export function formatMessage(m: Message): string {
  return `${formatPlace(m.place)}: ${m.severity} ${m.ruleId}: ${m.text}`;
}

export function hasErrors(messages: readonly Message[]): boolean {
  return messages.some((m) => m.severity === 'error');
}

type FactsOf<R extends RuleId> = Parameters<(typeof rules)[R]['say']>[0];

/** A message for rule `ruleId` at `place`, its words from the catalogue in rules.ts. */
export function message<R extends RuleId>(
  ruleId: R,
  place: Place,
  ...facts: FactsOf<R> extends Record<string, never> ? [] : [FactsOf<R>]
): Message {
  const r = rules[ruleId] as Rule<FactsOf<R>>;
  return { ruleId, severity: r.severity, place, text: r.say((facts[0] ?? {}) as FactsOf<R>) };
}
