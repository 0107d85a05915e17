// How the tests compare a message: by its rule, where in its file it points and the facts it was
// made from, not by its sentence, which follows from those and may be reworded. The sentences are
// checked to render from sample facts in catalogue.test.ts.
import type { FactsOf, Message, Place } from '../../src/messages/message.js';
import type { RuleId } from '../../src/messages/rules.js';

/** Where in its file a message points: sheet and A1 cell, or CSV line and column heading. */
export type Where = Omit<Place, 'file'>;

/** A message as a test compares it. */
export type Gist = { ruleId: RuleId } & Where & { facts: Readonly<Record<string, unknown>> };

/** The gist of `m`: its rule, its place but the file's name, and its facts. */
export function gist(m: Message): Gist {
  const { file: _file, ...where } = m.place;
  return { ruleId: m.ruleId, ...where, facts: m.facts };
}

/**
 * The gist a test expects of rule `ruleId` at `where`. The facts are typed by the rule, and may
 * hold more than its sentence uses, as the check gave them; a fact that cannot be worked out from
 * the input (a parser's own words) may be `expect.any(String)`.
 */
export function gistOf<R extends RuleId>(
  ruleId: R,
  where: Where,
  ...facts: FactsOf<R> extends Record<string, never> ? [] : [FactsOf<R> & Readonly<Record<string, unknown>>]
): Gist {
  return { ruleId, ...where, facts: facts[0] ?? {} };
}
