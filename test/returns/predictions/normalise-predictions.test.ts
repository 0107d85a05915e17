// The normalise stage for a prediction proforma: cells read as numbers (a rate typed where a count
// was asked becomes round(rate × cohort) with a warning), cohorts checked, column headings and
// pupil groups resolved to the catalogue's codes (schemas/README.md §1).
import { describe, expect, it } from 'vitest';
import type ExcelJS from 'exceljs';
import { parseBytes, checkOne } from '../../support/pipeline.js';
import { wideCsv } from '../../support/proforma-csv.js';
import { proformaWorkbook, type FormattedCell } from '../../support/proforma-workbook.js';
import { EXAMPLE_ROWS } from '../../support/example.js';

// All pupils: cohort 58 (B8); RWM L4+ in C8. 79% of 58 = 45.82, which rounds to 46.
const converted = {
  ruleId: 'cell.percent-converted',
  severity: 'warning',
  text: 'RWM L4+ for All pupils was given as 79%; read as 46 of the cohort of 58 pupils',
};

async function allPupils(name: string, bytes: Uint8Array | string) {
  const ret = (await parseBytes(name, bytes)).returns[0]!;
  return {
    rwm: ret.groups.find((g) => g.pupilGroup === 'all')!.values.find((v) => v.measure === 'ks2_rwm_l4'),
    messages: ret.messages,
  };
}

describe('normalisePredictions: percentages', () => {
  it('converts a cell formatted as a percentage: 79% of 58 is 46 pupils', async () => {
    const { rwm, messages } = await allPupils(
      'ks2.xlsx',
      await proformaWorkbook({ cells: { C8: { value: 0.79, numFmt: '0%' } } }),
    );
    expect(rwm).toMatchObject({ value: 46, returned: '79%' });
    expect(messages).toEqual([{ ...converted, place: { file: 'ks2.xlsx', sheet: 'Predictions', cell: 'C8' } }]);
  });

  it('converts text ending in %, in a workbook or a CSV', async () => {
    expect((await allPupils('ks2.xlsx', await proformaWorkbook({ cells: { C8: '79 %' } }))).rwm).toMatchObject({
      value: 46,
      returned: '79 %',
    });
    const csv = wideCsv([{ measures: ['ks2_rwm_l4'], rows: [['All pupils', 58, '79%']] }]);
    const { rwm, messages } = await allPupils('ks2.csv', csv);
    expect(rwm).toMatchObject({ value: 46, returned: '79%' });
    expect(messages).toEqual([{ ...converted, place: { file: 'ks2.csv', line: 2, column: 'ks2_rwm_l4' } }]);
  });

  it('refuses a percentage for an average score (a progress measure)', async () => {
    const bytes = await proformaWorkbook({
      header: [
        ['URN', '110001'],
        ['Key stage', 'KS2'],
        ['Academic year', '2016/17'],
        ['Round', 'Autumn'],
      ],
      columns: ['RWM EXS+', 'Reading progress'],
      rows: [['All pupils', 58, 40, '5%']],
    });
    const ret = (await parseBytes('ks2.xlsx', bytes)).returns[0]!;
    expect(ret.messages.map((m) => [m.ruleId, m.place.cell, m.text])).toEqual([
      [
        'mean.as-percent',
        'D7',
        "Reading progress for All pupils is 5%, a percentage, but Reading progress is an average score: enter the group's average",
      ],
    ]);
  });
});

/** All pupils' RWM L4+ (C8) set to `value`: what is kept of it and what is said. */
async function rwmOfAll(value: ExcelJS.CellValue | FormattedCell) {
  const ret = (await parseBytes('ks2.xlsx', await proformaWorkbook({ cells: { C8: value } }))).returns[0]!;
  const all = ret.groups.find((g) => g.pupilGroup === 'all')!;
  return {
    kept: all.values.find((v) => v.measure === 'ks2_rwm_l4')?.value,
    said: ret.messages.map((m) => ({ ruleId: m.ruleId, severity: m.severity, cell: m.place.cell, text: m.text })),
  };
}

describe('normalisePredictions: cells', () => {
  it('reads a number typed as text', async () => {
    expect(await rwmOfAll(' 46 ')).toEqual({ kept: 46, said: [] });
  });

  it('reads "n/a" as blank, with a warning', async () => {
    expect(await rwmOfAll('n/a')).toEqual({
      kept: undefined,
      said: [
        {
          ruleId: 'cell.read-as-blank',
          severity: 'warning',
          cell: 'C8',
          text: 'RWM L4+ for All pupils is "n/a", read as blank (not predicted)',
        },
      ],
    });
  });

  it('refuses a word that is not a number, such as "lots"', async () => {
    expect(await rwmOfAll('lots')).toEqual({
      kept: undefined,
      said: [
        {
          ruleId: 'cell.not-a-number',
          severity: 'error',
          cell: 'C8',
          text: 'RWM L4+ for All pupils is "lots", neither a number nor a percentage: enter a number, or leave it blank if not predicted',
        },
      ],
    });
  });

  it('refuses a percentage above 100% as a percentage, not as a count that looks like one', async () => {
    expect(await rwmOfAll('7900%')).toEqual({
      kept: undefined,
      said: [
        {
          ruleId: 'cell.percent-out-of-range',
          severity: 'error',
          cell: 'C8',
          text: 'RWM L4+ for All pupils is 7900%, a percentage outside 0% to 100%: enter the number of pupils, or a percentage of the cohort',
        },
      ],
    });
  });

  it('refuses an Excel error such as #DIV/0!', async () => {
    expect(await rwmOfAll({ formula: 'C9/0', result: { error: '#DIV/0!' } })).toEqual({
      kept: undefined,
      said: [
        {
          ruleId: 'cell.excel-error',
          severity: 'error',
          cell: 'C8',
          text: 'RWM L4+ for All pupils shows the Excel error #DIV/0!: correct the formula or type the value',
        },
      ],
    });
  });

  it('refuses a date-formatted number beyond the calendar (Excel shows #####) as an Excel error, without failing', async () => {
    expect(await rwmOfAll({ value: 1e9, numFmt: 'dd/mm/yyyy' })).toEqual({
      kept: undefined,
      said: [
        {
          ruleId: 'cell.excel-error',
          severity: 'error',
          cell: 'C8',
          text: 'RWM L4+ for All pupils shows the Excel error #####: correct the formula or type the value',
        },
      ],
    });
  });

  it('reads a formula by its cached result: SUM(C9:C10) saved as 22 + 24 = 46', async () => {
    expect(await rwmOfAll({ formula: 'SUM(C9:C10)', result: 46 })).toEqual({ kept: 46, said: [] });
  });

  it('queries a formula with no cached result and keeps no value for it', async () => {
    expect(await rwmOfAll({ formula: 'SUM(C9:C10)' } as ExcelJS.CellValue)).toEqual({
      kept: undefined,
      said: [
        {
          ruleId: 'cell.formula-without-result',
          severity: 'query',
          cell: 'C8',
          text: 'RWM L4+ for All pupils is a formula with no saved result, so it was read as blank: open the file in Excel, recalculate, save and send it again',
        },
      ],
    });
  });
});

async function withEal(eal: (string | number | null)[]) {
  const ret = (await parseBytes('ks2.xlsx', await proformaWorkbook({ rows: [...EXAMPLE_ROWS.slice(0, 4), eal] })))
    .returns[0]!;
  return {
    groups: ret.groups.map((g) => g.pupilGroup),
    said: ret.messages.map((m) => [m.ruleId, m.severity, m.place.cell, m.text]),
  };
}

describe('normalisePredictions: cohorts', () => {
  it('leaves out a group with a cohort of 0 and no predictions, with a warning', async () => {
    expect(await withEal(['EAL', 0, null, null, null, null, null])).toEqual({
      groups: ['all', 'boys', 'girls', 'disadv'],
      said: [['group.no-pupils', 'warning', 'B12', 'EAL has a cohort of 0 and no predictions, so the row is left out']],
    });
    expect((await withEal(['EAL', 0, 0, 0, 0, 0, 0])).said.map((s) => s[0])).toEqual(['group.no-pupils']);
  });

  it('refuses a cohort of 0 beside predictions', async () => {
    expect((await withEal(['EAL', 0, 15, 3, 16, 16, 17])).said).toEqual([
      [
        'cohort.invalid',
        'error',
        'B12',
        'the cohort for EAL is "0": enter the number of pupils, a whole number above zero',
      ],
    ]);
  });

  it('refuses a cohort that is blank, fractional or negative beside predictions', async () => {
    expect((await withEal(['EAL', null, 15, 3, 16, 16, 17])).said.map((s) => s[3])).toEqual([
      'the cohort for EAL is "(blank)": enter the number of pupils, a whole number above zero',
    ]);
    expect((await withEal(['EAL', 19.5, 15, 3, 16, 16, 17])).said.map((s) => s[0])).toEqual(['cohort.invalid']);
    expect((await withEal(['EAL', -19, 15, 3, 16, 16, 17])).said.map((s) => s[0])).toEqual(['cohort.invalid']);
  });

  it('takes "n/a" for blank here too: a cohort of 0 with n/a across is left out with a warning, a row of n/a without one', async () => {
    expect((await withEal(['EAL', 0, 'n/a', 'n/a', 'n/a', 'n/a', 'n/a'])).said.map((s) => s[0])).toEqual([
      'group.no-pupils',
    ]);
    expect(await withEal(['EAL', 'n/a', 'n/a', 'n/a', 'n/a', 'n/a', 'n/a'])).toEqual({
      groups: ['all', 'boys', 'girls', 'disadv'],
      said: [],
    });
  });

  it('leaves out a template row the school left empty, without a word', async () => {
    expect(await withEal(['EAL', null, null, null, null, null, null])).toEqual({
      groups: ['all', 'boys', 'girls', 'disadv'],
      said: [],
    });
  });
});

async function normalised(
  columns: string[],
  rows: (string | number | null)[][] = [['All pupils', 58, ...[46, 12, 52, 49, 51].slice(0, columns.length)]],
) {
  return (await parseBytes('ks2.xlsx', await proformaWorkbook({ columns, rows }))).returns[0]!;
}
const said = (messages: { ruleId: string; place: { cell?: string }; text: string }[]) =>
  messages.map((m) => [m.ruleId, m.place.cell, m.text]);

describe('normalisePredictions: measure columns', () => {
  it('queries figures under a blank heading (a merged header cell) or beyond the last heading, which are not read', async () => {
    const merged = await parseBytes('ks2.xlsx', await proformaWorkbook({ merges: ['C7:D7'] }));
    const beyond = await normalised(['RWM L4+', 'RWM L5+'], [['All pupils', 58, 46, 12, 52]]);
    expect(said(merged.returns[0]!.messages)).toEqual([
      [
        'column.unnamed',
        'D8',
        'this column has values ("12" and perhaps more) but no heading, so none of them was read: give the column its measure\'s name and send the return again, or clear it',
      ],
    ]);
    expect(said(beyond.messages).map((m) => m.slice(0, 2))).toEqual([['column.unnamed', 'E8']]);
  });

  it('reads a measure by its code, label or alias, in any case and spacing', async () => {
    const ret = await normalised(['RWM Level 4+', 'rwm  l5+', 'ks2_read_l4', 'Writing Level 4+', 'MATHS L4+']);
    expect(ret.messages).toEqual([]);
    expect(ret.groups[0]!.values.map((v) => [v.measure, v.value])).toEqual([
      ['ks2_rwm_l4', 46],
      ['ks2_rwm_l5', 12],
      ['ks2_read_l4', 52],
      ['ks2_writ_l4', 49],
      ['ks2_mat_l4', 51],
    ]);
  });

  it('ignores a Comments column, with a warning, whatever it holds', async () => {
    const ret = await normalised(['RWM L4+', 'Comments'], [['All pupils', 58, 46, 'Two pupils joined in September']]);
    expect(said(ret.messages)).toEqual([
      ['column.ignored', 'D7', 'the column "Comments" is not a measure and was ignored'],
    ]);
    expect(ret.groups[0]!.values.map((v) => v.measure)).toEqual(['ks2_rwm_l4']);
  });

  it('refuses an unknown heading, listing the nearest measures of the key stage', async () => {
    const ret = await normalised(['RWM L4', 'Reading L4+']);
    // "rwml4" is 1 edit from "rwml4+", 2 from "rwml4b+" and "rwml5+".
    expect(said(ret.messages)).toEqual([
      [
        'measure.unknown',
        'C7',
        'the column "RWM L4" is not a KS2 measure in the catalogue (nearest known: "RWM L4+", "RWM L4B+", "RWM L5+"): rename it to a measure\'s name, or clear its heading',
      ],
    ]);
  });

  it("refuses a measure of the other framework, naming the year's framework", async () => {
    const ret = await normalised(['RWM L4+', 'RWM EXS+']);
    expect(said(ret.messages)).toEqual([
      [
        'measure.wrong-framework',
        'D7',
        '"RWM EXS+" is not a measure of 2014/15, which uses the National curriculum levels (to 2014/15) framework: use the template for 2014/15',
      ],
    ]);
  });

  it('refuses a measure that appears twice, under any of its names', async () => {
    const ret = await normalised(['RWM L4+', 'ks2_rwm_l4']);
    expect(said(ret.messages)).toEqual([
      [
        'measure.duplicate',
        'D7',
        'the measure RWM L4+ appears twice (first at Predictions!C7): keep one column for it',
      ],
    ]);
  });

  it('refuses a table whose column B is not the cohort', async () => {
    const ret = (await parseBytes('ks2.xlsx', await proformaWorkbook({ cells: { B7: 'Pupils' } }))).returns[0]!;
    expect(said(ret.messages)).toEqual([
      [
        'table.cohort-column',
        'B7',
        'the column after "Pupil group" must be "Cohort", found "Pupils": restore the template\'s columns',
      ],
    ]);
  });
});

const row = (group: string, cohort: number) => [group, cohort, null, null, null, null, null];

describe('normalisePredictions: pupil groups', () => {
  it('reads groups by their aliases', async () => {
    const rows = [
      row('All', 58),
      row('Male', 30),
      row('Female', 28),
      row('FSM', 21),
      row('Non-FSM', 37),
      row('WB', 40),
      row('sen_ehcp', 2),
    ];
    const ret = (await parseBytes('ks2.xlsx', await proformaWorkbook({ rows }))).returns[0]!;
    expect(ret.messages).toEqual([]);
    expect(ret.groups.map((g) => [g.pupilGroup, g.cohort])).toEqual([
      ['all', 58],
      ['boys', 30],
      ['girls', 28],
      ['disadv', 21],
      ['nondisadv', 37],
      ['wbri', 40],
      ['sen_ehcp', 2],
    ]);
  });

  it('refuses a group that appears twice under two names, and the return with it', async () => {
    const checked = await checkOne(
      'ks2.xlsx',
      await proformaWorkbook({ rows: [row('All pupils', 58), row('Boys', 30), row('Male', 30)] }),
    );
    expect(checked.status).toBe('refused');
    expect(checked.messages.map((m) => [m.ruleId, m.place.cell, m.text])).toEqual([
      ['group.duplicate', 'A10', 'the pupil group Boys appears twice (first at Predictions!A9): keep one row for it'],
    ]);
  });

  it('refuses a group not in the catalogue, listing the nearest', async () => {
    const ret = (
      await parseBytes('ks2.xlsx', await proformaWorkbook({ rows: [row('All pupils', 58), row('Boyz', 30)] }))
    ).returns[0]!;
    expect(ret.messages.map((m) => m.text)).toEqual([
      '"Boyz" is not a pupil group in the catalogue (nearest known: "Boys", "EAL", "Girls"): use one of the catalogue\'s names',
    ]);
  });
});
