// The concern list through the one md and csv writers: in md, a school name escaped in its row
// and in the chase list; in csv, a name with a separator quoted and one that would run as a
// formula neutralised. The fixture's school scores 1 × 0 (no national persistent rate) + 2 × (5.0
// − 4.5) + 3 (declining) = 4.0.
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { catalogue } from '../../../src/domain/catalogue.js';
import { concernCsv, concernMarkdown } from '../../../src/publish/attendance/concern-report.js';
import { attendanceFixture } from './attendance-fixture.js';

describe('the concern list', () => {
  it('escapes a school name in the markdown row and the chase list', () => {
    const report = attendanceFixture({ returned: 'Ash | *Elm*', missing: 'Birch_Tree', group: 'North' });
    const lines = concernMarkdown(report, catalogue()).split('\n');
    expect(lines[0]).toBe('# Schools of greatest attendance concern, 2015/16 Autumn term');
    expect(lines.slice(4)).toEqual([
      '| Rank | School | Phase | Score | Why |',
      '|---:|---|---|---:|---|',
      '| 1 | Ash \\| \\*Elm\\* (URN 110001) | primary | 4.0 ' +
        '| overall absence 5.0%, 0.5 points above its target; declining over six terms |',
      '',
      '## No return for the period: chase first',
      '',
      '- Birch\\_Tree (URN 110002)',
      '',
    ]);
  });

  it('quotes a separator and neutralises a formula in the csv', () => {
    const report = attendanceFixture({ returned: 'Ash; Elm', missing: '=1+1', group: 'North' });
    const csv = concernCsv(report, catalogue());
    expect(csv.split('\n')[0]).toBe('rank,urn,school,phase,score,reasons');
    expect(csv.split('\n')[1]).toMatch(/^1,110001,"Ash; Elm",primary,4,/);
    expect(csv.split('\n')[2]).toBe(`,110002,'=1+1,,,no return for the period: chase it`);
    const [, scored] = parse(csv) as string[][];
    expect(scored![5]).toBe('overall absence 5.0%, 0.5 points above its target; declining over six terms');
  });
});
