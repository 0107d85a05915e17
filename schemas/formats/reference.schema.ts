// Rows of the reference files (schemas/README.md §5), checked with zod after the CSV is read. Names are
// resolved against the catalogue by the importers; here only the shape of each value.
import { z } from 'zod';
import establishmentTypesJson from './establishment-types.json' with { type: 'json' };

const text = z.string().trim();
const required = text.min(1, 'is blank');

// GIAS writes dates as 31-08-2013; kept as 2013-08-31.
const giasDate = text
  .regex(/^\d{2}[-/]\d{2}[-/]\d{4}$/, 'is not a date such as 31-08-2013')
  .transform((d) => `${d.slice(6, 10)}-${d.slice(3, 5)}-${d.slice(0, 2)}`);
// The links file's dates may carry a time of day, which is dropped.
const giasDateTime = text
  .regex(/^\d{2}[-/]\d{2}[-/]\d{4}( \d{2}:\d{2}(:\d{2})?)?$/, 'is not a date such as 01-09-2013')
  .transform((d) => `${d.slice(6, 10)}-${d.slice(3, 5)}-${d.slice(0, 2)}`);

/** The GIAS establishment types the city collects from (establishment-types.json); others are skipped. */
export const establishmentTypesFile = z.object({
  kept: z.array(z.object({ code: z.string().optional(), name: z.string().min(1), group: z.string().optional() })),
});
export const establishmentTypes = establishmentTypesFile.parse(establishmentTypesJson);

/** A GIAS establishment extract's columns that the register keeps; others are ignored. */
export const gias = {
  columns: {
    urn: 'URN',
    laCode: 'LA (code)',
    establishmentNumber: 'EstablishmentNumber',
    name: 'EstablishmentName',
    phase: 'PhaseOfEducation (name)',
    type: 'TypeOfEstablishment (name)',
    status: 'EstablishmentStatus (name)',
    lowAge: 'StatutoryLowAge',
    highAge: 'StatutoryHighAge',
    openDate: 'OpenDate',
    closeDate: 'CloseDate',
  },
  optional: ['lowAge', 'highAge', 'openDate', 'closeDate'],
  row: z.object({
    urn: text.regex(/^\d{6}$/, 'is not a 6-digit URN'),
    laCode: text.regex(/^\d{3}$/, 'is not a 3-digit LA code'),
    establishmentNumber: text.regex(/^\d{4}$/, 'is not a 4-digit establishment number'),
    name: required,
    phase: text,
    type: text,
    status: text,
    lowAge: text
      .regex(/^\d{1,2}$/, 'is not an age')
      .transform(Number)
      .optional(),
    highAge: text
      .regex(/^\d{1,2}$/, 'is not an age')
      .transform(Number)
      .optional(),
    openDate: giasDate.optional(),
    closeDate: giasDate.optional(),
  }),
} as const;

/**
 * GIAS's links file (links_edubasealldata<date>.csv): one line per link seen from `URN`, so a
 * converter appears twice (its predecessor's "Successor" line and its own "Predecessor" line).
 */
export const giasLinks = {
  columns: {
    urn: 'URN',
    linkUrn: 'LinkURN',
    linkName: 'LinkName',
    linkType: 'LinkType',
    established: 'LinkEstablishedDate',
  },
  optional: ['linkName', 'established'],
  row: z.object({
    urn: text.regex(/^\d{5,6}$/, 'is not a URN'),
    linkUrn: text.regex(/^\d{5,6}$/, 'is not a URN'),
    linkName: text.optional(),
    linkType: required,
    established: giasDateTime.optional(),
  }),
} as const;

export const groupsFile = {
  columns: { urn: 'urn', academicYear: 'academic_year', collaborativeGroup: 'collaborative_group', triad: 'triad' },
  optional: ['triad'],
  row: z.object({
    urn: text.regex(/^\d{6}$/, 'is not a 6-digit URN'),
    academicYear: required,
    collaborativeGroup: required,
    triad: text.optional(),
  }),
} as const;

export const GEOGRAPHIC_LEVELS = ['National', 'Regional', 'Statistical neighbours', 'Local authority'] as const;

export const comparatorsFile = {
  columns: {
    timePeriod: 'time_period',
    geographicLevel: 'geographic_level',
    areaName: 'area_name',
    keyStage: 'key_stage',
    measure: 'measure',
    pupilGroup: 'pupil_group',
    value: 'value',
  },
  optional: [],
  row: z.object({
    timePeriod: required,
    geographicLevel: required,
    areaName: required,
    keyStage: required,
    measure: required,
    pupilGroup: required,
    value: text.regex(/^-?\d+(\.\d+)?$/, 'is not a number').transform(Number),
  }),
} as const;

export const targetsFile = {
  columns: {
    academicYear: 'academic_year',
    scope: 'scope',
    measure: 'measure',
    pupilGroup: 'pupil_group',
    value: 'value',
  },
  optional: [],
  row: z.object({
    academicYear: required,
    scope: text.regex(/^(city|\d{6})$/i, 'is not "city" or a 6-digit URN'),
    measure: required,
    pupilGroup: required,
    value: text.regex(/^-?\d+(\.\d+)?$/, 'is not a number').transform(Number),
  }),
} as const;

/**
 * Ofsted's management information on state-funded schools' inspections, as downloaded (its CSV of
 * latest inspections, or of the inspections in a period): recognised by `URN` and `Overall effectiveness`
 * with `Inspection start date` or `Publication date`; its other columns are ignored. Overall effectiveness is
 * 1 to 4 or its words; a blank, NULL or "Not judged" line has no judgement and is skipped (counted).
 */
export const ofstedFile = {
  columns: {
    urn: 'URN',
    judgement: 'Overall effectiveness',
    started: 'Inspection start date',
    published: 'Publication date',
  },
  optional: ['judgement', 'started', 'published'],
  row: z.object({
    urn: text.regex(/^\d{6}$/, 'is not a 6-digit URN'),
    judgement: text.optional(),
    started: text.optional(),
    published: text.optional(),
  }),
} as const;
