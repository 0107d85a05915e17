// Each school's figures for the category rules, from the reports' own rows so a category agrees with
// the tables beside it: the predictions report's school rows for the round (rates as shown, to one
// place, and their gaps), last year's Actual round's, the attendance report's rates (to one place,
// as it shows them) and the latest Ofsted inspection up to the as-at date.
import type { CategoryCondition } from '../../../schemas/categories.schema.js';
import { roundHalfAwayFromZero } from '../rounding.js';
import type { Figure, Figures } from './place-school.js';

/** The fields of a predictions report row the rules read (a PredictionsRow is one). */
export interface AttainmentRow {
  readonly areaCode: string;
  readonly pupilGroup: string;
  readonly measure: string;
  readonly kind: 'threshold' | 'mean';
  readonly rate: number | string;
  readonly gapToNational: number | string;
  readonly gapToNationalOther?: number | string;
}

export type OfstedJudgement = 'Outstanding' | 'Good' | 'Requires improvement' | 'Inadequate';

export interface Inspection {
  readonly urn: string;
  /** ISO date the inspection started (or, lacking that, was published). */
  readonly date: string;
  readonly judgement: OfstedJudgement;
}

export interface CategoryInputs {
  /** School rows of the report's round, and of last year's Actual round. */
  readonly predicted: readonly AttainmentRow[];
  readonly actual: readonly AttainmentRow[];
  /** URN → pupil group → attendance rates, percent, unrounded. */
  readonly attendance: ReadonlyMap<string, ReadonlyMap<string, Readonly<Record<string, number | undefined>>>>;
  readonly inspections: readonly Inspection[];
  /** ISO date: inspections after it are not counted; months are counted to it. */
  readonly asAt: string;
}

/** Whole months from one ISO date to a later one (a month is complete on the same day of the month). */
export function wholeMonths(from: string, to: string): number {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  return (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0);
}

/** The latest inspection of each school on or before the as-at date. */
export function latestInspections(inspections: readonly Inspection[], asAt: string): Map<string, Inspection> {
  const latest = new Map<string, Inspection>();
  for (const i of inspections) if (i.date <= asAt && (latest.get(i.urn)?.date ?? '') < i.date) latest.set(i.urn, i);
  return latest;
}

function byKey(rows: readonly AttainmentRow[]): Map<string, AttainmentRow> {
  return new Map(rows.map((r) => [`${r.areaCode}|${r.pupilGroup}|${r.measure}`, r]));
}

/** The figures of every school, the rows indexed once: a resolver of each condition's figure by URN. */
export function schoolFigures(inputs: CategoryInputs): (urn: string) => Figures {
  const predicted = byKey(inputs.predicted);
  const actual = byKey(inputs.actual);
  const inspections = latestInspections(inputs.inspections, inputs.asAt);
  return (urn) =>
    (c: CategoryCondition): Figure | undefined => {
      const inspection = inspections.get(urn);
      if (c.figure === 'ofsted-judgement')
        return inspection && { key: 'ofsted-judgement', value: inspection.judgement, step: 1 };
      if (c.figure === 'ofsted-months')
        return inspection && { key: 'ofsted-months', value: wholeMonths(inspection.date, inputs.asAt), step: 1 };
      if (c.figure === 'attendance') {
        const rate = inputs.attendance.get(urn)?.get(c.pupilGroup)?.[c.rate];
        if (rate === undefined) return undefined;
        return { key: `attendance|${c.rate}|${c.pupilGroup}`, value: roundHalfAwayFromZero(rate, 1), step: 0.1 };
      }
      const rows = c.figure === 'predicted' || c.figure === 'predicted-gap' ? predicted : actual;
      const row = c.measures.map((m) => rows.get(`${urn}|${c.pupilGroup}|${m}`)).find((r) => r !== undefined);
      if (!row) return undefined;
      const gap = 'to' in c ? (c.to === 'national' ? row.gapToNational : row.gapToNationalOther) : undefined;
      const value = 'to' in c ? gap : row.rate;
      if (typeof value !== 'number') return undefined;
      const key = [c.figure, row.measure, c.pupilGroup, 'to' in c ? c.to : ''].join('|');
      return { key, value, step: row.kind === 'mean' ? 0.01 : 0.1, measure: row.measure };
    };
}
