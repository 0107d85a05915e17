// The DfE school performance tables' school-level downloads (absence, KS2, KS4) as the tool reads
// them (schemas/README.md §5): how a file is recognised, its symbols, and which column is which
// catalogue measure. The mapping is data (performance-tables.json); the reader names no column.
import { z } from 'zod';
import tablesJson from './performance-tables.json' with { type: 'json' };

const headings = z.array(z.string().min(1)).min(1);

export const performanceTablesFile = z.object({
  about: z.string(),
  /** Headings every school-level download has (with an LA column of `columns.la`). */
  recognisedBy: headings,
  columns: z.object({ la: headings, estab: headings, urn: headings, name: headings }),
  /** Symbols the tables publish in place of a figure, and what each means. */
  symbols: z.record(z.string(), z.string()),
  figures: z.array(
    z.object({
      column: z.string().min(1),
      /** A key stage of the catalogue, or `attendance` for the absence download. */
      keyStage: z.string().min(1),
      measure: z.string().min(1),
      /** Percent of possible sessions that makes a persistent absentee, for a persistent-absence rate. */
      persistentAbsenceThreshold: z.number().int().positive().optional(),
    }),
  ),
});

export type PerformanceTables = z.infer<typeof performanceTablesFile>;
export const performanceTables: PerformanceTables = performanceTablesFile.parse(tablesJson);
