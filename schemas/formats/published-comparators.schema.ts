// The published comparator files the tool reads as downloaded (schemas/README.md §5): how each is
// recognised by its header, and which of its characteristics, items and columns are which catalogue
// pupil group and measure. The mapping is data (published-comparators.json); the readers name none.
import { z } from 'zod';
import publishedJson from './published-comparators.json' with { type: 'json' };

/** Headings any one of which may hold a field (legacy EES names first, the current standard's after). */
const headings = z.array(z.string().min(1)).min(1);

/** How a figure is defined beyond its measure: which persistent-absence threshold, how many half terms. */
const definition = {
  /** Percent of possible sessions missed that makes a persistent absentee (10 or 15). */
  persistentAbsenceThreshold: z.number().int().positive().optional(),
  /** Half terms the figure covers (6: the whole year; 5: to the spring bank holiday). */
  halfTerms: z.number().int().positive().optional(),
};

export const publishedComparatorsFile = z.object({
  /** Symbols published in place of a figure, and what each means (GSS and legacy). */
  symbols: z.record(z.string(), z.string()),
  ees: z.object({
    recognisedBy: z.array(z.string()),
    columns: z.object({
      period: headings,
      year: headings,
      level: headings,
      areaCode: headings,
      areaName: headings,
      phase: headings,
      group: headings,
    }),
    halfTerms: z.record(z.string(), z.number().int().positive()),
    levels: z.record(z.string(), z.string()),
    phases: z.record(z.string(), z.string()),
    groups: z.record(z.string(), z.string()),
    figures: z.array(z.object({ column: z.string(), measure: z.string(), ...definition })),
  }),
  lait: z.object({
    recognisedBy: z.array(z.string()),
    national: z.record(z.string(), z.string()),
    regional: z.array(z.string()),
    provisionalMark: z.string(),
    items: z.record(
      z.string(),
      z.object({ keyStage: z.string(), measure: z.string(), group: z.string(), ...definition }),
    ),
  }),
  neighbours: z.object({
    recognisedBy: z.array(z.string()),
    laCode: z.string(),
    laName: z.string(),
    /** SN1 … SN10: the prefix of each neighbour's heading, numbered from 1. */
    neighbour: z.string(),
    /** The heading of the closeness column right of each neighbour. */
    closeness: z.string(),
    count: z.number().int().positive(),
  }),
  /** The definition the project's own comparators csv is taken to have (it does not say). */
  ownCsvDefinition: z.object({ halfTerms: z.number().int().positive() }),
});

export type PublishedComparators = z.infer<typeof publishedComparatorsFile>;
export const publishedComparators: PublishedComparators = publishedComparatorsFile.parse(publishedJson);
