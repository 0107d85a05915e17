// The attendance charts of a term: schools ranked by overall and by persistent absence, and
// the city's overall absence by term, up to this one, against national and its target. Built
// under the context the report was (its catalogue names the rates and orders the terms).
import { shippedContext, type Context } from '../../domain/context.js';
import { chartText } from '../../messages/chart-text.js';
import type { Store } from '../../store/open-store.js';
import type { AttendanceReport } from '../../aggregate/attendance/attendance-report.js';
import { buildAttendanceReport, nationalOfPeriod } from '../attendance/attendance-report.js';
import { nationalAttendance } from '../../aggregate/attendance/national-attendance.js';
import { absenceReasonsChart, attendanceRankChart, attendanceTrendChart } from '../../publish/charts/index.js';
import { reasonChartRows } from '../../publish/report-charts/reason-chart-rows.js';
import { attendanceRankRows, cityTrendRows, termOrder } from '../../publish/report-charts/attendance-chart-rows.js';
import { namedChart, slugOf, type NamedChart } from '../../publish/report-charts/named-chart.js';
import { attendanceTerms } from './store-periods.js';

/** The report of every term in the store up to the report's own (the report itself for that one). */
export async function attendanceOverTime(
  store: Store,
  report: AttendanceReport,
  context: Context = shippedContext(),
): Promise<AttendanceReport[]> {
  const order = (academicYear: string, term: AttendanceReport['term']) =>
    termOrder(academicYear, term, context.catalogue);
  const upTo = order(report.academicYear, report.term);
  const out: AttendanceReport[] = [];
  for (const t of await attendanceTerms(store)) {
    if (order(t.academicYear, t.term) > upTo) continue;
    // A half-term report is no term's point: the city's line is of terms, each its own report.
    const same = t.academicYear === report.academicYear && t.term === report.term && !report.halfTerm;
    out.push(
      same
        ? report
        : await buildAttendanceReport(
            store,
            {
              ...t,
              yearToDate: report.yearToDate,
              phase: report.phase,
              published: report.published !== undefined,
              ...(report.published ? { threshold: report.published.threshold } : {}),
            },
            context,
          ),
    );
  }
  return out;
}

const aboutSchools = (about: 'city' | 'schools') => (about === 'schools' ? (['schools'] as const) : []);

export async function attendanceCharts(
  store: Store,
  report: AttendanceReport,
  context: Context = shippedContext(),
): Promise<NamedChart[]> {
  const { catalogue, settings } = context;
  const national = nationalAttendance(await nationalOfPeriod(store, report, catalogue), report.academicYear);
  const term = report.halfTerm ?? report.term;
  const period = chartText['chart.attendance-period'](report.academicYear, term, report.yearToDate);
  const slug = (...what: string[]) =>
    slugOf('attendance', report.academicYear, term, ...(report.yearToDate ? ['ytd'] : []), ...what);
  const { absenceRate, pupilsAbsentRate } = catalogue.attendanceColumns;
  const charts: NamedChart[] = [];
  for (const measure of ['overall', 'persistent'] as const) {
    const rate = national.rate(measure === 'overall' ? absenceRate.code : pupilsAbsentRate.code, report.phase)?.value;
    const rows = attendanceRankRows(report, catalogue, measure, rate);
    // A published report may withhold every school's figure (all small numbers): nothing to draw.
    if (!rows.some((r) => (measure === 'overall' ? r.overallAbsenceRate : r.persistentAbsenceRate) !== undefined))
      continue;
    charts.push(namedChart(slug('rank', measure), attendanceRankChart(rows, { measure, period }), 'schools'));
  }
  for (const about of ['city', 'schools'] as const) {
    const reasons = reasonChartRows(report, catalogue, about);
    if (reasons.some((r) => !r.suppressed))
      charts.push(
        namedChart(slug('reasons', about), absenceReasonsChart(reasons, { period, about }), ...aboutSchools(about)),
      );
  }
  const trend = cityTrendRows(await attendanceOverTime(store, report, context), catalogue);
  if (trend.length > 0)
    charts.push(namedChart(slug('trend'), attendanceTrendChart(trend, { areaName: settings.city.name })));
  return charts;
}
