// The header block's values, read tolerantly (formats.md §1: "Key Stage 2", "KS 2"; 2014-15,
// 2014/2015, 201415) into a ReturnIdentity, with a message for each missing or unreadable one.
import { returnsFormat } from '../../../schemas/formats/returns.schema.js';
import { parseAcademicYear } from '../../catalogue/academic-year.js';
import { catalogue } from '../../catalogue/catalogue.js';
import type { NameIndex } from '../../catalogue/names.js';
import type { Message } from '../../messages/message.js';
import { message } from '../../messages/rules.js';
import { cellText, isBlank } from '../read/raw-sheet.js';
import type { LocatedCell, LocatedReturn } from '../locate/located-return.js';
import type { Found, ReturnIdentity } from './normalised-return.js';

const labelOf = (code: string) => returnsFormat.headerFields.find((f) => f.code === code)?.label ?? code;

/** 6 digits. */
export function readUrn(text: string): string | undefined {
  const t = text.trim();
  return /^\d{6}$/.test(t) ? t : undefined;
}

/** 874/2001, 874 2001, 874-2001 or 8742001 as 8742001. */
export function readLaestab(text: string): string | undefined {
  const m = /^(\d{3})\s*[/\-\s]?\s*(\d{4})$/.exec(text.trim());
  return m ? m[1]! + m[2]! : undefined;
}

export function readIdentity(located: LocatedReturn): { identity: ReturnIdentity; messages: Message[] } {
  const cat = catalogue();
  const messages: Message[] = [];
  const identity: ReturnIdentity = { kind: located.kind, file: located.file, ...(located.part ? { part: located.part } : {}) };
  const cell = (code: string): LocatedCell | undefined => {
    const c = located.header[code];
    return c && !isBlank(c.value) ? c : undefined;
  };
  const unrecognised = (code: string, c: LocatedCell, expected: string) =>
    messages.push(message('header.unrecognised', c.place, { label: labelOf(code), found: cellText(c.value), expected }));
  const readWith = <T>(code: string, read: (t: string) => T | undefined, expected: string): Found<T> | undefined => {
    const c = cell(code);
    if (!c) return undefined;
    const value = read(cellText(c.value));
    if (value === undefined) unrecognised(code, c, expected);
    return value === undefined ? undefined : { value, place: c.place };
  };
  const fromIndex = (code: string, index: NameIndex<{ code: string }>, expected: string) =>
    readWith(code, (t) => index.find(t)?.code, expected)?.value;

  const urn = readWith('urn', readUrn, 'a URN of 6 digits');
  const laestab = readWith('laestab', readLaestab, 'the LA code and establishment number, as 874/2001 or 8742001');
  if (urn) identity.urn = urn;
  if (laestab) identity.laestab = laestab;
  if (!cell('urn') && !cell('laestab')) messages.push(message('header.missing', located.headerPlace, { label: 'URN or LAESTAB' }));
  const name = cell('school_name');
  if (name) identity.schoolName = { value: cellText(name.value), place: name.place };

  const year = readWith('academic_year', parseAcademicYear, 'a year as 2014/15');
  if (year) identity.academicYear = year.value;
  // An attendance return is for the whole school: a "Key stage" row in one is not read.
  if (located.kind === 'predictions') {
    const keyStage = fromIndex('key_stage', cat.keyStageIndex, cat.keyStages.map((k) => k.code).join(', '));
    if (keyStage) identity.keyStage = keyStage;
  }
  const periodField = located.kind === 'predictions' ? 'round' : 'term';
  const periods = located.kind === 'predictions' ? cat.roundIndex : cat.termIndex;
  const periodNames = (located.kind === 'predictions' ? cat.rounds : cat.terms).map((p) => p.label).join(', ');
  const period = fromIndex(periodField, periods, `one of ${periodNames}`);
  if (period) identity.period = period;

  // A label given twice: refused only when the two mean different schools, years, key stages or
  // periods; "2014/15" and "2014-15" agree, and a second School name or date is let be.
  const meaning: Partial<Record<string, (t: string) => string | undefined>> = {
    urn: readUrn, laestab: readLaestab, academic_year: parseAcademicYear,
    key_stage: (t) => cat.keyStageIndex.find(t)?.code, round: (t) => cat.roundIndex.find(t)?.code, term: (t) => cat.termIndex.find(t)?.code,
  };
  for (const [code, repeats] of Object.entries(located.headerRepeats ?? {})) {
    const read = meaning[code];
    const first = located.header[code];
    if (!read || !first || !repeats || (code === 'key_stage' && located.kind !== 'predictions')) continue;
    const firstMeans = read(cellText(first.value)) ?? cellText(first.value);
    for (const repeat of repeats) {
      if ((read(cellText(repeat.value)) ?? cellText(repeat.value)) === firstMeans) continue;
      messages.push(message('header.duplicate', repeat.place, { label: labelOf(code), first: cellText(first.value), firstAt: first.place.cell ?? '', found: cellText(repeat.value) }));
    }
  }
  for (const code of returnsFormat.kinds[located.kind].requiredHeader) {
    if (!cell(code)) messages.push(message('header.missing', located.headerPlace, { label: labelOf(code) }));
  }
  return { identity, messages };
}
