// The public structure the attacker may use beside the published figures: which pupil groups
// partition which (the catalogue says so in the open), and which collaborative group each school
// is in (the groups file is published to schools). Read from the files, not from src/, so the
// attacker shares nothing with the suppression engine but the published layout.
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';

export interface Partition {
  whole: string;
  parts: string[];
  /** A subset's parts add up to at most the whole; a partition's to exactly the whole. */
  exact: boolean;
}

export interface Structure {
  partitions: Partition[];
  /** The collaborative group of a school in an academic year, for the predictions tables. */
  groupOf(urn: string, academicYear: string): string | undefined;
  /** Counts of 1–4 are small; groups of up to smallGroup pupils have their complements tested. */
  smallCount: number;
  smallGroup: number;
}

interface PupilGroupsFile {
  partitions: { whole: string; parts: string[] }[];
  subsets: { whole: string; parts: string[] }[];
}

/** Partitions and subsets from schemas/catalogue/pupil-groups.json (each subset part on its own). */
export function catalogueGroupings(path = 'schemas/catalogue/pupil-groups.json'): Partition[] {
  const file = JSON.parse(readFileSync(path, 'utf8')) as PupilGroupsFile;
  return [
    ...file.partitions.map((p) => ({ whole: p.whole, parts: p.parts, exact: true })),
    ...file.subsets.flatMap((s) => s.parts.map((part) => ({ whole: s.whole, parts: [part], exact: false }))),
  ];
}

/** Membership from a collaborative-groups csv (`urn,academic_year,collaborative_group,…`). */
export function groupsFromCsv(text: string): Structure['groupOf'] {
  const rows = parse(text, { columns: true, skip_empty_lines: true, bom: true }) as Record<string, string>[];
  const byKey = new Map(rows.map((r) => [`${r['urn']}|${r['academic_year']}`, r['collaborative_group']]));
  return (urn, year) => byKey.get(`${urn}|${year}`) || undefined;
}

export function demoStructure(groupsCsv = 'fixtures/groups/collaborative-groups.csv'): Structure {
  const settings = JSON.parse(readFileSync('schemas/settings.json', 'utf8')) as {
    publication: { smallCountThreshold: number; smallGroupCohort: number };
  };
  return {
    partitions: catalogueGroupings(),
    groupOf: groupsFromCsv(readFileSync(groupsCsv, 'utf8')),
    smallCount: settings.publication.smallCountThreshold,
    smallGroup: settings.publication.smallGroupCohort,
  };
}
