import { startYearOf } from './academic-year.js';

/** A school as the register (GIAS) knows it. */
export interface School {
  urn: string;
  /** 7 digits: LA code and establishment number. */
  laestab: string;
  laCode: string;
  name: string;
  /** GIAS PhaseOfEducation, e.g. Primary, Secondary, All-through, Not applicable (special schools). */
  phase: string;
  /** GIAS TypeOfEstablishment, e.g. Academy converter, Community special school. */
  type: string;
  /** GIAS EstablishmentStatus: Open, Closed, ... */
  status: string;
  /** GIAS statutory age range, where known. */
  lowAge?: number;
  highAge?: number;
  /** GIAS OpenDate, yyyy-mm-dd, where given (GIAS leaves it blank for many schools open for decades). */
  openDate?: string;
  /** GIAS CloseDate, yyyy-mm-dd, for a closed school. */
  closeDate?: string;
}

/** The first and last day of an academic year ("2014/15": 2014-09-01 to 2015-08-31). */
export function yearDays(academicYear: string): { first: string; last: string } {
  const start = startYearOf(academicYear);
  return { first: `${start}-09-01`, last: `${start + 1}-08-31` };
}

/**
 * Whether the school was open at some time in an academic year ("2014/15"): opened by its last day
 * and not closed before its first. A school since closed still counts in the years it was open; one
 * not yet open (a converter academy's new URN) does not count before it opens.
 */
export function openIn(school: School, academicYear: string): boolean {
  const { first, last } = yearDays(academicYear);
  if (school.openDate !== undefined && school.openDate > last) return false;
  if (school.closeDate !== undefined) return school.closeDate >= first;
  // No close date: open unless GIAS says closed (with no date) or not yet open (with none).
  return !/^closed$/i.test(school.status.trim()) && !(/proposed to open/i.test(school.status) && !school.openDate);
}

/** Whether the school teaches pupils up to the end of a key stage (its age range covers the end age). */
export function teachesUpTo(school: School, endAge: number): boolean {
  if (school.lowAge === undefined || school.highAge === undefined) return true;
  return school.lowAge < endAge && school.highAge >= endAge;
}

/** The schools register as the validate stage sees it: lookups only. */
export interface Register {
  byUrn(urn: string): School | undefined;
  /**
   * The school with this LAESTAB; given a year, the one open in it. A converter academy keeps its
   * predecessor's LAESTAB under a new URN, so a LAESTAB names different schools in different years.
   */
  byLaestab(laestab: string, academicYear?: string): School | undefined;
}

/** The latest to open first: a school with no open date counts as the oldest. */
const latestOpened = (a: School, b: School) => (b.openDate ?? '').localeCompare(a.openDate ?? '');

export function registerOf(schools: readonly School[]): Register {
  const urns = new Map(schools.map((s) => [s.urn, s]));
  const laestabs = new Map<string, School[]>();
  for (const s of schools) laestabs.set(s.laestab, [...(laestabs.get(s.laestab) ?? []), s]);
  for (const list of laestabs.values()) list.sort(latestOpened);
  return {
    byUrn: (u) => urns.get(u),
    byLaestab(l, year) {
      const all = laestabs.get(l) ?? [];
      // Of two open in the year (one converted during it), the later: it is the school now.
      // Of none open, the latest, so the return is refused as closed or not yet open by name.
      const open = year ? all.filter((s) => openIn(s, year)) : all.filter((s) => !/^closed$/i.test(s.status.trim()));
      return open[0] ?? all[0];
    },
  };
}

/** A line of GIAS's links file: `linkUrn` is `urn`'s predecessor, successor or other relation. */
export interface SchoolLink {
  urn: string;
  linkUrn: string;
  /** GIAS LinkType: Predecessor, Successor, Predecessor - amalgamated, Successor - merged, Other, ... */
  linkType: string;
  linkName?: string;
  /** GIAS LinkEstablishedDate, yyyy-mm-dd. */
  established?: string;
}

/**
 * Each predecessor's URN → the URN its history continues under (the end of its chain of plain
 * successions). Only one-to-one links continue a history: a converter academy or a school given a
 * new URN. An amalgamation, merger or split makes a different school, whose figures would not be
 * comparable, so those links are kept but join no history.
 */
export function successionOf(links: readonly SchoolLink[]): Map<string, string> {
  const pairs = new Set<string>();
  for (const l of links) {
    const type = l.linkType.trim().toLowerCase();
    if (type === 'successor') pairs.add(`${l.urn}>${l.linkUrn}`);
    if (type === 'predecessor') pairs.add(`${l.linkUrn}>${l.urn}`);
  }
  const successors = new Map<string, string[]>();
  const predecessors = new Map<string, string[]>();
  for (const pair of pairs) {
    const [from, to] = pair.split('>') as [string, string];
    successors.set(from, [...(successors.get(from) ?? []), to]);
    predecessors.set(to, [...(predecessors.get(to) ?? []), from]);
  }
  const next = new Map<string, string>();
  for (const [from, tos] of successors)
    if (tos.length === 1 && predecessors.get(tos[0]!)!.length === 1 && tos[0] !== from) next.set(from, tos[0]!);
  const under = new Map<string, string>();
  for (const from of next.keys()) {
    let at = from;
    const seen = new Set([at]);
    while (next.has(at) && !seen.has(next.get(at)!)) seen.add((at = next.get(at)!));
    under.set(from, at);
  }
  return under;
}
