// `register import Results.zip --la 874`: GIAS's download, extract and links file, in one command.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { cli } from '../cli/run-cli.js';
import { emptyStore, writeIn, type TempStore } from '../support/temp-store.js';
import { giasText, linksText, resultsZip, windows1252 } from './gias-download.js';

let store: TempStore;
beforeEach(async () => {
  store = await emptyStore();
});
afterEach(async () => {
  await store.cleanup();
});

it('imports Results.zip in one command, saying what was skipped and how many links were stored', async () => {
  const zip = await writeIn(store, 'Results.zip', resultsZip(windows1252(giasText()), windows1252(linksText())));
  const run = await cli(['register', 'import', zip, '--la', '874', '--db', `${store.dir}/cli.sqlite`]);
  expect(run.code).toBe(0);
  expect(run.out).toEqual([
    `${zip}:extract/edubasealldata20251201.csv: warning register.skipped: 3 establishment(s) of the LA skipped as ` +
      "not schools the city collects from (Children's centre 1, Further education 1, Other independent school 1): " +
      'schemas/formats/establishment-types.json lists the types kept',
    `${zip}: 11 schools stored`,
    `${zip}: 4 links stored`,
  ]);
});
