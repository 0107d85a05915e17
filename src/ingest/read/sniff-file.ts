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

/** OLE containers hold either an old .xls or an encrypted .xlsx (its EncryptedPackage stream). */
function oleKind(bytes: Uint8Array): FileKind {
  const probe = Buffer.from(bytes.subarray(0, Math.min(bytes.length, 1 << 20))).toString('utf16le');
  if (probe.includes('EncryptedPackage') || probe.includes('EncryptionInfo'))
    return { kind: 'refused', ruleId: 'file.encrypted' };
  return { kind: 'refused', ruleId: 'file.xls' };
}

/** The kind of `bytes`, given the extension of the name it came under. */
export function sniffFile(bytes: Uint8Array, fileName: string): FileKind {
  const ext = fileName.toLowerCase().split('.').pop() ?? '';
  const namedWorkbook = ext === 'xlsx' || ext === 'xlsm' || ext === 'xls';
  if (bytes.length === 0) return { kind: 'refused', ruleId: 'file.empty' };
  if (startsWith(bytes, OLE)) return oleKind(bytes);
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
