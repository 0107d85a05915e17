// The columns of absence rates and their gaps, as every attendance table shows them: one decimal,
// a sign on gaps, and less absence coloured better (a gap below zero is better, above it worse).
import type { Column } from '../table/published-table.js';

export const rateColumn = (code: string, heading: string): Column => ({
  code,
  heading,
  kind: 'rate',
  unit: 'percent',
  decimals: 1,
});

export const gapColumn = (code: string, heading: string): Column => ({
  code,
  heading,
  kind: 'gap',
  unit: 'percentage points',
  decimals: 1,
  signed: true,
  better: 'lower',
});
