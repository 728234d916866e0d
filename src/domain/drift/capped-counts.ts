/**
 * Category counts for exact-mode drift with bounded memory. Up to `capacity` distinct values every count is
 * exact (the same table a plain Map would hold). Past that the table becomes a Misra–Gries summary: whenever it
 * holds more than 2·capacity values, the (capacity+1)-th largest count is subtracted from every counter and the
 * counters that reach 0 are dropped. Then each listed count is at most `error` below its true count, an unlisted
 * value occurs at most `error` times, `error` ≤ n/(capacity+1), and merging two summaries adds their errors
 * (Agarwal et al. 2012). The mass taken off the listed counts is `other` = n − Σ listed.
 */

/** Distinct values per column kept exactly by exact-mode drift; beyond it the table is a Misra–Gries summary. */
export const EXACT_CATEGORY_LIMIT = 10_000;

/** A summary as plain data (a worker thread sends it). */
export interface CappedCountsPart {
  values: string[];
  counts: number[];
  /** Non-null cells summarised, listed or not. */
  n: number;
  error: number;
}

export class CappedCounts {
  readonly counts = new Map<string, number>();
  n = 0;
  error = 0;

  constructor(readonly capacity = EXACT_CATEGORY_LIMIT) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new Error(`category table capacity must be a positive integer, got ${capacity}`);
  }

  add(value: string, count: number): void {
    this.n += count;
    const counts = this.counts;
    counts.set(value, (counts.get(value) ?? 0) + count);
    if (counts.size > 2 * this.capacity) this.reduce();
  }

  /** Brings the table down to at most `capacity` values (no-op while it holds no more). */
  reduce(): void {
    const counts = this.counts;
    if (counts.size <= this.capacity) return;
    const sorted = Float64Array.from(counts.values()).sort();
    const cut = sorted[sorted.length - 1 - this.capacity]!;
    for (const [k, v] of counts) {
      if (v <= cut) counts.delete(k);
      else counts.set(k, v - cut);
    }
    this.error += cut;
  }

  /** Folds in the summary of another part of the data. */
  merge(part: CappedCountsPart): void {
    const counts = this.counts;
    part.values.forEach((v, k) => counts.set(v, (counts.get(v) ?? 0) + part.counts[k]!));
    this.n += part.n;
    this.error += part.error;
    if (counts.size > 2 * this.capacity) this.reduce();
  }

  export(): CappedCountsPart {
    return { values: [...this.counts.keys()], counts: [...this.counts.values()], n: this.n, error: this.error };
  }

  /** The final table: at most `capacity` values, and the mass not in their counts. */
  finish(): { counts: Map<string, number>; other: number; error: number } {
    this.reduce();
    let listed = 0;
    for (const v of this.counts.values()) listed += v;
    return { counts: this.counts, other: this.n - listed, error: this.error };
  }
}
