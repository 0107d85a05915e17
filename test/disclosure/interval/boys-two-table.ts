// The interval tests' table, worked by hand: all L4 25 = boys 2 + girls 23; girls' L5 (22) is part
// of their L4; cohorts all 54 = boys 30 + girls 24. Boys' 2 is the small count to protect.
import type { CountCell } from '../../../src/disclosure/types.js';
import { sum } from '../table.js';

export const count = (id: string, value: number, atMost: string, priority = 0): CountCell => ({
  id,
  quantity: 'l4',
  value,
  atMost,
  priority,
});
export const cohort = (id: string, value: number): CountCell => ({ id, quantity: 'cohort', value });

export const boysTwoCells: CountCell[] = [
  count('all', 25, 'all-cohort', 2),
  count('boys', 2, 'boys-cohort'),
  count('girls', 23, 'girls-cohort'),
  { ...count('girls-l5', 22, 'girls-cohort'), quantity: 'l5' },
  cohort('all-cohort', 54),
  cohort('boys-cohort', 30),
  cohort('girls-cohort', 24),
];
export const allOfBoysAndGirls = sum('all', ['boys', 'girls'], 'l4');
export const cohortOfBoysAndGirls = sum('all-cohort', ['boys-cohort', 'girls-cohort']);
export const girlsL5WithinL4 = { whole: 'girls', parts: ['girls-l5'] };
