// Lineage (issue 16, item 3): an explained figure names each cohort's own cell, and an attendance figure
// its national figure's source and, to a data officer, the rule that withheld a cell and the cell a
// secondary one protects. One small store, built once, worked by hand:
//
// KS2 2014/15 Autumn, Boys, Reading L4+ (the example proforma's figures: Boys 30, Reading L4+ 26):
//   Alder 110001     a workbook: the table's header on row 7, All pupils row 8, Boys row 9, so the
//                    cohort is B9 and Reading L4+ (the third measure, column E) E9
//   St Mary's 110002 the long CSV: a line per group and measure, All pupils lines 2-6, Boys 7-11, so
//                    the cohort is line 7 (the group's first) and Reading L4+ line 9
//   Cedar 110003     the wide CSV, Boys on line 3, stored as a store of before 2026-12 holds it: no
//                    cohort place
//   City: 26 × 3 = 78 of 90 pupils.
//
// Attendance 2014/15 Autumn, all pupils (no other group, no collaborative groups: the only sum is
// city = Alder + St Mary's): persistent absentees Alder 3 (1 to 4: withheld by the rule), St Mary's
// 20, city 23. With the city and St Mary's shown, Alder's is 23 − 20: the engine withholds the cell
// of lower priority, St Mary's (a school's), to protect Alder's. National, primary schools, 2014/15:
// persistent absence 3.9% (the comparators csv: six half terms, and 2014/15's threshold of 15%).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shippedContext } from '../../src/domain/context.js';
import { explainAttendanceFigure, type AttendanceExplainOptions } from '../../src/jobs/explain-attendance.js';
import { explainPredictionsFigure } from '../../src/jobs/explain-figure.js';
import { importComparators } from '../../src/reference/import-comparators.js';
import { explainPage } from '../../src/publish/explain/explain-html.js';
import { explanationMarkdown } from '../../src/publish/explain/explanation-tables.js';
import type { Explanation } from '../../src/publish/explain/explanation.js';
import { importOne } from '../support/import-files.js';
import { longCsv, wideCsv } from '../support/proforma-csv.js';
import { proformaWorkbook } from '../support/proforma-workbook.js';
import { tempStore, writeIn, type TempStore } from '../support/temp-store.js';

const context = shippedContext();
let store: TempStore;
let boysReading: Explanation;

const attendance = (o: Partial<AttendanceExplainOptions>): AttendanceExplainOptions => ({
  ...{ level: 'school', areaCode: '110001', pupilGroup: 'all', measure: 'persistent_absence_rate' },
  ...{ academicYear: '2014/15', term: 'Autumn', yearToDate: false, phase: 'all', published: false },
  ...o,
});

async function explainAttendance(o: Partial<AttendanceExplainOptions>) {
  const result = await explainAttendanceFigure(store, attendance(o), context);
  if (!result.ok) throw new Error(result.text);
  return result.explanation;
}

beforeAll(async () => {
  store = await tempStore();
  await importOne(store, 'alder.xlsx', await proformaWorkbook());
  await importOne(store, 'st-marys.csv', longCsv([{ urn: '110002' }]));
  await importOne(store, 'cedar.csv', wideCsv([{ urn: '110003' }]));
  const cedar = await store.db.selectFrom('returns').select('id').where('urn', '=', '110003').executeTakeFirstOrThrow();
  await store.db.updateTable('return_groups').set({ cohort_place: null }).where('return_id', '=', cedar.id).execute();
  await importOne(
    store,
    'attendance.csv',
    [
      'urn,academic_year,term,pupil_group,enrolments,possible_sessions,authorised_absence,unauthorised_absence,' +
        'persistent_absentees',
      '110001,2014/15,Autumn,all,100,6000,200,100,3',
      '110002,2014/15,Autumn,all,200,12000,300,60,20',
    ].join('\n'),
  );
  const national = await writeIn(
    store,
    'national.csv',
    'time_period,geographic_level,area_name,key_stage,measure,pupil_group,value\n' +
      '201415,National,England,primary,persistent_absence_rate,all,3.9\n',
  );
  expect((await importComparators(store, national)).refused).toBe(false);
  const result = await explainPredictionsFigure(
    store,
    {
      ...{ level: 'city', areaCode: '874', academicYear: '2014/15', keyStage: 'KS2', round: 'Autumn' },
      ...{ pupilGroup: 'boys', measure: 'ks2_read_l4', published: false, asReturned: false },
    },
    context,
  );
  if (!result.ok) throw new Error(result.text);
  boysReading = result.explanation;
}, 30_000);

afterAll(async () => {
  await store.cleanup();
});

describe("explain names each cohort's own cell", () => {
  it("a workbook's A1 cell, a CSV's line, and for a return stored before 2026-12 that none was kept", () => {
    expect(boysReading.figure).toEqual({ cohort: 90, count: 78, value: (78 / 90) * 100 });
    expect(boysReading.cells.map((c) => [c.urn, c.sheet, c.place, c.cohort, c.cohortPlace])).toEqual([
      ['110001', 'Predictions', 'E9', 30, 'B9'],
      ['110002', '', 'line 9', 30, 'line 7'],
      ['110003', '', 'line 3', 30, undefined],
    ]);
  });

  it('in the text and in the HTML side file', () => {
    const md = explanationMarkdown(boysReading, context.catalogue);
    expect(md).toContain('| Predictions | E9 | 30 | B9 | 26 | 26 |');
    expect(md).toContain('| line 9 | 30 | line 7 | 26 | 26 |');
    expect(md).toContain('| line 3 | 30 | place not recorded: stored before 2026-12 | 26 | 26 |');
    const html = explainPage('KS2 2014/15', [boysReading], context.catalogue);
    expect(html).toMatch(/<td[^>]*>B9<\/td>/);
    expect(html).toContain('place not recorded: stored before 2026-12');
  });
});

describe('explain an attendance figure', () => {
  it("gives the national figure's file and definition", async () => {
    const e = await explainAttendance({ areaCode: '110002' });
    expect(e.notes).toContain(
      'National figure for comparison: 3.9% (England, all pupils, primary schools, 2014/15, from the comparators ' +
        'csv import; 6 half terms; persistent absence at 15% of possible sessions or more).',
    );
  });

  it('tells a data officer the rule that withheld a cell, and the cell a secondary one protects', async () => {
    const alder = await explainAttendance({});
    // 3 of 100 pupils, worked from the counts the publication withholds.
    expect(alder.notes[0]).toBe('The figure is 3.0% (Σ the columns below / Σ its base, over the schools).');
    expect(alder.notes).toContain(
      'Suppression of persistent_absentees: suppress.attendance-small-count: 1 to 4 pupils counted by their ' +
        'absence is withheld, with every rate built on it.',
    );
    const stMarys = await explainAttendance({ areaCode: '110002' });
    expect(stMarys.notes.filter((n) => n.startsWith('Suppression of'))).toEqual([
      'Suppression of persistent_absentees: suppress.secondary: withheld so that a cell withheld by a rule cannot ' +
        'be worked out from what is shown; it protects persistent_absentees of all at Alder Primary School ' +
        '(URN 110001), 2014/15 Autumn.',
    ]);
  });

  it('published, says only that the cell is withheld: not by which rule, nor what it protects', async () => {
    const e = await explainAttendance({ areaCode: '110002', published: true });
    expect(e.withheld).toBe(true);
    expect(e.notes.join('\n')).toContain('Suppression: withheld (c) in the publication.');
    expect(e.notes.join('\n')).not.toMatch(/suppress\.|protects|110001/);
  });
});
