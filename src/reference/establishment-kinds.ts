// Which GIAS establishments are schools the city collects returns from: the types kept are data
// (schemas/formats/establishment-types.json); every other is counted under its type and skipped.
import { establishmentTypes } from '../../schemas/formats/reference.schema.js';

const kept = new Set(establishmentTypes.kept.map((t) => t.name.trim().toLowerCase()));

/** What is skipped of a line of the LA's that is not a school the city collects from. */
export const NO_TYPE = 'no TypeOfEstablishment';
export const NO_NUMBER = 'no EstablishmentNumber';

/**
 * Why a line of the LA's is skipped, or undefined for a school kept: its GIAS type when that is not
 * a type kept (a children's centre, an FE college, an independent school), or a kept type with no
 * EstablishmentNumber, which no return could name by LAESTAB.
 */
export function skippedAs(type: string, establishmentNumber: string): string | undefined {
  if (type === '') return NO_TYPE;
  if (!kept.has(type.toLowerCase())) return type;
  if (establishmentNumber === '') return NO_NUMBER;
  return undefined;
}
