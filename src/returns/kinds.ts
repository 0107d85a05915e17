// Every kind of return the tool reads, registered once: the import's stages look a kind up here.
import { attendanceKind } from './attendance/attendance-kind.js';
import { predictionsKind } from './predictions/predictions-kind.js';
import type { ReturnKind, ReturnKindName, ReturnHistory } from './return-kind.js';

export const returnKinds: Readonly<Record<ReturnKindName, ReturnKind>> = {
  predictions: predictionsKind,
  attendance: attendanceKind,
};

/** Each kind's history of the store, loaded once for an import. */
export type Histories = Readonly<Record<ReturnKindName, ReturnHistory>>;
