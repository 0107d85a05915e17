// Settings a city changes without touching code: its name and LA code, and publication rules.
import { z } from 'zod';
import settingsJson from './settings.json' with { type: 'json' };

export const settingsFile = z.object({
  city: z.object({ laCode: z.string().regex(/^\d{3}$/), name: z.string().min(1) }),
  publication: z.object({
    /** Counts from 1 to this many pupils are suppressed in anything published (domain.md). */
    smallCountThreshold: z.number().int().min(0),
    /**
     * A group of at most this many pupils is small: its 0% and 100% rates, and counts with 1 to
     * smallCountThreshold pupils not reaching a measure, are suppressed too (pitfalls.md, Disclosure).
     */
    smallGroupCohort: z.number().int().min(0),
  }),
  /** Margins for the queries raised for challenge (domain.md, Challenge), in percentage points. */
  challenge: z.object({
    belowLastActualByPoints: z.number().positive(),
    groupFarFromWholeByPoints: z.number().positive(),
    groupFarFromWholeMinCohort: z.number().int().min(1),
    /** Groups expected to be near the whole cohort (not prior attainers or SEN, which differ by design). */
    groupFarFromWholeGroups: z.array(z.string()),
    floorStandards: z.array(
      z.object({
        academicYear: z.string(),
        measure: z.string(),
        pupilGroup: z.string(),
        percent: z.number(),
        source: z.string(),
      }),
    ),
  }),
});
export type Settings = z.infer<typeof settingsFile>;
export const settings: Settings = settingsFile.parse(settingsJson);
