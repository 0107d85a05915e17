// The disadvantage gap over time: the city's disadvantaged rate against other pupils
// nationally, read from each round's report.
import { describe, expect, it } from 'vitest';
import { catalogue } from '../../../src/domain/catalogue.js';
import { disadvantageGapRows } from '../../../src/publish/report-charts/disadvantage-rows.js';
import { report, row } from './report-fixture.js';

const city = (rate: number | 'c', other: number | 'c') =>
  report([
    row('city', '874', 'all', 75, -5, { nationalRate: 80 }),
    row('city', '874', 'disadv', rate, rate === 'c' ? 'c' : rate - 70, {
      nationalRate: 70,
      nationalOtherRate: 85,
      gapToNationalOther: other,
    }),
  ]);

describe('disadvantage gap rows', () => {
  it('takes the gap to other pupils nationally, with national all pupils beside it', () => {
    expect(
      disadvantageGapRows([{ period: '2014/15 Autumn', report: city(61.3, -23.7) }], 'ks2_rwm_l4', catalogue()),
    ).toEqual([
      {
        period: '2014/15 Autumn',
        cityDisadvantagedRate: 61.3,
        nationalOtherPupilsRate: 85,
        nationalAllRate: 80,
        gap: -23.7,
        suppressed: false,
      },
    ]);
  });

  it('keeps a suppressed round in its place with national figures and no city value', () => {
    const rows = disadvantageGapRows(
      [
        { period: 'a', report: city(60, -25) },
        { period: 'b', report: city('c', 'c') },
      ],
      'ks2_rwm_l4',
      catalogue(),
    );
    expect(rows[1]).toEqual({ period: 'b', nationalOtherPupilsRate: 85, nationalAllRate: 80, suppressed: true });
  });

  it('leaves out a round whose city has no disadvantaged figure for the measure', () => {
    const none = report([row('city', '874', 'all', 75, -5)]);
    expect(
      disadvantageGapRows(
        [
          { period: 'a', report: none },
          { period: 'b', report: city(60, -25) },
        ],
        'ks2_rwm_l4',
        catalogue(),
      ).map((r) => r.period),
    ).toEqual(['b']);
  });
});
