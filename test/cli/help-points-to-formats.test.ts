// A user who has only the project has the whole file format: the help texts name schemas/README.md,
// and it holds every section the source cites.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { cli } from './run-cli.js';

describe('the help points to the file layouts in the project', () => {
  it('names schemas/README.md in the help of the program, import and the reference imports', async () => {
    for (const args of [
      ['--help'],
      ['import', '--help'],
      ['register', 'import', '--help'],
      ['targets', 'import', '--help'],
    ]) {
      const run = await cli(args);
      expect([...run.out, ...run.err].join('\n'), args.join(' ')).toContain('schemas/README.md');
    }
  });

  it('holds every section of schemas/README.md that a source comment cites', async () => {
    const spec = await readFile('schemas/README.md', 'utf8');
    const sections = new Set([...spec.matchAll(/^## (\d+)\. /gm)].map((m) => m[1]));
    for (const n of ['1', '2', '3', '4', '5']) expect(sections.has(n), `§${n}`).toBe(true);
  });
});
