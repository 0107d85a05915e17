// school-returns explain, a table of contents: (1) the figure asked for checked against the
// catalogue, (2) the report's inputs read as the report reads them and its publication worked once
// (the figures of every level and the suppression decision `--published` makes), (3) the figure
// found, or refused with the reason it is not there, (4) its lineage read from the store: the
// current returns' cells, superseded returns, schools not counted and why, the national figure,
// (5) the explanation built (publish/explain/explanation.ts).
import type { Level } from '../aggregate/predictions/aggregate-predictions.js';
import { openIn } from '../domain/register.js';
import { shippedContext, type Context } from '../domain/context.js';
import { EXPLAIN_REFUSALS, type ExplainRefusalId } from '../messages/explain-text.js';
import {
  explainFigure,
  type Explanation,
  type FigureKey,
  type UncountedSchool,
} from '../publish/explain/explanation.js';
import { publicationOf } from '../publish/predictions/build-predictions-report.js';
import type { Store } from '../store/open-store.js';
import {
  lineageCells,
  nationalFiguresOf,
  refusalsOf,
  schoolsReturningBefore,
  supersededReturns,
} from '../store/queries/lineage.js';
import { collaborativeGroupsIn, loadSchools } from '../store/queries/register.js';
import { loadPredictionsInputs } from './predictions-report.js';
import { returnStatus } from './return-status.js';

export interface ExplainOptions extends FigureKey {
  published: boolean;
  asReturned: boolean;
  threshold?: number;
}

export type ExplainResult =
  { ok: true; explanation: Explanation } | { ok: false; ruleId: ExplainRefusalId; text: string };

const LEVELS: Level[] = ['city', 'group', 'school'];

const refuse = <Id extends ExplainRefusalId>(
  ruleId: Id,
  ...args: Parameters<(typeof EXPLAIN_REFUSALS)[Id]>
): ExplainResult => ({
  ok: false,
  ruleId,
  text: (EXPLAIN_REFUSALS[ruleId] as (...a: unknown[]) => string)(...args),
});

export async function explainPredictionsFigure(
  store: Store,
  o: ExplainOptions,
  context: Context = shippedContext(),
): Promise<ExplainResult> {
  const cat = context.catalogue;
  // (1) A group or measure the catalogue does not know, refused before the store is read.
  if (!cat.pupilGroups.some((g) => g.code === o.pupilGroup))
    return refuse('explain.unknown-group', o.pupilGroup, cat.pupilGroupIndex.nearest(o.pupilGroup));
  const inForce = cat.measuresFor(o.keyStage, o.academicYear);
  if (!inForce.some((m) => m.code === o.measure))
    return refuse(
      'explain.unknown-measure',
      o.measure,
      o.keyStage,
      o.academicYear,
      inForce.map((m) => m.code),
    );
  // (2) The publication, decided as `report predictions --published` decides it, whether or not
  // --published was given: a data officer sees the decision the publication would make.
  const options = { ...o, levels: LEVELS, published: true };
  const inputs = await loadPredictionsInputs(store, options);
  if (inputs.figures.length === 0) return refuse('explain.no-returns', o.keyStage, o.round, o.academicYear);
  const publication = publicationOf(inputs, options, context);
  const suppression = publication.suppression!;
  // (3) The figure, or why there is none.
  const atLevel = publication.figures.filter((f) => f.level === o.level);
  const figure = atLevel.find(
    (f) => f.areaCode === o.areaCode && f.pupilGroup === o.pupilGroup && f.measure === o.measure,
  );
  if (!figure) {
    const areas = [...new Set(atLevel.map((f) => f.areaCode))].sort();
    if (!areas.includes(o.areaCode)) return refuse('explain.unknown-area', o.level, o.areaCode, areas);
    const name = atLevel.find((f) => f.areaCode === o.areaCode)!.areaName;
    return refuse('explain.no-figure', name, cat.pupilGroup(o.pupilGroup).label, cat.measure(o.measure).label);
  }
  // (4) Its lineage.
  const q = { ...o };
  const cells = await lineageCells(store, q);
  const schoolFigures = new Map(
    publication.figures
      .filter((f) => f.level === 'school' && f.pupilGroup === o.pupilGroup && f.measure === o.measure)
      .map((f) => [f.areaCode, f]),
  );
  const schools = await loadSchools(store);
  const names = new Map(schools.map((s) => [s.urn, s.name]));
  const uncounted = await uncountedSchools(store, o, context, new Set(cells.map((c) => c.urn)));
  const groups = [o.pupilGroup, ...(figure.toNationalOther ? [figure.toNationalOther.national.pupilGroup] : [])];
  const explanation = explainFigure({
    key: o,
    figure,
    schoolFigure: (urn) => schoolFigures.get(urn),
    suppression,
    threshold: publication.threshold,
    smallGroupCohort: context.settings.publication.smallGroupCohort,
    cells,
    superseded: await supersededReturns(store, q),
    uncounted,
    nationals: await nationalFiguresOf(store, q, groups),
    schoolName: (urn) => names.get(urn),
    published: o.published,
    asReturned: o.asReturned,
  });
  return { ok: true, explanation };
}

/** The schools of the area asked for the return (or once returning it) that are not in its cells, and why. */
async function uncountedSchools(
  store: Store,
  o: ExplainOptions,
  context: Context,
  withRow: ReadonlySet<string>,
): Promise<UncountedSchool[]> {
  const period = { kind: 'predictions' as const, academicYear: o.academicYear, keyStage: o.keyStage, period: o.round };
  const statuses = await returnStatus(store, period, context);
  const groupOf = await collaborativeGroupsIn(store, o.academicYear);
  const inArea = (urn: string, group: string | undefined) =>
    o.level === 'city' || (o.level === 'group' ? group === o.areaCode : urn === o.areaCode);
  const refusals = await refusalsOf(store, o);
  const out: UncountedSchool[] = [];
  for (const s of statuses) {
    if (!inArea(s.urn, groupOf.get(s.urn))) continue;
    if (s.state === 'refused') {
      const r = refusals.get(s.urn);
      out.push({
        urn: s.urn,
        name: s.name,
        state: 'refused',
        ...(r ? { file: r.file, ruleId: r.ruleId, reason: r.reason } : {}),
      });
    } else if (s.state === 'not-returned') out.push({ urn: s.urn, name: s.name, state: 'not-returned' });
    else if (!withRow.has(s.urn)) out.push({ urn: s.urn, name: s.name, state: 'no-group' });
  }
  // A school that returned in earlier years and has since closed: not asked this year, and said so.
  const before = await schoolsReturningBefore(store, o);
  for (const school of await loadSchools(store)) {
    if (!before.has(school.urn) || openIn(school, o.academicYear)) continue;
    if (!inArea(school.urn, groupOf.get(school.urn) ?? before.get(school.urn))) continue;
    if (statuses.some((s) => s.urn === school.urn)) continue;
    out.push({
      urn: school.urn,
      name: school.name,
      state: 'closed',
      ...(school.closeDate ? { closeDate: school.closeDate } : {}),
    });
  }
  return out;
}
