// A message about a file: its rule, severity, place, the facts found and the sentence made from
// them, by the catalogue in rules.ts.
import { formatPlace, type Place, type Severity } from './place.js';
import { rules, type Rule, type RuleId } from './rules.js';

export { formatPlace, placeInFile, type Place, type Severity } from './place.js';

/** The facts rule `R`'s sentence is made from, by name: `{ measure, group, found, cohort }`. */
export type FactsOf<R extends RuleId> = Parameters<(typeof rules)[R]['say']>[0];

/** A message of rule `R`, its facts typed by the rule. */
export interface RuleMessage<R extends RuleId> {
  ruleId: R;
  severity: Severity;
  place: Place;
  /** What the check found (the value as given, the cohort, the other cell), as the rule names them. */
  facts: Readonly<FactsOf<R>>;
  /** The whole sentence made from `facts`: what was found, what was expected, what to do. */
  text: string;
  /** The figure the message is about, where it is about one (a query an adviser may amend). */
  subject?: { pupilGroup: string; measure: string };
}

/** A message of one rule or another (narrowing on `ruleId` types `facts`), for a union of ids. */
export type MessageOf<R extends RuleId> = R extends RuleId ? RuleMessage<R> : never;

/** A message of any rule of the catalogue. */
export type Message = MessageOf<RuleId>;

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

/** A message for rule `ruleId` at `place`, keeping its facts, its words from the catalogue in rules.ts. */
export function message<R extends RuleId>(
  ruleId: R,
  place: Place,
  ...given: FactsOf<R> extends Record<string, never> ? [] : [FactsOf<R>]
): MessageOf<R> {
  const r = rules[ruleId] as Rule<FactsOf<R>>;
  const facts = (given[0] ?? {}) as FactsOf<R>;
  return { ruleId, severity: r.severity, place, facts, text: r.say(facts) } as RuleMessage<R> as MessageOf<R>;
}
