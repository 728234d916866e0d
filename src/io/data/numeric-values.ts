/**
 * A numeric column's values as exact drift keeps them: tallied while the column has few distinct values
 * (`ValueTally`), else one by one in blocks; and its distribution from either.
 */
import type { ColumnDistribution } from '../../domain/drift/distribution.js';
import { exactSample } from '../../domain/drift/sample.js';
import { expandCounts, ValueTally } from '../../domain/drift/value-tally.js';
import { rowArray } from './csv/row-arrays.js';

/** Values per block of a column kept one by one (unless told the rows to expect). */
export const BLOCK_VALUES = 1 << 16;

/** A column's values as a list of blocks: appending never moves what is there. Blocks are `rowArray`s (a chunk worker's come back to it once folded). */
class Float64Blocks {
  private readonly blocks: Float64Array[] = [];
  private tail = new Float64Array(0);
  private tailLength = 0;
  length = 0;

  /** `firstBlock`: values the first block holds (the rows expected, when known: then one block, sorted in place). */
  constructor(private firstBlock = BLOCK_VALUES) {}

  /** Sizes the first block for `rows` values, unless it is made already. */
  expect(rows: number): void {
    if (this.blocks.length === 0) this.firstBlock = Math.max(this.firstBlock, rows);
  }

  /** Copies values[0, n) (the caller reuses its buffer). */
  push(values: Float64Array, n: number): void {
    let from = 0;
    while (from < n) {
      if (this.tailLength === this.tail.length) {
        this.tail = rowArray(Float64Array, Math.max(this.blocks.length === 0 ? this.firstBlock : BLOCK_VALUES, n - from));
        this.tailLength = 0;
        this.blocks.push(this.tail);
      }
      const take = Math.min(n - from, this.tail.length - this.tailLength);
      this.tail.set(values.subarray(from, from + take), this.tailLength);
      this.tailLength += take;
      from += take;
    }
    this.length += n;
  }

  /** Holds nothing from now on (the blocks are the caller's). */
  clear(): void {
    this.blocks.length = 0;
    this.tail = new Float64Array(0);
    this.tailLength = 0;
    this.length = 0;
  }

  /** The blocks, each cut to the values it holds (views, no copy; each block has a buffer of its own). */
  parts(): Float64Array[] {
    return this.blocks.map((b) => (b === this.tail && this.tailLength < b.length ? b.subarray(0, this.tailLength) : b));
  }

  /** The values in one array: the block itself when there is one (a view), else a copy. */
  toArray(): Float64Array {
    const parts = this.parts();
    if (parts.length === 1) return parts[0]!;
    const out = new Float64Array(this.length);
    let at = 0;
    for (const b of parts) {
      out.set(b, at);
      at += b.length;
    }
    return out;
  }
}

/**
 * A numeric column's values: tallied while it has few distinct ones (`ValueTally`, a weighted sample at the end),
 * kept one by one (`Float64Blocks`) from the first value past the tally's limit on, or from the start when `raw`.
 */
export class NumericValues {
  private tally: ValueTally | undefined;
  readonly raw: Float64Blocks;

  constructor(expectedRows: number, raw: boolean) {
    this.raw = new Float64Blocks(expectedRows);
    if (!raw) this.tally = new ValueTally();
  }

  /** Whether the values are kept one by one (too many distinct ones to tally). */
  get spilled(): boolean {
    return this.tally === undefined;
  }

  /** Counts values[0, n) (the caller reuses its buffer). */
  push(values: Float64Array, n: number): void {
    if (this.tally) {
      const stop = this.tally.addWords(new Uint32Array(values.buffer, values.byteOffset, 2 * n), 0, n);
      if (stop === n) return;
      this.spill();
      this.raw.push(values.subarray(stop, n), n - stop);
    } else this.raw.push(values, n);
  }

  /** From now on value by value: what the tally counted is written out. */
  private spill(): void {
    const values = this.tally!.expand();
    this.raw.push(values, values.length);
    this.tally = undefined;
  }

  /** About this many values will come in all: the values kept one by one then fill one array, which is sorted in place. */
  expect(rows: number): void {
    this.raw.expect(rows);
  }

  /** As plain data: the distinct values with their counts while tallied, else every value. */
  export(): { values: Float64Array; counts?: Float64Array } {
    return this.tally ? this.tally.entries() : { values: this.raw.toArray() };
  }

  /**
   * Folds in another part's values (`export`), copied: the part's arrays are garbage as soon as this returns (fresh
   * memory for the next part need not be faulted in), and the column's values stay in one array when it was `expect`ed.
   */
  absorb(part: { values: Float64Array; counts?: Float64Array }): void {
    const { values, counts } = part;
    if (counts && this.tally) {
      for (let k = 0; k < values.length; k++) {
        if (this.tally.add(values[k]!, counts[k]!)) continue;
        this.spill();
        const rest = expandCounts(values.subarray(k), counts.subarray(k));
        this.raw.push(rest, rest.length);
        return;
      }
      return;
    }
    if (this.tally) this.spill();
    const all = counts ? expandCounts(values, counts) : values;
    this.raw.push(all, all.length);
  }

  /** The values kept one by one, as blocks (`Float64Blocks.parts`); this holds none of them afterwards. */
  take(): Float64Array[] {
    const parts = this.raw.parts();
    this.raw.clear();
    return parts;
  }

  /** The tally's distinct values ascending with their counts; undefined once spilled. */
  tallied(): { values: Float64Array; counts: Float64Array } | undefined {
    return this.tally?.sorted();
  }
}

/**
 * Whether a tallied column is kept as its distinct values with weights: when that is at most half the size of a value
 * per row (few rows, each a value of its own, stay a plain sample).
 */
export function worthWeights(counts: Float64Array): boolean {
  let total = 0;
  for (let k = 0; k < counts.length; k++) total += counts[k]!;
  return total > 0 && 2 * counts.length <= total;
}

/** A numeric column's distribution from its sorted values. */
export function rawDistribution(sorted: Float64Array, nulls: number): ColumnDistribution {
  const n = sorted.length;
  let s = 0;
  for (let i = 0; i < n; i++) s += sorted[i]!;
  const mean = n ? s / n : 0;
  let ss = 0;
  for (let i = 0; i < n; i++) ss += (sorted[i]! - mean) ** 2;
  return { kind: 'numeric', sample: exactSample(sorted), count: n, nulls, mean, std: n ? Math.sqrt(ss / n) : 0, min: n ? sorted[0]! : NaN, max: n ? sorted[n - 1]! : NaN };
}

/**
 * A numeric column's distribution from its distinct values (ascending, at least one) and their counts. The sums add
 * each value as many times as it came, in order, as `rawDistribution` does over the sorted values: the same mean and
 * standard deviation to the bit, however the column was kept.
 */
export function weightedDistribution(values: Float64Array, counts: Float64Array, nulls: number): ColumnDistribution {
  let n = 0;
  let s = 0;
  for (let k = 0; k < values.length; k++) {
    const v = values[k]!;
    const c = counts[k]!;
    for (let r = 0; r < c; r++) s += v;
    n += c;
  }
  const mean = s / n;
  let ss = 0;
  for (let k = 0; k < values.length; k++) {
    const d = (values[k]! - mean) ** 2;
    const c = counts[k]!;
    for (let r = 0; r < c; r++) ss += d;
  }
  return { kind: 'numeric', sample: { values, weights: counts, total: n, rankError: 0 }, count: n, nulls, mean, std: Math.sqrt(ss / n), min: values[0]!, max: values[values.length - 1]! };
}
