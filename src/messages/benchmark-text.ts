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
  // Issues 12, 14: pupil groups against the same groups nationally.
  'group-national.rule':
    "A pupil group's national figure is the same group's in England, of the same phase and definition, worked " +
    "out from the national counts where the file gives counts; its gap is the group's rate − that figure, as " +
    'shown, in percentage points.',
  'group-national.no-group': (groups: string, year: string) =>
    `No national figure for ${groups}: the national figures stored have no such pupil group for ${year} or ` +
    'before (blank; z in EES).',
  'group-national.no-phase': (group: string, phases: string) =>
    `No national figure for ${group} at ${phases}: those rows have no gap to national, never another phase's.`,
  'group-national.phase': (phase: string) => (phase === 'all' ? 'all schools together' : `${phase} schools`),
  'group-national.other-definition': (rate: string, groups: string, found: string, wanted: string) =>
    `${rate} of ${groups} is not compared with national: the national figures count ${found}, ` +
    `this report ${wanted}.`,
  'group-national.persistent-at': (percent: number) => `persistent absence at ${percent}% of possible sessions`,
  'group-national.half-terms': (n: number) => `${n} half terms`,
  'group-national.title': 'Pupil groups against the same groups nationally',
  'group-national.column-national': 'National %',
  'group-national.column-national-pa': 'National PA %',
  'group-national.column-gap-pa': 'PA gap to national',
  'group-national.year': (years: string) => `National figures of pupil groups are for ${years}, the latest stored.`,
} as const;
