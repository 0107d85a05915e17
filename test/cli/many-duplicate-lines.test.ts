// Issue 17: a bulk CSV of a great many duplicate lines (50 MB of them, 820,000 lines, in the issue)
// was refused as school-returns' own fault, "Maximum call stack size exceeded", and then, by its
// rule, only after 35 s and 2.7 GB, with 820,000 `group.duplicate` messages. Now a file past the
// cap on lines (100,000, schemas/settings.json) is refused before it is split into fields; one under
// it keeps the first 20 errors of the rule and counts the rest in one message (issue 11, item 2).
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from './run-cli.js';
import { removeTestDir, testStoreLocation } from '../support/temp-store.js';

const header =
  'urn,academic_year,term,pupil_group,enrolments,possible_sessions,authorised_absence,' +
  'unauthorised_absence,persistent_absentees,fixed_term_exclusions,permanent_exclusions,penalty_notices\n';
const line = '110001,2013/14,Autumn,All pupils,419,57551,1789,775,12,4,0,1\n';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sr-duplicates-'));
});
afterAll(() => removeTestDir(dir));

describe('a bulk CSV of duplicate lines', () => {
  it('of 820,000 lines (50 MB) is refused for its lines at once, not after 35 s', async () => {
    const file = join(dir, 'huge.csv');
    await writeFile(file, header + line.repeat(820_000));
    const started = Date.now();
    const run = await cli(['import', file, '--db', join(dir, 'huge.sqlite')]);
    expect(run.code).toBe(1);
    expect(run.out[0]).toBe(
      `refused              ${file}: file: the CSV has more than 100000 lines, the most a file may: ` +
        'split it, or export only the returns',
    );
    expect(Date.now() - started).toBeLessThan(10_000);
  }, 60_000);

  it('of 90,000 lines is refused for its duplicate pupil group, with 20 of its messages and a count of the rest', async () => {
    const file = join(dir, 'duplicates.csv');
    await writeFile(file, header + line.repeat(90_000));
    const report = join(dir, 'messages.csv');
    // Stored, not a dry run: the refusal and its messages are recorded too.
    const run = await cli(['import', file, '--db', await testStoreLocation(dir), '--report', report]);
    expect(run.code).toBe(1);
    // Line 2 is the first All pupils; lines 3 to 90,001 repeat it: 20 listed (lines 3 to 22) and
    // 89,979 counted in one message at line 23. The 21 more errors are 19 of those, the count, and
    // the school not in this empty store's register (it would be +89999 with a message for every line, as before).
    expect(run.out[0]).toBe(
      `refused              ${file}: line 3 (pupil_group): the pupil group All pupils appears twice ` +
        '(first at line 2 (pupil_group)): keep one row for it (+21 more)',
    );
    const rows = (await readFile(report, 'utf8')).trim().split('\n').slice(1);
    expect(rows.filter((r) => r.includes(',group.duplicate,'))).toHaveLength(20);
    const counted = rows.filter((r) => r.includes(',messages.more-like-these,'));
    expect(counted).toHaveLength(1);
    expect(counted[0]).toContain(',23,pupil_group,');
    expect(counted[0]).toContain('and 89979 more errors like the ones above (group.duplicate)');
  }, 60_000);
});
