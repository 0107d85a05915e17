// The fictional city of Kingsmere (LA 874) and its neighbours, as a GIAS establishment extract
// would list them, and the city's collaborative groups. Names are invented; three of them carry
// characters that break naive code: a curly apostrophe (Windows-1252 byte 0x92), "&" and "<".
import iconv from 'iconv-lite';

export const CITY = { laCode: '874', name: 'Kingsmere' } as const;

/** What a school teaches, as the fixtures need it: which proformas it gets. */
export type SchoolKind = 'primary' | 'infant' | 'junior' | 'secondary' | 'special';

export interface FixtureSchool {
  urn: string;
  laCode: string;
  laName: string;
  /** 4 digits: 2xxx primary, 4xxx secondary, 7xxx special. */
  establishmentNumber: string;
  name: string;
  kind: SchoolKind;
  type: keyof typeof TYPES;
  status: 'Open' | 'Closed';
  /** For a closed school: GIAS's reason and date (dd-mm-yyyy, as GIAS writes it). */
  closed?: { reason: string; date: string };
  religiousCharacter?: string;
  /** Pupils on roll (GIAS NumberOfPupils); a year group's size follows from it. */
  pupils: number;
  /** A secondary with a sixth form (ages 11-18), so fewer of its pupils are in Year 11. */
  sixthForm?: boolean;
}

/** GIAS establishment types: [type code, type group code, type group name]. */
const TYPES = {
  'Community school': ['01', '4', 'Local authority maintained schools'],
  'Voluntary aided school': ['02', '4', 'Local authority maintained schools'],
  'Voluntary controlled school': ['03', '4', 'Local authority maintained schools'],
  'Foundation school': ['05', '4', 'Local authority maintained schools'],
  'Community special school': ['07', '5', 'Special schools'],
  'Academy sponsor led': ['28', '10', 'Academies'],
  'Academy converter': ['34', '10', 'Academies'],
} as const;
type TypeName = keyof typeof TYPES;

const CE = 'Church of England';
const RC = 'Roman Catholic';
type Entry = [
  name: string,
  kind: SchoolKind,
  type: TypeName,
  pupils: number,
  religion?: string,
  sixthForm?: 'sixth form',
];

const PRIMARIES: Entry[] = [
  ['Alder Grove Primary School', 'primary', 'Community school', 420],
  ['Ashby & Fenwick <Federation> Primary', 'primary', 'Community school', 315],
  ['St Mary’s CofE Primary School', 'primary', 'Voluntary aided school', 210, CE],
  ['Beacon Hill Primary School', 'primary', 'Community school', 460],
  ['Brookfield Primary School', 'primary', 'Community school', 208],
  ['Castlegate Primary Academy', 'primary', 'Academy converter', 412],
  ['Cherry Orchard Primary School', 'primary', 'Foundation school', 236],
  ['Copperfield Infant School', 'infant', 'Community school', 270],
  ['Copperfield Junior School', 'junior', 'Community school', 352],
  ['Dovecote Lane Primary School', 'primary', 'Community school', 630],
  ['Eastfield Primary School', 'primary', 'Community school', 404],
  ['Elmstead Primary Academy', 'primary', 'Academy sponsor led', 318],
  ['Fenbridge Primary School', 'primary', 'Community school', 150],
  ['Gladstone Street Primary School', 'primary', 'Community school', 602],
  ['Hawthorn Primary School', 'primary', 'Community school', 205],
  ['Heron Way Primary School', 'primary', 'Community school', 428],
  ['Holy Trinity CofE Primary School', 'primary', 'Voluntary controlled school', 196, CE],
  ['Kingfisher Primary School', 'primary', 'Community school', 391],
  ['Larkrise Infant School', 'infant', 'Community school', 178],
  ['Larkrise Junior School', 'junior', 'Foundation school', 244],
  ['Lime Tree Primary School', 'primary', 'Community school', 118],
  ['Meadowbank Primary School', 'primary', 'Community school', 415],
  ['Mill Road Primary School', 'primary', 'Community school', 214],
  ['Newlands Primary School', 'primary', 'Community school', 306],
  ['Oakwood Primary School', 'primary', 'Community school', 630],
  ['Old Quay Primary School', 'primary', 'Community school', 199],
  ['Orchard Park Primary Academy', 'primary', 'Academy converter', 420],
  ['Our Lady of Walsingham Catholic Primary School', 'primary', 'Voluntary aided school', 212, RC],
  ['Parkside Primary School', 'primary', 'Community school', 322],
  ['Riverside Primary School', 'primary', 'Community school', 540],
  ['Rowan Primary School', 'primary', 'Foundation school', 107],
  ['St John Fisher Catholic Primary School', 'primary', 'Voluntary aided school', 231, RC],
  ['Sandpiper Primary School', 'primary', 'Community school', 418],
  ['Thornbury Primary School', 'primary', 'Community school', 292],
  ['Victoria Road Primary School', 'primary', 'Community school', 441],
  ['Willow Brook Primary School', 'primary', 'Community school', 210],
];

const SECONDARIES: Entry[] = [
  ['Bishop Alder CofE Academy', 'secondary', 'Academy converter', 1180, CE],
  ['Castlegate Academy', 'secondary', 'Academy sponsor led', 960],
  ['Fenbridge Academy', 'secondary', 'Academy sponsor led', 780],
  ['Heron Park School', 'secondary', 'Foundation school', 1045],
  ['Kingsmere High School', 'secondary', 'Community school', 1420, undefined, 'sixth form'],
  ['Millfield School', 'secondary', 'Community school', 880],
  ['Northgate Academy', 'secondary', 'Academy converter', 1210],
  ["St Hilda's Catholic High School", 'secondary', 'Voluntary aided school', 1005, RC, 'sixth form'],
  ['Thornbury Academy', 'secondary', 'Academy converter', 1340],
  ['Westwood Community College', 'secondary', 'Community school', 1150],
];

const SPECIAL: Entry[] = [
  ['Harbour View School', 'special', 'Community special school', 142],
  ['Larchwood School', 'special', 'Community special school', 96],
];

const school = (
  urn: number,
  la: { code: string; name: string },
  establishmentNumber: number,
  [name, kind, type, pupils, religion, sixthForm]: Entry,
): FixtureSchool => ({
  urn: String(urn),
  laCode: la.code,
  laName: la.name,
  establishmentNumber: String(establishmentNumber),
  name,
  kind,
  type,
  status: 'Open',
  pupils,
  ...(religion ? { religiousCharacter: religion } : {}),
  ...(sixthForm ? { sixthForm: true } : {}),
});
const city = { code: CITY.laCode, name: CITY.name };

/** The city's 48 open schools: URN 110001-110036 primary, 110037-110046 secondary, 110047-110048 special. */
export const SCHOOLS: readonly FixtureSchool[] = [
  ...PRIMARIES.map((e, i) => school(110001 + i, city, 2001 + i, e)),
  ...SECONDARIES.map((e, i) => school(110037 + i, city, 4001 + i, e)),
  ...SPECIAL.map((e, i) => school(110047 + i, city, 7001 + i, e)),
];

/** Closed city schools: in the register, never sent a proforma. */
const CLOSED: readonly FixtureSchool[] = [
  {
    ...school(109871, city, 2040, ['Orchard Park Primary School', 'primary', 'Community school', 0]),
    status: 'Closed',
    closed: { reason: 'Academy Converter', date: '31-08-2013' },
  },
  {
    ...school(109872, city, 4020, ['Kingsmere Technology College', 'secondary', 'Community school', 0]),
    status: 'Closed',
    closed: { reason: 'Result of Amalgamation/Merger', date: '31-08-2012' },
  },
];

const FENMOOR = { code: '873', name: 'Fenmoor' };
const WESTBURY = { code: '875', name: 'Westbury Vale' };
/** Other LAs' schools, which a register import for 874 leaves out; some share the city's establishment numbers. */
export const ELSEWHERE: readonly FixtureSchool[] = [
  school(108001, FENMOOR, 2001, ['Fenmoor Primary School', 'primary', 'Community school', 210]),
  school(108002, FENMOOR, 2002, [
    'Marsh End, Holme and Fenby CofE Primary School',
    'primary',
    'Voluntary controlled school',
    96,
    CE,
  ]),
  school(108003, FENMOOR, 2003, ['St Mary’s Catholic Primary School', 'primary', 'Voluntary aided school', 205, RC]),
  school(108004, FENMOOR, 2004, ['Wisbeach Road Primary School', 'primary', 'Community school', 388]),
  school(108005, FENMOOR, 4001, ['Fenmoor Academy', 'secondary', 'Academy converter', 1320]),
  school(108006, FENMOOR, 7001, ['Fen Edge School', 'special', 'Community special school', 110]),
  school(112001, WESTBURY, 2001, ['Alder Grove Primary School', 'primary', 'Community school', 240]),
  school(112002, WESTBURY, 2002, ['Westbury Vale Primary Academy', 'primary', 'Academy converter', 402]),
  school(112003, WESTBURY, 4001, ['Westbury Vale School', 'secondary', 'Community school', 990]),
  school(112004, WESTBURY, 4002, ['Bishop Creswell Academy', 'secondary', 'Academy sponsor led', 1105, CE]),
];

/** The schools that teach key stage 2 (all but infant and special schools) and key stage 4. */
export const hasKeyStage = (s: FixtureSchool, keyStage: 'KS2' | 'KS4') =>
  keyStage === 'KS2' ? s.kind === 'primary' || s.kind === 'junior' : s.kind === 'secondary';

const AGES: Record<SchoolKind, [number, number]> = {
  primary: [4, 11],
  infant: [4, 7],
  junior: [7, 11],
  secondary: [11, 16],
  special: [2, 19],
};
const PHASE: Record<SchoolKind, [string, string]> = {
  primary: ['2', 'Primary'],
  infant: ['2', 'Primary'],
  junior: ['2', 'Primary'],
  secondary: ['4', 'Secondary'],
  special: ['0', 'Not applicable'],
};

/** CSV text; only a field that needs it is quoted, as in GIAS's own files. */
export function csvLines(rows: readonly (readonly (string | number)[])[], eol = '\r\n', sep = ','): string {
  const field = (v: string) => (v.includes(sep) || /["\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
  return rows.map((r) => r.map((v) => field(String(v))).join(sep)).join(eol) + eol;
}

const GIAS_COLUMNS = [
  'URN',
  'LA (code)',
  'LA (name)',
  'EstablishmentNumber',
  'EstablishmentName',
  'TypeOfEstablishment (code)',
  'TypeOfEstablishment (name)',
  'EstablishmentTypeGroup (code)',
  'EstablishmentTypeGroup (name)',
  'EstablishmentStatus (code)',
  'EstablishmentStatus (name)',
  'ReasonEstablishmentClosed (name)',
  'OpenDate',
  'CloseDate',
  'PhaseOfEducation (code)',
  'PhaseOfEducation (name)',
  'StatutoryLowAge',
  'StatutoryHighAge',
  'Gender (name)',
  'ReligiousCharacter (name)',
  'NumberOfPupils',
  'Street',
  'Town',
  'Postcode',
  'GOR (name)',
];
const STREETS = [
  'Church Lane',
  'Station Road',
  'Mill Road',
  'High Street',
  'Park Avenue',
  'London Road',
  'Queen Street',
  'Fen Lane',
  'Orchard Way',
];

function giasRow(s: FixtureSchool, i: number): (string | number)[] {
  const [typeCode, groupCode, groupName] = TYPES[s.type];
  const [low, high] = s.sixthForm ? [11, 18] : AGES[s.kind];
  const area = s.laCode === CITY.laCode ? 'KM' : s.laCode === FENMOOR.code ? 'FM' : 'WV';
  const opened = s.type.startsWith('Academy') ? `01-09-${2011 + (i % 3)}` : '';
  return [
    s.urn,
    s.laCode,
    s.laName,
    s.establishmentNumber,
    s.name,
    typeCode,
    s.type,
    groupCode,
    groupName,
    s.status === 'Open' ? '1' : '2',
    s.status,
    s.closed?.reason ?? 'Not applicable',
    opened,
    s.closed?.date ?? '',
    ...PHASE[s.kind],
    low,
    high,
    'Mixed',
    s.religiousCharacter ?? (s.type.startsWith('Academy') ? 'None' : 'Does not apply'),
    s.status === 'Open' ? s.pupils : '',
    `${1 + ((i * 7) % 90)} ${STREETS[i % STREETS.length]}`,
    s.laName,
    `${area}${1 + (i % 6)} ${1 + (i % 9)}${'ABDEFGHJLNPQRSTUWXYZ'[i % 20]}${'ABDEFGHJLNPQRSTUWXYZ'[(i * 3) % 20]}`,
    'East of England',
  ];
}

/** edubasealldata.csv as GIAS downloads it: Windows-1252, CRLF, every LA mixed in. */
export function registerCsv(): Buffer {
  const all = [...SCHOOLS, ...CLOSED, ...ELSEWHERE].sort((a, b) => a.urn.localeCompare(b.urn));
  return iconv.encode(csvLines([GIAS_COLUMNS, ...all.map(giasRow)]), 'windows-1252');
}

/** Collaborative groups and triads for 2014/15 and 2015/16; two schools move group in 2015/16. */
export function groupsCsv(): string {
  const primaryGroups = ['North Kingsmere', 'Castlegate', 'Riverside', 'Fen Edge', 'Heron Way', 'Westwood'];
  const rows: string[][] = [['urn', 'academic_year', 'collaborative_group', 'triad']];
  for (const year of ['2014/15', '2015/16']) {
    SCHOOLS.forEach((s, i) => {
      let group: string;
      let triad = '';
      if (s.kind === 'secondary' || s.kind === 'special') {
        const north = s.kind === 'special' ? i % 2 === 0 : i % 2 === 1;
        group = north ? 'Kingsmere North Secondary Partnership' : 'Kingsmere South Secondary Partnership';
      } else {
        let g = Math.floor(i / 6);
        // Mill Road and Parkside change group in 2015/16 (to Riverside and Fen Edge).
        if (year === '2015/16' && s.urn === '110023') g = 2;
        if (year === '2015/16' && s.urn === '110029') g = 3;
        group = primaryGroups[g]!;
        const place = i % 6;
        triad = place < 3 ? `${group} A` : `${group} B`;
        if (s.urn === '110023' || s.urn === '110029') triad = year === '2015/16' ? '' : triad;
      }
      rows.push([s.urn, year, group, triad]);
    });
  }
  return csvLines(rows, '\n');
}
