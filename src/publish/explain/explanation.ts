// One published predictions figure traced to what it is made of (issue 16, lineage), pure: the
// current returns' cells that sum to it, each as returned and where, with its amendments; the
// returns superseded; the schools not counted and why; the national figure and its source; and the
// publication's suppression decision with the rule that made it. Published (`--published`), it
// prints only what the publication prints: a withheld figure is said to be withheld, and neither it
// nor its cells are given; a cell withheld in the publication is c.
import type { Level } from '../../aggregate/predictions/aggregate-predictions.js';
import type { FigureWithGap } from '../../aggregate/predictions/gap-to-national.js';
import type { Suppression } from '../../disclosure/suppress-predictions.js';
import { decideLines, type DecisionLine } from './decision-lines.js';

/** A figure as a row of any csv output names it. */
export interface FigureKey {
  level: Level;
  areaCode: string;
  academicYear: string;
  keyStage: string;
  round: string;
  pupilGroup: string;
  measure: string;
}

export interface LineageAmendment {
  oldValue: number | null;
  newValue: number;
  reason: string;
  by: string;
  /** ISO 8601, UTC. */
  at: string;
}

/** A current return's row for the pupil group, and its cell for the measure where it has one. */
export interface LineageCell {
  returnId: number;
  urn: string;
  schoolName: string;
  collaborativeGroup?: string;
  file: string;
  part: string;
  importedAt: string;
  cohort: number;
  /** Where the cohort was found; absent where the return was stored before cohort places were kept. */
  cohortPlace?: string;
  value?: { value: number; returned: string; place: string };
  amendments: LineageAmendment[];
}

export interface SupersededReturn {
  returnId: number;
  urn: string;
  file: string;
  importedAt: string;
  supersededBy: number;
  byFile: string;
}

/** A school of the area asked for the return that has no current accepted one. */
export interface UncountedSchool {
  urn: string;
  name: string;
  /** no-group: a current return with no row for the pupil group. */
  state: 'refused' | 'not-returned' | 'closed' | 'no-group';
  file?: string;
  ruleId?: string;
  reason?: string;
  closeDate?: string;
}

export interface NationalSource {
  academicYear: string;
  measure: string;
  pupilGroup: string;
  value: number;
  areaName: string;
  source: string;
}

export interface ExplainInputs {
  key: FigureKey;
  /** The figure as the report works it (publish/predictions/build-predictions-report.ts). */
  figure: FigureWithGap;
  /** Every school figure of the publication, to show a cell as the publication shows it. */
  schoolFigure(urn: string): FigureWithGap | undefined;
  suppression: Suppression;
  threshold: number;
  smallGroupCohort: number;
  /** Current returns' rows for the pupil group, every school's. */
  cells: readonly LineageCell[];
  superseded: readonly SupersededReturn[];
  uncounted: readonly UncountedSchool[];
  nationals: readonly NationalSource[];
  /** URN → school name, for naming a cell the decision protects. */
  schoolName(urn: string): string | undefined;
  published: boolean;
  asReturned: boolean;
}

/** A value as shown: a number, or c where the publication withholds it. */
export type Shown = number | 'c';

export interface ExplainedCell {
  urn: string;
  schoolName: string;
  file: string;
  part: string;
  /** The sheet, for a workbook; '' for a CSV. */
  sheet: string;
  /** The A1 cell, or "line N" of a CSV. */
  place: string;
  importedAt: string;
  cohort: Shown;
  /**
   * The cohort's A1 cell (with its sheet where that is not the count's) or "line N"; absent where the
   * return was stored before the store kept it.
   */
  cohortPlace?: string;
  /** The cell as the school wrote it; absent where withheld, or where amended when published. */
  returned?: string;
  /** The figure counted: the latest amendment, else the value returned. */
  value: Shown;
  amendments: LineageAmendment[];
}

export interface ExcludedSchool {
  urn: string;
  name: string;
  why: UncountedSchool['state'] | 'no-value';
  file?: string;
  ruleId?: string;
  reason?: string;
  closeDate?: string;
}

export interface Explanation {
  key: FigureKey;
  areaName: string;
  kind: FigureWithGap['kind'];
  published: boolean;
  asReturned: boolean;
  /** Published and withheld: no figure, no cells. */
  withheld: boolean;
  figure?: { cohort: number; count?: number; value: number };
  cells: ExplainedCell[];
  /** The cells' sum, where every one is shown. */
  sum?: number;
  superseded: SupersededReturn[];
  excluded: ExcludedSchool[];
  nationals: { source: NationalSource; gap: Shown; other: boolean }[];
  decision: DecisionLine[];
}

const latest = (c: LineageCell) => c.amendments.at(-1);

/** The figure a cell counts: its latest amendment unless as returned, else the value returned. */
const counted = (c: LineageCell, asReturned: boolean) =>
  (asReturned ? undefined : latest(c)?.newValue) ?? c.value?.value;

const inArea = (key: FigureKey, c: { urn: string; collaborativeGroup?: string }) =>
  key.level === 'city' || (key.level === 'group' ? c.collaborativeGroup === key.areaCode : c.urn === key.areaCode);

export function explainFigure(i: ExplainInputs): Explanation {
  const { key, figure: f, suppression, published, asReturned } = i;
  const withheld = published && suppression.figureHidden(f);
  const area = i.cells.filter((c) => inArea(key, c));
  const used = area.filter((c) => counted(c, asReturned) !== undefined);
  // The report and this explanation read the same returns; were they to disagree, it is a bug.
  const total = used.reduce((t, c) => t + counted(c, asReturned)! * (f.kind === 'mean' ? c.cohort : 1), 0);
  const cohort = used.reduce((t, c) => t + c.cohort, 0);
  const expected = f.kind === 'mean' ? f.value * f.cohort : f.count!;
  if (cohort !== f.cohort || Math.abs(total - expected) > 1e-9 * Math.max(1, Math.abs(expected)))
    throw new Error(`explain: the cells of ${key.level} ${key.areaCode} do not make its figure`);
  const cells = withheld ? [] : used.map((c) => explainedCell(c, i));
  const allShown = cells.every((c) => c.value !== 'c' && (f.kind === 'threshold' || c.cohort !== 'c'));
  const excluded: ExcludedSchool[] = [
    ...i.uncounted.map((u) => ({
      urn: u.urn,
      name: u.name,
      why: u.state,
      ...(u.file !== undefined ? { file: u.file } : {}),
      ...(!published && u.ruleId ? { ruleId: u.ruleId } : {}),
      ...(!published && u.reason ? { reason: u.reason } : {}),
      ...(u.closeDate !== undefined ? { closeDate: u.closeDate } : {}),
    })),
    ...area
      .filter((c) => counted(c, asReturned) === undefined)
      .map((c) => ({ urn: c.urn, name: c.schoolName, why: 'no-value' as const, file: c.file })),
  ].sort((a, b) => a.urn.localeCompare(b.urn));
  const nationals = [
    ...(f.toNational ? [{ comparison: f.toNational, other: false }] : []),
    ...(f.toNationalOther ? [{ comparison: f.toNationalOther, other: true }] : []),
  ].map(({ comparison, other }) => ({
    source: i.nationals.find(
      (n) =>
        n.academicYear === comparison.national.academicYear &&
        n.measure === comparison.national.measure &&
        n.pupilGroup === comparison.national.pupilGroup,
    ) ?? { ...comparison.national, areaName: 'National', source: 'unknown' },
    gap: withheld ? ('c' as const) : comparison.gap,
    other,
  }));
  return {
    key,
    areaName: f.areaName,
    kind: f.kind,
    published,
    asReturned,
    withheld,
    ...(withheld
      ? {}
      : { figure: { cohort: f.cohort, ...(f.count !== undefined ? { count: f.count } : {}), value: f.value } }),
    cells,
    ...(!withheld && allShown && f.kind === 'threshold'
      ? { sum: cells.reduce((t, c) => t + (c.value as number), 0) }
      : {}),
    superseded: i.superseded.filter((s) => area.some((c) => c.urn === s.urn) || inAreaByUrn(i, s.urn)),
    excluded: withheld ? excluded.map(({ urn, name, why }) => ({ urn, name, why })) : excluded,
    nationals,
    decision: decideLines(f, i),
  };
}

/** A superseded return's school is in the area if a current row of it is, or it is the school asked for. */
const inAreaByUrn = (i: ExplainInputs, urn: string) =>
  i.key.level === 'city' || (i.key.level === 'school' && i.key.areaCode === urn);

function explainedCell(c: LineageCell, i: ExplainInputs): ExplainedCell {
  const [sheet, place] = splitPlace(c.value?.place ?? '');
  const value = counted(c, i.asReturned)!;
  const school = i.published ? i.schoolFigure(c.urn) : undefined;
  // A count is shown wherever the decision shows it, as the report prints it; a mean goes with its figure.
  const valueHidden =
    school !== undefined &&
    (school.kind === 'threshold' ? i.suppression.countHidden(school) : i.suppression.figureHidden(school));
  const cohortHidden = school !== undefined && i.suppression.cohortHidden(school);
  const amended = !i.asReturned && c.amendments.length > 0;
  // Published, an amendment says who and when; the old value and the reason are the internal version's.
  const amendments = i.asReturned
    ? []
    : i.published
      ? c.amendments.map((a) => ({ ...a, oldValue: null, reason: '' }))
      : c.amendments;
  const returned = c.value?.returned;
  const [cohortSheet, cohortCell] = splitPlace(c.cohortPlace ?? '');
  const cohortPlace = cohortSheet === '' || cohortSheet === sheet ? cohortCell : c.cohortPlace!;
  return {
    urn: c.urn,
    schoolName: c.schoolName,
    file: c.file,
    part: c.part,
    sheet,
    place,
    importedAt: c.importedAt,
    cohort: cohortHidden ? 'c' : c.cohort,
    ...(c.cohortPlace ? { cohortPlace } : {}),
    ...(returned !== undefined && !(i.published && (valueHidden || amended)) ? { returned } : {}),
    value: valueHidden ? 'c' : value,
    amendments,
  };
}

/** "Predictions!C7" → ["Predictions", "C7"]; "line 12" → ["", "line 12"]. */
export function splitPlace(place: string): [string, string] {
  const bang = place.lastIndexOf('!');
  return bang < 0 ? ['', place] : [place.slice(0, bang), place.slice(bang + 1)];
}
