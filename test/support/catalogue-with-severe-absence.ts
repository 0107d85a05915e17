// The shipped catalogue with one attendance column and its rate added, as a council would add
// them in schemas/ alone: severe absentees (pupils counted by their absence) and their rate.
// Issue 14 ships severe absentees; the tests of a column added by a council take the shipped
// catalogue without it (`withoutSevereAbsence`) and add it back with a query limit of their own.
import { buildCatalogue, CATALOGUE_FILES } from '../../src/domain/catalogue.js';

const full = CATALOGUE_FILES.attendance as { columns: { code: string }[]; rates: { code: string }[] };
const shipped = {
  ...full,
  columns: full.columns.filter((c) => c.code !== 'severe_absentees'),
  rates: full.rates.filter((r) => r.code !== 'severe_absence_rate'),
};

export const withoutSevereAbsence = buildCatalogue({ ...CATALOGUE_FILES, attendance: shipped });

export const withSevereAbsence = buildCatalogue({
  ...CATALOGUE_FILES,
  attendance: {
    ...shipped,
    columns: [
      ...shipped.columns,
      {
        code: 'severe_absentees',
        label: 'Severe absentees',
        aliases: [],
        required: false,
        unit: 'pupils',
        role: 'pupils-absent',
      },
    ],
    rates: [
      ...shipped.rates,
      {
        code: 'severe_absence_rate',
        label: 'Severe absence',
        of: ['severe_absentees'],
        per: 'enrolments',
        queryAbovePercent: 5,
      },
    ],
  },
});
