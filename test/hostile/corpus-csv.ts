// Hostile CSV files: too many lines, too long a line or field, too many columns, duplicates, bytes
// of other kinds, and the encodings Excel and MIS exports really write.
import iconv from 'iconv-lite';
import { attendanceCsv, long, wide } from './returns.js';
import type { Cases } from './corpus-case.js';

const ATT_HEADER =
  'urn,academic_year,term,pupil_group,enrolments,possible_sessions,authorised_absence,' +
  'unauthorised_absence,persistent_absentees\n';

export const csvCases: Cases = {
  'good-wide.csv': (urn) => wide(urn),
  'good-long.csv': (urn) => long(urn),
  'good-attendance.csv': (urn) => attendanceCsv(urn),
  'good-semicolon.csv': (urn) => wide(urn).replaceAll(',', ';'),
  'good-bom.csv': (urn) => '\uFEFF' + wide(urn),
  'good-utf16.csv': (urn) => Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(wide(urn), 'utf-16le')]),
  'good-double-crlf.csv': (urn) => wide(urn).replaceAll('\r\n', '\r\r\n'),
  // 820,000 duplicate lines, 50 MB (issue 17).
  'lines-820000-duplicates.csv': (urn) =>
    ATT_HEADER + `${urn},2014/15,Autumn,All pupils,419,57551,1789,775,12\n`.repeat(820_000),
  'lines-4000-duplicates.csv': (urn) =>
    ATT_HEADER + `${urn},2014/15,Autumn,All pupils,419,57551,1789,775,12\n`.repeat(4_000),
  'field-10mb.csv': (urn) => wide(urn, { rows: [['All pupils', 58, '4'.repeat(10_000_000), 12, 52, 49, 51]] }),
  'field-40000-chars-quoted.csv': (urn) =>
    wide(urn, { rows: [['All pupils', 58, ('4'.repeat(99) + '\n').repeat(400), 12, 52, 49, 51]] }),
  'cell-long-digits.csv': (urn) => wide(urn, { rows: [['All pupils', 58, '4'.repeat(30_000) + 'x', 12, 52, 49, 51]] }),
  'columns-100000.csv': () => Array.from({ length: 100_000 }, (_, i) => `c${i}`).join(',') + '\n1\n',
  'columns-1001.csv': () => Array.from({ length: 1001 }, (_, i) => `c${i}`).join(',') + '\n1\n',
  'mean-nan.csv': (urn) =>
    wide(urn, { academicYear: '2015/16', measures: ['ks2_read_prog'], rows: [['All pupils', 30, 'NaN']] }),
  'mean-infinity.csv': (urn) =>
    wide(urn, { academicYear: '2015/16', measures: ['ks2_read_prog'], rows: [['All pupils', 30, 'Infinity']] }),
  'count-1e999.csv': (urn) => wide(urn, { rows: [['All pupils', 58, '1e999', 12, 52, 49, 51]] }),
  'quote-never-closed.csv': (urn) => wide(urn).replace('All pupils', '"All pupils'),
  'header-only.csv': (urn) => wide(urn).split('\r\n')[0] + '\r\n',
  'blank-lines.csv': () => '\r\n\r\n\r\n',
  'layout-unknown.csv': () => 'school,figure\r\n110001,4\r\n',
  'header-duplicate.csv': (urn) => wide(urn).replace('cohort', 'urn'),
  'line-ragged.csv': (urn) => wide(urn).replace('Boys,30', 'Boys,30,,,'),
  'nul-bytes.csv': (urn) => wide(urn).replace('Boys', 'Bo\u0000ys'),
  'zip-named-csv.csv': () => Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]),
  'html-named-csv.csv': () => '<!DOCTYPE html><html><body><table><tr><td>1</td></tr></table></body></html>',
  'empty.csv': () => '',
};
