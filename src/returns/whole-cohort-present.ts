// A rule every kind of return shares: its table has an All pupils row (schemas/README.md §1, §3).
import { message } from '../messages/message.js';
import type { ReturnRule } from './return-kind.js';

/** The table has an All pupils row (kept or refused on its own account); unread tables are already refused. */
export const wholeCohortPresent: ReturnRule = (ret, { catalogue }) => {
  const whole = catalogue.wholeCohort;
  if (!ret.table || ret.table.pupilGroups.includes(whole)) return [];
  return [message('group.whole-missing', ret.table.firstRow, { label: catalogue.pupilGroup(whole).label })];
};
