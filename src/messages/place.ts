// Where a message points a person: the file, sheet, cell or CSV line, and how bad it is.
/** error refuses the return; query is stored beside an accepted return for challenge; warning informs. */
export type Severity = 'error' | 'query' | 'warning';

/** Where a person finds what a message is about. */
export interface Place {
  /** The file's name as the user gave it (path relative to what was imported). */
  file: string;
  sheet?: string;
  /** A1 reference within `sheet`. */
  cell?: string;
  /** 1-based line of a CSV file. */
  line?: number;
  /** The CSV column's heading, when the message is about one cell of a line. */
  column?: string;
}

export function formatPlace(place: Place): string {
  return [place.file, placeInFile(place)].filter(Boolean).join(' ');
}

/** Where in its file, for a message that already names the file: "Predictions!A12", "line 4". */
export function placeInFile(place: Place): string {
  const parts: string[] = [];
  if (place.sheet !== undefined) parts.push(place.cell ? `${place.sheet}!${place.cell}` : place.sheet);
  else if (place.cell !== undefined) parts.push(place.cell);
  if (place.line !== undefined) parts.push(`line ${place.line}` + (place.column ? ` (${place.column})` : ''));
  return parts.join(' ');
}
