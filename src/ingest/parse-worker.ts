// A child process that parses files for the import: reads each path it is sent, parses it and
// sends back the bytes and the ParsedFile. Isolated so a hostile workbook can only kill this.
import { readFile } from 'node:fs/promises';
import { parseSource } from './parse-source.js';
import { sourceFile } from './read/source-file.js';

export interface ParseRequest { id: number; path: string; name: string }
export type ParseReply =
  | { id: number; ok: true; bytes: Uint8Array; parsed: Awaited<ReturnType<typeof parseSource>> }
  | { id: number; ok: false; code: string };

process.on('message', async (request: ParseRequest) => {
  let reply: ParseReply;
  try {
    const bytes = await readFile(request.path);
    reply = { id: request.id, ok: true, bytes, parsed: await parseSource(sourceFile(request.path, request.name, bytes)) };
  } catch (error) {
    reply = { id: request.id, ok: false, code: (error as NodeJS.ErrnoException).code ?? String(error) };
  }
  process.send!(reply);
});
