// Errors of one rule in one return kept to the first few, the rest counted in one message: a bulk
// CSV of 820,000 duplicate lines had as many `group.duplicate` messages to build, send, store and
// print (issue 17). The first few say what to mend; a thousand more say nothing new. Queries and
// warnings are all kept: each query is a figure an adviser answers.
import { message, type Message } from '../messages/message.js';

/** `messages` with at most `limit` errors of each rule, and one `messages.more-like-these` per rule cut. */
export function boundRepeats(messages: readonly Message[], limit: number): Message[] {
  const seen = new Map<string, { count: number; firstCut?: Message }>();
  const kept: Message[] = [];
  for (const m of messages) {
    if (m.severity !== 'error' || m.ruleId === 'messages.more-like-these') {
      kept.push(m);
      continue;
    }
    const rule = seen.get(m.ruleId) ?? { count: 0 };
    seen.set(m.ruleId, rule);
    if (++rule.count <= limit) kept.push(m);
    else rule.firstCut ??= m;
  }
  // Said where the first left out is, so the person knows where the list stopped.
  for (const [ruleId, { count, firstCut }] of seen)
    if (firstCut) kept.push(message('messages.more-like-these', firstCut.place, { rule: ruleId, more: count - limit }));
  return kept;
}
