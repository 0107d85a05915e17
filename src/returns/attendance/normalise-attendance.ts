// The normalise stage for an attendance return (schemas/README.md §3-4): column headings to the
// attendance catalogue's codes, pupil groups to codes, cells to whole counts.
import { returnsFormat } from '../../../schemas/formats/returns.schema.js';
import type { Catalogue } from '../../domain/catalogue.js';
import type { Context } from '../../domain/context.js';
import { nameKey, nearestNames } from '../../domain/names.js';
import type { Message } from '../../messages/message.js';
import { message } from '../../messages/message.js';
import { cellText } from '../../ingest/read/raw-sheet.js';
import type { LocatedReturn } from '../../ingest/locate/located-return.js';
import type { NormalisedReturn, ReturnedValue } from '../../ingest/normalise/normalised-return.js';
import { readIdentity } from '../../ingest/normalise/read-identity.js';
import { readNumber } from '../../ingest/normalise/read-number.js';
import { resolvePupilGroups } from '../../ingest/normalise/resolve-groups.js';
import { unnamedColumnsWithFigures } from '../../ingest/normalise/unnamed-columns.js';

type Column = Catalogue['attendance']['columns'][number];
const ignoredKeys = new Set(returnsFormat.ignoredColumns.map(nameKey));

export function normaliseAttendance(located: LocatedReturn, { catalogue }: Context): NormalisedReturn {
  const { identity, messages } = readIdentity(located, catalogue);
  const result: NormalisedReturn = { identity, groups: [], messages };
  const columns = catalogue.attendance.columns;
  const index = catalogue.attendanceColumnIndex;
  const found: { index: number; column: Column }[] = [];
  located.columns.forEach((cell, i) => {
    const heading = cellText(cell.value);
    if (heading === '') return;
    const column = index.find(heading);
    if (column && !found.some((f) => f.column.code === column.code)) found.push({ index: i, column });
    else if (column)
      messages.push(message('measure.duplicate', cell.place, { measure: column.label, firstAt: 'an earlier column' }));
    else if (ignoredKeys.has(nameKey(heading))) messages.push(message('column.ignored', cell.place, { heading }));
    else
      messages.push(
        message('measure.unknown', cell.place, {
          found: heading,
          keyStage: 'attendance',
          nearest: nearestNames(
            heading,
            columns.map((c) => c.label),
          ),
        }),
      );
  });
  const missing = columns.filter((c) => c.required && !found.some((f) => f.column.code === c.code));
  for (const c of missing)
    messages.push(message('attendance.column-missing', located.headerPlace, { column: c.label }));
  if (missing.length > 0) return result;

  const groups = resolvePupilGroups(located.rows, catalogue);
  result.table = {
    pupilGroups: groups.resolved.map((g) => g.pupilGroup),
    firstRow: located.rows[0]?.pupilGroup.place ?? located.headerPlace,
  };
  // One at a time, not push(...): a CSV of 800,000 duplicate lines has as many messages, past the stack (issue 17).
  for (const m of [...unnamedColumnsWithFigures(located), ...groups.messages]) messages.push(m);
  for (const { row, pupilGroup } of groups.resolved) {
    // A template row the school left empty is a group it has no figures for, not an error.
    if (found.every(({ index: i }) => readNumber(row.cells[i]!.value).kind === 'blank')) continue;
    const groupLabel = catalogue.pupilGroup(pupilGroup).label;
    const values: ReturnedValue[] = [];
    for (const { index: i, column } of found) {
      const cell = row.cells[i]!;
      const read = readNumber(cell.value);
      const facts = { column: column.label, group: groupLabel, found: cellText(cell.value) };
      if (read.kind === 'number')
        values.push({ measure: column.code, value: read.value, returned: cellText(cell.value), place: cell.place });
      else if (read.kind === 'blank' || read.kind === 'not-applicable') {
        if (column.required) messages.push(message('attendance.value-missing', cell.place, facts));
      } else if (read.kind === 'formula-without-result') {
        // A required count missing would leave the school's sessions out of every total: refused.
        messages.push(
          column.required
            ? message('attendance.formula-without-result', cell.place, { column: column.label, group: groupLabel })
            : message('cell.formula-without-result', cell.place, { measure: column.label, group: groupLabel }),
        );
      } else if (read.kind === 'excel-error')
        messages.push(
          message('cell.excel-error', cell.place, { measure: column.label, group: groupLabel, found: read.code }),
        );
      else messages.push(message('attendance.not-a-count', cell.place, facts));
    }
    result.groups.push({ pupilGroup, place: row.pupilGroup.place, values });
  }
  return result;
}
