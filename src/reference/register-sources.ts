// The files a GIAS download holds: a CSV as saved, or the Results.zip GIAS hands out (extract/
// edubasealldata<date>.csv, and links_edubasealldata<date>.csv when links were asked for). Each
// is given as a stream of bytes, so neither the zip's contents nor a 64 MB CSV is held whole.
import { createReadStream } from 'node:fs';
import { open, readFile } from 'node:fs/promises';
import { message, type Message } from '../messages/message.js';
import { isZip, zipEntries } from './zip-entries.js';

export interface RegisterSource {
  /** The name messages use: the file, or zip/entry. */
  name: string;
  chunks(): AsyncIterable<Uint8Array>;
}

/** The most a GIAS file may inflate to: four times an all-England extract (64 MB in 2025). */
export const MAX_INFLATED_BYTES = 256 * 1024 * 1024;

export async function registerSources(path: string): Promise<{ sources: RegisterSource[]; messages: Message[] }> {
  let head: Uint8Array;
  try {
    const handle = await open(path, 'r');
    try {
      const { bytesRead, buffer } = await handle.read(new Uint8Array(4), 0, 4, 0);
      head = buffer.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  } catch (error) {
    const detail = (error as NodeJS.ErrnoException).code ?? String(error);
    return { sources: [], messages: [message('file.read-failed', { file: path }, { detail })] };
  }
  if (!isZip(head))
    return {
      sources: [{ name: path, chunks: () => createReadStream(path, { highWaterMark: 256 * 1024 }) }],
      messages: [],
    };
  // The zip itself is small (an all-England extract zips to about a sixth); its entries are streamed.
  const listing = zipEntries(await readFile(path), MAX_INFLATED_BYTES);
  if (!listing.ok)
    return { sources: [], messages: [message('register.zip-unreadable', { file: path }, { detail: listing.detail })] };
  const csvs = listing.entries.filter((e) => /\.csv$/i.test(e.name));
  if (csvs.length === 0)
    return {
      sources: [],
      messages: [message('register.zip-no-csv', { file: path }, { found: listing.entries.map((e) => e.name) })],
    };
  return { sources: csvs.map((e) => ({ name: `${path}:${e.name}`, chunks: () => e.chunks() })), messages: [] };
}
