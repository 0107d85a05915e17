// A school's history in the store, oldest first: every return imported (accepted, refused,
// superseded), every query resolved and every amendment (its measure and pupil group by their
// labels), with who and when.
import { catalogue } from '../domain/catalogue.js';
import { cycleText } from '../messages/cycle-text.js';
import type { Store } from '../store/open-store.js';
import { schoolHistory } from '../store/queries/school-history.js';

export interface AuditEntry {
  at: string;
  what: string;
}

export async function auditHistory(store: Store, urn: string): Promise<AuditEntry[]> {
  const { returns, amendments, resolutions } = await schoolHistory(store, urn);
  // A person reads the audit: a measure and a pupil group by their labels, never their codes.
  const cat = catalogue();
  const label = (find: () => { label: string }, code: string) => {
    try {
      return find().label;
    } catch {
      return code;
    }
  };
  const entries: AuditEntry[] = returns.map((r) => ({
    at: r.imported_at,
    what: cycleText['audit.return-imported']({
      id: r.id,
      file: r.file_name,
      part: r.part,
      kind: r.kind,
      keyStage: r.key_stage,
      academicYear: r.academic_year,
      period: r.period,
      status: r.status,
      queries: r.queries,
      errors: r.errors,
      supersededBy: r.superseded_by,
    }),
  }));
  for (const a of amendments) {
    entries.push({
      at: a.amended_at,
      what: cycleText['audit.amended']({
        returnId: a.return_id,
        measure: label(() => cat.measure(a.measure), a.measure),
        group: label(() => cat.pupilGroup(a.pupil_group), a.pupil_group),
        oldValue: a.old_value,
        newValue: a.new_value,
        by: a.amended_by,
        reason: a.reason,
      }),
    });
  }
  for (const x of resolutions) {
    entries.push({
      at: x.resolved_at,
      what: cycleText['audit.resolved']({
        returnId: x.return_id,
        queryId: x.message_id,
        outcome: x.outcome,
        by: x.resolved_by,
        reason: x.reason,
        text: x.text,
      }),
    });
  }
  return entries.sort((a, b) => a.at.localeCompare(b.at));
}
