// Locating returns in a CSV (schemas/README.md §2): the layout told from the header, the headers
// refused, and a bulk file split into a return per school, a bad line marking only its own.
import { describe, expect, it } from 'vitest';
import { cellText } from '../../../src/ingest/read/raw-sheet.js';
import type { LocatedReturn } from '../../../src/ingest/locate/located-return.js';
import { locateBytes } from '../../support/pipeline.js';
import { csvText, longCsv, wideCsv } from '../../support/proforma-csv.js';
import { EXAMPLE_MEASURE_CODES, EXAMPLE_ROWS } from '../../support/example.js';
import { gist, gistOf } from '../../messages/expect-message.js';

/** The table as text: headings, then each row's group and cells. */
const table = (r: LocatedReturn) => [
  ['pupil_group', ...r.columns.map((c) => cellText(c.value))],
  ...r.rows.map((row) => [cellText(row.pupilGroup.value), ...row.cells.map((c) => cellText(c.value))]),
];
const expectedTable = [['pupil_group', 'cohort', ...EXAMPLE_MEASURE_CODES], ...EXAMPLE_ROWS.map((r) => r.map(String))];

describe('locateCsv: layouts', () => {
  it('gathers the long layout, a line per group and measure, into the table', async () => {
    const located = await locateBytes('long.csv', longCsv());
    expect(located.messages).toEqual([]);
    expect(located.returns).toHaveLength(1);
    expect(table(located.returns[0]!)).toEqual(expectedTable);
    // All pupils' RWM L4+ is the first value line, line 2; Boys' is line 2 + 5 measures = line 7.
    expect(located.returns[0]!.rows[1]!.cells[1]!.place).toEqual({ file: 'long.csv', line: 7, column: 'value' });
  });

  it('reads the wide layout, a line per group', async () => {
    const located = await locateBytes('wide.csv', wideCsv());
    expect(table(located.returns[0]!)).toEqual(expectedTable);
    expect(located.returns[0]!.rows[1]!.cells[1]!.place).toEqual({ file: 'wide.csv', line: 3, column: 'ks2_rwm_l4' });
  });

  it('reads either layout separated by semicolons', async () => {
    expect(table((await locateBytes('long.csv', longCsv([{}], ';'))).returns[0]!)).toEqual(expectedTable);
    expect(table((await locateBytes('wide.csv', wideCsv([{}], ';'))).returns[0]!)).toEqual(expectedTable);
  });

  it('reads the long layout with the empty columns Excel leaves after the last', async () => {
    const text = longCsv()
      .split('\r\n')
      .map((l) => (l === '' ? l : `${l},,`))
      .join('\r\n');
    const located = await locateBytes('long.csv', text);
    expect(located.messages).toEqual([]);
    expect(table(located.returns[0]!)).toEqual(expectedTable);
  });

  it('refuses the long layout with a column it does not have, as neither layout', async () => {
    const text = longCsv()
      .split('\r\n')
      .map((l, i) => (l === '' ? l : `${l},${i === 0 ? 'comments' : 'ok'}`))
      .join('\r\n');
    const located = await locateBytes('long.csv', text);
    expect(located.messages.map((m) => m.ruleId)).toEqual(['csv.unknown-layout']);
  });

  it("keeps one school's lines as one return however its year and round are written", async () => {
    const text = wideCsv([
      { rows: EXAMPLE_ROWS.slice(0, 2) },
      { academicYear: '2014-15', round: 'autumn', rows: EXAMPLE_ROWS.slice(2) },
    ]);
    const located = await locateBytes('wide.csv', text);
    expect(located.returns).toHaveLength(1);
    expect(table(located.returns[0]!)).toEqual(expectedTable);
  });

  it('keeps two blank headings of a wide CSV as two columns, each read from its own place', async () => {
    const text = csvText([
      ['urn', 'academic_year', 'key_stage', 'round', 'pupil_group', 'cohort', 'ks2_rwm_l4', '', ''],
      ['110001', '2014/15', 'KS2', 'Autumn', 'All pupils', 58, 46, '', 'see email'],
    ]);
    const located = (await locateBytes('wide.csv', text)).returns[0]!;
    expect(located.rows[0]!.cells.map((c) => [cellText(c.value), c.place.column])).toEqual([
      ['58', 'cohort'],
      ['46', 'ks2_rwm_l4'],
      ['', 'column 8'],
      ['see email', 'column 9'],
    ]);
  });

  it('refuses a header that is neither layout, saying what the layouts are', async () => {
    const located = await locateBytes(
      'x.csv',
      csvText([
        ['school', 'group', 'cohort'],
        ['110001', 'All pupils', 58],
      ]),
    );
    expect(located.returns).toEqual([]);
    expect(located.messages.map(gist)).toEqual([
      gistOf(
        'csv.unknown-layout',
        { line: 1 },
        {
          expected:
            'urn,academic_year,key_stage,round,pupil_group,cohort,measure,value' +
            ' or urn,academic_year,key_stage,round,pupil_group,cohort,<measure>...' +
            ' or urn,academic_year,term,pupil_group,enrolments,possible_sessions,authorised_absence,' +
            'unauthorised_absence,persistent_absentees',
        },
      ),
    ]);
  });

  it('refuses a heading that appears twice, whatever its case', async () => {
    const located = await locateBytes(
      'x.csv',
      csvText([['urn', 'academic_year', 'key_stage', 'round', 'pupil_group', 'cohort', 'ks2_rwm_l4', 'KS2_RWM_L4']]),
    );
    expect(located.messages.map(gist)).toEqual([
      gistOf('csv.duplicate-header', { line: 1 }, { heading: 'ks2_rwm_l4' }),
    ]);
  });

  it('refuses a file of blank lines as blank, not as a header without data', async () => {
    const located = await locateBytes('x.csv', '\r\n\r\n\r\n');
    expect(located.messages.map(gist)).toEqual([gistOf('csv.blank', {})]);
  });

  it('refuses a header with no data lines', async () => {
    const located = await locateBytes(
      'x.csv',
      csvText([['urn', 'academic_year', 'key_stage', 'round', 'pupil_group', 'cohort', 'ks2_rwm_l4']]),
    );
    expect(located.messages.map((m) => m.ruleId)).toEqual(['csv.no-rows']);
  });
});

const schools = [{ urn: '110001' }, { urn: '110002' }, { urn: '110003' }];

describe('locateCsv: many schools in one file', () => {
  it('makes one return per school, key stage, year and round, in the order first seen', async () => {
    const located = await locateBytes('trust.csv', wideCsv([...schools, { urn: '110001', round: 'Spring' }]));
    expect(located.returns.map((r) => r.part)).toEqual([
      'URN 110001, 2014/15 KS2 Autumn',
      'URN 110002, 2014/15 KS2 Autumn',
      'URN 110003, 2014/15 KS2 Autumn',
      'URN 110001, 2014/15 KS2 Spring',
    ]);
    // Each school has the example's 5 groups: lines 2-6, 7-11, 12-16, 17-21.
    expect(located.returns.map((r) => r.rows.length)).toEqual([5, 5, 5, 5]);
    expect(located.returns[2]!.headerPlace).toEqual({ file: 'trust.csv', line: 12 });
  });

  it('reports a ragged line against its own school only', async () => {
    const header = ['urn', 'academic_year', 'key_stage', 'round', 'pupil_group', 'cohort', 'ks2_rwm_l4'];
    const text = csvText([
      header,
      ['110001', '2014/15', 'KS2', 'Autumn', 'All pupils', 58, 46],
      ['110002', '2014/15', 'KS2', 'Autumn', 'All pupils', 30, 20, 'extra'],
      ['110003', '2014/15', 'KS2', 'Autumn', 'All pupils', 30],
    ]);
    const located = await locateBytes('trust.csv', text);
    expect(located.messages).toEqual([]);
    expect(located.returnMessages[0]).toEqual([]);
    expect(located.returnMessages[1]!.map(gist)).toEqual([
      gistOf('csv.ragged-row', { line: 3 }, { found: 8, expected: 7 }),
    ]);
    expect(located.returnMessages[2]!.map(gist)).toEqual([
      gistOf('csv.ragged-row', { line: 4 }, { found: 6, expected: 7 }),
    ]);
  });
});

describe("locateCsv: the long layout's own errors", () => {
  const key = ['110001', '2014/15', 'KS2', 'Autumn'];
  const text = csvText([
    ['urn', 'academic_year', 'key_stage', 'round', 'pupil_group', 'cohort', 'measure', 'value'],
    [...key, 'All pupils', 58, 'ks2_rwm_l4', 46],
    [...key, 'All pupils', 58, 'ks2_read_l4', 52],
    [...key, 'All pupils', 57, 'ks2_writ_l4', 49],
    [...key, 'All pupils', 58, 'ks2_rwm_l4', 47],
  ]);

  it('refuses a group given two cohorts, and a value given twice, naming both lines', async () => {
    const located = await locateBytes('long.csv', text);
    expect(located.returnMessages[0]!.map(gist)).toEqual([
      gistOf(
        'csv.cohort-inconsistent',
        { line: 4, column: 'cohort' },
        { group: 'All pupils', first: '58', found: '57' },
      ),
      gistOf(
        'csv.duplicate-value',
        { line: 5, column: 'value' },
        { measure: 'ks2_rwm_l4', group: 'All pupils', firstLine: 2 },
      ),
    ]);
  });
});
