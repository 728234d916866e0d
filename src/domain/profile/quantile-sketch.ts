/**
 * A mergeable quantile sketch: a stack of compactors (Manku–Rajagopalan–Lindsay / KLL family) with
 * a fixed capacity k per level and deterministic alternating offsets.
 *
 * Every compaction at level h changes the rank of any query point by at most 2^h, and the sketch
 * adds exactly that to `rankError`, so `rankError` is a hard (not probabilistic) bound on
 * |estimated rank − true rank| for every x, carried through merges (errors add). With n values the
 * bound is at most ⌈log2(n/k)⌉·n/k; in practice far less. Below k values nothing is compacted and
 * the sketch is exact.
 */
import type { WeightedSample } from '../drift/sample.js';

export const DEFAULT_SKETCH_K = 4096;

export interface QuantileSketchState {
  k: number;
  n: number;
  rankError: number;
  /** levels[h] holds items of weight 2^h. */
  levels: Float64Array[];
  /** Next offset (0/1) per level. */
  parity: number[];
}

export class QuantileSketch {
  readonly k: number;
  n = 0;
  rankError = 0;
  private level0: Float64Array;
  private size0 = 0;
  private upper: number[][] = [];
  private parity: number[] = [];

  constructor(k = DEFAULT_SKETCH_K) {
    if (!Number.isInteger(k) || k < 8 || k % 2 !== 0) throw new Error(`sketch capacity k must be an even integer ≥ 8, got ${k}`);
    this.k = k;
    this.level0 = new Float64Array(k);
  }

  add(v: number): void {
    this.level0[this.size0++] = v;
    this.n++;
    if (this.size0 === this.k) this.compactLevel0();
  }

  /** Adds values[0..length) (NaN must already be removed). */
  addMany(values: Float64Array, length = values.length): void {
    let i = 0;
    while (i < length) {
      const take = Math.min(this.k - this.size0, length - i);
      this.level0.set(values.subarray(i, i + take), this.size0);
      this.size0 += take;
      this.n += take;
      i += take;
      if (this.size0 === this.k) this.compactLevel0();
    }
  }

  private nextParity(h: number): number {
    const p = this.parity[h] ?? 0;
    this.parity[h] = 1 - p;
    return p;
  }

  private compactLevel0(): void {
    const buf = this.level0.subarray(0, this.size0);
    buf.sort();
    const keepBack = this.size0 % 2 === 1 ? buf[this.size0 - 1]! : undefined;
    const even = this.size0 - (keepBack === undefined ? 0 : 1);
    const offset = this.nextParity(0);
    const target = this.upperLevel(1);
    for (let i = offset; i < even; i += 2) target.push(buf[i]!);
    this.rankError += 1;
    this.size0 = 0;
    if (keepBack !== undefined) this.level0[this.size0++] = keepBack;
    this.cascade(1);
  }

  private upperLevel(h: number): number[] {
    while (this.upper.length < h) this.upper.push([]);
    return this.upper[h - 1]!;
  }

  /** Compacts levels from h upwards while any is at capacity. */
  private cascade(h: number): void {
    for (let level = h; level <= this.upper.length; level++) {
      const buf = this.upper[level - 1]!;
      if (buf.length < this.k) continue;
      buf.sort((a, b) => a - b);
      const keepBack = buf.length % 2 === 1 ? buf.pop() : undefined;
      const offset = this.nextParity(level);
      const target = this.upperLevel(level + 1);
      for (let i = offset; i < buf.length; i += 2) target.push(buf[i]!);
      this.rankError += 2 ** level;
      buf.length = 0;
      if (keepBack !== undefined) buf.push(keepBack);
    }
  }

  merge(other: QuantileSketch): void {
    if (other.k !== this.k) throw new Error(`cannot merge sketches with k=${this.k} and k=${other.k}`);
    this.n += other.n;
    this.rankError += other.rankError;
    other.upper.forEach((items, i) => {
      const target = this.upperLevel(i + 1);
      for (const v of items) target.push(v);
    });
    other.parity.forEach((p, h) => {
      this.parity[h] = (this.parity[h] ?? 0) ^ p;
    });
    this.addManyNoCount(other.level0.subarray(0, other.size0));
    this.cascade(1);
  }

  private addManyNoCount(values: Float64Array): void {
    this.n -= values.length;
    this.addMany(values);
  }

  /** Sorted items with their weights: the sketch as a distribution drift can use. */
  toSample(): WeightedSample {
    let count = this.size0;
    for (const b of this.upper) count += b.length;
    const values = new Float64Array(count);
    const weights = new Float64Array(count);
    const order = new Uint32Array(count);
    let j = 0;
    for (let i = 0; i < this.size0; i++, j++) {
      values[j] = this.level0[i]!;
      weights[j] = 1;
    }
    this.upper.forEach((b, i) => {
      const w = 2 ** (i + 1);
      for (const v of b) {
        values[j] = v;
        weights[j++] = w;
      }
    });
    for (let i = 0; i < count; i++) order[i] = i;
    order.sort((a, b) => values[a]! - values[b]!);
    const sv = new Float64Array(count);
    const sw = new Float64Array(count);
    for (let i = 0; i < count; i++) {
      sv[i] = values[order[i]!]!;
      sw[i] = weights[order[i]!]!;
    }
    return { values: sv, weights: sw, total: this.n, rankError: this.rankError };
  }

  state(): QuantileSketchState {
    return {
      k: this.k,
      n: this.n,
      rankError: this.rankError,
      levels: [this.level0.slice(0, this.size0), ...this.upper.map((b) => Float64Array.from(b))],
      parity: [...this.parity].map((p) => p ?? 0),
    };
  }

  static fromState(s: QuantileSketchState): QuantileSketch {
    const q = new QuantileSketch(s.k);
    const [l0, ...rest] = s.levels;
    const level0 = l0 ?? new Float64Array(0);
    if (level0.length >= s.k) throw new Error(`level 0 holds ${level0.length} items, expected fewer than k=${s.k}`);
    q.level0.set(level0);
    q.size0 = level0.length;
    q.upper = rest.map((b) => Array.from(b));
    q.parity = [...s.parity];
    let weight = level0.length;
    rest.forEach((b, i) => (weight += b.length * 2 ** (i + 1)));
    if (weight !== s.n) throw new Error(`sketch items weigh ${weight}, expected n=${s.n}`);
    q.n = s.n;
    q.rankError = s.rankError;
    return q;
  }
}
