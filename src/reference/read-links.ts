// GIAS's links file (links_edubasealldata<date>.csv), a line at a time. All England's links are
// given; only those touching a school of the register are kept.
import { giasLinks } from '../../schemas/formats/reference.schema.js';
import type { Message } from '../messages/message.js';
import type { LinkRow } from '../store/queries/reference.js';
import type { CsvRecord } from './csv-records.js';
import { cellOf, readLine, type Fields } from './reference-fields.js';

export interface Links {
  links: LinkRow[];
  /** Lines linking two establishments neither of which is in the register. */
  elsewhere: number;
  messages: Message[];
}

export async function readLinks(
  file: string,
  fields: Fields,
  lines: AsyncIterable<CsvRecord>,
  inRegister: (urn: string) => boolean,
): Promise<Links> {
  const read: Links = { links: [], elsewhere: 0, messages: [] };
  for await (const line of lines) {
    if (!inRegister(cellOf(fields, line, 'urn')) && !inRegister(cellOf(fields, line, 'linkUrn'))) {
      read.elsewhere++;
      continue;
    }
    const parsed = readLine(giasLinks, fields, line, file);
    if (!parsed.ok) {
      read.messages.push(parsed.message);
      continue;
    }
    const l = parsed.value;
    read.links.push({
      urn: l.urn,
      link_urn: l.linkUrn,
      link_type: l.linkType,
      link_name: l.linkName ?? null,
      established: l.established ?? null,
    });
  }
  return read;
}
