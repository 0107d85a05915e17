// Each school's earlier attendance returns, for the enrolment-change query: loaded once per
// import, and kept up to date as the import stores more, so a run of several terms sees its own.
import type { Catalogue } from '../../domain/catalogue.js';
import { startYearOf } from '../../domain/academic-year.js';
import type { StoreReader } from '../../store/open-store.js';
import { wholeSchoolEnrolments } from '../../store/queries/attendance-history.js';
import type { AcceptedReturn } from '../../ingest/validate/validated-return.js';
import type { PreviousEnrolments } from './attendance-rules.js';

interface Entry {
  order: number;
  period: string;
  enrolments: number;
}

export class AttendanceHistory {
  private readonly bySchool = new Map<string, Entry[]>();

  private constructor(private readonly cat: Catalogue) {}

  static async load(store: StoreReader, cat: Catalogue): Promise<AttendanceHistory> {
    const history = new AttendanceHistory(cat);
    for (const r of await wholeSchoolEnrolments(store, cat.wholeCohort)) {
      if (r.urn && r.academic_year && r.period) history.record(r.urn, r.academic_year, r.period, r.value);
    }
    return history;
  }

  private order(academicYear: string, term: string): number {
    // A half term stands at its term's place: the enrolment query compares with the return before.
    const termCode = this.cat.halfTerms.find((h) => h.code === term)?.term ?? term;
    return startYearOf(academicYear) * 10 + (this.cat.terms.find((t) => t.code === termCode)?.order ?? 0);
  }

  record(urn: string, academicYear: string, term: string, enrolments: number): void {
    const list = this.bySchool.get(urn) ?? [];
    const order = this.order(academicYear, term);
    this.bySchool.set(urn, [
      ...list.filter((e) => e.order !== order),
      { order, period: `${term} ${academicYear}`, enrolments },
    ]);
  }

  /** An accepted return's whole-school pupils on roll, kept for the returns after it. */
  recordReturn(ret: AcceptedReturn): void {
    const pupils = ret.groups
      .find((g) => g.pupilGroup === this.cat.wholeCohort)
      ?.values.find((v) => v.measure === this.cat.attendanceColumns.pupilsOnRoll.code);
    if (pupils) this.record(ret.key.urn, ret.key.academicYear, ret.key.period, pupils.value);
  }

  readonly previous: PreviousEnrolments = (urn, academicYear, term) => {
    const order = this.order(academicYear, term);
    const earlier = (this.bySchool.get(urn) ?? []).filter((e) => e.order < order).sort((a, b) => b.order - a.order)[0];
    return earlier && { enrolments: earlier.enrolments, period: earlier.period };
  };
}
