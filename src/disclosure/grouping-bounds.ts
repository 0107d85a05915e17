// What a reader knows of a pupil group's parts beyond a complete partition's sum (domain.md: parts
// never add up to more than their whole). The parts printed add up to at most the whole, whichever
// parts are not printed: a school with no pupils on an EHC plan prints no sen_ehcp rows, and still
// sen_support ≤ sen. And where the printed parts' cohorts add up to the whole's, the rest of the
// whole has no pupils, so the parts' counts add up to the whole's too, for every measure: a
// sen_support cohort as large as sen's is the same pupils, and a reader who sees sen's count 0
// knows sen_support's. Without these the decision showed one and hid the other (issue 10).

/** A figure of a pupil group in one area for one measure, as far as its grouping needs it. */
export interface GroupFigure {
  /** Pupils in the group at the schools with a figure for the measure. */
  cohort: number;
  /** The schools whose figures make it. */
  urns: readonly string[];
}

/**
 * `sum`: whole = Σ printed parts, for counts and cohorts alike; `atMost`: Σ printed parts ≤ whole.
 * Undefined where no part is printed, or a part sums a school its whole does not (an area's part
 * for a measure can hold a school whose whole has no figure for it), so neither need hold.
 */
export type GroupingRelation = 'sum' | 'atMost';

export function groupingRelation(
  whole: GroupFigure | undefined,
  parts: readonly (GroupFigure | undefined)[],
): GroupingRelation | undefined {
  const printed = parts.filter((p): p is GroupFigure => p !== undefined);
  if (whole === undefined || printed.length === 0) return undefined;
  const schools = new Set(whole.urns);
  if (!printed.every((p) => p.urns.every((u) => schools.has(u)))) return undefined;
  return printed.reduce((t, p) => t + p.cohort, 0) === whole.cohort ? 'sum' : 'atMost';
}
