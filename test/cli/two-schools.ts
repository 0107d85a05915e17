// The store of the forecast and if-achieved command tests: two primary schools of LA 874 (Alder
// 110001, Birch 110002) and the returns a test gives, imported through the command line.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { expect } from 'vitest';
import { cli } from './run-cli.js';
import { removeTestDir, testStoreLocation } from '../support/temp-store.js';

const GIAS =
  [
    'URN,LA (code),EstablishmentNumber,EstablishmentName,TypeOfEstablishment (name),EstablishmentStatus (name),' +
      'PhaseOfEducation (name)',
    '110001,874,2001,Alder Primary,Community school,Open,Primary',
    '110002,874,2002,Birch Primary,Community school,Open,Primary',
  ].join('\n') + '\n';

export const RETURNS_HEADER = 'urn,academic_year,key_stage,round,pupil_group,cohort,measure,value';

export interface TwoSchools {
  dir: string;
  db: string;
  cleanup(): Promise<void>;
}

/** A store with the two schools and `returnsCsv` (a long csv under RETURNS_HEADER) imported. */
export async function twoSchoolStore(prefix: string, returnsCsv: string): Promise<TwoSchools> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  const db = await testStoreLocation(dir);
  await writeFile(join(dir, 'gias.csv'), GIAS);
  await writeFile(join(dir, 'returns.csv'), returnsCsv);
  expect((await cli(['register', 'import', join(dir, 'gias.csv'), '--la', '874', '--db', db])).code).toBe(0);
  expect((await cli(['import', join(dir, 'returns.csv'), '--db', db])).code).toBe(0);
  return { dir, db, cleanup: () => removeTestDir(dir) };
}

/** A csv written to standard output, as records. */
export const csvRows = (out: string[]) => parse(out.join('\n'), { columns: true }) as Record<string, string>[];
