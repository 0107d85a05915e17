// Which predictions figures a published table must hide (domain.md, Publication): counts of 1
// to the threshold (and, in groups of 10 or fewer, their complements and 0% or 100% rates), then whatever else would let one be recovered by
// subtraction: from its pupil group's partition (all = boys + girls) or from its area's total
// (city = Σ schools, group = Σ its schools), across every level in the table.
import type { SchoolFigure } from '../../aggregate/predictions/aggregate-predictions.js';
import type { FigureWithGap } from '../../aggregate/predictions/gap-to-national.js';
import { catalogue } from '../../catalogue/catalogue.js';
import { settings } from '../../../schemas/settings.schema.js';
import { suppressCells } from '../suppression/suppress.js';
import type { Constraint, CountCell } from '../suppression/types.js';

export interface Suppression {
  /** The count, rate and gap of this figure are hidden. */
  figureHidden(f: FigureWithGap): boolean;
  cohortHidden(f: FigureWithGap): boolean;
}

const cellId = (quantity: string, level: string, area: string, group: string) => `${quantity}|${level}|${area}|${group}`;

export function suppressPredictions(figures: readonly FigureWithGap[], schoolFigures: readonly SchoolFigure[], threshold: number): Suppression {
  const cat = catalogue();
  const cells: CountCell[] = [];
  const byKey = new Map<string, FigureWithGap>();
  for (const f of figures) {
    const cohortQuantity = `cohort:${f.measure}`;
    cells.push({ id: cellId(cohortQuantity, f.level, f.areaCode, f.pupilGroup), quantity: cohortQuantity, value: f.cohort });
    if (f.count !== undefined) {
      // In a small group, the pupils who do not reach it (and a 0% or 100% rate) disclose as much as those who do.
      const small = f.cohort <= settings.publication.smallGroupCohort;
      cells.push({
        id: cellId(f.measure, f.level, f.areaCode, f.pupilGroup), quantity: f.measure, value: f.count,
        ...(small ? { cohort: f.cohort, disclosive: f.count === 0 || f.count === f.cohort } : {}),
      });
    }
    byKey.set(`${f.level}|${f.areaCode}|${f.pupilGroup}|${f.measure}`, f);
  }
  const ids = new Set(cells.map((c) => c.id));
  const constraints: Constraint[] = [];
  const addConstraint = (quantity: string, whole: string, parts: string[]) => {
    if (ids.has(whole) && parts.length > 0 && parts.every((p) => ids.has(p))) constraints.push({ quantity, whole, parts });
  };
  const quantities = new Set(cells.map((c) => c.quantity));
  const areas = new Map(figures.map((f) => [`${f.level}|${f.areaCode}`, f]));
  const groupOf = new Map(schoolFigures.map((s) => [s.urn, s.collaborativeGroup]));
  for (const q of quantities) {
    for (const { level, areaCode } of areas.values()) {
      for (const p of cat.partitions) {
        addConstraint(q, cellId(q, level, areaCode, p.whole), p.parts.map((part) => cellId(q, level, areaCode, part)));
      }
    }
    for (const g of cat.pupilGroups) {
      const schools = [...areas.values()].filter((a) => a.level === 'school').map((a) => a.areaCode);
      const cityCode = [...areas.values()].find((a) => a.level === 'city')?.areaCode;
      const schoolCells = schools.map((u) => cellId(q, 'school', u, g.code)).filter((id) => ids.has(id));
      if (cityCode) addConstraint(q, cellId(q, 'city', cityCode, g.code), schoolCells);
      for (const group of new Set([...areas.values()].filter((a) => a.level === 'group').map((a) => a.areaCode))) {
        const members = schools.filter((u) => groupOf.get(u) === group).map((u) => cellId(q, 'school', u, g.code)).filter((id) => ids.has(id));
        addConstraint(q, cellId(q, 'group', group, g.code), members);
      }
    }
  }
  const { suppressed, stillRecoverable } = suppressCells({ cells, constraints, threshold });
  // The audit could not close every hole: publishing would disclose, so this is a bug to report.
  if (stillRecoverable.length > 0) throw new Error(`suppression left ${stillRecoverable.length} cells recoverable, e.g. ${stillRecoverable[0]}`);
  const hidden = (quantity: string, f: FigureWithGap) => suppressed.has(cellId(quantity, f.level, f.areaCode, f.pupilGroup));
  return {
    cohortHidden: (f) => hidden(`cohort:${f.measure}`, f),
    figureHidden: (f) => hidden(`cohort:${f.measure}`, f) || (f.count !== undefined && hidden(f.measure, f)) || (f.kind === 'mean' && f.cohort <= threshold),
  };
}
