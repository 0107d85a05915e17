// The message for a workbook the zip pre-check refused: one rule for each way it failed.
import type { Limits } from '../../../schemas/settings.schema.js';
import { message, type Message, type Place } from '../../messages/message.js';
import type { ZipProblem } from './zip-precheck.js';

const MB = 1024 * 1024;

export function zipRefusal(problem: ZipProblem, place: Place, limits: Limits): Message {
  switch (problem.problem) {
    case 'truncated':
      return message('file.truncated', place);
    case 'not-a-workbook':
      return message('file.misnamed', place, { actual: 'a zip archive without a workbook in it' });
    case 'too-many-parts':
      return message('file.too-many-parts', place, { parts: problem.entries, limit: limits.zipEntries });
    case 'too-large':
      return message('file.too-large', place, {
        megabytes: Math.ceil(problem.uncompressedBytes / MB),
        limit: limits.zipUncompressedBytes / MB,
      });
    case 'compression-ratio':
      return message('file.compression-ratio', place, { part: problem.part, limit: limits.zipRatio });
    case 'duplicate-part':
      return message('file.duplicate-part', place, { part: problem.part });
    case 'bad-crc':
      return message('file.bad-crc', place, { part: problem.part });
    case 'size-mismatch':
      return message('file.size-mismatch', place, {
        part: problem.part,
        declared: problem.declared,
        actual: problem.actual,
      });
    case 'unreadable':
      return message('file.unreadable', place, { detail: problem.detail });
    case 'too-many-cells':
      return message('sheet.too-many-cells', place, { cells: problem.cells, limit: limits.sheetCells });
    case 'too-many-merges':
      return message('sheet.too-many-merges', place, { ranges: problem.ranges, limit: limits.mergedRanges });
    case 'merge-too-large':
      return message('sheet.merge-too-large', place, { cells: problem.cells, limit: limits.mergedCells });
  }
}
