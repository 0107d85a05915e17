// The shape of the catalogue files in schemas/catalogue/: checked once at load, so a broken
// catalogue stops the program with a clear message instead of misreading returns.
import { z } from 'zod';

const named = {
  code: z.string().min(1),
  label: z.string().min(1),
  aliases: z.array(z.string()).default([]),
};

export const pupilGroupsFile = z.object({
  pupilGroups: z.array(
    z.object({
      ...named,
      /** Reported by `report if-achieved`, against the national figure of the group it is compared with. */
      ifAchieved: z.object({ comparedWith: z.string() }).optional(),
    }),
  ),
  whole: z.string(),
  partitions: z.array(z.object({ whole: z.string(), parts: z.array(z.string()).min(2) })),
  subsets: z.array(z.object({ whole: z.string(), parts: z.array(z.string()).min(1) })),
  disadvantageComparison: z.object({ group: z.string(), nationalComparator: z.string() }),
});

const academicYear = z.string().regex(/^\d{4}\/\d{2}$/);

export const keyStagesFile = z.object({
  keyStages: z.array(
    z.object({
      ...named,
      phase: z.enum(['primary', 'secondary']),
      /** Pupils' age at the end of the key stage. */ endAge: z.number().int(),
    }),
  ),
  rounds: z.array(z.object(named)),
  terms: z.array(z.object({ ...named, order: z.number().int() })),
  /**
   * Half terms an attendance return may cover instead of a whole term (the DfE counts six): each
   * within one term (`term`, a term's code), `half` 1 or 2 of it.
   */
  halfTerms: z.array(z.object({ ...named, term: z.string().min(1), half: z.number().int().min(1).max(2) })).default([]),
});

export const measuresFile = z.object({
  frameworks: z.array(
    z.object({
      code: z.string(),
      label: z.string(),
      firstYear: academicYear.optional(),
      lastYear: academicYear.optional(),
    }),
  ),
  measures: z.array(
    z.object({
      ...named,
      keyStage: z.string(),
      kind: z.enum(['threshold', 'mean']),
      frameworks: z.array(z.string()).min(1),
      notAbove: z.array(z.string()).default([]),
      range: z.object({ min: z.number(), max: z.number() }).optional(),
      /** The measure a key stage's charts lead with, one per key stage and framework. */
      headline: z.boolean().default(false),
    }),
  ),
});

/**
 * What an attendance column is. pupils-on-roll: the pupils of the group (one column); possible-sessions: the
 * sessions they could attend (one column); absence-sessions: sessions missed, together at most the possible
 * sessions; pupils-absent: pupils counted by their absence (persistent, severe), at most those on roll and
 * withheld when few; events: counts of events (exclusions, penalty notices), withheld whole when published;
 * absence-reason: sessions missed for one reason, each part of one absence-sessions column (`partOf`): the
 * reasons of one total sum to at most it (more is an error, less a query).
 */
export const ATTENDANCE_ROLES = [
  'pupils-on-roll',
  'possible-sessions',
  'absence-sessions',
  'pupils-absent',
  'events',
  'absence-reason',
] as const;
export type AttendanceRole = (typeof ATTENDANCE_ROLES)[number];

export const attendanceFile = z.object({
  persistentAbsenceThresholds: z.array(
    z.object({
      firstYear: academicYear.optional(),
      lastYear: academicYear.optional(),
      percentOfPossibleSessions: z.number().positive().max(100),
    }),
  ),
  /**
   * `unit`: what the column counts, for messages ("enter the number of sessions"). `role`: what the
   * column is, from which its checks, sums, year-to-date and suppression follow (schemas/README.md §3).
   */
  columns: z.array(
    z.object({
      ...named,
      required: z.boolean(),
      unit: z.string().min(1),
      role: z.enum(ATTENDANCE_ROLES),
      /** absence-reason: the absence-sessions column whose sessions this reason is a part of. */
      partOf: z.string().min(1).optional(),
      /** pupils-absent with a fixed threshold: each pupil counted missed at least this % of possible sessions. */
      missedAtLeastPercent: z.number().positive().max(100).optional(),
    }),
  ),
  /** Each rate: Σ the `of` columns / the `per` column × 100, in percent; a query above `queryAbovePercent`. */
  rates: z.array(
    z.object({
      code: z.string().min(1),
      label: z.string().min(1),
      of: z.array(z.string().min(1)).min(1),
      per: z.string().min(1),
      queryAbovePercent: z.number().positive().max(100).optional(),
      /**
       * The rate a report ranks, compares with national and sets targets for: absence (overall absence)
       * and pupils-absent (persistent absence). One rate each.
       */
      headline: z.enum(['absence', 'pupils-absent']).optional(),
      /** Ranked beside the headline rates (severe absence beside persistent), rank 1 = lowest. */
      ranked: z.boolean().optional(),
      /**
       * The concern list's score per point this rate is above national for the phase (or the city's
       * own rate where the store has no national figure): severe absence 2 (README, concern list).
       */
      concernPerPoint: z.number().positive().optional(),
    }),
  ),
  maxSessionsPerEnrolmentPerTerm: z.number().positive(),
  enrolmentChangeQueryAboveShare: z.number().positive(),
});

export type PupilGroupsFile = z.infer<typeof pupilGroupsFile>;
export type KeyStagesFile = z.infer<typeof keyStagesFile>;
export type MeasuresFile = z.infer<typeof measuresFile>;
export type AttendanceFile = z.infer<typeof attendanceFile>;
