// What must hold of a store after any crash or race (issue 11, items 1 and 4), as a list of what
// does not, so a failing test says which return broke which rule.
import { sql } from 'kysely';
import { storedRows, type TempStore } from '../support/temp-store.js';
import type { ExpectedPart } from './import-processes.js';

export async function storeProblems(store: TempStore, parts: readonly ExpectedPart[]): Promise<string[]> {
  const problems: string[] = [];
  // SQLite's own check of its file; a PostgreSQL server keeps its pages whole itself.
  if (store.dialect.name === 'sqlite') {
    const check = (await sql<{ integrity_check: string }>`pragma integrity_check`.execute(store.db)).rows;
    if (check.map((r) => r.integrity_check).join() !== 'ok') problems.push(`integrity_check: ${JSON.stringify(check)}`);
  }

  const rows = await storedRows(store);
  const count = (list: readonly { return_id: number }[]) => {
    const n = new Map<number, number>();
    for (const { return_id } of list) n.set(return_id, (n.get(return_id) ?? 0) + 1);
    return n;
  };
  const [groups, values] = [count(rows.groups), count(rows.values)];
  const expected = new Map(parts.map((p) => [`${p.sha256} ${p.part}`, p]));
  const acceptedParts = new Set<string>();
  const current = new Set<string>();
  for (const r of rows.returns) {
    const [g, v] = [groups.get(r.id) ?? 0, values.get(r.id) ?? 0];
    const what = `return ${r.id} (${r.part || r.file_name}, ${r.status})`;
    if (r.status === 'refused') {
      if (g + v > 0) problems.push(`${what} has ${g} groups and ${v} values`);
      continue;
    }
    const key = `${r.sha256} ${r.part}`;
    const part = expected.get(key);
    if (!part) problems.push(`${what} is no part of the files imported`);
    else if (g !== part.groups || v !== part.values)
      problems.push(`${what} has ${g} groups and ${v} values; the file holds ${part.groups} and ${part.values}`);
    if (acceptedParts.has(key)) problems.push(`${what} is a second accepted copy of its part`);
    acceptedParts.add(key);
    const identity = [r.kind, r.urn, r.academic_year, r.key_stage, r.period].join(' ');
    if (r.superseded_by === null && current.has(identity)) problems.push(`${what} is a second current ${identity}`);
    if (r.superseded_by === null) current.add(identity);
  }
  return problems;
}

/** How many of the parts have an accepted return. */
export async function acceptedCount(store: TempStore): Promise<number> {
  return (await storedRows(store)).returns.filter((r) => r.status === 'accepted').length;
}
