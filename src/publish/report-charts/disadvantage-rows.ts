// The disadvantage gap over time: one PredictionsReport per (year, round) the store has for
// the key stage, each built as the tables of that round would be (published or not), and
// the city's disadvantaged row read from it.
import type { Catalogue } from '../../domain/catalogue.js';
import type { DisadvantageGapRow } from '../charts/index.js';
import type { PredictionsReport, Shown } from '../predictions/predictions-report.js';

const numberOf = (v: Shown | undefined): number | undefined => (typeof v === 'number' ? v : undefined);

/** A round's report and the label it is drawn under, e.g. `2014/15 Autumn`. */
export interface PeriodReport {
  period: string;
  report: PredictionsReport;
}

/**
 * The city's disadvantaged pupils against other pupils nationally, a row per period in the
 * order given. Periods where the city has no disadvantaged figure for the measure are left out.
 */
export function disadvantageGapRows(
  reports: readonly PeriodReport[],
  measure: string,
  cat: Catalogue,
): DisadvantageGapRow[] {
  const { group } = cat.disadvantageComparison;
  return reports.flatMap(({ period, report }): DisadvantageGapRow[] => {
    const city = report.rows.filter((r) => r.level === 'city' && r.measure === measure);
    const disadvantaged = city.find((r) => r.pupilGroup === group);
    if (!disadvantaged) return [];
    const whole = city.find((r) => r.pupilGroup === cat.wholeCohort);
    const suppressed = disadvantaged.rate === 'c' || disadvantaged.gapToNationalOther === 'c';
    const rate = suppressed ? undefined : numberOf(disadvantaged.rate);
    const gap = suppressed ? undefined : numberOf(disadvantaged.gapToNationalOther);
    const other = numberOf(disadvantaged.nationalOtherRate);
    const all = numberOf(whole?.nationalRate);
    return [
      {
        period,
        ...(rate !== undefined ? { cityDisadvantagedRate: rate } : {}),
        ...(other !== undefined ? { nationalOtherPupilsRate: other } : {}),
        ...(all !== undefined ? { nationalAllRate: all } : {}),
        ...(gap !== undefined ? { gap } : {}),
        suppressed,
      },
    ];
  });
}
