// The predictions charts of a report, for its measure: the city's gap by pupil group; the
// disadvantage gap over every round the store holds; all pupils and disadvantaged pupils
// across collaborative groups and across schools. Every figure comes from a PredictionsReport
// built as the tables are (published or not); nothing is recomputed here.
import type { Context } from '../../domain/context.js';
import { chartText } from '../../messages/chart-text.js';
import type { Store } from '../../store/open-store.js';
import { disadvantageGapChart, gapAcrossAreasChart, gapByPupilGroupChart } from '../../publish/charts/index.js';
import { buildPredictionsReport } from '../predictions-report.js';
import type { PredictionsReport } from '../../publish/predictions/predictions-report.js';
import { disadvantageGapRows, type PeriodReport } from '../../publish/report-charts/disadvantage-rows.js';
import { cityGapByPupilGroup, gapAcrossAreas } from '../../publish/report-charts/gap-rows.js';
import { measureInForce } from '../../publish/report-charts/measure-choice.js';
import { namedChart, slugOf, type NamedChart, type WithheldChart } from '../../publish/report-charts/named-chart.js';
import { predictionRounds } from './store-periods.js';
import { collaborativeGroupsIn } from '../../store/queries/register.js';

/** The report of every (year, round) in the store for the key stage whose framework has the measure. */
export async function reportsOverTime(
  store: Store,
  report: PredictionsReport,
  measure: string,
  context: Context,
): Promise<PeriodReport[]> {
  const rounds = (await predictionRounds(store, report.keyStage)).filter((p) =>
    measureInForce(measure, report.keyStage, p.academicYear, context.catalogue),
  );
  const out: PeriodReport[] = [];
  for (const p of rounds) {
    const same = p.academicYear === report.academicYear && p.period === report.round;
    const built = same
      ? report
      : await buildPredictionsReport(
          store,
          {
            academicYear: p.academicYear,
            keyStage: report.keyStage,
            round: p.period,
            levels: report.levels,
            published: report.published,
            threshold: report.threshold,
          },
          context,
        );
    out.push({ period: chartText['chart.period'](p.academicYear, p.period), report: built });
  }
  return out;
}

export interface PredictionChartSet {
  charts: NamedChart[];
  withheld: WithheldChart[];
}

export async function predictionCharts(
  store: Store,
  report: PredictionsReport,
  measure: string,
  context: Context,
): Promise<PredictionChartSet> {
  const { catalogue: cat, settings } = context;
  const m = cat.measure(measure);
  const headline = m.headline ? [] : [measure];
  const slug = (...what: string[]) => slugOf(report.keyStage, report.academicYear, report.round, ...headline, ...what);
  const year = report.academicYear;
  const charts: NamedChart[] = [];
  const withheld: WithheldChart[] = [];
  const keep = (named: NamedChart, drawable: boolean) => {
    if (drawable) charts.push(named);
    else withheld.push({ slug: named.slug, title: named.title, reason: chartText['chart.nothing-to-draw'] });
  };
  const city = cityGapByPupilGroup(report, measure, cat);
  if (city.length > 0) {
    const chart = gapByPupilGroupChart(city, { measureLabel: m.label, areaName: settings.city.name, year });
    keep(
      namedChart(slug('gap by pupil group'), chart),
      city.some((r) => r.gapToNational !== undefined),
    );
  }
  const overTime = disadvantageGapRows(await reportsOverTime(store, report, measure, context), measure, cat);
  if (overTime.length > 0) {
    charts.push(
      namedChart(
        slug('disadvantage gap'),
        disadvantageGapChart(overTime, { measureLabel: m.label, areaName: settings.city.name }),
      ),
    );
  }
  const groupOf = await collaborativeGroupsIn(store, year);
  for (const level of ['group', 'school'] as const) {
    for (const group of [cat.wholeCohort, cat.disadvantageComparison.group]) {
      const rows = gapAcrossAreas(report, level, group, measure, cat, groupOf);
      if (rows.length === 0) continue;
      const chart = gapAcrossAreasChart(rows, {
        pupilGroupLabel: cat.pupilGroup(group).label,
        measureLabel: m.label,
        year,
        areaKind: level === 'group' ? 'collaborativeGroup' : 'school',
      });
      keep(
        namedChart(slug('gap by', level, group), chart, level === 'school' ? 'schools' : undefined),
        rows.some((r) => r.gapToNational !== undefined),
      );
    }
  }
  return { charts, withheld };
}
