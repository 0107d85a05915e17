// AttendanceReport → the attendance charts' rows: schools ranked for one term, and the city's
// overall absence across terms against national and the city's target.
import type { Catalogue } from '../../domain/catalogue.js';
import { chartText } from '../../messages/chart-text.js';
import type { Term } from '../../aggregate/attendance/index.js';
import { startYearOf } from '../../domain/academic-year.js';
import type { AttendanceRankRow, AttendanceTrendRow } from '../charts/index.js';
import type { AttendanceReport } from '../../aggregate/attendance/attendance-report.js';

export type RankMeasure = 'overall' | 'persistent';

/**
 * Every open school of the report, with its whole-cohort rate and its rank as the report
 * computed it. A school with no figure for the period (not returned, or a year to date with
 * a term missing) is listed as not returned; one whose figure a published report withholds, as
 * withheld. Each school is compared with the national rate for its own phase, as the report's
 * gap is; `nationalRate` (percent) stands in for a school the report has none for.
 */
export function attendanceRankRows(
  report: AttendanceReport,
  catalogue: Catalogue,
  measure: RankMeasure,
  nationalRate?: number,
): AttendanceRankRow[] {
  const whole = catalogue.wholeCohort;
  const { absenceRate, pupilsAbsentRate } = catalogue.attendanceColumns;
  return report.schools.map((s): AttendanceRankRow => {
    const f = s.byGroup.get(whole);
    const national = (measure === 'overall' ? s.nationalOverall : s.nationalPersistent) ?? nationalRate;
    const nationalOf = national !== undefined ? { nationalRate: national } : {};
    if (!f || f.status !== 'returned') return { areaName: s.name, notReturned: true, ...nationalOf };
    const rank = measure === 'overall' ? s.rankOverall : s.rankPersistent;
    const overallAbsenceRate = f.rates[absenceRate.code];
    const persistentAbsenceRate = f.rates[pupilsAbsentRate.code];
    const shown = measure === 'overall' ? overallAbsenceRate : persistentAbsenceRate;
    return {
      areaName: s.name,
      ...(overallAbsenceRate !== undefined ? { overallAbsenceRate } : {}),
      ...(persistentAbsenceRate !== undefined ? { persistentAbsenceRate } : {}),
      ...nationalOf,
      ...(rank !== undefined ? { rank } : {}),
      notReturned: false,
      ...(shown === undefined && f.withheld ? { withheld: true } : {}),
    };
  });
}

/** Sort key of a term: later terms are larger (the catalogue gives each term's order in its year). */
export function termOrder(academicYear: string, term: Term, catalogue: Catalogue): number {
  return startYearOf(academicYear) * 10 + (catalogue.terms.find((t) => t.code === term)?.order ?? 0);
}

/** The city's row of each report (one report per term), as one trend series. */
export function cityTrendRows(reports: readonly AttendanceReport[], catalogue: Catalogue): AttendanceTrendRow[] {
  const whole = catalogue.wholeCohort;
  return reports.flatMap((report): AttendanceTrendRow[] => {
    const city = report.areas.find((a) => a.level === 'city' && a.pupilGroup === whole);
    if (!city) return [];
    const rate =
      city.figures.status === 'returned' ? city.figures.rates[catalogue.attendanceColumns.absenceRate.code] : undefined;
    return [
      {
        area: city.name,
        period: chartText['chart.period'](report.academicYear, report.term),
        order: termOrder(report.academicYear, report.term, catalogue),
        ...(rate !== undefined ? { overallAbsenceRate: rate } : {}),
        ...(city.nationalOverall !== undefined ? { nationalRate: city.nationalOverall } : {}),
        ...(city.target ? { target: city.target.value } : {}),
      },
    ];
  });
}
