// Issue 9: the HTML report and the markdown draw the attendance tables from the same
// PublishedTables, so they show the same headings and the same cells.
import { describe, expect, it } from 'vitest';
import { catalogue } from '../../../src/domain/catalogue.js';
import { attendanceMarkdown } from '../../../src/publish/attendance/attendance-writers.js';
import { attendanceSchoolsSection, attendanceSection } from '../../../src/publish/html/attendance-section.js';
import { attendanceFixture } from './attendance-fixture.js';

const report = attendanceFixture({ returned: 'Ash', missing: 'Birch', group: 'North' });
const md = attendanceMarkdown(report, catalogue()).split('\n');
// The paper's attendance section, and the schools' (an appendix or a page of their own).
const page =
  attendanceSection(report, [], new Map(), catalogue()).markup +
  attendanceSchoolsSection(report, [], new Map(), catalogue()).markup;

/** A table of the page (by its class) as rows of cell texts. */
const htmlRows = (className: string) => {
  const table = new RegExp(`<table class="${className}"[^>]*>([\\s\\S]*?)</table>`).exec(page)![1]!;
  return [...table.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((r) =>
    [...r[1]!.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((c) => c[1]!),
  );
};
/** The markdown grid that starts with `first` as rows of cell texts, its alignment line left out. */
const mdRows = (first: string) => {
  const from = md.findIndex((l) => l.startsWith(first));
  const lines = md.slice(from, md.indexOf('', from)).filter((l) => !l.startsWith('|-'));
  return lines.map((l) =>
    l
      .slice(2, -2)
      .split(' | ')
      .map((c) => c.trim()),
  );
};

describe('the attendance tables in html and md', () => {
  it('are one ranked table, collaborative group and all', () => {
    expect(htmlRows('ranked')).toEqual(mdRows('| Rank |'));
    expect(htmlRows('ranked')[0]).toContain('Collaborative group');
  });

  it('are one table of the city, phases and groups', () => {
    expect(htmlRows('areas')).toEqual(mdRows('| Area |'));
  });
});
