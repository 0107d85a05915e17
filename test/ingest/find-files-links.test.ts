// Symbolic links in a folder imported (issue 11: a folder with a link loop stored 1 of its 2
// returns, the linked one skipped unseen). A link is followed to what it points to; a folder
// reached twice (a link to its parent) is walked once, and a file reached twice is found once.
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findFiles } from '../../src/ingest/find-files.js';
import { tempDir } from '../support/temp-store.js';
import { rm } from 'node:fs/promises';

let dir: string;
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('findFiles in a folder with symbolic links', () => {
  it('finds a return through a link, walks a loop once, and a file linked twice once', async () => {
    dir = await tempDir('sr-links-');
    const returns = join(dir, 'returns');
    await mkdir(join(returns, 'autumn'), { recursive: true });
    await mkdir(join(dir, 'elsewhere'));
    await writeFile(join(returns, 'autumn', 'alder.xlsx'), 'a');
    await writeFile(join(dir, 'elsewhere', 'birch.xlsx'), 'b');
    // autumn/again links back to returns/ (a loop); birch.xlsx is linked in from outside, and again.
    await symlink(returns, join(returns, 'autumn', 'again'));
    await symlink(join(dir, 'elsewhere', 'birch.xlsx'), join(returns, 'birch.xlsx'));
    await symlink(join(dir, 'elsewhere', 'birch.xlsx'), join(returns, 'copy-of-birch.xlsx'));
    await symlink(join(dir, 'nowhere.xlsx'), join(returns, 'broken.xlsx'));
    const found = await findFiles([returns]);
    expect(found.files.map((f) => f.path.slice(returns.length + 1))).toEqual(['autumn/alder.xlsx', 'birch.xlsx']);
    expect(found.skipped).toEqual([]);
  });
});
