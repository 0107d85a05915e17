// Phase from GIAS's type, phase of education and statutory ages (issue 12): all-through and middle
// schools, nurseries, PRUs and special schools each get the phase they are compared in.
import { describe, expect, it } from 'vitest';
import { asksKeyStage, phaseOf } from '../../src/domain/school-phase.js';
import type { School } from '../../src/domain/register.js';

const school = (type: string, phase: string, lowAge?: number, highAge?: number): School => ({
  urn: '110001',
  laestab: '8742001',
  laCode: '874',
  name: 'A School',
  type,
  phase,
  status: 'Open',
  ...(lowAge !== undefined ? { lowAge } : {}),
  ...(highAge !== undefined ? { highAge } : {}),
});
const KS2 = { phase: 'primary', endAge: 11 };
const KS4 = { phase: 'secondary', endAge: 16 };

describe('phase from GIAS', () => {
  it.each([
    ['Community school', 'Primary', 4, 11, 'primary'],
    ['Academy converter', 'Secondary', 11, 18, 'secondary'],
    ['Academy sponsor led', 'All-through', 4, 16, 'secondary'],
    ['Community school', 'Middle deemed secondary', 9, 13, 'secondary'],
    ['Community school', 'Middle deemed primary', 8, 12, 'primary'],
    ['Local authority nursery school', 'Nursery', 2, 5, 'nursery'],
    ['Pupil referral unit', 'Not applicable', 11, 16, 'pru'],
    ['Academy alternative provision converter', 'Not applicable', 5, 16, 'pru'],
    ['Free schools alternative provision', 'Secondary', 11, 16, 'pru'],
    ['Community special school', 'Not applicable', 2, 19, 'special'],
    ['Academy special converter', 'Secondary', 11, 19, 'special'],
  ] as const)('%s, %s, %i-%i: %s', (type, phase, low, high, expected) => {
    expect(phaseOf(school(type, phase, low, high))).toBe(expected);
  });

  it('asks an all-through school for KS2 and KS4, a middle school for KS2 only, a secondary for KS4 only', () => {
    const allThrough = school('Academy sponsor led', 'All-through', 4, 16);
    const middle = school('Community school', 'Middle deemed secondary', 9, 13);
    const secondary = school('Academy converter', 'Secondary', 11, 16);
    expect([asksKeyStage(allThrough, KS2), asksKeyStage(allThrough, KS4)]).toEqual([true, true]);
    expect([asksKeyStage(middle, KS2), asksKeyStage(middle, KS4)]).toEqual([true, false]);
    expect([asksKeyStage(secondary, KS2), asksKeyStage(secondary, KS4)]).toEqual([false, true]);
  });

  it('asks no special school, PRU or nursery for a key stage, and goes by phase where GIAS gives no ages', () => {
    expect(asksKeyStage(school('Pupil referral unit', 'Not applicable', 11, 16), KS4)).toBe(false);
    expect(asksKeyStage(school('Community special school', 'Not applicable', 2, 19), KS2)).toBe(false);
    expect(
      asksKeyStage(school('Local authority nursery school', 'Nursery', 2, 5), { phase: 'primary', endAge: 5 }),
    ).toBe(false);
    expect([
      asksKeyStage(school('Community school', 'Primary'), KS2),
      asksKeyStage(school('Community school', 'Primary'), KS4),
    ]).toEqual([true, false]);
  });
});
