import { describe, expect, it } from 'vitest';
import { catalogue } from '../../../src/domain/catalogue.js';
import {
  attendanceRankRows,
  cityTrendRows,
  termOrder,
} from '../../../src/publish/report-charts/attendance-chart-rows.js';
import { attendance } from './report-fixture.js';

const cat = catalogue();

describe('attendance chart rows', () => {
  it('gives every school with its rank for the measure, and the school that sent nothing as not returned', () => {
    const report = attendance('2014/15', 'Autumn', 4.6);
    expect(attendanceRankRows(report, cat, 'overall', 4.6)).toEqual([
      {
        areaName: 'Ash',
        overallAbsenceRate: 4.04,
        persistentAbsenceRate: 9.5,
        nationalRate: 4.6,
        rank: 2,
        notReturned: false,
      },
      {
        areaName: 'Beech',
        overallAbsenceRate: 3.96,
        persistentAbsenceRate: 12.25,
        nationalRate: 4.6,
        rank: 1,
        notReturned: false,
      },
      { areaName: 'Chestnut', notReturned: true, nationalRate: 4.6 },
    ]);
    expect(attendanceRankRows(report, cat, 'persistent').map((r) => r.rank)).toEqual([1, 2, undefined]);
  });

  it("gives the city's rate, national and target for each term, ordered across years", () => {
    const rows = cityTrendRows([attendance('2013/14', 'Summer', 5.0), attendance('2014/15', 'Autumn', 4.6, 4.5)], cat);
    expect(rows).toEqual([
      {
        area: 'City',
        period: '2013/14 Summer',
        order: termOrder('2013/14', 'Summer', cat),
        overallAbsenceRate: 5.0,
        nationalRate: 4.6,
      },
      {
        area: 'City',
        period: '2014/15 Autumn',
        order: termOrder('2014/15', 'Autumn', cat),
        overallAbsenceRate: 4.6,
        nationalRate: 4.6,
        target: 4.5,
      },
    ]);
    expect(termOrder('2013/14', 'Summer', cat)).toBeLessThan(termOrder('2014/15', 'Autumn', cat));
  });
});
