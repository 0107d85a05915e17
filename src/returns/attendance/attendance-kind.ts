// Termly attendance returns (schemas/README.md §3-4): sessions and pupils by pupil group.
import { wholeCohortPresent } from '../whole-cohort-present.js';
import type { ReturnKind } from '../return-kind.js';
import { AttendanceHistory } from './attendance-history.js';
import { attendanceRules, enrolmentChange } from './attendance-rules.js';
import { normaliseAttendance } from './normalise-attendance.js';

export const attendanceKind: ReturnKind = {
  name: 'attendance',
  normalise: normaliseAttendance,
  rules: [wholeCohortPresent, attendanceRules],
  async loadHistory(store, { catalogue }) {
    const history = await AttendanceHistory.load(store, catalogue);
    return {
      rules: (ret, school) => enrolmentChange(ret, school.urn, history.previous, catalogue),
      record: (ret) => history.recordReturn(ret),
    };
  },
};
