// Issue 11, item 3: terminal output strips or escapes control characters. A school named with a
// bell and an escape sequence in the register is printed with U+FFFD in their place.
import { afterEach, describe, expect, it } from 'vitest';
import { processIO } from '../../src/cli/cli-io.js';

const write = process.stdout.write.bind(process.stdout);
afterEach(() => {
  process.stdout.write = write;
});

describe("the terminal's lines", () => {
  it('carry no control character but the line break', () => {
    const written: string[] = [];
    process.stdout.write = ((chunk: string) => (written.push(chunk), true)) as typeof process.stdout.write;
    processIO().out('Heron\u0007 Way\u001b[2J: accepted');
    expect(written).toEqual(['Heron\uFFFD Way\uFFFD[2J: accepted\n']);
  });
});
