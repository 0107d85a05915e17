// The publication's suppression decision on one figure, in words, with the rule that made it: the
// same decision `--published` prints (disclosure/suppress-predictions.ts), read cell by cell (the
// count, the cohort). Which rule made a cell primary is worked from its values as the engine's
// isPrimary tests them (disclosure/suppress.ts); a secondary cell names the cell it protects.
//
// Published, the decision says only shown or withheld: that a withheld cell is secondary would
// tell a reader its count is not 1 to the threshold, which narrows what it can be.
import type { FigureWithGap } from '../../aggregate/predictions/gap-to-national.js';
import type { CellDecision, Suppression } from '../../disclosure/suppress-predictions.js';
import { explainText, SUPPRESSION_RULES, type SuppressionRuleId } from '../../messages/explain-text.js';

export interface DecisionLine {
  /** The figure's cell the line is about: its count (or mean), its cohort, or the figure as a whole. */
  cell: 'count' | 'cohort' | 'figure';
  ruleId: SuppressionRuleId | 'withheld' | 'shown';
  text: string;
  /** The cell protected, in words, for a secondary cell. */
  protects?: string;
}

/** What the decision is read with: the publication's suppression and its thresholds. */
export interface DecisionContext {
  suppression: Suppression;
  threshold: number;
  smallGroupCohort: number;
  published: boolean;
  /** URN → school name, for naming a cell the decision protects. */
  schoolName(urn: string): string | undefined;
}

export function decideLines(f: FigureWithGap, i: DecisionContext): DecisionLine[] {
  const hidden = i.suppression.figureHidden(f);
  if (i.published)
    return [
      {
        cell: 'figure',
        ruleId: hidden ? 'withheld' : 'shown',
        text: hidden ? explainText['suppression.withheld'] : explainText['suppression.shown'],
      },
    ];
  const { count, cohort } = i.suppression.decisionOf(f);
  const lines: DecisionLine[] = [];
  if (count) lines.push(lineOf('count', count, primaryCountRule(f, i), i));
  lines.push(lineOf('cohort', cohort, 'suppress.small-cohort', i));
  // A mean over a small cohort is withheld by the report itself, not as a cell (suppress-predictions.ts).
  if (f.kind === 'mean' && f.cohort <= i.threshold)
    lines.push({ cell: 'figure', ruleId: 'suppress.mean-small-cohort', text: say('suppress.mean-small-cohort', i) });
  return lines;
}

function lineOf(
  cell: 'count' | 'cohort',
  d: CellDecision,
  primary: SuppressionRuleId,
  i: DecisionContext,
): DecisionLine {
  const ruleId: SuppressionRuleId =
    d.reason === 'primary' ? primary : d.reason === 'secondary' ? 'suppress.secondary' : 'suppress.shown';
  const protects = d.reason === 'secondary' && d.protects ? describeCell(d.protects, i) : undefined;
  return { cell, ruleId, text: say(ruleId, i), ...(protects ? { protects } : {}) };
}

/** The first of isPrimary's tests that holds for the count: all or none, a small count, a small complement. */
function primaryCountRule(f: FigureWithGap, i: DecisionContext): SuppressionRuleId {
  const count = f.count ?? 0;
  const small = f.cohort <= i.smallGroupCohort;
  const few = (n: number) => n >= 1 && n <= i.threshold;
  if (small && (count === 0 || count === f.cohort)) return 'suppress.all-or-none';
  if (few(count)) return 'suppress.small-count';
  return 'suppress.small-complement';
}

const say = (id: SuppressionRuleId, i: DecisionContext) => {
  const rule = SUPPRESSION_RULES[id] as (t: number, small: number) => string;
  return id === 'suppress.all-or-none'
    ? SUPPRESSION_RULES[id](i.smallGroupCohort)
    : rule(i.threshold, i.smallGroupCohort);
};

/**
 * A cell id of suppress-predictions.ts in words: `round|measure|level|area|group` for a count,
 * `cohort|level|area|group|urns=N` for a cohort (whose value is left out: it may be withheld).
 */
export function describeCell(id: string, i: Pick<DecisionContext, 'schoolName'>): string {
  const parts = id.split('|');
  const area = (level: string, code: string) =>
    level === 'city'
      ? explainText['area.city'](code)
      : level === 'group'
        ? explainText['area.group'](code)
        : explainText['area.school'](code, i.schoolName(code) ?? code);
  if (parts[0] === 'cohort') return explainText['cell.protected-cohort'](area(parts[1]!, parts[2]!), parts[3]!);
  const [round, measure, level, code, group] = parts;
  return explainText['cell.protected-count'](round!, measure!, area(level!, code!), group!);
}
