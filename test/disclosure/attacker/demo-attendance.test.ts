// Issue 10, the attacker on the demo's attendance: every published table of 2014/15 (each term and
// its year to date, all phases and each) with the year before's and the year after's beside it,
// read together as a reader of all of them would. Nothing hidden may be worked out or narrowed
// into 1–4. The attacker shares no code with the engine (README here); the whole demo publication,
// predictions too, is attacked by `npx tsx test/disclosure/attacker/attack-demo.ts`.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { processIO } from '../../../src/cli/cli-io.js';
import { runCli } from '../../../src/cli/main.js';
import { attack, readPublication } from './attack.js';
import { demoStructure } from './structure.js';

const imports: [string[], number][] = [
  [['register', 'import', 'fixtures/register/edubasealldata.csv', '--la', '874'], 0],
  [['groups', 'import', 'fixtures/groups/collaborative-groups.csv'], 0],
  [['comparators', 'import', 'fixtures/comparators/national-attendance.csv'], 0],
  // Issues 12, 14: the groups' national figures, so each group's gap to national is read too.
  [['comparators', 'import', 'fixtures/comparators/national-absence-by-characteristic-groups.csv'], 0],
  [['targets', 'import', 'fixtures/targets/targets.csv'], 0],
  // Two fixture returns are meant to be refused.
  [['import', 'fixtures/attendance'], 1],
];
const tables: [string, string, boolean, string][] = [
  ...['Autumn', 'Spring', 'Summer'].flatMap((term) =>
    [false, true].flatMap((ytd) =>
      ['all', 'primary', 'secondary', 'special'].map((phase): [string, string, boolean, string] => [
        '2014/15',
        term,
        ytd,
        phase,
      ]),
    ),
  ),
  ['2013/14', 'Summer', false, 'all'],
  ['2015/16', 'Autumn', false, 'all'],
];

describe("attacker: the demo's attendance publication", () => {
  it('recovers nothing from 26 published tables read together', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'sr-attack-attendance-'));
    try {
      const io = { ...processIO(), out: () => undefined };
      const db = join(dir, 'store.sqlite');
      for (const [args, exit] of imports) expect(await runCli([...args, '--db', db], io), args.join(' ')).toBe(exit);
      const outputs = [];
      for (const [year, term, ytd, phase] of tables) {
        const name = `attendance-${year.replace('/', '-')}-${term}${ytd ? '-ytd' : ''}-${phase}.csv`;
        const args = ['report', 'attendance', '--year', year, '--term', term, '--phase', phase, '--published'];
        const out = join(dir, name);
        const code = await runCli(
          [...args, ...(ytd ? ['--ytd'] : []), '--format', 'csv', '--out', out, '--db', db],
          io,
        );
        expect(code, name).toBe(0);
        outputs.push({ name, text: await readFile(out, 'utf8') });
      }
      const structure = demoStructure();
      const result = await attack(readPublication(outputs, structure), structure);
      expect(result.infeasible).toEqual([]);
      expect(result.findings.map((f) => `${f.id}: ${f.kinds.join(', ')} [${f.range.min}, ${f.range.max}]`)).toEqual([]);
      // The attack saw the hidden cells: a publication with nothing hidden would pass trivially.
      expect(result.ranges.size).toBeGreaterThan(100);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
