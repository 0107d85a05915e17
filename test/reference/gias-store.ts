// A store holding the realistic GIAS download of gias-download.ts, imported as the command line
// does (Results.zip with its links file), for the tests of what the register's dates and links do.
import { importRegister } from '../../src/reference/import-register.js';
import { emptyStore, writeIn, type TempStore } from '../support/temp-store.js';
import { giasText, linksText, resultsZip, windows1252 } from './gias-download.js';

export async function giasStore({ links = true } = {}): Promise<TempStore> {
  const store = await emptyStore();
  const zip = resultsZip(windows1252(giasText()), links ? windows1252(linksText()) : undefined);
  const imported = await importRegister(store, await writeIn(store, 'Results.zip', zip), ['874']);
  if (imported.refused) throw new Error(`GIAS download refused: ${imported.messages.map((m) => m.text).join('; ')}`);
  return store;
}

/** An attendance CSV of whole-school rows: [urn, year, term, enrolments, absence %]. */
export function attendanceCsv(rows: readonly [string, string, string, number, number][]): string {
  const header =
    'urn,academic_year,term,pupil_group,enrolments,possible_sessions,authorised_absence,unauthorised_absence,persistent_absentees';
  const lines = rows.map(([urn, year, term, enrolments, rate]) => {
    const possible = enrolments * 130;
    const absent = Math.round((possible * rate) / 100);
    const authorised = Math.round(absent * 0.75);
    return [
      urn,
      year,
      term,
      'all',
      enrolments,
      possible,
      authorised,
      absent - authorised,
      Math.round(enrolments * 0.1),
    ].join(',');
  });
  return [header, ...lines].join('\n') + '\n';
}
