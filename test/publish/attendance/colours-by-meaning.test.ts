// Colour means better or worse, never sign (issue 13): in the HTML's attendance tables less
// absence than national is coloured as better (blue, as the chart's "at or below national"), more
// as worse; the predictions' gaps keep above national as better.
import { describe, expect, it } from 'vitest';
import { catalogue } from '../../../src/domain/catalogue.js';
import { attendanceTables } from '../../../src/publish/attendance/attendance-tables.js';
import { REPORT_CSS } from '../../../src/publish/html/report-css.js';
import { tableHtml } from '../../../src/publish/writers/html-writer.js';
import { attendanceFixture } from './attendance-fixture.js';

const cat = catalogue();
const names = { returned: 'Ash Primary', missing: 'Birch Primary', group: 'North' };

/** The fixture's returned school at 5.0% against a national `national`, so its gap is 5.0 − national. */
function reportWithGap(gap: number) {
  const report = attendanceFixture(names);
  const [ash, ...rest] = report.schools;
  return { ...report, schools: [{ ...ash!, gapOverall: gap, changeOverall: gap }, ...rest] };
}

describe('the attendance table colours a gap by what it means', () => {
  it('less absence than national (-0.6) is better, more (+0.4) is worse; the stylesheet colours better blue', () => {
    const less = tableHtml(attendanceTables(reportWithGap(-0.6), cat).ranked).markup;
    const more = tableHtml(attendanceTables(reportWithGap(0.4), cat).ranked).markup;
    expect(less).toContain('<td class="num below better" data-urn="110001">-0.6</td>');
    expect(more).toContain('<td class="num above worse" data-urn="110001">+0.4</td>');
    expect(less).not.toContain('worse');
    // Better is the colour above national has in the predictions, and the chart's blue bars.
    expect(REPORT_CSS).toContain('td.better { color: var(--above); } td.worse { color: var(--below); }');
    expect(REPORT_CSS.indexOf('td.better')).toBeGreaterThan(REPORT_CSS.indexOf('td.below {'));
  });
});
