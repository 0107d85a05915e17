// Primary suppression of small counts (domain.md, Publication: counts of 1–4 are shown as c).
import { describe, expect, it } from 'vitest';
import { suppressCells } from '../../src/disclosure/suppress.js';
import { cellsOf } from './table.js';

// Seven unrelated cells, no constraints: only the primary rule can act.
const cells = cellsOf({ v0: 0, v1: 1, v2: 2, v3: 3, v4: 4, v5: 5, v6: 6 });

describe('suppressCells: small counts', () => {
  it('suppresses counts of 1 to 4 but not 0 or 5', () => {
    const result = suppressCells({ cells, constraints: [], threshold: 4 });
    expect([...result.suppressed]).toEqual(['v1', 'v2', 'v3', 'v4']);
    expect([...result.reasons.values()]).toEqual(['primary', 'primary', 'primary', 'primary']);
    expect(result.stillRecoverable).toEqual([]);
  });

  it('takes the threshold as given: 2 suppresses 1 and 2 only', () => {
    expect([...suppressCells({ cells, constraints: [], threshold: 2 }).suppressed]).toEqual(['v1', 'v2']);
  });

  it('suppresses nothing with threshold 0', () => {
    expect(suppressCells({ cells, constraints: [], threshold: 0 }).suppressed.size).toBe(0);
  });
});
