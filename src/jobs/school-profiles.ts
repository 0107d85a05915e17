// School profiles for elected members (issue 13): (1) the reports the published Board paper prints,
// decided as `report html --published` decides them (every level, every round of the year, and
// last year's results likewise), (2) the schools asked for the return, their return's state, open
// queries and collaborative group, (3) a profile of each school asked for, from those values.
import { previousAcademicYear } from '../domain/academic-year.js';
import { shippedContext, type Context } from '../domain/context.js';
import { stateInWords } from '../messages/cycle-text.js';
import { profileFrom, type SchoolProfile } from '../publish/html/profile-figures.js';
import { profilesPage, type ProfileScope } from '../publish/html/profile-page.js';
import { chartMeasure, type ReportScope } from '../publish/report-charts/report-charts.js';
import type { Store } from '../store/open-store.js';
import { currentQueries } from '../store/queries/challenges.js';
import { collaborativeGroupsIn, loadSchools } from '../store/queries/register.js';
import { buildAttendanceReport } from './attendance/attendance-report.js';
import { buildPredictionsReport } from './predictions-report.js';
import { returnStatus } from './return-status.js';

export interface ProfileOptions extends Omit<ReportScope, 'published' | 'measure'> {
  /** The schools to profile; none: every school asked for the return. */
  urns?: readonly string[];
}

export interface SchoolProfiles {
  scope: ProfileScope;
  profiles: SchoolProfile[];
  /** URNs asked for that are not schools asked for the return. */
  unknown: string[];
  /** One document of every profile, each a page. */
  page(profiles?: readonly SchoolProfile[]): string;
}

const RESULTS_ROUND = 'Actual';

export async function buildSchoolProfiles(
  store: Store,
  o: ProfileOptions,
  context: Context = shippedContext(),
): Promise<SchoolProfiles> {
  const cat = context.catalogue;
  const published = { published: true, ...(o.threshold !== undefined ? { threshold: o.threshold } : {}) };
  const q = { academicYear: o.academicYear, keyStage: o.keyStage, levels: ['city', 'group', 'school'] as const };
  const predictions = await buildPredictionsReport(
    store,
    { ...q, levels: [...q.levels], round: o.round, ...published },
    context,
  );
  const lastYearOf = previousAcademicYear(o.academicYear);
  const lastYear = await buildPredictionsReport(
    store,
    { ...q, levels: [...q.levels], academicYear: lastYearOf, round: RESULTS_ROUND, ...published },
    context,
  );
  const attendance =
    o.term === undefined
      ? undefined
      : await buildAttendanceReport(
          store,
          { academicYear: o.academicYear, term: o.term, yearToDate: o.yearToDate ?? false, phase: 'all', ...published },
          context,
        );
  const statuses = await returnStatus(store, { kind: 'predictions', ...q, period: o.round }, context);
  const groupOf = await collaborativeGroupsIn(store, o.academicYear);
  const phaseOf = new Map((await loadSchools(store)).map((s) => [s.urn, s.phase]));
  const queries = (await currentQueries(store)).filter(
    (m) => !m.outcome && m.kind === 'predictions' && m.academic_year === o.academicYear && m.period === o.round,
  );
  const wanted = o.urns ?? statuses.map((s) => s.urn);
  const measure = chartMeasure({ ...o }, cat)!;
  const profiles = statuses
    .filter((s) => wanted.includes(s.urn))
    .map((s) => {
      const code = groupOf.get(s.urn);
      const members = statuses.filter((x) => code !== undefined && groupOf.get(x.urn) === code).map((x) => x.name);
      const phase = phaseOf.get(s.urn);
      return profileFrom({
        catalogue: cat,
        predictions,
        ...(lastYear.returns > 0 ? { lastYear } : {}),
        measure,
        ...(attendance ? { attendance } : {}),
        school: { urn: s.urn, name: s.name, predictionsState: stateInWords(s.state), ...(phase ? { phase } : {}) },
        ...(code !== undefined ? { group: { name: code, schools: members } } : {}),
        openQueries: queries.filter((m) => m.urn === s.urn && m.key_stage === o.keyStage),
      });
    });
  const scope: ProfileScope = {
    city: context.settings.city.name,
    keyStage: o.keyStage,
    academicYear: o.academicYear,
    round: o.round,
    lastYear: lastYearOf,
    wholeCohort: cat.pupilGroup(cat.wholeCohort).label,
    threshold: predictions.threshold,
  };
  return {
    scope,
    profiles,
    unknown: wanted.filter((u) => !statuses.some((s) => s.urn === u)),
    page: (list = profiles) => profilesPage(list, scope),
  };
}
