// The validated report as EES tidy data: a School row per school, and for each measure (and its
// persistent-absence threshold) the validated rank, the validated figure, the school's own figure
// and the difference as indicators. The DfE's own symbol (SUPP, NE, ...) is words, not an EES
// indicator: its figure cell carries the GSS symbol instead (c for SUPP, x otherwise). A school
// in the download that the register does not hold is placed by the download's LA and ESTAB.
import { validatedText } from '../../messages/validated-text.js';
import { eesText } from '../../messages/ees-text.js';
import { text, type Cell, type PublishedTable } from '../table/published-table.js';
import { validatedTidyTable } from '../validated/validated-tables.js';
import type { ValidatedPublication } from '../validated/validated-writers.js';
import { schoolPlace, type EesPlaces } from './ees-geography.js';
import { eesTable, textAt, type EesTable } from './ees-table.js';
import { academicYearTime } from './ees-time.js';

export interface ValidatedEesInput extends ValidatedPublication {
  /** Each validated school's LAESTAB as the download gives it (LA code and ESTAB). */
  readonly laestabs: ReadonlyMap<string, string>;
}

const WORDS: Readonly<Record<string, string>> = {
  validated_rank: validatedText['validated-ees.rank'],
  validated: validatedText['validated-ees.validated'],
  unvalidated: validatedText['validated-ees.unvalidated'],
  difference: validatedText['validated-ees.difference'],
};

/** A measure's indicators' stem: its code, and its threshold where it has one (`..._pa15`). */
const stemOf = (measure: string, paThreshold: number) => (paThreshold > 0 ? `${measure}_pa${paThreshold}` : measure);

export function validatedEes(r: ValidatedEesInput, places: EesPlaces): EesTable {
  const tidy = validatedTidyTable(r);
  const at = (code: string) => tidy.columns.findIndex((c) => c.code === code);
  const [measureAt, thresholdAt] = [at('measure'), at('pa_threshold')];
  const textOf = (cell: Cell | undefined) => (cell !== null && typeof cell === 'object' ? cell.text : '');
  const measures = new Map(r.measures.map((m) => [stemOf(m.measure, m.paThreshold), m]));
  // Each row's measure as its stem; places from the measure (a mean's two), not the tidy column's one.
  const spread: PublishedTable = {
    ...tidy,
    columns: tidy.columns.map(({ decimals: _, ...c }) => c),
    rows: tidy.rows.map(({ decimals: _, ...row }) => ({
      ...row,
      cells: row.cells.map((cell, i) =>
        i === measureAt ? text(stemOf(textOf(cell), Number(textOf(row.cells[thresholdAt])))) : cell,
      ),
    })),
  };
  const schools: EesPlaces['schools'] = new Map([
    ...[...r.laestabs].map(([urn, laestab]) => [urn, { laestab }] as const),
    ...places.schools,
  ]);
  const time = academicYearTime(r.academicYear);
  return eesTable(spread, {
    time: () => time,
    place: (read) => {
      const urn = textAt(read, 'urn');
      const name = textAt(read, 'school_name') || validatedText['validated-report.school-unregistered'](urn);
      return schoolPlace({ ...places, schools }, urn, name);
    },
    filters: [],
    indicators: ['validated_rank', 'validated', 'unvalidated', 'difference'],
    label: (code, stem) => {
      const m = measures.get(stem!)!;
      const grouping = validatedText['validated-report.measure-title'](m.label, m.paThreshold);
      return { label: eesText['of-measure'](grouping, WORDS[code] ?? eesText.figure(code)), grouping };
    },
    spread: { column: 'measure', isMean: (stem) => measures.get(stem)?.decimals === 2 },
  });
}
