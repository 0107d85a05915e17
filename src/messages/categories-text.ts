// The words of the school categories report and its command (src/cli/report-categories.ts): each
// condition of a rule in the team's words, why a school is where it is, what would move it, and the
// headings. Figures come in as the reports show them (rates to one place, gaps signed).
import type { CategoryCondition } from '../../schemas/categories.schema.js';

/** Labels of the catalogue's measures, pupil groups and attendance rates, by code. */
export interface CategoryLabels {
  measure(code: string): string;
  group(code: string): string;
  rate(code: string): string;
}

export type Comparison = 'below' | 'atMost' | 'above' | 'atLeast';

const decimalsOf = (step: number) => (step >= 1 ? 0 : step >= 0.1 ? 1 : 2);

/** A figure as the reports show it: to the places of its step, a gap signed. */
export function shownFigure(value: number | string, step: number, signed = false): string {
  if (typeof value === 'string') return value;
  const s = value.toFixed(decimalsOf(step));
  return signed && value > 0 ? `+${s}` : s;
}

export const isGap = (c: CategoryCondition) => c.figure === 'predicted-gap' || c.figure === 'actual-gap';

/** What a condition reads, e.g. "predicted RWM L4+ (All pupils)"; `measure`: the one the figure used. */
export function figureWords(c: CategoryCondition, labels: CategoryLabels, measure?: string): string {
  if (c.figure === 'ofsted-judgement') return 'latest Ofsted judgement';
  if (c.figure === 'ofsted-months') return 'months since the latest Ofsted inspection';
  if (c.figure === 'attendance') return `${labels.rate(c.rate).toLowerCase()} % (${labels.group(c.pupilGroup)})`;
  const m = measure ? labels.measure(measure) : c.measures.map(labels.measure).join(' or ');
  const when = c.figure.startsWith('predicted') ? 'predicted' : "last year's actual";
  const gap = 'to' in c ? (c.to === 'national' ? ' gap to national' : ' gap to other pupils nationally') : '';
  return `${when} ${m}${gap} (${labels.group(c.pupilGroup)})`;
}

export function comparisonWords(op: Comparison, threshold: number): string {
  if (op === 'below') return `below ${threshold}`;
  if (op === 'atMost') return `${threshold} or less`;
  if (op === 'above') return `above ${threshold}`;
  return `${threshold} or more`;
}

export const categoriesText = {
  'categories.title': (keyStage: string, year: string, round: string) =>
    `School categories, ${keyStage}, ${year}, ${round} round`,
  'categories.source': (source: string) => `Rules: ${source}.`,
  'categories.how':
    'Each school is placed by the first rule, in the order listed, whose every condition holds; figures are ' +
    'compared as the reports show them (rates to one place, gaps in points). A school lacking a figure a rule ' +
    'needs, where no other condition of that rule already fails, is not placed: the figure is named.',
  'categories.figures': (round: string, year: string, lastYear: string, attendance: string, asAt: string) =>
    `Predicted: the ${round} round of ${year}; actual: the results of ${lastYear}; attendance: ${attendance}; ` +
    `Ofsted: the latest inspection up to ${asAt}, months counted to that date.`,
  'categories.attendance-period': (year: string, term: string) => `${year} to the end of ${term}`,
  'categories.moves':
    'Would move: the nearest threshold of the rules that one figure would cross to put the school in a better ' +
    'category, and the nearest to put it in a worse one: the figure, as shown, that would cross it, and the ' +
    'figure now. A new Ofsted judgement moves a school too, but is not a threshold.',
  'categories.counts': 'Schools by category',
  'html.categories-title': (keyStage: string) => `School categories (${keyStage})`,
  'html.categories-lede': (rules: number) =>
    `Each school is placed by the first of ${rules} rules, in order, whose every condition holds; a school ` +
    'lacking a figure a rule needs is not placed. The categories report (report categories) lists each school, ' +
    'the rule that placed it and what would move it.',
  'categories.schools': 'Each school',
  'categories.rules': 'The rules, in order',
  'categories.data': 'School categories',
  'categories.sheet': 'Categories',
  'categories.data-sheet': 'Data',
  'categories.not-placed': 'not placed',
  'categories.no-rule': 'no rule applies: the rules should end with one with no conditions',
  'rule.line': (id: string, category: string, because: string, when: string) =>
    `${id}: category ${category}, ${because}${when ? ` (${when})` : ''}`,
  'column.school': 'School',
  'column.category': 'Category',
  'column.rule': 'Rule',
  'column.why': 'Why',
  'column.moves': 'Would move',
  'column.last-year': 'Last year',
  'column.schools': 'Schools',
  'column.schools-last-year': (year: string) => `Schools, ${year}`,
  'condition.met': (figure: string, value: string, test: string) => `${figure} ${value} (${test})`,
  'condition.missing': (figure: string) => `no figure for ${figure}`,
  'move.to': (category: string, figure: string, to: string, now: string) =>
    `category ${category} at ${figure} ${to} (now ${now})`,
  'flag.no-rules': (keyStage: string, file: string, keyStages: readonly string[]) =>
    `${file} has no rules for ${keyStage} (it has ${keyStages.join(', ') || 'none'}): add them, or choose ` +
    'another --key-stage',
  'flag.rules-unreadable': (file: string, detail: string) =>
    `--rules ${file} cannot be used: ${detail}; schemas/categories.json shows the shape`,
  'flag.rules-unknown': (file: string, where: string, what: string) =>
    `--rules ${file}: ${where} names ${what}, which is not in the catalogue: use a code of schemas/catalogue/`,
} as const;
