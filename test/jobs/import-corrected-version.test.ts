// What importReturns does with a corrected version of a return: it supersedes the first (which is
// kept), unless it is refused or is for another round or school.
import { describe, expect, it } from 'vitest';
import { proformaWorkbook } from '../support/proforma-workbook.js';
import { storedRows } from '../support/temp-store.js';
import { importOne } from '../support/import-files.js';
import { currentPredictionFigures } from '../../src/store/queries/predictions.js';
import { freshStoreEachTest, store } from './store-per-test.js';

freshStoreEachTest();

const allRwm = async () =>
  (await currentPredictionFigures(store, { academicYear: '2014/15', keyStage: 'KS2', round: 'Autumn' }))
    .filter((f) => f.pupilGroup === 'all' && f.measure === 'ks2_rwm_l4')
    .map((f) => [f.urn, f.cohort, f.value]);

describe('import: a corrected second version', () => {
  it('supersedes the first, which is kept with its values, and the report reads the second', async () => {
    const [first] = await importOne(store, 'alder.xlsx', await proformaWorkbook());
    // The correction: All pupils' RWM L4+ 46 → 48 (C8).
    const [second] = await importOne(store, 'alder v2.xlsx', await proformaWorkbook({ cells: { C8: 48 } }));
    expect(second).toMatchObject({ status: 'accepted', supersededReturnId: first!.returnId });

    const rows = await storedRows(store);
    expect(rows.returns.map((r) => [r.id, r.status, r.superseded_by])).toEqual([
      [first!.returnId, 'accepted', second!.returnId],
      [second!.returnId, 'accepted', null],
    ]);
    const rwm = rows.values
      .filter((v) => v.pupil_group === 'all' && v.measure === 'ks2_rwm_l4')
      .map((v) => [v.return_id, v.value]);
    expect(rwm).toEqual([
      [first!.returnId, 46],
      [second!.returnId, 48],
    ]);
    expect(await allRwm()).toEqual([['110001', 58, 48]]);
  });

  it('leaves the first current when the correction is refused', async () => {
    await importOne(store, 'alder.xlsx', await proformaWorkbook());
    const [second] = await importOne(store, 'alder v2.xlsx', await proformaWorkbook({ cells: { C8: 'lots' } }));
    expect(second!.status).toBe('refused');
    expect((await storedRows(store)).returns.map((r) => [r.status, r.superseded_by])).toEqual([
      ['accepted', null],
      ['refused', null],
    ]);
    expect(await allRwm()).toEqual([['110001', 58, 46]]);
  });

  it('does not supersede another round or another school', async () => {
    await importOne(store, 'alder.xlsx', await proformaWorkbook());
    const spring = await proformaWorkbook({
      header: [
        ['URN', '110001'],
        ['Key stage', 'KS2'],
        ['Academic year', '2014/15'],
        ['Round', 'Spring'],
      ],
    });
    const [outcome] = await importOne(store, 'alder spring.xlsx', spring);
    expect(outcome!.supersededReturnId).toBeUndefined();
    expect((await storedRows(store)).returns.map((r) => r.superseded_by)).toEqual([null, null]);
  });
});
