// CSV text as the fixtures' sources write it (GIAS, MIS exports, bulk returns): one small writer
// so every generated CSV quotes, separates and ends its lines the same way.

/** CSV text; only a field that needs it is quoted, as in GIAS's own files. */
export function csvLines(rows: readonly (readonly (string | number)[])[], eol = '\r\n', sep = ','): string {
  const field = (v: string) => (v.includes(sep) || /["\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
  return rows.map((r) => r.map((v) => field(String(v))).join(sep)).join(eol) + eol;
}
