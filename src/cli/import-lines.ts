// What `import` prints: one line per file. A file holding many schools' returns (a CSV export)
// gets one line with its counts, and beneath it a line for each return refused, so a folder of
// city-wide exports reads as a short list and no refusal is hidden. --verbose lists every return.
import type { ImportResult, ReturnOutcome } from '../jobs/import-returns.js';
import { formatMessage, placeInFile } from '../messages/message.js';

const LABEL_WIDTH = 21;
const queriesOf = (o: ReturnOutcome) => o.messages.filter((m) => m.severity === 'query').length;
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const label = (text: string) => text.padEnd(LABEL_WIDTH - 1);

function refusalReason(o: ReturnOutcome): string {
  const errors = o.messages.filter((m) => m.severity === 'error');
  const first = errors[0];
  if (!first) return 'no return found';
  const more = errors.length > 1 ? ` (+${errors.length - 1} more)` : '';
  return `${placeInFile(first.place) || 'file'}: ${first.text}${more}`;
}

function acceptedLabel(queries: number): string {
  return queries > 0 ? `accepted, ${plural(queries, 'query', 'queries')}` : 'accepted';
}

/** One return on its own line: a single-return file, or a part under its file's line. */
function returnLine(o: ReturnOutcome, what: string): string {
  if (o.status === 'already-imported') {
    const when = o.copyOf
      ? `the same file as ${o.copyOf}, imported once`
      : `on ${o.importedAt?.slice(0, 16).replace('T', ' ')}, unchanged`;
    return `${label('already imported')} ${what} (${when})`;
  }
  if (o.status === 'refused') return `${label('refused')} ${what}: ${refusalReason(o)}`;
  const leftBehind = o.answersLeftBehind
    ? `; ${o.answersLeftBehind === 1 ? 'the query answered on it stays with it' : `the ${o.answersLeftBehind} queries answered on it stay with it`}: see audit, and challenge again`
    : '';
  const notes = [
    o.part ? '' : o.description,
    o.supersededReturnId ? `supersedes return ${o.supersededReturnId}${leftBehind}` : '',
  ].filter(Boolean);
  return `${label(acceptedLabel(queriesOf(o)))} ${what}${notes.length > 0 ? ` (${notes.join(', ')})` : ''}`;
}

function fileLine(file: string, parts: readonly ReturnOutcome[]): string {
  const n = (s: ReturnOutcome['status']) => parts.filter((o) => o.status === s).length;
  const [accepted, refused, already] = [n('accepted'), n('refused'), n('already-imported')];
  const queries = parts.reduce((sum, o) => sum + (o.status === 'accepted' ? queriesOf(o) : 0), 0);
  const status =
    refused === parts.length
      ? 'refused'
      : refused > 0
        ? `refused ${refused} of ${parts.length}`
        : already === parts.length
          ? 'already imported'
          : acceptedLabel(queries);
  const counts = [
    accepted > 0 ? `${accepted} accepted` : '',
    refused > 0 ? `${refused} refused` : '',
    already > 0 ? `${already} already imported` : '',
  ].filter(Boolean);
  return `${label(status)} ${file} (${parts.length} returns: ${counts.join(', ')})`;
}

export function importLines(result: ImportResult, verbose: boolean): string[] {
  const byFile = new Map<string, ReturnOutcome[]>();
  for (const o of result.outcomes) byFile.set(o.file, [...(byFile.get(o.file) ?? []), o]);
  const lines: string[] = [];
  const messagesOf = (o: ReturnOutcome) => (verbose ? o.messages.map((m) => `      ${formatMessage(m)}`) : []);
  for (const [file, parts] of byFile) {
    // A file of one return (a workbook, or a CSV for one school) reads as that return.
    if (parts.length === 1) {
      const { part: _part, ...only } = parts[0]!;
      lines.push(returnLine(only, file), ...messagesOf(only));
      continue;
    }
    lines.push(fileLine(file, parts));
    for (const part of parts) {
      if (verbose || part.status === 'refused' || part.answersLeftBehind)
        lines.push(`  ${returnLine(part, part.description || part.part || '')}`, ...messagesOf(part));
    }
  }
  return lines;
}
