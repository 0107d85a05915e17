// The deliberately messy 2014/15 KS2 Autumn returns: ones the import must accept (with a warning
// or a query) and ones it must refuse, each with the rule it should draw (src/messages/rules.ts).
// A case changes the figures (`data`), how the workbook is laid out (`present`), or replaces the
// workbook with other bytes altogether (`bytes`).
import type { CellSpec } from '../template/write-workbook.js';
import { tableRowNumber } from '../template/write-workbook.js';
import { csvLines } from './fixture-city-schools.js';
import { groupLabel, longHeader, longLines, type DraftLayout, type Proforma } from './fixture-city-proformas.js';

/** What the import should make of a file: stored clean or with warnings, stored with queries, or refused. */
export type Expectation = 'accepted' | 'queried' | 'refused';

export interface FixtureCase {
  /** The school whose return it is built from. */
  urn: string;
  /** Appended to the file name; for refused files, the whole name. */
  name: string;
  expect: Expectation;
  /** Rule ids the file should draw, the deciding one first. */
  rules: string[];
  /** What it tests, for fixtures/README.md and the manifest. */
  note: string;
  ext?: 'xlsx' | 'xls';
  data?: (p: Proforma) => void;
  present?: (d: DraftLayout, p: Proforma) => void;
  bytes?: (p: Proforma, workbook: () => Promise<Buffer>) => Buffer | Promise<Buffer>;
}

const rowIndex = (p: Proforma, group: string) => {
  const i = p.rows.findIndex((r) => r.group === group);
  if (i < 0) throw new Error(`fixture: school ${p.school.urn} has no ${group} pupils`);
  return i;
};
const colIndex = (p: Proforma, measure: string) => (measure === 'cohort' ? 1 : 2 + p.measures.indexOf(measure));
const letter = (col: number) => String.fromCharCode(65 + col);
const setCell = (d: DraftLayout, p: Proforma, group: string, measure: string, spec: CellSpec) => {
  d.rows[rowIndex(p, group)]![colIndex(p, measure)] = spec;
};
const valueOf = (p: Proforma, group: string, measure: string) =>
  p.rows[rowIndex(p, group)]!.values[p.measures.indexOf(measure)]!;
const cohortOf = (p: Proforma, group: string) => p.rows[rowIndex(p, group)]!.cohort;
const ref = (d: DraftLayout, p: Proforma, group: string, measure: string) =>
  `${letter(colIndex(p, measure))}${tableRowNumber(d, rowIndex(p, group))}`;
const relabel = (d: DraftLayout, p: Proforma, group: string, label: string) => {
  d.rows[rowIndex(p, group)]![0] = label;
};
const headerValue = (d: DraftLayout, label: string, value: CellSpec) => {
  d.header.find(([l]) => l === label)![1] = value;
};
/** The first of `groups` the school has pupils in. */
const firstPresent = (p: Proforma, groups: string[]) => groups.find((g) => p.rows.some((r) => r.group === g))!;

/** Accepted returns with something wrong that the import must put right or flag. */
export const ACCEPTED_CASES: readonly FixtureCase[] = [
  {
    urn: '110004',
    name: 'name-differs',
    expect: 'accepted',
    rules: ['school.name-differs'],
    note: 'the school name differs from the register',
    present: (d) => headerValue(d, 'School name', 'Beacon Hill Primary & Nursery School'),
  },
  {
    urn: '110005',
    name: 'header-order',
    expect: 'accepted',
    rules: [],
    note: 'header block in another order',
    present: (d) => {
      d.header = [4, 2, 3, 1, 0, 6, 5].map((i) => d.header[i]!);
    },
  },
  {
    urn: '110007',
    name: 'laestab-only',
    expect: 'accepted',
    rules: [],
    note: 'LAESTAB 874/2007 instead of the URN',
    present: (d) => {
      d.header[0] = ['LAESTAB', '874/2007'];
    },
  },
  {
    urn: '110009',
    name: 'dfe-number',
    expect: 'accepted',
    rules: [],
    note: '"DfE number" 8742009 instead of the URN',
    present: (d) => {
      d.header[0] = ['DfE number', '8742009'];
    },
  },
  {
    urn: '110011',
    name: 'spellings',
    expect: 'accepted',
    rules: [],
    note: '"Key Stage 2" and "2014-15"',
    present: (d) => {
      headerValue(d, 'Key stage', 'Key Stage 2');
      headerValue(d, 'Academic year', '2014-15');
    },
  },
  {
    urn: '110013',
    name: 'group-aliases',
    expect: 'accepted',
    rules: [],
    note: 'pupil groups by alias: Male, Female, FSM, Non-FSM, White other, PH, SEND',
    present: (d, p) => {
      for (const [g, alias] of [
        ['boys', 'Male'],
        ['girls', 'Female'],
        ['disadv', 'FSM'],
        ['nondisadv', 'Non-FSM'],
        ['woth', 'White other'],
        ['apkn', 'PH'],
        ['sen', 'SEND'],
      ] as const) {
        if (p.rows.some((r) => r.group === g)) relabel(d, p, g, alias);
      }
    },
  },
  {
    urn: '110014',
    name: 'measure-codes',
    expect: 'accepted',
    rules: [],
    note: 'measure columns headed by code (ks2_rwm_l4) rather than label',
    present: (d, p) => {
      d.tableHeader = [d.tableHeader[0]!, d.tableHeader[1]!, ...p.measures];
    },
  },
  {
    urn: '110015',
    name: 'percent-format',
    expect: 'accepted',
    rules: ['cell.percent-converted'],
    note: 'Girls RWM L4+ typed as a rate in a cell formatted 0%',
    present: (d, p) =>
      setCell(d, p, 'girls', 'ks2_rwm_l4', {
        percent: Math.round((100 * valueOf(p, 'girls', 'ks2_rwm_l4')) / cohortOf(p, 'girls')) / 100,
      }),
  },
  {
    urn: '110016',
    name: 'percent-text',
    expect: 'accepted',
    rules: ['cell.percent-converted'],
    note: 'Boys Reading L4+ typed as text ending in % (as "79%")',
    present: (d, p) =>
      setCell(
        d,
        p,
        'boys',
        'ks2_read_l4',
        `${Math.round((100 * valueOf(p, 'boys', 'ks2_read_l4')) / cohortOf(p, 'boys'))}%`,
      ),
  },
  {
    urn: '110017',
    name: 'n-a',
    expect: 'accepted',
    rules: ['cell.read-as-blank'],
    note: '"n/a" in a GPS L4+ cell, read as blank',
    present: (d, p) => setCell(d, p, firstPresent(p, ['pa_high', 'girls']), 'ks2_gps_l4', 'n/a'),
  },
  {
    urn: '110018',
    name: 'comments-column',
    expect: 'accepted',
    rules: ['column.ignored'],
    note: 'an extra "Comments" column, ignored',
    present: (d, p) => {
      d.tableHeader.push('Comments');
      d.rows[rowIndex(p, 'disadv')]!.push('Includes two pupils who joined in Year 5');
      d.rows[rowIndex(p, 'pa_low')]!.push('Intervention groups since September');
    },
  },
  {
    urn: '110020',
    name: 'notes-below-table',
    expect: 'accepted',
    rules: [],
    note: 'blank rows then notes below the table (the table ends at the first blank row)',
    present: (d) => {
      d.after = [
        [],
        ['Notes'],
        ['Two pupils arrive in January and are not included.'],
        [],
        ['Checked by the headteacher', 'Yes'],
      ];
    },
  },
  {
    urn: '110021',
    name: 'title-and-guidance',
    expect: 'accepted',
    rules: [],
    note: 'a title row above the header block and a Guidance sheet before Predictions',
    present: (d) => {
      d.title = 'Kingsmere City Council – key stage 2 prediction proforma 2014/15';
      d.extraSheets = [
        {
          name: 'Guidance',
          first: true,
          rows: [
            ['How to complete this proforma'],
            ['Enter the number of pupils, not percentages.'],
            ['Return by 5 December.'],
          ],
        },
      ];
    },
  },
  {
    urn: '110022',
    name: 'hidden-sheets',
    expect: 'accepted',
    rules: [],
    note: 'a hidden and a very hidden sheet beside Predictions',
    present: (d) => {
      d.extraSheets = [
        { name: 'Lists', state: 'veryHidden', rows: [['Autumn'], ['Spring'], ['Summer'], ['Actual']] },
        {
          name: 'Working',
          state: 'hidden',
          rows: [
            ['Pupil group', 'Cohort'],
            ['All pupils', 99],
          ],
        },
      ];
    },
  },
  {
    urn: '110023',
    name: 'formulas',
    expect: 'accepted',
    rules: [],
    note: 'All pupils Cohort and RWM L4+ are formulas (Boys + Girls) with saved results',
    present: (d, p) => {
      for (const m of ['cohort', 'ks2_rwm_l4']) {
        const result = m === 'cohort' ? cohortOf(p, 'all') : valueOf(p, 'all', m);
        setCell(d, p, 'all', m, { formula: `${ref(d, p, 'boys', m)}+${ref(d, p, 'girls', m)}`, result });
      }
    },
  },
  {
    urn: '110024',
    name: 'empty-group-row',
    expect: 'accepted',
    rules: ['group.no-pupils'],
    note: 'a pupil group row with cohort 0 and zeros, left out',
    present: (d, p) => {
      const missing = ['sen_ehcp', 'apkn', 'woth'].find((g) => !p.rows.some((r) => r.group === g));
      if (!missing) throw new Error('fixture: 110024 has pupils in every group');
      d.rows.push([groupLabel(missing), 0, ...p.measures.map(() => 0)]);
    },
  },
  {
    urn: '110025',
    name: 'parts-above-whole',
    expect: 'queried',
    rules: ['partition.above-whole'],
    note: 'Disadvantaged cohort 2 too high, so it and Other pupils add up to more than All pupils',
    data: (p) => {
      p.rows[rowIndex(p, 'disadv')]!.cohort += 2;
    },
  },
  {
    urn: '110026',
    name: 'implication-breach',
    expect: 'queried',
    rules: ['implication.breach'],
    note: 'All pupils RWM L5+ above RWM L4B+',
    data: (p) => {
      p.rows[rowIndex(p, 'all')]!.values[p.measures.indexOf('ks2_rwm_l5')] = valueOf(p, 'all', 'ks2_rwm_l4b') + 2;
    },
  },
  {
    urn: '110029',
    name: 'formula-no-result',
    expect: 'queried',
    rules: ['cell.formula-without-result'],
    note: 'Boys 2LP Maths is a formula never calculated (no saved result)',
    present: (d, p) => setCell(d, p, 'boys', 'ks2_mat_2lp', { formula: `ROUND(${ref(d, p, 'boys', 'cohort')}*0.9,0)` }),
  },
];

/** A compound-file (OLE) header and directory naming `streams`: enough to be recognised, not opened. */
function oleContainer(streams: readonly string[]): Buffer {
  const b = Buffer.alloc(512 + 512 + 1024);
  Buffer.from('d0cf11e0a1b11ae1', 'hex').copy(b, 0);
  b.writeUInt16LE(0x3e, 24); // minor version
  b.writeUInt16LE(3, 26); // major version: 512-byte sectors
  b.writeUInt16LE(0xfffe, 28); // little-endian
  b.writeUInt16LE(9, 30);
  b.writeUInt16LE(6, 32);
  streams.forEach((name, i) => {
    const at = 512 + 128 * i;
    b.write(name, at, 'utf16le');
    b.writeUInt16LE((name.length + 1) * 2, at + 64);
    b[at + 66] = i === 0 ? 5 : 2; // root storage, then streams
  });
  return b;
}

/** Returns the import must refuse, nothing of them stored; all KS2 2014/15 Autumn otherwise. */
export const REFUSED_CASES: readonly FixtureCase[] = [
  {
    urn: '110030',
    name: 'old-excel-format',
    ext: 'xls',
    expect: 'refused',
    rules: ['file.xls'],
    note: 'an Excel 97-2003 .xls (OLE container)',
    bytes: () => oleContainer(['Root Entry', 'Workbook', '\u0005SummaryInformation']),
  },
  {
    urn: '110030',
    name: 'password-protected',
    expect: 'refused',
    rules: ['file.encrypted'],
    note: 'an encrypted workbook (OLE container with EncryptedPackage)',
    bytes: () => oleContainer(['Root Entry', 'EncryptionInfo', 'EncryptedPackage', '\u0006DataSpaces']),
  },
  {
    urn: '110031',
    name: 'csv-renamed',
    expect: 'refused',
    rules: ['file.misnamed'],
    note: 'a long-layout CSV saved with the name .xlsx',
    bytes: (p) => Buffer.from(csvLines([longHeader(), ...longLines(p, 'code')])),
  },
  {
    urn: '110031',
    name: 'empty',
    expect: 'refused',
    rules: ['file.empty'],
    note: 'an empty file (0 bytes)',
    bytes: () => Buffer.alloc(0),
  },
  {
    urn: '110033',
    name: 'truncated',
    expect: 'refused',
    rules: ['file.truncated'],
    note: 'the first half of a real proforma',
    bytes: async (_, workbook) => {
      const whole = await workbook();
      return whole.subarray(0, Math.floor(whole.length / 2));
    },
  },
  {
    urn: '110033',
    name: 'urn-not-in-register',
    expect: 'refused',
    rules: ['school.not-in-register'],
    note: 'URN 108003, a Fenmoor (LA 873) school the register import leaves out',
    present: (d) => {
      d.header[0] = ['URN', '108003'];
      d.header[1] = ['School name', 'St Mary’s Catholic Primary School'];
    },
  },
  {
    urn: '110034',
    name: 'urn-laestab-disagree',
    expect: 'refused',
    rules: ['school.identifiers-disagree'],
    note: 'URN 110034 (Thornbury) with LAESTAB 874/2031 (Rowan)',
    present: (d) => {
      d.header.splice(1, 0, ['LAESTAB', '874/2031']);
    },
  },
  // On All pupils GPS L4+, which no other measure or group is checked against, so the error comes alone.
  {
    urn: '110031',
    name: 'count-above-cohort',
    expect: 'refused',
    rules: ['count.above-cohort'],
    note: 'All pupils GPS L4+ typed as a percentage (a bare number above the cohort)',
    present: (d, p) => {
      const percent = Math.round((100 * valueOf(p, 'all', 'ks2_gps_l4')) / cohortOf(p, 'all'));
      if (percent <= cohortOf(p, 'all')) throw new Error('fixture: the percentage is within the cohort');
      setCell(d, p, 'all', 'ks2_gps_l4', percent);
    },
  },
  {
    urn: '110035',
    name: 'no-all-pupils-row',
    expect: 'refused',
    rules: ['group.whole-missing'],
    note: 'the All pupils row deleted',
    present: (d, p) => {
      d.rows.splice(rowIndex(p, 'all'), 1);
    },
  },
  {
    urn: '110035',
    name: 'pupil-group-twice',
    expect: 'refused',
    rules: ['group.duplicate'],
    note: 'the Girls row pasted twice',
    present: (d, p) => {
      d.rows.splice(rowIndex(p, 'girls') + 1, 0, [...d.rows[rowIndex(p, 'girls')]!]);
    },
  },
  {
    urn: '110036',
    name: 'unknown-measure',
    expect: 'refused',
    rules: ['measure.unknown'],
    note: 'a column headed "RWM L4++"',
    present: (d, p) => {
      d.tableHeader[colIndex(p, 'ks2_rwm_l4')] = 'RWM L4++';
    },
  },
  {
    urn: '110036',
    name: 'unknown-pupil-group',
    expect: 'refused',
    rules: ['group.unknown'],
    note: 'a row for "Year 6 boys"',
    present: (d, p) => {
      d.rows.push(['Year 6 boys', ...d.rows[rowIndex(p, 'boys')]!.slice(1)]);
    },
  },
  {
    urn: '110001',
    name: 'text-in-count',
    expect: 'refused',
    rules: ['cell.not-a-number'],
    note: '"lots" in Girls Maths L4+',
    present: (d, p) => setCell(d, p, 'girls', 'ks2_mat_l4', 'lots'),
  },
  {
    urn: '110001',
    name: 'negative-count',
    expect: 'refused',
    rules: ['count.negative'],
    note: 'Boys GPS L4+ is -3',
    present: (d, p) => setCell(d, p, 'boys', 'ks2_gps_l4', -3),
  },
  {
    urn: '110002',
    name: 'not-whole-count',
    expect: 'refused',
    rules: ['count.not-whole'],
    note: 'Girls GPS L4+ is 12.5 (below the true count, so no sum goes above its whole)',
    present: (d, p) => {
      if (valueOf(p, 'girls', 'ks2_gps_l4') < 13) throw new Error('fixture: 12.5 would raise the Girls count');
      setCell(d, p, 'girls', 'ks2_gps_l4', 12.5);
    },
  },
  {
    urn: '110002',
    name: 'missing-round',
    expect: 'refused',
    rules: ['header.missing'],
    note: 'no Round in the header block',
    present: (d) => {
      d.header = d.header.filter(([l]) => l !== 'Round');
    },
  },
  {
    urn: '110003',
    name: 'cohort-zero-with-values',
    expect: 'refused',
    rules: ['cohort.invalid'],
    note: 'a group with cohort 0 but predictions',
    present: (d, p) => {
      const group = [...p.rows].sort((a, b) => a.cohort - b.cohort).find((r) => r.values.some((v) => v > 0))!.group;
      setCell(d, p, group, 'cohort', 0);
    },
  },
];
