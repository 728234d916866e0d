/**
 * Heavy hitters with counts: Misra–Gries summary with capacity C. While a column has at most C
 * distinct values every count is exact (`error` 0). Beyond that, each listed count is at most
 * `error` below the true count and any unlisted value occurs at most `error` times;
 * `error` ≤ n/(C+1) and merging adds errors (Agarwal et al. 2012, mergeable summaries).
 */
export const DEFAULT_TOP_K = 1000;

export class TopK {
  readonly capacity: number;
  readonly counts = new Map<string, number>();
  error = 0;
  n = 0;

  constructor(capacity = DEFAULT_TOP_K) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new Error(`top-k capacity must be a positive integer, got ${capacity}`);
    this.capacity = capacity;
  }

  add(value: string, count = 1): void {
    this.n += count;
    this.counts.set(value, (this.counts.get(value) ?? 0) + count);
    if (this.counts.size > 2 * this.capacity) this.reduce();
  }

  /** Subtracts the (C+1)-th largest count from every counter, dropping those that reach 0. */
  reduce(): void {
    if (this.counts.size <= this.capacity) return;
    const sorted = [...this.counts.values()].sort((a, b) => b - a);
    const cut = sorted[this.capacity]!;
    for (const [k, v] of this.counts) {
      if (v <= cut) this.counts.delete(k);
      else this.counts.set(k, v - cut);
    }
    this.error += cut;
  }

  merge(other: TopK): void {
    for (const [k, v] of other.counts) this.counts.set(k, (this.counts.get(k) ?? 0) + v);
    this.n += other.n;
    this.error += other.error;
    this.reduce();
  }

  /** Listed values, most frequent first (ties by value). */
  items(): [string, number][] {
    this.reduce();
    return [...this.counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  }

  /** Mass not covered by the listed counts. */
  get other(): number {
    let s = 0;
    for (const v of this.counts.values()) s += v;
    return this.n - s;
  }
}
