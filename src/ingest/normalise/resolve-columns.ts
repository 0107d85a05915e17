// The table's column headings resolved to catalogue codes: measures of the key stage's framework
// for the year, the cohort, columns to ignore (Comments), and errors for the rest (schemas/README.md §1).
import { returnsFormat } from '../../../schemas/formats/returns.schema.js';
import type { Catalogue, Measure } from '../../domain/catalogue.js';
import { nameKey, nearestNames } from '../../domain/names.js';
import type { Message } from '../../messages/message.js';
import { placeInFile } from '../../messages/message.js';
import { message } from '../../messages/message.js';
import { cellText } from '../read/raw-sheet.js';
import type { LocatedCell } from '../locate/located-return.js';

/** A column of the table: its index in the located row's cells and the measure it holds. */
export interface MeasureColumn {
  index: number;
  measure: Measure;
}

const ignoredKeys = new Set(returnsFormat.ignoredColumns.map(nameKey));
const cohortKeys = new Set([returnsFormat.cohortColumn.label, ...returnsFormat.cohortColumn.aliases].map(nameKey));

export function isCohortHeading(heading: LocatedCell | undefined): boolean {
  return heading !== undefined && cohortKeys.has(nameKey(cellText(heading.value)));
}

export function resolveMeasureColumns(
  columns: readonly LocatedCell[],
  keyStage: string,
  academicYear: string,
  cat: Catalogue,
): { measureColumns: MeasureColumn[]; messages: Message[] } {
  const framework = cat.frameworkFor(academicYear)!;
  const allowed = new Set(cat.measuresFor(keyStage, academicYear).map((m) => m.code));
  const index = cat.measureIndexFor(keyStage);
  const messages: Message[] = [];
  const measureColumns: MeasureColumn[] = [];
  const firstAt = new Map<string, LocatedCell>();
  columns.forEach((column, i) => {
    const heading = cellText(column.value);
    if (i === 0 || heading === '') return;
    const measure = index.find(heading);
    if (measure && allowed.has(measure.code)) {
      const first = firstAt.get(measure.code);
      if (first) {
        messages.push(
          message('measure.duplicate', column.place, { measure: measure.label, firstAt: placeInFile(first.place) }),
        );
        return;
      }
      firstAt.set(measure.code, column);
      measureColumns.push({ index: i, measure });
    } else if (measure) {
      messages.push(
        message('measure.wrong-framework', column.place, {
          found: heading,
          year: academicYear,
          framework: framework.label,
        }),
      );
    } else if (ignoredKeys.has(nameKey(heading))) {
      messages.push(message('column.ignored', column.place, { heading }));
    } else {
      const known = cat.measuresFor(keyStage, academicYear).map((m) => m.label);
      messages.push(
        message('measure.unknown', column.place, { found: heading, keyStage, nearest: nearestNames(heading, known) }),
      );
    }
  });
  return { measureColumns, messages };
}
