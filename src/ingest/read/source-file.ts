import { createHash } from 'node:crypto';

/** A file as it arrived: its bytes, named as the user named it. */
export interface SourceFile {
  /** The path as given or found, for the store's record. */
  path: string;
  /** The name messages use: the path relative to the folder imported, or as given. */
  name: string;
  bytes: Uint8Array;
  /** Hex sha256 of the bytes: the same file imported twice is recognised by it. */
  sha256: string;
}

export function sourceFile(path: string, name: string, bytes: Uint8Array): SourceFile {
  return { path, name, bytes, sha256: createHash('sha256').update(bytes).digest('hex') };
}
