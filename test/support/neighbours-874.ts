// Peterborough's (LA 874) ten statistical neighbours as the May 2025 LAIT workbook lists them (SN1 to
// SN10, read from fixtures/sources/lait-statistical-neighbours-may-2025.xlsx), stored directly: the
// workbook's own import is tested in test/reference/import-neighbours.test.ts and takes seconds.
import type { Store } from '../../src/store/open-store.js';
import { replaceNeighbours } from '../../src/store/queries/reference.js';

export const NEIGHBOURS_874 = ['331', '831', '312', '350', '852', '335', '821', '354', '336', '883'];

export function storeNeighboursOf874(store: Store): Promise<void> {
  return replaceNeighbours(
    store,
    NEIGHBOURS_874.map((code, i) => ({
      la_code: '874',
      la_name: 'Peterborough',
      position: i + 1,
      neighbour_code: code,
      closeness: 'Close',
    })),
  );
}
