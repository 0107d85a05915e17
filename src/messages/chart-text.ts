// The words of the charts (src/publish/charts/): titles, subtitles, axis titles, the keys and
// the headings of the numbers table printed beside each chart, and why a chart is not drawn.
// Each has a stable id. Names (a school, a measure, a pupil group) come in as they are published;
// rates come in already formatted as the chart labels them ("4.2%", "+3.5").

/** What one row of a chart across areas is. */
export type AreaKind = 'school' | 'collaborativeGroup';

const areaNoun = (kind: AreaKind) => (kind === 'collaborativeGroup' ? 'collaborative group' : 'school');

export const chartText = {
  // Shared by the charts
  /** A point on a time axis: "2014/15 Autumn". */
  'chart.period': (year: string, period: string) => `${year} ${period}`,
  /** The attendance charts' period: "2014/15 Summer", "2014/15 year to date (Summer)". */
  'chart.attendance-period': (year: string, term: string, yearToDate: boolean) =>
    `${year} ${yearToDate ? `year to date (${term})` : term}`,
  'chart.national': 'National',
  'chart.above-national': 'Above national',
  'chart.below-national': 'Below national',
  'chart.gap-axis': 'Gap to national (percentage points)',
  'chart.overall-absence-axis': 'Overall absence (% of possible sessions)',
  'chart.suppressed-or-missing': 'c = suppressed (too few pupils to publish); x = not available.',
  'chart.suppressed': 'c = suppressed (too few pupils to publish).',
  /** A column of percentages in the numbers table: "RWM L4+ (%)". */
  'chart.percent-column': (what: string) => `${what} (%)`,
  'chart.national-column': 'National (%)',
  'chart.period-column': 'Period',
  'chart.numbers': 'The numbers behind the chart',
  'chart.nothing-to-draw': 'every figure is suppressed (c) or not available (x), so there is nothing to draw',

  // The gap to national by pupil group (gap-by-pupil-group.chart.ts)
  'group-gap-chart.title': (measure: string) => `${measure}: gap to national by pupil group`,
  'group-gap-chart.subtitle': (area: string, year: string) =>
    `${area}, ${year}. The line at 0 is the national rate for each group.`,

  // The gap to national across schools or collaborative groups (gap-across-areas.chart.ts)
  'area-gap-chart.title': (measure: string, pupilGroup: string, kind: AreaKind) =>
    `${measure}, ${pupilGroup}: gap to national by ${areaNoun(kind)}`,
  'area-gap-chart.subtitle': (year: string, kind: AreaKind) =>
    `${year}. Each dot is one ${areaNoun(kind)}; the line at 0 is the national rate for the group.`,
  'area-gap-chart.no-group': 'No collaborative group',

  // The disadvantage gap over time (disadvantage-gap.chart.ts)
  'disadvantage-chart.title': (measure: string) => `${measure}: disadvantaged pupils against national`,
  'disadvantage-chart.city': 'City',
  /** The local series: "Kingsmere disadvantaged pupils". */
  'disadvantage-chart.local': (area: string) => `${area} disadvantaged pupils`,
  'disadvantage-chart.national-other': 'National other pupils',
  'disadvantage-chart.national-all': 'National all pupils',
  'disadvantage-chart.subtitle': (local: string) =>
    `${local} compared with other pupils nationally; the gap is in percentage points.`,
  'disadvantage-chart.axis': (measure: string) => `${measure} (% of pupils)`,
  /** The label under a point: "gap −8.0". */
  'disadvantage-chart.gap': (gap: string) => `gap ${gap}`,
  'disadvantage-chart.gap-column': 'Gap (percentage points)',

  // Schools ranked by absence (attendance-rank.chart.ts)
  'reasons-chart.title': (about: 'city' | 'schools', period: string) =>
    `Absence by reason, ${about === 'city' ? 'the city against national' : 'by school'}, ${period}`,
  'reasons-chart.subtitle': 'Sessions missed for each reason, as a share of possible sessions; c: withheld',
  'reasons-chart.axis': 'Sessions missed (% of possible sessions)',
  'reasons-chart.area-column': 'Area',
  'rank-chart.overall': 'Overall absence',
  'rank-chart.persistent': 'Persistent absence',
  'rank-chart.persistent-axis': 'Persistent absentees (% of pupils)',
  'rank-chart.title': (measure: string, period: string) => `${measure} by school, ${period}`,
  'rank-chart.order': (national: string | undefined) =>
    'Lowest absence at the top.' + (national === undefined ? '' : ` The line is the national rate (${national}).`),
  /** When phases have their own national rates, each listed: "(4.0%, 5.3%)". */
  'rank-chart.order-by-phase': (nationals: readonly string[]) =>
    `Lowest absence at the top. Each school against the national rate for its phase (${nationals.join(', ')}), ` +
    'the tick on its bar.',
  'rank-chart.withheld': (schools: number) =>
    `${schools} school${schools === 1 ? "'s" : "s'"} figure${schools === 1 ? ' is' : 's are'} withheld (c) ` +
    'to protect small numbers: shown at the foot, with no bar.',
  'rank-chart.not-returned': (schools: number) =>
    `${schools} school${schools === 1 ? '' : 's'} sent no return: shown at the foot, with no bar.`,
  /** In place of a bar. */
  'rank-chart.withheld-bar': 'withheld (c)',
  'rank-chart.not-returned-bar': 'not returned',
  'rank-chart.above': 'Above national (more absence)',
  'rank-chart.at-or-below': 'At or below national',
  /** The national rule's label: "National 4.6%". */
  'rank-chart.national': (rate: string) => `National ${rate}`,
  'rank-chart.return-column': 'Return',
  'rank-chart.returned': 'Returned',
  'rank-chart.not-returned-cell': 'Not returned',

  // Overall absence by term (attendance-trend.chart.ts)
  'trend-chart.title': (area: string) => `Overall absence by term: ${area}`,
  'trend-chart.subtitle': 'Against the city, national and the target (dashed). Lower is better.',
  'trend-chart.target': 'Target',
} as const;

export type ChartTextId = keyof typeof chartText;
