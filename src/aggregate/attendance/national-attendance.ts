// National attendance rates by phase and year, taking the latest year not after the one asked.
import type { Phase } from '../../domain/school-phase.js';

export interface NationalAttendance {
  /** The national figure for a rate code of the catalogue, for a phase or all schools. */
  rate(measure: string, phase: Phase | 'all'): { value: number; academicYear: string } | undefined;
}

export function nationalAttendance(
  rows: readonly { academic_year: string; key_stage: string; measure: string; value: number }[],
  academicYear: string,
): NationalAttendance {
  return {
    rate(measure, phase) {
      const best = rows
        .filter((r) => r.measure === measure && r.key_stage === phase && r.academic_year <= academicYear)
        .sort((a, b) => b.academic_year.localeCompare(a.academic_year))[0];
      return best && { value: best.value, academicYear: best.academic_year };
    },
  };
}

/** The national figures of `codes` for a phase, by rate code; undefined when there is none. */
export function nationalRatesOf(
  national: NationalAttendance,
  codes: readonly string[],
  phase: Phase | 'all',
): Record<string, number> | undefined {
  const found = codes.flatMap((code) => {
    const n = national.rate(code, phase);
    return n ? [[code, n.value] as const] : [];
  });
  return found.length > 0 ? Object.fromEntries(found) : undefined;
}
