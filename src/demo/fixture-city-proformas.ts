// A school's prediction return for the fixtures (schemas/README.md §1, §2): the table from its simulated
// pupils, and the three ways it reaches the city: a proforma workbook, or lines of a bulk CSV in
// the long or wide layout.
import measuresJson from '../../schemas/catalogue/measures.json' with { type: 'json' };
import pupilGroupsJson from '../../schemas/catalogue/pupil-groups.json' with { type: 'json' };
import returnsJson from '../../schemas/formats/returns.json' with { type: 'json' };
import type { CellSpec, WorkbookLayout } from '../template/write-workbook.js';
import { countByGroup, Rng, simulatePupils, type GroupRow } from './fixture-city-pupils.js';
import type { FixtureSchool } from './fixture-city-schools.js';

export type KeyStage = 'KS2' | 'KS4';
/** The years the fixtures hold: 2011/12 to 2013/14 are the forecast's record (make-history-fixtures.ts). */
export type AcademicYear = '2011/12' | '2012/13' | '2013/14' | '2014/15' | '2015/16';

/** One school's return for a key stage and year (round Autumn), before it is written out. */
export interface Proforma {
  school: FixtureSchool;
  keyStage: KeyStage;
  year: AcademicYear;
  /** Measure codes, in catalogue order: the table's columns after Cohort. */
  measures: string[];
  /** A row per pupil group with pupils, in catalogue order; values follow `measures`. */
  rows: GroupRow[];
  completedBy: string;
  completed: Date;
}

const frameworkOf = (year: AcademicYear) => (year < '2015/16' ? 'levels' : 'current');

export const measuresFor = (keyStage: KeyStage, year: AcademicYear) =>
  measuresJson.measures
    .filter((m) => m.keyStage === keyStage && m.frameworks.includes(frameworkOf(year)))
    .map((m) => m.code);
export const measureLabel = (code: string) => measuresJson.measures.find((m) => m.code === code)!.label;
export const groupLabel = (code: string) => pupilGroupsJson.pupilGroups.find((g) => g.code === code)!.label;

/** The size of the school's year group: Year 6 or Year 11 of its roll, give or take a tenth. */
function cohortOf(school: FixtureSchool, keyStage: KeyStage, year: AcademicYear): number {
  const r = new Rng(`cohort|${school.urn}|${year}|${keyStage}`);
  const yearGroups = keyStage === 'KS4' ? (school.sixthForm ? 7 : 5) : school.kind === 'junior' ? 4 : 7;
  const size = Math.round((school.pupils / yearGroups) * r.uniform(0.9, 1.1));
  return keyStage === 'KS2' ? Math.min(90, Math.max(15, size)) : size;
}

const COMPLETED_BY = [
  'Headteacher',
  'Deputy headteacher',
  'Assessment lead',
  'Year 6 teacher',
  'School business manager',
  'Data manager',
];

/** The return `school` would send; `uplift` (pupil standard deviations) gives a corrected version better news. */
export function buildProforma(school: FixtureSchool, keyStage: KeyStage, year: AcademicYear, uplift = 0): Proforma {
  const measures = measuresFor(keyStage, year);
  const cohort = cohortOf(school, keyStage, year);
  const pupils = simulatePupils(school.urn, `${year}|${keyStage}`, cohort, keyStage, frameworkOf(year), uplift);
  const r = new Rng(`form|${school.urn}|${year}|${keyStage}`);
  const role = r.pick(COMPLETED_BY.filter((c) => keyStage === 'KS2' || !c.startsWith('Year 6')));
  return {
    school,
    keyStage,
    year,
    measures,
    rows: countByGroup(pupils, measures),
    completedBy: role,
    completed: new Date(Date.UTC(Number(year.slice(0, 4)), 10, r.int(3, 28))),
  };
}

/** A layout whose parts can still be edited, for the messy variants. */
export interface DraftLayout extends WorkbookLayout {
  header: [string, CellSpec][];
  tableHeader: string[];
  rows: CellSpec[][];
}

/** The proforma as the city's template lays it out, every name the catalogue's label. */
export function proformaLayout(p: Proforma): DraftLayout {
  return {
    sheetName: returnsJson.kinds.predictions.sheet,
    header: [
      ['URN', p.school.urn],
      ['School name', p.school.name],
      ['Key stage', p.keyStage],
      ['Academic year', p.year],
      ['Round', 'Autumn'],
      ['Completed by', p.completedBy],
      ['Date completed', p.completed],
    ],
    tableHeader: [returnsJson.tableHeader.label, returnsJson.cohortColumn.label, ...p.measures.map(measureLabel)],
    rows: p.rows.map((r) => [groupLabel(r.group), r.cohort, ...r.values]),
    created: p.completed,
  };
}

const KEYS = (p: Proforma) => [p.school.urn, p.year, p.keyStage, 'Autumn'];

/** Lines of the long layout; `groups` says whether pupil groups are written by code or label. */
export function longLines(p: Proforma, groups: 'code' | 'label'): (string | number)[][] {
  return p.rows.flatMap((r) =>
    p.measures.map((m, k) => [
      ...KEYS(p),
      groups === 'code' ? r.group : groupLabel(r.group),
      r.cohort,
      m,
      r.values[k]!,
    ]),
  );
}

/** Lines of the wide layout (measure columns by code), pupil groups by label. */
export function wideLines(p: Proforma): (string | number)[][] {
  return p.rows.map((r) => [...KEYS(p), groupLabel(r.group), r.cohort, ...r.values]);
}

export const longHeader = () => [...returnsJson.csvLayouts['predictions-long']];
export const wideHeader = (p: Proforma) => [...returnsJson.csvLayouts['predictions-wide'], ...p.measures];

/** A file name a person can read: URN and the school's name, e.g. 110004-beacon-hill-primary-school. */
export const slug = (s: FixtureSchool) =>
  `${s.urn}-${s.name
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')}`;
