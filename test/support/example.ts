// The proforma of schemas/README.md §1 (KS2, 2014/15, levels framework) as data, shared by the
// workbook and CSV builders. Its figures are consistent: boys + girls = all pupils in every
// column, and RWM L4+ never exceeds reading, writing or maths L4+.

export const EXAMPLE_HEADER: [string, string][] = [
  ['URN', '110001'],
  ['School name', 'Alder Primary School'],
  ['Key stage', 'KS2'],
  ['Academic year', '2014/15'],
  ['Round', 'Autumn'],
];

/** The measure headings after "Pupil group" and "Cohort": columns C to G of the workbook. */
export const EXAMPLE_COLUMNS = ['RWM L4+', 'RWM L5+', 'Reading L4+', 'Writing L4+', 'Maths L4+'];

/** Pupil group, cohort, then a count per column. */
export const EXAMPLE_ROWS: (string | number)[][] = [
  ['All pupils', 58, 46, 12, 52, 49, 51],
  ['Boys', 30, 22, 5, 26, 24, 27],
  ['Girls', 28, 24, 7, 26, 25, 24],
  ['Disadvantaged', 21, 14, 2, 17, 16, 17],
  ['EAL', 19, 15, 3, 16, 16, 17],
];

/** The codes of EXAMPLE_COLUMNS, as the long and wide CSV layouts name them. */
export const EXAMPLE_MEASURE_CODES = ['ks2_rwm_l4', 'ks2_rwm_l5', 'ks2_read_l4', 'ks2_writ_l4', 'ks2_mat_l4'];
