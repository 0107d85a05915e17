// What a header value means, however it is written (schemas/README.md §1: "Key Stage 2", "KS 2";
// 2014-15, 2014/2015, 201415; 874/2001): the one reading that tells two spellings apart from two
// values, wherever a return's identity is read or compared.
import { parseAcademicYear } from '../../domain/academic-year.js';
import type { Catalogue } from '../../domain/catalogue.js';

/** The most characters a header value may have to be read: no pattern runs on longer (schemas/README.md §8). */
export const MAX_HEADER_TEXT = 200;

/** 6 digits. */
export function readUrn(text: string): string | undefined {
  const t = text.trim();
  return /^\d{6}$/.test(t) ? t : undefined;
}

/** 874/2001, 874 2001, 874-2001 or 8742001 as 8742001. */
export function readLaestab(text: string): string | undefined {
  // One separator at most, so nothing backtracks over a run of spaces.
  const m = /^(\d{3})\s*(?:[/-]\s*)?(\d{4})$/.exec(text.trim());
  return m ? m[1]! + m[2]! : undefined;
}

/**
 * The canonical value of an identity field (urn, laestab, academic_year, key_stage, round,
 * term) as written, or undefined when it cannot be read or the field is not one of these.
 */
export function headerValue(code: string, text: string, cat: Catalogue): string | undefined {
  if (text.length > MAX_HEADER_TEXT) return undefined;
  switch (code) {
    case 'urn':
      return readUrn(text);
    case 'laestab':
      return readLaestab(text);
    case 'academic_year':
      return parseAcademicYear(text);
    case 'key_stage':
      return cat.keyStageIndex.find(text)?.code;
    case 'round':
      return cat.roundIndex.find(text)?.code;
    case 'term':
      // A return may cover a term or one half of it (key-stages.json `halfTerms`).
      return cat.termIndex.find(text)?.code ?? cat.halfTermIndex.find(text)?.code;
    default:
      return undefined;
  }
}

/** Whether the field is one headerValue reads. */
export const isIdentityField = (code: string) =>
  ['urn', 'laestab', 'academic_year', 'key_stage', 'round', 'term'].includes(code);
