// Issue 15, item 1: `store copy` moves a city's SQLite store, every return, its source bytes,
// messages, challenges and reference rows, into another store (PostgreSQL under npm run test:pg, a
// second SQLite file under npm test), counts the rows of each table in both, and the reports, chase
// list, audit and challenge list of the copy are the original's, byte for byte.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/store-location.js';
import { cli } from '../cli/run-cli.js';
import { removeTestDir, testStoreLocation } from '../support/temp-store.js';

let dir: string;
let city: string;
let copy: string;

const run = async (args: string[]) => {
  const r = await cli(args);
  if (r.code > 1) throw new Error(`${args.join(' ')}: ${r.err.join('\n')}`);
  return r;
};

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sr-copy-'));
  city = join(dir, 'city.sqlite');
  copy = await testStoreLocation(dir);
  await run(['register', 'import', 'fixtures/register/edubasealldata.csv', '--la', '874', '--db', city]);
  await run(['groups', 'import', 'fixtures/groups/collaborative-groups.csv', '--db', city]);
  await run(['comparators', 'import', 'fixtures/comparators/national-attainment.csv', '--db', city]);
  await run(['comparators', 'import', 'fixtures/comparators/national-attendance.csv', '--db', city]);
  await run(['targets', 'import', 'fixtures/targets/targets.csv', '--db', city]);
  await run(['import', 'fixtures/attendance/2013-14', '--db', city]);
  // Returns superseded by corrected ones, refusals with their messages, and queries.
  await run(['import', 'fixtures/proformas/2014-15/KS2-Autumn', 'fixtures/proformas/2014-15/refused', '--db', city]);
  await run(['import', 'fixtures/proformas/2014-15/KS2-Autumn-resubmitted', '--db', city]);
  const open = (await run(['challenge', 'list', '--open', '--db', city])).out;
  const ids = open.map((l) => l.trim().split(/\s+/)[0]!).filter((id) => /^\d+$/.test(id));
  await run(['challenge', 'resolve', ids[0]!, '--accept', '--reason', 'discussed', '--by', 'Adviser', '--db', city]);
}, 120_000);
afterAll(async () => {
  await removeTestDir(dir);
});

describe('store copy', () => {
  it('copies every table, counts each in both, and gives the same reports from the copy', async () => {
    const copied = await cli(['store', 'copy', '--from', city, '--to', copy]);
    expect([copied.code, copied.err]).toEqual([0, []]);
    expect(copied.out.at(-1)).toMatch(/copied into .*; every table's rows counted in both$/);
    for (const line of ['source_files: 50', 'returns: 190', 'return_values: 8532', 'messages: 44', 'resolutions: 1'])
      expect(copied.out).toContain(`${line} copied`);

    const outputs = [
      ['report', 'attendance', '--year', '2013/14', '--term', 'Summer', '--ytd', '--format', 'csv'],
      ['report', 'predictions', '--year', '2014/15', '--key-stage', 'KS2', '--round', 'Autumn', '--format', 'csv'],
      ['status', '--year', '2014/15', '--key-stage', 'KS2', '--round', 'Autumn'],
      ['audit', '--school', '110010'],
      ['challenge', 'list'],
    ];
    for (const args of outputs) {
      const [a, b] = [await cli([...args, '--db', city]), await cli([...args, '--db', copy])];
      expect(a.out.length).toBeGreaterThan(0);
      expect({ args, ...b }).toEqual({ args, ...a });
    }
  }, 120_000);

  it("carries each cohort's own place (return_groups.cohort_place, migration 0013)", async () => {
    const places = async (location: string) => {
      const store = await openStore(location);
      try {
        return await store.db
          .selectFrom('return_groups')
          .select(['return_id', 'pupil_group', 'cohort_place'])
          .where('cohort_place', 'is not', null)
          .orderBy('return_id')
          .orderBy('pupil_group')
          .execute();
      } finally {
        await store.close();
      }
    };
    const [from, to] = [await places(city), await places(copy)];
    expect(from.length).toBeGreaterThan(0);
    expect(to).toEqual(from);
  });

  it('numbers the returns and messages stored in the copy after those copied', async () => {
    const imported = await cli(['import', 'fixtures/proformas/2014-15/KS2-Spring', '--db', copy]);
    expect([imported.code, imported.err]).toEqual([0, []]);
  });

  it('leaves a store that already holds rows unchanged', async () => {
    const again = await cli(['store', 'copy', '--from', city, '--to', copy]);
    expect(again.code).toBe(1);
    expect(again.err).toEqual([expect.stringMatching(/already holds a store's rows \(schools 50, .*left unchanged/)]);
  });
});
