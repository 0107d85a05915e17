// The schools register from GIAS as downloaded (schemas/README.md §5): a CSV or GIAS's Results.zip,
// Windows-1252 (expected of GIAS, so no warning), every column, all of England. Each file in it is
// told by its header: the establishment extract, of which the LA's schools are kept and other
// establishments counted and skipped by type; and the links file, so a converter's history
// continues across its new URN. Everything is read before anything is stored.
import { hasErrors, message, type Message } from '../messages/message.js';
import type { Store } from '../store/open-store.js';
import { storeLinks, storeSchools, type LinkRow, type SchoolRow } from '../store/queries/reference.js';
import { loadSchools } from '../store/queries/register.js';
import { classifySources, type ClassifiedSource } from './classify-sources.js';
import type { CsvRecord } from './csv-records.js';
import { readEstablishments } from './read-establishments.js';
import { readLinks } from './read-links.js';
import type { ReferenceImportResult } from './reference-result.js';
import { registerSources } from './register-sources.js';
import { repeatedKeys } from './repeated-keys.js';
import { readFailure } from './read-failure.js';

export interface RegisterImportResult extends ReferenceImportResult {
  /** The LA's establishments skipped as not schools the city collects from, by GIAS type (or why). */
  skipped: Record<string, number>;
  /** Lines of other LAs' establishments, skipped unchecked. */
  otherLas: number;
  /** Links stored (0 with no links file). */
  links: number;
}

export async function importRegister(
  store: Store,
  path: string,
  laCodes: readonly string[],
): Promise<RegisterImportResult> {
  const wanted = new Set(laCodes.map((c) => c.trim()));
  const found = await registerSources(path);
  const classified = found.messages.length
    ? { sources: [], messages: found.messages }
    : await classifySources(found.sources);
  const messages: Message[] = [...classified.messages];
  const result = (stored: number, extra: Partial<RegisterImportResult> = {}): RegisterImportResult => ({
    file: path,
    stored,
    refused: hasErrors(messages),
    messages,
    skipped: {},
    otherLas: 0,
    links: 0,
    ...extra,
  });
  if (hasErrors(messages)) return result(0);

  const schools: { line: number; row: SchoolRow }[] = [];
  const skipped = new Map<string, number>();
  let otherLas = 0;
  const extracts = classified.sources.filter((s) => s.kind === 'establishments');
  for (const source of extracts) {
    const read = await readWhole(source, (lines) => readEstablishments(source.name, source.fields, lines, wanted));
    if (!read.ok) {
      messages.push(read.message);
      continue;
    }
    messages.push(...read.value.messages);
    messages.push(
      ...repeatedKeys(
        source.name,
        read.value.schools.map(({ line, row }) => ({ line, key: row.urn, what: `URN ${row.urn}` })),
      ),
    );
    schools.push(...read.value.schools);
    for (const [kind, n] of read.value.skipped) skipped.set(kind, (skipped.get(kind) ?? 0) + n);
    otherLas += read.value.otherLas;
    if (read.value.skipped.size > 0)
      messages.push(
        message(
          'register.skipped',
          { file: source.name },
          {
            skipped: [...read.value.skipped.values()].reduce((a, b) => a + b, 0),
            kinds: [...read.value.skipped].map(([kind, n]) => `${kind} ${n}`),
          },
        ),
      );
  }
  if (extracts.length > 0 && !hasErrors(messages) && schools.length === 0)
    messages.push(message('register.no-schools', { file: path }, { la: [...wanted].join(', ') }));

  const urns = new Set([...(await loadSchools(store)).map((s) => s.urn), ...schools.map((s) => s.row.urn)]);
  const links: LinkRow[] = [];
  for (const source of classified.sources.filter((s) => s.kind === 'links')) {
    const read = await readWhole(source, (lines) => readLinks(source.name, source.fields, lines, (u) => urns.has(u)));
    if (!read.ok) messages.push(read.message);
    else {
      messages.push(...read.value.messages);
      links.push(...read.value.links);
    }
  }
  const summary = { skipped: Object.fromEntries(skipped), otherLas, links: links.length };
  if (hasErrors(messages)) return result(0, { ...summary, links: 0 });
  if (schools.length > 0)
    await storeSchools(
      store,
      schools.map((s) => s.row),
    );
  if (links.length > 0) await storeLinks(store, links);
  return result(schools.length, summary);
}

/** A source's lines after its header given to `read`; a CSV or zip that fails part way is its message. */
async function readWhole<T>(
  source: ClassifiedSource,
  read: (lines: AsyncIterable<CsvRecord>) => Promise<T>,
): Promise<{ ok: true; value: T } | { ok: false; message: Message }> {
  try {
    return { ok: true, value: await read(source.lines()) };
  } catch (error) {
    return { ok: false, message: readFailure(source.name, error) };
  }
}
