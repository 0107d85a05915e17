// The words of a school's profile for elected members (publish/html/profile-page.ts). Figures
// come in as they are shown; the page escapes every word, a school's name among them.
export const profileText = {
  /** The page's title: "Kingsmere school profiles: KS2 2014/15, Autumn round". */
  'profile.page-title': (city: string, keyStage: string, year: string, round: string) =>
    `${city} school profiles: ${keyStage} ${year}, ${round} round`,
  /** "Alder Primary (URN 110001)". */
  'profile.title': (name: string, urn: string) => `${name} (URN ${urn})`,
  'profile.about': (phase: string | undefined, group: string | undefined) =>
    [
      phase ? `${phase[0]!.toUpperCase()}${phase.slice(1)} school` : 'School',
      group ? `collaborative group ${group}` : '',
    ]
      .filter(Boolean)
      .join('; ') + '.',
  'profile.group-schools': (schools: readonly string[]) => `Its group's schools: ${schools.join(', ')}.`,
  'profile.returns': (keyStage: string, round: string, state: string) =>
    `${keyStage} ${round.toLowerCase()} prediction return: ${state}.`,
  'profile.attendance-return': (state: string) => `Attendance return for the period: ${state}.`,
  'profile.queries-none': 'No open query on its return.',
  'profile.queries': (n: number) => `Open ${n === 1 ? 'query' : 'queries'} on its return (${n}):`,
  /** "RWM L4+, Boys (rule challenge.below-last-actual)". */
  'profile.query': (figure: string | undefined, rule: string) => `${figure ?? 'the whole return'} (rule ${rule})`,
  'profile.predictions-caption': (keyStage: string, year: string, round: string, group: string) =>
    `${keyStage} predictions ${year}, ${round} round: ${group.toLowerCase()}`,
  'profile.groups-caption': (measure: string) => `${measure} by pupil group`,
  'profile.column.measure': 'Measure',
  'profile.column.group': 'Pupil group',
  'profile.column.cohort': 'Cohort',
  'profile.column.school': 'School',
  'profile.column.national': 'National',
  'profile.column.gap': 'Gap to national',
  'profile.column.last-year': (year: string) => `${year} results`,
  'profile.column.rate': 'Rate',
  'profile.column.rank': (ranked: number) => `Rank of ${ranked}`,
  'profile.column.change': 'Change on a year earlier',
  'profile.column.trend': 'Trend',
  'profile.column.target': 'Target',
  'profile.column.rating': 'Rating',
  'profile.rank-direction': 'Rank 1 is the least absence.',
  'profile.no-attendance': (period: string) => `No attendance figures for ${period}.`,
  'profile.published': (threshold: number) =>
    `For publication: counts of 1 to ${threshold} pupils, and every figure from which one could be worked ` +
    "out, are shown as c, as in the Board's published paper.",
  'profile.symbols': 'Symbols: c suppressed (too few pupils to publish) · x not available · z not applicable.',
} as const;

/** The command line's sentences for `report profile` (src/cli/report-profile.ts). */
export const profileCliText = {
  'profile.which': 'give --school URN for one school, or --all for every school asked for the return, not both',
  'profile.unknown-school': (urn: string, keyStage: string, round: string, year: string) =>
    `URN ${urn} is not a school asked for the ${keyStage} ${round} ${year} return: ` +
    'see school-returns status for the schools asked',
  'profile.none': (keyStage: string, round: string, year: string) =>
    `No school is asked for the ${keyStage} ${round} ${year} return: no profile written.`,
  'profile.wrote': (path: string, profiles: number, bytes: number) =>
    `Wrote ${path} (${profiles} ${profiles === 1 ? 'profile' : 'profiles'}, ${Math.round(bytes / 1024)} kB)`,
} as const;
