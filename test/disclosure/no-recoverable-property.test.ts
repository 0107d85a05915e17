// The published guarantee, checked on random cities: after suppressCells, the attacker's audit
// recovers nothing, across the area hierarchy and the pupil-group partition together.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recoverableCells } from '../../src/disclosure/recoverable.js';
import { isPrimary, suppressCells } from '../../src/disclosure/suppress.js';
import { cellsOf as cellsOfConstraint } from '../../src/disclosure/table-index.js';
import { cityArb, cityTable } from './city-table.js';

describe('suppressCells on random cities (city > groups > schools, all = boys + girls, counts 0..40)', () => {
  it('leaves no suppressed cell recoverable from the published cells', () => {
    fc.assert(
      fc.property(cityArb, (city) => {
        const { cells, constraints } = cityTable(city);
        const result = suppressCells({ cells, constraints, threshold: 4 });
        expect(result.stillRecoverable).toEqual([]);
        expect(recoverableCells(cells, constraints, result.suppressed)).toEqual([]);
      }),
      { numRuns: 300, seed: 20240601 },
    );
  });

  it('hides every primary cell, leaves no constraint with one hidden cell, and is deterministic', () => {
    fc.assert(
      fc.property(cityArb, (city) => {
        const { cells, constraints } = cityTable(city);
        const result = suppressCells({ cells, constraints, threshold: 4 });
        for (const cell of cells) {
          if (isPrimary(cell, 4)) expect(result.reasons.get(cell.id)).toBe('primary');
        }
        for (const c of constraints) {
          expect(cellsOfConstraint(c).filter((id) => result.suppressed.has(id)).length).not.toBe(1);
        }
        expect([...result.reasons.keys()]).toEqual([...result.suppressed]);
        expect([...suppressCells({ cells, constraints, threshold: 4 }).reasons]).toEqual([...result.reasons]);
      }),
      { numRuns: 200, seed: 7 },
    );
  });
});
