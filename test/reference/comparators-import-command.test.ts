// Each published comparator file imports as downloaded with one command, told by its content.
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cli } from '../cli/run-cli.js';
import { tempDir } from '../support/temp-store.js';
import { rm } from 'node:fs/promises';
import { EES_ABSENCE, LAIT, NEIGHBOURS } from './published-sources.js';

let dir: string;
beforeEach(async () => {
  dir = await tempDir();
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('school-returns comparators import', () => {
  it.each([
    [EES_ABSENCE, 140],
    [LAIT, 33],
    [NEIGHBOURS, 153],
  ])('imports %s in one command', async (file, stored) => {
    const run = await cli(['comparators', 'import', file, '--db', join(dir, 'store.sqlite')]);
    expect(run.code).toBe(0);
    expect(run.out.at(-1)).toMatch(new RegExp(`: ${stored} .* stored$`));
  });
});
