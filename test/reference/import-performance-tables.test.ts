// The DfE performance tables' school-level absence download for 2012/13, as downloaded (trimmed line
// for line to its first lines, Peterborough's 68 schools and England's two lines), imported as the
// round Validated, and Peterborough's schools ranked on the rates alone. The expected order is read
// from the file by hand (sorted on PERCTOT, ties sharing a rank), not from the program.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rankValidated, type ValidatedFigure } from '../../src/aggregate/validated/rank-validated.js';
import { importValidated, type ValidatedImportResult } from '../../src/reference/import-validated.js';
import { validatedOutcomes } from '../../src/store/queries/validated.js';
import { emptyStore, writeIn, type TempStore } from '../support/temp-store.js';

const DOWNLOAD = fileURLToPath(
  new URL('../../fixtures/sources/dfe-school-absence-201213-england-874.csv', import.meta.url),
);

/** [rank, URN, PERCTOT] of LA 874's lines, lowest absence first, as the file gives them. */
const PUBLISHED_ORDER: readonly [number, string, number][] = [
  [1, '136514', 2.6],
  [2, '110893', 3.1],
  [3, '110700', 3.2],
  [3, '134461', 3.2],
  [5, '110705', 3.3],
  [5, '110826', 3.3],
  [7, '110855', 3.5],
  [8, '133537', 3.6],
  [9, '110822', 3.7],
  [9, '110858', 3.7],
  [11, '110757', 3.9],
  [11, '110823', 3.9],
  [13, '110824', 4],
  [13, '110851', 4],
  [15, '110699', 4.2],
  [15, '110734', 4.2],
  [15, '131693', 4.2],
  [18, '110852', 4.3],
  [18, '110853', 4.3],
  [20, '130930', 4.4],
  [20, '134306', 4.4],
  [20, '110856', 4.4],
  [23, '110731', 4.5],
  [23, '110755', 4.5],
  [23, '132763', 4.5],
  [26, '110710', 4.6],
  [26, '110736', 4.6],
  [26, '110761', 4.6],
  [26, '131719', 4.6],
  [26, '110825', 4.6],
  [31, '110691', 4.7],
  [31, '110727', 4.7],
  [31, '110774', 4.7],
  [34, '110692', 4.8],
  [34, '136398', 4.8],
  [36, '110723', 4.9],
  [36, '110767', 4.9],
  [38, '110743', 5.2],
  [39, '110735', 5.3],
  [40, '135980', 5.4],
  [41, '110683', 5.5],
  [41, '110854', 5.5],
  [41, '135002', 5.5],
  [44, '136266', 5.6],
  [44, '135263', 5.6],
  [46, '110718', 5.8],
  [46, '110747', 5.8],
  [48, '136721', 6],
  [49, '110722', 6.1],
  [49, '110899', 6.1],
  [51, '110730', 6.2],
  [51, '110768', 6.2],
  [53, '135196', 6.3],
  [54, '110719', 6.6],
  [54, '110726', 6.6],
  [54, '137880', 6.6],
  [57, '110753', 6.7],
  [57, '110764', 6.7],
  [57, '137082', 6.7],
  [60, '110749', 6.8],
  [60, '110756', 6.8],
  [60, '137084', 6.8],
  [60, '110882', 6.8],
  [64, '110907', 6.9],
  [65, '131240', 7.1],
  [66, '110778', 7.2],
  [66, '110819', 7.2],
  [68, '110779', 7.3],
];

/** The nine whose PPERSABS15 is SUPP in the file. */
const PA_SUPPRESSED = ['110699', '110705', '110723', '110823', '110824', '110826', '110855', '110893', '133537'];

let store: TempStore;
let imported: ValidatedImportResult;
let figures: ValidatedFigure[];

beforeAll(async () => {
  store = await emptyStore();
  imported = await importValidated(store, DOWNLOAD, { academicYear: '2012/13', las: ['874'] });
  figures = (await validatedOutcomes(store, '2012/13')).map((r) => ({
    urn: r.urn,
    measure: r.measure,
    paThreshold: r.pa_threshold,
    value: r.value,
    symbol: r.symbol,
  }));
});
afterAll(() => store.cleanup());

const byRank = (rows: { rank: number; urn: string }[]) =>
  [...rows].sort((a, b) => a.rank - b.rank || a.urn.localeCompare(b.urn));

describe('the performance tables school-level absence download, as downloaded', () => {
  it("is read by its header and stores each of LA 874's 68 schools' two figures, SUPP as a symbol", () => {
    expect(imported.refused).toBe(false);
    expect([imported.schools, imported.stored, imported.columns]).toEqual([68, 136, ['PERCTOT', 'PPERSABS15']]);
    expect(imported.messages.map((m) => [m.ruleId, m.text])).toEqual([
      [
        'validated.symbols',
        '9 figure(s) published as a symbol, not a number (SUPP (suppressed (too few pupils)) 9): ' +
          'stored as the symbol; a school is ranked on each figure it has',
      ],
    ]);
    const pa = figures.filter((f) => f.measure === 'persistent_absence_rate');
    expect(new Set(pa.map((f) => f.paThreshold))).toEqual(new Set([15]));
    expect(
      pa
        .filter((f) => f.symbol === 'SUPP')
        .map((f) => f.urn)
        .sort(),
    ).toEqual(PA_SUPPRESSED);
  });

  it('ranks every school with a published overall absence rate in the published order', () => {
    const ranking = rankValidated(figures, 'overall_absence_rate', 0, 'lowest first');
    expect(ranking.notReturned).toEqual([]);
    expect(byRank(ranking.ranked.map((r) => ({ rank: r.rank, urn: r.item.urn, value: r.value })))).toEqual(
      byRank(PUBLISHED_ORDER.map(([rank, urn, value]) => ({ rank, urn, value }))),
    );
  });

  it('keeps a school with a suppressed persistent-absence rate in the overall ranking, out of the PA one', () => {
    const overall = rankValidated(figures, 'overall_absence_rate', 0, 'lowest first');
    const pa = rankValidated(figures, 'persistent_absence_rate', 15, 'lowest first');
    expect(PA_SUPPRESSED.every((urn) => overall.ranked.some((r) => r.item.urn === urn))).toBe(true);
    expect(pa.ranked).toHaveLength(59);
    expect(pa.notReturned.map((f) => f.urn).sort()).toEqual(PA_SUPPRESSED);
    // 110700 and 136514 have 0 (two schools at rank 1); 110852 has 1.1, the next lowest.
    expect(pa.ranked.slice(0, 3).map((r) => [r.rank, r.item.urn])).toEqual([
      [1, '110700'],
      [1, '136514'],
      [3, '110852'],
    ]);
  });

  it('refuses a file that is not a school-level download, and a line neither figure nor symbol', async () => {
    const text = await readFile(DOWNLOAD, 'utf8');
    const other = await writeIn(store, 'other.csv', 'urn,name\n110000,Hill\n');
    const bad = await writeIn(store, 'bad.csv', text.replace('874,3386,136514,2.6,0', '874,3386,136514,low,0'));
    const [a, b] = [
      await importValidated(store, other, { academicYear: '2012/13', las: ['874'] }),
      await importValidated(store, bad, { academicYear: '2012/13', las: ['874'] }),
    ];
    expect([a.refused, a.messages.map((m) => m.ruleId)]).toEqual([true, ['reference.missing-columns']]);
    expect(b.messages.filter((m) => m.severity === 'error').map((m) => [m.place.line, m.text])).toEqual([
      [
        expect.any(Number),
        'PERCTOT "low" for URN 136514 is neither a figure nor a symbol of the tables: ' +
          'correct the line and import the file again',
      ],
    ]);
  });

  it('reads a KS2 table as the DfE prints it: LEA, "67%", NE, NEW, and the LA total line with no URN', async () => {
    const ks2 = await writeIn(
      store,
      'england_ks2final.csv',
      'RECTYPE,LEA,ESTAB,URN,SCHNAME,PTRWM_EXP,READPROG\n' +
        '1,874,3386,136514,Alder Primary,67%,1.5\n' +
        '1,874,2234,110700,Cedar Primary,NE,NEW\n' +
        '4,874,,,Peterborough,61%,-0.4\n',
    );
    const result = await importValidated(store, ks2, { academicYear: '2016/17', las: ['874'] });
    expect([result.refused, result.schools, result.columns]).toEqual([false, 2, ['PTRWM_EXP', 'READPROG']]);
    const rows = await validatedOutcomes(store, '2016/17', 'KS2');
    expect(rows.map((r) => [r.urn, r.measure, r.unit, r.value, r.symbol])).toEqual([
      ['110700', 'ks2_read_prog', 'mean', null, 'NEW'],
      ['110700', 'ks2_rwm_exs', 'percent', null, 'NE'],
      ['136514', 'ks2_read_prog', 'mean', 1.5, null],
      ['136514', 'ks2_rwm_exs', 'percent', 67, null],
    ]);
  });
});
