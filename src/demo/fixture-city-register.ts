// The schools register fixture: every school of fixture-city-schools.ts, open, closed and in other
// LAs, written out as the GIAS establishment extract (edubasealldata.csv) the register import reads.
import iconv from 'iconv-lite';
import { csvLines } from './fixture-csv.js';
import {
  CITY,
  CLOSED,
  ELSEWHERE,
  FENMOOR,
  SCHOOLS,
  TYPES,
  type FixtureSchool,
  type SchoolKind,
} from './fixture-city-schools.js';

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

const REGISTERED = () => [...SCHOOLS, ...CLOSED, ...ELSEWHERE].sort((a, b) => a.urn.localeCompare(b.urn));

/** The year an academy opened (September 2011, 2012 or 2013, by its place in the register); others: none. */
function openedYear(s: FixtureSchool, i: number): number | undefined {
  return s.type.startsWith('Academy') ? 2011 + (i % 3) : undefined;
}

/** Whether the register has the school open by 1 September of `startYear` (an academy's new URN may not be). */
export function openBySeptember(s: FixtureSchool, startYear: number): boolean {
  const opened = openedYear(
    s,
    REGISTERED().findIndex((r) => r.urn === s.urn),
  );
  return opened === undefined || opened <= startYear;
}

function giasRow(s: FixtureSchool, i: number): (string | number)[] {
  const [typeCode, groupCode, groupName] = TYPES[s.type];
  const [low, high] = s.sixthForm ? [11, 18] : AGES[s.kind];
  const area = s.laCode === CITY.laCode ? 'KM' : s.laCode === FENMOOR.code ? 'FM' : 'WV';
  const year = openedYear(s, i);
  const opened = year === undefined ? '' : `01-09-${year}`;
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
  return iconv.encode(csvLines([GIAS_COLUMNS, ...REGISTERED().map(giasRow)]), 'windows-1252');
}
