// The collaborative groups fixture: which group and triad each of the city's open schools is in,
// year by year, as the groups import reads it.
import { csvLines } from './fixture-csv.js';
import { SCHOOLS } from './fixture-city-schools.js';

/**
 * Collaborative groups and triads for 2014/15 and 2015/16; two schools move group in 2015/16. The
 * forecast's earlier years (make-history-fixtures.ts) ask for theirs, with only the schools open.
 */
export function groupsCsv(
  years: readonly string[] = ['2014/15', '2015/16'],
  openIn: (urn: string, year: string) => boolean = () => true,
): string {
  const primaryGroups = ['North Kingsmere', 'Castlegate', 'Riverside', 'Fen Edge', 'Heron Way', 'Westwood'];
  const rows: string[][] = [['urn', 'academic_year', 'collaborative_group', 'triad']];
  for (const year of years) {
    SCHOOLS.forEach((s, i) => {
      if (!openIn(s.urn, year)) return;
      let group: string;
      let triad = '';
      if (s.kind === 'secondary' || s.kind === 'special') {
        const north = s.kind === 'special' ? i % 2 === 0 : i % 2 === 1;
        group = north ? 'Kingsmere North Secondary Partnership' : 'Kingsmere South Secondary Partnership';
      } else {
        let g = Math.floor(i / 6);
        // Mill Road and Parkside change group in 2015/16 (to Riverside and Fen Edge).
        if (year === '2015/16' && s.urn === '110023') g = 2;
        if (year === '2015/16' && s.urn === '110029') g = 3;
        group = primaryGroups[g]!;
        const place = i % 6;
        triad = place < 3 ? `${group} A` : `${group} B`;
        if (s.urn === '110023' || s.urn === '110029') triad = year === '2015/16' ? '' : triad;
      }
      rows.push([s.urn, year, group, triad]);
    });
  }
  return csvLines(rows, '\n');
}
