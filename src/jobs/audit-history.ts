// A school's history in the store, oldest first: every return imported (accepted, refused,
// superseded), every query resolved and every amendment, with who and when.
import type { Store } from '../store/open-store.js';
import { schoolHistory } from '../store/queries/school-history.js';

export interface AuditEntry {
  at: string;
  what: string;
}

export async function auditHistory(store: Store, urn: string): Promise<AuditEntry[]> {
  const { returns, amendments, resolutions } = await schoolHistory(store, urn);
  const entries: AuditEntry[] = returns.map((r) => ({
    at: r.imported_at,
    what:
      `return ${r.id} imported from ${r.file_name}${r.part ? ` [${r.part}]` : ''}: ${r.kind} ${[r.key_stage, r.academic_year, r.period].filter(Boolean).join(' ')}, ${r.status}` +
      `${r.queries ? `, ${r.queries} ${r.queries === 1 ? 'query' : 'queries'}` : ''}${r.errors ? `, ${r.errors} ${r.errors === 1 ? 'error' : 'errors'}` : ''}${r.superseded_by ? `; superseded by return ${r.superseded_by}` : ''}`,
  }));
  for (const a of amendments) {
    entries.push({
      at: a.amended_at,
      what: `return ${a.return_id}: ${a.measure} for ${a.pupil_group} amended from ${a.old_value ?? 'blank'} to ${a.new_value} by ${a.amended_by}: "${a.reason}"`,
    });
  }
  for (const x of resolutions) {
    entries.push({
      at: x.resolved_at,
      what: `return ${x.return_id}: query ${x.message_id} ${x.outcome} by ${x.resolved_by}: "${x.reason}" (query: ${x.text})`,
    });
  }
  return entries.sort((a, b) => a.at.localeCompare(b.at));
}
