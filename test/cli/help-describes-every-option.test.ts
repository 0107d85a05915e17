// The command line as a person meets it (issue 13): every option of every command says what it is
// in --help, the top-level help gives examples, and --version prints the package's version.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { cliText } from '../../src/messages/cli-text.js';
import { cli } from './run-cli.js';

/** Every command's help, found by walking the Commands list of each help from the top. */
async function allHelps(): Promise<Map<string, string[]>> {
  const helps = new Map<string, string[]>();
  const visit = async (path: string[]) => {
    const run = await cli([...path, '--help']);
    const lines = run.out.join('\n').split('\n');
    helps.set(path.join(' ') || '(top)', lines);
    const at = lines.indexOf('Commands:');
    if (at === -1) return;
    for (const line of lines.slice(at + 1)) {
      const name = /^ {2}([a-z][a-z-]*)\b/.exec(line)?.[1];
      if (name && name !== 'help') await visit([...path, name]);
      if (line.trim() === '') break;
    }
  };
  await visit([]);
  return helps;
}

/** The option lines of a help that give the flags only, with no words after them. */
function undescribed(lines: readonly string[]): string[] {
  const at = lines.indexOf('Options:');
  if (at === -1) return [];
  const options: string[] = [];
  for (const line of lines.slice(at + 1)) {
    if (line.trim() === '' || /^\S/.test(line)) break;
    if (/^ {2}-/.test(line) && !/^ {2}-\S.*?\S {2,}\S/.test(line)) options.push(line.trim());
  }
  return options;
}

describe('the help texts', () => {
  it('describe every option of every command', async () => {
    const helps = await allHelps();
    for (const command of ['status', 'audit', 'report accuracy', 'template predictions', 'challenge resolve'])
      expect([...helps.keys()]).toContain(command);
    const missing = [...helps].flatMap(([command, lines]) => undescribed(lines).map((o) => `${command}: ${o}`));
    expect(missing).toEqual([]);
  });

  it('finds an option given without words (the check can fail)', () => {
    expect(undescribed(['Options:', '  --out <path>', '  --db <path>   the store', ''])).toEqual(['--out <path>']);
  });

  it('give examples in the top-level help', async () => {
    const help = (await cli(['--help'])).out.join('\n');
    expect(help).toContain('Examples:');
    expect(help).toMatch(/^ {2}school-returns report html --year 2014\/15 .*--ytd/m);
  });

  it("print the package's version with --version", async () => {
    const { version } = JSON.parse(await readFile('package.json', 'utf8')) as { version: string };
    const run = await cli(['--version']);
    expect(run.code).toBe(0);
    expect(run.out).toEqual([version]);
  });

  it('count in the singular and the plural right', () => {
    expect(cliText['template.count'](1)).toBe('1 template written');
    expect(cliText['template.count'](2)).toBe('2 templates written');
  });
});
