// What the import must make of each file of the hostile corpus (generate-corpus.ts), worked out
// from schemas/README.md, not from a run: accepted (stored, no query), query (stored, with the
// queries named), refused (nothing stored but the refusal, with the errors named), or already
// imported (a copy of a file accepted earlier in the run). `rules` are the ids of the errors and
// queries said, warnings aside.
import type { RuleId } from '../../src/messages/rules.js';

export type Outcome = 'accepted' | 'query' | 'refused' | 'already-imported';
export interface Expected {
  outcome: Outcome;
  rules?: RuleId[];
}

const accepted: Expected = { outcome: 'accepted' };
const refused = (...rules: RuleId[]): Expected => ({ outcome: 'refused', rules });
const query = (...rules: RuleId[]): Expected => ({ outcome: 'query', rules });

export const MANIFEST: Record<string, Expected> = {
  // Good returns, in every encoding and layout the tool reads.
  'good-proforma.xlsx': accepted,
  'good-attendance.xlsx': accepted,
  'good-wide.csv': accepted,
  'good-long.csv': accepted,
  'good-attendance.csv': accepted,
  'good-semicolon.csv': accepted,
  'good-bom.csv': accepted,
  'good-utf16.csv': accepted,
  'good-double-crlf.csv': accepted,
  'name-\u001b[31m-escape.xlsx': accepted,
  'name-new\naccepted forged.xlsx': accepted,
  'school-name-hostile.xlsx': accepted,
  'sheet-merged-in-header.xlsx': accepted,
  'sheet-whole-column-validation.xlsx': accepted,
  'mean-finite.xlsx': accepted,
  // A formula is read by its saved result: 0 is 0, a data table's result is its figure.
  'formula-saved-zero.xlsx': accepted,
  'formula-saved-zero-attendance.xlsx': accepted,
  'formula-data-table.xlsx': accepted,
  'formula-no-result.xlsx': query('cell.formula-without-result'),
  'formula-no-result-cohort.xlsx': refused('cohort.formula-without-result'),
  'formula-no-result-attendance.xlsx': refused('attendance.formula-without-result'),
  // Figures that cannot all be true.
  'single-part-above-whole.xlsx': query('subset.above-whole'),
  // Boys 40 + Girls 40 against All pupils 58, and each far from the whole's rates.
  'parts-above-whole.xlsx': query('partition.above-whole', 'challenge.group-far-from-whole'),
  'cohort-zero-all-pupils.xlsx': refused('cohort.invalid'),
  // 85 of a cohort of 58 is above it, and above Reading L4+ (52).
  'count-as-percentage.xlsx': refused('count.above-cohort', 'implication.breach'),
  'count-negative.xlsx': refused('count.negative'),
  'percent-over-100.xlsx': refused('cell.percent-out-of-range'),
  'cell-excel-error.xlsx': refused('cell.excel-error'),
  'group-control-characters.xlsx': refused('group.unknown'),
  'group-duplicate.xlsx': refused('group.duplicate'),
  'urn-right-to-left.xlsx': refused('header.unrecognised'),
  'school-not-in-register.xlsx': refused('school.not-in-register'),
  'sheet-ambiguous.xlsx': refused('sheet.ambiguous'),
  'sheet-no-table.xlsx': refused('table.not-found'),
  'sheet-not-found.xlsx': refused('sheet.not-found'),
  // Text no pattern may run over: read as what it is, at once.
  'cell-long-digits.xlsx': refused('cell.not-a-number'),
  'cell-long-digits-percent.xlsx': refused('cell.not-a-number'),
  'cell-long-digits.csv': refused('cell.not-a-number'),
  'cell-long-header-value.xlsx': refused('header.unrecognised'),
  // Numbers that are not finite.
  'mean-nan.xlsx': refused('cell.not-a-number'),
  'mean-infinity.xlsx': refused('cell.not-a-number'),
  'mean-1e999.xlsx': refused('cell.not-a-number'),
  'mean-nan.csv': refused('cell.not-a-number'),
  'mean-infinity.csv': refused('cell.not-a-number'),
  'count-1e999.csv': refused('cell.not-a-number'),
  // Zips that lie, bomb, repeat or damage their parts.
  'zip-bomb-declared.xlsx': refused('file.too-large'),
  'zip-bomb-lying.xlsx': refused('file.compression-ratio'),
  'zip-lying-sizes.xlsx': refused('file.size-mismatch'),
  'zip-too-many-parts.xlsx': refused('file.too-many-parts'),
  'zip-duplicate-name.xlsx': refused('file.duplicate-part'),
  'zip-bad-crc.xlsx': refused('file.bad-crc'),
  'zip-size-mismatch.xlsx': refused('file.size-mismatch'),
  'zip-unknown-method.xlsx': refused('file.unreadable'),
  'zip-broken-deflate.xlsx': refused('file.unreadable'),
  'zip-part-not-xml.xlsx': refused('file.unreadable'),
  'zip-no-workbook.xlsx': refused('file.misnamed'),
  'zip-empty.xlsx': refused('file.misnamed'),
  'zip-truncated-half.xlsx': refused('file.truncated'),
  'zip-truncated-header.xlsx': refused('file.truncated'),
  // Sheets too big for the reader, or merged over the figures.
  'sheet-merge-whole-sheet.xlsx': refused('sheet.merge-too-large'),
  'sheet-merge-huge-column.xlsx': refused('sheet.merge-too-large'),
  'sheet-many-merges.xlsx': refused('sheet.too-many-merges'),
  'sheet-merged-over-values.xlsx': refused('table.merged-cells'),
  'sheet-too-many-cells.xlsx': refused('sheet.too-many-cells'),
  'sheet-column-1001.xlsx': refused('sheet.too-many-columns'),
  'sheet-cell-40000-chars.xlsx': refused('cell.too-long'),
  'sheet-bad-shared-string.xlsx': refused('file.unreadable'),
  'sheet-broken-xml.xlsx': refused('file.unreadable'),
  // CSV past its caps, or not a CSV return.
  'lines-820000-duplicates.csv': refused('csv.too-many-lines'),
  'lines-4000-duplicates.csv': refused('group.duplicate', 'messages.more-like-these'),
  'field-10mb.csv': refused('csv.line-too-long'),
  'field-40000-chars-quoted.csv': refused('csv.field-too-long'),
  'columns-100000.csv': refused('csv.line-too-long'),
  'columns-1001.csv': refused('csv.too-many-columns'),
  'quote-never-closed.csv': refused('csv.malformed'),
  'header-only.csv': refused('csv.no-rows'),
  'blank-lines.csv': refused('csv.blank'),
  'layout-unknown.csv': refused('csv.unknown-layout'),
  'header-duplicate.csv': refused('csv.duplicate-header'),
  'line-ragged.csv': refused('csv.ragged-row'),
  'nul-bytes.csv': refused('file.not-a-return'),
  'zip-named-csv.csv': refused('file.not-a-return'),
  'html-named-csv.csv': refused('file.not-a-return'),
  'empty.csv': refused('file.empty'),
  // Files that are not what their names say.
  'old-excel.xlsx': refused('file.xls'),
  'encrypted.xlsx': refused('file.encrypted'),
  'word-document.xlsx': refused('file.misnamed'),
  'pdf.xlsx': refused('file.misnamed'),
  'html.xlsx': refused('file.misnamed'),
  'csv-named-xlsx.xlsx': refused('file.misnamed'),
  'random-binary.xlsx': refused('file.misnamed'),
  // 0 bytes, as empty.csv before it in the run: refused as its copy.
  'empty.xlsx': refused('file.copy-of-refused'),
  // Copies of files met earlier in the run.
  'zz-copy-of-good.xlsx': { outcome: 'already-imported' },
  'zz-copy-of-refused.xlsx': refused('file.copy-of-refused'),
};
