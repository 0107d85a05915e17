// The normalise stage for a prediction proforma: names to codes, cells to numbers, and a rate
// typed where a count was asked turned into round(rate × cohort) with a warning (schemas/README.md §1).
import type { Context } from '../../domain/context.js';
import type { Message } from '../../messages/message.js';
import { message } from '../../messages/message.js';
import { cellText } from '../../ingest/read/raw-sheet.js';
import type { LocatedReturn, LocatedRow } from '../../ingest/locate/located-return.js';
import type { NormalisedReturn, ReturnedGroup, ReturnedValue } from '../../ingest/normalise/normalised-return.js';
import { readIdentity } from '../../ingest/normalise/read-identity.js';
import { readNumber } from '../../ingest/normalise/read-number.js';
import { isCohortHeading, resolveMeasureColumns, type MeasureColumn } from '../../ingest/normalise/resolve-columns.js';
import { resolvePupilGroups } from '../../ingest/normalise/resolve-groups.js';
import { unnamedColumnsWithFigures } from '../../ingest/normalise/unnamed-columns.js';

export function normalisePredictions(located: LocatedReturn, { catalogue }: Context): NormalisedReturn {
  const { identity, messages } = readIdentity(located, catalogue);
  const result: NormalisedReturn = { identity, groups: [], messages };
  const { keyStage, academicYear } = identity;
  if (!keyStage || !academicYear) return result;
  if (!catalogue.frameworkFor(academicYear)) {
    messages.push(message('header.no-framework', located.headerPlace, { year: academicYear }));
    return result;
  }
  if (!isCohortHeading(located.columns[0])) {
    const found = located.columns[0];
    messages.push(
      message('table.cohort-column', found?.place ?? located.headerPlace, {
        found: found ? cellText(found.value) : '',
      }),
    );
    return result;
  }
  const columns = resolveMeasureColumns(located.columns, keyStage, academicYear, catalogue);
  const groups = resolvePupilGroups(located.rows, catalogue);
  result.table = {
    pupilGroups: groups.resolved.map((g) => g.pupilGroup),
    firstRow: located.rows[0]?.pupilGroup.place ?? located.headerPlace,
  };
  // One at a time, not push(...): a CSV of 800,000 duplicate lines has as many messages, past the stack (issue 17).
  for (const m of [...columns.messages, ...unnamedColumnsWithFigures(located), ...groups.messages]) messages.push(m);
  for (const { row, pupilGroup } of groups.resolved) {
    const label = catalogue.pupilGroup(pupilGroup).label;
    const group = readGroup(label, pupilGroup, catalogue.wholeCohort, row, columns.measureColumns, messages);
    if (group) result.groups.push(group);
  }
  return result;
}

function readGroup(
  groupLabel: string,
  pupilGroup: string,
  wholeCohort: string,
  { pupilGroup: groupCell, cells }: LocatedRow,
  measureColumns: readonly MeasureColumn[],
  messages: Message[],
): ReturnedGroup | undefined {
  const cohortCell = cells[0]!;
  const cohortRead = readNumber(cohortCell.value);
  const cohortText = cellText(cohortCell.value);
  const valueCells = measureColumns.map((c) => ({ column: c, cell: cells[c.index]! }));
  // "n/a" is read as blank (schemas/README.md §1), here as everywhere.
  const isBlank = (r: ReturnType<typeof readNumber>) => r.kind === 'blank' || r.kind === 'not-applicable';
  const filled = valueCells.filter(({ cell }) => !isBlank(readNumber(cell.value)));
  // A template row the school left empty is a group it has no prediction for, not an error.
  if (isBlank(cohortRead) && filled.length === 0) return undefined;
  const cohort = cohortRead.kind === 'number' ? cohortRead.value : undefined;
  // All pupils of 0 is no return at all, whatever the other rows hold: refused below, never left out.
  if (
    cohort === 0 &&
    pupilGroup !== wholeCohort &&
    filled.every(({ cell }) => {
      const r = readNumber(cell.value);
      return r.kind === 'number' && r.value === 0;
    })
  ) {
    messages.push(message('group.no-pupils', cohortCell.place, { group: groupLabel }));
    return undefined;
  }
  if (cohortRead.kind === 'formula-without-result') {
    messages.push(message('cohort.formula-without-result', cohortCell.place, { group: groupLabel }));
    return undefined;
  }
  if (cohort === undefined || !Number.isInteger(cohort) || cohort <= 0) {
    messages.push(message('cohort.invalid', cohortCell.place, { group: groupLabel, found: cohortText || '(blank)' }));
    return undefined;
  }

  const values: ReturnedValue[] = [];
  for (const { column, cell } of valueCells) {
    const facts = { measure: column.measure.label, group: groupLabel, found: cellText(cell.value) };
    const read = readNumber(cell.value);
    const keep = (value: number) =>
      values.push({ measure: column.measure.code, value, returned: cellText(cell.value), place: cell.place });
    switch (read.kind) {
      case 'blank':
        break;
      case 'number':
        keep(read.value);
        break;
      case 'percent':
        if (column.measure.kind === 'mean') {
          messages.push(message('mean.as-percent', cell.place, facts));
          break;
        }
        if (read.rate > 1 || read.rate < 0) {
          messages.push(message('cell.percent-out-of-range', cell.place, facts));
          break;
        }
        {
          const count = Math.round(read.rate * cohort);
          messages.push(message('cell.percent-converted', cell.place, { ...facts, cohort, count }));
          keep(count);
        }
        break;
      case 'not-applicable':
        messages.push(message('cell.read-as-blank', cell.place, facts));
        break;
      case 'formula-without-result':
        messages.push(message('cell.formula-without-result', cell.place, facts));
        break;
      case 'excel-error':
        messages.push(message('cell.excel-error', cell.place, facts));
        break;
      case 'not-a-number':
        messages.push(message('cell.not-a-number', cell.place, facts));
        break;
    }
  }
  return { pupilGroup, place: groupCell.place, cohort, cohortPlace: cohortCell.place, values };
}
