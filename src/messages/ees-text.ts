// The words of the Explore Education Statistics export (src/publish/ees/): its filters' labels
// and hints, and its indicators' labels in the metadata file, which EES shows to every reader of
// the release. An indicator's label says what the figure is; its unit and places are the meta
// file's own columns, so they are not repeated here.

const FIGURES: Readonly<Record<string, string>> = {
  cohort: 'Pupils in the cohort',
  count: 'Pupils reaching the measure',
  rate: 'Percentage reaching the measure',
  national_rate: 'National percentage',
  gap_to_national: 'Gap to national',
  national_other_rate: 'National percentage of other pupils (for disadvantaged pupils)',
  gap_to_national_other: 'Gap to other pupils nationally',
  national_year: 'Year of the national figure',
  predicted: 'Predicted percentage',
  actual: 'Actual percentage',
  difference: 'Predicted minus actual',
  school_mean_signed_error: "The school's mean signed error over every year in the store",
  school_mean_absolute_error: "The school's mean absolute error over every year in the store",
  forecast_rate: 'Forecast percentage',
  forecast_lower: 'Forecast: lower end of the interval',
  forecast_upper: 'Forecast: upper end of the interval',
  forecast_gap_to_national: 'Forecast gap to national',
  schools: 'Schools',
  schools_with_record: 'Schools with a record of predictions and results',
  predicted_error: 'Error of the raw prediction (predicted minus actual)',
  forecast_error: 'Error of the forecast (forecast minus actual)',
  last_actual_rate: 'Actual percentage last year',
  predicted_rate: 'Predicted percentage',
  change: 'Change',
  national_compared_last_year: 'National percentage compared with last year',
  national_compared: 'National percentage compared with this year',
  gap_last_year: 'Gap to national last year',
  gap_if_achieved: 'Gap to national if the prediction is achieved',
  rank: 'Rank (1 = greatest concern)',
  score: 'Concern score',
};

/** For a mean measure (a progress score, Attainment 8) the figure is an average, not a percentage. */
const MEAN_WORDS: Readonly<Record<string, string>> = {
  count: 'Pupils counted',
  rate: 'Average',
  national_rate: 'National average',
  national_other_rate: 'National average of other pupils (for disadvantaged pupils)',
  predicted: 'Predicted average',
  actual: 'Actual average',
  forecast_rate: 'Forecast average',
  last_actual_rate: 'Actual average last year',
  predicted_rate: 'Predicted average',
  national_compared_last_year: 'National average compared with last year',
  national_compared: 'National average compared with this year',
};

const words = (code: string) => code.charAt(0).toUpperCase() + code.slice(1).replace(/_/g, ' ');

export const eesText = {
  'flag.needs-out':
    '--format ees writes two files, NAME.csv and NAME.meta.csv: give --out NAME.csv ' +
    '(NAME in lower case letters, digits, _ and -, as EES names files)',
  nothing: (out: string) => `nothing to export: ${out} not written (EES takes no data file without rows)`,
  'filter.collaborative-group': 'Collaborative group',
  'hint.collaborative-group': "The city's collaborative groups of schools; Total is the whole local authority",
  'no-group': 'Not in a collaborative group',
  'filter.pupil-group': 'Pupil group',
  'hint.pupil-group': 'Total is all pupils',
  'filter.phase': 'School phase',
  'hint.phase': 'The phase of the school; Total is every phase',
  'filter.round': 'Prediction round',
  'hint.round': 'The round of predictions each figure is from',
  phase: {
    nursery: 'Nursery',
    primary: 'Primary',
    secondary: 'Secondary',
    special: 'Special',
    pru: 'Pupil referral unit and alternative provision',
  } as Readonly<Record<string, string>>,
  /** A figure column's words; a mean measure's where they differ. */
  figure: (code: string, mean = false): string => (mean ? MEAN_WORDS[code] : undefined) ?? FIGURES[code] ?? words(code),
  /** `RWM L4+: Percentage reaching the measure`. */
  'of-measure': (measure: string, figure: string) => `${measure}: ${figure}`,
  /** The subheading of a measure's indicators: `RWM L4+ (KS2, Autumn round)`. */
  'measure-grouping': (measure: string, keyStage: string, round: string) => `${measure} (${keyStage}, ${round} round)`,
  'rate-of-sessions': (label: string) => `${label} rate`,
  'rank-by': (label: string) => `Rank by ${label.toLowerCase()} (1 = lowest)`,
  'quartile-by': (label: string) => `Quartile by ${label.toLowerCase()} (1 = lowest)`,
  'national-of': (label: string) => `${label} nationally`,
  'gap-of': (label: string) => `${label}: gap to national`,
  'change-of': (label: string) => `${label}: change on a year earlier`,
  'target-of': (label: string) => `${label}: the city's target`,
  'attendance-grouping': 'Attendance',
  'bias-grouping': "The school's prediction bias",
  'forecast-grouping': 'Schools in the forecast',
  'concern-grouping': 'Attendance concern',
  'rounds-grouping': (measure: string) => `${measure}: predictions by round`,
  'rate-in-round': (round: string) => `Percentage predicted in the ${round} round`,
  'change-between': (rounds: readonly string[]) => `Change from ${rounds[0]} to ${rounds[rounds.length - 1]}`,
} as const;
