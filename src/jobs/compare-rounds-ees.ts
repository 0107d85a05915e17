// Rounds side by side (`report predictions --compare`) as EES tidy data: a row per place and pupil
// group, each measure's rate in each round and the change from the first to the last as
// indicators, in percent and percentage points (points for a mean measure).
import type { Catalogue } from '../domain/catalogue.js';
import { roundChangesTable, type RoundChange } from './compare-rounds.js';
import { eesText } from '../messages/ees-text.js';
import type { Column } from '../publish/table/published-table.js';
import type { EesPlaces } from '../publish/ees/ees-geography.js';
import { groupFilter, measureSpread, placeOf, pupilGroupFilter } from '../publish/ees/ees-filters.js';
import { eesTable, type EesTable } from '../publish/ees/ees-table.js';
import { academicYearTime } from '../publish/ees/ees-time.js';

export function roundChangesEes(
  rows: readonly RoundChange[],
  rounds: readonly string[],
  academicYear: string,
  cat: Catalogue,
  places: EesPlaces,
): EesTable {
  const tidy = roundChangesTable(rows, rounds, cat);
  const rates = rounds.map((r) => `rate_${r.toLowerCase()}`);
  const units = (c: Column): Column =>
    rates.includes(c.code)
      ? { ...c, kind: 'rate', unit: 'percent' }
      : c.code === 'change'
        ? { ...c, kind: 'gap', unit: 'percentage points' }
        : c;
  const time = academicYearTime(academicYear);
  return eesTable(
    { ...tidy, columns: tidy.columns.map(units) },
    {
      time: () => time,
      place: placeOf(places),
      filters: [groupFilter(places), pupilGroupFilter(cat)],
      indicators: [...rates, 'change'],
      label: (code, measure) => {
        const m = cat.measure(measure!).label;
        const round = rounds[rates.indexOf(code)];
        const figure = round ? eesText['rate-in-round'](round) : eesText['change-between'](rounds);
        return { label: eesText['of-measure'](m, figure), grouping: eesText['rounds-grouping'](m) };
      },
      spread: measureSpread(cat),
    },
  );
}
