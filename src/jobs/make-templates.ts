// Templates for every school that should return, built from the register and the catalogue:
// the prediction proforma of schemas/README.md §1 and the attendance return of §3.
import { writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { catalogue } from '../domain/catalogue.js';
import { openIn, teachesUpTo, type School } from '../domain/register.js';
import { phaseOf } from '../domain/school-phase.js';
import { templateText } from '../messages/template-text.js';
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
    title: templateText['proforma.title'](keyStage, academicYear, round, s.name),
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
        prompt: templateText['proforma.cohort-prompt'],
      },
      ...measures.map((m) => ({
        heading: m.label,
        validation:
          m.kind === 'threshold'
            ? { type: 'whole' as const, min: 0, max: 'cohort' as const }
            : { type: 'decimal' as const, min: m.range?.min ?? -100, max: m.range?.max ?? 100 },
        prompt:
          m.kind === 'threshold'
            ? templateText['proforma.count-prompt'](m.label)
            : templateText['proforma.mean-prompt'](m.label),
      })),
    ],
    rows: cat.pupilGroups.map((g) => g.label),
    guidance: [...templateText['proforma.guidance']],
  };
}

export function attendanceLayout(s: School, academicYear: string, term: string): TemplateLayout {
  const cat = catalogue();
  return {
    sheetName: 'Attendance',
    title: templateText['attendance-return.title'](academicYear, term, s.name),
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
      prompt: templateText['attendance-return.prompt'](c.label, c.required),
    })),
    rows: cat.pupilGroups.map((g) => g.label),
    guidance: [...templateText['attendance-return.guidance']],
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
