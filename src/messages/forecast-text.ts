// The words of the forecast, backtest and if-achieved reports and of their command (src/cli/
// report-forecast.ts): titles, the sentences that state each method, column headings, refusals.
// Rates and points come in as the reports show them.

const list = (years: readonly string[]) => (years.length === 0 ? 'none' : years.join(', '));
const signed = (points: number) => `${points > 0 ? '+' : ''}${points.toFixed(1)}`;

export const forecastText = {
  'forecast.title': (keyStage: string, year: string, round: string) =>
    `${keyStage} calibrated forecast, ${year}, ${round} round`,
  'forecast.method': (k: number) =>
    `Forecast = each school's predicted count less its bias on the measure × cohort / 100, kept between 0 and ` +
    `the cohort, summed over the schools and divided by their cohort. A school's bias is w × its own mean error + ` +
    `(1 − w) × the city's, with w = n / (n + ${k}) after n years of record (empirical-Bayes shrinkage); ` +
    `an error is predicted − actual on the measure, in points, over its pupil groups, from counts.`,
  'forecast.record': (years: readonly string[], withRecord: number, schools: number) =>
    `Record: ${list(years)}; ${withRecord} of ${schools} schools have a record of their own.`,
  'forecast.city-bias': (biases: readonly { label: string; bias: number }[]) =>
    `The city's error over the record (predicted − actual, points; positive: schools predicted more than ` +
    `their pupils reached): ${biases.map((b) => `${b.label} ${signed(b.bias)}`).join(', ')}.`,
  'forecast.interval': (level: number, draws: number, seed: number, residuals: number) =>
    `Interval: ${Math.round(level * 100)}% of ${draws} draws (seed ${seed}), each school taking one of the ` +
    `${residuals} past errors left once biases were taken off, the same for all its figures.`,
  'forecast.no-record': 'No earlier year has both predictions and results: the forecast is the prediction.',
  'forecast.unrecorded': (measures: readonly string[]) =>
    `No earlier year has results on ${measures.join(', ')}: there the forecast is the prediction, with no interval.`,
  'forecast.threshold-only': 'Threshold measures only: a mean measure has no forecast.',
  'forecast.published': (threshold: number) =>
    `Published: a forecast is shown only where the predicted figure it is built on is ` +
    `(counts of 1 to ${threshold} suppressed, c).`,
  'forecast.sheet': 'Forecast',
  'forecast.data-sheet': 'Data',
  'column.predicted': 'Predicted',
  'column.forecast': 'Forecast',
  'column.interval': 'Interval',
  'interval.cell': (lower: string, upper: string) => `${lower} to ${upper}`,

  'backtest.title': (keyStage: string, round: string) =>
    `${keyStage} forecast backtest: each year forecast from the years before it, ${round} round`,
  'backtest.method':
    'Error = rate − actual, in points, over the figures schools both predicted and reported; ' +
    'mean absolute error over every area, pupil group and threshold measure of the level.',
  'backtest.summary': 'Mean absolute error by year and level',
  'backtest.city': 'City, all pupils',
  'backtest.too-few': (keyStage: string, round: string, years: readonly string[]) =>
    `backtest: ${keyStage} ${round} needs two years with results to forecast one from the other; ` +
    `the store has ${list(years)}.`,
  'column.year': 'Year',
  'column.record': 'Learnt from',
  'column.level': 'Level',
  'column.figures': 'Figures',
  'column.predicted-mae': 'Predictions, MAE',
  'column.forecast-mae': 'Forecast, MAE',
  'column.better': 'Closer',
  'column.measure': 'Measure',
  'column.actual': 'Actual',
  'column.predicted-error': 'Predicted error',
  'column.forecast-error': 'Forecast error',
  'better.forecast': 'forecast',
  'better.predictions': 'predictions',
  'better.same': 'same',

  'if-achieved.paper-title': (measure: string) => `If the predictions are achieved: ${measure}`,
  'if-achieved.title': (keyStage: string, year: string, round: string) =>
    `${keyStage} ${year}, ${round} round: if the predictions are achieved`,
  'if-achieved.method': (last: string) =>
    `Beside ${last}'s actual result: the change, and the gap to the national figure of the group each is compared ` +
    `with (schemas/catalogue/pupil-groups.json, ifAchieved), last year and if achieved. ` +
    `"closes": last year's gap was below zero and is smaller if achieved; "none": no gap below zero last year.`,
  'if-achieved.national-from': (pairs: readonly string[]) =>
    `Where a year has no national figure the latest earlier one stands in: ${pairs.join('; ')}.`,
  'if-achieved.none': (keyStage: string, year: string) =>
    `No pupil group marked ifAchieved has both ${keyStage} predictions for ${year} and results for the year before.`,
  'column.pupil-group': 'Pupil group',
  'column.area': 'Area',
  'column.last-actual': 'Last year actual',
  'column.change': 'Change',
  'column.improves': 'Improves',
  'column.compared-with': 'Compared with',
  'column.gap-last': 'Gap last year',
  'column.gap-if-achieved': 'Gap if achieved',
  'column.gap-closes': 'Gap',
  'improves.yes': 'yes',
  'improves.no': 'no',
  'improves.same': 'same',
  'gap.closes': 'closes',
  'gap.widens': 'widens',
  'gap.unchanged': 'unchanged',
  'gap.none': 'none',

  'flag.backtest-published':
    'report forecast --backtest: --published is refused: the backtest judges the method for the team, ' +
    'it is not for publication',
  'flag.forecast-year': 'report forecast: --year is required (or --backtest)',
  'flag.forecast-round':
    'report forecast: --round Actual has no prediction to forecast from: give Autumn, Spring or Summer',
} as const;
