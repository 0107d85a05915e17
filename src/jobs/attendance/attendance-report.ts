// The attendance report job: (1) the current returns, national figures, targets, refusals, groups
// and register from the store, (2) the report built from them (publish/attendance/build-attendance-report.ts).
import { shippedContext, type Context } from '../../domain/context.js';
import type { Catalogue } from '../../domain/catalogue.js';
import type { Store } from '../../store/open-store.js';
import {
  attendanceComparators,
  attendanceTargets,
  currentAttendanceReturns,
  refusedAttendance,
} from '../../store/queries/attendance.js';
import { collaborativeGroupsIn, loadSchools } from '../../store/queries/register.js';
import {
  attendanceReportFrom,
  type AttendanceReportOptions,
} from '../../publish/attendance/build-attendance-report.js';
import { previousAcademicYear } from '../../domain/academic-year.js';
import type { AttendanceReport } from '../../aggregate/attendance/attendance-report.js';
import { attendanceBenchmarks } from '../../aggregate/benchmarks/attendance-benchmarks.js';
import { hasBenchmarks } from '../../aggregate/benchmarks/benchmarks.js';
import { persistentAbsenceThreshold } from '../../aggregate/attendance/persistent-threshold.js';
import { benchmarkData } from '../../store/queries/benchmarks.js';
import { withGroupNational } from './group-national.js';
import { publicationEngine } from '../publication-engine.js';
import { halfTermsCovered, windowParts } from '../../aggregate/attendance/half-terms.js';

export type { AttendanceReportOptions };

/**
 * The national comparators a period is compared with: a term's, as ever, the whole year's; a half-term
 * period's, those of as many half terms as its window covers (half-terms.ts), and none for one half term.
 */
export async function nationalOfPeriod(
  store: Store,
  o: { term: AttendanceReportOptions['term']; halfTerm?: string; yearToDate: boolean },
  cat: Catalogue,
) {
  if (o.halfTerm === undefined) return attendanceComparators(store, 'National', cat);
  if (!o.yearToDate) return [];
  return attendanceComparators(store, 'National', cat, halfTermsCovered(windowParts(o, cat.halfTerms), cat.halfTerms));
}

export async function buildAttendanceReport(
  store: Store,
  o: AttendanceReportOptions,
  context: Context = shippedContext(),
): Promise<AttendanceReport> {
  const cat = context.catalogue;
  const returns = await currentAttendanceReturns(store, cat);
  const inputs = {
    records: returns.termly,
    halfTermRecords: returns.halfTermly,
    nationalComparators: await nationalOfPeriod(store, o, cat),
    targets: await attendanceTargets(store, o.academicYear, cat),
    refused: await refusedAttendance(store, o.academicYear, o.halfTerm ?? o.term),
    memberships: await collaborativeGroupsIn(store, o.academicYear),
    membershipsLastYear: await collaborativeGroupsIn(store, previousAcademicYear(o.academicYear)),
    schools: await loadSchools(store),
  };
  const definition = {
    halfTerms: 2 * cat.terms.length,
    paThreshold: persistentAbsenceThreshold(o.academicYear, cat.attendance.persistentAbsenceThresholds) ?? 0,
  };
  // A half-term window is compared with national figures of as many half terms (half-terms.ts).
  const periodDefinition =
    o.halfTerm === undefined
      ? definition
      : { ...definition, halfTerms: halfTermsCovered(windowParts(o, cat.halfTerms), cat.halfTerms) };
  const engine = o.published ? await publicationEngine() : undefined;
  // Issues 12, 14: each pupil group's rows against the same group nationally.
  const report = await withGroupNational(
    store,
    attendanceReportFrom(inputs, o, context, engine),
    periodDefinition,
    cat,
  );
  // Issue 12: beside national, the city's neighbours and region, of the tool's own definition.
  const { laCode, region } = context.settings.city;
  const data = await benchmarkData(store, {
    academicYear: o.academicYear,
    cityCode: laCode,
    ...(region ? { regionName: region } : {}),
    definition,
    attendance: cat,
  });
  if (!hasBenchmarks(data)) return report;
  const benchmarks = attendanceBenchmarks(report, {
    data,
    national: inputs.nationalComparators,
    rates: [cat.attendanceColumns.absenceRate.code, cat.attendanceColumns.pupilsAbsentRate.code],
    wholeCohort: cat.wholeCohort,
    wholeYear:
      o.yearToDate && (o.halfTerm ? o.halfTerm === cat.halfTerms.at(-1)?.code : o.term === cat.terms.at(-1)!.code),
  });
  return { ...report, benchmarks };
}
