// Small numbers in a published attendance report (domain.md, Publication): pupils counted by their
// absence (persistent absentees, and any such column of the catalogue) of 1 to the threshold (or all
// but that many) are withheld with the rates built on them, and
// a group of 1 to the threshold pupils is withheld whole; then whatever would let one be worked
// out from an area's total (city, phase, group = Σ schools) or a partition (all = boys + girls).
import type { AttendanceColumns } from '../domain/attendance-columns.js';
import type { Context } from '../domain/context.js';
import { auditedSuppression, type SuppressionEngine } from './engine.js';
import { TableModel } from './table-model.js';
import type { AttendanceReport, PeriodFigures } from '../aggregate/attendance/attendance-report.js';
import { rankSchoolsInReport } from '../aggregate/attendance/rank-schools.js';

const id = (quantity: string, level: string, code: string, group: string) => `${quantity}|${level}|${code}|${group}`;

/** A group's figures with its rates withheld: all of them, or those built on pupils counted by absence. */
function withhold(f: PeriodFigures, what: 'persistent' | 'all', columns: AttendanceColumns): PeriodFigures {
  if (f.status !== 'returned') return f;
  const absent = new Set(columns.pupilsAbsent.map((c) => c.code));
  const hidden = columns.rates.filter((r) => what === 'all' || r.of.some((c) => absent.has(c))).map((r) => r.code);
  const rates = { ...f.rates, ...Object.fromEntries(hidden.map((code) => [code, undefined])) };
  return { ...f, rates, withheld: what === 'all' || f.withheld === 'all' ? 'all' : 'persistent' };
}

export function withholdSmallNumbers(
  report: AttendanceReport,
  threshold: number,
  { catalogue, settings }: Pick<Context, 'catalogue' | 'settings'>,
  engine: SuppressionEngine = auditedSuppression,
): AttendanceReport {
  const columns = catalogue.attendanceColumns;
  const model = new TableModel();
  // Each count's quantity is its column: pupils on roll, and each column of pupils counted by absence.
  const roll = columns.pupilsOnRoll.code;
  const absent = columns.pupilsAbsent.map((c) => c.code);
  const areas = [
    ...report.schools.map((s) => ({ level: 'school', code: s.urn, byGroup: s.byGroup, members: [] as string[] })),
    ...report.areas.map((a) => ({
      level: a.level,
      code: a.code,
      byGroup: new Map([[a.pupilGroup, a.figures]]),
      members: report.schools
        .filter(
          (s) => a.level === 'city' || (a.level === 'phase' ? s.phase === a.code : s.collaborativeGroup === a.code),
        )
        .map((s) => s.urn),
    })),
  ];
  for (const a of areas) {
    for (const [group, f] of a.byGroup) {
      if (f.status !== 'returned') continue;
      const pupils = f.counts[roll] ?? 0;
      // Pupils counted by absence are at most those on roll: a total of 100% would pin them otherwise.
      for (const code of absent) {
        const count = f.counts[code];
        if (count === undefined) continue;
        model.addCell({
          id: id(code, a.level, a.code, group),
          quantity: code,
          value: count,
          atMost: id(roll, a.level, a.code, group),
          ...(pupils <= settings.publication.smallGroupCohort ? { cohort: pupils } : {}),
        });
      }
      model.addCell({ id: id(roll, a.level, a.code, group), quantity: roll, value: pupils });
    }
  }
  const partitions = catalogue.partitions;
  for (const q of [...absent, roll]) {
    for (const a of areas) {
      // Within an area, a partition of pupils (all = boys + girls), where the school's figures add up.
      for (const p of partitions)
        model.addSum(
          q,
          id(q, a.level, a.code, p.whole),
          p.parts.map((g) => id(q, a.level, a.code, g)),
        );
      if (a.level === 'school') continue;
      for (const group of a.byGroup.keys()) {
        // An area's total is the sum of the schools that returned: those are its parts.
        const parts = a.members.map((u) => id(q, 'school', u, group)).filter((x) => model.has(x));
        model.addSum(q, id(q, a.level, a.code, group), parts);
      }
    }
  }
  const { suppressed, stillRecoverable } = engine.suppress(model.table(threshold));
  if (stillRecoverable.length > 0)
    throw new Error(`attendance suppression left ${stillRecoverable.length} cells recoverable`);
  const hide = (level: string, code: string, group: string, f: PeriodFigures) =>
    suppressed.has(id(roll, level, code, group))
      ? withhold(f, 'all', columns)
      : absent.some((c) => suppressed.has(id(c, level, code, group)))
        ? withhold(f, 'persistent', columns)
        : f;
  const whole = catalogue.wholeCohort;
  const schools = report.schools.map((s) => {
    const byGroup = new Map([...s.byGroup].map(([g, f]) => [g, hide('school', s.urn, g, f)]));
    const all = byGroup.get(whole);
    const held = all?.status === 'returned' ? all.withheld : undefined;
    if (!held) return { ...s, byGroup };
    const { rankPersistent: _p, gapPersistent: _g, changePersistent: _c, ...rest } = s;
    if (held === 'persistent') return { ...rest, byGroup };
    const { rankOverall: _o, gapOverall: _go, changeOverall: _co, quartileOverall: _q, ...bare } = rest;
    return { ...bare, byGroup };
  });
  // Ranks among the schools whose rates are shown: ranks counted over withheld rates would place
  // them between shown ones, and with enrolments shown that can pin a withheld count.
  rankSchoolsInReport(schools, whole, columns);
  return {
    ...report,
    schools,
    areas: report.areas.map((a) => ({ ...a, figures: hide(a.level, a.code, a.pupilGroup, a.figures) })),
  };
}
