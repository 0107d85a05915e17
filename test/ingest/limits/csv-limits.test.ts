// The caps on a CSV file (schemas/README.md §8), each measured before the text is split into
// fields or as it is: lines, a line's length, a field's (a quoted field over many short lines
// included), and fields on a line (issue 11: 100,000 columns crashed the store, "too many SQL
// variables"; a 10 MB field hung the import).
import { describe, expect, it } from 'vitest';
import { gist, gistOf } from '../../messages/expect-message.js';
import { oneLine, refusedWith } from './refusal.js';

const header = 'urn,academic_year,key_stage,round,pupil_group,cohort,measure,value\n';
const line = '110001,2014/15,KS2,Autumn,All pupils,58,ks2_rwm_l4,46\n';

describe('a CSV', () => {
  it('of 100,001 lines is refused before it is parsed, and of 100,000 is read', async () => {
    // One column throughout, so no line is ragged.
    const [m] = await refusedWith('lines.csv', 'h\n' + 'x\n'.repeat(100_000));
    expect(gist(m!)).toEqual(gistOf('csv.too-many-lines', {}, { limit: 100_000 }));
    expect(oneLine(m!)).toBe(
      'lines.csv: error csv.too-many-lines: the CSV has more than 100000 lines, the most a file may: ' +
        'split it, or export only the returns',
    );
    expect(await refusedWith('lines.csv', 'h\n' + 'x\n'.repeat(99_999))).toEqual([]);
  });

  it('with a line of 65,537 characters is refused at that line, and of 65,536 is read', async () => {
    // Two more fields of 30,000 characters, and a third to make up the length.
    const long = (n: number) => {
      const start = line.trimEnd() + ',' + 'y'.repeat(30_000) + ',' + 'y'.repeat(30_000) + ',';
      return start + 'z'.repeat(n - start.length) + '\n';
    };
    const [m] = await refusedWith('long.csv', header + line + long(65_537));
    expect(gist(m!)).toEqual(gistOf('csv.line-too-long', { line: 3 }, { limit: 65_536 }));
    expect(oneLine(m!)).toMatch(/^long\.csv line 3: error csv\.line-too-long: /);
    expect(await refusedWith('long.csv', header + line + long(65_536))).toEqual([]);
  });

  it('with a quoted field of 32,768 characters over short lines is refused, and of 32,767 is read', async () => {
    // 32,768 = 512 lines of 63 letters and a line break; the field opens on line 3.
    const field = (n: number) => ('a'.repeat(63) + '\n').repeat(512).slice(0, n);
    const withField = (n: number) => header + line + `110001,2014/15,KS2,Autumn,Boys,30,ks2_rwm_l4,"${field(n)}"\n`;
    const [m] = await refusedWith('field.csv', withField(32_768));
    expect(gist(m!)).toEqual(gistOf('csv.field-too-long', { line: 3 }, { limit: 32_767 }));
    expect(oneLine(m!)).toMatch(/^field\.csv line 3: error csv\.field-too-long: /);
    expect(await refusedWith('field.csv', withField(32_767))).toEqual([]);
  });

  it('of a 10 MB field on one line is refused at once', async () => {
    const started = Date.now();
    const [m] = await refusedWith(
      'huge.csv',
      header + `110001,2014/15,KS2,Autumn,All pupils,58,ks2_rwm_l4,${'9'.repeat(10_000_000)}\n`,
    );
    expect(gist(m!)).toEqual(gistOf('csv.line-too-long', { line: 2 }, { limit: 65_536 }));
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('with a line of 1,001 fields is refused, and of 1,000 is read', async () => {
    const fields = (n: number) => Array.from({ length: n }, (_, i) => `c${i}`).join(',') + '\n';
    const [m] = await refusedWith('wide.csv', fields(1001));
    expect(gist(m!)).toEqual(gistOf('csv.too-many-columns', { line: 1 }, { found: 1001, limit: 1000 }));
    expect(oneLine(m!)).toMatch(/^wide\.csv line 1: error csv\.too-many-columns: /);
    expect(await refusedWith('wide.csv', fields(1000))).toEqual([]);
  });
});
