// Published forms kept in echelon form, each row scaled so its pivot's coefficient is 1: the
// elimination's memory of what a reader knows (gauss-secondary.ts).
//
// Reducing is the elimination's hot loop (a region's publication makes millions of row
// subtractions), so a form being reduced is held in dense arrays indexed by coordinate, and rows
// as plain arrays, rather than in Maps. The form returned is the same Map, in the same key order,
// as subtracting row by row in a Map would give: the order decides pivots elsewhere.
import { inverse, negate, PRIME } from './field.js';
import { scaled, type LinearForm } from './linear-form.js';
import { MinHeap } from './min-heap.js';

// Coordinates are cells (0, 1, …) and tags (−1, −2, …): interleaved into one index from 0.
const slot = (coordinate: number) => (coordinate >= 0 ? 2 * coordinate : -2 * coordinate - 1);

export class Basis {
  private readonly rows: { pivot: number; coordinates: number[]; coefficients: number[] }[] = [];
  /** Slot → 1 + the row whose pivot it is (0: none). */
  private rowOfPivot = new Int32Array(1024);
  /** Slot → the coefficient of the form being reduced (0: absent) and when it last entered it. */
  private value = new Float64Array(1024);
  private entered = new Int32Array(1024);
  private readonly due = new MinHeap();

  /** The form less every row: no pivot of the basis is left in it. */
  reduce(form: LinearForm): LinearForm {
    const order: number[] = [];
    const due = this.due;
    for (const [k, c] of form) {
      const s = this.room(slot(k));
      this.value[s] = c;
      this.entered[s] = order.length;
      order.push(k);
      if (this.rowOfPivot[s]! > 0) due.push(this.rowOfPivot[s]! - 1);
    }
    // A row has none of the pivots of the rows before it, so taking rows in order never brings back one done.
    for (let i = due.pop(); i !== undefined; i = due.pop()) {
      const { pivot, coordinates, coefficients } = this.rows[i]!;
      const coefficient = this.value[slot(pivot)]!;
      if (coefficient === 0) continue;
      const factor = negate(coefficient);
      for (let t = 0; t < coordinates.length; t++) {
        const k = coordinates[t]!;
        const s = this.room(slot(k));
        const before = this.value[s]!;
        const sum = (before + ((factor * coefficients[t]!) % PRIME)) % PRIME;
        this.value[s] = sum;
        if (sum === 0) continue;
        if (before === 0) {
          this.entered[s] = order.length;
          order.push(k);
        }
        const j = this.rowOfPivot[s]! - 1;
        if (j > i) due.push(j);
      }
    }
    const out: LinearForm = new Map();
    for (let t = 0; t < order.length; t++) {
      const s = slot(order[t]!);
      if (this.value[s] !== 0 && this.entered[s] === t) out.set(order[t]!, this.value[s]!);
    }
    for (const k of order) this.value[slot(k)] = 0;
    return out;
  }

  /** Adds a reduced form as a row on `pivot`; returns the row. */
  add(form: LinearForm, pivot: number): LinearForm {
    const row = scaled(form, inverse(form.get(pivot)!));
    this.rowOfPivot[this.room(slot(pivot))] = this.rows.length + 1;
    this.rows.push({ pivot, coordinates: [...row.keys()], coefficients: [...row.values()] });
    return row;
  }

  /** Makes the arrays long enough for slot s; returns s. */
  private room(s: number): number {
    if (s < this.value.length) return s;
    let size = this.value.length;
    while (size <= s) size *= 2;
    const grown = <T extends Int32Array | Float64Array>(a: T, b: T) => (b.set(a), b);
    this.rowOfPivot = grown(this.rowOfPivot, new Int32Array(size));
    this.value = grown(this.value, new Float64Array(size));
    this.entered = grown(this.entered, new Int32Array(size));
    return s;
  }
}
