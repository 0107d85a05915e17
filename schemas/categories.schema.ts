// The rules that place each school in a category (issue 16, item 4: Thurrock 3.5 categories 1–5,
// Peterborough's "requires targeted support"). Data, not code: which measure, which pupil group,
// which threshold and which Ofsted judgement decide a category are all written in categories.json,
// and `report categories --rules FILE` takes a file of the same shape in its place.
import { z } from 'zod';
import categoriesJson from './categories.json' with { type: 'json' };

/** Exactly one comparison with a threshold: below (<), at most (≤), above (>), at least (≥). */
const comparison = z
  .object({
    below: z.number().optional(),
    atMost: z.number().optional(),
    above: z.number().optional(),
    atLeast: z.number().optional(),
  })
  .refine((c) => Object.values(c).filter((v) => v !== undefined).length === 1, {
    message: 'give exactly one of below, atMost, above, atLeast',
  });

/** Measures in order of preference: the first the year's figures hold is used (levels, then current). */
const measures = z.array(z.string().min(1)).min(1);

const attainment = z
  .object({
    /** `predicted`: the report's round of its year; `actual`: the results (Actual round) of the year before. */
    figure: z.enum(['predicted', 'actual']),
    measures,
    pupilGroup: z.string().min(1),
  })
  .and(comparison);

const gap = z
  .object({
    /** The gap to national, in percentage points, of the predicted or last year's actual figure. */
    figure: z.enum(['predicted-gap', 'actual-gap']),
    measures,
    pupilGroup: z.string().min(1),
    /** `national`: the same group nationally; `national-other`: other pupils nationally (disadvantaged only). */
    to: z.enum(['national', 'national-other']),
  })
  .and(comparison);

const attendance = z
  .object({
    /** An attendance rate of schemas/catalogue/attendance.json, percent, for the period the report states. */
    figure: z.literal('attendance'),
    rate: z.string().min(1),
    pupilGroup: z.string().min(1),
  })
  .and(comparison);

const ofstedJudgement = z.object({
  /** The latest inspection's overall effectiveness is one of these. */
  figure: z.literal('ofsted-judgement'),
  oneOf: z.array(z.enum(['Outstanding', 'Good', 'Requires improvement', 'Inadequate'])).min(1),
});

const ofstedAge = z
  .object({
    /** Whole months from the latest inspection's start to the report's as-at date. */
    figure: z.literal('ofsted-months'),
  })
  .and(comparison);

export const categoryCondition = z.union([attainment, gap, attendance, ofstedJudgement, ofstedAge]);

export const categoryRule = z.object({
  /** Stable, for a reader and a test: the report names the rule that placed each school. */
  id: z.string().min(1),
  category: z.string().min(1),
  /** Why the rule places a school there, in the team's words. */
  because: z.string().min(1),
  /** Every condition must hold; none: the rule places every school that reaches it. */
  when: z.array(categoryCondition),
});

export const categoriesFile = z.object({
  /** Where the rules come from (the policy document and its section). */
  source: z.string().min(1),
  /** Best first; the order the report and the Board paper list them in. */
  categories: z.array(z.object({ code: z.string().min(1), label: z.string().min(1) })).min(1),
  /** Ofsted judgements count up to the last day of the report's year (31 August); months are counted to it. */
  rules: z.record(z.string(), z.array(categoryRule).min(1)),
});

export type CategoryCondition = z.infer<typeof categoryCondition>;
export type CategoryRule = z.infer<typeof categoryRule>;
export type CategoryRules = z.infer<typeof categoriesFile>;
export const shippedCategoryRules: CategoryRules = categoriesFile.parse(categoriesJson);
