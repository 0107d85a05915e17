// A pupil group's row against the same group nationally (issues 12, 14): the national figure of each
// headline rate as shown (one decimal) and the gap from the group's rate as published, so a
// withheld rate has a withheld gap (c): national + gap would give the rate away.
import { roundToShown } from '../../aggregate/attendance/index.js';
import type { PeriodFigures } from '../../aggregate/attendance/attendance-report.js';
import type { GroupNational } from '../../aggregate/attendance/group-national.js';
import type { AttendanceTableColumns } from './table-columns.js';

type Row = Partial<Record<string, string | number>>;

export function groupNationalColumns(
  f: PeriodFigures,
  national: GroupNational | undefined,
  t: AttendanceTableColumns,
): Row {
  if (!national) return {};
  const row: Row = {};
  const headlines = [
    [t.absenceRate, t.nationalAbsence, t.gapAbsence],
    [t.pupilsAbsentRate, t.nationalPupilsAbsent, t.gapPupilsAbsent],
  ] as const;
  for (const [rate, nationalColumn, gapColumn] of headlines) {
    const n = national.rates[rate];
    if (n === undefined) continue;
    row[nationalColumn] = roundToShown(n);
    if (f.status !== 'returned') continue;
    const withheld = f.withheld === 'all' || (f.withheld === 'persistent' && (f.withheldCodes ?? []).includes(rate));
    const own = f.rates[rate];
    if (withheld) row[gapColumn] = 'c';
    else if (own !== undefined) row[gapColumn] = roundToShown(roundToShown(own) - roundToShown(n));
  }
  return row;
}
