// Every school of a year placed by the rules of its key stage, with the figures each rule read, so a
// reader sees why and a test can work the same placement by hand.
import type { CategoryRule } from '../../../schemas/categories.schema.js';
import { placeSchool, type Figures, type Placement } from './place-school.js';
import { schoolFigures, type CategoryInputs } from './school-figures.js';

export interface SchoolPlacement {
  readonly urn: string;
  readonly name: string;
  readonly placement: Placement;
  /** The school's figures, for the words of why it is there and what would move it. */
  readonly figures: Figures;
}

export function categorise(
  rules: readonly CategoryRule[],
  schools: readonly { urn: string; name: string }[],
  inputs: CategoryInputs,
  order: readonly string[],
): SchoolPlacement[] {
  const figuresOf = schoolFigures(inputs);
  return schools.map((s) => {
    const figures = figuresOf(s.urn);
    return { urn: s.urn, name: s.name, placement: placeSchool(rules, figures, order), figures };
  });
}

/** Schools by category code, and those not placed under `null`. */
export function countByCategory(placed: readonly SchoolPlacement[]): Map<string | null, number> {
  const counts = new Map<string | null, number>();
  for (const p of placed) {
    const key = p.placement.placed ? p.placement.category : null;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}
