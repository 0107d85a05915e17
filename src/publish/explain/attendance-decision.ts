// The publication's decision on one attendance figure, cell by cell, with the rule that made it: the
// pupils on roll, and the pupils counted by absence the measure is built on (the cells the disclosure
// model holds, disclosure/suppress-attendance.ts). A cell withheld by a rule names the rule, worked from
// its values as the engine's isPrimary tests them (disclosure/suppress.ts); a cell withheld to protect
// another names that cell, without its value. Only the internal explanation gives these: published,
// that a cell is secondary would tell a reader it is not 1 to the threshold (decision-lines.ts).
import type { AttendanceReport, PeriodFigures } from '../../aggregate/attendance/attendance-report.js';
import type { AttendanceColumns } from '../../domain/attendance-columns.js';
import type { GroupThresholds } from '../../disclosure/group-thresholds.js';
import { areaMembers } from '../../disclosure/suppress-attendance.js';
import { ATTENDANCE_SUPPRESSION_RULES, attendanceText as words } from '../../messages/explain-text.js';

type Returned = Extract<PeriodFigures, { status: 'returned' }>;

/** One withheld cell of the figure: its column, the rule id, the rule in words, the cell it protects. */
export interface AttendanceDecisionLine {
  column: string;
  ruleId: keyof typeof ATTENDANCE_SUPPRESSION_RULES;
  text: string;
  protects?: string;
}

export function attendanceDecisionLines(i: {
  figure: Returned;
  /** The columns the measure is made of. */
  parts: readonly string[];
  columns: AttendanceColumns;
  report: AttendanceReport;
  /** The publication's largest small count, and the figure's pupil group's own thresholds. */
  threshold: number;
  group: GroupThresholds;
}): AttendanceDecisionLine[] {
  const roll = i.columns.pupilsOnRoll.code;
  const absent = i.columns.pupilsAbsent.map((c) => c.code).filter((c) => i.parts.includes(c));
  const limit = i.group.cellThreshold ?? i.threshold;
  const few = (n: number) => n >= 1 && n <= limit;
  const pupils = i.figure.counts[roll] ?? 0;
  const lines: AttendanceDecisionLine[] = [];
  for (const column of [roll, ...absent]) {
    const d = i.figure.withheldCells?.[column];
    if (!d) continue;
    const value = i.figure.counts[column] ?? 0;
    const ruleId =
      d.reason === 'secondary'
        ? 'suppress.secondary'
        : column === roll
          ? 'suppress.attendance-small-group'
          : few(value) || pupils > i.group.smallGroupCohort
            ? 'suppress.attendance-small-count'
            : 'suppress.attendance-small-complement';
    const text = ATTENDANCE_SUPPRESSION_RULES[ruleId](limit, i.group.smallGroupCohort);
    const protects = d.reason === 'secondary' && d.protects ? describeAttendanceCell(d.protects, i.report) : undefined;
    lines.push({ column, ruleId, text, ...(protects ? { protects } : {}) });
  }
  return lines;
}

/**
 * A disclosure cell id (`year|term|column|group|urns=value`) in words, its value left out: a school
 * by name, an area of the report by its level and code, else the schools it sums.
 */
export function describeAttendanceCell(id: string, report: AttendanceReport): string {
  const base = id.slice(0, id.lastIndexOf('='));
  const [year, term, column, group, members] = base.split('|') as [string, string, string, string, string];
  const urns = members.split(',');
  const same = (list: readonly string[]) => [...list].sort().join(',') === members;
  const school = urns.length === 1 ? report.schools.find((s) => s.urn === urns[0]) : undefined;
  const area = report.areas.find((a) => a.pupilGroup === group && same(areaMembers(report, a)));
  const where = school
    ? words['attendance.cell-school'](school.name, school.urn)
    : area
      ? words['attendance.cell-area'](area.level, area.code)
      : words['attendance.cell-schools'](urns);
  return words['attendance.cell'](column, group, where, `${year} ${term}`);
}
