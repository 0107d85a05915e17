// The catalogue: pupil groups, key stages, rounds, terms and measures, read from schemas/catalogue.
// Logic asks the catalogue; it never names a group or a measure itself.
import attendanceJson from '../../schemas/catalogue/attendance.json' with { type: 'json' };
import keyStagesJson from '../../schemas/catalogue/key-stages.json' with { type: 'json' };
import measuresJson from '../../schemas/catalogue/measures.json' with { type: 'json' };
import pupilGroupsJson from '../../schemas/catalogue/pupil-groups.json' with { type: 'json' };
import {
  attendanceFile,
  keyStagesFile,
  measuresFile,
  pupilGroupsFile,
  type AttendanceFile,
} from '../../schemas/catalogue.schema.js';
import { yearWithin } from './academic-year.js';
import { attendanceColumnsOf, type AttendanceColumns } from './attendance-columns.js';
import { NameIndex } from './names.js';

export interface PupilGroup {
  code: string;
  label: string;
  aliases: string[];
  /** Reported "if achieved" (report if-achieved), against the national figure of the group named. */
  ifAchieved?: { comparedWith: string };
}
export interface KeyStage {
  code: string;
  label: string;
  aliases: string[];
  phase: 'primary' | 'secondary';
  /** Pupils' age at its end. */ endAge: number;
}
export interface Round {
  code: string;
  label: string;
  aliases: string[];
}
export interface Term {
  code: string;
  label: string;
  aliases: string[];
  order: number;
}
/** Half of a term: `half` 1 or 2 of the term coded `term`. */
export interface HalfTerm {
  code: string;
  label: string;
  aliases: string[];
  term: string;
  half: number;
}
export interface Measure {
  code: string;
  label: string;
  aliases: string[];
  keyStage: string;
  /** threshold: a count of pupils reaching it; mean: a group average, weighted by cohort. */
  kind: 'threshold' | 'mean';
  frameworks: string[];
  /** Measures whose count this one can never exceed (domain.md, implications). */
  notAbove: string[];
  range?: { min: number; max: number };
  /** The measure a key stage's charts lead with, one per key stage and framework. */
  headline: boolean;
}
export interface Framework {
  code: string;
  label: string;
  firstYear?: string;
  lastYear?: string;
}
export interface GroupRelation {
  whole: string;
  parts: string[];
}
export type AttendanceCatalogue = AttendanceFile;

export interface Catalogue {
  pupilGroups: readonly PupilGroup[];
  /** The whole-cohort group every return must have. */
  wholeCohort: string;
  /** Groups that together make up their whole (boys + girls = all pupils). */
  partitions: readonly GroupRelation[];
  /** Groups that lie within a whole without making it up (White British within all). */
  subsets: readonly GroupRelation[];
  disadvantageComparison: { group: string; nationalComparator: string };
  keyStages: readonly KeyStage[];
  rounds: readonly Round[];
  terms: readonly Term[];
  /** Half terms a return may cover instead of a term (key-stages.json `halfTerms`). */
  halfTerms: readonly HalfTerm[];
  frameworks: readonly Framework[];
  measures: readonly Measure[];
  attendance: AttendanceCatalogue;
  /** The attendance columns by role: which holds pupils on roll, possible sessions, absence. */
  attendanceColumns: AttendanceColumns;
  pupilGroupIndex: NameIndex<PupilGroup>;
  keyStageIndex: NameIndex<KeyStage>;
  roundIndex: NameIndex<Round>;
  termIndex: NameIndex<Term>;
  halfTermIndex: NameIndex<HalfTerm>;
  /** The attendance return's columns by code, label and alias. */
  attendanceColumnIndex: NameIndex<Catalogue['attendance']['columns'][number]>;
  pupilGroup(code: string): PupilGroup;
  measure(code: string): Measure;
  /** The framework in force for a year, or undefined when none covers it. */
  frameworkFor(academicYear: string): Framework | undefined;
  /** The measures a return for this key stage and year may hold, in catalogue order. */
  measuresFor(keyStage: string, academicYear: string): readonly Measure[];
  /** Every measure of a key stage in any framework, for recognising a measure from the wrong framework. */
  measureIndexFor(keyStage: string): NameIndex<Measure>;
}

const namesOf = (e: { code: string; label: string; aliases: string[] }) => [e.code, e.label, ...e.aliases];
const labelOf = (e: { label: string }) => e.label;

/** The catalogue's four files, as JSON: schemas/catalogue/ by default, another set in a test. */
export interface CatalogueFiles {
  pupilGroups: unknown;
  keyStages: unknown;
  measures: unknown;
  attendance: unknown;
}

export const CATALOGUE_FILES: CatalogueFiles = {
  pupilGroups: pupilGroupsJson,
  keyStages: keyStagesJson,
  measures: measuresJson,
  attendance: attendanceJson,
};

/** A catalogue checked and indexed from its files; `catalogue()` is the one from schemas/. */
export function buildCatalogue(files: CatalogueFiles = CATALOGUE_FILES): Catalogue {
  const groups = pupilGroupsFile.parse(files.pupilGroups);
  const stages = keyStagesFile.parse(files.keyStages);
  const measures = measuresFile.parse(files.measures);
  const attendance = attendanceFile.parse(files.attendance);

  const groupByCode = new Map(groups.pupilGroups.map((g) => [g.code, g]));
  const measureByCode = new Map(measures.measures.map((m) => [m.code, m]));
  for (const relation of [...groups.partitions, ...groups.subsets]) {
    for (const code of [relation.whole, ...relation.parts]) {
      if (!groupByCode.has(code)) throw new Error(`catalogue: unknown pupil group "${code}" in a partition`);
    }
  }
  for (const m of measures.measures) {
    for (const other of m.notAbove) {
      if (!measureByCode.has(other)) throw new Error(`catalogue: ${m.code} is not above unknown measure "${other}"`);
    }
  }
  const measureIndexes = new Map<string, NameIndex<Measure>>();
  for (const ks of stages.keyStages) {
    const list = measures.measures.filter((m) => m.keyStage === ks.code);
    measureIndexes.set(ks.code, new NameIndex(list, namesOf, labelOf, `${ks.code} measure`));
  }

  const catalogue: Catalogue = {
    pupilGroups: groups.pupilGroups,
    wholeCohort: groups.whole,
    partitions: groups.partitions,
    subsets: groups.subsets,
    disadvantageComparison: groups.disadvantageComparison,
    keyStages: stages.keyStages,
    rounds: stages.rounds,
    terms: stages.terms,
    halfTerms: stages.halfTerms,
    frameworks: measures.frameworks,
    measures: measures.measures,
    attendance,
    attendanceColumns: attendanceColumnsOf(attendance),
    pupilGroupIndex: new NameIndex(groups.pupilGroups, namesOf, labelOf, 'pupil group'),
    keyStageIndex: new NameIndex(stages.keyStages, namesOf, labelOf, 'key stage'),
    roundIndex: new NameIndex(stages.rounds, namesOf, labelOf, 'round'),
    termIndex: new NameIndex(stages.terms, namesOf, labelOf, 'term'),
    halfTermIndex: new NameIndex(stages.halfTerms, namesOf, labelOf, 'half term'),
    attendanceColumnIndex: new NameIndex(
      attendance.columns,
      (c) => [c.code, c.label, ...c.aliases],
      labelOf,
      'attendance column',
    ),
    pupilGroup(code) {
      const g = groupByCode.get(code);
      if (!g) throw new Error(`catalogue: no pupil group "${code}"`);
      return g;
    },
    measure(code) {
      const m = measureByCode.get(code);
      if (!m) throw new Error(`catalogue: no measure "${code}"`);
      return m;
    },
    frameworkFor(academicYear) {
      return measures.frameworks.find((f) => yearWithin(academicYear, f.firstYear, f.lastYear));
    },
    measuresFor(keyStage, academicYear) {
      const framework = catalogue.frameworkFor(academicYear);
      if (!framework) return [];
      return measures.measures.filter((m) => m.keyStage === keyStage && m.frameworks.includes(framework.code));
    },
    measureIndexFor(keyStage) {
      const index = measureIndexes.get(keyStage);
      if (!index) throw new Error(`catalogue: no key stage "${keyStage}"`);
      return index;
    },
  };
  return catalogue;
}

let loaded: Catalogue | undefined;

/** The catalogue, checked and indexed on first use. */
export function catalogue(): Catalogue {
  loaded ??= buildCatalogue();
  return loaded;
}
