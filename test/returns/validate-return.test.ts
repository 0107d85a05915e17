// The validate stage (schemas/README.md §1 errors and queries): the school from the register, then the
// domain rules: counts within the cohort, the whole cohort present, implications between
// measures, partitions and subsets. An error refuses the return; a query keeps it for challenge.
import { describe, expect, it } from 'vitest';
import type ExcelJS from 'exceljs';
import { checkOne, withRule } from '../support/pipeline.js';
import { proformaWorkbook } from '../support/proforma-workbook.js';
import { EXAMPLE_ROWS } from '../support/example.js';
import { gist, gistOf } from '../messages/expect-message.js';

/** A cell of the proforma's sheet. */
const at = (cell: string) => ({ sheet: 'Predictions', cell });

describe('validate: the whole cohort', () => {
  it('refuses a return with no All pupils row, pointing at its first group', async () => {
    const checked = await checkOne('ks2.xlsx', await proformaWorkbook({ rows: EXAMPLE_ROWS.slice(1) }));
    expect(checked.status).toBe('refused');
    expect(checked.messages.map(gist)).toEqual([gistOf('group.whole-missing', at('A8'), { label: 'All pupils' })]);
  });

  it('says only what is wrong when the header stops the table being read: no false "no All pupils row"', async () => {
    const bytes = await proformaWorkbook({
      header: [
        ['URN', '110001'],
        ['Key stage', 'KS2'],
        ['Academic year', '14/15'],
        ['Round', 'Autumn'],
      ],
    });
    const checked = await checkOne('ks2.xlsx', bytes);
    expect(checked.messages.map((m) => m.ruleId)).toEqual(['header.unrecognised']);
  });

  it('asks for a recalculation when the All pupils cohort is a formula with no saved result, and says nothing of a missing row', async () => {
    const checked = await checkOne(
      'ks2.xlsx',
      await proformaWorkbook({ cells: { B8: { formula: 'SUM(B9:B10)' } as ExcelJS.CellValue } }),
    );
    expect(checked.messages.map(gist)).toEqual([
      gistOf('cohort.formula-without-result', at('B8'), { group: 'All pupils' }),
    ]);
  });

  it('raises no challenge question on a return it refuses', async () => {
    // All pupils RWM L4+ 10 of 58 is below the floor, but Boys' 85 of 30 refuses the return.
    const checked = await checkOne('ks2.xlsx', await proformaWorkbook({ cells: { C8: 10, C9: 85 } }));
    expect(checked.status).toBe('refused');
    expect(checked.messages.filter((m) => m.ruleId.startsWith('challenge.'))).toEqual([]);
  });

  it('accepts the example of schemas/README.md §1 as it stands, with no message', async () => {
    const checked = await checkOne('ks2.xlsx', await proformaWorkbook());
    expect(checked).toMatchObject({
      status: 'accepted',
      messages: [],
      key: { urn: '110001', academicYear: '2014/15', keyStage: 'KS2', period: 'Autumn' },
    });
  });
});

// Boys: row 9, cohort 30 in B9, RWM L4+ in C9.
async function boysRwm(value: number | string) {
  return checkOne('ks2.xlsx', await proformaWorkbook({ cells: { C9: value } }));
}

describe('validate: counts within the cohort', () => {
  it('refuses a count above its cohort as a likely percentage', async () => {
    const checked = await boysRwm(85);
    expect(checked.status).toBe('refused');
    expect(withRule(checked.messages, 'count.above-cohort').map(gist)).toEqual([
      gistOf('count.above-cohort', at('C9'), { measure: 'RWM L4+', group: 'Boys', found: '85', cohort: 30 }),
    ]);
  });

  it('accepts a count equal to its cohort', async () => {
    const checked = await checkOne(
      'ks2.xlsx',
      await proformaWorkbook({ cells: { C9: 30, D9: 30, E9: 30, F9: 30, G9: 30, C8: 52, D8: 37, F8: 55, G8: 54 } }),
    );
    // All pupils' counts raised so boys + girls stays within them: 30 + 24 = 54 ≤ 54 for maths.
    expect(checked.messages.filter((m) => m.ruleId.startsWith('count.'))).toEqual([]);
  });

  it('refuses a negative count', async () => {
    const checked = await boysRwm(-2);
    expect(checked.status).toBe('refused');
    expect(withRule(checked.messages, 'count.negative').map(gist)).toEqual([
      gistOf('count.negative', at('C9'), { measure: 'RWM L4+', group: 'Boys', found: '-2' }),
    ]);
  });

  it('refuses a count that is not a whole number', async () => {
    const checked = await boysRwm('22.5');
    expect(checked.status).toBe('refused');
    expect(withRule(checked.messages, 'count.not-whole').map(gist)).toEqual([
      gistOf('count.not-whole', at('C9'), { measure: 'RWM L4+', group: 'Boys', found: '22.5' }),
    ]);
  });
});

describe('validate: implications between measures', () => {
  it('queries RWM L4+ above reading L4+ and keeps the return', async () => {
    // RWM L4+ (C8) 50 against reading 49, writing 52 and maths 51: above reading only.
    const bytes = await proformaWorkbook({
      columns: ['RWM L4+', 'Reading L4+', 'Writing L4+', 'Maths L4+'],
      rows: [['All pupils', 58, 50, 49, 52, 51]],
    });
    const checked = await checkOne('ks2.xlsx', bytes);
    expect(checked.status).toBe('accepted');
    expect(checked.messages.map(gist)).toEqual([
      gistOf('implication.breach', at('C8'), {
        group: 'All pupils',
        measure: 'RWM L4+',
        count: 50,
        other: 'Reading L4+',
        otherCount: 49,
      }),
    ]);
  });

  it('queries a higher threshold above a lower one: RWM L5+ above RWM L4B+', async () => {
    const bytes = await proformaWorkbook({
      columns: ['RWM L4+', 'RWM L4B+', 'RWM L5+'],
      rows: [['All pupils', 58, 46, 10, 12]],
    });
    const checked = await checkOne('ks2.xlsx', bytes);
    expect(checked.messages.map(gist)).toEqual([
      gistOf('implication.breach', at('E8'), {
        group: 'All pupils',
        measure: 'RWM L5+',
        count: 12,
        other: 'RWM L4B+',
        otherCount: 10,
      }),
    ]);
  });
});

describe('validate: partitions and subsets', () => {
  it('queries boys + girls above all pupils, for the cohort and for each measure', async () => {
    // Boys' cohort 31 (B9): 31 + 28 = 59 > 58. Boys' RWM L4+ 23 (C9): 23 + 24 = 47 > 46.
    const checked = await checkOne('ks2.xlsx', await proformaWorkbook({ cells: { B9: 31, C9: 23 } }));
    expect(checked.status).toBe('accepted');
    const boysAndGirls = { parts: 'Boys + Girls', whole: 'All pupils' };
    expect(checked.messages.map(gist)).toEqual([
      gistOf('partition.above-whole', at('A9'), { quantity: 'Cohort', ...boysAndGirls, sum: 59, wholeValue: 58 }),
      gistOf('partition.above-whole', at('A9'), { quantity: 'RWM L4+', ...boysAndGirls, sum: 47, wholeValue: 46 }),
    ]);
  });

  it('accepts parts that fall short of the whole (a group not given)', async () => {
    const checked = await checkOne(
      'ks2.xlsx',
      await proformaWorkbook({ rows: [...EXAMPLE_ROWS, ['Other pupils', 30, 25, 6, 28, 26, 27]] }),
    );
    // Disadvantaged + other pupils: cohort 21 + 30 = 51 ≤ 58; RWM L4+ 14 + 25 = 39 ≤ 46.
    expect(checked.messages).toEqual([]);
  });

  it('queries a subset above the whole: White British with more pupils than all pupils', async () => {
    const checked = await checkOne(
      'ks2.xlsx',
      await proformaWorkbook({ rows: [...EXAMPLE_ROWS, ['White British', 60, 40, 10, 45, 44, 45]] }),
    );
    expect(checked.status).toBe('accepted');
    expect(checked.messages.map(gist)).toEqual([
      gistOf('subset.above-whole', at('A13'), {
        quantity: 'Cohort',
        group: 'White British',
        value: 60,
        whole: 'All pupils',
        wholeValue: 58,
      }),
    ]);
  });
});

const rest: [string, ExcelJS.CellValue][] = [
  ['Key stage', 'KS2'],
  ['Academic year', '2014/15'],
  ['Round', 'Autumn'],
];
const check = async (ids: [string, ExcelJS.CellValue][]) =>
  checkOne('ks2.xlsx', await proformaWorkbook({ header: [...ids, ...rest] }));

describe('validate: the school', () => {
  it('refuses a URN not in the register, saying to import the register first', async () => {
    const checked = await check([['URN', '999999']]);
    expect(checked.status).toBe('refused');
    expect(checked.messages.map(gist)).toEqual([
      gistOf('school.not-in-register', at('B1'), { identifier: 'URN 999999' }),
    ]);
  });

  it('refuses a school of another LA, which the register leaves out', async () => {
    expect((await check([['URN', '120001']])).messages.map((m) => m.ruleId)).toEqual(['school.not-in-register']);
  });

  it('refuses a URN and a LAESTAB that name different schools', async () => {
    const checked = await check([
      ['URN', '110001'],
      ['LAESTAB', '874/2002'],
    ]);
    expect(checked.status).toBe('refused');
    expect(checked.messages.map(gist)).toEqual([
      gistOf('school.identifiers-disagree', at('B2'), {
        urn: '110001',
        laestab: '8742002',
        urnSchool: 'Alder Primary School',
        laestabSchool: 'St Mary’s Catholic Primary School',
      }),
    ]);
  });

  it('finds the school by its LAESTAB alone', async () => {
    const checked = await check([['DfE number', '8742002']]);
    expect(checked).toMatchObject({ status: 'accepted', school: { urn: '110002' }, key: { urn: '110002' } });
  });

  it('warns of a school name that differs from the register, and accepts the return', async () => {
    const checked = await check([
      ['URN', '110001'],
      ['School name', 'Alder Primary'],
    ]);
    expect(checked.status).toBe('accepted');
    expect(checked.messages.map(gist)).toEqual([
      gistOf('school.name-differs', at('B2'), { found: 'Alder Primary', registered: 'Alder Primary School' }),
    ]);
  });

  it("takes a straight apostrophe and other case for the register's curly one as the same name", async () => {
    expect(
      (
        await check([
          ['URN', '110002'],
          ['School name', "ST MARY'S Catholic Primary School"],
        ])
      ).messages,
    ).toEqual([]);
  });
});
