// The words of the validated outcomes: `validated import` and `report validated` (issue 12, item 4),
// the DfE performance tables' school-level figures set beside the city's own, school by school.

export const validatedText = {
  'validated-import.stored': (file: string, stored: number, schools: number, columns: readonly string[]) =>
    `${file}: ${stored} validated figures of ${schools} schools stored (${columns.join(', ')})`,
  'validated-report.title': (what: string, year: string) => `Validated against unvalidated: ${what}, ${year}`,
  'validated-report.what-attendance': 'attendance',
  'validated-report.measure-title': (label: string, threshold: number) =>
    threshold > 0 ? `${label} (persistent absentees at ${threshold}%)` : label,
  'validated-report.from-attendance': (term: string) =>
    `Unvalidated: each school's attendance returns, year to date to ${term}, from their sessions and pupils.`,
  'validated-report.from-actual': "Unvalidated: each school's Actual round (its results as returned), all pupils.",
  'validated-report.from-validated': (files: readonly string[]) =>
    `Validated: the DfE performance tables' school-level download (${files.join(', ')}), rates as published.`,
  'validated-report.rank-rule':
    'Rank: among the schools with a validated figure of the measure, 1 = the lowest absence (the highest ' +
    'attainment); equal figures share a rank. A school whose figure is suppressed keeps its place in the others.',
  'validated-report.difference-rule':
    'Difference: unvalidated − validated, as shown, in percentage points (points for a mean).',
  'validated-report.symbols-rule':
    "c: suppressed by the DfE (SUPP); x: no figure (another of the tables' symbols, shown under DfE symbol, " +
    'or no line for the school in the download, or no return).',
  'validated-report.threshold-unlike': (measure: string, ours: number, theirs: number) =>
    `${measure}: the returns count persistent absentees at ${ours}%, the tables at ${theirs}%; ` +
    'not compared, only ranked',
  'validated-report.none': (what: string, year: string) =>
    `no validated figures of ${what} for ${year} in the store: import the performance tables' download ` +
    'with `validated import FILE --year`',
  'validated-report.school-unregistered': (urn: string) => `URN ${urn} (not in the register)`,
  // The indicators of `report validated --format ees`, under each measure's title (validated-ees.ts).
  'validated-ees.rank':
    "Rank among the city's schools by the validated figure (1 = the lowest absence, or the highest attainment)",
  'validated-ees.validated': 'Validated figure (DfE performance tables)',
  'validated-ees.unvalidated': "The school's own figure, unvalidated (its returns)",
  'validated-ees.difference': 'Unvalidated minus validated',
  'validated-report.column-rank': 'Validated rank',
  'validated-report.column-validated': 'Validated',
  'validated-report.column-symbol': 'DfE symbol',
  'validated-report.column-unvalidated': 'Unvalidated',
  'validated-report.column-difference': 'Difference',
} as const;
