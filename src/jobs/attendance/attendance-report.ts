// The attendance report job: (1) the current returns, national figures, targets, refusals, groups
// and register from the store, (2) the report built from them (publish/attendance/build-attendance-report.ts).
import { shippedContext, type Context } from '../../domain/context.js';
import type { Store } from '../../store/open-store.js';
import {
  attendanceComparators,
  attendanceTargets,
  currentAttendance,
  refusedAttendance,
} from '../../store/queries/attendance.js';
import { collaborativeGroupsIn, loadSchools } from '../../store/queries/register.js';
import {
  attendanceReportFrom,
  type AttendanceReportOptions,
} from '../../publish/attendance/build-attendance-report.js';
import { previousAcademicYear } from '../../domain/academic-year.js';
import type { AttendanceReport } from '../../aggregate/attendance/attendance-report.js';

export type { AttendanceReportOptions };

export async function buildAttendanceReport(
  store: Store,
  o: AttendanceReportOptions,
  context: Context = shippedContext(),
): Promise<AttendanceReport> {
  const inputs = {
    records: await currentAttendance(store, context.catalogue),
    nationalComparators: await attendanceComparators(store, 'National', context.catalogue),
    targets: await attendanceTargets(store, o.academicYear, context.catalogue),
    refused: await refusedAttendance(store, o.academicYear, o.term),
    memberships: await collaborativeGroupsIn(store, o.academicYear),
    membershipsLastYear: await collaborativeGroupsIn(store, previousAcademicYear(o.academicYear)),
    schools: await loadSchools(store),
  };
  return attendanceReportFrom(inputs, o, context);
}
