// The mapping in schemas/formats/published-comparators.json names only what the catalogue has, so a
// figure is never stored under a code no report knows.
import { describe, expect, it } from 'vitest';
import { publishedComparators } from '../../schemas/formats/published-comparators.schema.js';
import { ATTENDANCE_PHASES } from '../../src/reference/import-comparators.js';
import { isComparatorKeyStage, unitOf } from '../../src/reference/comparator-unit.js';
import { catalogue } from '../../src/domain/catalogue.js';

const cat = catalogue();
const groups = new Set(cat.pupilGroups.map((g) => g.code));

describe('published-comparators.json', () => {
  it('maps EES characteristics and school types to catalogue groups and phases, counts to columns', () => {
    const { ees } = publishedComparators;
    expect(Object.values(ees.groups).filter((g) => !groups.has(g))).toEqual([]);
    expect(Object.values(ees.phases).filter((p) => !ATTENDANCE_PHASES.includes(p))).toEqual([]);
    expect(ees.figures.filter((f) => !cat.attendanceColumns.column(f.measure))).toEqual([]);
  });

  it('maps LAIT items to catalogue measures, key stages or phases, and groups', () => {
    const wrong = Object.entries(publishedComparators.lait.items).filter(
      ([, i]) =>
        !unitOf(cat, i.measure) || !groups.has(i.group) || !isComparatorKeyStage(cat, i.keyStage, ATTENDANCE_PHASES),
    );
    expect(wrong).toEqual([]);
  });
});
