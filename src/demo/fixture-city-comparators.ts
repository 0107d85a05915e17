// National (and regional, neighbour and LA) comparators for the fixtures: only published figures.
// To 2014/15, the DfE headline figures quoted in shared/data/README.md; for 2015/16, rows of the
// LAIT extract in fixtures/sources/ mapped to catalogue codes by the table below, values unchanged.
import { parse } from 'csv-parse/sync';
import { csvLines } from './fixture-csv.js';

/** [time_period, key_stage, measure, pupil_group, value]: England, state-funded, as the DfE published them. */
const HEADLINES: readonly [string, string, string, string, number][] = [
  ['201213', 'KS2', 'ks2_rwm_l4', 'all', 75],
  ['201314', 'KS2', 'ks2_rwm_l4', 'all', 78],
  ['201415', 'KS2', 'ks2_rwm_l4', 'all', 80],
  ['201213', 'KS2', 'ks2_rwm_l4b', 'all', 63],
  ['201314', 'KS2', 'ks2_rwm_l4b', 'all', 67],
  ['201415', 'KS2', 'ks2_rwm_l4b', 'all', 69],
  ['201213', 'KS2', 'ks2_rwm_l5', 'all', 21],
  ['201314', 'KS2', 'ks2_rwm_l5', 'all', 24],
  ['201213', 'KS2', 'ks2_rwm_l4', 'disadv', 63],
  ['201314', 'KS2', 'ks2_rwm_l4', 'disadv', 67],
  ['201314', 'KS2', 'ks2_rwm_l4', 'nondisadv', 83],
  ['201314', 'KS4', 'ks4_5ac_em', 'all', 56.6],
  ['201415', 'KS4', 'ks4_5ac_em', 'all', 57.1],
  ['201213', 'EYFS', 'eyfs_gld', 'all', 52],
  ['201314', 'EYFS', 'eyfs_gld', 'all', 60],
  ['201415', 'EYFS', 'eyfs_gld', 'all', 66],
];

/** LAIT short_desc → [key_stage, measure, pupil_group]. Year 2016 in LAIT is 2015/16. */
export const LAIT_2016: Readonly<Record<string, readonly [string, string, string]>> = {
  FSP_NEW_GOODDEV: ['EYFS', 'eyfs_gld', 'all'],
  KS1R_Expected_STD: ['KS1', 'ks1_read_exs', 'all'],
  'KS1W_Expected _STD': ['KS1', 'ks1_writ_exs', 'all'],
  'KS1M_Expected _STD': ['KS1', 'ks1_mat_exs', 'all'],
  KS2RWM_Expected_STD: ['KS2', 'ks2_rwm_exs', 'all'],
  DAP_NEW_KS2_RWM: ['KS2', 'ks2_rwm_exs', 'disadv'],
  NonDAP_NEW_KS2_RWM: ['KS2', 'ks2_rwm_exs', 'nondisadv'],
  'NEW_KS2_RWM_Sen_W/Osta': ['KS2', 'ks2_rwm_exs', 'sen_support'],
  NEW_KS2_RWM_Sen_Withsta: ['KS2', 'ks2_rwm_exs', 'sen_ehcp'],
  KS2RWM_Higher_STD: ['KS2', 'ks2_rwm_high', 'all'],
  KS2R_Prog_VA: ['KS2', 'ks2_read_prog', 'all'],
  KS2W_Prog_VA: ['KS2', 'ks2_writ_prog', 'all'],
  KS2M_Prog_VA: ['KS2', 'ks2_mat_prog', 'all'],
  AVG_Attain8_Score: ['KS4', 'ks4_att8', 'all'],
  DAP_KS4_ATT8: ['KS4', 'ks4_att8', 'disadv'],
  NonDAP_KS4_ATT8: ['KS4', 'ks4_att8', 'nondisadv'],
  DAP_KS4_Prog8: ['KS4', 'ks4_p8', 'disadv'],
  NonDAP_KS4_Prog8: ['KS4', 'ks4_p8', 'nondisadv'],
};

/** Peterborough's (LA 874) ten statistical neighbours in the LAIT list of May 2025, by LA number. */
const NEIGHBOURS = ['331', '831', '312', '350', '852', '335', '821', '354', '336', '883'];
const AREAS: Readonly<Record<string, readonly [level: string, area: string]>> = {
  '970': ['National', 'England'],
  '985': ['Regional', 'East of England'],
  '874': ['Local authority', 'Peterborough'],
};
const LEVEL_ORDER = ['National', 'Regional', 'Statistical neighbours', 'Local authority'];

/** Float noise in the published file ("-1.1000000000000001") goes; the figure does not change. */
const shown = (v: number) => String(Number(v.toPrecision(12)));

/** national-attainment.csv in the comparators layout (schemas/README.md §5), from the LAIT extract's text. */
export function comparatorsCsv(laitExtract: string): string {
  type Row = [string, string, string, string, string, string, string];
  const rows: Row[] = HEADLINES.map(([t, ks, m, g, v]) => [t, 'National', 'England', ks, m, g, shown(v)]);
  const records = parse(laitExtract, { columns: true, skip_empty_lines: true }) as Record<string, string>[];
  for (const [item, [ks, m, g]] of Object.entries(LAIT_2016)) {
    const of = records.filter((r) => r['short_desc'] === item && r['year'] === '2016');
    const value = (la: string) => {
      const text = of.find((r) => r['la_number'] === la)?.['value'] ?? '-';
      return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : undefined; // '-' is LAIT's "no data"
    };
    for (const [la, [level, area]] of Object.entries(AREAS)) {
      const v = value(la);
      if (v !== undefined) rows.push(['201516', level, area, ks, m, g, shown(v)]);
    }
    // LAIT's statistical neighbour average is the plain mean of the ten LAs; given only when all ten have a figure.
    const neighbours = NEIGHBOURS.map(value);
    if (neighbours.every((v) => v !== undefined)) {
      const mean = neighbours.reduce((s, v) => s + v!, 0) / neighbours.length;
      rows.push([
        '201516',
        'Statistical neighbours',
        'Peterborough statistical neighbours',
        ks,
        m,
        g,
        shown(Number(mean.toFixed(m === 'ks4_p8' ? 2 : 1))),
      ]);
    }
  }
  const key = (r: Row) => [r[0], r[3], r[4], r[5], String(LEVEL_ORDER.indexOf(r[1]))].join('|');
  rows.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  return csvLines(
    [['time_period', 'geographic_level', 'area_name', 'key_stage', 'measure', 'pupil_group', 'value'], ...rows],
    '\n',
  );
}
