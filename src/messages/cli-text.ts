// The sentences of the command line itself: flags refused, the store not found, files written,
// what `import` prints, and the one line a failure ends with. Each has a stable id; src/cli/
// takes its words from here and keeps only the layout (which line goes where). Commander's
// --help texts stay beside the options they describe.

/** What `import` counted: returns by outcome, files and other files skipped. */
export interface ImportCounts {
  dryRun: boolean;
  files: number;
  returns: number;
  accepted: number;
  /** Accepted returns with at least one query. */
  withQueries: number;
  refused: number;
  alreadyImported: number;
  skipped: number;
}

/** What a reference import stored. */
export type ReferenceRows =
  | 'schools'
  | 'links'
  | 'memberships'
  | 'comparators'
  | 'targets'
  | 'comparator rates (%)'
  | 'comparator means'
  | 'comparator counts of sessions'
  | 'comparator counts of pupils'
  | 'statistical-neighbour lists'
  | 'Ofsted inspections';

const SPECIAL = { device: 'a device', pipe: 'a named pipe', socket: 'a socket', other: 'not a file or folder' };

const counted = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const cliText = {
  // Flags refused, one line each, in the same words whichever command they were given to
  'flag.year': (given: string) => `--year "${given}" is not an academic year such as 2014/15`,
  'flag.key-stage': (given: string, known: readonly string[]) =>
    `--key-stage "${given}" is not one of ${known.join(', ')}`,
  'flag.round': (given: string, known: readonly string[]) => `--round "${given}" is not one of ${known.join(', ')}`,
  'flag.term': (given: string) => `--term "${given}" is not Autumn, Spring or Summer`,
  'flag.threshold-not-whole': '--threshold must be a whole number of pupils',
  'flag.threshold-without-published': '--threshold applies only with --published',
  'flag.level': (given: string) =>
    `--level "${given}" must be city, group or school, or a list such as city,group,school`,
  'flag.predictions-format': (given: string) => `--format "${given}" must be csv, md, xlsx or ees`,
  'flag.format-one-of': (given: string, formats: readonly string[]) =>
    `--format "${given}" must be one of ${formats.join(', ')}`,
  'flag.xlsx-needs-out': '--format xlsx needs --out FILE.xlsx',
  'flag.phase': (given: string) => `--phase "${given}" must be nursery, primary, secondary, special, pru or all`,
  'flag.compare-unknown': (given: string, known: readonly string[]) =>
    `--compare: "${given}" is not one of ${known.join(', ')}`,
  'flag.compare-too-few': (given: string) =>
    `--compare "${given}" must list two or more different rounds, e.g. Autumn,Spring`,
  'flag.compare-csv-only': '--compare writes csv, md, xlsx or ees: leave out --format, or give one of them',
  'flag.accuracy-round': '--round is the prediction round to judge against Actual: Autumn, Spring or Summer',
  'flag.no-headline': (keyStage: string, year: string, inForce: readonly string[]) =>
    `the catalogue has no headline measure for ${keyStage} in ${year}; give one with --measure (${inForce.join(', ')})`,
  'flag.measure': (given: string, keyStage: string, year: string, inForce: readonly string[]) =>
    `--measure "${given}" is not a ${keyStage} measure in ${year}: one of ${inForce.join(', ')}`,
  'flag.needs-term': (flag: string) => `${flag} is about attendance: give --term as well`,
  'flag.term-or-half-term': 'give exactly one of --term (Autumn, Spring, Summer) or --half-term (1 to 6)',
  'flag.half-term': (given: string, halves: number) =>
    `--half-term "${given}" is not a half term: give 1 to ${halves}, or one as written in a return (Spring 1, HT3)`,
  'flag.half-term-published': (halfTerm: string) =>
    `a ${halfTerm} report is for officers only: half-term figures are not published, so --published and ` +
    '--format ees are refused with --half-term; publish the term, or the year to date to it, with --term',
  'flag.schools': (given: string) => `--schools "${given}" must be appendix or separate`,
  'flag.html-out': (out: string) => `--out "${out}" should name an .html file`,
  'flag.status-format': (given: string) => `--format "${given}" must be text or csv`,
  'flag.status-both': 'give --term for attendance, or --key-stage and --round for predictions, not both',
  'flag.status-neither': 'give --key-stage and --round for predictions, or --term for attendance',
  'flag.accept-or-amend': 'give exactly one of --accept or --amend VALUE',
  'flag.amend-not-a-number': (given: string) => `--amend "${given}" is not a number`,
  'flag.blank': (name: 'reason' | 'by') =>
    `--${name} is blank: say ${name === 'reason' ? 'why' : 'who agreed it'}, for the audit trail`,
  'flag.query-number': (given: string) => `"${given}" is not a query number: see school-returns challenge list`,
  'flag.template-round': '--round must be Autumn, Spring, Summer or Actual',
  'flag.template-term': '--term must be Autumn, Spring or Summer',
  'flag.school-or-all': 'give --school URN or --all',

  // The store and the file system
  'store.missing': (path: string) =>
    `there is no store at ${path}: import the register and returns first, ` +
    'or name the store with --db or SCHOOL_RETURNS_DB',
  'store.no-folder': (path: string, folder: string) =>
    `cannot make the store ${path}: the folder ${folder} does not exist; make it first, ` +
    'or give --db a path in a folder that does',
  // A fault of the store named by --db (issue 17): what is wrong and what to do, one line each
  'store.not-a-store': (path: string) =>
    `${path} is not a school-returns store, and was left unchanged: ` +
    'name the store with --db, or a new file to start one',
  'store.damaged': (path: string, detail: string) =>
    `the store ${path} is damaged (${detail}): restore it from a backup; it was left unchanged`,
  'store.newer': (path: string, unknown: string) =>
    `the store ${path} was written by a newer version of school-returns (it has ${unknown}), ` +
    'and was left unchanged: use that version, or update school-returns',
  'store.read-only': (path: string) =>
    `the store ${path} cannot be written (it is read-only): make it writable (chmod u+w), ` +
    'or copy it somewhere you may write; reports can be made from a read-only store that is up to date',
  'store.read-only-disk': (path: string) =>
    `the store ${path} is on a read-only disk, where SQLite can neither change it nor read it: ` +
    'copy it (with any -wal file beside it) to a disk you may write',
  'store.permission': (path: string) =>
    `the store ${path} cannot be opened: permission denied on it or its folder: ` +
    'ask its owner for access, or name another store with --db',
  'store.locked': (path: string) =>
    `the store ${path} is locked by another school-returns (or program) still writing to it: ` +
    'wait for it to finish and run this again',
  'store.disk-full': (path: string) =>
    `the disk under the store ${path} is full: nothing of the return being stored was kept ` +
    '(those stored before it are whole); free some space and run this again',
  'store.disk-error': (path: string, detail: string) =>
    `the disk under the store ${path} failed (${detail}): check the disk, then run this again; ` +
    'returns stored before it are whole',
  // A PostgreSQL store's faults (issue 15), the store named by its URL with any password hidden
  'store.bad-url': (url: string, detail: string) =>
    `--db ${url} is not a PostgreSQL store's URL (${detail}): ` +
    'write it as postgres://USER:PASSWORD@HOST:PORT/DATABASE, or give an SQLite file',
  'store.no-server': (url: string, detail: string) =>
    `no PostgreSQL server answered at ${url} (${detail}): check the host and port, ` +
    'and that the server is running and accepts connections from here',
  'store.no-database': (url: string) =>
    `the PostgreSQL server at ${url} has no such database: create it (createdb NAME), ` +
    'or name one that exists in the URL',
  'store.no-store': (url: string) =>
    `there is no store in ${url}: import the register and returns into it first, ` +
    'or name another store with --db or SCHOOL_RETURNS_DB',
  'store.not-allowed': (url: string, detail: string) =>
    `the PostgreSQL store ${url} did not let this role do that (${detail}), and nothing of it was kept: ` +
    "a council's role reads and writes only its own schools' returns; ask the region's administrator",
  'store.login-refused': (url: string) =>
    `the PostgreSQL server at ${url} refused the login (no such user, a wrong password, or not allowed ` +
    "from here): check the user and password in the URL, or ask the server's administrator",
  'output.side-report-failed': (path: string, why: string) =>
    `the import above is done, but its messages report ${path} was not written: ${why}; ` +
    'choose another path with --report, or run the import again to write it',
  'path.cannot-use': (path: string, why: string) => `cannot use ${path}: ${why}; choose another path`,
  'path.is-a-folder': 'it is a folder, not a file',
  'path.through-a-file': 'part of the path is a file, not a folder',
  'path.permission-denied': 'permission denied',
  'path.read-only': 'the disk is read-only',
  'path.disk-full': 'the disk is full',
  'path.not-found': 'there is no such file or folder',

  // How a failure ends: one line, and for a bug where to send it
  'failure.line': (problem: string) => `school-returns: ${problem}`,
  'failure.internal': (detail: string) => `school-returns: internal error: ${detail}`,
  'failure.bug': 'This is a bug in school-returns; run again with --debug and send the output to its maintainers.',

  // import: a line per file or return (src/cli/import-lines.ts lays them out), then the counts
  'import.progress': (done: number, total: number) => `... ${done} of ${total} files`,
  'import.not-found': (path: string) => `not found: ${path}`,
  'import.accepted': (queries: number) =>
    queries > 0 ? `accepted, ${counted(queries, 'query', 'queries')}` : 'accepted',
  'import.refused': 'refused',
  'import.refused-some': (refused: number, of: number) => `refused ${refused} of ${of}`,
  'import.already-imported': 'already imported',
  'import.same-file-as': (other: string) => `the same file as ${other}, imported once`,
  'import.unchanged-since': (importedAt: string | undefined) =>
    `on ${importedAt?.slice(0, 16).replace('T', ' ')}, unchanged`,
  'import.no-return-found': 'no return found',
  /** The first error of a refused return, with how many more there are. */
  'import.first-error': (where: string, text: string, moreErrors: number) =>
    `${where || 'file'}: ${text}${moreErrors > 0 ? ` (+${moreErrors} more)` : ''}`,
  'import.supersedes': (returnId: number, answersLeftBehind: number) =>
    `supersedes return ${returnId}` +
    (answersLeftBehind
      ? `; ${
          answersLeftBehind === 1
            ? 'the query answered on it stays with it'
            : `the ${answersLeftBehind} queries answered on it stay with it`
        }: see audit, and challenge again`
      : ''),
  'import.file-counts': (returns: number, accepted: number, refused: number, alreadyImported: number) =>
    `${returns} returns: ${[
      accepted > 0 ? `${accepted} accepted` : '',
      refused > 0 ? `${refused} refused` : '',
      alreadyImported > 0 ? `${alreadyImported} already imported` : '',
    ]
      .filter(Boolean)
      .join(', ')}`,
  'import.skipped': 'skipped',
  'import.not-a-return-file': (path: string) => `${path} (not an .xlsx or .csv file)`,
  'import.not-a-regular-file': (path: string, special: 'device' | 'pipe' | 'socket' | 'other') =>
    `${path} (${SPECIAL[special]}, not a regular file: never read)`,
  'import.summary': (n: ImportCounts) => {
    const parts = [`${n.accepted} accepted (${n.withQueries} with queries)`, `${n.refused} refused`];
    if (n.alreadyImported > 0) parts.push(`${n.alreadyImported} already imported`);
    if (n.skipped > 0) parts.push(`${n.skipped} other files skipped`);
    return (
      `${n.dryRun ? 'Dry run, nothing stored: ' : ''}${counted(n.files, 'file', 'files')}, ` +
      `${counted(n.returns, 'return', 'returns')}: ${parts.join(', ')}`
    );
  },
  'import.report-written': (path: string) => `Messages written to ${path}`,

  // Reference files
  'reference-import.refused': (file: string) =>
    `refused ${file}: nothing stored; mend the lines above and import it again`,
  'reference-import.stored': (file: string, stored: number, what: ReferenceRows) => `${file}: ${stored} ${what} stored`,

  // store copy (issue 15): a city's store moved into another, its rows counted in both after
  'store-copy.table': (table: string, from: number, to: number) =>
    from === to ? `${table}: ${to} copied` : `${table}: ${from} in the store copied from, but ${to} in the copy`,
  'store-copy.checked': (from: string, to: string) => `${from} copied into ${to}; every table's rows counted in both`,
  'store-copy.counts-differ': (to: string) =>
    `the copy in ${to} does not hold every row counted above: do not use it; empty it and copy again`,
  'store-grant.done': (role: string, la: string) =>
    `${role} now sees and writes the returns of LA ${la}'s schools only; roles not granted a council see every school`,
  'store-grant.not-postgres': (path: string) =>
    `${path} is an SQLite file, whose readers are kept apart by its file's permissions: ` +
    'grant a council on a PostgreSQL store (--db postgres://…)',
  'flag.role': (given: string) =>
    `"${given}" is not a role name: give a PostgreSQL role that exists (lower-case letters, digits and _)`,
  'flag.la': (given: string) => `"${given}" is not an LA code: give its 3 digits, e.g. 874`,
  'store-copy.not-empty': (to: string, tables: string) =>
    `${to} already holds a store's rows (${tables}), and was left unchanged: copy into an empty database or file`,

  // Reports and charts
  'report.no-returns': (keyStage: string, round: string, year: string) =>
    `No accepted ${keyStage} ${round} returns for ${year} in the store.`,
  'report.no-attendance': (term: string, year: string) =>
    `No accepted attendance returns for ${term} ${year} in the store: no report written.`,
  'report.wrote': (path: string) => `Wrote ${path}`,
  'report.wrote-predictions': (path: string, rows: number, returns: number) =>
    `Wrote ${path} (${rows} rows from ${returns} schools' returns)`,
  'report.wrote-attendance': (path: string, returned: number, schools: number) =>
    `Wrote ${path} (${returned} of ${schools} schools returned for the period)`,
  'report.wrote-html': (path: string, bytes: number) => `Wrote ${path} (${Math.round(bytes / 1024)} kB)`,
  'accuracy.title': (keyStage: string, year: string, round: string) =>
    `${keyStage} ${year}: ${round} predictions against actual results`,
  'accuracy.no-pairs': (round: string, keyStage: string, year: string) =>
    `No school has both a ${round} prediction and an Actual return for ${keyStage} ${year}.`,
  'charts.no-attendance': (term: string, year: string) =>
    `No accepted attendance returns for ${term} ${year} in the store: no attendance charts.`,
  'charts.withheld': (chart: string, reason: string) => `${chart}: not drawn; ${reason}.`,

  // Templates
  'template.no-such-return': (urn: string) =>
    `URN ${urn} makes no such return: it is not in the register, was not open in the year, ` +
    'or does not teach the key stage',
  'template.no-school': 'no school in the register should make this return',
  'template.wrote': (path: string) => `wrote ${path}`,
  'template.count': (written: number) => `${written} ${written === 1 ? 'template' : 'templates'} written`,
  /** The top-level help's tail: examples (a line each), each command's own help, the file layouts. */
  'help.examples-title': 'Examples:',
  'help.examples': [
    'school-returns import returns/',
    'school-returns status --year 2014/15 --key-stage KS2 --round Autumn',
    'school-returns report predictions --year 2014/15 --key-stage KS2 --round Autumn --format md',
    'school-returns report attendance --year 2014/15 --term Summer --ytd --format md',
    'school-returns report html --year 2014/15 --key-stage KS2 --round Autumn --term Summer --ytd --out board.html',
  ],
  'help.per-command': 'Each command has its own help: school-returns report html --help',
  'help.formats': 'The layouts of every file it reads and writes: schemas/README.md',
  'help.version': 'print the version and stop',
} as const;

export type CliTextId = keyof typeof cliText;
