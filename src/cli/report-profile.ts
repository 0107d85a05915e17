// school-returns report profile: a one-page profile of a school for elected members, or of every
// school asked for the return; published as the Board paper is (small numbers withheld, decided
// as `report html --published` decides them). `--out` an .html file holds every profile asked for,
// a page each; any other path is a folder with one file per school (profile-URN.html).
import { join } from 'node:path';
import type { Command } from 'commander';
import { buildSchoolProfiles } from '../jobs/school-profiles.js';
import { profileCliText } from '../messages/profile-text.js';
import { writeFileAtomic } from '../publish/write-atomic.js';
import { reportScopeOptions, type Flags } from './charts.js';
import { CliError, type CliIO } from './cli-io.js';
import { withStore } from './store-option.js';

export function registerProfileReport(report: Command, io: CliIO, exit: (code: number) => void): void {
  report
    .command('profile')
    .description("a one-page profile of a school for elected members, published as the Board's paper is")
    .requiredOption('--year <year>', 'academic year, e.g. 2014/15')
    .requiredOption('--key-stage <ks>', 'EYFS, KS1, KS2 or KS4')
    .requiredOption('--round <round>', 'Autumn, Spring, Summer or Actual')
    .option('--school <urn>', 'the school to profile, by URN')
    .option('--all', 'a profile of every school asked for the return')
    .option('--term <term>', "add the school's attendance for this term of the year: Autumn, Spring or Summer")
    .option('--ytd', 'with --term: attendance for the year to date up to that term')
    .option('--threshold <n>', 'the largest count suppressed (default from schemas/settings.json)')
    .option('--db <path>', 'the store (default: $SCHOOL_RETURNS_DB or ./school-returns.sqlite)')
    .requiredOption('--out <path>', 'an .html file for every profile asked for, or a folder for a file each')
    .action(async (flags: Flags) => {
      const { published: _, ...scope } = reportScopeOptions({ ...flags, published: true });
      if (Boolean(flags['school']) === Boolean(flags['all'])) throw new CliError(profileCliText['profile.which']);
      const urn = flags['school'] === undefined ? undefined : String(flags['school']);
      const built = await withStore(flags['db'] as string | undefined, io, (store) =>
        buildSchoolProfiles(store, { ...scope, ...(urn ? { urns: [urn] } : {}) }),
      );
      const { keyStage, round, academicYear } = scope;
      if (urn && built.unknown.length > 0)
        throw new CliError(profileCliText['profile.unknown-school'](urn, keyStage, round, academicYear));
      if (built.profiles.length === 0)
        throw new CliError(profileCliText['profile.none'](keyStage, round, academicYear), 1);
      const out = String(flags['out']);
      const files: [string, readonly (typeof built.profiles)[number][]][] = /\.html?$/i.test(out)
        ? [[out, built.profiles]]
        : built.profiles.map((p) => [join(out, `profile-${p.urn}.html`), [p]]);
      for (const [path, profiles] of files) {
        const page = built.page(profiles);
        await writeFileAtomic(path, page);
        io.out(profileCliText['profile.wrote'](path, profiles.length, Buffer.byteLength(page)));
      }
      exit(0);
    });
}
