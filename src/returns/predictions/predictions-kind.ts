// Prediction proformas (schemas/README.md §1-2): counts of pupils by pupil group and measure.
import type { ReturnKind } from '../return-kind.js';
import { loadLastActual } from './actual-history.js';
import { challengeRules } from './challenge-rules.js';
import { normalisePredictions } from './normalise-predictions.js';
import { predictionRules } from './prediction-rules.js';

export const predictionsKind: ReturnKind = {
  name: 'predictions',
  normalise: normalisePredictions,
  rules: predictionRules,
  async loadHistory(store, context) {
    const lastActual = await loadLastActual(store, context.catalogue);
    return {
      // Challenge questions are for a return that stands; on a refused one they would be noise.
      rules: (ret, school, refused) => (refused ? [] : challengeRules(ret, school.urn, lastActual, context)),
      // Results imported in this run are not compared with each other: the history is what stood before.
      record: () => {},
    };
  },
};
