// The smallest whole number first: the order the elimination must meet a form's pivots in.
export class MinHeap {
  private readonly items: number[] = [];
  private readonly held = new Set<number>();

  get size(): number {
    return this.items.length;
  }

  /** Adds n unless it is already waiting. */
  push(n: number): void {
    if (this.held.has(n)) return;
    this.held.add(n);
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
    this.held.delete(top);
    return top;
  }
}
