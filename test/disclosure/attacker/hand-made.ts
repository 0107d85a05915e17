// Small hand-made publications for the attacker's tests, in the published csv layouts, so each
// test reads like the table a person would look at and work out by hand.
import { attack, readPublication } from './attack.js';
import type { Finding } from './findings.js';
import type { Partition, Structure } from './structure.js';

const PREDICTIONS_HEADER =
  'level,area_code,area_name,academic_year,key_stage,round,pupil_group,measure,cohort,count,rate,' +
  'national_rate,national_year,gap_to_national,national_other_rate,gap_to_national_other';

/** [level, area, pupil group, cohort, count, rate, national, gap], all of measure ks2_rwm_l4. */
export type PredictionRow = [string, string, string, string, string, string?, string?, string?];

export function predictionsCsv(rows: PredictionRow[], round = 'Autumn'): string {
  const lines = rows.map(([level, area, group, cohort, count, rate = '', national = 'x', gap = 'x']) =>
    [
      level,
      area,
      area,
      '2014/15',
      'KS2',
      round,
      group,
      'ks2_rwm_l4',
      cohort,
      count,
      rate,
      national,
      '2014/15',
      gap,
      '',
      '',
    ].join(','),
  );
  return [PREDICTIONS_HEADER, ...lines].join('\n') + '\n';
}

const ATTENDANCE_HEADER =
  'level,area_code,area_name,phase,academic_year,term,period,pupil_group,status,enrolments,possible_sessions,' +
  'persistent_absentees,persistent_absence_rate,national_persistent_absence_rate,gap_persistent_absence,' +
  'change_persistent_absence,collaborative_group';

/** [level, area, phase, pupil group, enrolments, persistent absentees, rate, change, collaborative group]. */
export type AttendanceRow = [string, string, string, string, string, string, string?, string?, string?];

export function attendanceCsv(rows: AttendanceRow[], year = '2014/15', term = 'Summer', ytd = false): string {
  const period = ytd ? `year to date (${term})` : term;
  const lines = rows.map(([level, area, phase, group, enrolments, absentees, rate = '', change = '', cg = '']) =>
    [
      level,
      area,
      area,
      phase,
      year,
      term,
      period,
      group,
      'returned',
      enrolments,
      '',
      absentees,
      rate,
      '',
      '',
      change,
      cg,
    ].join(','),
  );
  return [ATTENDANCE_HEADER, ...lines].join('\n') + '\n';
}

export const boysGirls: Partition = { whole: 'all', parts: ['boys', 'girls'], exact: true };
export const senOfAll: Partition = { whole: 'all', parts: ['sen'], exact: false };

export function structureOf(partitions: Partition[], groups: Record<string, string> = {}): Structure {
  return { partitions, groupOf: (urn) => groups[urn], smallCount: 4, smallGroup: 10 };
}

/** Attacks the outputs; returns each finding by cell id, and the ranges. */
export async function attackTexts(outputs: Record<string, string>, structure: Structure) {
  const pub = readPublication(
    Object.entries(outputs).map(([name, text]) => ({ name, text })),
    structure,
  );
  const result = await attack(pub, structure);
  const byId = new Map<string, Finding>(result.findings.map((f) => [f.id, f]));
  return { pub, result, byId };
}

/** The id of a KS2 2014/15 Autumn ks2_rwm_l4 count or school cohort, as the attacker names it. */
export const countOf = (level: string, area: string, group: string) =>
  `KS2 2014/15 Autumn|${level} ${area}|${group}|ks2_rwm_l4|count`;
export const schoolCohortOf = (urn: string, group: string) => `KS2 2014/15 Autumn|school ${urn}|${group}|cohort`;
