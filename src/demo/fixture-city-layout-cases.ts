// Accepted returns laid out unlike the template (header block, headings, extra columns, rows and
// sheets) that the import must read through, at most with a warning.
import { headerValue, relabel, rowIndex } from './fixture-case-cells.js';
import type { FixtureCase } from './fixture-case.js';
import { groupLabel } from './fixture-city-proformas.js';

/** Accepted returns whose layout the import must see past. */
export const LAYOUT_CASES: readonly FixtureCase[] = [
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
];
