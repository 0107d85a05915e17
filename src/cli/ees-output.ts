// `--format ees`: an Explore Education Statistics data file and its metadata file, NAME.csv and
// NAME.meta.csv. There is no screen form: the data alone cannot be uploaded, so --out names the
// pair. The places (the city's LA codes, each school's LAESTAB and group) come from the store and
// schemas/settings.json; the table from the same report every other format writes.
import { shippedContext } from '../domain/context.js';
import { cliText } from '../messages/cli-text.js';
import { eesText } from '../messages/ees-text.js';
import type { EesPlaces } from '../publish/ees/ees-geography.js';
import type { EesTable } from '../publish/ees/ees-table.js';
import { writeFileAtomic } from '../publish/write-atomic.js';
import { eesFiles } from '../publish/writers/ees-writer.js';
import type { StoreReader } from '../store/open-store.js';
import { collaborativeGroupsIn, loadSchools } from '../store/queries/register.js';
import { CliError, type CliIO } from './cli-io.js';
import { withStore } from './store-option.js';

type Flags = Record<string, string | boolean | undefined>;

/**
 * --out NAME.csv, checked before the store is read. EES names a file in lower case letters,
 * digits, _ and -, and its metadata NAME.meta.csv, so NAME may not end in .meta itself.
 */
export function eesOut(flags: Flags): string {
  const out = flags['out'];
  if (typeof out !== 'string' || !/(^|[/\\])[a-z0-9_-]+\.csv$/.test(out)) throw new CliError(eesText['flag.needs-out']);
  return out;
}

/** The city's LA codes and the register's schools, with their collaborative groups in the year. */
export async function eesPlaces(store: StoreReader, academicYear: string): Promise<EesPlaces> {
  const groups = await collaborativeGroupsIn(store, academicYear);
  const schools = new Map(
    (await loadSchools(store)).map((s) => {
      const group = groups.get(s.urn);
      return [s.urn, { laestab: s.laestab, ...(group ? { collaborativeGroup: group } : {}) }] as const;
    }),
  );
  return { city: shippedContext().settings.city, schools };
}

/** The export of a report already built: reads the places, writes both files whole, says so. */
export async function writeEes(
  io: CliIO,
  flags: Flags,
  academicYear: string,
  build: (places: EesPlaces) => EesTable,
): Promise<void> {
  const out = eesOut(flags);
  const places = await withStore(flags['db'] as string | undefined, io, (s) => eesPlaces(s, academicYear));
  const table = build(places);
  // EES takes no file without data: the command has said why there is none (exit 1, no file).
  if (table.rows.length === 0) throw new CliError(eesText['nothing'](out), 1);
  const { data, meta } = eesFiles(table);
  const metaPath = out.replace(/\.csv$/, '.meta.csv');
  // For EES and programs: plain UTF-8, no byte order mark (write-atomic.ts).
  await writeFileAtomic(out, data, { byteOrderMark: false });
  await writeFileAtomic(metaPath, meta, { byteOrderMark: false });
  io.out(cliText['report.wrote'](out));
  io.out(cliText['report.wrote'](metaPath));
}
