// The bench's refusal step (issue 17): one bulk attendance CSV of 50,000 schools' returns, none of
// them in the register, imported into the bench's store. Each is refused and its refusal recorded.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { importReturns } from '../jobs/import-returns.js';
import type { Store } from '../store/open-store.js';
import { measureStep, type StepFigures } from './measure-step.js';

export const REFUSED_RETURNS = 50_000;
// URNs from here are outside the bench's register (its schools are numbered from 500000).
const FIRST_UNKNOWN_URN = 900_000;

/** Writes the CSV and times its import; throws if any return was not refused. */
export async function refusalsStep(store: Store, dir: string, importedAt: () => Date): Promise<StepFigures> {
  const folder = join(dir, 'refused');
  await mkdir(folder, { recursive: true });
  const header =
    'urn,academic_year,term,pupil_group,enrolments,possible_sessions,authorised_absence,' +
    'unauthorised_absence,persistent_absentees,fixed_term_exclusions,permanent_exclusions,penalty_notices\n';
  const lines = Array.from(
    { length: REFUSED_RETURNS },
    (_, i) => `${FIRST_UNKNOWN_URN + i},2014/15,Autumn,All pupils,419,57551,1789,775,12,4,0,1\n`,
  );
  await writeFile(join(folder, 'not-in-register.csv'), header + lines.join(''));
  const step = await measureStep(`${REFUSED_RETURNS.toLocaleString('en-GB')} refused returns in one CSV ‡`, 1, () =>
    importReturns(store, [folder], { dryRun: false, now: importedAt }),
  );
  const refused = step.result.outcomes.filter((o) => o.status === 'refused' && o.returnId !== undefined).length;
  if (refused !== REFUSED_RETURNS)
    throw new Error(`refusals recorded: ${refused} of ${REFUSED_RETURNS}; the bench would measure the wrong thing`);
  return step.figures;
}
