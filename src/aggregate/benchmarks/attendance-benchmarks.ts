// The city's attendance against national, its statistical neighbours and its region (issue 12,
// item 3): for the city and each phase, overall and persistent absence, from the report's own
// figures. Only a whole year is set beside the neighbours' and region's figures, which are whole
// years (six half terms); a report of part of a year gets none, and says why.
import type { AttendanceReport } from '../attendance/attendance-report.js';
import { nationalAttendance } from '../attendance/national-attendance.js';
import { roundToShown } from '../attendance/shown.js';
import { benchmarksOf, sourcesFor, type AttendanceBenchmark, type BenchmarkData } from './benchmarks.js';

export type { AttendanceBenchmark };

export interface AttendanceBenchmarkInputs {
  data: BenchmarkData;
  national: Parameters<typeof nationalAttendance>[0];
  /** The rates compared: the catalogue's headline absence rate and pupils-absent rate. */
  rates: readonly string[];
  wholeCohort: string;
  /** Whether the report covers the whole year (year to date to the last term). */
  wholeYear: boolean;
}

export function attendanceBenchmarks(report: AttendanceReport, i: AttendanceBenchmarkInputs): AttendanceBenchmark[] {
  if (!i.wholeYear) return [];
  const national = nationalAttendance(i.national, report.academicYear);
  const out: AttendanceBenchmark[] = [];
  const areas = report.areas.filter(
    (a) => (a.level === 'city' || a.level === 'phase') && a.pupilGroup === i.wholeCohort,
  );
  for (const area of areas) {
    const f = area.figures;
    if (f.status !== 'returned' || f.withheld === 'all') continue;
    for (const measure of i.rates) {
      const rate = f.rates[measure];
      if (rate === undefined || (f.withheld === 'persistent' && measure !== i.rates[0])) continue;
      const n = national.rate(measure, area.phase)?.value;
      out.push({
        phase: area.phase,
        measure,
        rate,
        ...(n === undefined ? {} : { national: n, gapToNational: roundToShown(roundToShown(rate) - roundToShown(n)) }),
        benchmarks: benchmarksOf(rate, sourcesFor(i.data, area.phase, measure, i.wholeCohort), 'lower', 1),
      });
    }
  }
  return out;
}
