// The words a workbook adds of its own, above its tables: where its figures come from and when it
// was made (issue 13: "a title, source and date line").

/** `2026-11-22 09:00 UTC`, as the HTML report writes its time. */
const when = (at: Date) => `${at.toISOString().slice(0, 16).replace('T', ' ')} UTC`;

export const xlsxText = {
  // The sheets of the workbooks that have no sheet name of their own elsewhere.
  'sheet.accuracy': 'Accuracy',
  'sheet.concern': 'Attendance concern',
  'sheet.backtest': 'Backtest',
  'sheet.if-achieved': 'If achieved',
  'sheet.validated': 'Validated',
  'sheet.rounds': 'Rounds compared',
  'sheet.explanation': 'Explanation',
  'sheet.data': 'Data',
  /** The line under a workbook's title. */
  'source.line': (from: string, at: Date | undefined) =>
    `Source: ${from}.` + (at === undefined ? '' : ` Made ${when(at)}.`),
  'source.returns': (city: string) => `${city}'s school returns, from the school-returns store`,
  'source.validated': (city: string, files: readonly string[]) =>
    `the DfE performance tables (${files.join(', ')}) and ${city}'s school returns, from the school-returns store`,
} as const;
