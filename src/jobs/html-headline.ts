// What the paper's first page needs beyond the reports it prints: (1) last year's results, built
// as a report of that year is (published or not, one decision for the year), (2) the stored
// comparators of every level for the key stage and the attendance, with their sources, (3)
// national persistent absence for the term's year and phase. The figures themselves are
// chosen in publish/html/headline-figures.ts.
import { persistentAbsenceThreshold } from '../aggregate/attendance/persistent-threshold.js';
import { nationalAttendance } from '../aggregate/attendance/national-attendance.js';
import { previousAcademicYear } from '../domain/academic-year.js';
import type { Coverage } from '../publish/html/coverage-section.js';
import { headlineFrom, type Headline } from '../publish/html/headline-figures.js';
import type { ReportCharts } from '../publish/report-charts/report-charts.js';
import type { Store } from '../store/open-store.js';
import { nationalOfPeriod } from './attendance/attendance-report.js';
import { halfTermsCovered, windowParts } from '../aggregate/attendance/half-terms.js';
import { comparatorsOfDefinition } from '../store/queries/comparators-of-definition.js';
import { buildPredictionsReport } from './predictions-report.js';

/** The round whose figures are a year's results. */
const RESULTS_ROUND = 'Actual';

export async function loadHeadline(store: Store, data: ReportCharts, coverage: Coverage): Promise<Headline> {
  const { catalogue: cat } = data.context;
  const p = data.predictions;
  const lastYearOf = previousAcademicYear(p.academicYear);
  const lastYear = await buildPredictionsReport(
    store,
    {
      academicYear: lastYearOf,
      keyStage: p.keyStage,
      round: RESULTS_ROUND,
      levels: p.levels,
      published: p.published,
      threshold: p.threshold,
    },
    data.context,
  );
  const definition = {
    halfTerms: 2 * cat.terms.length,
    paThreshold: persistentAbsenceThreshold(p.academicYear, cat.attendance.persistentAbsenceThresholds) ?? 0,
  };
  const years = [p.academicYear, ...p.nationalFallbackYears];
  const a = data.attendance;
  // A half-term period's figures are set against those of as many half terms, or none (half-terms.ts).
  const attendanceHalfTerms = !a?.halfTerm
    ? definition.halfTerms
    : a.yearToDate
      ? halfTermsCovered(windowParts(a, cat.halfTerms), cat.halfTerms)
      : undefined;
  const comparators = [
    ...(await comparatorsOfDefinition(store, definition, { academicYears: years, keyStage: p.keyStage })),
    ...(a && attendanceHalfTerms !== undefined
      ? await comparatorsOfDefinition(
          store,
          { ...definition, halfTerms: attendanceHalfTerms },
          {
            academicYears: [a.nationalYear ?? a.academicYear],
            keyStage: a.phase,
            geographicLevel: 'National',
          },
        )
      : []),
  ];
  const national = a ? nationalAttendance(await nationalOfPeriod(store, a, cat), a.academicYear) : undefined;
  const persistent = national?.rate(cat.attendanceColumns.pupilsAbsentRate.code, a!.phase)?.value;
  return headlineFrom({
    catalogue: cat,
    predictions: p,
    measure: data.measure,
    ...(lastYear.returns > 0 ? { lastYear } : {}),
    lastYearLabel: lastYearOf,
    ...(a ? { attendance: a } : {}),
    ...(persistent !== undefined ? { nationalPersistent: persistent } : {}),
    comparators,
    coverage,
  });
}
