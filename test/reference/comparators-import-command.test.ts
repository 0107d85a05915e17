// Each published comparator file imports as downloaded with one command, told by its content.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cli } from '../cli/run-cli.js';
import { removeTestDir, tempDir, testStoreLocation } from '../support/temp-store.js';
import { EES_ABSENCE, LAIT, NEIGHBOURS } from './published-sources.js';

let dir: string;
beforeEach(async () => {
  dir = await tempDir();
});
afterEach(async () => {
  await removeTestDir(dir);
});

describe('school-returns comparators import', () => {
  it.each([
    [EES_ABSENCE, 140],
    [LAIT, 33],
    [NEIGHBOURS, 153],
  ])('imports %s in one command', async (file, stored) => {
    const run = await cli(['comparators', 'import', file, '--db', await testStoreLocation(dir)]);
    expect(run.code).toBe(0);
    expect(run.out.at(-1)).toMatch(new RegExp(`: ${stored} .* stored$`));
  });
});
