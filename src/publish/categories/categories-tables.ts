// The school categories report as PublishedTables: schools by category against last year, each
// school with its category, the rule that placed it, why (the figures the rule read) and what would
// move it, and the rules themselves; a tidy table for csv. The writers format them (md, csv, xlsx).
import type { CategoryCondition, CategoryRule } from '../../../schemas/categories.schema.js';
import { countByCategory, type SchoolPlacement } from '../../aggregate/categories/categorise.js';
import { thresholdOf, type Move } from '../../aggregate/categories/place-school.js';
import type { Catalogue } from '../../domain/catalogue.js';
import {
  categoriesText as t,
  comparisonWords,
  figureWords,
  isGap,
  shownFigure,
  type CategoryLabels,
} from '../../messages/categories-text.js';
import { reportText } from '../../messages/report-text.js';
import { text, type Column, type PublishedTable } from '../table/published-table.js';

export interface CategoriesReport {
  readonly academicYear: string;
  readonly lastYear: string;
  readonly keyStage: string;
  readonly round: string;
  /** The attendance the rules read: year to date to the end of this term. */
  readonly attendance: { readonly academicYear: string; readonly term: string };
  /** Ofsted inspections up to this date count (ISO). */
  readonly asAt: string;
  readonly source: string;
  readonly categories: readonly { readonly code: string; readonly label: string }[];
  readonly rules: readonly CategoryRule[];
  readonly schools: readonly SchoolPlacement[];
  /** The same schools' placement a year earlier, by the same rules. */
  readonly lastYearSchools: readonly SchoolPlacement[];
}

export function labelsOf(cat: Catalogue): CategoryLabels {
  return {
    measure: (code) => cat.measures.find((m) => m.code === code)?.label ?? code,
    group: (code) => cat.pupilGroups.find((g) => g.code === code)?.label ?? code,
    rate: (code) => cat.attendance.rates.find((r) => r.code === code)?.label ?? code,
  };
}

function testWords(c: CategoryCondition): string {
  if (c.figure === 'ofsted-judgement') return c.oneOf.join(' or ');
  const th = thresholdOf(c)!;
  return comparisonWords(th.op, th.value);
}

/** The figures the placing rule read, or the figures missing for the rule that could not be decided. */
export function whyWords(p: SchoolPlacement, labels: CategoryLabels): string {
  const pl = p.placement;
  if (!pl.placed) {
    if (!pl.rule) return t['categories.no-rule'];
    return `${pl.rule.id}: ${pl.missing.map((c) => t['condition.missing'](figureWords(c, labels))).join('; ')}`;
  }
  if (pl.rule.when.length === 0) return pl.rule.because;
  const met = pl.rule.when.map((c) => {
    const f = p.figures(c)!;
    if (c.figure === 'ofsted-judgement') return `${figureWords(c, labels)} ${f.value}`;
    return t['condition.met'](figureWords(c, labels, f.measure), shownFigure(f.value, f.step, isGap(c)), testWords(c));
  });
  return `${pl.rule.because}: ${met.join('; ')}`;
}

function moveWords(m: Move, labels: CategoryLabels): string {
  const gap = isGap(m.condition);
  const figure = figureWords(m.condition, labels, m.figure.measure);
  return t['move.to'](
    m.category,
    figure,
    shownFigure(m.to, m.figure.step, gap),
    shownFigure(m.figure.value, m.figure.step, gap),
  );
}

/** The nearest threshold to a better category, then to a worse one. */
export function movesWords(p: SchoolPlacement, labels: CategoryLabels): string {
  return p.placement.placed ? p.placement.moves.map((m) => moveWords(m, labels)).join('; ') : '';
}

const categoryOf = (p: SchoolPlacement | undefined) =>
  p === undefined ? '' : p.placement.placed ? p.placement.category : t['categories.not-placed'];

const named = (p: SchoolPlacement) => reportText['school.named'](p.name, p.urn);
const textColumn = (code: string, heading: string): Column => ({ code, heading, kind: 'text' });

/** Schools in each category this year and last, and those not placed. */
export function countsTable(r: CategoriesReport): PublishedTable {
  const now = countByCategory(r.schools);
  const before = countByCategory(r.lastYearSchools);
  const column = (code: string, heading: string): Column => ({ code, heading, kind: 'count', unit: 'schools' });
  const keys: (string | null)[] = [...r.categories.map((c) => c.code), null];
  return {
    id: 'category-counts',
    title: t['categories.counts'],
    columns: [
      textColumn('category', t['column.category']),
      column('schools', t['column.schools-last-year'](r.academicYear)),
      column('schools_last_year', t['column.schools-last-year'](r.lastYear)),
    ],
    rows: keys
      .filter((k) => k !== null || now.has(null) || before.has(null))
      .map((k) => ({
        cells: [
          text(k === null ? t['categories.not-placed'] : r.categories.find((c) => c.code === k)!.label),
          now.get(k) ?? 0,
          before.get(k) ?? 0,
        ],
      })),
  };
}

export function schoolsTable(r: CategoriesReport, cat: Catalogue): PublishedTable {
  const labels = labelsOf(cat);
  const order = r.categories.map((c) => c.code);
  const last = new Map(r.lastYearSchools.map((p) => [p.urn, p]));
  return {
    id: 'category-schools',
    title: t['categories.schools'],
    columns: [
      textColumn('school', t['column.school']),
      textColumn('category', t['column.category']),
      textColumn('rule', t['column.rule']),
      textColumn('why', t['column.why']),
      textColumn('would_move', t['column.moves']),
      textColumn('last_year', t['column.last-year']),
    ],
    rows: r.schools.map((p) => ({
      cells: [
        text(named(p)),
        text(categoryOf(p)),
        text(p.placement.rule?.id ?? ''),
        text(whyWords(p, labels)),
        text(movesWords(p, labels)),
        text(categoryOf(last.get(p.urn))),
      ],
    })),
  };
}

export function rulesTable(r: CategoriesReport, cat: Catalogue): PublishedTable {
  const labels = labelsOf(cat);
  const when = (rule: CategoryRule) => rule.when.map((c) => `${figureWords(c, labels)} ${testWords(c)}`).join(', and ');
  return {
    id: 'category-rules',
    title: t['categories.rules'],
    layout: 'list',
    columns: [textColumn('rule', t['column.rule'])],
    rows: r.rules.map((rule) => ({ cells: [text(t['rule.line'](rule.id, rule.category, rule.because, when(rule)))] })),
  };
}

/** One row per school, for a program: codes beside the words. */
export function categoriesTidyTable(r: CategoriesReport, cat: Catalogue): PublishedTable {
  const labels = labelsOf(cat);
  const order = r.categories.map((c) => c.code);
  const last = new Map(r.lastYearSchools.map((p) => [p.urn, p]));
  const codes = ['urn', 'school', 'academic_year', 'key_stage', 'round', 'category', 'category_label', 'rule'];
  return {
    id: 'categories',
    title: t['categories.data'],
    tidy: true,
    columns: [...codes, 'why', 'would_move', 'last_year_category'].map((c) => textColumn(c, c)),
    rows: r.schools.map((p) => {
      const code = p.placement.placed ? p.placement.category : '';
      const label = r.categories.find((c) => c.code === code)?.label ?? t['categories.not-placed'];
      return {
        cells: [
          p.urn,
          p.name,
          r.academicYear,
          r.keyStage,
          r.round,
          code,
          label,
          p.placement.rule?.id ?? '',
          whyWords(p, labels),
          movesWords(p, labels),
          categoryOf(last.get(p.urn)),
        ].map(text),
      };
    }),
  };
}
