// The sentences of the return cycle (status, challenge, audit): beside rules.ts, for messages
// that are about the store's records rather than a place in a file. Each has a stable id; the
// jobs and commands that print them take their words from here.

/** Where a school's return stands (jobs/return-status.ts): `status` and its chase list say it in words. */
export type ReturnState = 'accepted' | 'accepted-with-queries' | 'refused' | 'not-returned';

/** A school's line in `status`: jobs/return-status.ts's SchoolStatus is one. */
export interface StatusFacts {
  state: ReturnState;
  urn: string;
  name: string;
  openQueries: number;
  importedAt?: string | undefined;
  reason?: string | undefined;
}

/** A query as `challenge list` shows it, from the store's row. */
export interface ListedQuery {
  id: number;
  urn: string | null;
  schoolName: string | null;
  keyStage: string | null;
  academicYear: string | null;
  period: string | null;
  sheet: string | null;
  cell: string | null;
  line: number | null;
  text: string;
  outcome: string | null;
  resolvedBy: string | null;
}

/** A return's entry in the audit. */
export interface AuditedReturn {
  id: number;
  file: string;
  /** Which return of a many-school file; '' for a workbook. */
  part: string;
  kind: string;
  keyStage: string | null;
  academicYear: string | null;
  period: string | null;
  status: string;
  queries: number;
  errors: number;
  supersededBy: number | null;
}

const counted = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Each state in the words `status` and the chase list print. */
const STATE_WORDS = {
  'status.accepted': 'accepted',
  'status.accepted-with-queries': 'accepted with open queries',
  'status.refused': 'refused',
  'status.not-returned': 'not returned',
} as const satisfies Record<`status.${ReturnState}`, string>;

/** A state in words: "accepted with open queries". */
export const stateInWords = (state: ReturnState): string => STATE_WORDS[`status.${state}`];

export const cycleText = {
  'query.not-found': (id: number) =>
    `there is no open query ${id} on a current return: see school-returns challenge list`,
  'query.already-resolved': (id: number, outcome: string, by: string, at: string) =>
    `query ${id} was already ${outcome} by ${by} on ${at.slice(0, 10)}`,
  'query.no-figure': (id: number) =>
    `query ${id} is about more than one figure: say which with --group CODE --measure CODE`,
  'query.unknown-figure': (group: string, measure: string) =>
    `the return has no pupil group ${group} or ${measure} is not a measure of its key stage and year: ` +
    'see the codes in schemas/catalogue',
  'query.amend-not-a-count': (value: number, cohort: number) =>
    `${value} is not a number of pupils from 0 to the cohort of ${cohort}`,
  'query.amended': (id: number, oldValue: number | undefined, newValue: number) =>
    `query ${id} resolved: amended from ${oldValue ?? 'blank'} to ${newValue}; the return itself is unchanged`,
  'query.accepted': (id: number) => `query ${id} resolved: accepted as returned`,
  /** One line of `challenge list`: number, state, school, return, place and the query's sentence. */
  'query.listed': (q: ListedQuery) => {
    const where = q.sheet ? `${q.sheet}!${q.cell}` : q.line ? `line ${q.line}` : '';
    const state = q.outcome ? `${q.outcome} by ${q.resolvedBy}` : 'open';
    return (
      `${String(q.id).padStart(5)}  ${state.padEnd(20)} URN ${q.urn} ${q.schoolName ?? ''} ` +
      `${q.keyStage ?? ''} ${q.academicYear} ${q.period} ${where}: ${q.text}`
    );
  },

  ...STATE_WORDS,
  /** One school's line of `status`: its state, URN, name, when, and why refused or how many open. */
  'status.school': (s: StatusFacts) => {
    const when = s.importedAt ? ` (${s.importedAt.slice(0, 10)})` : '';
    const detail = s.state === 'refused' ? `: ${s.reason}` : s.openQueries ? `: ${s.openQueries} open` : '';
    return `${stateInWords(s.state).padEnd(28)}${s.urn}  ${s.name}${when}${detail}`;
  },
  'status.summary': (n: { schools: number; accepted: number; withQueries: number; refused: number; missing: number }) =>
    `${n.schools} schools: ${n.accepted} accepted, ` +
    `${n.withQueries} with open queries, ${n.refused} refused, ${n.missing} not returned`,

  'audit.return-imported': (r: AuditedReturn) =>
    `return ${r.id} imported from ${r.file}${r.part ? ` [${r.part}]` : ''}: ` +
    `${r.kind} ${[r.keyStage, r.academicYear, r.period].filter(Boolean).join(' ')}, ${r.status}` +
    `${r.queries ? `, ${counted(r.queries, 'query', 'queries')}` : ''}` +
    `${r.errors ? `, ${counted(r.errors, 'error', 'errors')}` : ''}` +
    `${r.supersededBy ? `; superseded by return ${r.supersededBy}` : ''}`,
  'audit.amended': (a: {
    returnId: number;
    measure: string;
    group: string;
    oldValue: number | null;
    newValue: number;
    by: string;
    reason: string;
  }) =>
    `return ${a.returnId}: ${a.measure} for ${a.group} amended from ${a.oldValue ?? 'blank'} to ${a.newValue} ` +
    `by ${a.by}: "${a.reason}"`,
  'audit.resolved': (x: {
    returnId: number;
    queryId: number;
    outcome: string;
    by: string;
    reason: string;
    text: string;
  }) => `return ${x.returnId}: query ${x.queryId} ${x.outcome} by ${x.by}: "${x.reason}" (query: ${x.text})`,
  /** One line of `audit`: when (to the minute) and what. */
  'audit.entry': (at: string, what: string) => `${at.slice(0, 16).replace('T', ' ')}  ${what}`,
  'audit.nothing': (urn: string) =>
    `nothing in the store for URN ${urn}: check the URN (school-returns status lists every school)`,
} as const;

export type CycleTextId = keyof typeof cycleText;
