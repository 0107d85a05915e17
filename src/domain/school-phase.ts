import type { School } from './register.js';

export type Phase = 'primary' | 'secondary' | 'special';
export const PHASES: readonly Phase[] = ['primary', 'secondary', 'special'];

/** A school's phase for attendance comparisons, from GIAS's type and phase of education. */
export function phaseOf(school: Pick<School, 'phase' | 'type'>): Phase {
  if (/special/i.test(school.type)) return 'special';
  if (/primary|nursery|infant|junior/i.test(school.phase)) return 'primary';
  return 'secondary';
}
