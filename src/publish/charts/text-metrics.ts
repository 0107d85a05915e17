/**
 * Text widths for Vega's layout when no canvas exists (Node). Vega's fallback guesses
 * 0.8 em a character, which is about 30% too wide for DejaVu Sans: long school names were
 * cut short and margins grew. These are DejaVu Sans advance widths (per 1000 em) for
 * ASCII 32–126, read from the font files installed here; other characters get a
 * deliberately wide guess. Browsers using Liberation Sans or Arial draw narrower text,
 * so the layout stays safe when the SVG is shown elsewhere.
 */

// prettier-ignore
const REGULAR = [
  318,401,460,838,636,950,780,275,390,390,500,838,318,361,318,337,
  636,636,636,636,636,636,636,636,636,636,337,337,838,838,838,531,
  1000,684,686,698,770,632,575,775,752,295,295,656,557,863,748,787,
  603,787,695,635,611,732,684,989,685,611,685,390,337,390,838,500,
  500,613,635,550,635,615,352,635,634,278,278,579,278,974,634,612,
  635,635,411,521,392,634,592,818,592,592,525,636,337,636,838,
];
// prettier-ignore
const BOLD = [
  348,456,521,838,696,1002,872,306,457,457,523,838,380,415,380,365,
  696,696,696,696,696,696,696,696,696,696,400,400,838,838,838,580,
  1000,774,762,734,830,683,683,821,837,372,372,775,637,995,837,850,
  733,850,770,720,682,812,774,1103,771,724,725,457,365,457,838,500,
  500,675,716,593,716,678,435,716,712,343,343,665,343,1042,712,687,
  716,716,493,595,478,712,652,924,645,652,582,712,365,712,838,
];

const OTHER_REGULAR = 700;
const OTHER_BOLD = 800;

/** The fields of a Vega scenegraph text item that matter for width. */
export interface TextItem {
  fontSize?: number | string;
  fontWeight?: number | string;
  limit?: number;
}

function isBold(weight: number | string | undefined): boolean {
  return weight === 'bold' || weight === 'bolder' || Number(weight) >= 600;
}

/** Width in pixels of `text` drawn in DejaVu Sans at `fontSize`. */
export function dejaVuWidth(text: string, fontSize: number, bold = false): number {
  const table = bold ? BOLD : REGULAR;
  let units = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    units += (code >= 32 && code <= 126 ? table[code - 32] : undefined) ?? (bold ? OTHER_BOLD : OTHER_REGULAR);
  }
  return (units / 1000) * fontSize;
}

/**
 * A drop-in for Vega's `textMetrics.width(item, text)`. A line wider than the item's
 * limit is measured at the limit, since Vega will truncate it there (measuring the
 * truncated text here would call back into Vega's truncation).
 */
export function vegaTextWidth(item: TextItem, text?: unknown): number {
  const size = item.fontSize == null ? 11 : Number(item.fontSize) || 0;
  const line = text == null ? '' : String(text).trim();
  const width = dejaVuWidth(line, size, isBold(item.fontWeight));
  return item.limit && item.limit > 0 ? Math.min(width, item.limit) : width;
}
