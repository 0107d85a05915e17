// The words of the benchmarks beyond national (issue 12, item 3): the city against its statistical
// neighbours' average, its region, its rank among its neighbours and its quartile among all LAs.

export const benchmarkText = {
  'benchmarks.title': (city: string) => `${city} against national, its statistical neighbours and its region`,
  'benchmarks.rules': [
    "Neighbours' average: the plain mean of the city's statistical neighbours (the neighbours list imported) " +
      'that have a figure of the same year and definition; how many had one is given beside it.',
    'Gaps: the city − the comparator, as shown, in percentage points (points for a mean); positive is higher.',
    'Rank among neighbours: the city ranked with its neighbours that have a figure, 1 = the best; ties share.',
    'Quartile nationally: among every LA, 1 = the best quarter; x where the comparators do not give every LA.',
  ],
  'benchmarks.whole-year-only':
    "Neighbours' and regional figures are whole years: compared only with --term Summer --ytd.",
  'benchmarks.none-for-phase': (phase: string, schools: number) =>
    `No national comparator for ${phase} of the report's definition: its ${schools} school(s) have no gap to ` +
    "national (x), never another phase's rate.",
  'benchmarks.column-measure': 'Measure',
  'benchmarks.column-city': 'City',
  'benchmarks.column-gap-to-national': 'Gap to national',
  'benchmarks.column-neighbours-average': "Neighbours' average",
  'benchmarks.column-neighbours-with-data': 'Neighbours with a figure',
  'benchmarks.column-gap-to-neighbours': 'Gap to neighbours',
  'benchmarks.column-region': 'Region',
  'benchmarks.column-gap-to-region': 'Gap to region',
  'benchmarks.column-rank-among-neighbours': 'Rank among neighbours',
  'benchmarks.column-national-quartile': 'Quartile nationally',
  'benchmarks.of': (n: number, of: number) => `${n} of ${of}`,
} as const;
