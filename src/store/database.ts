// Table types that mirror the store's schema (made by the migrations beside this file).
import type { Generated } from 'kysely';

export interface SchoolsTable {
  urn: string;
  laestab: string;
  la_code: string;
  name: string;
  phase: string;
  type: string;
  status: string;
  /** GIAS statutory age range; null where the register had none. */
  low_age: number | null;
  high_age: number | null;
  /** GIAS OpenDate as yyyy-mm-dd; null where GIAS gives none (most schools open for decades). */
  open_date: string | null;
  /** GIAS CloseDate as yyyy-mm-dd; null for a school open, or closed with no date given. */
  close_date: string | null;
}

/** A line of GIAS's links file, as given: `link_urn` is `urn`'s predecessor, successor, ... */
export interface SchoolLinksTable {
  urn: string;
  link_urn: string;
  /** GIAS LinkType: Predecessor, Successor, Predecessor - amalgamated, Other, ... */
  link_type: string;
  link_name: string | null;
  /** GIAS LinkEstablishedDate as yyyy-mm-dd. */
  established: string | null;
}

export interface GroupMembershipsTable {
  urn: string;
  academic_year: string;
  collaborative_group: string;
  triad: string | null;
}

export interface ComparatorsTable {
  academic_year: string;
  geographic_level: string;
  area_name: string;
  /** The area's code as its file gives it (LAIT's LA number, 970 for England; EES's E92000001); '' if none. */
  area_code: string;
  /** A key stage, or for attendance a phase (primary, secondary, special, all). */
  key_stage: string;
  /** A catalogue measure, attendance rate or attendance column (a count). */
  measure: string;
  pupil_group: string;
  /** Half terms an attendance figure covers (6 the whole year, 5 to the spring bank holiday); 0 for attainment. */
  half_terms: number;
  /** Percent of possible sessions that makes a persistent absentee, for persistent-absence figures; else 0. */
  pa_threshold: number;
  /** 'percent' (a rate), 'mean', or a count's unit from the catalogue ('sessions', 'pupils'). */
  unit: string;
  /** 1 where the file marks the year provisional (LAIT "2025 (prov)"); else 0. */
  provisional: number;
  /** The kind of file it came from: 'comparators csv', 'ees', 'lait'. */
  source: string;
  /** In `unit`: a percentage, a mean, or a count. */
  value: number;
}

/** A statistical-neighbour list: one row per neighbour of an LA, nearest first. */
export interface NeighboursTable {
  /** The LA's 3-digit code (LAIT's LA number). */
  la_code: string;
  la_name: string;
  /** 1 for SN1 … 10 for SN10. */
  position: number;
  neighbour_code: string;
  /** As published: Extremely close, Very close, Close, Somewhat close, Not close. */
  closeness: string;
}

/** Each file imported, once, byte for byte: the original return is never lost. */
export interface SourceFilesTable {
  sha256: string;
  file_name: string;
  size: number;
  bytes: Uint8Array;
  /** The database role that stored it first (PostgreSQL, by default); null on SQLite. */
  imported_by: string | null;
}

/**
 * Each return (part) a file holds, recorded with the first of them stored (issue 11), and the
 * accepted return that stored it: the file is imported once every part has one.
 */
export interface FilePartsTable {
  sha256: string;
  /** As ReturnsTable.part: '' for a workbook. */
  part: string;
  /** 0-based place of the part in its file. */
  position: number;
  /** Set once, when the part is accepted; null while it is not (refused, or not yet stored). */
  return_id: number | null;
}

/**
 * One row per return found in an imported file, accepted or refused. At most one accepted return
 * is current (superseded_by null) for a kind, school, year, key stage and period (a unique index).
 */
export interface ReturnsTable {
  id: Generated<number>;
  sha256: string;
  /** Which return of a many-school CSV this is; '' for a workbook. */
  part: string;
  original_path: string;
  file_name: string;
  kind: string;
  urn: string | null;
  key_stage: string | null;
  academic_year: string | null;
  /** Round (Autumn, Spring, Summer, Actual) for predictions; term for attendance. */
  period: string | null;
  imported_at: string;
  status: 'accepted' | 'refused';
  superseded_by: number | null;
  errors: number;
  queries: number;
  warnings: number;
  /** The database role that stored it (PostgreSQL, by default); null on SQLite. */
  imported_by: string | null;
}

export interface ReturnGroupsTable {
  return_id: number;
  pupil_group: string;
  /** Pupils in the group; null where the return's groups carry no cohort (attendance). */
  cohort: number | null;
  /** Where the cohort was found, as return_values.place; null for attendance and for rows stored before 2026-12. */
  cohort_place: string | null;
}

export interface ReturnValuesTable {
  return_id: number;
  pupil_group: string;
  measure: string;
  value: number;
  /** The cell as the school wrote it ("79%"). */
  returned: string;
  /** Where it was: "Predictions!C7" or "line 12". */
  place: string;
}

export interface MessagesTable {
  id: Generated<number>;
  return_id: number;
  severity: string;
  rule_id: string;
  file: string;
  sheet: string | null;
  cell: string | null;
  line: number | null;
  text: string;
  /** The pupil group and measure the message is about, where it is about one figure. */
  pupil_group: string | null;
  measure: string | null;
}

/** An adviser's answer to a query: accepted as returned, or amended (see amendments). */
export interface ResolutionsTable {
  message_id: number;
  outcome: 'accepted' | 'amended';
  reason: string;
  resolved_by: string;
  resolved_at: string;
}

/** A figure changed after challenge, beside the return: who, when, old, new and why. */
export interface AmendmentsTable {
  id: Generated<number>;
  return_id: number;
  pupil_group: string;
  measure: string;
  old_value: number | null;
  new_value: number;
  reason: string;
  amended_by: string;
  amended_at: string;
  message_id: number | null;
}

export interface TargetsTable {
  academic_year: string;
  /** 'city' or a school's URN. */
  scope: string;
  measure: string;
  pupil_group: string;
  /** Percent for a rate. */
  value: number;
}

/** A council's database role (issue 15): it sees and writes only the schools of its LA. */
export interface CouncilRolesTable {
  role_name: string;
  /** The LA's 3-digit code. */
  la_code: string;
}

/** A school's figure from the DfE performance tables (the round Validated), as published. */
export interface ValidatedOutcomesTable {
  academic_year: string;
  urn: string;
  la_code: string;
  /** The 4-digit establishment number the table gives beside the LA code. */
  estab: string;
  /** A catalogue key stage, or `attendance` for the absence download. */
  key_stage: string;
  measure: string;
  /** For a persistent-absence rate, the threshold it counts at (10 or 15); else 0. */
  pa_threshold: number;
  /** 'percent' or 'mean'. */
  unit: string;
  /** The figure; null where a symbol was published in its place. */
  value: number | null;
  /** The symbol published in place of the figure (SUPP, NE, ...); null where a figure was. */
  symbol: string | null;
  /** The column of the download it came from (PERCTOT). */
  source_column: string;
  file_name: string;
}

/** An Ofsted inspection of a school (issue 16): its overall effectiveness and when it started. */
export interface OfstedInspectionsTable {
  urn: string;
  /** yyyy-mm-dd: the inspection's start date, or its publication date where the file has no start. */
  inspection_date: string;
  /** Outstanding, Good, Requires improvement or Inadequate. */
  judgement: string;
}

export interface Database {
  validated_outcomes: ValidatedOutcomesTable;
  ofsted_inspections: OfstedInspectionsTable;
  council_roles: CouncilRolesTable;
  resolutions: ResolutionsTable;
  amendments: AmendmentsTable;
  targets: TargetsTable;
  schools: SchoolsTable;
  school_links: SchoolLinksTable;
  group_memberships: GroupMembershipsTable;
  comparators: ComparatorsTable;
  neighbours: NeighboursTable;
  source_files: SourceFilesTable;
  file_parts: FilePartsTable;
  returns: ReturnsTable;
  return_groups: ReturnGroupsTable;
  return_values: ReturnValuesTable;
  messages: MessagesTable;
}
