// The validate stage: the school from the register, then the kind's domain rules. Any error
// refuses the return; queries and warnings travel with an accepted one.
import { hasErrors, type Message } from '../messages/message.js';
import type { ReturnKind } from '../ingest/locate/located-return.js';
import type { NormalisedReturn } from '../ingest/normalise/normalised-return.js';
import type { Register } from '../domain/register.js';
import { challengeRules, type LastActual } from './predictions/challenge-rules.js';
import { attendanceRules, enrolmentChange, type PreviousEnrolments } from './attendance/attendance-rules.js';
import { identifySchool } from '../ingest/validate/school-identity.js';
import { predictionRules, wholeCohortPresent, type PredictionRule } from './predictions/prediction-rules.js';
import { completeIdentity, type ValidatedReturn } from '../ingest/validate/validated-return.js';

export type ReturnRule = PredictionRule;

const rulesByKind: Record<ReturnKind | 'unknown', readonly ReturnRule[]> = {
  unknown: [],
  predictions: predictionRules,
  attendance: [wholeCohortPresent, attendanceRules],
};

/** What the rules may consult beyond the return itself. */
export interface ValidationContext {
  register: Register;
  previousEnrolments: PreviousEnrolments;
  lastActual: LastActual;
}

export function validateReturn(ret: NormalisedReturn, context: ValidationContext): ValidatedReturn {
  const { school, messages: schoolMessages } = identifySchool(ret.identity, context.register);
  const messages: Message[] = [...ret.messages, ...schoolMessages];
  // Every rule runs even on a return already refused, so the school can mend all at once.
  for (const rule of rulesByKind[ret.identity.kind]) messages.push(...rule(ret));
  if (ret.identity.kind === 'attendance' && school)
    messages.push(...enrolmentChange(ret, school.urn, context.previousEnrolments));
  // Challenge questions are for a return that stands; on a refused one they would be noise.
  if (ret.identity.kind === 'predictions' && school && !hasErrors(messages))
    messages.push(...challengeRules(ret, school.urn, context.lastActual));
  const key = completeIdentity.safeParse({
    urn: school?.urn,
    academicYear: ret.identity.academicYear,
    keyStage: ret.identity.keyStage,
    period: ret.identity.period,
  });
  if (hasErrors(messages) || !school || !key.success) {
    return { status: 'refused', identity: ret.identity, ...(school ? { school } : {}), messages };
  }
  return { status: 'accepted', identity: ret.identity, key: key.data, school, groups: ret.groups, messages };
}
