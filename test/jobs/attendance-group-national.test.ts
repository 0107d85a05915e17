// Pupil groups' attendance against the same groups nationally (issues 12, 14): the EES national file by
// characteristic (fixtures/sources/, five of its lines as shipped) imported as downloaded, one
// secondary school's Autumn returns with group rows; rates worked out from the national counts, gaps
// from the rates as shown, never across definitions, and a withheld rate's gap withheld too.
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AttendanceReport } from '../../src/aggregate/attendance/attendance-report.js';
import { catalogue } from '../../src/domain/catalogue.js';
import { buildAttendanceReport } from '../../src/jobs/attendance/attendance-report.js';
import { explainAttendanceFigure } from '../../src/jobs/explain-attendance.js';
import { shippedContext } from '../../src/domain/context.js';
import { attendanceCsv, attendanceMarkdown } from '../../src/publish/attendance/attendance-writers.js';
import { attendanceEes } from '../../src/publish/ees/attendance-ees.js';
import { eesFiles } from '../../src/publish/writers/ees-writer.js';
import { importComparators } from '../../src/reference/import-comparators.js';
import { importFolder } from '../support/import-files.js';
import { tempStore, type TempStore } from '../support/temp-store.js';
import { eesProblems } from '../publish/ees/ees-rules.js';

const EES = fileURLToPath(
  new URL('../../fixtures/sources/national-absence-by-characteristic-secondary-groups.csv', import.meta.url),
);
const HEADER =
  'urn,academic_year,term,pupil_group,enrolments,possible_sessions,authorised_absence,unauthorised_absence,' +
  'persistent_absentees';
/**
 * All pupils 3500 of 70000 sessions (5.0%), 60 of 500 persistently absent (12.0%); disadvantaged 1680 of
 * 21000 (8.0%), 36 of 150 (24.0%); boys 1785 of 35700 (5.0%), 4 of 255 (1.6%, a small number);
 * looked after 42 of 420 (10.0%), 1 of 3.
 */
const AUTUMN = (year: string) =>
  [
    HEADER,
    `130001,${year},Autumn,all,500,70000,2800,700,60`,
    `130001,${year},Autumn,Disadvantaged,150,21000,1260,420,36`,
    `130001,${year},Autumn,Boys,255,35700,1400,385,4`,
    `130001,${year},Autumn,Looked after,3,420,30,12,1`,
  ].join('\n') + '\n';

let store: TempStore;
const report = (academicYear: string, published = false) =>
  buildAttendanceReport(store, { academicYear, term: 'Autumn', yearToDate: false, phase: 'all', published });
let y2015: AttendanceReport;
let y2014: AttendanceReport;

beforeAll(async () => {
  store = await tempStore([
    { urn: '130001', la: '874', establishmentNumber: '4001', name: 'Fen Academy', phase: 'Secondary' },
  ]);
  const imported = await importComparators(store, EES);
  if (imported.refused) throw new Error(imported.messages.map((m) => m.text).join('; '));
  await importFolder(store, { 'a.csv': AUTUMN('2014/15'), 'b.csv': AUTUMN('2015/16') });
  y2015 = await report('2015/16');
  y2014 = await report('2014/15');
});
afterAll(() => store.cleanup());

const rowsOf = (r: AttendanceReport) =>
  parse(attendanceCsv(r, catalogue()), { columns: true }) as Record<string, string>[];
const compared = (rows: Record<string, string>[], level: string, group: string) => {
  const r = rows.find((x) => x['level'] === level && x['pupil_group'] === group)!;
  return [
    r['overall_absence_rate'],
    r['national_overall_absence_rate'],
    r['gap_overall_absence'],
    r['persistent_absence_rate'],
    r['national_persistent_absence_rate'],
    r['gap_persistent_absence'],
  ];
};

describe('pupil-group attendance against the same groups nationally', () => {
  it('works the national rate out from the counts: disadvantaged, secondary, 2015/16', () => {
    const disadv = y2015.groupNational!.find((g) => g.pupilGroup === 'disadv' && g.phase === 'secondary')!;
    // (13369900 + 8001382) / 283210962 = 7.546%; 190130 / 820265 = 23.179% (published 7.5 and 23.2).
    expect(disadv.rates['overall_absence_rate']).toBeCloseTo((21371282 / 283210962) * 100, 10);
    expect(disadv.rates['persistent_absence_rate']).toBeCloseTo((190130 / 820265) * 100, 10);
    expect(disadv.years).toEqual({ overall_absence_rate: '2015/16', persistent_absence_rate: '2015/16' });
  });

  it("gives each group row the same group's national figure and the gap, as shown", () => {
    const rows = rowsOf(y2015);
    // 8.0 − 7.5 = +0.5; 24.0 − 23.2 = +0.8.
    expect(compared(rows, 'school', 'disadv')).toEqual(['8', '7.5', '0.5', '24', '23.2', '0.8']);
    expect(compared(rows, 'phase', 'disadv')).toEqual(['8', '7.5', '0.5', '24', '23.2', '0.8']);
    // The city's row is all phases, so the file's Total line: 42457200 / 662139410 = 6.412% (6.4),
    // 359105 / 1892485 = 18.975% (19.0).
    expect(compared(rows, 'city', 'disadv')).toEqual(['8', '6.4', '1.6', '24', '19', '5']);
    // Boys: 25896951 / 502912980 = 5.149% (5.1), 183450 / 1436440 = 12.771% (12.8); 4 / 255 = 1.569% (1.6).
    expect(compared(rows, 'school', 'boys')).toEqual(['5', '5.1', '-0.1', '1.6', '12.8', '-11.2']);
  });

  it("prints the city's and phases' groups against national for a reader", () => {
    const md = attendanceMarkdown(y2015, catalogue()).split('\n');
    const at = md.indexOf('## Pupil groups against the same groups nationally');
    expect(md.slice(at + 2, at + 10)).toEqual([
      '| Area | Pupil group | Overall absence % | National % | Gap to national | PA % | National PA % | ' +
        'PA gap to national |',
      '|---|---|---:|---:|---:|---:|---:|---:|',
      '| City | Boys | 5.0 |  |  | 1.6 |  |  |',
      '| City | Disadvantaged (FSM/PPG) | 8.0 | 6.4 | +1.6 | 24.0 | 19.0 | +5.0 |',
      '| City | Children looked after | 10.0 |  |  | 33.3 |  |  |',
      '| Phase: secondary | Boys | 5.0 | 5.1 | -0.1 | 1.6 | 12.8 | -11.2 |',
      '| Phase: secondary | Disadvantaged (FSM/PPG) | 8.0 | 7.5 | +0.5 | 24.0 | 23.2 | +0.8 |',
      '| Phase: secondary | Children looked after | 10.0 |  |  | 33.3 |  |  |',
    ]);
  });

  it('says which groups have no national figure, and why', () => {
    const rows = rowsOf(y2015);
    expect(compared(rows, 'school', 'cla')).toEqual(['10', '', '', '33.3', '', '']);
    const md = attendanceMarkdown(y2015, catalogue());
    expect(md).toContain(
      'No national figure for Children looked after: the national figures stored have no such pupil group for ' +
        '2015/16 or before (blank; z in EES).',
    );
    // The file has no boys' line for all schools together.
    expect(md).toContain(
      "No national figure for Boys at all schools together: those rows have no gap to national, never another phase's.",
    );
  });

  it('never compares persistent absence at 15% (2014/15) with a national figure at 10%', () => {
    const rows = rowsOf(y2014);
    // Overall absence has no threshold: (13744734 + 7699840) / 281726163 = 7.612% (7.6), 8.0 − 7.6 = +0.4.
    expect(compared(rows, 'school', 'disadv')).toEqual(['8', '7.6', '0.4', '24', '', '']);
    const disadv = y2014.groupNational!.find((g) => g.pupilGroup === 'disadv' && g.phase === 'secondary')!;
    expect(disadv.missing['persistent_absence_rate']).toEqual({
      why: 'definition',
      found: { halfTerms: 6, paThreshold: 10 },
      wanted: { halfTerms: 6, paThreshold: 15 },
    });
    expect(attendanceMarkdown(y2014, catalogue())).toContain(
      'Persistent absence of Disadvantaged (FSM/PPG) is not compared with national: the national figures count ' +
        'persistent absence at 10% of possible sessions, this report persistent absence at 15% of possible sessions.',
    );
  });

  it("withholds a withheld rate's gap (c), keeping the public national figure", async () => {
    const published = await report('2015/16', true);
    const rows = rowsOf(published);
    // Boys' 4 persistent absentees are a small number: their rate and its gap are c.
    expect(compared(rows, 'school', 'boys')).toEqual(['5', '5.1', '-0.1', 'c', '12.8', 'c']);
    expect(compared(rows, 'city', 'boys').slice(3)).toEqual(['c', '', '']);
    expect(compared(rows, 'school', 'disadv')).toEqual(['8', '7.5', '0.5', '24', '23.2', '0.8']);
    expect(attendanceMarkdown(published, catalogue())).toContain(
      '| Phase: secondary | Boys | 5.0 | 5.1 | -0.1 | c | 12.8 | c |',
    );
    // In EES likewise; a group with no national figure has z (not applicable), not x.
    const ees = attendanceEes(published, catalogue(), {
      city: { laCode: '874', gssCode: 'E06000031', name: 'Peterborough' },
      schools: new Map([['130001', { laestab: '8744001' }]]),
    });
    const codes = ees.indicators.map((i) => i.code);
    const eesOf = (group: string) =>
      [
        'national_overall_absence_rate',
        'gap_overall_absence',
        'national_persistent_absence_rate',
        'gap_persistent_absence',
      ].map(
        (c) =>
          ees.rows.find((r) => r.place.level === 'School' && r.filters.at(-1) === group)!.indicators[codes.indexOf(c)],
      );
    expect(eesOf('Boys')).toEqual([5.1, -0.1, 12.8, 'c']);
    expect(eesOf('Children looked after')).toEqual(['z', 'z', 'z', 'z']);
    const files = eesFiles(ees);
    expect(eesProblems(files.data, files.meta)).toEqual([]);
  });

  it("explains a pupil group's figure with the same group's national figure and its file", async () => {
    // Disadvantaged secondary 2015/16, from the file's counts: (13369900 + 8001382) / 283210962 = 7.546%,
    // shown 7.5; persistently absent 190130 / 820265 = 23.179%, shown 23.2, at 10% of possible sessions.
    const explained = async (measure: string) => {
      const result = await explainAttendanceFigure(
        store,
        {
          level: 'school',
          areaCode: '130001',
          pupilGroup: 'disadv',
          measure,
          academicYear: '2015/16',
          term: 'Autumn',
          yearToDate: false,
          phase: 'all',
          published: false,
        },
        shippedContext(),
      );
      if (!result.ok) throw new Error(result.text);
      return result.explanation.notes;
    };
    expect(await explained('overall_absence_rate')).toContain(
      'National figure for comparison: 7.5% (England, Disadvantaged (FSM/PPG), secondary schools, 2015/16, from ' +
        'the ees import; 6 half terms).',
    );
    expect(await explained('persistent_absence_rate')).toContain(
      'National figure for comparison: 23.2% (England, Disadvantaged (FSM/PPG), secondary schools, 2015/16, from ' +
        'the ees import; 6 half terms; persistent absence at 10% of possible sessions or more).',
    );
  });
});
