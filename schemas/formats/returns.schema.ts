// The layout of returns (schemas/README.md §1-4) as data: header labels and their aliases, the table's
// fixed columns, and the CSV layouts' headers.
import { z } from 'zod';
import returnsJson from './returns.json' with { type: 'json' };

const named = z.object({ label: z.string(), aliases: z.array(z.string()).default([]) });

export const returnsFormatFile = z.object({
  headerFields: z.array(named.extend({ code: z.string() })),
  tableHeader: named,
  cohortColumn: named,
  ignoredColumns: z.array(z.string()),
  kinds: z.object({
    predictions: z.object({ sheet: z.string(), requiredHeader: z.array(z.string()) }),
    attendance: z.object({ sheet: z.string(), requiredHeader: z.array(z.string()) }),
  }),
  csvLayouts: z.object({
    'predictions-long': z.array(z.string()),
    'predictions-wide': z.array(z.string()),
    attendance: z.array(z.string()),
  }),
});

export type ReturnsFormat = z.infer<typeof returnsFormatFile>;
export type ReturnKind = keyof ReturnsFormat['kinds'];
export const returnsFormat: ReturnsFormat = returnsFormatFile.parse(returnsJson);
