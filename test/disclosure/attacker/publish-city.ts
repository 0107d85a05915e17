// A random city's whole publication, made by the product's own publishing code with no store and
// no command line: the inputs the jobs would load (src/jobs/predictions-report.ts,
// src/jobs/attendance/attendance-report.ts) built from the city's pupils, handed to the pure
// report builders, and written by the csv writers the CLI uses. What comes out is the csv text a
// reader of `report … --published --format csv` would get, and the public structure beside it.
import { readFileSync } from 'node:fs';
import type { SchoolFigure } from '../../../src/aggregate/predictions/aggregate-predictions.js';
import type { AttendanceRecord } from '../../../src/aggregate/attendance/types.js';
import { shippedContext, type Context } from '../../../src/domain/context.js';
import type { School } from '../../../src/domain/register.js';
import { attendanceCsv } from '../../../src/publish/attendance/attendance-writers.js';
import {
  attendanceReportFrom,
  type AttendanceInputs,
} from '../../../src/publish/attendance/build-attendance-report.js';
import type { SuppressionEngine } from '../../../src/disclosure/engine.js';
import { predictionsReportFrom } from '../../../src/publish/predictions/build-predictions-report.js';
import { predictionsCsv } from '../../../src/publish/predictions/predictions-csv.js';
import type { Output } from './attack.js';
import {
  groupName,
  MEASURES,
  groupsReturned,
  pupilsIn,
  ROUNDS,
  TERMS,
  urnOf,
  YEARS,
  type City,
  type CitySchool,
} from './random-city.js';
import { catalogueGroupings, type Structure } from './structure.js';

const context: Context = shippedContext();
const PREDICTIONS_YEAR = '2014/15';
const REGISTER_PHASE = {
  primary: { phase: 'Primary', type: 'Community school' },
  secondary: { phase: 'Secondary', type: 'Academy converter' },
  special: { phase: 'Not applicable', type: 'Community special school' },
} as const;

/** What a reader may know beside the tables: the catalogue's partitions and who is in which group. */
export function cityStructure(city: City): Structure {
  const settings = JSON.parse(readFileSync('schemas/settings.json', 'utf8')) as {
    publication: { smallCountThreshold: number; smallGroupCohort: number };
  };
  const groupOf = (urn: string) => {
    const school = city.schools[Number(urn) - 100001];
    return school?.group === undefined ? undefined : groupName(school.group);
  };
  return {
    partitions: catalogueGroupings(),
    groupOf,
    smallCount: settings.publication.smallCountThreshold,
    smallGroup: settings.publication.smallGroupCohort,
  };
}

const groupOfSchool = (s: CitySchool) => (s.group === undefined ? {} : { collaborativeGroup: groupName(s.group) });

/** Each round's returned figures: every school but the special ones, every group and measure. */
export function predictionFigures(city: City, round: number): SchoolFigure[] {
  return city.schools.flatMap((s, k) =>
    s.phase === 'special'
      ? []
      : groupsReturned(s, city).flatMap((group) => {
          const pupils = pupilsIn(s.pupils, group, city);
          return MEASURES.slice(0, city.measures).map((measure, m) => ({
            urn: urnOf(k),
            schoolName: `School ${urnOf(k)}`,
            ...groupOfSchool(s),
            pupilGroup: group,
            cohort: pupils.length,
            measure,
            value: pupils.filter((p) => p.scores[m]! < s.reach[round]![m]!).length,
          }));
        }),
  );
}

/**
 * Every round of the year's KS2 publication, each as its published csv, levels city, group and
 * school; or, not published, the same tables unsuppressed: the truth the attack is judged by.
 */
/** `engine`: the one deciding the publication, the report's own where none is given. */
export function publishPredictions(city: City, published = true, engine?: SuppressionEngine): Output[] {
  const rounds = ROUNDS.slice(0, city.rounds);
  const figures = rounds.map((_, r) => predictionFigures(city, r));
  const nationals = MEASURES.flatMap((measure) =>
    ['all', 'nondisadv'].map((pupilGroup) => ({ academicYear: PREDICTIONS_YEAR, measure, pupilGroup, value: 70 })),
  );
  return rounds.map((round, r) => {
    const otherRounds = rounds.flatMap((other, o) => (o === r ? [] : [{ round: other, figures: figures[o]! }]));
    const options = {
      academicYear: PREDICTIONS_YEAR,
      keyStage: 'KS2',
      round,
      levels: ['city' as const, 'group' as const, 'school' as const],
      published,
    };
    const report = predictionsReportFrom({ figures: figures[r]!, nationals, otherRounds }, options, context, engine);
    return { name: `predictions-ks2-${round.toLowerCase()}.csv`, text: predictionsCsv(report) };
  });
}

function register(city: City): School[] {
  return city.schools.map((s, k) => ({
    urn: urnOf(k),
    laestab: `874${String(2001 + k)}`,
    laCode: '874',
    name: `School ${urnOf(k)}`,
    ...REGISTER_PHASE[s.phase],
    status: 'Open',
  }));
}

/** Each school's termly returns: per pupil group, pupils on roll and persistent absentees, from its pupils. */
export function attendanceRecords(city: City): AttendanceRecord[] {
  const years = YEARS.slice(YEARS.length - city.years);
  return city.schools.flatMap((s, k) =>
    years.flatMap((academicYear) =>
      TERMS.flatMap((term, t) => {
        const slot = YEARS.indexOf(academicYear) * TERMS.length + t;
        if (t >= city.terms || !s.returned[slot]) return [];
        return groupsReturned(s, city).map((pupilGroup): AttendanceRecord => {
          const pupils = pupilsIn(s.pupils, pupilGroup, city);
          const absent = pupils.filter((p) => p.absence[slot]! < s.absentBelow[slot]!).length;
          const enrolments = pupils.length;
          // 100 sessions a pupil: 20 missed by a persistent absentee, 3 by any other.
          const counts = {
            enrolments,
            possible_sessions: 100 * enrolments,
            authorised_absence: 15 * absent + 2 * (enrolments - absent),
            unauthorised_absence: 5 * absent + (enrolments - absent),
            persistent_absentees: absent,
          };
          return { urn: urnOf(k), academicYear, term, pupilGroup, counts };
        });
      }),
    ),
  );
}

/**
 * Every attendance table of each year published (each term and its year to date, all phases and
 * each phase with a school), a term no school returned left out: its table holds no figure.
 */
export function publishAttendance(city: City, published = true, engine?: SuppressionEngine): Output[] {
  const records = attendanceRecords(city);
  const memberships = new Map(
    city.schools.flatMap((s, k) => (s.group === undefined ? [] : [[urnOf(k), groupName(s.group)] as const])),
  );
  const schools = register(city);
  const inputs: AttendanceInputs = {
    records,
    nationalComparators: YEARS.flatMap((academic_year) =>
      ['all', 'primary', 'secondary', 'special'].map((key_stage) => ({
        academic_year,
        key_stage,
        measure: 'persistent_absence_rate',
        value: 10,
      })),
    ),
    targets: [],
    refused: new Set(),
    memberships,
    membershipsLastYear: memberships,
    schools,
  };
  const phases = ['all' as const, ...new Set(city.schools.map((s) => s.phase))];
  const outputs: Output[] = [];
  for (const academicYear of YEARS.slice(YEARS.length - city.years))
    for (const term of TERMS) {
      if (!records.some((r) => r.academicYear === academicYear && r.term === term)) continue;
      for (const yearToDate of [false, true])
        for (const phase of phases) {
          const options = { academicYear, term, yearToDate, phase, published };
          const report = attendanceReportFrom(inputs, options, context, engine);
          const name = `attendance-${academicYear.replace('/', '-')}-${term}${yearToDate ? '-ytd' : ''}-${phase}.csv`;
          outputs.push({ name, text: attendanceCsv(report, context.catalogue) });
        }
    }
  return outputs;
}
