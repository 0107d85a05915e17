// Issue 17: only regular files are read as returns. A device (/dev/zero reads without end), a named
// pipe (waits for a writer for ever) or a socket, given or found in a folder, is listed as skipped
// and never opened; a good file given beside them is imported as usual, at once.
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findFiles } from '../../../src/ingest/find-files.js';
import { readFiles } from '../../../src/ingest/read/read-files.js';
import { cli } from '../../cli/run-cli.js';
import { removeTestDir, testStoreLocation } from '../../support/temp-store.js';

const RETURNS =
  'urn,academic_year,key_stage,round,pupil_group,cohort,ks2_rwm_l4,ks2_read_l4\n' +
  '110001,2014/15,KS2,Autumn,All pupils,60,45,50\n';

let dir: string;
let server: Server;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sr-not-regular-'));
  await mkdir(join(dir, 'returns'));
  await writeFile(join(dir, 'returns', 'good.csv'), RETURNS);
  execFileSync('mkfifo', [join(dir, 'returns', 'pipe.csv')]);
  execFileSync('mkfifo', [join(dir, 'given-pipe.csv')]);
  server = createServer();
  await new Promise<void>((resolve) => server.listen(join(dir, 'returns', 'socket.csv'), resolve));
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await removeTestDir(dir);
});

describe('files that are not regular files', () => {
  it('lists devices, pipes and sockets as skipped, given or in a folder, and imports the good file', async () => {
    const run = await cli([
      'import',
      '--db',
      await testStoreLocation(dir),
      '/dev/zero',
      '/dev/urandom',
      join(dir, 'given-pipe.csv'),
      join(dir, 'returns'),
    ]);
    const skipped = (path: string, what: string) =>
      `skipped              ${path} (${what}, not a regular file: never read)`;
    expect(run.out).toEqual([
      expect.stringMatching(/^refused +.*good\.csv: /), // an unknown school in an empty register: read, not hung
      skipped('/dev/zero', 'a device'),
      skipped('/dev/urandom', 'a device'),
      skipped(join(dir, 'given-pipe.csv'), 'a named pipe'),
      skipped(join(dir, 'returns', 'pipe.csv'), 'a named pipe'),
      skipped(join(dir, 'returns', 'socket.csv'), 'a socket'),
      '1 file, 1 return: 0 accepted (0 with queries), 1 refused, 5 other files skipped',
    ]);
  }, 10_000);

  it('finds them as skipped, never as files to read', async () => {
    const found = await findFiles(['/dev/zero', join(dir, 'returns')]);
    expect(found.files.map((f) => f.name)).toEqual([join(dir, 'returns', 'good.csv')]);
    expect(found.skipped.map((f) => f.special)).toEqual(['device', 'pipe', 'socket']);
  });

  it('refuses, without waiting, a path that became a pipe or a device after it was found', async () => {
    const read = await readFiles([join(dir, 'given-pipe.csv'), '/dev/zero']);
    expect(read).toEqual([{ errorCode: 'not a regular file' }, { errorCode: 'not a regular file' }]);
  });
});
