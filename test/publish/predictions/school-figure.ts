// A school's figure for the predictions tests: RWM L4+ of one pupil group, at a school of the North group.
import type { SchoolFigure } from '../../../src/aggregate/predictions/aggregate-predictions.js';

export const schoolFigure = (urn: string, pupilGroup: string, cohort: number, value: number): SchoolFigure => ({
  urn,
  schoolName: `School ${urn}`,
  collaborativeGroup: 'North',
  pupilGroup,
  cohort,
  measure: 'ks2_rwm_l4',
  value,
});
