// The Board paper's "if achieved": the rows of report if-achieved on the paper's measure, city and
// collaborative groups only (each school's are the team's), through the same table.
import { describe, expect, it } from 'vitest';
import { catalogue } from '../../../src/domain/catalogue.js';
import type { IfAchievedReport, IfAchievedRow } from '../../../src/publish/forecast/if-achieved-report.js';
import { ifAchievedSection } from '../../../src/publish/html/if-achieved-section.js';

const row = (level: IfAchievedRow['level'], areaName: string, measure: string): IfAchievedRow => ({
  level,
  areaCode: areaName,
  areaName,
  pupilGroup: 'disadv',
  measure,
  kind: 'threshold',
  lastActual: 55,
  predicted: 60,
  change: 5,
  improves: 'yes',
  comparedWith: 'nondisadv',
  nationalLast: 83,
  nationalNow: 85,
  gapLastYear: -28,
  gapIfAchieved: -25,
  gap: 'closes',
});

const report: IfAchievedReport = {
  academicYear: '2014/15',
  lastYear: '2013/14',
  keyStage: 'KS2',
  round: 'Autumn',
  published: false,
  threshold: 4,
  rows: [
    row('city', 'Kingsmere', 'ks2_rwm_l4'),
    row('group', 'North', 'ks2_rwm_l4'),
    row('school', 'Alder Primary', 'ks2_rwm_l4'),
    row('city', 'Kingsmere', 'ks2_read_l4'),
  ],
};

describe('the if-achieved section of the Board paper', () => {
  it("shows the city's and the groups' rows on the paper's measure, not the schools'", () => {
    const html = ifAchievedSection(report, 'ks2_rwm_l4', catalogue()).toString();
    expect(html).toContain('If the predictions are achieved: RWM L4+');
    expect(html.match(/<tr>/g)?.length).toBe(3); // the header and two rows
    expect(html).toContain('Kingsmere');
    expect(html).toContain('North');
    expect(html).not.toContain('Alder Primary');
    expect(html).not.toContain('Reading L4+');
    // 55.0 last year, 60.0 predicted: +5.0; the gap −28.0 becomes −25.0 and closes.
    expect(html).toMatch(/55\.0.*60\.0.*\+5\.0.*yes.*-28\.0.*-25\.0.*closes/s);
  });
});
