// The validate stage: the school from the register, then the kind's rules on the return alone and
// against the school's earlier returns. Any error refuses the return; queries and warnings travel
// with an accepted one.
import { hasErrors, message, type Message } from '../messages/message.js';
import type { NormalisedReturn } from '../ingest/normalise/normalised-return.js';
import type { Context } from '../domain/context.js';
import type { Register } from '../domain/register.js';
import { identifySchool } from '../ingest/validate/school-identity.js';
import { completeIdentity, type ValidatedReturn } from '../ingest/validate/validated-return.js';
import { boundRepeats } from './bound-repeats.js';
import { returnKinds, type Histories } from './kinds.js';
import { NO_HISTORY } from './return-kind.js';
import type { StoreReader } from '../store/open-store.js';

/** What the rules may consult beyond the return: the catalogue and settings, the register, the store's history. */
export interface ValidationContext extends Context {
  register: Register;
  /** Each kind's earlier returns; none given, the return is checked on its own. */
  histories?: Histories;
}

/**
 * The return validated. A fault in a rule (ours, whatever the return holds) refuses this return
 * alone, saying so, and the import goes on with the rest (issue 11: a hostile file ended the run).
 */
export function validateReturn(ret: NormalisedReturn, context: ValidationContext): ValidatedReturn {
  try {
    return validateUnguarded(ret, context);
  } catch (error) {
    const detail = (error instanceof Error ? error.message : String(error)).slice(0, 160);
    const fault = message('return.check-fault', { file: ret.identity.file }, { detail });
    return { status: 'refused', identity: ret.identity, messages: [...ret.messages, fault] };
  }
}

function validateUnguarded(ret: NormalisedReturn, context: ValidationContext): ValidatedReturn {
  const { school, messages: schoolMessages } = identifySchool(ret.identity, context.register);
  const messages: Message[] = [...ret.messages, ...schoolMessages];
  const kind = ret.identity.kind === 'unknown' ? undefined : returnKinds[ret.identity.kind];
  // Every rule runs even on a return already refused, so the school can mend all at once.
  // One at a time, not push(...): a rule may return a message per line of a large CSV (issue 17).
  for (const rule of kind?.rules ?? []) for (const m of rule(ret, context)) messages.push(m);
  if (kind && school) {
    const history = context.histories?.[kind.name] ?? NO_HISTORY;
    messages.push(...history.rules(ret, school, hasErrors(messages)));
  }
  // Rules may add a message per line of a large CSV too: bounded as the parse stage bounds its own.
  const bounded = boundRepeats(messages, context.settings.limits.repeatedErrors);
  const key = completeIdentity.safeParse({
    urn: school?.urn,
    academicYear: ret.identity.academicYear,
    keyStage: ret.identity.keyStage,
    period: ret.identity.period,
  });
  if (hasErrors(bounded) || !school || !key.success) {
    return { status: 'refused', identity: ret.identity, ...(school ? { school } : {}), messages: bounded };
  }
  return { status: 'accepted', identity: ret.identity, key: key.data, school, groups: ret.groups, messages: bounded };
}

/** Each kind's history, loaded once for an import. */
export async function loadHistories(store: StoreReader, context: Context): Promise<Histories> {
  const entries = await Promise.all(
    Object.values(returnKinds).map(async (k) => [k.name, await k.loadHistory(store, context)] as const),
  );
  return Object.fromEntries(entries) as Histories;
}
