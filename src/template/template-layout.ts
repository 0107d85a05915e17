// What a template asks for, as data: the header block a school must not change and the table's
// columns, each with the validation Excel applies to its input cells.

/** A header row: label in column A, value in column B (locked). */
export interface TemplateHeader {
  label: string;
  value: string | number;
}

/** A column of the table after "Pupil group": its heading and how Excel checks an entry. */
export interface TemplateColumn {
  heading: string;
  /**
   * whole: a whole number from min to max, where max may be "cohort" (that row's cohort);
   * decimal: a number in range.
   */
  validation: { type: 'whole'; min: number; max: number | 'cohort' } | { type: 'decimal'; min: number; max: number };
  prompt: string;
}

export interface TemplateLayout {
  sheetName: string;
  title: string;
  header: TemplateHeader[];
  /** Header rows the school fills in (Completed by, Date completed): left unlocked. */
  openHeader: string[];
  columns: TemplateColumn[];
  /** Pupil group labels, one row each. */
  rows: string[];
  guidance: string[];
}
