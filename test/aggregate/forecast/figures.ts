// Tiny inline figures for the forecast's pure tests: one pupil group, one threshold measure.
import type { YearFigures } from '../../../src/aggregate/predictions/accuracy.js';
import type { SchoolFigure } from '../../../src/aggregate/predictions/aggregate-predictions.js';
import { catalogue } from '../../../src/domain/catalogue.js';

export const kindOf = (m: string) => catalogue().measure(m).kind;
export const CITY = { code: '874', name: 'Kingsmere' };
export const OPTIONS = { shrinkageYears: 2, resamples: 1000, seed: 20150901, intervalLevel: 0.9 };

/** A school's figure for All pupils, RWM L4+: `count` of `cohort`. */
export const fig = (urn: string, count: number, cohort: number): SchoolFigure => ({
  urn,
  schoolName: `School ${urn}`,
  collaborativeGroup: 'North',
  pupilGroup: 'all',
  cohort,
  measure: 'ks2_rwm_l4',
  value: count,
});

/** A year of [urn, predicted, actual, cohort]. */
export const year = (academicYear: string, schools: [string, number, number, number][]): YearFigures => ({
  academicYear,
  predicted: schools.map(([u, p, , c]) => fig(u, p, c)),
  actual: schools.map(([u, , a, c]) => fig(u, a, c)),
});
