// The fixture city's attendance against national, its statistical neighbours and its region, side by
// side: LAIT's 2015/16 absence lines for England, the East of England, LA 874 and its ten neighbours
// (fixtures/sources/, lines as published, but Luton's overall absence made "-", no data) imported as
// downloaded, the city's ten neighbours (test/support/neighbours-874.ts), two schools' whole year.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AttendanceReport } from '../../src/aggregate/attendance/attendance-report.js';
import { catalogue } from '../../src/domain/catalogue.js';
import { buildAttendanceReport } from '../../src/jobs/attendance/attendance-report.js';
import { parse } from 'csv-parse/sync';
import { attendanceCsv, attendanceMarkdown } from '../../src/publish/attendance/attendance-writers.js';
import { importComparators } from '../../src/reference/import-comparators.js';
import { importFolder } from '../support/import-files.js';
import { storeNeighboursOf874 } from '../support/neighbours-874.js';
import { tempStore, writeIn, type TempStore } from '../support/temp-store.js';

const LAIT = fileURLToPath(new URL('../../fixtures/sources/lait-absence-2016-874-neighbours.csv', import.meta.url));
const HEADER =
  'urn,academic_year,term,pupil_group,enrolments,possible_sessions,authorised_absence,unauthorised_absence,' +
  'persistent_absentees';
/** Each school, each term: 300 + 150 of 10,000 sessions missed (4.5%); in Summer 9 and 11 of 100 pupils (10.0%). */
const TERM = (term: string, pa: [number, number]) =>
  [
    HEADER,
    `110001,2015/16,${term},all,100,10000,300,150,${pa[0]}`,
    `110002,2015/16,${term},all,100,10000,300,150,${pa[1]}`,
  ].join('\n') + '\n';

let store: TempStore;
let report: AttendanceReport;

beforeAll(async () => {
  store = await tempStore();
  const lait = (await readFile(LAIT, 'utf8')).replace(/^(TotAbs,.*,2016,Luton,)5\.05,/m, '$1-,');
  const imported = await importComparators(store, await writeIn(store, 'lait.csv', lait));
  if (imported.refused) throw new Error(imported.messages.map((m) => m.text).join('; '));
  await storeNeighboursOf874(store);
  await importFolder(store, {
    'a.csv': TERM('Autumn', [8, 8]),
    'b.csv': TERM('Spring', [9, 9]),
    'c.csv': TERM('Summer', [9, 11]),
  });
  report = await buildAttendanceReport(store, {
    academicYear: '2015/16',
    term: 'Summer',
    yearToDate: true,
    phase: 'all',
  });
});
afterAll(() => store.cleanup());

describe("the city's attendance against national, its neighbours and its region", () => {
  it('works each gap from the published figures of the same definition (six half terms, PA at 10%)', () => {
    const city = report.benchmarks!.filter((b) => b.phase === 'all');
    expect(city.map((b) => [b.measure, b.rate, b.national, b.gapToNational])).toEqual([
      ['overall_absence_rate', 4.5, 4.57, -0.1],
      ['persistent_absence_rate', 10, 10.5, -0.5],
    ]);
    // Overall: nine neighbours (Luton "-"): 41.70 / 9 = 4.633, shown 4.6: −0.1; East of England 4.48
    // (4.5): 0.0. Shown below 4.5 only Coventry 4.4 and Thurrock 4.4: rank 3 of 10.
    expect(city[0]!.benchmarks).toMatchObject({
      neighboursWithData: 9,
      neighbours: 10,
      gapToNeighbours: -0.1,
      region: { areaName: 'East of England', value: 4.48 },
      gapToRegion: 0,
      rankAmongNeighbours: { rank: 3, of: 10 },
    });
    expect(city[0]!.benchmarks.neighbourAverage).toBeCloseTo(41.7 / 9, 10);
    expect(city[0]!.benchmarks.nationalQuartile).toBeUndefined();
    // Persistent: all ten, 111.32 / 10 = 11.132 (11.1): −1.1; region 9.92 (9.9): +0.1; none below 10.0: rank 1 of 11.
    expect(city[1]!.benchmarks).toMatchObject({
      neighboursWithData: 10,
      gapToNeighbours: -1.1,
      gapToRegion: 0.1,
      rankAmongNeighbours: { rank: 1, of: 11 },
    });
  });

  it('prints the gaps to national, neighbours and region side by side', () => {
    const md = attendanceMarkdown(report, catalogue()).split('\n');
    expect(md).toContain('| all | Overall absence | 4.5 | -0.1 | 4.6 | 9 of 10 | -0.1 | 4.5 | 0.0 | 3 of 10 | x |');
    expect(md).toContain(
      '| all | Persistent absence | 10.0 | -0.5 | 11.1 | 10 of 10 | -1.1 | 9.9 | +0.1 | 1 of 11 | x |',
    );
  });

  it("gives them in the tidy csv's last columns, on the city's all-pupils row", () => {
    const rows = parse(attendanceCsv(report, catalogue()), { columns: true }) as Record<string, string>[];
    const city = rows.find((r) => r['level'] === 'city' && r['pupil_group'] === 'all')!;
    expect(city).toMatchObject({
      neighbours: '10',
      region: 'East of England',
      neighbours_average_overall_absence_rate: '4.6',
      neighbours_with_data_overall_absence: '9',
      gap_to_neighbours_overall_absence: '-0.1',
      region_overall_absence_rate: '4.48',
      gap_to_region_overall_absence: '0',
      rank_among_neighbours_overall_absence: '3',
      ranked_with_neighbours_overall_absence: '10',
      national_quartile_overall_absence: '',
      gap_to_neighbours_persistent_absence: '-1.1',
    });
    expect(rows.find((r) => r['level'] === 'school')!['gap_to_neighbours_overall_absence']).toBe('');
  });

  it('sets no part of a year beside whole-year figures, and says why', async () => {
    const autumn = await buildAttendanceReport(store, {
      academicYear: '2015/16',
      term: 'Autumn',
      yearToDate: false,
      phase: 'all',
    });
    expect(autumn.benchmarks).toEqual([]);
    expect(attendanceMarkdown(autumn, catalogue())).toContain(
      "Neighbours' and regional figures are whole years: compared only with --term Summer --ytd.",
    );
  });
});
