// What a file really is, from its first bytes rather than its name (pitfalls.md: .xls, encrypted
// workbooks, CSV or HTML renamed .xlsx all fail in the zip reader with the same cryptic error).
import type { RuleId } from '../../messages/rules.js';
import { isUtf16 } from './decode-text.js';

export type FileKind = { kind: 'xlsx' } | { kind: 'csv' } | { kind: 'refused'; ruleId: RuleId; actual?: string };

const startsWith = (bytes: Uint8Array, sig: readonly number[]) => sig.every((b, i) => bytes[i] === b);
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP = [0x50, 0x4b, 0x05, 0x06];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const PDF = [0x25, 0x50, 0x44, 0x46];

function describeText(head: string): string | undefined {
  const t = head
    .replace(/^\uFEFF/, '')
    .trimStart()
    .toLowerCase();
  if (t.startsWith('<!doctype html') || t.startsWith('<html') || t.startsWith('<table')) return 'an HTML page';
  if (t.startsWith('<?xml')) return 'an XML file';
  if (t.startsWith('{') || t.startsWith('[')) return 'a JSON file';
  return undefined;
}

function looksLikeText(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 4096);
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0 || b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1a)) return false;
  }
  return true;
}

const utf16 = (name: string) => Buffer.from(name, 'utf16le');
const OLE_STREAMS = {
  encrypted: [utf16('EncryptedPackage'), utf16('EncryptionInfo')],
  word: [utf16('WordDocument')],
  powerPoint: [utf16('PowerPoint Document')],
};

/**
 * OLE containers hold an old .xls, an encrypted .xlsx (its EncryptedPackage stream), a Word .doc or
 * a PowerPoint .ppt, told by the names of their streams. The directory can lie anywhere in the file
 * (past the first 1 MB of a large encrypted workbook), so the whole file is searched (natively: fast).
 */
function oleKind(bytes: Uint8Array, namedWorkbook: boolean): FileKind {
  const all = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const has = (names: readonly Buffer[]) => names.some((name) => all.includes(name));
  if (has(OLE_STREAMS.encrypted)) return { kind: 'refused', ruleId: 'file.encrypted' };
  // One with none of these names is taken for an .xls, as before (most OLE files a school sends are).
  const other = has(OLE_STREAMS.word)
    ? 'a Word document (.doc)'
    : has(OLE_STREAMS.powerPoint)
      ? 'a PowerPoint presentation (.ppt)'
      : undefined;
  if (!other) return { kind: 'refused', ruleId: 'file.xls' };
  return { kind: 'refused', ruleId: namedWorkbook ? 'file.misnamed' : 'file.not-a-return', actual: other };
}

/** The kind of `bytes`, given the extension of the name it came under. */
export function sniffFile(bytes: Uint8Array, fileName: string): FileKind {
  const ext = fileName.toLowerCase().split('.').pop() ?? '';
  const namedWorkbook = ext === 'xlsx' || ext === 'xlsm' || ext === 'xls';
  if (bytes.length === 0) return { kind: 'refused', ruleId: 'file.empty' };
  if (startsWith(bytes, OLE)) return oleKind(bytes, namedWorkbook);
  if (startsWith(bytes, ZIP) || startsWith(bytes, EMPTY_ZIP)) {
    return ext === 'csv'
      ? { kind: 'refused', ruleId: 'file.not-a-return', actual: 'a zip or workbook named .csv' }
      : { kind: 'xlsx' };
  }
  if (startsWith(bytes, PDF))
    return { kind: 'refused', ruleId: namedWorkbook ? 'file.misnamed' : 'file.not-a-return', actual: 'a PDF document' };
  if (isUtf16(bytes))
    return namedWorkbook ? { kind: 'refused', ruleId: 'file.misnamed', actual: 'a text (CSV) file' } : { kind: 'csv' };
  if (looksLikeText(bytes)) {
    const head = Buffer.from(bytes.subarray(0, 512)).toString('latin1');
    const other = describeText(head);
    if (other) return { kind: 'refused', ruleId: namedWorkbook ? 'file.misnamed' : 'file.not-a-return', actual: other };
    if (namedWorkbook) return { kind: 'refused', ruleId: 'file.misnamed', actual: 'a text (CSV) file' };
    return { kind: 'csv' };
  }
  return {
    kind: 'refused',
    ruleId: namedWorkbook ? 'file.misnamed' : 'file.not-a-return',
    actual: 'a binary file of an unknown kind',
  };
}
