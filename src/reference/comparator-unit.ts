// A comparator's unit, from the catalogue alone (no measure is named here): a threshold measure or
// an attendance rate is a percentage, a mean measure a mean, an attendance column a count in its unit.
import type { Catalogue } from '../domain/catalogue.js';

export const PERCENT = 'percent';
export const MEAN = 'mean';

/** The unit of `measure`, or undefined when the catalogue has no such measure, rate or column. */
export function unitOf(cat: Catalogue, measure: string): string | undefined {
  const known = cat.measures.find((m) => m.code === measure);
  if (known) return known.kind === 'mean' ? MEAN : PERCENT;
  if (cat.attendanceColumns.rates.some((r) => r.code === measure)) return PERCENT;
  return cat.attendanceColumns.column(measure)?.unit;
}

/** Whether `keyStage` is a catalogue key stage or one of the attendance phases comparators use. */
export function isComparatorKeyStage(cat: Catalogue, keyStage: string, phases: readonly string[]): boolean {
  return cat.keyStages.some((k) => k.code === keyStage) || phases.includes(keyStage);
}
