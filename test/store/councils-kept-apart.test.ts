// Issue 15, item 3: on a region's PostgreSQL store, a council's role granted its LA (`store grant`)
// reads, counts, reports and overwrites only its own schools' returns, even given a file naming another
// council's school (refused in one line, as a school not in its register, and the rest of its import
// stored); the regional role (the tables' owner) still sees every school. PostgreSQL only:
// an SQLite store is one file, kept apart by who may read the file.
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/open-store.js';
import { currentReturns } from '../../src/store/queries/current-returns.js';
import { openStore } from '../../src/store/store-location.js';
import { cli } from '../cli/run-cli.js';
import { longCsv } from '../support/proforma-csv.js';
import { giasCsv } from '../support/register.js';
import { onPostgres, removeTestDir, TEST_PG, testStoreLocation } from '../support/temp-store.js';

const ROLE = `sr_council_873_${process.pid}`;
let dir: string;
let region: string;
let council: string;
let regional: Store;
let asCouncil: Store;
let cityReturn: number;

const urnsOf = async (store: Store) =>
  (await currentReturns(store.db).select('r.urn').orderBy('r.urn').execute()).map((r) => r.urn);

describe.skipIf(!onPostgres)('councils kept apart on a PostgreSQL store (PostgreSQL only: see the header)', () => {
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'sr-councils-'));
    region = await testStoreLocation(dir);
    const schools = [
      { urn: '110001', la: '874', establishmentNumber: '2001', name: 'Alder Primary School' },
      { urn: '120001', la: '873', establishmentNumber: '2001', name: 'Elsewhere Primary School' },
    ];
    await writeFile(join(dir, 'gias.csv'), giasCsv(schools));
    expect((await cli(['register', 'import', join(dir, 'gias.csv'), '--la', '874,873', '--db', region])).code).toBe(0);
    for (const urn of ['110001', '120001']) {
      await writeFile(join(dir, `${urn}.csv`), longCsv([{ urn }]));
      expect((await cli(['import', join(dir, `${urn}.csv`), '--db', region])).code).toBe(0);
    }
    const admin = new pg.Client({ connectionString: TEST_PG });
    await admin.connect();
    await admin.query(`create role ${ROLE} login`);
    await admin.end();
    const granted = await cli(['store', 'grant', '--la', '873', '--role', ROLE, '--db', region]);
    expect([granted.code, granted.err]).toEqual([0, []]);
    const url = new URL(region);
    url.username = ROLE;
    council = url.toString();
    regional = await openStore(region);
    asCouncil = await openStore(council);
    cityReturn = (await currentReturns(regional.db).select('r.id').where('r.urn', '=', '110001').execute())[0]!.id;
  }, 60_000);
  afterAll(async () => {
    await asCouncil?.close();
    await regional?.close();
    await removeTestDir(dir);
    const admin = new pg.Client({ connectionString: TEST_PG });
    await admin.connect();
    await admin.query(`drop owned by ${ROLE}`).catch(() => undefined);
    await admin.query(`drop role if exists ${ROLE}`);
    await admin.end();
  });

  it('reads and counts only its own schools, their figures and messages', async () => {
    expect(await urnsOf(asCouncil)).toEqual(['120001']);
    expect(await urnsOf(regional)).toEqual(['110001', '120001']);
    const count = await asCouncil.db
      .selectFrom('returns')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(count.n).toBe(1);
    expect(await asCouncil.db.selectFrom('schools').select('urn').execute()).toEqual([{ urn: '120001' }]);
    const values = await asCouncil.db.selectFrom('return_values').select('return_id').distinct().execute();
    expect(values.map((v) => v.return_id)).not.toContain(cityReturn);
    const files = await asCouncil.db.selectFrom('source_files').select('file_name').execute();
    expect(files.map((f) => f.file_name)).toEqual([join(dir, '120001.csv')]);
  });

  it('reports only its own schools', async () => {
    const args = ['report', 'predictions', '--year', '2014/15', '--key-stage', 'KS2', '--round', 'Autumn'];
    const report = await cli([...args, '--level', 'school', '--format', 'csv', '--db', council]);
    expect(report.code).toBe(0);
    const lines = report.out.join('').trimEnd().split('\n').slice(1);
    const schools = new Set(lines.map((l) => l.split(',')[1]));
    expect(schools).toEqual(new Set(['120001']));
  });

  it("cannot overwrite another council's return by SQL, and a file naming its school is refused alone", async () => {
    const updated = await asCouncil.db
      .updateTable('returns')
      .set({ superseded_by: cityReturn })
      .where('id', '=', cityReturn)
      .executeTakeFirst();
    expect(Number(updated.numUpdatedRows)).toBe(0);

    // A file naming the city's school, in one import beside one of its own: not in the register the
    // council sees, so refused in one line, its refusal the council's own; its own file is stored.
    await mkdir(join(dir, 'batch'));
    await writeFile(
      join(dir, 'batch', 'crafted.csv'),
      longCsv([{ urn: '110001', rows: [['All pupils', 30, 1, 1, 1, 1]] }]),
    );
    await writeFile(
      join(dir, 'batch', 'own.csv'),
      longCsv([{ urn: '120001', rows: [['All pupils', 30, 9, 9, 9, 9]] }]),
    );
    const crafted = await cli(['import', join(dir, 'batch'), '--db', council]);
    expect([crafted.code, crafted.err]).toEqual([1, []]);
    expect(crafted.out.slice(0, 2)).toEqual([
      expect.stringMatching(
        /^refused +.*crafted\.csv: line 2 \(urn\): URN 110001 is not in the schools register: import the register/,
      ),
      expect.stringMatching(/^accepted.*own\.csv \(URN 120001 KS2 2014\/15 Autumn, supersedes return /),
    ]);
    const refusal = await asCouncil.db
      .selectFrom('returns as r')
      .innerJoin('messages as m', 'm.return_id', 'r.id')
      .select(['r.urn', 'r.status', 'm.rule_id', 'm.line'])
      .where('r.file_name', 'like', '%crafted.csv')
      .execute();
    expect(refusal).toEqual([{ urn: '110001', status: 'refused', rule_id: 'school.not-in-register', line: 2 }]);
    expect(await urnsOf(asCouncil)).toEqual(['120001']);
    const current = await currentReturns(regional.db).select(['r.id', 'r.urn']).where('r.urn', '=', '110001').execute();
    expect(current).toEqual([{ id: cityReturn, urn: '110001' }]);
  });
});
