// A small schools register and the GIAS extract that carries it (schemas/README.md §5): CSV in
// Windows-1252 as GIAS downloads are, with columns the import ignores.
import iconv from 'iconv-lite';
import type { School } from '../../src/domain/register.js';
import { csvText } from './proforma-csv.js';

export interface GiasSchool {
  urn: string;
  la: string;
  establishmentNumber: string;
  name: string;
  phase?: string;
  type?: string;
  status?: string;
}

/** Three schools of LA 874 (one named with a curly apostrophe) and one of LA 873. */
export const REGISTER: readonly GiasSchool[] = [
  { urn: '110001', la: '874', establishmentNumber: '2001', name: 'Alder Primary School' },
  {
    urn: '110002',
    la: '874',
    establishmentNumber: '2002',
    name: 'St Mary’s Catholic Primary School',
    type: 'Voluntary aided school',
  },
  { urn: '110003', la: '874', establishmentNumber: '2003', name: 'Cedar Primary School', type: 'Academy converter' },
  { urn: '120001', la: '873', establishmentNumber: '2001', name: 'Elsewhere Primary School' },
];

export const LA = '874';

export function giasCsv(schools: readonly GiasSchool[] = REGISTER): Buffer {
  const lines = [
    [
      'URN',
      'LA (code)',
      'LA (name)',
      'EstablishmentNumber',
      'EstablishmentName',
      'TypeOfEstablishment (name)',
      'EstablishmentStatus (name)',
      'PhaseOfEducation (name)',
      'Postcode',
    ],
    ...schools.map((s) => [
      s.urn,
      s.la,
      s.la === LA ? 'City' : 'Elsewhere',
      s.establishmentNumber,
      s.name,
      s.type ?? 'Community school',
      s.status ?? 'Open',
      s.phase ?? 'Primary',
      'AB1 2CD',
    ]),
  ];
  return iconv.encode(csvText(lines), 'windows-1252');
}

/** The register's schools of LA 874 as the validate stage sees them. */
export function registerSchools(schools: readonly GiasSchool[] = REGISTER): School[] {
  return schools
    .filter((s) => s.la === LA)
    .map((s) => ({
      urn: s.urn,
      laestab: s.la + s.establishmentNumber,
      laCode: s.la,
      name: s.name,
      phase: s.phase ?? 'Primary',
      type: s.type ?? 'Community school',
      status: s.status ?? 'Open',
    }));
}
