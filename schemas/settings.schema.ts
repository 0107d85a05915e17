// Settings a city changes without touching code: its name and LA code, and publication rules.
import { z } from 'zod';
import settingsJson from './settings.json' with { type: 'json' };

export const settingsFile = z.object({
  city: z.object({ laCode: z.string().regex(/^\d{3}$/), name: z.string().min(1) }),
  publication: z.object({
    /** Counts from 1 to this many pupils are suppressed in anything published (domain.md). */
    smallCountThreshold: z.number().int().min(0),
  }),
});
export type Settings = z.infer<typeof settingsFile>;
export const settings: Settings = settingsFile.parse(settingsJson);
