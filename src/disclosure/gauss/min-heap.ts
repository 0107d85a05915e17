// The smallest whole number first: the order the elimination must meet a form's pivots in.
// One heap serves every reduction of a basis (it is empty after each), so which numbers are
// waiting is a flag per number, not a Set made afresh each time.
export class MinHeap {
  private readonly items: number[] = [];
  private held = new Uint8Array(1024);

  get size(): number {
    return this.items.length;
  }

  /** Adds n unless it is already waiting. */
  push(n: number): void {
    if (n >= this.held.length) {
      const grown = new Uint8Array(Math.max(2 * this.held.length, n + 1));
      grown.set(this.held);
      this.held = grown;
    }
    if (this.held[n] === 1) return;
    this.held[n] = 1;
    const a = this.items;
    a.push(n);
    let i = a.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (a[parent]! <= a[i]!) break;
      [a[parent], a[i]] = [a[i]!, a[parent]!];
      i = parent;
    }
  }

  pop(): number | undefined {
    const a = this.items;
    if (a.length === 0) return undefined;
    const top = a[0]!;
    const last = a.pop()!;
    if (a.length > 0) {
      a[0] = last;
      let i = 0;
      for (;;) {
        const [l, r] = [2 * i + 1, 2 * i + 2];
        let m = i;
        if (l < a.length && a[l]! < a[m]!) m = l;
        if (r < a.length && a[r]! < a[m]!) m = r;
        if (m === i) break;
        [a[m], a[i]] = [a[i]!, a[m]!];
        i = m;
      }
    }
    this.held[top] = 0;
    return top;
  }
}
