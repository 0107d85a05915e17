// An attendance column's checks, rate, sums and suppression follow from its role in
// schemas/catalogue/attendance.json: a column added there alone (severe absentees, pupils counted
// by their absence) is checked against the pupils on roll, gets the rate declared over it, is not
// summed over terms, and is withheld when few, with no code change.
import { describe, expect, it } from 'vitest';
import { settings } from '../../../schemas/settings.schema.js';
import type { NormalisedReturn } from '../../../src/ingest/normalise/normalised-return.js';
import { attendanceRulesFor } from '../../../src/returns/attendance/attendance-rules.js';
import { attendanceRates, sumCounts, yearToDate } from '../../../src/aggregate/attendance/index.js';
import type { AttendanceReport, PeriodFigures } from '../../../src/aggregate/attendance/attendance-report.js';
import { auditedSuppression } from '../../../src/disclosure/engine.js';
import { withholdSmallNumbers } from '../../../src/disclosure/suppress-attendance.js';
import { gist, gistOf } from '../../messages/expect-message.js';
import { withSevereAbsence as withSevere } from '../../support/catalogue-with-severe-absence.js';

const period = { academicYear: '2016/17', term: 'Autumn' as const };
const place = (cell: string) => ({ file: 'a.xlsx', sheet: 'Attendance', cell });
function attendanceReturn(figures: Record<string, number>): NormalisedReturn {
  return {
    identity: { kind: 'attendance', file: 'a.xlsx', academicYear: '2016/17', period: 'Autumn' },
    messages: [],
    groups: [
      {
        pupilGroup: 'all',
        place: place('A8'),
        values: Object.entries(figures).map(([measure, value], i) => ({
          measure,
          value,
          returned: String(value),
          place: place(`${String.fromCharCode(66 + i)}8`),
        })),
      },
    ],
  };
}
// A term of 200 pupils: 24,000 possible sessions (120 each), 1,200 sessions missed (5.0%).
const term = {
  enrolments: 200,
  possible_sessions: 24_000,
  authorised_absence: 900,
  unauthorised_absence: 300,
  persistent_absentees: 20,
};

describe('an attendance column added in the catalogue alone', () => {
  it('is read by its role as pupils counted by their absence', () => {
    expect(withSevere.attendanceColumns.pupilsAbsent.map((c) => c.code)).toEqual([
      'persistent_absentees',
      'severe_absentees',
    ]);
    expect(withSevere.attendanceColumns.summedOverTerms('severe_absentees')).toBe(false);
  });

  it('refuses more severe absentees than pupils on roll, naming the column', () => {
    const messages = attendanceRulesFor(withSevere)(attendanceReturn({ ...term, severe_absentees: 201 }));
    // Severe absentees are the sixth figure, in G8, after enrolments in B8.
    expect(messages.filter((m) => m.ruleId === 'attendance.absent-above-roll').map(gist)).toEqual([
      gistOf(
        'attendance.absent-above-roll',
        { sheet: 'Attendance', cell: 'G8' },
        { group: 'All pupils', column: 'Severe absentees', count: 201, roll: 200, rollLabel: 'Enrolments' },
      ),
    ]);
    expect(messages.find((m) => m.ruleId === 'attendance.absent-above-roll')?.severity).toBe('error');
  });

  it('queries its rate above the limit declared beside it', () => {
    // 11 of 200 pupils = 5.5%, above 5%; 10 of 200 = 5.0%, not above.
    const above = attendanceRulesFor(withSevere)(attendanceReturn({ ...term, severe_absentees: 11 }));
    const at = attendanceRulesFor(withSevere)(attendanceReturn({ ...term, severe_absentees: 10 }));
    // The rate is placed at its base, enrolments (B8).
    expect(above.filter((m) => m.ruleId === 'attendance.high-absence').map(gist)).toEqual([
      gistOf(
        'attendance.high-absence',
        { sheet: 'Attendance', cell: 'B8' },
        { rate: 'Severe absence', group: 'All pupils', percent: '5.5', limit: 5 },
      ),
    ]);
    expect(at.filter((m) => m.ruleId === 'attendance.high-absence')).toEqual([]);
  });

  it('leaves a return without the column as it was', () => {
    expect(attendanceRulesFor(withSevere)(attendanceReturn(term))).toEqual([]);
  });

  it('gets the rate declared over it, from counts', () => {
    // 11 severe absentees of 200 pupils = 5.5%; persistent 20 of 200 = 10%.
    const rates = attendanceRates({ ...term, severe_absentees: 11 }, withSevere.attendanceColumns);
    expect(rates.severe_absence_rate).toBeCloseTo(5.5, 10);
    expect(rates.persistent_absence_rate).toBeCloseTo(10, 10);
  });

  it('is summed across schools only where every school gave it, and taken from the latest term over a year', () => {
    const cols = withSevere.attendanceColumns;
    expect(
      sumCounts(
        [
          { ...term, severe_absentees: 3 },
          { ...term, severe_absentees: 4 },
        ],
        cols,
      ).severe_absentees,
    ).toBe(7);
    expect(sumCounts([{ ...term, severe_absentees: 3 }, term], cols).severe_absentees).toBeUndefined();
    // Pupils are not summed over terms: Autumn 3, Spring 5 gives the Spring 5, sessions 24,000 + 24,000.
    const ytd = yearToDate(
      { Autumn: { ...term, severe_absentees: 3 }, Spring: { ...term, severe_absentees: 5 } },
      'Spring',
      cols,
    );
    expect(ytd.status === 'complete' && [ytd.counts.severe_absentees, ytd.counts.possible_sessions]).toEqual([
      5, 48_000,
    ]);
  });

  it('is withheld with its rate when 1 to the threshold pupils, in a published report', () => {
    const cols = withSevere.attendanceColumns;
    const counts = { ...term, severe_absentees: 3 };
    const figures: PeriodFigures = { status: 'returned', counts, rates: attendanceRates(counts, cols) };
    const trend = { classification: 'insufficient data' as const, from: period, to: period, terms: 1 };
    const report: AttendanceReport = {
      ...period,
      yearToDate: false,
      phase: 'all',
      published: { threshold: 4 },
      schools: [{ urn: '100001', name: 'Ash', phase: 'primary', byGroup: new Map([['all', figures]]), trend }],
      areas: [],
    };
    const shown = withholdSmallNumbers(
      report,
      4,
      { catalogue: withSevere, settings },
      auditedSuppression,
    ).schools[0]!.byGroup.get('all')!;
    expect(shown.status === 'returned' && [shown.withheld, shown.rates.severe_absence_rate]).toEqual([
      'persistent',
      undefined,
    ]);
    // The overall absence rate (5.0%) is not built on pupils counted by absence: it stays.
    expect(shown.status === 'returned' && shown.rates.overall_absence_rate).toBeCloseTo(5, 10);
  });
});
