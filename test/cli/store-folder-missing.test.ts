// A --db path in a folder that does not exist is a wrong path (exit 2, one line), not a bug: the
// import that would start the store says which folder to make, and nothing is made.
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT } from '../../src/cli/exit-codes.js';
import { cli } from './run-cli.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sr-no-folder-'));
});
afterAll(async () => rm(dir, { recursive: true, force: true }));

describe('a store in a folder that does not exist', () => {
  it('refuses the register import in one line naming the folder, and makes nothing', async () => {
    const db = join(dir, 'not-made', 'store.sqlite');
    const run = await cli(['register', 'import', 'fixtures/register/edubasealldata.csv', '--la', '874', '--db', db]);
    expect(run.code).toBe(EXIT.usage);
    expect(run.err).toEqual([
      `school-returns: cannot make the store ${db}: the folder ${join(dir, 'not-made')} does not exist; ` +
        'make it first, or give --db a path in a folder that does',
    ]);
    expect(existsSync(join(dir, 'not-made'))).toBe(false);
  });

  it('refuses an import of returns the same way', async () => {
    const run = await cli(['import', 'fixtures/attendance', '--db', join(dir, 'nor-this', 'store.sqlite')]);
    expect(run.code).toBe(EXIT.usage);
    expect(run.err.join('\n')).toContain('does not exist; make it first');
  });
});
