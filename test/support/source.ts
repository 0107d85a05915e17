import { sourceFile, type SourceFile } from '../../src/ingest/read/source-file.js';

/** A SourceFile of `bytes` (text as UTF-8) named `name`, as the import would make it. */
export const source = (name: string, bytes: Uint8Array | string): SourceFile =>
  sourceFile(name, name, typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes);
