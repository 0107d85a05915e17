// The attendance period as the HTML's sentences name a term: the term, or a half term as "spring 1
// half" (…"spring 1 half term"), so every title and caption reads the period the figures are of.
import { htmlText } from '../../messages/html-text.js';

export function termWords(p: { term: string; halfTerm?: string | undefined }): string {
  return p.halfTerm === undefined ? p.term : htmlText['html-attendance.half-term'](p.halfTerm);
}
