// What importReturns leaves in a real SQLite store: a refused return keeps only its refusal
// record, the same bytes again change nothing, a corrected version supersedes the first (which
// is kept), a bulk CSV's schools stand or fall alone, a dry run stores nothing, and every file's
// bytes are kept.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { proformaWorkbook } from '../support/proforma-workbook.js';
import { emptyStore, storedRows, tempStore, writeIn, type TempStore } from '../support/temp-store.js';
import { giasCsv } from '../support/register.js';
import { importRegister } from '../../src/reference/import-register.js';
import { importFolder, importOne } from '../support/import-files.js';
import { currentPredictionFigures } from '../../src/store/queries/predictions.js';
import { wideCsv } from '../support/proforma-csv.js';
import { EXAMPLE_ROWS } from '../support/example.js';

let store: TempStore;
beforeEach(async () => {
  store = await tempStore();
});
afterEach(async () => {
  await store.cleanup();
});

describe('import: a refused file', () => {
  it('stores the refusal record with its messages, and no groups or values', async () => {
    const [outcome] = await importOne(store, 'alder.xlsx', await proformaWorkbook({ cells: { C8: 'lots' } }));
    expect(outcome).toMatchObject({ status: 'refused', description: 'URN 110001 KS2 2014/15 Autumn' });
    const rows = await storedRows(store);
    expect(rows.returns).toEqual([
      expect.objectContaining({
        id: outcome!.returnId,
        status: 'refused',
        kind: 'predictions',
        urn: '110001',
        key_stage: 'KS2',
        academic_year: '2014/15',
        period: 'Autumn',
        part: '',
        superseded_by: null,
        errors: 1,
        queries: 0,
        warnings: 0,
        imported_at: '2014-12-01T09:00:00.000Z',
      }),
    ]);
    expect(rows.messages.map((m) => [m.return_id, m.severity, m.rule_id, m.sheet, m.cell, m.text])).toEqual([
      [
        outcome!.returnId,
        'error',
        'cell.not-a-number',
        'Predictions',
        'C8',
        'RWM L4+ for All pupils is "lots", neither a number nor a percentage: enter a number, or leave it blank if not predicted',
      ],
    ]);
    expect(rows.groups).toEqual([]);
    expect(rows.values).toEqual([]);
  });

  it('records a file refused before it could be read (an .xls) with what is known: nothing but the file', async () => {
    const xls = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]);
    const [outcome] = await importOne(store, 'alder.xls', xls);
    expect(outcome).toMatchObject({ status: 'refused', description: '' });
    const rows = await storedRows(store);
    expect(rows.returns.map((r) => [r.status, r.kind, r.urn, r.academic_year, r.errors])).toEqual([
      ['refused', 'unknown', null, null, 1],
    ]);
    expect(rows.messages.map((m) => m.rule_id)).toEqual(['file.xls']);
    expect(rows.groups).toEqual([]);
  });

  it('leaves the other files of the same run unaffected', async () => {
    const result = await importFolder(store, {
      'a-alder.xlsx': await proformaWorkbook(),
      'b-cedar.xlsx': await proformaWorkbook({
        header: [
          ['URN', '110003'],
          ['Key stage', 'KS2'],
          ['Academic year', '2014/15'],
          ['Round', 'Autumn'],
        ],
        cells: { C9: 85 },
      }),
      'c-empty.xlsx': '',
      'd-st-marys.xlsx': await proformaWorkbook({
        header: [
          ['URN', '110002'],
          ['Key stage', 'KS2'],
          ['Academic year', '2014/15'],
          ['Round', 'Autumn'],
        ],
      }),
    });
    expect(result.outcomes.map((o) => [o.file.split('/').pop(), o.status])).toEqual([
      ['a-alder.xlsx', 'accepted'],
      ['b-cedar.xlsx', 'refused'],
      ['c-empty.xlsx', 'refused'],
      ['d-st-marys.xlsx', 'accepted'],
    ]);
    const rows = await storedRows(store);
    const accepted = rows.returns.filter((r) => r.status === 'accepted').map((r) => r.id);
    // The example's 5 groups and 5 × 5 values for each of the two accepted returns, none for the others.
    expect(new Set(rows.groups.map((g) => g.return_id))).toEqual(new Set(accepted));
    expect(rows.groups).toHaveLength(10);
    expect(rows.values).toHaveLength(50);
  });

  it('accepts the same bytes once the register has been imported, as the refusal advised', async () => {
    const empty = await emptyStore();
    try {
      const bytes = await proformaWorkbook();
      const [before] = await importOne(empty, 'alder.xlsx', bytes);
      expect([before!.status, before!.messages.map((m) => m.ruleId)]).toEqual(['refused', ['school.not-in-register']]);
      await importRegister(empty, await writeIn(empty, 'gias.csv', giasCsv()), ['874']);
      const [after] = await importOne(empty, 'alder.xlsx', bytes);
      expect(after!.status).toBe('accepted');
      expect((await storedRows(empty)).returns.map((r) => r.status)).toEqual(['refused', 'accepted']);
    } finally {
      await empty.cleanup();
    }
  });
});

describe('import: the identical file again', () => {
  it("stores nothing more and reports already-imported with the first import's time, under any name", async () => {
    const bytes = await proformaWorkbook();
    const [first] = await importOne(store, 'alder.xlsx', bytes);
    expect(first!.status).toBe('accepted');
    const before = await storedRows(store);

    const later = { now: () => new Date('2015-01-05T10:00:00Z') };
    const again = [
      ...(await importOne(store, 'alder.xlsx', bytes, later)),
      ...(await importOne(store, 'alder (copy).xlsx', bytes, later)),
    ];
    expect(
      again.map((o) => ({
        status: o.status,
        importedAt: o.importedAt,
        messages: o.messages,
        description: o.description,
      })),
    ).toEqual([
      {
        status: 'already-imported',
        importedAt: '2014-12-01T09:00:00.000Z',
        messages: [],
        description: 'URN 110001 KS2 2014/15 Autumn',
      },
      {
        status: 'already-imported',
        importedAt: '2014-12-01T09:00:00.000Z',
        messages: [],
        description: 'URN 110001 KS2 2014/15 Autumn',
      },
    ]);
    expect(await storedRows(store)).toEqual(before);
  });
});

describe('import: the same file twice in one run', () => {
  it('answers for each school of a copied many-school CSV: already imported, or refused as in the first', async () => {
    const bulk = wideCsv([
      { urn: '110001' },
      { urn: '110002', rows: EXAMPLE_ROWS.map((r, i) => (i === 1 ? [r[0]!, r[1]!, 999] : r)) },
    ]);
    const result = await importFolder(store, { 'a.csv': bulk, 'b-copy.csv': bulk });
    expect(result.outcomes.map((o) => [o.file.split('/').pop(), o.status])).toEqual([
      ['a.csv', 'accepted'],
      ['a.csv', 'refused'],
      ['b-copy.csv', 'already-imported'],
      ['b-copy.csv', 'refused'],
    ]);
    expect(result.outcomes[3]!.messages.map((m) => m.ruleId)).toEqual(['file.copy-of-refused']);
  });

  it('stores it once and reports the copy as already imported', async () => {
    const bytes = await proformaWorkbook();
    const result = await importFolder(store, { 'a.xlsx': bytes, 'b-copy.xlsx': bytes });
    expect(result.outcomes.map((o) => [o.file.split('/').pop(), o.status, o.copyOf?.split('/').pop()])).toEqual([
      ['a.xlsx', 'accepted', undefined],
      ['b-copy.xlsx', 'already-imported', 'a.xlsx'],
    ]);
    expect((await storedRows(store)).returns).toHaveLength(1);
  });

  it('refuses the copy of a refused file, pointing to the first', async () => {
    const bytes = await proformaWorkbook({ cells: { C8: 'lots' } });
    const result = await importFolder(store, { 'a.xlsx': bytes, 'b-copy.xlsx': bytes });
    const copy = result.outcomes[1]!;
    expect([copy.status, copy.messages.map((m) => m.ruleId)]).toEqual(['refused', ['file.copy-of-refused']]);
    expect(copy.messages[0]!.text).toMatch(
      /^this is byte for byte the same as .*a\.xlsx, where it was refused: see that file's messages$/,
    );
  });
});

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

// St Mary's Boys predict RWM L4+ 85 of 30: its lines are 7-11, Boys on line 8.
const stMarysRows = EXAMPLE_ROWS.map((r) => (r[0] === 'Boys' ? ['Boys', 30, 85, 5, 26, 24, 27] : r));
const trust = wideCsv([{ urn: '110001' }, { urn: '110002', rows: stMarysRows }, { urn: '110003' }]);

describe('import: a bulk CSV of three schools, one with an error', () => {
  it('accepts two and refuses one, naming its line', async () => {
    const outcomes = await importOne(store, 'trust.csv', trust);
    expect(outcomes.map((o) => [o.part, o.status, o.description])).toEqual([
      ['URN 110001, 2014/15 KS2 Autumn', 'accepted', 'URN 110001 KS2 2014/15 Autumn'],
      ['URN 110002, 2014/15 KS2 Autumn', 'refused', 'URN 110002 KS2 2014/15 Autumn'],
      ['URN 110003, 2014/15 KS2 Autumn', 'accepted', 'URN 110003 KS2 2014/15 Autumn'],
    ]);
    const error = outcomes[1]!.messages.find((m) => m.severity === 'error')!;
    expect([error.ruleId, error.place.line, error.place.column, error.text]).toEqual([
      'count.above-cohort',
      8,
      'ks2_rwm_l4',
      'RWM L4+ for Boys is 85 but the cohort is 30: this looks like a percentage; enter the number of pupils, or a percentage with %',
    ]);

    const stored = await storedRows(store);
    expect(stored.returns.map((r) => [r.urn, r.part, r.status])).toEqual([
      ['110001', 'URN 110001, 2014/15 KS2 Autumn', 'accepted'],
      ['110002', 'URN 110002, 2014/15 KS2 Autumn', 'refused'],
      ['110003', 'URN 110003, 2014/15 KS2 Autumn', 'accepted'],
    ]);
    expect([...new Set(stored.groups.map((g) => g.return_id))]).toEqual([outcomes[0]!.returnId, outcomes[2]!.returnId]);
    expect(stored.messages.filter((m) => m.rule_id === 'count.above-cohort').map((m) => m.line)).toEqual([8]);
    expect(stored.sourceFiles).toHaveLength(1);
  });

  it('on a second import of the same file, reports the accepted parts already imported', async () => {
    await importOne(store, 'trust.csv', trust);
    const again = await importOne(store, 'trust.csv', trust);
    expect(again.map((o) => o.status)).toEqual(['already-imported', 'refused', 'already-imported']);
  });
});

describe('import: dry run', () => {
  it('gives every outcome and its messages but stores nothing, not even the files', async () => {
    const result = await importFolder(
      store,
      {
        'alder.xlsx': await proformaWorkbook({ cells: { C8: { value: 0.79, numFmt: '0%' } } }),
        'cedar.xlsx': await proformaWorkbook({ cells: { C9: 85 } }),
        'old.xls': Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      },
      { dryRun: true },
    );
    const errorsAndWarnings = (o: (typeof result.outcomes)[number]) =>
      o.messages.filter((m) => m.severity !== 'query').map((m) => m.ruleId);
    expect(result.outcomes.map((o) => [o.status, o.returnId, errorsAndWarnings(o)])).toEqual([
      ['accepted', undefined, ['cell.percent-converted']],
      ['refused', undefined, ['count.above-cohort']],
      ['refused', undefined, ['file.xls']],
    ]);
    const rows = await storedRows(store);
    expect(rows).toEqual({ sourceFiles: [], returns: [], groups: [], values: [], messages: [] });
  });
});

const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

describe('import: the source file', () => {
  it('keeps the bytes of an accepted workbook and of a refused one', async () => {
    const good = await proformaWorkbook();
    const bad = await proformaWorkbook({ cells: { C8: 'lots' } });
    await importOne(store, 'alder.xlsx', good);
    await importOne(store, 'alder-bad.xlsx', bad);
    const { sourceFiles, returns } = await storedRows(store);
    const kept = new Map(sourceFiles.map((f) => [f.sha256, f]));
    for (const [bytes, name] of [
      [good, 'alder.xlsx'],
      [bad, 'alder-bad.xlsx'],
    ] as const) {
      const file = kept.get(sha256(bytes))!;
      expect(Buffer.from(file.bytes).equals(bytes)).toBe(true);
      expect([file.size, file.file_name.endsWith(name)]).toEqual([bytes.byteLength, true]);
    }
    expect(returns.map((r) => r.sha256)).toEqual([sha256(good), sha256(bad)]);
  });

  it('keeps a bulk CSV once for all its returns', async () => {
    const csv = Buffer.from(wideCsv([{ urn: '110001' }, { urn: '110002' }]));
    await importOne(store, 'trust.csv', csv);
    const { sourceFiles, returns } = await storedRows(store);
    expect(sourceFiles.map((f) => [f.sha256, f.size])).toEqual([[sha256(csv), csv.byteLength]]);
    expect(Buffer.from(sourceFiles[0]!.bytes).toString('utf8')).toBe(csv.toString('utf8'));
    expect(returns.map((r) => r.sha256)).toEqual([sha256(csv), sha256(csv)]);
  });
});
