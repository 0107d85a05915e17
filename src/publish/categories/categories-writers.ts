// The school categories report as csv (tidy, one row per school), markdown (the counts against last
// year, each school, the rules) and xlsx (those tables on one sheet, the tidy table on another).
import type { Catalogue } from '../../domain/catalogue.js';
import { categoriesText as t } from '../../messages/categories-text.js';
import { csvWriter } from '../writers/csv-writer.js';
import { markdownWriter } from '../writers/md-writer.js';
import type { Heading } from '../writers/writer.js';
import { xlsxWriter, type XlsxOptions } from '../writers/xlsx-writer.js';
import {
  categoriesTidyTable,
  countsTable,
  rulesTable,
  schoolsTable,
  type CategoriesReport,
} from './categories-tables.js';

export function categoriesHeading(r: CategoriesReport): Heading {
  const attendance = t['categories.attendance-period'](r.attendance.academicYear, r.attendance.term);
  return {
    title: t['categories.title'](r.keyStage, r.academicYear, r.round),
    notes: [
      t['categories.source'](r.source),
      t['categories.how'],
      t['categories.figures'](r.round, r.academicYear, r.lastYear, attendance, r.asAt),
      t['categories.moves'],
    ],
  };
}

const readerTables = (r: CategoriesReport, cat: Catalogue) => [
  countsTable(r),
  schoolsTable(r, cat),
  rulesTable(r, cat),
];

export const categoriesCsv = (r: CategoriesReport, cat: Catalogue): string =>
  csvWriter().write([categoriesTidyTable(r, cat)]);

export const categoriesMarkdown = (r: CategoriesReport, cat: Catalogue): string =>
  markdownWriter(categoriesHeading(r)).write(readerTables(r, cat));

export const categoriesXlsx = (
  r: CategoriesReport,
  cat: Catalogue,
  source?: XlsxOptions['source'],
): Promise<Uint8Array> =>
  xlsxWriter({ sheet: t['categories.sheet'], heading: categoriesHeading(r), ...(source ? { source } : {}) }).write([
    ...readerTables(r, cat),
    { ...categoriesTidyTable(r, cat), title: t['categories.data-sheet'] },
  ]);
