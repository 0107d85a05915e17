// Each file of a GIAS download told by its header: the establishment extract or the links file.
// Read in two passes (its encoding, then its lines) so the bytes are never held whole.
import { gias, giasLinks } from '../../schemas/formats/reference.schema.js';
import type { Message } from '../messages/message.js';
import { csvRecords, encodingOf, type CsvRecord } from './csv-records.js';
import { readFailure } from './read-failure.js';
import { findFields, type Fields } from './reference-fields.js';
import type { RegisterSource } from './register-sources.js';

export interface ClassifiedSource {
  name: string;
  kind: 'establishments' | 'links';
  fields: Fields;
  /** The lines after the header, read afresh. */
  lines(): AsyncIterable<CsvRecord>;
}

export async function classifySources(
  sources: readonly RegisterSource[],
): Promise<{ sources: ClassifiedSource[]; messages: Message[] }> {
  const classified: ClassifiedSource[] = [];
  const messages: Message[] = [];
  for (const source of sources) {
    try {
      const encoding = await encodingOf(source.chunks());
      const records = csvRecords(source.chunks(), encoding);
      const header = (await records.next()).value as CsvRecord | undefined;
      await records.return(undefined);
      const cells = header?.cells ?? [];
      const extract = findFields(gias, cells, source.name);
      const links = findFields(giasLinks, cells, source.name);
      const lines = async function* () {
        const all = csvRecords(source.chunks(), encoding);
        await all.next();
        yield* all;
      };
      if (extract.ok) classified.push({ name: source.name, kind: 'establishments', fields: extract.fields, lines });
      else if (links.ok) classified.push({ name: source.name, kind: 'links', fields: links.fields, lines });
      // Neither: named as an extract lacking its columns, the file a register import is asked for.
      else messages.push(extract.message);
    } catch (error) {
      messages.push(readFailure(source.name, error));
    }
  }
  return { sources: classified, messages };
}
