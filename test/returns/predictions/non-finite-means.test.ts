// A mean that is NaN or infinite is refused as not a number, from a workbook cell and a CSV field
// alike (issue 11: a NaN mean crashed the store, "NOT NULL constraint failed", and an Infinity one
// was stored and printed in the report).
import { describe, expect, it } from 'vitest';
import { checkOne } from '../../support/pipeline.js';
import { proformaWorkbook } from '../../support/proforma-workbook.js';
import { wideCsv } from '../../support/proforma-csv.js';
import { rewritePart } from '../../support/zip-parts.js';

/** A KS2 2015/16 proforma whose All pupils' reading progress (C8) the file holds as `v`. */
async function workbookWithMean(v: string) {
  const bytes = await proformaWorkbook({
    header: [
      ['URN', '110001'],
      ['Key stage', 'KS2'],
      ['Academic year', '2015/16'],
      ['Round', 'Autumn'],
    ],
    columns: ['Reading progress'],
    rows: [['All pupils', 30, 1.25]],
  });
  return rewritePart(bytes, 'xl/worksheets/sheet1.xml', (xml) => xml.replace('<v>1.25</v>', `<v>${v}</v>`));
}

const csvWithMean = (v: string) =>
  wideCsv([{ academicYear: '2015/16', measures: ['ks2_read_prog'], rows: [['All pupils', 30, v]] }]);

describe('a mean that is not finite', () => {
  for (const v of ['NaN', 'Infinity', '-Infinity', '1e999']) {
    it(`is refused as ${v} in a workbook cell`, async () => {
      const ret = await checkOne('ks2.xlsx', await workbookWithMean(v));
      expect(ret.status).toBe('refused');
      expect(ret.messages.map((m) => m.ruleId)).toEqual(['cell.not-a-number']);
    });

    it(`is refused as ${v} in a CSV field`, async () => {
      const ret = await checkOne('ks2.csv', csvWithMean(v));
      expect(ret.status).toBe('refused');
      expect(ret.messages.map((m) => m.ruleId)).toEqual(['cell.not-a-number']);
    });
  }

  it('is read when finite', async () => {
    expect((await checkOne('ks2.xlsx', await workbookWithMean('1.5'))).status).toBe('accepted');
    expect((await checkOne('ks2.csv', csvWithMean('1.5'))).status).toBe('accepted');
  });
});
