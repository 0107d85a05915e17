// Issue 17: a bulk CSV of a great many duplicate lines (50 MB of them, 820,000 lines, in the issue)
// was refused as school-returns' own fault, "Maximum call stack size exceeded": its messages were
// spread into push(...) as arguments. It is refused by its rule now. 200,000 lines here are past
// the stack as arguments, and keep the test to a few seconds.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from './run-cli.js';

describe('a bulk CSV of 200,000 duplicate lines', () => {
  it('is refused for its duplicate pupil group, not as a fault of school-returns', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'sr-duplicates-'));
    try {
      const header =
        'urn,academic_year,term,pupil_group,enrolments,possible_sessions,authorised_absence,' +
        'unauthorised_absence,persistent_absentees,fixed_term_exclusions,permanent_exclusions,penalty_notices\n';
      const line = '110001,2013/14,Autumn,All pupils,419,57551,1789,775,12,4,0,1\n';
      const file = join(dir, 'duplicates.csv');
      await writeFile(file, header + line.repeat(200_000));
      // Stored, not a dry run: the refusal and its 200,000 messages are recorded too.
      const run = await cli(['import', file, '--db', join(dir, 'store.sqlite')]);
      expect(run.code).toBe(1);
      expect(run.out[0]).toBe(
        `refused              ${file}: line 3 (pupil_group): the pupil group All pupils appears twice ` +
          '(first at line 2 (pupil_group)): keep one row for it (+199999 more)',
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
