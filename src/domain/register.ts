/** A school as the register (GIAS) knows it. */
export interface School {
  urn: string;
  /** 7 digits: LA code and establishment number. */
  laestab: string;
  laCode: string;
  name: string;
  /** GIAS PhaseOfEducation, e.g. Primary, Secondary, Not applicable (special schools). */
  phase: string;
  /** GIAS TypeOfEstablishment, e.g. Academy converter, Community special school. */
  type: string;
  /** GIAS EstablishmentStatus: Open, Closed, ... */
  status: string;
  /** GIAS statutory age range, where known. */
  lowAge?: number;
  highAge?: number;
  /** GIAS CloseDate, yyyy-mm-dd, for a closed school. */
  closeDate?: string;
}

/**
 * Whether the school was open in an academic year ("2014/15"): open now, or closed on or after
 * the 1 September the year began. A school since closed still counts in the years it was open.
 */
export function openIn(school: School, academicYear: string): boolean {
  if (/^open/i.test(school.status)) return true;
  return school.closeDate !== undefined && school.closeDate >= `${academicYear.slice(0, 4)}-09-01`;
}

/** Whether the school teaches pupils up to the end of a key stage (its age range covers the end age). */
export function teachesUpTo(school: School, endAge: number): boolean {
  if (school.lowAge === undefined || school.highAge === undefined) return true;
  return school.lowAge < endAge && school.highAge >= endAge;
}

/** The schools register as the validate stage sees it: lookups only. */
export interface Register {
  byUrn(urn: string): School | undefined;
  byLaestab(laestab: string): School | undefined;
}

export function registerOf(schools: readonly School[]): Register {
  const urns = new Map(schools.map((s) => [s.urn, s]));
  const laestabs = new Map(schools.map((s) => [s.laestab, s]));
  return { byUrn: (u) => urns.get(u), byLaestab: (l) => laestabs.get(l) };
}
