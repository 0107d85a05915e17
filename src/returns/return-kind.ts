// A kind of return (prediction proforma, attendance return, later outcomes) is its catalogue data
// plus this one small interface; the import's stages are the same for every kind (README, "How it
// is built"). A kind is registered once, in kinds.ts.
import type { ReturnKind as ReturnKindName } from '../../schemas/formats/returns.schema.js';
import type { Context } from '../domain/context.js';
import type { School } from '../domain/register.js';
import type { LocatedReturn } from '../ingest/locate/located-return.js';
import type { NormalisedReturn } from '../ingest/normalise/normalised-return.js';
import type { AcceptedReturn } from '../ingest/validate/validated-return.js';
import type { Message } from '../messages/message.js';
import type { StoreReader } from '../store/open-store.js';

export type { ReturnKindName };

/** A check on the return alone, under the catalogue and settings of the context: its messages, none when it holds. */
export type ReturnRule = (ret: NormalisedReturn, context: Context) => Message[];

/** What a kind's rules know of the store's earlier returns, loaded once per import. */
export interface ReturnHistory {
  /** Checks against the school's earlier returns; `refused` says whether the return already fails. */
  rules(ret: NormalisedReturn, school: School, refused: boolean): Message[];
  /** A return accepted in this import, so the ones after it in the same run see it. */
  record(ret: AcceptedReturn): void;
}

export interface ReturnKind {
  name: ReturnKindName;
  /** Column headings to the catalogue's codes, cells to numbers (LocatedReturn → NormalisedReturn). */
  normalise(located: LocatedReturn, context: Context): NormalisedReturn;
  /** The checks on the return alone, in the order their messages are given. */
  rules: readonly ReturnRule[];
  loadHistory(store: StoreReader, context: Context): Promise<ReturnHistory>;
}

/** A history that knows nothing: for checking files with no store (tests, a dry run of one file). */
export const NO_HISTORY: ReturnHistory = { rules: () => [], record: () => {} };
