import { z } from 'zod';
import type { Message } from '../../messages/message.js';
import type { NormalisedReturn, ReturnIdentity } from '../normalise/normalised-return.js';
import type { School } from '../../domain/register.js';

/** What an accepted return must know of itself before it can be stored. */
export const completeIdentity = z.object({
  urn: z.string().regex(/^\d{6}$/),
  academicYear: z.string().regex(/^\d{4}\/\d{2}$/),
  keyStage: z.string().optional(),
  period: z.string().min(1),
});
export type CompleteIdentity = z.infer<typeof completeIdentity>;

/** A return after the domain rules: accepted (maybe with queries) or refused, with every message. */
export type ValidatedReturn =
  | {
      status: 'accepted';
      identity: ReturnIdentity;
      key: CompleteIdentity;
      school: School;
      groups: NormalisedReturn['groups'];
      messages: Message[];
    }
  | { status: 'refused'; identity: ReturnIdentity; school?: School; messages: Message[] };

export type AcceptedReturn = Extract<ValidatedReturn, { status: 'accepted' }>;
