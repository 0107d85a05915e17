// The engine every published output is decided by, predictions and attendance (issue 10, item 2): loaded
// once a process, since HiGHS is compiled to WebAssembly, and each decision kept by what it was made from,
// so the outputs of one run (a table, its chart, the Board paper) decide the same publication once.
// Predictions keep their decisions before the model is built too (suppress-predictions.ts); attendance's
// tables, each deciding its year and the year before, are kept only here.
import { createHash } from 'node:crypto';
import type { SuppressionEngine } from '../disclosure/engine.js';
import type { SuppressionInput, SuppressionResult } from '../disclosure/types.js';
import { loadWitnessEngine } from '../disclosure/witness-engine.js';

let loading: Promise<SuppressionEngine> | undefined;

export function publicationEngine(): Promise<SuppressionEngine> {
  return (loading ??= loadWitnessEngine().then(remembering));
}

// A few publications at once: a demo or a Board paper's run decides two or three.
const KEPT = 8;

function remembering(engine: SuppressionEngine): SuppressionEngine {
  const decided = new Map<string, SuppressionResult>();
  return {
    name: engine.name,
    suppress(input) {
      const key = fingerprint(input);
      const known = decided.get(key);
      if (known) return known;
      const result = engine.suppress(input);
      if (decided.size >= KEPT) decided.delete(decided.keys().next().value!);
      decided.set(key, result);
      return result;
    },
  };
}

// The engine is deterministic, so the same table, bounds and threshold give the same decision.
function fingerprint(input: SuppressionInput): string {
  return createHash('sha256').update(JSON.stringify(input)).digest('hex');
}
