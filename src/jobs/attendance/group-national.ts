// The attendance report's pupil-group rows against the same groups nationally (issues 12, 14): the
// groups and phases the report has rows of, their national figures of the report's definition.
import type { AttendanceReport } from '../../aggregate/attendance/attendance-report.js';
import { groupNationals, type AttendanceDefinition } from '../../aggregate/attendance/group-national.js';
import type { Catalogue } from '../../domain/catalogue.js';
import type { StoreReader } from '../../store/open-store.js';
import { groupNationalData } from '../../store/queries/group-national.js';

/** The report with `groupNational` for each pupil group and phase it has rows of (none: unchanged). */
export async function withGroupNational(
  reader: StoreReader,
  report: AttendanceReport,
  definition: AttendanceDefinition,
  cat: Catalogue,
): Promise<AttendanceReport> {
  const whole = cat.wholeCohort;
  const pairs = new Map<string, { pupilGroup: string; phase: AttendanceReport['phase'] }>();
  const want = (pupilGroup: string, phase: AttendanceReport['phase']) =>
    pupilGroup !== whole && pairs.set(`${pupilGroup}|${phase}`, { pupilGroup, phase });
  // Only groups with figures for the period: a group first returned in a later year has rows of its own
  // here ("not returned"), and nothing to compare.
  for (const s of report.schools) for (const [g, f] of s.byGroup) if (f.status !== 'not returned') want(g, s.phase);
  for (const a of report.areas) if (a.figures.status !== 'not returned') want(a.pupilGroup, a.phase);
  if (pairs.size === 0) return report;
  const { absenceRate, pupilsAbsentRate, rates } = cat.attendanceColumns;
  const compared = rates.filter((r) => r.code === absenceRate.code || r.code === pupilsAbsentRate.code);
  const data = await groupNationalData(
    reader,
    cat,
    definition,
    compared.map((r) => r.code),
  );
  const groupNational = groupNationals(data, {
    academicYear: report.academicYear,
    definition,
    rates: compared,
    wanted: [...pairs.values()],
  });
  return { ...report, groupNational };
}
