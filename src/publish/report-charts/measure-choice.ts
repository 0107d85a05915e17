// Which measure the charts lead with: the key stage's headline measure for the year's
// framework (catalogue.ts, `headline`), unless one is asked for.
import type { Catalogue, Measure } from '../../domain/catalogue.js';

/** The headline measure of a key stage in the framework of `academicYear`, if the catalogue has one. */
export function headlineMeasure(keyStage: string, academicYear: string, cat: Catalogue): Measure | undefined {
  return cat.measuresFor(keyStage, academicYear).find((m) => m.headline);
}

/** Whether a measure belongs to the key stage's framework in `academicYear`. */
export function measureInForce(measure: string, keyStage: string, academicYear: string, cat: Catalogue): boolean {
  return cat.measuresFor(keyStage, academicYear).some((m) => m.code === measure);
}
