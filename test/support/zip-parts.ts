// Edits one part of an xlsx (a zip of XML files), to make the damaged or awkward workbooks that
// exceljs will not write itself.
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

/** `bytes` with the part `name` (e.g. "xl/worksheets/sheet1.xml") rewritten by `edit`. */
export function rewritePart(bytes: Uint8Array, name: string, edit: (xml: string) => string): Buffer {
  const parts = unzipSync(bytes);
  const part = parts[name];
  if (!part) throw new Error(`no part ${name} in the workbook`);
  const edited = edit(strFromU8(part));
  if (edited === strFromU8(part)) throw new Error(`the edit changed nothing in ${name}`);
  parts[name] = strToU8(edited);
  return Buffer.from(zipSync(parts));
}
