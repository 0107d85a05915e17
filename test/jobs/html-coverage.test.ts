// The HTML names who its figures cover and what was changed in them (issue 13): of the schools
// asked, how many are counted, and each left out with why (refused, not returned); the figures
// amended after challenge by label (never a code), with values and reason only where not
// published; and each collaborative group's schools, counted or not.
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../cli/run-cli.js';
import { outputText } from '../golden/output-text.js';
import { removeTestDir, testStoreLocation } from '../support/temp-store.js';

let dir: string;
let db: string;
const HEADER = 'urn,academic_year,key_stage,round,pupil_group,cohort,ks2_rwm_l4,ks2_read_l4,ks2_writ_l4,ks2_mat_l4\n';

async function must(args: string[], code = 0) {
  const run = await cli([...args, '--db', db]);
  expect(run.code, [...run.out, ...run.err].join('\n')).toBe(code);
  return run;
}

async function page(...flags: string[]): Promise<string> {
  const out = join(dir, `report${flags.join('')}.html`);
  await must([
    'report',
    'html',
    '--year',
    '2014/15',
    '--key-stage',
    'KS2',
    '--round',
    'Autumn',
    '--out',
    out,
    ...flags,
  ]);
  return outputText(out);
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sr-cover-'));
  db = await testStoreLocation(dir);
  const file = async (name: string, text: string) => {
    await writeFile(join(dir, name), text);
    return join(dir, name);
  };
  const gias = await file(
    'gias.csv',
    'URN,LA (code),EstablishmentNumber,EstablishmentName,TypeOfEstablishment (name),EstablishmentStatus (name),PhaseOfEducation (name)\n' +
      '110001,874,2001,Alder Primary,Community school,Open,Primary\n' +
      '110002,874,2002,Birch Primary,Community school,Open,Primary\n' +
      '110003,874,2003,Cedar Primary,Community school,Open,Primary\n',
  );
  await must(['register', 'import', gias, '--la', '874']);
  const groups = await file(
    'groups.csv',
    'urn,academic_year,collaborative_group,triad\n110001,2014/15,North,North A\n110002,2014/15,North,North A\n',
  );
  await must(['groups', 'import', groups]);
  // Alder: RWM L4+ 50 above Reading L4+ 45, a query; Cedar: 70 of a cohort of 60, refused.
  await must(['import', await file('alder.csv', HEADER + '110001,2014/15,KS2,Autumn,All pupils,60,50,45,52,55\n')]);
  await must(['import', await file('cedar.csv', HEADER + '110003,2014/15,KS2,Autumn,All pupils,60,70,45,52,55\n')], 1);
  const id = (await must(['challenge', 'list'])).out[0]!.trim().split(/\s+/)[0]!;
  await must(['challenge', 'resolve', id, '--amend', '44', '--reason', 'agreed with the head', '--by', 'J Adviser']);
});

afterAll(async () => {
  await removeTestDir(dir);
});

describe('the HTML says who is counted and what was changed', () => {
  it('names each school left out, with why: refused (with its reason inside), not returned', async () => {
    const text = await page();
    expect(text).toContain('KS2 Autumn 2014/15 predictions: 1 of 3 schools asked is counted; not included:');
    expect(text).toContain('Birch Primary (URN 110002): not returned');
    expect(text).toMatch(/Cedar Primary \(URN 110003\): refused: .*70/);
  });

  it('lists the amendment by label, with its values and reason inside, and how the queries were settled', async () => {
    const text = await page();
    expect(text).toContain('Queries on these returns: 0 accepted as returned, 1 settled by an amendment, 0 still open');
    expect(text).toMatch(
      /Alder Primary \(URN 110001\): RWM L4\+ for All pupils, amended by J Adviser on \d{4}-\d\d-\d\d\./,
    );
    expect(text).toContain('From 50 to 44 pupils: agreed with the head.');
    expect(text).not.toContain('ks2_rwm_l4');
  });

  it('publishes the amendment and the refusal without their figures', async () => {
    const text = await page('--published');
    expect(text).toContain('Cedar Primary (URN 110003): refused\n');
    expect(text).toMatch(/RWM L4\+ for All pupils, amended by J Adviser/);
    expect(text).not.toContain('From 50 to 44');
    expect(text).not.toContain('agreed with the head');
  });

  it("lists each collaborative group's schools under its table, and which are not counted", async () => {
    const text = await page();
    expect(text).toContain('Schools: Alder Primary. Not counted (no accepted return): Birch Primary.');
    expect(await readFile(join(dir, 'report.html'), 'utf8')).toContain('<p class="members">');
  });
});
