// The words a school reads in the templates it fills in (jobs/make-templates.ts): each sheet's
// title, the prompt shown on a cell of each column, and the guidance under the table. Each has a
// stable id. The labels of the header block and the columns' headings are not here: they are the
// format the import reads back (schemas/README.md), named by the catalogue.

export const templateText = {
  // The prediction proforma (schemas/README.md §1)
  /** "KS2 predictions 2015/16, Autumn: Hill Primary". */
  'proforma.title': (keyStage: string, year: string, round: string, school: string) =>
    `${keyStage} predictions ${year}, ${round}: ${school}`,
  'proforma.cohort-prompt': 'The number of pupils in this group at the end of the key stage.',
  'proforma.count-prompt': (measure: string) =>
    `The NUMBER of pupils predicted to reach ${measure}: from 0 to the cohort. Not a percentage.`,
  'proforma.mean-prompt': (measure: string) => `The group's predicted average ${measure}.`,
  'proforma.guidance': [
    'Enter the number of pupils in each group (Cohort), ' +
      'then the NUMBER of those pupils you predict will reach each measure.',
    'Enter counts, not percentages. Leave a cell blank if you make no prediction; ' +
      "leave a group's whole row blank if you have no such pupils.",
    'Boys + Girls, Disadvantaged + Other pupils, EAL + First language English, ' +
      'and the three prior-attainment groups should each add up to All pupils.',
    'A combined measure cannot exceed its parts (RWM L4+ is at most Reading, Writing and Maths L4+); ' +
      'a higher level cannot exceed a lower one.',
    "Do not rename the sheet, move the table or change the header block: the city's import reads them.",
  ],

  // The attendance return (schemas/README.md §3)
  /** "Attendance 2015/16, Spring term: Hill Primary". */
  'attendance-return.title': (year: string, term: string, school: string) =>
    `Attendance ${year}, ${term} term: ${school}`,
  'attendance-return.prompt': (column: string, required: boolean) =>
    `${column}: a whole number${required ? '' : ' (optional)'}. Sessions are half days.`,
  'attendance-return.guidance': [
    'For each pupil group: enrolments in the term, the sessions (half days) they could have attended, ' +
      'authorised and unauthorised absence sessions, and the pupils who are persistent absentees.',
    'Authorised + unauthorised absence cannot exceed possible sessions; ' +
      'persistent absentees cannot exceed enrolments.',
  ],
} as const;

export type TemplateTextId = keyof typeof templateText;
