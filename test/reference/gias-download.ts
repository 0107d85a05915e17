// A GIAS download as GIAS hands it out (data/README.md): the 139 columns of the real header, quoted,
// CRLF, Windows-1252, dates as dd-mm-yyyy, and zipped as Results.zip with the links file beside it.
// The establishments are a small city's worth: several LAs, closed schools, a converter sharing its
// predecessor's LAESTAB, a school not yet open, and the establishments the city does not collect
// from (a children's centre with a 5-digit URN, an FE college with no EstablishmentNumber).
import { readFileSync } from 'node:fs';
import { zipSync } from 'fflate';
import iconv from 'iconv-lite';

/** The real extract's header, as GIAS writes it (copied from ../shared/data). */
export const GIAS_HEADER: readonly string[] = readFileSync(
  new URL('./gias-edubasealldata-header.csv', import.meta.url),
  'latin1',
)
  .trim()
  .split(',')
  .map((h) => h.replace(/^"|"$/g, ''));

export type GiasLine = Partial<Record<string, string>>;

const line = (
  urn: string,
  la: string,
  number: string,
  name: string,
  type: string,
  phase: string,
  ages: string,
  extra: GiasLine = {},
): GiasLine => ({
  URN: urn,
  'LA (code)': la,
  'LA (name)': la === '874' ? 'Kingsmere' : la === '873' ? 'Fenmoor' : 'Elsewhere',
  EstablishmentNumber: number,
  EstablishmentName: name,
  'TypeOfEstablishment (name)': type,
  'EstablishmentStatus (name)': 'Open',
  'PhaseOfEducation (name)': phase,
  StatutoryLowAge: ages.split('-')[0],
  StatutoryHighAge: ages.split('-')[1],
  'Country (name)': 'United Kingdom',
  Postcode: 'KM1 1AA',
  ...extra,
});

export const CITY: readonly GiasLine[] = [
  line('110001', '874', '2001', 'Alder Primary School', 'Community school', 'Primary', '4-11'),
  line('110002', '874', '2002', 'St Thérèse’s Catholic Primary School', 'Voluntary aided school', 'Primary', '4-11'),
  // A converter: the community school closed on 31 August 2014 and reopened as an academy the next
  // day under a new URN, keeping its LAESTAB.
  line('109001', '874', '4001', 'Castlegate School', 'Community school', 'Secondary', '11-16', {
    'EstablishmentStatus (name)': 'Closed',
    'ReasonEstablishmentClosed (name)': 'Academy Converter',
    CloseDate: '31-08-2014',
  }),
  line('140001', '874', '4001', 'Castlegate Academy', 'Academy converter', 'Secondary', '11-16', {
    'ReasonEstablishmentOpened (name)': 'Academy Converter',
    OpenDate: '01-09-2014',
  }),
  line('109002', '874', '2040', 'Orchard Park Primary School', 'Community school', 'Primary', '4-11', {
    'EstablishmentStatus (name)': 'Closed',
    CloseDate: '31-08-2013',
  }),
  line('145001', '874', '2050', 'Riverside Free School', 'Free schools', 'Primary', '4-11', {
    'EstablishmentStatus (name)': 'Proposed to open',
    OpenDate: '01-09-2016',
  }),
  line('140010', '874', '4010', 'Kingsmere All-through Academy', 'Academy sponsor led', 'All-through', '4-16', {
    OpenDate: '01-09-2012',
  }),
  line('110020', '874', '4020', 'Fenside Middle School', 'Community school', 'Middle deemed secondary', '9-13'),
  line('110030', '874', '1100', 'Kingsmere Pupil Referral Unit', 'Pupil referral unit', 'Not applicable', '11-16'),
  line('110040', '874', '7001', 'Harbour View School', 'Community special school', 'Not applicable', '2-19'),
  line('110050', '874', '1001', 'Little Acorns Nursery School', 'Local authority nursery school', 'Nursery', '2-5'),
  // Not schools the city collects from.
  line('20001', '874', '', 'Kingsmere Children’s Centre', "Children's centre", 'Not applicable', '0-5'),
  line('130001', '874', '', 'Kingsmere College', 'Further education', '16 plus', '16-99'),
  line('110060', '874', '6001', 'Café Independent School', 'Other independent school', 'Not applicable', '3-16'),
  // Other LAs, England's and Wales's.
  line('110100', '873', '2001', 'Fenmoor Primary School', 'Community school', 'Primary', '4-11'),
  line('120001', '875', '2001', 'Elsewhere Primary School', 'Community school', 'Primary', '4-11'),
  line('401234', '660', '', 'Ysgol Gynradd Aberdaron', 'Welsh establishment', 'Not applicable', '3-11'),
];

/** URN, LinkURN, LinkName, LinkType, LinkEstablishedDate: one line each way, as GIAS gives them. */
export const CITY_LINKS: readonly string[][] = [
  ['109001', '140001', 'Castlegate Academy', 'Successor', '01-09-2014'],
  ['140001', '109001', 'Castlegate School', 'Predecessor', '01-09-2014'],
  // An amalgamation makes a different school: stored, but no history continues through it.
  ['109002', '110001', 'Alder Primary School', 'Successor - amalgamated', '01-09-2013'],
  ['110001', '109002', 'Orchard Park Primary School', 'Predecessor - amalgamated', '01-09-2013'],
  // Elsewhere in England: not kept.
  ['120001', '120002', 'Elsewhere Academy', 'Successor', '01-09-2015'],
];

const NUMERIC = /^(URN|StatutoryLowAge|StatutoryHighAge|NumberOfPupils|EstablishmentNumber|LinkURN)$/;
const quoted = (heading: string, value: string) =>
  NUMERIC.test(heading) && value !== '' ? value : `"${value.replace(/"/g, '""')}"`;

/** The extract's text: every column, CRLF line ends. */
export function giasText(lines: readonly GiasLine[] = CITY): string {
  const rows = [
    GIAS_HEADER.map((h) => `"${h}"`).join(','),
    ...lines.map((l) => GIAS_HEADER.map((h) => quoted(h, l[h] ?? '')).join(',')),
  ];
  return rows.join('\r\n') + '\r\n';
}

export function linksText(links: readonly string[][] = CITY_LINKS): string {
  const header = ['URN', 'LinkURN', 'LinkName', 'LinkType', 'LinkEstablishedDate'];
  return [header, ...links]
    .map((r) => r.map((v, i) => quoted(header[i]!, v)).join(','))
    .join('\r\n')
    .concat('\r\n');
}

export const windows1252 = (text: string) => iconv.encode(text, 'windows-1252');

/** Results.zip as GIAS sends it: extract/edubasealldata<date>.csv, and the links file when given. */
export function resultsZip(extract: Uint8Array, links?: Uint8Array): Uint8Array {
  return zipSync({
    'extract/edubasealldata20251201.csv': extract,
    ...(links ? { 'extract/links_edubasealldata20251201.csv': links } : {}),
  });
}
