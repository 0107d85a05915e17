// The attendance tables take their columns from the catalogue they are given, not the shipped
// one: a column and rate added to the attendance catalogue (severe absentees, pupils counted by
// their absence) are in the tidy table, a count of pupils and a rate in percent.
import { describe, expect, it } from 'vitest';
import { catalogue } from '../../../src/domain/catalogue.js';
import { attendanceTidyTable } from '../../../src/publish/attendance/attendance-tables.js';
import { attendanceFixture } from './attendance-fixture.js';
import { withSevereAbsence as withSevere, withoutSevereAbsence } from '../../support/catalogue-with-severe-absence.js';

const report = attendanceFixture({ returned: 'Ash', missing: 'Birch', group: 'North' });
const kinds = (table: ReturnType<typeof attendanceTidyTable>) =>
  Object.fromEntries(table.columns.map((c) => [c.code, c.kind]));

describe('the attendance tidy table', () => {
  it('has the columns of the catalogue it is given', () => {
    expect(kinds(attendanceTidyTable(report, withoutSevereAbsence))).not.toHaveProperty('severe_absentees');
    expect(kinds(attendanceTidyTable(report, withSevere))).toMatchObject({
      severe_absentees: 'count',
      severe_absence_rate: 'rate',
      persistent_absentees: 'count',
      overall_absence_rate: 'rate',
      gap_overall_absence: 'gap',
      rank_overall_absence: 'number',
      area_name: 'text',
    });
  });

  it('keeps a school called c a name, not the symbol for a withheld figure', () => {
    const table = attendanceTidyTable(
      attendanceFixture({ returned: 'c', missing: 'Birch', group: 'North' }),
      catalogue(),
    );
    const at = table.columns.findIndex((c) => c.code === 'area_name');
    expect(table.rows[0]!.cells[at]).toEqual({ text: 'c' });
  });
});
