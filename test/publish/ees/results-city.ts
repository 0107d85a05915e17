// The HTML tests' small city (html-city.ts) with two years of KS2 results (round Actual) and an
// autumn of 2013/14 attendance, so accuracy, the backtest, "if achieved" and a whole year to date
// have figures: every report the tool writes has something to write. Built through the command line.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { cli } from '../../cli/run-cli.js';
import { htmlCity, type HtmlCity } from '../html/html-city.js';

/** Results (round Actual) for a year, one line per pupil group. */
function results(year: string, rows: string[]): string {
  const head = 'urn,academic_year,key_stage,round,pupil_group,cohort,ks2_rwm_l4,ks2_read_l4,ks2_writ_l4,ks2_mat_l4';
  return [head, ...rows.map((r) => r.replace(/^(\d+),/, `$1,${year},KS2,Actual,`))].join('\n') + '\n';
}

export async function resultsCity(): Promise<HtmlCity> {
  const city = await htmlCity();
  const file = join(city.dir, 'results.csv');
  await writeFile(
    file,
    results('2013/14', ['110001,All pupils,55,43,48,46,47', '110001,Disadvantaged,20,12,14,13,14']) +
      results('2014/15', ['110001,All pupils,58,45,52,49,51', '110001,Disadvantaged,21,13,17,16,17'])
        .split('\n')
        .slice(1)
        .join('\n'),
  );
  // The autumn of 2013/14, so its year to date to the summer is whole.
  const autumn = join(city.dir, 'attendance-autumn-2013.csv');
  await writeFile(
    autumn,
    'urn,academic_year,term,pupil_group,enrolments,possible_sessions,authorised_absence,unauthorised_absence,' +
      'persistent_absentees\n110001,2013/14,Autumn,All pupils,200,20000,650,220,10\n' +
      '110003,2013/14,Autumn,All pupils,150,15000,600,150,9\n',
  );
  const run = await cli(['import', file, autumn, '--db', city.db]);
  if (run.code !== 0) throw new Error(run.err.join('\n'));
  return city;
}
