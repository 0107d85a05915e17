// Templates for every school that should return, built from the register and the catalogue:
// the prediction proforma of schemas/README.md §1 and the attendance return of §3.
import { writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { catalogue } from '../domain/catalogue.js';
import { openIn, teachesUpTo, type School } from '../domain/register.js';
import { phaseOf } from '../domain/school-phase.js';
import type { Store } from '../store/open-store.js';
import { loadSchools } from '../store/queries/register.js';
import type { TemplateLayout } from '../template/template-layout.js';
import { writeTemplate } from '../template/write-template.js';

export interface TemplateRequest {
  kind: 'predictions' | 'attendance';
  academicYear: string;
  keyStage?: string;
  /** Round for predictions, term for attendance. */
  period: string;
  /** One school, or every school that should return. */
  urn?: string;
  outDir: string;
}

const laestab = (s: School) => `${s.laestab.slice(0, 3)}/${s.laestab.slice(3)}`;
const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

export function predictionsLayout(s: School, keyStage: string, academicYear: string, round: string): TemplateLayout {
  const cat = catalogue();
  const measures = cat.measuresFor(keyStage, academicYear);
  return {
    sheetName: 'Predictions',
    title: `${keyStage} predictions ${academicYear}, ${round}: ${s.name}`,
    header: [
      { label: 'URN', value: s.urn },
      { label: 'LAESTAB', value: laestab(s) },
      { label: 'School name', value: s.name },
      { label: 'Key stage', value: keyStage },
      { label: 'Academic year', value: academicYear },
      { label: 'Round', value: round },
    ],
    openHeader: ['Completed by', 'Date completed'],
    columns: [
      {
        heading: 'Cohort',
        validation: { type: 'whole', min: 0, max: 999 },
        prompt: 'The number of pupils in this group at the end of the key stage.',
      },
      ...measures.map((m) => ({
        heading: m.label,
        validation:
          m.kind === 'threshold'
            ? { type: 'whole' as const, min: 0, max: 'cohort' as const }
            : { type: 'decimal' as const, min: m.range?.min ?? -100, max: m.range?.max ?? 100 },
        prompt:
          m.kind === 'threshold'
            ? `The NUMBER of pupils predicted to reach ${m.label}: from 0 to the cohort. Not a percentage.`
            : `The group's predicted average ${m.label}.`,
      })),
    ],
    rows: cat.pupilGroups.map((g) => g.label),
    guidance: [
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
  };
}

export function attendanceLayout(s: School, academicYear: string, term: string): TemplateLayout {
  const cat = catalogue();
  return {
    sheetName: 'Attendance',
    title: `Attendance ${academicYear}, ${term} term: ${s.name}`,
    header: [
      { label: 'URN', value: s.urn },
      { label: 'LAESTAB', value: laestab(s) },
      { label: 'School name', value: s.name },
      { label: 'Academic year', value: academicYear },
      { label: 'Term', value: term },
    ],
    openHeader: ['Sessions from', 'Sessions to', 'Completed by'],
    columns: cat.attendance.columns.map((c) => ({
      heading: c.label,
      validation: { type: 'whole' as const, min: 0, max: 9_999_999 },
      prompt: `${c.label}: a whole number${c.required ? '' : ' (optional)'}. Sessions are half days.`,
    })),
    rows: cat.pupilGroups.map((g) => g.label),
    guidance: [
      'For each pupil group: enrolments in the term, the sessions (half days) they could have attended, ' +
        'authorised and unauthorised absence sessions, and the pupils who are persistent absentees.',
      'Authorised + unauthorised absence cannot exceed possible sessions; ' +
        'persistent absentees cannot exceed enrolments.',
    ],
  };
}

/** Writes one template per school and returns the paths written. */
export async function makeTemplates(store: Store, r: TemplateRequest): Promise<string[]> {
  const cat = catalogue();
  const keyStage = r.keyStage ? cat.keyStages.find((k) => k.code === r.keyStage) : undefined;
  // One school or all, only ever a school that makes this return: open in the year, teaching the key stage.
  const makesReturn = (s: School) =>
    openIn(s, r.academicYear) && (!keyStage || (phaseOf(s) === keyStage.phase && teachesUpTo(s, keyStage.endAge)));
  const schools = (await loadSchools(store)).filter((s) => (!r.urn || s.urn === r.urn) && makesReturn(s));
  await mkdir(r.outDir, { recursive: true });
  const written: string[] = [];
  for (const s of schools) {
    const layout =
      r.kind === 'predictions'
        ? predictionsLayout(s, r.keyStage!, r.academicYear, r.period)
        : attendanceLayout(s, r.academicYear, r.period);
    const what =
      r.kind === 'predictions'
        ? `${r.keyStage}-${r.academicYear.replace('/', '-')}-${r.period}`
        : `attendance-${r.academicYear.replace('/', '-')}-${r.period}`;
    const path = join(r.outDir, `${s.urn}-${slug(s.name)}-${what}.xlsx`.toLowerCase());
    await writeFile(path, await writeTemplate(layout));
    written.push(path);
  }
  return written;
}
