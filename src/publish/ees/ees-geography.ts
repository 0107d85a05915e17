// Where a row's figures are: the city as a Local authority (its codes and name from
// schemas/settings.json, `city`), a school as a School with its URN, LAESTAB, name and LA. The
// country's columns are on every row; a level's own columns are blank on rows of other levels,
// as the standard asks.
import { ENGLAND, type GeographicLevel } from './ees-standard.js';

/** The city's LA: its 3-digit code, its 9-character GSS code and its name. */
export interface EesCity {
  readonly laCode: string;
  readonly gssCode: string;
  readonly name: string;
}

/** A school as the register knows it: 7-digit LAESTAB; its collaborative group in the report's year. */
export interface EesSchool {
  readonly laestab: string;
  readonly collaborativeGroup?: string;
}

/** What an export needs beyond the report: the city's LA, and the register's schools by URN. */
export interface EesPlaces {
  readonly city: EesCity;
  readonly schools: ReadonlyMap<string, EesSchool>;
}

export interface EesPlace {
  readonly level: GeographicLevel;
  /** Column code → value, the country's included. */
  readonly columns: Readonly<Record<string, string>>;
}

const laColumns = (city: EesCity) => ({ new_la_code: city.gssCode, old_la_code: city.laCode, la_name: city.name });

export const laPlace = (city: EesCity): EesPlace => ({
  level: 'Local authority',
  columns: { ...ENGLAND, ...laColumns(city) },
});

/**
 * A school's place. The register holds the city's schools only (`register import --la`), so a
 * school's LA is the city's. A URN the register does not hold (a school since removed) has no
 * LAESTAB to give: the export refuses it rather than write a code it does not have.
 */
export function schoolPlace(places: EesPlaces, urn: string, name: string): EesPlace {
  const school = places.schools.get(urn);
  if (!school) throw new Error(`The register holds no school with URN ${urn}, so the EES export has no LAESTAB`);
  return {
    level: 'School',
    columns: {
      ...ENGLAND,
      ...laColumns(places.city),
      school_urn: urn,
      school_laestab: school.laestab,
      school_name: name,
    },
  };
}
