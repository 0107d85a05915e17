// What a report says of its pupil groups against national (issues 12, 14): how the figure is made,
// and for each group with no national figure of a headline rate, why (no such group nationally, none
// for a phase, or only of another definition: persistent absence at 10% for a year rated at 15%).
import type { AttendanceReport } from '../../aggregate/attendance/attendance-report.js';
import type { AttendanceDefinition, NoGroupNational } from '../../aggregate/attendance/group-national.js';
import type { Catalogue } from '../../domain/catalogue.js';
import { benchmarkText as words } from '../../messages/benchmark-text.js';

const list = (items: Iterable<string>) => [...new Set(items)].join(', ');

/** The definition's parts that differ, in words: "persistent absence at 10% of possible sessions". */
function differing(a: AttendanceDefinition, b: AttendanceDefinition): string {
  return [
    ...(a.paThreshold !== b.paThreshold ? [words['group-national.persistent-at'](a.paThreshold)] : []),
    ...(a.halfTerms !== b.halfTerms ? [words['group-national.half-terms'](a.halfTerms)] : []),
  ].join(' and ');
}

export function groupsWithoutNational(report: AttendanceReport, cat: Catalogue): string[] {
  const all = report.groupNational ?? [];
  if (all.length === 0) return [];
  const label = (code: string) => cat.pupilGroups.find((g) => g.code === code)?.label ?? code;
  const rateLabel = (code: string) => cat.attendanceColumns.rates.find((r) => r.code === code)?.label ?? code;
  const order = (code: string) => cat.pupilGroups.findIndex((g) => g.code === code);
  const missing = all
    .flatMap((g) =>
      Object.entries(g.missing).map(([rate, why]) => ({ group: g.pupilGroup, phase: g.phase, rate, why })),
    )
    .sort((a, b) => order(a.group) - order(b.group));
  const of = <W extends NoGroupNational['why']>(why: W) =>
    missing.filter((m): m is typeof m & { why: Extract<NoGroupNational, { why: W }> } => m.why.why === why);
  const notes: string[] = [];
  if (all.some((g) => Object.keys(g.rates).length > 0)) notes.push(words['group-national.rule']);
  const years = new Set(all.flatMap((g) => Object.values(g.years)));
  years.delete(report.academicYear);
  if (years.size > 0) notes.push(words['group-national.year'](list([...years].sort())));
  const noGroup = of('group');
  if (noGroup.length > 0)
    notes.push(words['group-national.no-group'](list(noGroup.map((m) => label(m.group))), report.academicYear));
  for (const group of new Set(of('phase').map((m) => m.group)))
    notes.push(
      words['group-national.no-phase'](
        label(group),
        list(
          of('phase')
            .filter((m) => m.group === group)
            .map((m) => words['group-national.phase'](m.phase)),
        ),
      ),
    );
  const byDefinition = new Map<string, { rate: string; found: string; wanted: string; groups: string[] }>();
  for (const m of of('definition')) {
    const found = differing(m.why.found, m.why.wanted);
    const wanted = differing(m.why.wanted, m.why.found);
    const key = `${m.rate}|${found}|${wanted}`;
    const entry = byDefinition.get(key) ?? { rate: m.rate, found, wanted, groups: [] };
    entry.groups.push(label(m.group));
    byDefinition.set(key, entry);
  }
  for (const d of byDefinition.values())
    notes.push(words['group-national.other-definition'](rateLabel(d.rate), list(d.groups), d.found, d.wanted));
  return notes;
}
