/**
 * Category counts for exact-mode drift with bounded memory. Up to `capacity` distinct values every count is
 * exact (the table a plain Map would hold). Past that the table keeps a hash sample of the values: a value is
 * kept when the top `level` bits of the high word of its 64-bit hash (`table/hash.ts`: the hash of its UTF-8 bytes,
 * which a reader computes from a cell's bytes without building a string) are 0 (half the values per level), and the
 * level goes up until the kept values fit. A reader counts a cell by its hash (`tally`), so a cell of a value that
 * is pooled or already listed costs no string. A kept value is counted from its first cell on, so every listed count
 * is exact; the cells of the other values are pooled (`other`, exact too). The final level is the lowest at which
 * the data's kept values fit, whatever order or chunks the data came in: chunked and one-thread reads give the same
 * table. Both sides of a drift comparison are brought to the same level (`atLevel`), so they pool the same values.
 * A table may start at a `floor` level (a chunk worker gets the level the whole read has reached so far): the final
 * level is at least that high anyway, so the floor changes nothing but the work.
 *
 * Values are told apart by their 64-bit hash, kept in typed arrays (raising the level drops values without hashing
 * a string again). Two distinct values share a hash with probability 2^-64 per pair: over a read that meets m
 * distinct values, each new one compared with at most `capacity` listed ones, two are counted as one with
 * probability below m · capacity / 2^64 (1M values at the default capacity: ~5e-10).
 */
import { hashString } from '../table/hash.js';

/** Distinct values per column kept exactly by exact-mode drift; beyond it the table is a hash sample of the values. */
export const EXACT_CATEGORY_LIMIT = 10_000;

const MAX_LEVEL = 31;
/** Room for this many values at first: the table doubles as it fills (a column of few values stays small). */
const FIRST_ROOM = 16;

const scratch = new Uint32Array(2);

/** Whether a value whose hash has high word `hash` is kept at sampling level `level` (0: every value). */
export function hashKeptAt(hash: number, level: number): boolean {
  return level === 0 || hash >>> (32 - level) === 0;
}

/** High word of the 64-bit hash of the value's UTF-8 bytes (what `Column.hash` puts in out[0] for a text cell). */
export function valueHash(value: string): number {
  hashString(value, scratch);
  return scratch[0]!;
}

/** Whether `value` is kept at sampling level `level` (0: every value). */
export function keptAt(value: string, level: number): boolean {
  return level === 0 || hashKeptAt(valueHash(value), level);
}

/** A table as plain data (a worker thread sends it). */
export interface CappedCountsPart {
  values: string[];
  counts: Float64Array;
  /** The 64-bit hash of each value (`hashString`), as pairs [high word, low word]. */
  hashes: Uint32Array;
  /** Non-null cells counted, listed or pooled. */
  n: number;
  level: number;
}

export class CappedCounts {
  /** Non-null cells counted, listed or pooled. */
  n = 0;
  level = 0;
  /** Values listed. */
  size = 0;
  private values: string[] = [];
  private counts = new Float64Array(FIRST_ROOM);
  /** Each listed value's hash as pairs [high word, low word]. */
  private hashes = new Uint32Array(2 * FIRST_ROOM);
  /** Open addressing by hash: 1 + the value's index, 0 for an empty slot. */
  private slots = new Int32Array(2 * FIRST_ROOM);

  constructor(
    readonly capacity = EXACT_CATEGORY_LIMIT,
    floor = 0,
  ) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new Error(`category table capacity must be a positive integer, got ${capacity}`);
    if (!Number.isInteger(floor) || floor < 0 || floor > MAX_LEVEL) throw new Error(`category table floor level must be an integer in [0, ${MAX_LEVEL}], got ${floor}`);
    this.level = floor;
  }

  /**
   * Counts `count` cells of the value with hash (`hi`, `lo`) and returns true when it is listed or pooled; false
   * when it is kept at this level but not listed yet: nothing is counted, and the caller `insert`s it.
   */
  tally(hi: number, lo: number, count: number): boolean {
    if (!hashKeptAt(hi, this.level)) {
      this.n += count;
      return true;
    }
    const e = this.find(hi, lo);
    if (e < 0) return false;
    this.counts[e]! += count;
    this.n += count;
    return true;
  }

  /** Lists `value` (hash `hi`, `lo`) with `count` cells, after `tally` returned false for it. */
  insert(value: string, hi: number, lo: number, count: number): void {
    this.n += count;
    this.list(value, hi, lo, count);
  }

  /** `count` cells of `value`. */
  add(value: string, count: number): void {
    hashString(value, scratch);
    const hi = scratch[0]!;
    const lo = scratch[1]!;
    if (!this.tally(hi, lo, count)) this.insert(value, hi, lo, count);
  }

  /** Folds in the table of another part of the data. */
  merge(part: CappedCountsPart): void {
    if (part.level > this.level) this.raise(part.level);
    this.n += part.n;
    // Every value of the part is kept at its level; a value not kept at this table's is pooled (counted in n).
    const { values, counts, hashes } = part;
    for (let k = 0; k < values.length; k++) {
      const hi = hashes[2 * k]!;
      const lo = hashes[2 * k + 1]!;
      if (!hashKeptAt(hi, this.level)) continue;
      const e = this.find(hi, lo);
      if (e >= 0) this.counts[e]! += counts[k]!;
      else this.list(values[k]!, hi, lo, counts[k]!);
    }
  }

  export(): CappedCountsPart {
    const { size } = this;
    return { values: this.values.slice(0, size), counts: this.counts.slice(0, size), hashes: this.hashes.slice(0, 2 * size), n: this.n, level: this.level };
  }

  /** The final table (values in the order first met) and the cells pooled. */
  finish(): { counts: Map<string, number>; other: number; level: number } {
    const counts = new Map<string, number>();
    let listed = 0;
    for (let e = 0; e < this.size; e++) {
      const c = this.counts[e]!;
      counts.set(this.values[e]!, c);
      listed += c;
    }
    return { counts, other: this.n - listed, level: this.level };
  }

  /** Index of the listed value with hash (`hi`, `lo`), or -1. */
  private find(hi: number, lo: number): number {
    const { slots, hashes } = this;
    const mask = slots.length - 1;
    for (let s = slotOf(hi, lo, mask); ; s = (s + 1) & mask) {
      const e = slots[s]!;
      if (e === 0) return -1;
      if (hashes[2 * e - 2] === hi && hashes[2 * e - 1] === lo) return e - 1;
    }
  }

  /** Appends a value not listed yet (n unchanged); raises the level when the values no longer fit. */
  private list(value: string, hi: number, lo: number, count: number): void {
    const e = this.size;
    if (e === this.counts.length) this.grow();
    this.values[e] = value;
    this.counts[e] = count;
    this.hashes[2 * e] = hi;
    this.hashes[2 * e + 1] = lo;
    this.size = e + 1;
    this.place(e);
    if (this.size > this.capacity) this.raise(this.level + 1);
  }

  /** Puts value `e` in its slot. */
  private place(e: number): void {
    const { slots, hashes } = this;
    const mask = slots.length - 1;
    let s = slotOf(hashes[2 * e]!, hashes[2 * e + 1]!, mask);
    while (slots[s] !== 0) s = (s + 1) & mask;
    slots[s] = e + 1;
  }

  /**
   * Twice the room, up to one past the capacity (the value that makes the level rise); past that only when values
   * kept at the top level (31 leading zero bits of their hash) outnumber the capacity.
   */
  private grow(): void {
    const room = Math.max(Math.min(2 * this.counts.length, this.capacity + 1), this.size + 1);
    const counts = new Float64Array(room);
    counts.set(this.counts);
    const hashes = new Uint32Array(2 * room);
    hashes.set(this.hashes);
    this.counts = counts;
    this.hashes = hashes;
    this.reslot(2 ** Math.ceil(Math.log2(2 * room)));
  }

  /** A new slot table of `length` slots (a power of two) for the values listed. */
  private reslot(length: number): void {
    this.slots = length === this.slots.length ? this.slots.fill(0) : new Int32Array(length);
    for (let e = 0; e < this.size; e++) this.place(e);
  }

  /** Drops the values not kept at `level` (and on, until the rest fit), keeping the others in their order. */
  private raise(level: number): void {
    const { values, counts, hashes } = this;
    for (let l = level; l <= MAX_LEVEL; l++) {
      this.level = l;
      let kept = 0;
      for (let e = 0; e < this.size; e++) {
        if (!hashKeptAt(hashes[2 * e]!, l)) continue;
        values[kept] = values[e]!;
        counts[kept] = counts[e]!;
        hashes[2 * kept] = hashes[2 * e]!;
        hashes[2 * kept + 1] = hashes[2 * e + 1]!;
        kept++;
      }
      values.length = kept;
      this.size = kept;
      if (kept <= this.capacity) break;
    }
    this.reslot(this.slots.length);
  }
}

/** Home slot of a hash: the low bits of its high word carry no level bits. */
function slotOf(hi: number, lo: number, mask: number): number {
  return (hi ^ Math.imul(lo, 0x9e3779b1)) & mask;
}

/** A side's table at a higher sampling level: the values no longer kept move to `other`. */
export function atLevel<T extends { counts: ReadonlyMap<string, number>; other: number; sampleLevel?: number }>(d: T, level: number): T {
  if ((d.sampleLevel ?? 0) >= level) return d;
  const counts = new Map<string, number>();
  let moved = 0;
  for (const [k, v] of d.counts) {
    if (keptAt(k, level)) counts.set(k, v);
    else moved += v;
  }
  return { ...d, counts, other: d.other + moved, sampleLevel: level };
}
