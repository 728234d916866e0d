/**
 * The distinct values of a numeric column with their counts, while it has at most `limit` of them. A column of
 * few values (an age, a label, a rating, a count) is then a weighted sample: no array of a value per row to keep,
 * sort and walk. Values are told apart by their bits, so -0 and +0 are two entries (as two cells of a raw column
 * are two values) and every count is exact. NaN is never added (a reader's null).
 */

/** Distinct values a numeric column's tally holds before the column is kept value by value instead. */
export const NUMERIC_TALLY_LIMIT = 1024;

const FIRST_SLOTS = 64;

const scratch = new Float64Array(1);
const scratchBits = new Uint32Array(scratch.buffer);

export class ValueTally {
  private hi: Uint32Array;
  private lo: Uint32Array;
  /** Each slot's count; 0: the slot is empty. */
  private counts: Float64Array;
  private shift: number;
  /** Distinct values held. */
  size = 0;
  /** Sum of the counts. */
  total = 0;

  constructor(readonly limit = NUMERIC_TALLY_LIMIT) {
    if (!Number.isInteger(limit) || limit < 1) throw new Error(`tally limit must be a positive integer, got ${limit}`);
    this.hi = new Uint32Array(FIRST_SLOTS);
    this.lo = new Uint32Array(FIRST_SLOTS);
    this.counts = new Float64Array(FIRST_SLOTS);
    this.shift = 32 - Math.log2(FIRST_SLOTS);
  }

  /**
   * Counts values [from, to) given as their float64 words (little-endian: `bits[2i]` low, `bits[2i + 1]` high), one
   * each. Returns the index of the first value that would have made more than `limit` distinct values (that value
   * and those after it are not counted), or `to` when every one was.
   */
  addWords(bits: Uint32Array, from: number, to: number): number {
    for (let i = from; i < to; i++) if (!this.put(bits[2 * i + 1]!, bits[2 * i]!, 1)) return i;
    return to;
  }

  /** Counts `count` cells of `value`; false (nothing counted) when it would make more than `limit` distinct values. */
  add(value: number, count: number): boolean {
    scratch[0] = value;
    return this.put(scratchBits[1]!, scratchBits[0]!, count);
  }

  private put(hi: number, lo: number, count: number): boolean {
    const hs = this.hi;
    const ls = this.lo;
    const counts = this.counts;
    const mask = counts.length - 1;
    let s = Math.imul(Math.imul(lo, 0xcc9e2d51) ^ hi, 0x9e3779b1) >>> this.shift;
    while (counts[s] !== 0) {
      if (hs[s] === hi && ls[s] === lo) {
        counts[s] = counts[s]! + count;
        this.total += count;
        return true;
      }
      s = (s + 1) & mask;
    }
    if (this.size === this.limit) return false;
    hs[s] = hi;
    ls[s] = lo;
    counts[s] = count;
    this.total += count;
    if (++this.size * 2 > counts.length) this.grow();
    return true;
  }

  /** Twice the slots, entries placed again (the table stays at most half full). */
  private grow(): void {
    const { hi, lo, counts } = this;
    const slots = counts.length * 2;
    this.hi = new Uint32Array(slots);
    this.lo = new Uint32Array(slots);
    this.counts = new Float64Array(slots);
    this.shift--;
    const mask = slots - 1;
    for (let k = 0; k < counts.length; k++) {
      if (counts[k] === 0) continue;
      let s = Math.imul(Math.imul(lo[k]!, 0xcc9e2d51) ^ hi[k]!, 0x9e3779b1) >>> this.shift;
      while (this.counts[s] !== 0) s = (s + 1) & mask;
      this.hi[s] = hi[k]!;
      this.lo[s] = lo[k]!;
      this.counts[s] = counts[k]!;
    }
  }

  /** The distinct values (in table order) and their counts. */
  entries(): { values: Float64Array; counts: Float64Array } {
    const values = new Float64Array(this.size);
    const bits = new Uint32Array(values.buffer);
    const out = new Float64Array(this.size);
    let j = 0;
    for (let s = 0; s < this.counts.length; s++) {
      if (this.counts[s] === 0) continue;
      bits[2 * j] = this.lo[s]!;
      bits[2 * j + 1] = this.hi[s]!;
      out[j++] = this.counts[s]!;
    }
    return { values, counts: out };
  }

  /** The distinct values in ascending order (-0 before +0) and their counts. */
  sorted(): { values: Float64Array; counts: Float64Array } {
    const { values, counts } = this.entries();
    const order = Array.from({ length: values.length }, (_, k) => k).sort((a, b) => compareValues(values[a]!, values[b]!));
    return { values: Float64Array.from(order, (k) => values[k]!), counts: Float64Array.from(order, (k) => counts[k]!) };
  }

  /** Every value as many times as counted (in no particular order): the column kept value by value from here on. */
  expand(): Float64Array {
    const { values, counts } = this.entries();
    return expandCounts(values, counts);
  }
}

/** Each value as many times as its count says. */
export function expandCounts(values: Float64Array, counts: Float64Array): Float64Array {
  let n = 0;
  for (let k = 0; k < counts.length; k++) n += counts[k]!;
  const out = new Float64Array(n);
  let at = 0;
  for (let k = 0; k < values.length; k++) {
    out.fill(values[k]!, at, at + counts[k]!);
    at += counts[k]!;
  }
  return out;
}

/** Ascending, -0 before +0 (the order `sortFloat64` gives). */
function compareValues(a: number, b: number): number {
  if (a < b) return -1;
  if (a > b) return 1;
  return Object.is(a, -0) && Object.is(b, 0) ? -1 : Object.is(a, 0) && Object.is(b, -0) ? 1 : 0;
}
