// An attendance report's period from --term or --half-term (issue 14): a half term is given as its
// number in the year, 1 to 6 as the DfE counts them, or as the catalogue writes it (Spring 1, HT3);
// its term follows from it. --ytd then sums the year from Autumn 1 to it.
import type { Term } from '../aggregate/attendance/index.js';
import { catalogue } from '../domain/catalogue.js';
import { cliText } from '../messages/cli-text.js';
import { termFlag } from './catalogue-flags.js';
import { CliError } from './cli-io.js';

type Flag = string | boolean | undefined;

/** The term, and the half term when one was given. Exactly one of the two flags. */
export function periodFlags(term: Flag, halfTerm: Flag): { term: Term; halfTerm?: string } {
  if ((term === undefined) === (halfTerm === undefined)) throw new CliError(cliText['flag.term-or-half-term']);
  if (halfTerm === undefined) return { term: termFlag(term) };
  const halves = catalogue().halfTerms;
  const given = String(halfTerm).trim();
  const half = /^\d+$/.test(given) ? halves[Number(given) - 1] : catalogue().halfTermIndex.find(given);
  if (!half) throw new CliError(cliText['flag.half-term'](given, halves.length));
  return { term: half.term as Term, halfTerm: half.code };
}

/** A half term's figures are for officers: they are not in the publication suppression is decided over. */
export function refusePublishedHalfTerm(halfTerm: string | undefined, published: Flag, format?: Flag): void {
  if (halfTerm === undefined) return;
  if (published) throw new CliError(cliText['flag.half-term-published'](halfTerm));
  if (format === 'ees') throw new CliError(cliText['flag.half-term-published'](halfTerm));
}
