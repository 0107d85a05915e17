// Issue 14, item 1: the optional columns of schemas/catalogue/attendance.json (severe absentees,
// sessions by reason) and a half term as the period. A return with them is accepted; reasons adding up
// to more than their total are refused, naming the file, sheet and cell; to less, a query; a return
// without them is accepted exactly as before.
import { describe, expect, it } from 'vitest';
import { writeReturnWorkbook } from '../../../src/template/write-workbook.js';
import { attendanceLayout } from '../../../src/jobs/make-templates.js';
import { registerSchools } from '../../support/register.js';
import { checkOne, withRule } from '../../support/pipeline.js';

const HEADER =
  'urn,academic_year,term,pupil_group,enrolments,possible_sessions,authorised_absence,unauthorised_absence,' +
  'persistent_absentees';
const valuesOf = (r: Awaited<ReturnType<typeof checkOne>>) =>
  r.status === 'accepted' ? Object.fromEntries(r.groups[0]!.values.map((v) => [v.measure, v.value])) : {};

// 200 pupils, 24,000 possible sessions; 900 authorised = 700 illness + 150 appointments + 50 holiday;
// 300 unauthorised = 200 unauthorised holiday + 100 no reason yet; 12 severe absentees of 30 persistent.
const REASONS = 'sess_auth_illness,sess_auth_appointments,sess_auth_holiday,sess_unauth_holiday,sess_unauth_noyet';
const csv = (term: string, reasons: string) =>
  `${HEADER},severe_absentees,${REASONS}\n110001,2016/17,${term},All pupils,200,24000,900,300,30,12,${reasons}\n`;

describe('severe absentees and sessions by reason', () => {
  it('imports a return that has them, each under its catalogue code', async () => {
    const r = await checkOne('a.csv', csv('Autumn', '700,150,50,200,100'));
    expect(r.status).toBe('accepted');
    expect(r.messages.filter((m) => m.severity !== 'warning')).toEqual([]);
    expect(valuesOf(r)).toMatchObject({ severe_absentees: 12, sess_auth_illness: 700, sess_unauth_noyet: 100 });
  });

  it('refuses reasons that add up to more than their total, by name, at the total', async () => {
    // 700 + 150 + 60 = 910 sessions of authorised absence, against 900 returned.
    const r = await checkOne('a.csv', csv('Autumn', '700,150,60,200,100'));
    expect(r.status).toBe('refused');
    const [above] = withRule(r.messages, 'attendance.reasons-above-total');
    expect(above?.place).toMatchObject({ file: 'a.csv', line: 2 });
    expect(above?.text).toBe(
      'for All pupils, the reasons for authorised absence (illness, medical appointments, authorised holiday) ' +
        'add up to 910 sessions, more than the 900 sessions of authorised absence: check the reasons and the total',
    );
  });

  it('queries reasons that add up to less than their total, and accepts the return', async () => {
    // Unauthorised: 200 + 40 = 240 of 300.
    const r = await checkOne('a.csv', csv('Autumn', '700,150,50,200,40'));
    expect(r.status).toBe('accepted');
    expect(withRule(r.messages, 'attendance.reasons-below-total').map((m) => m.facts)).toMatchObject([
      { column: 'Unauthorised absence', count: 240, absence: 300 },
    ]);
  });

  it('refuses severe absentees above the pupils on roll', async () => {
    const line = `${HEADER},severe_absentees\n110001,2016/17,Autumn,All pupils,200,24000,900,300,30,201\n`;
    const r = await checkOne('a.csv', line);
    expect(withRule(r.messages, 'attendance.absent-above-roll').map((m) => m.facts)).toMatchObject([
      { column: 'Severe absentees', count: 201, roll: 200 },
    ]);
  });

  it('accepts a return without them as before', async () => {
    const r = await checkOne('a.csv', `${HEADER}\n110001,2016/17,Autumn,All pupils,200,24000,900,300,30\n`);
    expect(r.status).toBe('accepted');
    expect(r.messages).toEqual([]);
    expect(Object.keys(valuesOf(r))).toHaveLength(5);
  });

  it('takes a half term as the period, by its code or a spelling of it', async () => {
    for (const [written, code] of [
      ['Autumn 1', 'Autumn 1'],
      ['HT2', 'Autumn 2'],
      ['Summer first half term', 'Summer 1'],
    ]) {
      const r = await checkOne('a.csv', csv(written!, '700,150,50,200,100'));
      expect(r.status === 'accepted' && r.key.period).toBe(code);
    }
  });
});

describe('the attendance template', () => {
  it('carries the new columns, with validation on each input cell alone', async () => {
    const layout = attendanceLayout(registerSchools()[0]!, '2016/17', 'Autumn');
    const headings = layout.columns.map((c) => c.heading);
    expect(headings).toContain('Severe absentees');
    expect(headings).toContain('Illness');
    expect(headings).toContain('No reason yet');
    expect(layout.columns.every((c) => c.validation.type === 'whole' && c.validation.min === 0)).toBe(true);
  });

  it('refuses a workbook whose reasons exceed their total, naming the sheet and the cell', async () => {
    const bytes = await writeReturnWorkbook({
      sheetName: 'Attendance',
      header: [
        ['URN', '110001'],
        ['Academic year', '2016/17'],
        ['Term', 'Spring 2'],
      ],
      tableHeader: [
        'Pupil group',
        'Enrolments',
        'Possible sessions',
        'Authorised absence',
        'Unauthorised absence',
        'Persistent absentees',
        'Illness',
        'Late after register closed',
      ],
      rows: [['All pupils', 200, 24000, 900, 300, 30, 901, 0]],
    });
    const r = await checkOne('a.xlsx', bytes);
    expect(r.status).toBe('refused');
    expect(withRule(r.messages, 'attendance.reasons-above-total')[0]?.place).toEqual({
      file: 'a.xlsx',
      sheet: 'Attendance',
      cell: 'D6',
    });
  });
});
