// What `import` prints for each file: one line, and for a many-school file a line under it for
// each return refused.
import { describe, expect, it } from 'vitest';
import { importLines } from '../../src/cli/import-lines.js';
import type { ImportResult, ReturnOutcome } from '../../src/jobs/import-returns.js';
import type { Message } from '../../src/messages/message.js';

const error = (file: string, line: number, text: string): Message =>
  ({ severity: 'error', ruleId: 'attendance.absence-above-possible', place: { file, line }, text }) as Message;
const query = (file: string): Message =>
  ({ severity: 'query', ruleId: 'attendance.rate-high', place: { file, line: 2 }, text: 'high' }) as Message;
const part = (file: string, urn: string, status: ReturnOutcome['status'], messages: Message[] = []): ReturnOutcome => ({
  file,
  part: urn,
  status,
  description: `URN ${urn} 2014/15 Autumn`,
  messages,
});
const result = (outcomes: ReturnOutcome[]): ImportResult => ({ outcomes, skipped: [], missing: [] });

describe('import lines', () => {
  const csv = 'autumn.csv';
  const outcomes = [
    part(csv, '110001', 'accepted', [query(csv)]),
    part(csv, '110002', 'refused', [error(csv, 7, 'absence above possible sessions')]),
    part(csv, '110003', 'accepted'),
  ];

  it('gives a many-school file one line with its counts, and a line for each refused return', () => {
    expect(importLines(result(outcomes), false)).toEqual([
      'refused 1 of 3       autumn.csv (3 returns: 2 accepted, 1 refused)',
      '  refused              URN 110002 2014/15 Autumn: line 7: absence above possible sessions',
    ]);
  });

  it('lists every return and message with --verbose', () => {
    const lines = importLines(result(outcomes), true);
    expect(lines[1]).toBe('  accepted, 1 query    URN 110001 2014/15 Autumn');
    expect(lines.filter((l) => l.startsWith('  ') && !l.startsWith('      '))).toHaveLength(3);
    expect(lines).toContain('      autumn.csv line 2: query attendance.rate-high: high');
  });

  it('counts the queries of a file whose returns were all accepted', () => {
    expect(
      importLines(
        result([part(csv, '110001', 'accepted', [query(csv), query(csv)]), part(csv, '110003', 'accepted')]),
        false,
      ),
    ).toEqual(['accepted, 2 queries  autumn.csv (2 returns: 2 accepted)']);
  });

  it('keeps a single-return workbook to one line with what it is', () => {
    const one: ReturnOutcome = {
      file: 'alder.xlsx',
      status: 'accepted',
      description: 'URN 110001 KS2 2014/15 Autumn',
      messages: [],
      supersededReturnId: 4,
    };
    expect(importLines(result([one]), false)).toEqual([
      'accepted             alder.xlsx (URN 110001 KS2 2014/15 Autumn, supersedes return 4)',
    ]);
  });
});
