// Where a proforma's figures sit in its drafted workbook, so a fixture case can read or replace one
// cell (by pupil group and measure) or a header value without counting rows and columns itself.
import type { CellSpec } from '../template/write-workbook.js';
import { tableRowNumber } from '../template/write-workbook.js';
import type { DraftLayout, Proforma } from './fixture-city-proformas.js';

export const rowIndex = (p: Proforma, group: string) => {
  const i = p.rows.findIndex((r) => r.group === group);
  if (i < 0) throw new Error(`fixture: school ${p.school.urn} has no ${group} pupils`);
  return i;
};
export const colIndex = (p: Proforma, measure: string) => (measure === 'cohort' ? 1 : 2 + p.measures.indexOf(measure));
const letter = (col: number) => String.fromCharCode(65 + col);
export const setCell = (d: DraftLayout, p: Proforma, group: string, measure: string, spec: CellSpec) => {
  d.rows[rowIndex(p, group)]![colIndex(p, measure)] = spec;
};
export const valueOf = (p: Proforma, group: string, measure: string) =>
  p.rows[rowIndex(p, group)]!.values[p.measures.indexOf(measure)]!;
export const cohortOf = (p: Proforma, group: string) => p.rows[rowIndex(p, group)]!.cohort;
export const ref = (d: DraftLayout, p: Proforma, group: string, measure: string) =>
  `${letter(colIndex(p, measure))}${tableRowNumber(d, rowIndex(p, group))}`;
export const relabel = (d: DraftLayout, p: Proforma, group: string, label: string) => {
  d.rows[rowIndex(p, group)]![0] = label;
};
export const headerValue = (d: DraftLayout, label: string, value: CellSpec) => {
  d.header.find(([l]) => l === label)![1] = value;
};
/** The first of `groups` the school has pupils in. */
export const firstPresent = (p: Proforma, groups: string[]) => groups.find((g) => p.rows.some((r) => r.group === g))!;
