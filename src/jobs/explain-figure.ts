// school-returns explain, a table of contents: (1) the figure asked for checked against the
// catalogue, (2) the report's inputs read as the report reads them and its publication worked once
// (the figures of every level and the suppression decision `--published` makes), (3) the figure
// found, or refused with the reason it is not there, (4) its lineage read from the store: the
// current returns' cells, superseded returns, schools not counted and why, the national figure,
// (5) the explanation built (publish/explain/explanation.ts).
import type { Level } from '../aggregate/predictions/aggregate-predictions.js';
import type { FigureWithGap } from '../aggregate/predictions/gap-to-national.js';
import { openIn } from '../domain/register.js';
import { shippedContext, type Context } from '../domain/context.js';
import { EXPLAIN_REFUSALS, explainText, type ExplainRefusalId } from '../messages/explain-text.js';
import { explainAnchor, explainPage, linkFigures } from '../publish/explain/explain-html.js';
import {
  explainFigure,
  type Explanation,
  type FigureKey,
  type UncountedSchool,
} from '../publish/explain/explanation.js';
import { publicationOf, type Publication } from '../publish/predictions/build-predictions-report.js';
import { publicationEngine } from './publication-engine.js';
import type { Store } from '../store/open-store.js';
import {
  lineageIndex,
  nationalSources,
  refusalsOf,
  schoolsReturningBefore,
  supersededReturns,
  type LineageIndex,
} from '../store/queries/lineage.js';
import { collaborativeGroupsIn, loadSchools } from '../store/queries/register.js';
import { loadPredictionsInputs } from './predictions-report.js';
import { returnStatus, type SchoolStatus } from './return-status.js';

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
  const lineage = await loadLineage(store, o, context);
  if (!lineage) return refuse('explain.no-returns', o.keyStage, o.round, o.academicYear);
  // (3) The figure, or why there is none.
  const atLevel = lineage.publication.figures.filter((f) => f.level === o.level);
  const figure = atLevel.find(
    (f) => f.areaCode === o.areaCode && f.pupilGroup === o.pupilGroup && f.measure === o.measure,
  );
  if (!figure) {
    const areas = [...new Set(atLevel.map((f) => f.areaCode))].sort();
    if (!areas.includes(o.areaCode)) return refuse('explain.unknown-area', o.level, o.areaCode, areas);
    const name = atLevel.find((f) => f.areaCode === o.areaCode)!.areaName;
    return refuse('explain.no-figure', name, cat.pupilGroup(o.pupilGroup).label, cat.measure(o.measure).label);
  }
  // (4, 5) Its lineage, and the explanation.
  return { ok: true, explanation: explainOne(lineage, figure, o, context) };
}

/** The period's returns, read once, and its publication decided once. */
interface Lineage {
  publication: Publication;
  cells: LineageIndex;
  superseded: Awaited<ReturnType<typeof supersededReturns>>;
  nationals: Awaited<ReturnType<typeof nationalSources>>;
  statuses: SchoolStatus[];
  groupOf: ReadonlyMap<string, string>;
  refusals: Awaited<ReturnType<typeof refusalsOf>>;
  closed: { urn: string; name: string; group?: string; closeDate?: string }[];
  names: ReadonlyMap<string, string>;
}

type Period = Pick<ExplainOptions, 'academicYear' | 'keyStage' | 'round' | 'asReturned' | 'threshold'>;

async function loadLineage(store: Store, o: Period, context: Context): Promise<Lineage | undefined> {
  const options = { ...o, levels: LEVELS, published: true };
  const inputs = await loadPredictionsInputs(store, options, context);
  if (inputs.figures.length === 0) return undefined;
  const period = { kind: 'predictions' as const, academicYear: o.academicYear, keyStage: o.keyStage, period: o.round };
  const schools = await loadSchools(store);
  const before = await schoolsReturningBefore(store, o);
  return {
    publication: publicationOf(inputs, options, context, await publicationEngine()),
    cells: await lineageIndex(store, o),
    superseded: await supersededReturns(store, o),
    nationals: await nationalSources(store, o),
    statuses: await returnStatus(store, period, context),
    groupOf: await collaborativeGroupsIn(store, o.academicYear),
    refusals: await refusalsOf(store, o),
    // A school that returned in earlier years and has since closed: not asked this year, and said so.
    closed: schools
      .filter((s) => before.has(s.urn) && !openIn(s, o.academicYear))
      .map((s) => ({
        urn: s.urn,
        name: s.name,
        ...(before.get(s.urn) ? { group: before.get(s.urn)! } : {}),
        ...(s.closeDate ? { closeDate: s.closeDate } : {}),
      })),
    names: new Map(schools.map((s) => [s.urn, s.name])),
  };
}

function explainOne(l: Lineage, figure: FigureWithGap, o: Period & { published: boolean }, context: Context) {
  const key: FigureKey = {
    level: figure.level,
    areaCode: figure.areaCode,
    academicYear: o.academicYear,
    keyStage: o.keyStage,
    round: o.round,
    pupilGroup: figure.pupilGroup,
    measure: figure.measure,
  };
  const cells = l.cells(figure.pupilGroup, figure.measure);
  const schoolFigures = new Map(
    l.publication.figures
      .filter((f) => f.level === 'school' && f.pupilGroup === key.pupilGroup && f.measure === key.measure)
      .map((f) => [f.areaCode, f]),
  );
  return explainFigure({
    key,
    figure,
    schoolFigure: (urn) => schoolFigures.get(urn),
    suppression: l.publication.suppression!,
    threshold: l.publication.threshold,
    smallGroupCohort: context.settings.publication.smallGroupCohort,
    cells,
    superseded: l.superseded,
    uncounted: uncountedSchools(l, key, new Set(cells.map((c) => c.urn))),
    nationals: l.nationals,
    schoolName: (urn) => l.names.get(urn),
    published: o.published,
    asReturned: o.asReturned,
  });
}

/** Every city and collaborative group figure of a period explained, for the Board paper's side file. */
export async function explainPaperFigures(
  store: Store,
  o: Period & { published: boolean },
  context: Context = shippedContext(),
): Promise<Explanation[]> {
  const lineage = await loadLineage(store, o, context);
  if (!lineage) return [];
  return lineage.publication.figures
    .filter((f) => f.level === 'city' || f.level === 'group')
    .map((f) => explainOne(lineage, f, o, context));
}

/** The schools of the area asked for the return (or once returning it) that are not in its cells, and why. */
function uncountedSchools(l: Lineage, key: FigureKey, withRow: ReadonlySet<string>): UncountedSchool[] {
  const inArea = (urn: string, group: string | undefined) =>
    key.level === 'city' || (key.level === 'group' ? group === key.areaCode : urn === key.areaCode);
  const out: UncountedSchool[] = [];
  for (const s of l.statuses) {
    if (!inArea(s.urn, l.groupOf.get(s.urn))) continue;
    if (s.state === 'refused') {
      const r = l.refusals.get(s.urn);
      out.push({
        urn: s.urn,
        name: s.name,
        state: 'refused',
        ...(r ? { file: r.file, ruleId: r.ruleId, reason: r.reason } : {}),
      });
    } else if (s.state === 'not-returned') out.push({ urn: s.urn, name: s.name, state: 'not-returned' });
    else if (!withRow.has(s.urn)) out.push({ urn: s.urn, name: s.name, state: 'no-group' });
  }
  for (const c of l.closed) {
    if (!inArea(c.urn, l.groupOf.get(c.urn) ?? c.group) || l.statuses.some((s) => s.urn === c.urn)) continue;
    out.push({ urn: c.urn, name: c.name, state: 'closed', ...(c.closeDate ? { closeDate: c.closeDate } : {}) });
  }
  return out;
}

/** The Board paper with its city and group figures linked to their explanations, and the side file. */
export async function withExplanations(
  store: Store,
  scope: Omit<Period, 'asReturned'> & { published: boolean },
  paper: { paper: string; schools?: string },
  explainFile: string,
  context: Context = shippedContext(),
): Promise<{ paper: string; schools?: string; explain: string }> {
  const explanations = await explainPaperFigures(store, { ...scope, asReturned: false }, context);
  const title = explainText['html.scope'](scope.keyStage, scope.academicYear, scope.round);
  const anchors = new Set(explanations.map((e) => explainAnchor(e.key)));
  return {
    ...paper,
    paper: linkFigures(paper.paper, explainFile, anchors),
    explain: explainPage(title, explanations, context.catalogue),
  };
}
