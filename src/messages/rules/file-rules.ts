// Rules about the file as a whole (empty, the wrong format, unreadable, too large) and about a CSV
// that cannot be parsed or laid out as a return. Part of the one catalogue in ../rules.ts.
import { rule } from './rule.js';

export const fileRules = {
  // The file as a whole
  'file.empty': rule('error', () => 'the file is empty (0 bytes): ask the school to send it again'),
  'file.xls': rule(
    'error',
    () =>
      'this is an old Excel 97-2003 workbook (.xls), not .xlsx: open it in Excel, ' +
      'save it as "Excel Workbook (.xlsx)" and import that',
  ),
  'file.encrypted': rule(
    'error',
    () => 'the workbook is password-protected: ask the school to remove the password and send it again',
  ),
  'file.truncated': rule(
    'error',
    () => 'the file is an incomplete zip (cut short in sending or saving): ask the school to send it again',
  ),
  'file.misnamed': rule<{ actual: string }>(
    'error',
    ({ actual }) =>
      `the file is named as a workbook but is ${actual}: save it from Excel as .xlsx, or rename it to what it is`,
  ),
  'file.unreadable': rule<{ detail: string }>(
    'error',
    ({ detail }) => `the workbook cannot be read (${detail}): open it in Excel, save it again and re-import it`,
  ),
  'file.reader-fault': rule<{ detail: string }>(
    'error',
    ({ detail }) =>
      `school-returns failed while reading this file (${detail}): the fault is in school-returns, ` +
      'not necessarily the file; send the file to its maintainers',
  ),
  'file.copy-of-refused': rule<{ other: string }>(
    'error',
    ({ other }) => `this is byte for byte the same as ${other}, where it was refused: see that file's messages`,
  ),
  'file.too-many-parts': rule<{ parts: number; limit: number }>(
    'error',
    ({ parts, limit }) =>
      `the workbook is made of ${parts} parts, more than the ${limit} a return may: ` +
      'send only the return sheet, saved as a new workbook',
  ),
  'file.too-large': rule<{ megabytes: number; limit: number }>(
    'error',
    ({ megabytes, limit }) =>
      `the workbook expands to at least ${megabytes} MB, more than the ${limit} MB a return may: ` +
      'send only the return sheet',
  ),
  'file.compression-ratio': rule<{ part: string; limit: number }>(
    'error',
    ({ part, limit }) =>
      `the workbook's part ${part} expands to more than ${limit} times its stored size, as no workbook saved ` +
      'by Excel does (a zip bomb): send only the return sheet, saved again from Excel',
  ),
  'file.duplicate-part': rule<{ part: string }>(
    'error',
    ({ part }) =>
      `the workbook holds two parts named ${part}, and which one is read is not defined: ` +
      'open it in Excel, save it again and send that',
  ),
  'file.bad-crc': rule<{ part: string }>(
    'error',
    ({ part }) =>
      `the workbook's part ${part} fails its checksum (CRC), so it was damaged after it was saved: ` +
      'ask the school to send it again',
  ),
  'file.size-mismatch': rule<{ part: string; declared: number; actual: number }>(
    'error',
    ({ part, declared, actual }) =>
      `the workbook's part ${part} says it holds ${declared} bytes but holds ${actual}: ` +
      'the zip is damaged or forged; ask the school to save it again from Excel',
  ),
  'file.too-slow': rule<{ seconds: number }>(
    'error',
    ({ seconds }) =>
      `reading the file took more than ${seconds} s, the limit for one file: ` +
      'send only the return sheet, saved as a new workbook',
  ),
  'file.too-much-memory': rule<{ megabytes: number }>(
    'error',
    ({ megabytes }) =>
      `reading the file needed more than ${megabytes} MB of memory, the limit for one file: ` +
      'send only the return sheet, saved as a new workbook',
  ),
  'file.not-a-return': rule<{ actual: string }>(
    'error',
    ({ actual }) => `this is ${actual}, not an .xlsx or .csv return: import the return itself`,
  ),
  'file.read-failed': rule<{ detail: string }>(
    'error',
    ({ detail }) => `the file could not be read from disk (${detail}): check the path and its permissions`,
  ),
  'file.not-found': rule('error', () => 'no such file or folder: check the path'),

  // CSV
  'csv.windows-1252': rule(
    'warning',
    () =>
      'the file is not UTF-8, so it was read as Windows-1252 (Excel\'s "CSV" encoding): ' +
      'check names with accents or curly quotes',
  ),
  'csv.malformed': rule<{ detail: string }>(
    'error',
    ({ detail }) => `the CSV cannot be parsed (${detail}): check for an unclosed quote near this line`,
  ),
  'csv.ragged-row': rule<{ found: number; expected: number }>(
    'error',
    ({ found, expected }) =>
      `this line has ${found} fields but the header has ${expected}: remove the extra separators or quote the value`,
  ),
  'csv.duplicate-header': rule<{ heading: string }>(
    'error',
    ({ heading }) => `the column "${heading}" appears twice in the header: keep one`,
  ),
  'csv.unknown-layout': rule<{ expected: string }>(
    'error',
    ({ expected }) => `the header is not a layout this tool reads: expected ${expected}`,
  ),
  'csv.cohort-inconsistent': rule<{ group: string; first: string; found: string }>(
    'error',
    ({ group, first, found }) =>
      `the cohort for ${group} is ${found} here but ${first} on an earlier line: give one cohort for each pupil group`,
  ),
  'csv.duplicate-value': rule<{ measure: string; group: string; firstLine: number }>(
    'error',
    ({ measure, group, firstLine }) =>
      `${measure} for ${group} is given twice (first on line ${firstLine}): keep one line for it`,
  ),
  'csv.too-many-lines': rule<{ limit: number }>(
    'error',
    ({ limit }) => `the CSV has more than ${limit} lines, the most a file may: split it, or export only the returns`,
  ),
  'csv.line-too-long': rule<{ limit: number }>(
    'error',
    ({ limit }) => `this line is longer than ${limit} characters, the most a line may: check the export`,
  ),
  'csv.field-too-long': rule<{ limit: number }>(
    'error',
    ({ limit }) =>
      `a field on this line is longer than ${limit} characters, the most a cell may hold: ` +
      'check for a quote opened and never closed',
  ),
  'csv.too-many-columns': rule<{ found: number; limit: number }>(
    'error',
    ({ found, limit }) => `this line has ${found} fields, more than the ${limit} a return may: check the separators`,
  ),
  'csv.blank': rule('error', () => 'the CSV has only blank lines, no header and no data: export it again'),
  'csv.no-rows': rule('error', () => 'the CSV has a header but no data lines: export it again with its rows'),

  // Any return
  'return.check-fault': rule<{ detail: string }>(
    'error',
    ({ detail }) =>
      `school-returns failed while checking this return (${detail}): the fault is in school-returns, ` +
      'not necessarily the return; send the file to its maintainers',
  ),
  'messages.more-like-these': rule<{ rule: string; more: number }>(
    'error',
    ({ rule: id, more }) => `and ${more} more errors like the ones above (${id}), not listed: mend those and re-import`,
  ),
} as const;
