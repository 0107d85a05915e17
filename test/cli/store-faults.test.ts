// Issue 17: a fault of the store named by --db is one line naming the path, what is wrong and what
// to do, with its own exit status (src/cli/exit-codes.ts), never "internal error" (70), and the store
// is left as it was. Real files in a temporary folder; the read-only disk and the full disk are real
// small tmpfs mounts where the test may mount one (root here), and are skipped, saying so, elsewhere.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Sqlite from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT } from '../../src/cli/exit-codes.js';
import { cli } from './run-cli.js';

const GIAS =
  'URN,LA (code),EstablishmentNumber,EstablishmentName,TypeOfEstablishment (name),EstablishmentStatus (name),' +
  'PhaseOfEducation (name),StatutoryLowAge,StatutoryHighAge\n' +
  '110001,874,2001,Alder Primary,Community school,Open,Primary,4,11\n' +
  '110002,874,2002,Birch Primary,Community school,Open,Primary,4,11\n';
const RETURNS =
  'urn,academic_year,key_stage,round,pupil_group,cohort,ks2_rwm_l4,ks2_read_l4\n' +
  '110001,2014/15,KS2,Autumn,All pupils,60,45,50\n110002,2014/15,KS2,Autumn,All pupils,50,40,45\n';
const STATUS = ['status', '--year', '2014/15', '--key-stage', 'KS2', '--round', 'Autumn'];
const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

let dir: string;

/** Can this test mount a tmpfs (as root on Linux)? Then the disk faults are real ones. */
function canMount(): boolean {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return false;
  try {
    execFileSync('mount', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
const MOUNTABLE = canMount();

/** A small tmpfs at a new folder of `dir`, unmounted after `work`. */
async function onTmpfs<T>(size: string, work: (at: string) => Promise<T>): Promise<T> {
  const at = await mkdtemp(join(dir, 'mnt-'));
  execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', at]);
  try {
    return await work(at);
  } finally {
    execFileSync('umount', ['-l', at]);
  }
}

/** A store with the two schools' register and their returns in it. */
async function storeAt(folder: string): Promise<string> {
  const db = join(folder, 'store.sqlite');
  await writeFile(join(folder, 'gias.csv'), GIAS);
  await writeFile(join(folder, 'returns.csv'), RETURNS);
  expect((await cli(['register', 'import', join(folder, 'gias.csv'), '--la', '874', '--db', db])).code).toBe(0);
  expect((await cli(['import', join(folder, 'returns.csv'), '--db', db])).code).toBe(0);
  return db;
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sr-store-faults-'));
  // Open to the ordinary user (nobody) that the read-only cases run as when this runs as root.
  chmodSync(dir, 0o755);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('--db naming a file that is not a store', () => {
  it.each([
    ['a PNG picture', 'picture.png', Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), Buffer.alloc(600, 7)])],
    ['a text file', 'notes.txt', 'these are not the returns\n'.repeat(40)],
  ])('says %s is not a store, exit 3, and leaves it unchanged', async (_what, name, content) => {
    const path = join(dir, name);
    await writeFile(path, content);
    const before = sha(path);
    for (const args of [STATUS, ['import', join(dir, 'nothing-here.csv')]]) {
      const run = await cli([...args, '--db', path]);
      expect([run.code, run.err]).toEqual([
        EXIT.notAStore,
        [
          `school-returns: ${path} is not a school-returns store, and was left unchanged: ` +
            'name the store with --db, or a new file to start one',
        ],
      ]);
    }
    expect(sha(path)).toBe(before);
  });

  it('says an SQLite database of something else is not a store, and adds no tables to it', async () => {
    const path = join(dir, 'other.sqlite');
    const other = new Sqlite(path);
    other.exec('create table photos (id integer primary key, caption text)');
    other.close();
    const run = await cli([...STATUS, '--db', path]);
    expect(run.code).toBe(EXIT.notAStore);
    expect(run.err[0]).toContain(`${path} is not a school-returns store`);
    const after = new Sqlite(path, { readonly: true });
    expect(after.prepare(`select name from sqlite_master where type = 'table'`).pluck().all()).toEqual(['photos']);
    after.close();
  });
});

describe('a store made by a newer version', () => {
  it('names the migration it does not know, exit 3, and runs none of its own', async () => {
    const folder = await mkdtemp(join(dir, 'newer-'));
    const db = await storeAt(folder);
    const native = new Sqlite(db);
    native.prepare(`insert into kysely_migration (name, timestamp) values (?, ?)`).run('2099-01-01-0099-future', 'x');
    native.close();
    const before = sha(db);
    const run = await cli([...STATUS, '--db', db]);
    expect([run.code, run.err]).toEqual([
      EXIT.notAStore,
      [
        `school-returns: the store ${db} was written by a newer version of school-returns ` +
          '(it has 2099-01-01-0099-future), and was left unchanged: use that version, or update school-returns',
      ],
    ]);
    expect(sha(db)).toBe(before);
  });
});

describe('a locked store', () => {
  it('says another process holds it, exit 5, after the wait (shortened here by SCHOOL_RETURNS_BUSY_MS)', async () => {
    const folder = await mkdtemp(join(dir, 'locked-'));
    const db = await storeAt(folder);
    await writeFile(join(folder, 'new.csv'), RETURNS.replace('45,50', '44,50'));
    const holder = new Sqlite(db);
    holder.exec('begin immediate');
    try {
      const run = await cli(['import', join(folder, 'new.csv'), '--db', db], { SCHOOL_RETURNS_BUSY_MS: '200' });
      expect([run.code, run.err]).toEqual([
        EXIT.storeLocked,
        [
          `school-returns: the store ${db} is locked by another school-returns (or program) still writing to it: ` +
            'wait for it to finish and run this again',
        ],
      ]);
    } finally {
      holder.exec('rollback');
      holder.close();
    }
  });
});

describe('a read-only store', () => {
  // Decided: a store that cannot be written is opened read-only, so status and reports still work
  // where SQLite can read it (a read-only file in a folder it may write its -shm file to); a command
  // that writes says the store is read-only (exit 4). On a read-only disk SQLite cannot read a WAL
  // store at all: that is said too (exit 4).
  it.skipIf(!MOUNTABLE)('on a read-only disk: one line, exit 4, even for status (tmpfs remounted ro)', async () => {
    await onTmpfs('1m', async (at) => {
      const db = await storeAt(at);
      execFileSync('mount', ['-o', 'remount,ro', at]);
      for (const args of [STATUS, ['import', join(at, 'returns.csv')]]) {
        const run = await cli([...args, '--db', db]);
        expect([run.code, run.err]).toEqual([
          EXIT.storeReadOnly,
          [
            `school-returns: the store ${db} is on a read-only disk, where SQLite can neither change it nor read it: ` +
              'copy it (with any -wal file beside it) to a disk you may write',
          ],
        ]);
      }
    });
  });

  it('a read-only file: status still reports, an import says it cannot write (exit 4)', async () => {
    const folder = await mkdtemp(join(dir, 'ro-file-'));
    const db = await storeAt(folder);
    await writeFile(join(folder, 'new.csv'), RETURNS.replace('45,50', '44,50'));
    chmodSync(db, 0o444);
    // Root may write a file whatever its mode: run as nobody there, as an ordinary user would be.
    const asUser = process.getuid?.() === 0;
    if (asUser) execFileSync('chown', ['-R', '65534', folder]);
    const run = (args: string[]) =>
      asUser ? cliAs(65534, [...args, '--db', db]) : cli([...args, '--db', db]).then((r) => ({ ...r }));
    const status = await run(STATUS);
    expect(status.code).toBe(0);
    const write = await run(['import', join(folder, 'new.csv')]);
    expect(write.code).toBe(EXIT.storeReadOnly);
    expect(write.err).toEqual([
      `school-returns: the store ${db} cannot be written (it is read-only): make it writable (chmod u+w), ` +
        'or copy it somewhere you may write; reports can be made from a read-only store that is up to date',
    ]);
  }, 30_000);

  it('permission denied on the store: one line, exit 4', async () => {
    const folder = await mkdtemp(join(dir, 'denied-'));
    const db = await storeAt(folder);
    chmodSync(db, 0o000);
    const asUser = process.getuid?.() === 0;
    if (asUser) execFileSync('chown', ['-R', '65534', folder]);
    const run = asUser ? await cliAs(65534, [...STATUS, '--db', db]) : await cli([...STATUS, '--db', db]);
    expect([run.code, run.err]).toEqual([
      EXIT.storeReadOnly,
      [
        `school-returns: the store ${db} cannot be opened: permission denied on it or its folder: ` +
          'ask its owner for access, or name another store with --db',
      ],
    ]);
  }, 30_000);
});

describe('a full disk', () => {
  const FULL_LINE = (db: string) =>
    `school-returns: the disk under the store ${db} is full: nothing of the return being stored was kept ` +
    '(those stored before it are whole); free some space and run this again';

  it.skipIf(!MOUNTABLE)(
    'under the store, mid-import: SQLITE_FULL said, not "cannot rollback", exit 6 (tmpfs)',
    async () => {
      await onTmpfs('1m', async (at) => {
        const db = await storeAt(at);
        const big = join(at, 'big.csv');
        const lines = Array.from({ length: 3000 }, (_, i) => `110001,2014/15,KS2,Spring,All pupils,60,45,${i % 50}`);
        await writeFile(big, 'urn,academic_year,key_stage,round,pupil_group,cohort,ks2_rwm_l4,ks2_read_l4\n');
        await writeFile(big, lines.join('\n') + '\n', { flag: 'a' });
        // Another reader keeps the store's -wal and -shm files, so SQLite opens it and fails writing.
        const reader = new Sqlite(db, { readonly: true });
        try {
          reader.prepare('select count(*) from returns').get();
          await fill(at);
          const run = await cli(['import', big, '--db', db]);
          expect([run.code, run.err]).toEqual([EXIT.diskFull, [FULL_LINE(db)]]);
        } finally {
          reader.close();
        }
        await rm(join(at, 'filler'));
        const check = new Sqlite(db, { readonly: true });
        expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
        expect(check.prepare(`select count(*) from returns where status = 'accepted'`).pluck().get()).toBe(2);
        check.close();
      });
    },
  );

  it.skipIf(!MOUNTABLE)('under the store, full before it opens: exit 6, even for status (tmpfs)', async () => {
    await onTmpfs('1m', async (at) => {
      const db = await storeAt(at);
      await fill(at);
      const run = await cli([...STATUS, '--db', db]);
      expect([run.code, run.err]).toEqual([EXIT.diskFull, [FULL_LINE(db)]]);
    });
  });

  it.skipIf(!MOUNTABLE)('under --report: the import is done and says so, exit 7, no file left', async () => {
    await onTmpfs('64k', async (at) => {
      const folder = await mkdtemp(join(dir, 'report-'));
      const db = await storeAt(folder);
      await writeFile(join(folder, 'more.csv'), RETURNS.replace('45,50', '44,50').repeat(1));
      await fill(at);
      const report = join(at, 'messages.csv');
      const run = await cli(['import', join(folder, 'more.csv'), '--db', db, '--report', report]);
      expect(run.code).toBe(EXIT.sideReportFailed);
      expect(run.out.at(-1)).toMatch(/^2 files?, .*|^1 file, 2 returns: 2 accepted/);
      expect(run.err).toEqual([
        `school-returns: the import above is done, but its messages report ${report} was not written: ` +
          'the disk is full; choose another path with --report, or run the import again to write it',
      ]);
      expect(execFileSync('ls', [at]).toString().trim()).toBe('filler');
    });
  });

  it.skipIf(!MOUNTABLE)('under --out: one line naming it, exit 2 (tmpfs)', async () => {
    await onTmpfs('64k', async (at) => {
      const folder = await mkdtemp(join(dir, 'out-'));
      const db = await storeAt(folder);
      await fill(at);
      const out = join(at, 'predictions.csv');
      const args = ['report', 'predictions', '--year', '2014/15', '--key-stage', 'KS2', '--round', 'Autumn'];
      const run = await cli([...args, '--db', db, '--out', out]);
      expect([run.code, run.err]).toEqual([
        EXIT.usage,
        [`school-returns: cannot use ${out}: the disk is full; choose another path`],
      ]);
    });
  });
});

/** Fills the disk at `at` with one file, `filler`. */
async function fill(at: string): Promise<void> {
  const free = Number(execFileSync('df', ['-B1', '--output=avail', at]).toString().trim().split('\n')[1]);
  await writeFile(join(at, 'filler'), Buffer.alloc(free));
}

/** The command line as another user, in a child process (root may write read-only files). */
async function cliAs(uid: number, args: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const { spawnSync } = await import('node:child_process');
  const root = new URL('../../', import.meta.url).pathname;
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    cwd: root,
    uid,
    env: { ...process.env, HOME: '/tmp' },
    encoding: 'utf8',
    timeout: 25_000,
  });
  const lines = (s: string) => s.split('\n').filter(Boolean);
  return { code: r.status ?? -1, out: lines(r.stdout), err: lines(r.stderr) };
}
