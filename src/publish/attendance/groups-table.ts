// The city's and each phase's pupil groups against the same groups nationally (issues 12, 14), for a
// reader: from the tidy rows (attendanceRows), so a withheld rate and its gap show c here as in the
// csv. Only when the report has rows of a pupil group; a group with no national figure has blanks,
// and the report's notes say why (groups-without-national.ts).
import type { AttendanceReport } from '../../aggregate/attendance/attendance-report.js';
import type { Catalogue } from '../../domain/catalogue.js';
import { benchmarkText as words } from '../../messages/benchmark-text.js';
import { reportText } from '../../messages/report-text.js';
import { text, type Column, type PublishedTable } from '../table/published-table.js';
import type { AttendanceRow } from './attendance-rows.js';
import { cellFor } from './cell-for.js';
import type { AttendanceTableColumns } from './table-columns.js';
import { gapColumn as gap, rateColumn as rate } from './absence-columns.js';

export function groupsTable(
  report: AttendanceReport,
  rows: readonly AttendanceRow[],
  t: AttendanceTableColumns,
  catalogue: Catalogue,
): PublishedTable | undefined {
  if (!report.groupNational?.length) return undefined;
  const whole = catalogue.wholeCohort;
  // Each area's groups in the catalogue's order (boys, girls, …, disadvantaged, …), areas as the report has them.
  const order = (r: AttendanceRow) => catalogue.pupilGroups.findIndex((g) => g.code === r.pupil_group);
  const areaOf = (r: AttendanceRow) => `${r.level}|${r.area_code}`;
  const areas = [...new Set(rows.map(areaOf))];
  const shown = rows
    .filter((r) => (r.level === 'city' || r.level === 'phase') && r.pupil_group !== whole)
    .filter((r) => r.status !== 'not returned')
    .sort((a, b) => areas.indexOf(areaOf(a)) - areas.indexOf(areaOf(b)) || order(a) - order(b));
  if (shown.length === 0) return undefined;
  const columns = [
    rate(t.absenceRate, reportText['column.overall-absence']),
    rate(t.nationalAbsence, words['group-national.column-national']),
    gap(t.gapAbsence, reportText['column.gap-to-national']),
    rate(t.pupilsAbsentRate, reportText['column.persistent-absence-short']),
    rate(t.nationalPupilsAbsent, words['group-national.column-national-pa']),
    gap(t.gapPupilsAbsent, words['group-national.column-gap-pa']),
  ];
  const areaName = (r: AttendanceRow) =>
    r.level === 'phase'
      ? reportText['attendance-area.phase'](String(r.area_name))
      : report.phase === 'all'
        ? reportText['attendance-area.city']
        : reportText['attendance-area.city-phase'](report.phase);
  const label = (code: string) => catalogue.pupilGroups.find((g) => g.code === code)?.label ?? code;
  return {
    id: 'attendance-groups',
    title: words['group-national.title'],
    columns: [
      { code: 'area_name', heading: reportText['column.area'], kind: 'text' },
      { code: 'pupil_group', heading: reportText['column.pupil-group'], kind: 'text' },
      ...columns,
    ],
    rows: shown.map((r) => ({
      key: { level: String(r.level), area: String(r.area_code), group: String(r.pupil_group) },
      cells: [
        text(areaName(r)),
        text(label(String(r.pupil_group))),
        ...columns.map((c) =>
          r.status === 'returned' ? cellFor(r[c.code], c) : c === columns[0] ? text(String(r.status)) : null,
        ),
      ],
    })),
  };
}
