// The fictional city of Kingsmere (LA 874) and its neighbours: the schools as the fixtures know
// them, open, closed and over the border. Names are invented; three of them carry characters that
// break naive code: a curly apostrophe (Windows-1252 byte 0x92), "&" and "<".

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
export const TYPES = {
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
export const CLOSED: readonly FixtureSchool[] = [
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

export const FENMOOR = { code: '873', name: 'Fenmoor' };
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
