// How far each fixture school's results fall from its Autumn prediction: its stated bias. Results
// are the same simulated pupils with every pupil's attainment moved by an uplift (pupil standard
// deviations), so a school with a negative uplift did worse than it predicted (optimistic) and one
// with a positive uplift did better (cautious). The uplift is the school's own, year after year,
// with a little of the year's noise, so the forecast (src/aggregate/forecast) has a record to learn.
import { Rng } from './fixture-city-pupils.js';

/** The school's lasting uplift, drawn once from its URN: uniform on −0.35 to +0.35 pupil SDs. */
export const resultsUplift = (urn: string): number => new Rng(`actual|${urn}`).uniform(-0.35, 0.35);

/** A year's uplift before 2014/15: the lasting one plus the year's own, normal with SD 0.08. */
export const historyUplift = (urn: string, year: string): number =>
  resultsUplift(urn) + new Rng(`history|${urn}|${year}`).normal(0.08);

/** Optimistic: predicts more than its pupils reach (a negative uplift); cautious: fewer. */
export const temperament = (urn: string): 'optimistic' | 'cautious' =>
  resultsUplift(urn) < 0 ? 'optimistic' : 'cautious';
