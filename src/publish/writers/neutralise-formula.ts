/** Text a spreadsheet would run as a formula (=, +, -, @, tab, CR first) gets a leading '. */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
