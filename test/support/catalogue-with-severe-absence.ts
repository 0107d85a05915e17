// The shipped catalogue with one attendance column and its rate added, as a council would add
// them in schemas/ alone: severe absentees (pupils counted by their absence) and their rate.
import { buildCatalogue, CATALOGUE_FILES } from '../../src/domain/catalogue.js';

const shipped = CATALOGUE_FILES.attendance as { columns: object[]; rates: object[] };

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
