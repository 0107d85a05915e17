// The chase list's csv (status --format csv), through the one csv writer: a school name that
// would run as a formula is neutralised, a reason holding a separator quoted, and what a school
// that sent nothing lacks (when, which file, why) left blank.
import { describe, expect, it } from 'vitest';
import { returnStatusCsv } from '../../../src/publish/status/return-status-table.js';

describe('the return status csv', () => {
  it('writes one line per school, neutralised and quoted', () => {
    const csv = returnStatusCsv([
      {
        urn: '110001',
        name: '@Ash',
        state: 'accepted-with-queries',
        openQueries: 2,
        importedAt: '2026-11-22T09:00:00.000Z',
        file: 'returns/ash.xlsx',
      },
      {
        urn: '110002',
        name: 'Birch',
        state: 'refused',
        openQueries: 0,
        importedAt: '2026-11-22T09:00:00.000Z',
        file: 'returns/birch.xlsx',
        reason: 'Predictions!C9: 85 is above the cohort; enter pupils',
      },
      { urn: '110003', name: 'Cedar', state: 'not-returned', openQueries: 0 },
    ]);
    expect(csv.split('\n')).toEqual([
      'urn,school,state,open_queries,imported_at,file,reason',
      `110001,'@Ash,accepted with open queries,2,2026-11-22T09:00:00.000Z,returns/ash.xlsx,`,
      '110002,Birch,refused,0,2026-11-22T09:00:00.000Z,returns/birch.xlsx,' +
        '"Predictions!C9: 85 is above the cohort; enter pupils"',
      '110003,Cedar,not returned,0,,,',
      '',
    ]);
  });
});
