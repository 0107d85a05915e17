// What `import` prints: one line per file. A file holding many schools' returns (a CSV export)
// gets one line with its counts, and beneath it a line for each return refused, so a folder of
// city-wide exports reads as a short list and no refusal is hidden. --verbose lists every return.
import type { FoundFile } from '../ingest/find-files.js';
import type { ImportResult, ReturnOutcome } from '../jobs/import-returns.js';
import { cliText } from '../messages/cli-text.js';
import { formatMessage, placeInFile } from '../messages/message.js';

const LABEL_WIDTH = 21;
const queriesOf = (o: ReturnOutcome) => o.messages.filter((m) => m.severity === 'query').length;
const label = (text: string) => text.padEnd(LABEL_WIDTH - 1);

function refusalReason(o: ReturnOutcome): string {
  const errors = o.messages.filter((m) => m.severity === 'error');
  const first = errors[0];
  if (!first) return cliText['import.no-return-found'];
  return cliText['import.first-error'](placeInFile(first.place), first.text, errors.length - 1);
}

/** One return on its own line: a single-return file, or a part under its file's line. */
function returnLine(o: ReturnOutcome, what: string): string {
  if (o.status === 'already-imported') {
    const when = o.copyOf ? cliText['import.same-file-as'](o.copyOf) : cliText['import.unchanged-since'](o.importedAt);
    return `${label(cliText['import.already-imported'])} ${what} (${when})`;
  }
  if (o.status === 'refused') return `${label(cliText['import.refused'])} ${what}: ${refusalReason(o)}`;
  const notes = [
    o.part ? '' : o.description,
    o.supersededReturnId ? cliText['import.supersedes'](o.supersededReturnId, o.answersLeftBehind ?? 0) : '',
  ].filter(Boolean);
  return (
    `${label(cliText['import.accepted'](queriesOf(o)))} ` + `${what}${notes.length > 0 ? ` (${notes.join(', ')})` : ''}`
  );
}

function fileLine(file: string, parts: readonly ReturnOutcome[]): string {
  const n = (s: ReturnOutcome['status']) => parts.filter((o) => o.status === s).length;
  const [accepted, refused, already] = [n('accepted'), n('refused'), n('already-imported')];
  const queries = parts.reduce((sum, o) => sum + (o.status === 'accepted' ? queriesOf(o) : 0), 0);
  const status =
    refused === parts.length
      ? cliText['import.refused']
      : refused > 0
        ? cliText['import.refused-some'](refused, parts.length)
        : already === parts.length
          ? cliText['import.already-imported']
          : cliText['import.accepted'](queries);
  return `${label(status)} ${file} (${cliText['import.file-counts'](parts.length, accepted, refused, already)})`;
}

/** A file that is not a return, skipped, on a line like the others. */
export function skippedLine({ name, special }: FoundFile): string {
  const why = special ? cliText['import.not-a-regular-file'](name, special) : cliText['import.not-a-return-file'](name);
  return `${label(cliText['import.skipped'])} ${why}`;
}

export function importLines(result: ImportResult, verbose: boolean): string[] {
  const byFile = new Map<string, ReturnOutcome[]>();
  // Pushed, not copied: a bulk CSV of 50,000 schools' returns copied each time took 25 s (issue 17).
  for (const o of result.outcomes) {
    const parts = byFile.get(o.file);
    if (parts) parts.push(o);
    else byFile.set(o.file, [o]);
  }
  const lines: string[] = [];
  // One push a line: a return's messages (200,000 for a file of duplicate lines) are too many as arguments.
  const pushMessages = (o: ReturnOutcome) => {
    if (verbose) for (const m of o.messages) lines.push(`      ${formatMessage(m)}`);
  };
  for (const [file, parts] of byFile) {
    // A file of one return (a workbook, or a CSV for one school) reads as that return.
    if (parts.length === 1) {
      const { part: _part, ...only } = parts[0]!;
      lines.push(returnLine(only, file));
      pushMessages(only);
      continue;
    }
    lines.push(fileLine(file, parts));
    for (const part of parts) {
      if (verbose || part.status === 'refused' || part.answersLeftBehind) {
        lines.push(`  ${returnLine(part, part.description || part.part || '')}`);
        pushMessages(part);
      }
    }
  }
  return lines;
}
