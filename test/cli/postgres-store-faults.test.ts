// Issue 15, item 1: a PostgreSQL store that cannot be used is one line naming it by its URL, with any
// password hidden, and what to do, never a stack trace. The URL's own faults and a server not there
// are tried on every run; a database, store or login not there need the test server (npm run test:pg).
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from './run-cli.js';
import { onPostgres, removeTestDir, TEST_PG, testStoreLocation } from '../support/temp-store.js';

const STATUS = ['status', '--year', '2014/15', '--key-stage', 'KS2', '--round', 'Autumn', '--db'];
const oneLine = async (db: string) => {
  const run = await cli([...STATUS, db]);
  expect(run.err).toHaveLength(1);
  return { code: run.code, line: run.err[0]! };
};
/** The test server's URL with its user or database changed. */
const varied = (change: (url: URL) => void) => {
  const url = new URL(TEST_PG!);
  change(url);
  return url.toString();
};

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sr-pg-faults-'));
});
afterAll(async () => {
  await removeTestDir(dir);
});

describe('a PostgreSQL store that cannot be used', () => {
  it('is a URL it cannot read: exit 2, and how to write one', async () => {
    expect(await oneLine('postgres://[region')).toEqual({
      code: 2,
      line: expect.stringMatching(
        /^school-returns: --db postgres:\/\/\[region is not a PostgreSQL store's URL .*write it as postgres:/,
      ),
    });
    expect((await oneLine('postgres://db.example')).line).toMatch(/it names no database/);
  });

  it('is a server not answering: exit 2, the password hidden', async () => {
    const { code, line } = await oneLine('postgres://council:s3cret@127.0.0.1:1/region');
    expect(code).toBe(2);
    expect(line).toMatch(
      /^school-returns: no PostgreSQL server answered at postgres:\/\/council:\*\*\*@127\.0\.0\.1:1\/region /,
    );
    expect(line).not.toContain('s3cret');
  });

  it.skipIf(!onPostgres)('is a database not on the server: exit 2 (needs the test server)', async () => {
    expect(await oneLine(varied((u) => (u.pathname = '/sr_no_such_database')))).toEqual({
      code: 2,
      line: expect.stringMatching(/has no such database: create it/),
    });
  });

  it.skipIf(!onPostgres)('is a login refused: exit 4 (needs the test server)', async () => {
    expect(await oneLine(varied((u) => (u.username = 'sr_no_such_council')))).toEqual({
      code: 4,
      line: expect.stringMatching(/refused the login/),
    });
  });

  it.skipIf(!onPostgres)('is a database with no store, for a report: exit 2 (needs the test server)', async () => {
    expect(await oneLine(await testStoreLocation(dir))).toEqual({
      code: 2,
      line: expect.stringMatching(
        /^school-returns: there is no store in postgres:.*import the register and returns into it first/,
      ),
    });
  });
});
