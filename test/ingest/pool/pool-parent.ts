// A process that parses the files named in a pool of one worker, and prints "first parsed" once the
// first file's result is back: the worker has then begun the second. The test kills this process there.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseInPool } from '../../../src/ingest/parse-pool.js';
import { sourceFile } from '../../../src/ingest/read/source-file.js';
import { parseWorker } from '../../../src/returns/parse-source.js';

const files = await Promise.all(
  process.argv.slice(2).map(async (path) => ({
    file: { path, name: basename(path) },
    source: sourceFile(path, basename(path), await readFile(path)),
  })),
);
for await (const result of parseInPool(files, parseWorker, 1)) console.log(`parsed ${result.file.name}`);
