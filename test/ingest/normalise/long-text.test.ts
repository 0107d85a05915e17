// No pattern runs on unbounded text (issue 11: a cell of 100,000 digits hung the import in a
// pattern that backtracks). Long text is read as what it is, at once: not a number, not a header
// value; a number or a LAESTAB written the usual ways still reads.
import { describe, expect, it } from 'vitest';
import { parseNumberText, readNumber } from '../../../src/ingest/normalise/read-number.js';
import { readLaestab } from '../../../src/ingest/normalise/header-values.js';

const quickly = <T>(f: () => T): T => {
  const started = Date.now();
  const result = f();
  expect(Date.now() - started).toBeLessThan(200);
  return result;
};

describe('long text', () => {
  it('of 100,000 digits and a letter is not a number, at once', () => {
    expect(quickly(() => readNumber({ kind: 'text', value: '1'.repeat(100_000) + 'x' }))).toEqual({
      kind: 'not-a-number',
    });
    expect(quickly(() => readNumber({ kind: 'text', value: '1'.repeat(100_000) + '%' }))).toEqual({
      kind: 'not-a-number',
    });
  });

  it('of 40 characters is still read as a number, and of 41 is not', () => {
    expect(parseNumberText('1'.repeat(40))).toBe(Number('1'.repeat(40)));
    expect(parseNumberText('1'.repeat(41))).toBeUndefined();
    expect(parseNumberText('1,234,567.25')).toBe(1234567.25);
  });

  it('of a LAESTAB with a run of 100,000 spaces is not one, at once', () => {
    expect(quickly(() => readLaestab('874' + ' '.repeat(100_000) + 'x'))).toBeUndefined();
    expect(readLaestab('874/2001')).toBe('8742001');
    expect(readLaestab('874 - 2001')).toBe('8742001');
    expect(readLaestab('8742001')).toBe('8742001');
  });
});
