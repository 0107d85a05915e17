import { teachesUpTo, type School } from './register.js';

/**
 * A school's phase for attendance comparisons and chase lists. `pru` (pupil referral units and
 * alternative provision) and `nursery` have their own codes so neither is compared with another
 * phase's national rate: a report finds a national figure for them only if the comparators give one.
 */
export type Phase = 'nursery' | 'primary' | 'secondary' | 'special' | 'pru';
export const PHASES: readonly Phase[] = ['nursery', 'primary', 'secondary', 'special', 'pru'];

type PhaseFacts = Pick<School, 'phase' | 'type'> & Partial<Pick<School, 'lowAge' | 'highAge'>>;

/**
 * From GIAS's type, phase of education and statutory ages. All-through and middle deemed secondary
 * count as secondary, middle deemed primary as primary, as the DfE's absence statistics count them.
 */
export function phaseOf(school: PhaseFacts): Phase {
  if (/pupil referral|alternative provision/i.test(school.type)) return 'pru';
  if (/special/i.test(school.type)) return 'special';
  const phase = school.phase.trim();
  if (/^nursery/i.test(phase)) return 'nursery';
  if (/deemed primary|^primary|infant|junior/i.test(phase)) return 'primary';
  if (/deemed secondary|^secondary|all[- ]through|16 plus/i.test(phase)) return 'secondary';
  // "Not applicable" outside special schools: judged by the ages taught, where GIAS gives them.
  if (school.highAge !== undefined && school.highAge <= 11) return 'primary';
  return 'secondary';
}

/**
 * Whether a school is asked for a key stage's return: a mainstream school (not special, PRU or
 * nursery) whose statutory age range covers the key stage's end, so an all-through school (4-16)
 * is on the KS2 and the KS4 lists and a middle school (9-13) on the KS2 list. Where GIAS gives no
 * ages, the school's phase must be the key stage's.
 */
export function asksKeyStage(school: School, keyStage: { phase: string; endAge: number }): boolean {
  const phase = phaseOf(school);
  if (phase !== 'primary' && phase !== 'secondary') return false;
  if (school.lowAge === undefined || school.highAge === undefined) return phase === keyStage.phase;
  return teachesUpTo(school, keyStage.endAge);
}
