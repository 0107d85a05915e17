// A formula is read by the result Excel saved with it (issue 11): a saved 0 is 0, not blank
// (exceljs's cell value drops a result that is 0, and 157 of 160 such values were stored blank),
// in a proforma and an attendance return alike; a data-table formula, which has no formula text,
// is read by its saved result too; a formula with no saved result is still a formula without one.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parseBytes } from '../../support/pipeline.js';
import { proformaWorkbook } from '../../support/proforma-workbook.js';
import { rewritePart } from '../../support/zip-parts.js';

const valuesOfAll = async (name: string, bytes: Uint8Array) => {
  const parsed = await parseBytes(name, bytes);
  const ret = parsed.returns[0]!;
  const all = ret.groups.find((g) => g.pupilGroup === 'all')!;
  return {
    values: Object.fromEntries(all.values.map((v) => [v.measure, v.value])),
    rules: [...parsed.fileMessages, ...ret.messages].map((m) => m.ruleId),
  };
};

describe('a formula in a return', () => {
  it('whose saved result is 0 is read as 0 in a proforma', async () => {
    // RWM L5+ of All pupils (D8) is =D9-D9 saved as 0; Reading L4+ (E8) a formula saved as 52.
    const bytes = await proformaWorkbook({
      cells: { D8: { formula: 'D9-D9', result: 0 }, E8: { formula: 'E9+E10', result: 52 } },
    });
    const { values, rules } = await valuesOfAll('ks2.xlsx', bytes);
    expect(values).toMatchObject({ ks2_rwm_l5: 0, ks2_read_l4: 52 });
    expect(rules).toEqual([]);
  });

  it('whose saved result is 0 is read as 0 in an attendance return, not refused', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Attendance');
    for (const row of [['URN', '110001'], ['Academic year', '2014/15'], ['Term', 'Autumn'], []]) ws.addRow(row);
    ws.addRow(['Pupil group', 'Enrolments', 'Possible sessions', 'Authorised absence', 'Unauthorised absence']);
    ws.addRow(['All pupils', 200, 20000, 600, 200]);
    ws.getCell('F5').value = 'Persistent absentees';
    ws.getCell('F6').value = { formula: 'E6-E6', result: 0 } as ExcelJS.CellValue;
    const { values, rules } = await valuesOfAll('att.xlsx', Buffer.from(await wb.xlsx.writeBuffer()));
    expect(values).toEqual({
      enrolments: 200,
      possible_sessions: 20000,
      authorised_absence: 600,
      unauthorised_absence: 200,
      persistent_absentees: 0,
    });
    expect(rules).toEqual([]);
  });

  it('of a data table (t="dataTable", no formula text) is read by its saved result', async () => {
    // C8 (RWM L4+ of All pupils) holds 46; written again as a data-table cell saving 46.
    const bytes = rewritePart(await proformaWorkbook(), 'xl/worksheets/sheet1.xml', (xml) =>
      xml.replace(
        /<c r="C8"([^>]*)><v>46<\/v><\/c>/,
        '<c r="C8"$1><f t="dataTable" ref="C8:C8" dt2D="0" dtr="0" r1="B1"/><v>46</v></c>',
      ),
    );
    const { values, rules } = await valuesOfAll('table.xlsx', bytes);
    expect(values).toMatchObject({ ks2_rwm_l4: 46 });
    expect(rules).toEqual([]);
  });

  it('with no saved result is still queried as one', async () => {
    const { values, rules } = await valuesOfAll(
      'ks2.xlsx',
      await proformaWorkbook({ cells: { D8: { formula: 'D9+D10' } as ExcelJS.CellValue } }),
    );
    expect(values.ks2_rwm_l5).toBeUndefined();
    expect(rules).toEqual(['cell.formula-without-result']);
  });
});
