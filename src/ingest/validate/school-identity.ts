// Which registered school sent the return: by URN or LAESTAB, which must agree when both are
// given (schemas/README.md §1). A LAESTAB names the school open in the return's year: a converter
// academy shares its predecessor's. A differing name only warns: schools abbreviate their own names.
import { nameKey } from '../../domain/names.js';
import type { Message } from '../../messages/message.js';
import { message } from '../../messages/message.js';
import type { ReturnIdentity } from '../normalise/normalised-return.js';
import { yearDays, type Register, type School } from '../../domain/register.js';

export function identifySchool(identity: ReturnIdentity, register: Register): { school?: School; messages: Message[] } {
  const messages: Message[] = [];
  const byUrn = identity.urn && register.byUrn(identity.urn.value);
  const byLaestab = identity.laestab && register.byLaestab(identity.laestab.value, identity.academicYear);
  if (identity.urn && !byUrn)
    messages.push(message('school.not-in-register', identity.urn.place, { identifier: `URN ${identity.urn.value}` }));
  if (identity.laestab && !byLaestab) {
    messages.push(
      message('school.not-in-register', identity.laestab.place, { identifier: `LAESTAB ${identity.laestab.value}` }),
    );
  }
  if (byUrn && byLaestab && byUrn.urn !== byLaestab.urn) {
    messages.push(
      message('school.identifiers-disagree', identity.laestab!.place, {
        urn: identity.urn!.value,
        laestab: identity.laestab!.value,
        urnSchool: byUrn.name,
        laestabSchool: byLaestab.name,
      }),
    );
    return { messages };
  }
  const school = byUrn || byLaestab || undefined;
  // A school closed before the year began cannot return for it: usually its academy, under a new URN.
  // Nor can one opened after it ended: usually the academy's new URN, for its predecessor's year.
  const year = identity.academicYear ? yearDays(identity.academicYear) : undefined;
  const identifier = () => (byUrn ? `URN ${school!.urn}` : `LAESTAB ${school!.laestab}`);
  const place = () => (byUrn ? identity.urn : identity.laestab)!.place;
  if (school?.closeDate && year && school.closeDate < year.first) {
    messages.push(
      message('school.closed', place(), {
        identifier: identifier(),
        name: school.name,
        closed: school.closeDate,
        year: identity.academicYear!,
      }),
    );
  }
  if (school?.openDate && year && school.openDate > year.last) {
    messages.push(
      message('school.not-open-yet', place(), {
        identifier: identifier(),
        name: school.name,
        opened: school.openDate,
        year: identity.academicYear!,
      }),
    );
  }
  if (school && identity.schoolName && nameKey(identity.schoolName.value) !== nameKey(school.name)) {
    messages.push(
      message('school.name-differs', identity.schoolName.place, {
        found: identity.schoolName.value,
        registered: school.name,
      }),
    );
  }
  return { ...(school && messages.every((m) => m.severity !== 'error') ? { school } : {}), messages };
}
