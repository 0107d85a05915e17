// The attendance markdown, through the one md writer: the ranked table straight under the
// heading, the schools not ranked as a list, the area table, the rules; every school and group
// name escaped, so a `|` cannot end a cell nor a `*` start emphasis. Worked by hand from the
// fixture (attendance-fixture.ts).
import { describe, expect, it } from 'vitest';
import { catalogue } from '../../../src/domain/catalogue.js';
import { attendanceMarkdown } from '../../../src/publish/attendance/attendance-writers.js';
import { attendanceFixture } from './attendance-fixture.js';

const report = attendanceFixture({
  returned: 'Ash | Elm *Federation*',
  missing: 'Birch <Academy>',
  group: 'North_Side',
});
const lines = attendanceMarkdown(report, catalogue()).split('\n');

describe('the attendance markdown', () => {
  it('puts the ranked table under the heading, with the school and group names escaped in its row', () => {
    expect(lines.slice(0, 8)).toEqual([
      '# Attendance 2015/16, Autumn term',
      '',
      'Rank 1 = lowest absence (best attendance); schools with equal rates as shown share a rank. ' +
        'Rates are Σ absence sessions / Σ possible sessions; persistent absence is persistent absentees / ' +
        'enrolments (threshold 10% of possible sessions for 2015/16).',
      '',
      '| Rank | School | Phase | Collaborative group | Overall absence % | Gap to national | Change on last year ' +
        '| Quartile | PA % | PA rank | Trend | Target rating |',
      '|---:|---|---|---|---:|---:|---:|---:|---:|---:|---|---|',
      '| 1 | Ash \\| Elm \\*Federation\\* | primary | North\\_Side | 5.0 | +0.4 | -0.3 | 1 | 10.0 | 1 | declining ' +
        '| Not likely to be achieved |',
      '',
    ]);
  });

  it('lists the school that sent nothing, its name escaped, then the areas, a group name escaped', () => {
    const from = lines.indexOf('## Not returned, refused or incomplete (1): not ranked, not counted');
    expect(lines.slice(from, from + 12)).toEqual([
      '## Not returned, refused or incomplete (1): not ranked, not counted',
      '',
      '- Birch \\<Academy\\> (URN 110002): not returned',
      '',
      '## City, phases and collaborative groups',
      '',
      '| Area | Schools returned | Overall absence % | Gap to national | PA % | Target | Rating |',
      '|---|---:|---:|---:|---:|---:|---|',
      '| City | 1 of 2 | 5.0 | +0.4 | 10.0 | 4.5 | Will be achieved but late |',
      '| Group: North\\_Side | 1 of 2 | 5.0 | +0.4 | 10.0 |  |  |',
      '',
      '## How trends, targets and years to date are judged',
    ]);
  });

  it('ends with the rules as a list, one a line, and a newline', () => {
    const from = lines.indexOf('## How trends, targets and years to date are judged');
    const rules = lines.slice(from + 2, -1);
    expect(rules.length).toBeGreaterThan(5);
    expect(rules.every((l) => l.startsWith('- '))).toBe(true);
    expect(lines.at(-1)).toBe('');
  });

  it('says when the report is published, and what is withheld', () => {
    const published = attendanceMarkdown({ ...report, published: { threshold: 4 } }, catalogue()).split('\n');
    expect(published[3]).toBe(
      'Published: persistent absentees of 1 to 4 pupils, groups that small, and any figure that would reveal ' +
        'one are shown as c; exclusions and penalty notices are withheld.',
    );
  });
});
