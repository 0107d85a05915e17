// Settings a city changes without touching code: its name and LA code, publication rules, and the
// caps on what one file may cost to read (issue 11: a hostile file is refused alone, always).
import { z } from 'zod';
import settingsJson from './settings.json' with { type: 'json' };

export const settingsFile = z.object({
  city: z.object({
    laCode: z.string().regex(/^\d{3}$/),
    name: z.string().min(1),
    /**
     * The LA's 9-character GSS code (ONS: E06 unitary, E08 metropolitan district, E09 London
     * borough, E10 county), the `new_la_code` of an Explore Education Statistics export.
     * Kingsmere is fictional: the demo borrows LA 874's, E06000031 (Peterborough).
     */
    gssCode: z.string().regex(/^E(06|08|09|10)\d{6}$/),
    /** The city's region as the comparator files name it, for the gap to the region (issue 12). */
    region: z.string().min(1).optional(),
  }),
  publication: z.object({
    /** Counts from 1 to this many pupils are suppressed in anything published (domain.md). */
    smallCountThreshold: z.number().int().min(0),
    /**
     * A group of at most this many pupils is small: its 0% and 100% rates, and counts with 1 to
     * smallCountThreshold pupils not reaching a measure, are suppressed too (pitfalls.md, Disclosure).
     */
    smallGroupCohort: z.number().int().min(0),
    /**
     * Pupil groups published under thresholds of their own, where stricter than the two above: counts
     * of 1 to `smallCountThreshold` of the group (its pupils on roll or cohort among them, so a group of
     * that many or fewer is withheld whole) and complements in a group of at most `smallGroupCohort`.
     */
    strictGroups: z
      .array(
        z.object({
          pupilGroup: z.string().min(1),
          smallCountThreshold: z.number().int().min(0),
          smallGroupCohort: z.number().int().min(0),
        }),
      )
      .default([]),
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
  /** The calibrated forecast (report forecast): shrinkage, resampling and the interval's coverage. */
  forecast: z.object({
    /** k in the weight n / (n + k) a school's own bias gets after n years of record; the city's gets the rest. */
    shrinkageYears: z.number().positive(),
    /** Draws of past errors behind the interval; the seed makes them the same on every run. */
    resamples: z.number().int().min(1),
    seed: z.number().int(),
    /** The share of the draws the interval covers (0.9: from the 5th to the 95th percentile). */
    intervalLevel: z.number().gt(0).lt(1),
  }),
  /**
   * Caps on one file, each refused by a rule of its own that names the file (schemas/README.md,
   * "Limits"). Sizes in bytes, lengths in characters, counts whole.
   */
  limits: z.object({
    /** Milliseconds a parse worker may spend on one file before it is killed and the file refused. */
    fileTimeMs: z.number().int().positive(),
    /** A parse worker's V8 heap, in MB (--max-old-space-size); a file that needs more is refused. */
    workerHeapMb: z.number().int().positive(),
    /**
     * Bytes a file may have to be parsed in the import's own process, with no time or memory cap;
     * a run with a larger file parses in the pool (fileTimeMs, workerHeapMb), however few its files.
     */
    inProcessMaxBytes: z.number().int().positive(),
    /** Parts (zip entries) a workbook may hold. */
    zipEntries: z.number().int().positive(),
    /** Bytes a workbook's parts may inflate to in all, counted while inflating, not as the zip declares. */
    zipUncompressedBytes: z.number().int().positive(),
    /** Inflated over compressed bytes one part may reach, once it is past zipRatioFromBytes. */
    zipRatio: z.number().positive(),
    zipRatioFromBytes: z.number().int().positive(),
    /** Cells (`<c>` elements) one worksheet may hold. */
    sheetCells: z.number().int().positive(),
    /** Columns a worksheet's row may reach. */
    sheetColumns: z.number().int().positive(),
    /** Merged ranges on one worksheet, and the cells they cover in all. */
    mergedRanges: z.number().int().positive(),
    mergedCells: z.number().int().positive(),
    /** Characters in one workbook cell's text (Excel's own cap is 32,767). */
    cellLength: z.number().int().positive(),
    /** Lines of one CSV file. */
    csvLines: z.number().int().positive(),
    /** Characters on one CSV line, its line break aside. */
    csvLineLength: z.number().int().positive(),
    /** Characters in one CSV field, a quoted field over several lines included. */
    csvFieldLength: z.number().int().positive(),
    /** Fields on one CSV line. */
    csvColumns: z.number().int().positive(),
    /** Errors of one rule kept for one return; the rest are counted in one message. */
    repeatedErrors: z.number().int().positive(),
  }),
});
export type Settings = z.infer<typeof settingsFile>;
export type Limits = Settings['limits'];
export const settings: Settings = settingsFile.parse(settingsJson);
