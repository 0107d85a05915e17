// A return under the URN of a school that closed before the return's year (an academy converter
// has a new URN) is refused; one for a year the school was still open is not.
import { describe, expect, it } from 'vitest';
import { identifySchool } from '../../../src/ingest/validate/school-identity.js';
import { openIn, registerOf, type School } from '../../../src/domain/register.js';
import type { ReturnIdentity } from '../../../src/ingest/normalise/normalised-return.js';
import { gist, gistOf } from '../../messages/expect-message.js';

const closed: School = {
  urn: '109871',
  laestab: '8742027',
  laCode: '874',
  name: 'Orchard Park Primary School',
  phase: 'Primary',
  type: 'Community school',
  status: 'Closed',
  closeDate: '2013-08-31',
};
const identity = (academicYear: string): ReturnIdentity => ({
  kind: 'attendance',
  file: 'a.xlsx',
  academicYear,
  period: 'Autumn',
  urn: { value: '109871', place: { file: 'a.xlsx', sheet: 'Attendance', cell: 'B1' } },
});

describe('a closed school', () => {
  it('refuses a return for a year that began after the school closed', () => {
    const { school, messages } = identifySchool(identity('2014/15'), registerOf([closed]));
    expect(school).toBeUndefined();
    expect(messages.map(gist)).toEqual([
      gistOf(
        'school.closed',
        { sheet: 'Attendance', cell: 'B1' },
        { identifier: 'URN 109871', name: 'Orchard Park Primary School', closed: '2013-08-31', year: '2014/15' },
      ),
    ]);
  });

  it('accepts the school for a year it was open in', () => {
    expect(identifySchool(identity('2012/13'), registerOf([closed])).messages).toEqual([]);
  });
});

describe('openIn', () => {
  it('counts a school since closed in the years it was open, and an open school always', () => {
    expect([openIn(closed, '2012/13'), openIn(closed, '2013/14')]).toEqual([true, false]);
    expect(openIn({ ...closed, status: 'Open', closeDate: undefined } as School, '2030/31')).toBe(true);
  });
});
