// A small published table worked by hand, for the writers' tests: two schools, a rate and a
// gap for one measure. Beacon Hill: 139 of 183 pupils = 75.96% → 76.0, national 80 → gap −4.0.
// The second school's rate is suppressed (c), its gap not available (x).
import { text, type PublishedTable } from '../../../src/publish/table/published-table.js';

export function schoolsTable(secondName: string): PublishedTable {
  return {
    id: 'schools',
    title: 'Schools',
    key: { level: 'school' },
    columns: [
      { code: 'school', heading: 'School', kind: 'text' },
      { code: 'cohort', heading: 'Cohort', kind: 'count', unit: 'pupils', decimals: 0, key: { quantity: 'cohort' } },
      {
        code: 'rate',
        heading: '%',
        group: 'RWM L4+',
        kind: 'rate',
        unit: 'percent',
        decimals: 1,
        key: { measure: 'ks2_rwm_l4', quantity: 'rate' },
      },
      {
        code: 'gap',
        heading: 'Gap',
        group: 'RWM L4+',
        kind: 'gap',
        unit: 'percentage points',
        decimals: 1,
        signed: true,
        key: { measure: 'ks2_rwm_l4', quantity: 'gap' },
      },
    ],
    rows: [
      { key: { urn: '110004' }, cells: [text('Beacon Hill'), 183, (139 / 183) * 100, -4] },
      { key: { urn: '110005' }, cells: [text(secondName), 3, 'c', 'x'] },
    ],
  };
}
