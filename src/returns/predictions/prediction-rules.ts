// The domain rules a prediction return is checked against, each a small named function from the
// return to messages (domain.md, "Implications"; schemas/README.md §1 errors and queries).
import type { Catalogue } from '../../domain/catalogue.js';
import { about, type Message } from '../../messages/message.js';
import { message } from '../../messages/message.js';
import type { NormalisedReturn, ReturnedGroup } from '../../ingest/normalise/normalised-return.js';
import type { ReturnRule } from '../return-kind.js';
import { wholeCohortPresent } from '../whole-cohort-present.js';

/** A count is a whole number of pupils from 0 to the group's cohort. */
export const countsWithinCohort: ReturnRule = (ret, { catalogue: cat }) =>
  ret.groups.flatMap((g) =>
    g.values.flatMap((v) => {
      const measure = cat.measure(v.measure);
      if (measure.kind !== 'threshold') return [];
      const facts = { measure: measure.label, group: cat.pupilGroup(g.pupilGroup).label, found: v.returned };
      if (v.value < 0) return [about(message('count.negative', v.place, facts), g.pupilGroup, v.measure)];
      if (!Number.isInteger(v.value))
        return [about(message('count.not-whole', v.place, facts), g.pupilGroup, v.measure)];
      if (v.value > g.cohort!)
        return [
          about(message('count.above-cohort', v.place, { ...facts, cohort: g.cohort! }), g.pupilGroup, v.measure),
        ];
      return [];
    }),
  );

export const meansWithinRange: ReturnRule = (ret, { catalogue: cat }) =>
  ret.groups.flatMap((g) =>
    g.values.flatMap((v) => {
      const m = cat.measure(v.measure);
      if (m.kind !== 'mean' || !m.range || (v.value >= m.range.min && v.value <= m.range.max)) return [];
      return [
        about(
          message('mean.out-of-range', v.place, {
            measure: m.label,
            group: cat.pupilGroup(g.pupilGroup).label,
            found: v.value,
            ...m.range,
          }),
          g.pupilGroup,
          v.measure,
        ),
      ];
    }),
  );

/** A combined or higher measure never exceeds the measures it implies (RWM L4+ ≤ Reading L4+). */
export const implicationsHold: ReturnRule = (ret, { catalogue: cat }) =>
  ret.groups.flatMap((g) => {
    const byMeasure = new Map(g.values.map((v) => [v.measure, v]));
    return g.values.flatMap((v) =>
      cat.measure(v.measure).notAbove.flatMap((other) => {
        const o = byMeasure.get(other);
        if (!o || v.value <= o.value) return [];
        return [
          about(
            message('implication.breach', v.place, {
              group: cat.pupilGroup(g.pupilGroup).label,
              measure: cat.measure(v.measure).label,
              count: v.value,
              other: cat.measure(other).label,
              otherCount: o.value,
            }),
            g.pupilGroup,
            v.measure,
          ),
        ];
      }),
    );
  });

/** Cohorts and counts of the groups within a whole, each compared with the whole's. */
function quantities(cat: Catalogue, groups: ReadonlyMap<string, ReturnedGroup>, codes: readonly string[]) {
  const list = [{ name: 'Cohort', of: (g: ReturnedGroup) => g.cohort }];
  const measures = new Set(codes.flatMap((c) => groups.get(c)?.values.map((v) => v.measure) ?? []));
  for (const m of measures) {
    if (cat.measure(m).kind === 'threshold')
      list.push({ name: cat.measure(m).label, of: (g) => g.values.find((v) => v.measure === m)?.value });
  }
  return list;
}

/**
 * Parts of a partition never add up to more than their whole (boys + girls ≤ all pupils); a part
 * given alone (boys, no girls row) is never more than the whole either (issue 11: it went unqueried).
 */
export const partitionsWithinWhole: ReturnRule = (ret, { catalogue: cat }) => {
  const label = (code: string) => cat.pupilGroup(code).label;
  const groups = new Map(ret.groups.map((g) => [g.pupilGroup, g]));
  return cat.partitions.flatMap(({ whole, parts }) => {
    const w = groups.get(whole);
    const present = parts.filter((p) => groups.has(p));
    if (w && present.length === 1) return partWithinWhole(cat, groups, whole, present[0]!);
    if (!w || present.length < 2) return [];
    return quantities(cat, groups, [whole, ...present]).flatMap(({ name, of }) => {
      const wholeValue = of(w);
      const values = present.map((p) => of(groups.get(p)!));
      if (wholeValue === undefined || values.some((v) => v === undefined)) return [];
      const sum = values.reduce((a, b) => a! + b!, 0)!;
      if (sum <= wholeValue) return [];
      return [
        message('partition.above-whole', groups.get(present[0]!)!.place, {
          quantity: name,
          parts: present.map(label).join(' + '),
          sum,
          whole: label(whole),
          wholeValue,
        }),
      ];
    });
  });
};

/** Each quantity of group `p` that is more than the same quantity of `whole`, as a query. */
function partWithinWhole(
  cat: Catalogue,
  groups: ReadonlyMap<string, ReturnedGroup>,
  whole: string,
  p: string,
): Message[] {
  const label = (code: string) => cat.pupilGroup(code).label;
  const part = groups.get(p);
  const w = groups.get(whole);
  if (!part || !w) return [];
  return quantities(cat, groups, [whole, p]).flatMap(({ name, of }) => {
    const value = of(part);
    const wholeValue = of(w);
    if (value === undefined || wholeValue === undefined || value <= wholeValue) return [];
    return [
      message('subset.above-whole', part.place, {
        quantity: name,
        group: label(p),
        value,
        whole: label(whole),
        wholeValue,
      }),
    ];
  });
}

/** A group within a whole (White British within all pupils) never exceeds it. */
export const subsetsWithinWhole: ReturnRule = (ret, { catalogue: cat }) => {
  const groups = new Map(ret.groups.map((g) => [g.pupilGroup, g]));
  return cat.subsets.flatMap(({ whole, parts }) => parts.flatMap((p) => partWithinWhole(cat, groups, whole, p)));
};

export const predictionRules: readonly ReturnRule[] = [
  wholeCohortPresent,
  countsWithinCohort,
  meansWithinRange,
  implicationsHold,
  partitionsWithinWhole,
  subsetsWithinWhole,
];
