import { distance } from 'fastest-levenshtein';

/**
 * The key two names are compared by: case, spacing, dots, brackets and dash styles do not
 * count ("RWM L4+" = "rwm  l4+"; "5+ A*–C inc. E&M" = "5+ a*-c inc e&m"), a "+" does.
 */
export function nameKey(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/[\s._,()'’]+/g, '');
}

/** Up to `limit` known names closest to `name`, for "did you mean" in a message. */
export function nearestNames(name: string, known: readonly string[], limit = 3): string[] {
  const key = nameKey(name);
  return [...new Set(known)]
    .map((candidate) => ({ candidate, d: distance(key, nameKey(candidate)) }))
    .sort((a, b) => a.d - b.d || a.candidate.localeCompare(b.candidate))
    .slice(0, limit)
    .map((x) => x.candidate);
}

/** A lookup from any of an entry's names (code, label, aliases) to the entry. */
export class NameIndex<T> {
  private readonly byKey = new Map<string, T>();
  private readonly names: string[] = [];

  constructor(
    entries: readonly T[],
    namesOf: (entry: T) => readonly string[],
    labelOf: (entry: T) => string,
    what: string,
  ) {
    for (const entry of entries) {
      for (const name of namesOf(entry)) {
        const key = nameKey(name);
        const existing = this.byKey.get(key);
        if (existing !== undefined && existing !== entry) {
          throw new Error(`catalogue: the ${what} name "${name}" belongs to two entries`);
        }
        this.byKey.set(key, entry);
      }
      this.names.push(labelOf(entry));
    }
  }

  find(name: string): T | undefined {
    return this.byKey.get(nameKey(name));
  }

  /** The labels to suggest when a name is not found. */
  nearest(name: string, limit = 3): string[] {
    return nearestNames(name, this.names, limit);
  }
}
