import { printable } from '../../domain/printable.js';

/**
 * Text as a spreadsheet cell: no control character (an xlsx holding one is refused by Excel as
 * damaged), and text Excel would run as a formula (=, +, -, @, tab, CR first) with a leading '.
 */
export function neutraliseFormula(text: string): string {
  const shown = printable(text);
  return /^[=+\-@\t\r]/.test(shown) ? `'${shown}` : shown;
}
