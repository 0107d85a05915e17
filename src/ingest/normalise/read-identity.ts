// The header block's values, read tolerantly (schemas/README.md §1: "Key Stage 2", "KS 2"; 2014-15,
// 2014/2015, 201415) into a ReturnIdentity, with a message for each missing or unreadable one.
import { returnsFormat } from '../../../schemas/formats/returns.schema.js';
import type { AcademicYear } from '../../domain/academic-year.js';
import type { Catalogue } from '../../domain/catalogue.js';
import type { Message } from '../../messages/message.js';
import { message } from '../../messages/message.js';
import { cellText, isBlank } from '../read/raw-sheet.js';
import type { LocatedCell, LocatedReturn } from '../locate/located-return.js';
import { headerValue, isIdentityField } from './header-values.js';
import type { Found, ReturnIdentity } from './normalised-return.js';

const labelOf = (code: string) => returnsFormat.headerFields.find((f) => f.code === code)?.label ?? code;

export function readIdentity(
  located: LocatedReturn,
  cat: Catalogue,
): { identity: ReturnIdentity; messages: Message[] } {
  const messages: Message[] = [];
  const identity: ReturnIdentity = {
    kind: located.kind,
    file: located.file,
    ...(located.part ? { part: located.part } : {}),
  };
  const cell = (code: string): LocatedCell | undefined => {
    const c = located.header[code];
    return c && !isBlank(c.value) ? c : undefined;
  };
  const unrecognised = (code: string, c: LocatedCell, expected: string) =>
    messages.push(
      message('header.unrecognised', c.place, { label: labelOf(code), found: cellText(c.value), expected }),
    );
  const read = (code: string, expected: string): Found<string> | undefined => {
    const c = cell(code);
    if (!c) return undefined;
    const value = headerValue(code, cellText(c.value), cat);
    if (value === undefined) unrecognised(code, c, expected);
    return value === undefined ? undefined : { value, place: c.place };
  };

  const urn = read('urn', 'a URN of 6 digits');
  const laestab = read('laestab', 'the LA code and establishment number, as 874/2001 or 8742001');
  if (urn) identity.urn = urn;
  if (laestab) identity.laestab = laestab;
  if (!cell('urn') && !cell('laestab'))
    messages.push(message('header.missing', located.headerPlace, { label: 'URN or LAESTAB' }));
  const name = cell('school_name');
  if (name) identity.schoolName = { value: cellText(name.value), place: name.place };

  const year = read('academic_year', 'a year as 2014/15');
  if (year) identity.academicYear = year.value as AcademicYear;
  // An attendance return is for the whole school: a "Key stage" row in one is not read.
  if (located.kind === 'predictions') {
    const keyStage = read('key_stage', cat.keyStages.map((k) => k.code).join(', '));
    if (keyStage) identity.keyStage = keyStage.value;
  }
  const periodField = located.kind === 'predictions' ? 'round' : 'term';
  const periods = located.kind === 'predictions' ? cat.rounds : [...cat.terms, ...cat.halfTerms];
  const periodNames = periods.map((p) => p.label).join(', ');
  const period = read(periodField, `one of ${periodNames}`);
  if (period) identity.period = period.value;

  // A label given twice: refused only when the two mean different schools, years, key stages or
  // periods; "2014/15" and "2014-15" agree, and a second School name or date is let be.
  const means = (c: LocatedCell, code: string) => headerValue(code, cellText(c.value), cat) ?? cellText(c.value);
  for (const [code, repeats] of Object.entries(located.headerRepeats ?? {})) {
    const first = located.header[code];
    if (!isIdentityField(code) || !first || !repeats || (code === 'key_stage' && located.kind !== 'predictions'))
      continue;
    for (const repeat of repeats) {
      if (means(repeat, code) === means(first, code)) continue;
      messages.push(
        message('header.duplicate', repeat.place, {
          label: labelOf(code),
          first: cellText(first.value),
          firstAt: first.place.cell ?? '',
          found: cellText(repeat.value),
        }),
      );
    }
  }
  for (const code of returnsFormat.kinds[located.kind].requiredHeader) {
    if (!cell(code)) messages.push(message('header.missing', located.headerPlace, { label: labelOf(code) }));
  }
  return { identity, messages };
}
