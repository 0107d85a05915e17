// The attacker across outputs: one cell in several tables is one variable (attendance, worked by hand).
import { describe, expect, it } from 'vitest';
import { explain } from './explain.js';
import { attackTexts, attendanceCsv, boysGirls, structureOf } from './hand-made.js';

const pa = (period: string, urn: string, group: string) =>
  `attendance ${period}|school ${urn}|${group}|persistent_absentees`;

describe('attacker: across outputs', () => {
  it('reads a cell hidden in the term table and printed in the year-to-date table as shown elsewhere', async () => {
    const term = attendanceCsv([['school', '110001', 'secondary', 'all', '50', 'c', 'c']]);
    const ytd = attendanceCsv([['school', '110001', 'secondary', 'all', '50', '7', '14']], '2014/15', 'Summer', true);
    const { byId } = await attackTexts({ 'term.csv': term, 'ytd.csv': ytd }, structureOf([]));
    expect(byId.get(pa('2014/15 Summer', '110001', 'all'))).toMatchObject({
      kinds: ['shown elsewhere'],
      range: { min: 7, max: 7 },
      hiddenIn: ['term.csv'],
    });
  });

  it('recovers the special school from a group total in the all-phase and the secondary table', async () => {
    // All phases: 10 + S2 + S3 = 20; secondary only: 10 + S2 = 17; so S2 = 7 and S3 = 3.
    const all = attendanceCsv([
      ['city', '874', 'all', 'boys', '220', '20'],
      ['group', 'G', 'all', 'boys', '220', '20'],
      ['school', '110001', 'secondary', 'boys', '100', '10', '', '', 'G'],
      ['school', '110002', 'secondary', 'boys', '100', 'c', 'c', '', 'G'],
      ['school', '110003', 'special', 'boys', '20', 'c', 'c', '', 'G'],
    ]);
    const secondary = attendanceCsv([
      ['city', '874', 'secondary', 'boys', '200', '17'],
      ['group', 'G', 'all', 'boys', '200', '17'],
      ['school', '110001', 'secondary', 'boys', '100', '10', '', '', 'G'],
      ['school', '110002', 'secondary', 'boys', '100', 'c', 'c', '', 'G'],
    ]);
    const s = structureOf([]);
    const { pub, result, byId } = await attackTexts({ 'all.csv': all, 'secondary.csv': secondary }, s);
    expect(byId.get(pa('2014/15 Summer', '110002', 'boys'))?.range).toMatchObject({ min: 7, max: 7 });
    const special = byId.get(pa('2014/15 Summer', '110003', 'boys'))!;
    expect(special.range).toMatchObject({ min: 3, max: 3 });
    const why = await explain(pub, s, special, new Set());
    expect(why.outputs).toEqual(['all.csv', 'secondary.csv']);
    expect(result.reduced.violated).toEqual([]);
  });

  it("recovers last year's hidden count from this year's rate and its change on last year", async () => {
    // 10.0% now, up 2.0 points: last year's rate was shown as 8.0%, and 8.0% of 50 is 4.
    const now = attendanceCsv([['school', '110001', 'primary', 'all', '50', '5', '10', '2']]);
    const before = attendanceCsv([['school', '110001', 'primary', 'all', '50', 'c', 'c']], '2013/14');
    const { byId } = await attackTexts({ 'now.csv': now, 'before.csv': before }, structureOf([]));
    expect(byId.get(pa('2013/14 Summer', '110001', 'all'))?.range).toMatchObject({ min: 4, max: 4 });
  });

  it('leaves out a kind of relation that the shown figures break more than once', async () => {
    // Boys and girls add up to more than all pupils in two schools, so girls in the third is not all − boys.
    const rows = (
      [
        ['110001', '10', '6', '6'],
        ['110002', '8', '3', '3'],
        ['110003', '9', '5', 'c'],
      ] as const
    ).flatMap(
      ([urn, all, boys, girls]) =>
        [
          ['school', urn, 'primary', 'all', '100', all],
          ['school', urn, 'primary', 'boys', '50', boys],
          ['school', urn, 'primary', 'girls', '50', girls],
        ] as [string, string, string, string, string, string][],
    );
    const { result } = await attackTexts({ 'a.csv': attendanceCsv(rows) }, structureOf([boysGirls]));
    expect(result.reduced.distrusted.map((d) => d.family)).toEqual([
      'attendance persistent_absentees: all = boys + girls',
    ]);
    expect(result.findings).toEqual([]);
  });
});
