// The school categories job, a table of contents: (1) the schools asked for the key stage in the
// year; (2) their figures from the reports themselves: the predictions report's school rows for the
// round, last year's results, the attendance report's rates, the latest Ofsted inspections; (3) each
// school placed by the rules (aggregate/categories); (4) the same a year earlier, for the comparison.
import type { CategoryRules } from '../../schemas/categories.schema.js';
import type { Term } from '../aggregate/attendance/types.js';
import { categorise, type SchoolPlacement } from '../aggregate/categories/categorise.js';
import type { CategoryInputs, OfstedJudgement } from '../aggregate/categories/school-figures.js';
import { previousAcademicYear } from '../domain/academic-year.js';
import { shippedContext, type Context } from '../domain/context.js';
import { yearDays } from '../domain/register.js';
import { asksKeyStage } from '../domain/school-phase.js';
import type { CategoriesReport } from '../publish/categories/categories-tables.js';
import type { Store } from '../store/open-store.js';
import { loadInspections } from '../store/queries/ofsted.js';
import { schoolsOpenIn } from '../store/queries/register.js';
import { buildAttendanceReport } from './attendance/attendance-report.js';
import { buildPredictionsReport } from './predictions-report.js';

export interface CategoriesOptions {
  readonly academicYear: string;
  readonly keyStage: string;
  readonly round: string;
  /** Attendance for the year to the end of this term; none: the whole of the year before. */
  readonly term?: Term;
  readonly rules: CategoryRules;
  readonly asReturned?: boolean;
}

/** The attendance a year's categories read: to the term given in that year, or the whole year before. */
export function attendancePeriod(academicYear: string, term?: Term): { academicYear: string; term: Term } {
  return term ? { academicYear, term } : { academicYear: previousAcademicYear(academicYear), term: 'Summer' };
}

async function inputsFor(store: Store, o: CategoriesOptions, context: Context): Promise<CategoryInputs> {
  const school = { keyStage: o.keyStage, levels: ['school' as const], published: false, asReturned: o.asReturned };
  const now = { ...school, academicYear: o.academicYear, round: o.round };
  const predicted = await buildPredictionsReport(store, now, context);
  const lastYear = previousAcademicYear(o.academicYear);
  const actual = await buildPredictionsReport(store, { ...school, academicYear: lastYear, round: 'Actual' }, context);
  const period = attendancePeriod(o.academicYear, o.term);
  const report = await buildAttendanceReport(store, { ...period, yearToDate: true, phase: 'all' }, context);
  const attendance = new Map(
    report.schools.map((s) => [
      s.urn,
      new Map([...s.byGroup].flatMap(([g, f]) => (f.status === 'returned' ? [[g, f.rates] as const] : []))),
    ]),
  );
  const inspections = (await loadInspections(store)).map((i) => ({
    urn: i.urn,
    date: i.inspection_date,
    judgement: i.judgement as OfstedJudgement,
  }));
  return {
    predicted: predicted.rows,
    actual: actual.rows,
    attendance,
    inspections,
    asAt: yearDays(o.academicYear).last,
  };
}

async function placeYear(store: Store, o: CategoriesOptions, context: Context): Promise<SchoolPlacement[]> {
  const keyStage = context.catalogue.keyStages.find((k) => k.code === o.keyStage)!;
  const schools = (await schoolsOpenIn(store, o.academicYear)).filter((s) => asksKeyStage(s, keyStage));
  const order = o.rules.categories.map((c) => c.code);
  return categorise(o.rules.rules[o.keyStage]!, schools, await inputsFor(store, o, context), order);
}

export async function buildCategoriesReport(
  store: Store,
  o: CategoriesOptions,
  context: Context = shippedContext(),
): Promise<CategoriesReport> {
  const lastYear = previousAcademicYear(o.academicYear);
  const schools = await placeYear(store, o, context);
  const before = await placeYear(store, { ...o, academicYear: lastYear }, context);
  return {
    academicYear: o.academicYear,
    lastYear,
    keyStage: o.keyStage,
    round: o.round,
    attendance: attendancePeriod(o.academicYear, o.term),
    asAt: yearDays(o.academicYear).last,
    source: o.rules.source,
    categories: o.rules.categories,
    rules: o.rules.rules[o.keyStage]!,
    schools,
    // Last year's count is of the schools asked last year, by this year's rules.
    lastYearSchools: before,
  };
}
