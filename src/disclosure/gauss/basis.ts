// Published forms kept in echelon form, each row scaled so its pivot's coefficient is 1: the
// elimination's memory of what a reader knows (gauss-secondary.ts).
import { inverse, negate } from './field.js';
import { addScaled, scaled, type LinearForm } from './linear-form.js';
import { MinHeap } from './min-heap.js';

export class Basis {
  private readonly rows: { pivot: number; form: LinearForm }[] = [];
  private readonly rowOfPivot = new Map<number, number>();

  /** The form less every row: no pivot of the basis is left in it. */
  reduce(form: LinearForm): LinearForm {
    const out = new Map(form);
    const due = new MinHeap();
    for (const k of out.keys()) {
      const i = this.rowOfPivot.get(k);
      if (i !== undefined) due.push(i);
    }
    // A row has none of the pivots of the rows before it, so taking rows in order never brings back one done.
    for (let i = due.pop(); i !== undefined; i = due.pop()) {
      const { pivot, form: row } = this.rows[i]!;
      const coefficient = out.get(pivot);
      if (coefficient === undefined) continue;
      addScaled(out, row, negate(coefficient));
      for (const k of row.keys()) {
        const j = this.rowOfPivot.get(k);
        if (j !== undefined && j > i && out.has(k)) due.push(j);
      }
    }
    return out;
  }

  /** Adds a reduced form as a row on `pivot`; returns the row. */
  add(form: LinearForm, pivot: number): LinearForm {
    const row = scaled(form, inverse(form.get(pivot)!));
    this.rowOfPivot.set(pivot, this.rows.length);
    this.rows.push({ pivot, form: row });
    return row;
  }
}
