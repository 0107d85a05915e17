// Actual against predicted as EES tidy data: a row per place and pupil group, each measure's
// predicted and actual figure and their difference as indicators, and beside them a school's
// mean errors over every year in the store (not applicable to the city's and groups' rows).
import type { AccuracyRow, SchoolBias } from '../../aggregate/predictions/accuracy.js';
import type { Catalogue } from '../../domain/catalogue.js';
import { eesText } from '../../messages/ees-text.js';
import { accuracyTidyTable } from '../accuracy/accuracy-writers.js';
import type { EesPlaces } from './ees-geography.js';
import { groupFilter, measureLabel, measureSpread, placeOf, pupilGroupFilter } from './ees-filters.js';
import { eesTable, textAt, type EesTable } from './ees-table.js';
import { academicYearTime } from './ees-time.js';

export interface AccuracyEesOptions {
  readonly academicYear: string;
  readonly keyStage: string;
  readonly round: string;
}

const ERRORS = ['school_mean_signed_error', 'school_mean_absolute_error'];

export function accuracyEes(
  rows: readonly AccuracyRow[],
  bias: readonly SchoolBias[],
  o: AccuracyEesOptions,
  cat: Catalogue,
  places: EesPlaces,
): EesTable {
  const time = academicYearTime(o.academicYear);
  const ofMeasure = measureLabel(cat, o.keyStage, o.round);
  return eesTable(accuracyTidyTable(rows, bias), {
    time: () => time,
    place: placeOf(places),
    filters: [groupFilter(places), pupilGroupFilter(cat)],
    indicators: ['predicted', 'actual', 'difference'],
    once: ERRORS,
    label: (code, measure) =>
      measure === undefined
        ? { label: eesText.figure(code), grouping: eesText['bias-grouping'] }
        : ofMeasure(code, measure),
    spread: measureSpread(cat),
    notApplicable: (code, read) => ERRORS.includes(code) && textAt(read, 'level') !== 'school',
  });
}
