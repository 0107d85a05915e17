// The predictions export built from a report by hand: one indicator set per measure, a mean's in
// points to two places and a rate's in % to one, Total for the city and for all pupils, z where a
// figure cannot apply and x where it is not available.
import { describe, expect, it } from 'vitest';
import { catalogue } from '../../../src/domain/catalogue.js';
import { predictionsEes } from '../../../src/publish/ees/predictions-ees.js';
import type { PredictionsReport, PredictionsRow } from '../../../src/publish/predictions/predictions-report.js';
import { eesFiles } from '../../../src/publish/writers/ees-writer.js';
import { eesProblems } from './ees-rules.js';

const places = {
  city: { laCode: '874', gssCode: 'E06000031', name: 'Kingsmere' },
  schools: new Map([['110001', { laestab: '8742001', collaborativeGroup: 'North' }]]),
};
const city = { level: 'city', areaCode: '874', areaName: 'Kingsmere' } as const;
const alder = { level: 'school', areaCode: '110001', areaName: 'Alder Primary' } as const;
const row = (r: Partial<PredictionsRow>): PredictionsRow => ({
  ...city,
  pupilGroup: 'all',
  measure: 'ks2_rwm_exs',
  kind: 'threshold',
  cohort: 40,
  count: 26,
  rate: 65,
  nationalRate: 53,
  gapToNational: 12,
  ...r,
});
const report: PredictionsReport = {
  academicYear: '2016/17',
  keyStage: 'KS2',
  round: 'Autumn',
  levels: ['city', 'school'],
  published: true,
  threshold: 4,
  nationalFallbackYears: [],
  returns: 1,
  rows: [
    row({}),
    // A progress score: a mean, to two places, no count.
    row({ measure: 'ks2_read_prog', kind: 'mean', count: 'z', rate: 0.35, nationalRate: 0, gapToNational: 0.35 }),
    row({ ...alder, pupilGroup: 'disadv', cohort: 3, count: 'c', rate: 'c', gapToNational: 'c', nationalRate: 'x' }),
  ],
};

describe('the predictions export', () => {
  const table = predictionsEes(report, catalogue(), places);
  const { data, meta } = eesFiles(table);
  const lines = data.trim().split('\n');
  const header = lines[0]!.split(',');
  const cells = (i: number) => Object.fromEntries(lines[i]!.split(',').map((v, j) => [header[j], v]));

  it('passes the standard', () => expect(eesProblems(data, meta)).toEqual([]));

  it('writes the city as Total for both filters, each measure its own indicators', () => {
    expect(cells(1)).toMatchObject({ collaborative_group: 'Total', pupil_group: 'Total' });
    expect(cells(1)).toMatchObject({ ks2_rwm_exs_count: '26', ks2_rwm_exs_rate: '65', ks2_read_prog_rate: '0.35' });
    // A mean has no count (z); other pupils nationally are the disadvantaged pupils' comparison only (z).
    expect(cells(1)).toMatchObject({ ks2_read_prog_count: 'z', ks2_rwm_exs_national_other_rate: 'z' });
  });

  it("writes a school's withheld figures as c, its missing national figure and measure as x", () => {
    expect(cells(2)).toMatchObject({ school_urn: '110001', collaborative_group: 'North' });
    expect(cells(2)).toMatchObject({ pupil_group: 'Disadvantaged (FSM/PPG)', ks2_rwm_exs_rate: 'c' });
    expect(cells(2)).toMatchObject({ ks2_rwm_exs_national_rate: 'x', ks2_rwm_exs_national_year: 'x' });
    // No progress-score row for Alder's disadvantaged pupils; on their row a blank other-pupils figure is x.
    expect(cells(2)).toMatchObject({ ks2_read_prog_rate: 'x', ks2_rwm_exs_national_other_rate: 'x' });
  });

  it('gives a rate % to one place and a mean score no unit, to two places', () => {
    const units = Object.fromEntries(table.indicators.map((i) => [i.code, [i.unit, i.dp]]));
    expect(units['ks2_rwm_exs_rate']).toEqual(['%', 1]);
    expect(units['ks2_rwm_exs_gap_to_national']).toEqual(['pp', 1]);
    expect(units['ks2_read_prog_rate']).toEqual(['', 2]);
    expect(units['ks2_read_prog_gap_to_national']).toEqual(['', 2]);
  });
});
