// What the attacker knows: every cell it has seen (shown with a value, or hidden as `c`) and every
// linear relation among cells that the public structure implies. A cell is one variable however
// many outputs print it, so a figure shown in one table and hidden in another is simply known.

/** One term of a linear relation: coef × the cell's value. */
export interface Term {
  id: string;
  coef: number;
}

/** lo ≤ Σ coef·cell ≤ hi, for a stated reason (`why`), learnt from each output in `sources`. */
export interface Relation {
  terms: Term[];
  lo: number;
  hi: number;
  sources: Set<string>;
  why: string;
}

export interface Cell {
  id: string;
  /** The cohort this cell counts pupils of, for 0 ≤ count ≤ cohort and the complement test. */
  cohort?: string;
  /** Values printed for it, by output: more than one distinct value is itself a finding. */
  shown: Map<string, number>;
  /** Outputs that print it as `c`. */
  hiddenIn: Set<string>;
}

export class Publication {
  readonly cells = new Map<string, Cell>();
  readonly relations: Relation[] = [];
  /** The same relation read from several outputs (a school's partition in every table) is one. */
  private readonly bySignature = new Map<string, Relation>();

  /** A cell that takes part in relations, whether or not any output prints it. */
  cell(id: string): Cell {
    let cell = this.cells.get(id);
    if (!cell) {
      cell = { id, shown: new Map(), hiddenIn: new Set() };
      this.cells.set(id, cell);
    }
    return cell;
  }

  /** Records a printed count: a number, `c` (hidden); anything else (`x`, `z`, blank) is no cell. */
  printed(id: string, text: string | undefined, source: string): Cell | undefined {
    const value = parseShown(text);
    if (value === 'hidden') {
      const cell = this.cell(id);
      cell.hiddenIn.add(source);
      return cell;
    }
    if (value === undefined) return undefined;
    const cell = this.cell(id);
    cell.shown.set(source, value);
    return cell;
  }

  relate(terms: Term[], lo: number, hi: number, source: string, why: string): void {
    const signature = `${terms.map((t) => `${t.coef}*${t.id}`).join('+')}|${lo}|${hi}`;
    const same = this.bySignature.get(signature);
    if (same) {
      same.sources.add(source);
      return;
    }
    const relation = { terms, lo, hi, sources: new Set([source]), why };
    this.bySignature.set(signature, relation);
    this.relations.push(relation);
  }

  /** whole = Σ parts, e.g. an area total, or all = boys + girls. */
  sum(whole: string, parts: string[], source: string, why: string): void {
    const terms = [{ id: whole, coef: 1 }, ...parts.map((id) => ({ id, coef: -1 }))];
    this.relate(terms, 0, 0, source, why);
  }

  /** Σ parts ≤ whole, for a subset, or a partition some of whose parts are not printed. */
  atMost(parts: string[], whole: string, source: string, why: string): void {
    const terms = [{ id: whole, coef: 1 }, ...parts.map((id) => ({ id, coef: -1 }))];
    this.relate(terms, 0, Infinity, source, why);
  }

  /** The cells some output hides: the attacker's targets. */
  targets(): Cell[] {
    return [...this.cells.values()].filter((c) => c.hiddenIn.size > 0);
  }
}

/** A printed value: its number, 'hidden' for `c`, undefined for not available, not applicable or blank. */
export function parseShown(text: string | undefined): number | 'hidden' | undefined {
  const t = (text ?? '').trim();
  if (t === 'c') return 'hidden';
  if (t === '' || !/^[-+]?\d+(\.\d+)?$/.test(t)) return undefined;
  return Number(t);
}

/**
 * Half the width of the interval a shown rate stands for. Rates are printed to one decimal with
 * trailing zeros dropped ("80" is 80.0), so never assume fewer decimals than `atLeast`.
 */
export function halfWidth(text: string, atLeast: number): number {
  const decimals = Math.max(atLeast, text.split('.')[1]?.length ?? 0);
  return 0.5 * 10 ** -decimals;
}
