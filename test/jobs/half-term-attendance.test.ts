// Issue 14, item 2: half-term returns in the attendance report. Two schools' returns (csv) imported
// into a real store, 2015/16; Alder sent half terms, St Mary's a term's return for Autumn and half
// terms for Spring. Worked by hand (overall = (authorised + unauthorised) / possible sessions):
//
//   return              school     pupils  possible  auth  unauth  PA   overall          PA rate
//   Autumn 1            Alder        100     7,000    210     70    8    280/7,000  4.0%   8.0%
//   Autumn 2            Alder        100     6,000    240     60   10    300/6,000  5.0%  10.0%
//   Spring 1            Alder        102     6,000    300     60   12    360/6,000  6.0%  11.8%
//   (no Spring 2)       Alder
//   Autumn (the term)   St Mary's    200    26,000    780    260   20  1,040/26,000 4.0%  10.0%
//   Spring 1            St Mary's    200    12,000    480    120   25    600/12,000 5.0%  12.5%
//   Spring 2            St Mary's    200    10,000    300    120   24    420/10,000 4.2%  12.0%
//   2014/15 Spring 1    St Mary's    200    12,000    540    180   30    720/12,000 6.0%  15.0%
//
// Half term Spring 1: Alder 6.0% (rank 2), St Mary's 5.0% (rank 1); city 960/18,000 = 5.3%, PA 37/302
// = 12.3%. St Mary's change on Spring 1 2014/15: 5.0 − 6.0 = −1.0 points, PA 12.5 − 15.0 = −2.5.
// Year to date to Spring 1 (three half terms; St Mary's Autumn term is its two halves' sessions):
// Alder 940/19,000 = 4.9%, PA of the latest half 12/102 = 11.8%; St Mary's 1,640/38,000 = 4.3%; city
// 2,580/57,000 = 4.5%. Against the three-half-term national figure 4.6 (not the whole year's 4.0):
// Alder +0.3, St Mary's −0.3; PA against national's 11.0 (three half terms, at 10%): concern scores
// 1 × (12.5 − 11.0) = 1.5 for St Mary's (rank 1), 1 × (11.8 − 11.0) = 0.8 for Alder. Year to date to
// Spring 2: Alder incomplete (no Spring 2); St Mary's 2,060/48,000 = 4.3%. Autumn term: Alder from its
// halves 580/13,000 = 4.5%, PA 10/100 = 10.0%; city 1,620/39,000 = 4.2%, against the whole year's 4.0.
// Spring term: Alder incomplete; St Mary's from its halves 1,020/22,000 = 4.6%.
// Also: its charts, the explanation of a term made of halves, and the builder refusing to publish one.
import { basename } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AttendanceReport, PeriodFigures } from '../../src/aggregate/attendance/attendance-report.js';
import { roundToShown } from '../../src/aggregate/attendance/index.js';
import { buildAttendanceReport, type AttendanceReportOptions } from '../../src/jobs/attendance/attendance-report.js';
import { attendanceCsv, attendanceHeading } from '../../src/publish/attendance/attendance-writers.js';
import { catalogue } from '../../src/domain/catalogue.js';
import { shippedContext } from '../../src/domain/context.js';
import { attendanceReportFrom } from '../../src/publish/attendance/build-attendance-report.js';
import { explainAttendanceFigure } from '../../src/jobs/explain-attendance.js';
import { returnStatus } from '../../src/jobs/return-status.js';
import { attendanceSection } from '../../src/publish/html/attendance-section.js';
import { attendanceCharts } from '../../src/jobs/charts/attendance-charts.js';
import { concernRows } from '../../src/publish/attendance/concern-report.js';
import { storeComparators } from '../../src/store/queries/reference.js';
import { importFolder } from '../support/import-files.js';
import { tempStore, type TempStore } from '../support/temp-store.js';

const HEADER =
  'urn,academic_year,term,pupil_group,enrolments,possible_sessions,authorised_absence,unauthorised_absence,' +
  'persistent_absentees';
const line = (urn: string, year: string, period: string, counts: number[]) =>
  `${HEADER}\n${urn},${year},${period},all,${counts.join(',')}\n`;
const ALDER = '110001';
const MARYS = '110002';

let store: TempStore;
const reports = new Map<string, AttendanceReport>();
const report = async (o: Partial<AttendanceReportOptions>) => {
  const key = JSON.stringify(o);
  if (!reports.has(key))
    reports.set(
      key,
      await buildAttendanceReport(store, {
        academicYear: '2015/16',
        term: 'Spring',
        yearToDate: false,
        phase: 'all',
        ...o,
      }),
    );
  return reports.get(key)!;
};
const figures = (r: AttendanceReport, urn: string): PeriodFigures =>
  r.schools.find((s) => s.urn === urn)!.byGroup.get('all')!;
const overall = (f: PeriodFigures | undefined) =>
  f?.status === 'returned' ? roundToShown(f.rates['overall_absence_rate']!) : f?.status;
const persistent = (f: PeriodFigures | undefined) =>
  f?.status === 'returned' ? roundToShown(f.rates['persistent_absence_rate']!) : f?.status;
const city = (r: AttendanceReport) => r.areas.find((a) => a.level === 'city' && a.pupilGroup === 'all')!;

beforeAll(async () => {
  store = await tempStore();
  const result = await importFolder(store, {
    'a1.csv': line(ALDER, '2015/16', 'Autumn 1', [100, 7000, 210, 70, 8]),
    'a2.csv': line(ALDER, '2015/16', 'HT2', [100, 6000, 240, 60, 10]),
    'a3.csv': line(ALDER, '2015/16', 'Spring 1', [102, 6000, 300, 60, 12]),
    'm1.csv': line(MARYS, '2015/16', 'Autumn', [200, 26000, 780, 260, 20]),
    'm3.csv': line(MARYS, '2015/16', 'Spring 1', [200, 12000, 480, 120, 25]),
    'm4.csv': line(MARYS, '2015/16', 'Spring 2', [200, 10000, 300, 120, 24]),
    'm0.csv': line(MARYS, '2014/15', 'Spring 1', [200, 12000, 540, 180, 30]),
  });
  if (result.outcomes.some((o) => o.status !== 'accepted')) throw new Error('a test return was not accepted');
  // National overall absence of two definitions: the whole year (six half terms) and three half terms.
  const national = (half_terms: number, value: number, measure = 'overall_absence_rate', pa_threshold = 0) =>
    ['all', 'primary'].map((key_stage) => ({
      academic_year: '2015/16',
      geographic_level: 'National',
      area_name: 'England',
      area_code: '',
      key_stage,
      measure,
      pupil_group: 'all',
      half_terms,
      pa_threshold,
      unit: 'percent',
      provisional: 0,
      source: 'comparators csv',
      value,
    }));
  await storeComparators(store, [
    ...national(6, 4.0),
    ...national(3, 4.6),
    ...national(3, 11.0, 'persistent_absence_rate', 10),
  ]);
});
afterAll(() => store.cleanup());

describe('a half term as the period', () => {
  it("reports the half term's figures from its returns, ranked, with the city from sessions", async () => {
    const r = await report({ halfTerm: 'Spring 1' });
    expect([overall(figures(r, ALDER)), persistent(figures(r, ALDER))]).toEqual([6.0, 11.8]);
    expect([overall(figures(r, MARYS)), persistent(figures(r, MARYS))]).toEqual([5.0, 12.5]);
    expect([overall(city(r).figures), persistent(city(r).figures)]).toEqual([5.3, 12.3]);
    expect(r.schools.map((s) => [s.urn, s.rankOverall])).toEqual([
      [ALDER, 2],
      [MARYS, 1],
      ['110003', undefined],
    ]);
  });

  it('changes on the same half term a year earlier, and has no national figure for one half term', async () => {
    const marys = (await report({ halfTerm: 'Spring 1' })).schools.find((s) => s.urn === MARYS)!;
    expect([marys.changeOverall, marys.changePersistent]).toEqual([-1.0, -2.5]);
    expect(marys.nationalOverall).toBeUndefined();
  });

  it('writes the half term as the period, and titles the report by it', async () => {
    const r = await report({ halfTerm: 'Spring 1' });
    const rows = parse(attendanceCsv(r, catalogue()), { columns: true }) as Record<string, string>[];
    expect(new Set(rows.map((row) => row['period']))).toEqual(new Set(['Spring 1']));
    expect(attendanceHeading(r).title).toBe('Attendance 2015/16, half term Spring 1');
  });
});

describe('a half term published', () => {
  it('is refused by the report builder too when asked to publish', () => {
    const inputs = {
      records: [],
      nationalComparators: [],
      targets: [],
      refused: new Set<string>(),
      memberships: new Map(),
      schools: [],
    };
    const o = {
      academicYear: '2015/16',
      term: 'Spring' as const,
      halfTerm: 'Spring 1',
      yearToDate: false,
      phase: 'all' as const,
    };
    expect(() => attendanceReportFrom(inputs, { ...o, published: true }, shippedContext())).toThrow(/not published/);
    expect(attendanceReportFrom(inputs, o, shippedContext()).halfTerm).toBe('Spring 1');
  });
});

describe("a half term's charts", () => {
  it("are named and titled by the half term, the city's line by term", async () => {
    const charts = await attendanceCharts(store, await report({ halfTerm: 'Spring 1' }));
    expect(charts.map((c) => c.slug)).toEqual([
      'attendance-2015-16-spring-1-rank-overall',
      'attendance-2015-16-spring-1-rank-persistent',
      'attendance-2015-16-spring-1-trend',
    ]);
    expect(charts[0]!.title).toContain('2015/16 Spring 1');
  });
});

describe("a half term's section of the Board paper", () => {
  it("is titled by the half term and says its rules, in the report's words", async () => {
    const section = String(
      attendanceSection(await report({ halfTerm: 'Spring 1', yearToDate: true }), [], new Map(), catalogue()),
    );
    expect(section).toContain('<h2>Attendance, 2015/16 year to date to the end of the spring 1 half term</h2>');
    expect(section).toContain('Half terms: a term&#39;s return stands for its two half terms');
  });
});

describe('the year to date over half terms', () => {
  it('sums half terms 1 to 3, a term return standing for its two halves, against national of three', async () => {
    const r = await report({ halfTerm: 'Spring 1', yearToDate: true });
    expect([overall(figures(r, ALDER)), persistent(figures(r, ALDER))]).toEqual([4.9, 11.8]);
    expect(overall(figures(r, MARYS))).toBe(4.3);
    expect(overall(city(r).figures)).toBe(4.5);
    const gaps = r.schools
      .filter((s) => s.gapOverall !== undefined)
      .map((s) => [s.urn, s.nationalOverall, s.gapOverall]);
    expect(gaps).toEqual([
      [ALDER, 4.6, 0.3],
      [MARYS, 4.6, -0.3],
    ]);
  });

  it('puts the schools in the concern list by the same figures', async () => {
    const { rows } = concernRows(await report({ halfTerm: 'Spring 1', yearToDate: true }), catalogue());
    expect(rows.map((c) => [c.urn, c.rank, Number(c.score.toFixed(1))])).toEqual([
      [MARYS, 1, 1.5],
      [ALDER, 2, 0.8],
    ]);
  });

  it('gives no figure, never a partial one, where a half term is missing', async () => {
    const r = await report({ halfTerm: 'Spring 2', yearToDate: true });
    expect(figures(r, ALDER)).toEqual({ status: 'incomplete', missingTerms: ['Spring 2'] });
    expect(overall(figures(r, MARYS))).toBe(4.3);
    expect(r.schools.find((s) => s.urn === ALDER)!.rankOverall).toBeUndefined();
  });
});

describe('a term sent as its half terms', () => {
  it("is the term's figure in the term report, compared with the whole year's national", async () => {
    const r = await report({ term: 'Autumn' });
    expect([overall(figures(r, ALDER)), persistent(figures(r, ALDER))]).toEqual([4.5, 10.0]);
    expect(overall(city(r).figures)).toBe(4.2);
    expect(city(r).nationalOverall).toBe(4.0);
  });

  it("is explained by its half terms' cells, pupils from the second half", async () => {
    const key = { level: 'school' as const, areaCode: ALDER, pupilGroup: 'all' };
    const base = { ...key, academicYear: '2015/16', term: 'Autumn' as const, yearToDate: false, phase: 'all' as const };
    const explained = async (measure: string) => {
      const r = await explainAttendanceFigure(store, { ...base, measure, published: false });
      return r.ok ? r.explanation.sums.map((x) => [x.column, x.total, x.cells]) : r.text;
    };
    expect(await explained('overall_absence_rate')).toEqual([
      ['authorised_absence', 450, 450],
      ['unauthorised_absence', 130, 130],
      ['possible_sessions', 13000, 13000],
    ]);
    expect(await explained('persistent_absence_rate')).toEqual([
      ['persistent_absentees', 10, 10],
      ['enrolments', 100, 100],
    ]);
  });

  it('is incomplete with one half missing, naming the half', async () => {
    const r = await report({ term: 'Spring' });
    expect(figures(r, ALDER)).toEqual({ status: 'incomplete', missingTerms: ['Spring 2'] });
    expect(overall(figures(r, MARYS))).toBe(4.6);
  });

  it('counts a term sent as its two half terms as returned in the chase list, one half as not returned', async () => {
    const status = async (period: string) =>
      (await returnStatus(store, { kind: 'attendance', academicYear: '2015/16', period }))
        .filter((s) => s.urn === ALDER || s.urn === MARYS)
        .map((s) => [
          s.urn,
          s.state,
          s.file
            ?.split(', ')
            .map((f) => basename(f))
            .join(', '),
        ]);
    expect(await status('Autumn')).toEqual([
      [ALDER, 'accepted', 'a1.csv, a2.csv'],
      [MARYS, 'accepted', 'm1.csv'],
    ]);
    expect(await status('Spring')).toEqual([
      [ALDER, 'not-returned', undefined],
      [MARYS, 'accepted', 'm3.csv, m4.csv'],
    ]);
  });
});
