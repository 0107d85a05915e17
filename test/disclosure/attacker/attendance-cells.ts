// Reads a published attendance csv (README "Attendance"; schemas/README.md §3) into cells and
// relations: enrolments and persistent absentees, the pupil counts that suppression protects.
// A school's figures for a term are one pair of cells in every table that prints them: the term
// table, the year-to-date table to that term (which takes enrolments and persistent absentees
// from the latest term's return) and each phase table. An area's row is the sum of the schools
// printed as returned in the same table; its rate, gap and change on last year pin counts too.
import { parseShown, type Publication } from './publication.js';
import type { Row } from './predictions-cells.js';
import { applyPartitions, note, pinRate, shownRate, type Present } from './relations.js';
import type { Structure } from './structure.js';

const QUANTITIES = ['enrolments', 'persistent_absentees'] as const;

export function addAttendance(pub: Publication, rows: Row[], source: string, structure: Structure): void {
  const city = rows.find((r) => r['level'] === 'city');
  const filter = city?.['phase'] || 'all';
  const present: Present = new Map();
  const presentInAreas: Present = new Map();
  const areas: Row[] = [];
  const schools: Row[] = [];
  for (const r of rows) {
    if (r['status'] !== 'returned') continue;
    const ids = cellIds(r, filter);
    const [enrolments, absentees] = QUANTITIES.map((q) => pub.printed(ids[q], r[q], source));
    if (!enrolments) continue;
    (r['level'] === 'school' ? schools : areas).push(r);
    const byLevel = r['level'] === 'school' ? present : presentInAreas;
    for (const q of QUANTITIES) note(byLevel, `${ids.area}|${q}`, r['pupil_group']!, ids[q]);
    if (!absentees) continue;
    absentees.cohort = enrolments.id;
    pub.atMost([absentees.id], enrolments.id, source, 'persistent absentees ≤ enrolments');
    const rate = shownRate(
      r['persistent_absence_rate'],
      r['national_persistent_absence_rate'],
      r['gap_persistent_absence'],
    );
    if (rate) pinRate(pub, absentees.id, enrolments.id, rate, source);
    const change = parseShown(r['change_persistent_absence']);
    if (rate && r['level'] === 'school' && typeof change === 'number') {
      // The change is (rate shown) − (last year's rate shown), so last year's shown rate follows.
      const last = cellIds({ ...r, academic_year: yearBefore(r['academic_year']!) }, filter);
      const lastRate = { rate: Number((rate.rate - change).toFixed(1)), half: 0.05, why: 'last year = rate − change' };
      pinRate(pub, last.persistent_absentees, last.enrolments, lastRate, source);
    }
  }
  for (const area of areas) {
    const level = area['level']!;
    const code = area['area_code']!;
    const members = schools.filter(
      (s) =>
        s['pupil_group'] === area['pupil_group'] &&
        (level === 'city' ||
          (level === 'group' && s['collaborative_group'] === code) ||
          (level === 'phase' && s['phase'] === code)),
    );
    const ids = cellIds(area, filter);
    for (const q of QUANTITIES)
      if (pub.cells.has(ids[q]))
        pub.sum(
          ids[q],
          members.map((s) => cellIds(s, filter)[q]),
          source,
          `${level} = Σ its schools`,
        );
  }
  // As for predictions: an area's partitions follow from its schools' wherever schools are printed.
  applyPartitions(pub, schools.length > 0 ? present : presentInAreas, structure.partitions, source);
}

/** The cells of a row: a school's are shared by every table of its period, an area's are its table's. */
function cellIds(r: Row, filter: string): { area: string; enrolments: string; persistent_absentees: string } {
  const period = `attendance ${r['academic_year']} ${r['term']}`;
  const ytd = (r['period'] ?? '').startsWith('year to date');
  const area =
    r['level'] === 'school'
      ? `${period}|school ${r['area_code']}`
      : `${period}${ytd ? ' ytd' : ''} (${filter} phases)|${r['level']} ${r['area_code']}`;
  const cell = (q: string) => `${area}|${r['pupil_group']}|${q}`;
  return { area, enrolments: cell('enrolments'), persistent_absentees: cell('persistent_absentees') };
}

export function yearBefore(year: string): string {
  const first = Number(year.slice(0, 4)) - 1;
  return `${first}/${String((first + 1) % 100).padStart(2, '0')}`;
}
