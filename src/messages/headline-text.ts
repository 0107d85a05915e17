// The words of the paper's first page (publish/html/headline-section.ts) and of a school's
// profile (publish/html/profile-page.ts): headings, column headings and the sentences between
// them. Figures come in as they are shown; the sections escape every word.
const schools = (n: number) => `${n} ${n === 1 ? 'school' : 'schools'}`;
const figures = (n: number) => `${n} ${n === 1 ? 'figure' : 'figures'}`;

export const headlineText = {
  'headline.title': 'Headline figures',
  /** "Kingsmere, all pupils: KS2 predictions 2014/15, Autumn round". */
  'headline.caption': (city: string, group: string, keyStage: string, year: string, round: string) =>
    `${city}, ${group.toLowerCase()}: ${keyStage} predictions ${year}, ${round} round`,
  'headline.column.measure': 'Measure',
  'headline.column.city': (city: string) => city,
  'headline.column.national': 'National',
  'headline.column.gap': 'Gap to national',
  'headline.column.neighbours': 'Statistical neighbours',
  'headline.column.region': 'Region',
  /** "2013/14 results". */
  'headline.column.last-year': (year: string) => `${year} results`,
  'headline.national-year': (year: string) => `national figure of ${year}`,
  'headline.disadvantage-caption': (group: string, measure: string) => `The disadvantage gap: ${group}, ${measure}`,
  'headline.column.group': (group: string) => group,
  'headline.column.other-pupils': 'Other pupils nationally',
  'headline.column.gap-other': 'Gap',
  'headline.column.last-year-gap': (year: string) => `Gap in ${year} results`,
  'headline.attendance-caption': (city: string, period: string) => `${city}: attendance, ${period}`,
  'headline.column.rate': 'Rate',
  'headline.column.trend': 'Trend',
  'headline.column.target': 'Target',
  'headline.column.rating': 'Rating',
  'headline.coverage-title': 'Who is counted',
  'headline.counted': (counted: number, asked: number, leftOut: number) =>
    `${counted} of ${schools(asked)} asked ${counted === 1 ? 'is' : 'are'} counted` +
    (leftOut > 0 ? '; not included:' : '.'),
  'headline.amendments': (amended: number, open: number) =>
    (amended === 0
      ? 'No figure was amended after challenge.'
      : `${figures(amended)} amended after challenge, and counted as amended.`) +
    (open > 0 ? ` ${open} ${open === 1 ? 'query is' : 'queries are'} still open (counted as returned).` : ''),
  'headline.comparators-title': 'Comparators: the year and source of each',
  /** "National (England): 2014/15 for RWM L4+, RWM L4B+, from the comparators csv". */
  'headline.comparator-use': (year: string, measures: readonly string[], source: string, provisional: boolean) =>
    `${year}${provisional ? ' (provisional)' : ''} for ${measures.join(', ')}, from the ${source}`,
  'headline.comparator-level': (level: string, area: string) => (area && area !== level ? `${level} (${area})` : level),
  'headline.no-neighbours': (year: string) =>
    `The store has no statistical-neighbour or regional figure for ${year}: those columns show x.`,
  'headline.last-year-none': (year: string) => `The store has no ${year} results: that column shows x.`,
  'headline.more': 'The tables and charts that follow give every pupil group, measure and collaborative group.',
} as const;

export type HeadlineTextId = keyof typeof headlineText;
