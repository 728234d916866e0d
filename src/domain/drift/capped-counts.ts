/**
 * Category counts for exact-mode drift with bounded memory. Up to `capacity` distinct values every count is
 * exact (the same table a plain Map would hold). Past that the table keeps a hash sample of the values: a value is
 * kept when the top `level` bits of the high word of its 64-bit hash (`table/hash.ts`: the hash of its UTF-8 bytes,
 * which a reader computes from a cell's bytes without building a string) are 0 (half the values per level), and the
 * level goes up until the kept values fit. A reader asks `pooled(hash)` first, so a cell of a value not kept costs
 * no string. A kept value is counted from its first cell on, so every listed count is exact; the cells of
 * the other values are pooled (`other`, exact too). The final level is the lowest at which the data's kept values
 * fit, whatever order or chunks the data came in: chunked and one-thread reads give the same table. Both sides of a
 * drift comparison are brought to the same level (`atLevel`), so they pool the same values. A table may start at a
 * `floor` level (a chunk worker gets the level the whole read has reached so far): the final level is at least that
 * high anyway, so the floor changes nothing but the work.
 */
import { hashString } from '../table/hash.js';

/** Distinct values per column kept exactly by exact-mode drift; beyond it the table is a hash sample of the values. */
export const EXACT_CATEGORY_LIMIT = 10_000;

const MAX_LEVEL = 31;

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
  counts: number[];
  /** `valueHash` of each value, when the part is at a level above 0 (a merge at a higher level then drops values unhashed). */
  hashes?: Uint32Array;
  /** Non-null cells counted, listed or pooled. */
  n: number;
  level: number;
}

export class CappedCounts {
  readonly counts = new Map<string, number>();
  n = 0;
  level = 0;

  constructor(
    readonly capacity = EXACT_CATEGORY_LIMIT,
    floor = 0,
  ) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new Error(`category table capacity must be a positive integer, got ${capacity}`);
    if (!Number.isInteger(floor) || floor < 0 || floor > MAX_LEVEL) throw new Error(`category table floor level must be an integer in [0, ${MAX_LEVEL}], got ${floor}`);
    this.level = floor;
  }

  /** `count` cells of `value`; `hash`, when given, is `valueHash(value)` (saves hashing it again). */
  add(value: string, count: number, hash?: number): void {
    this.n += count;
    const counts = this.counts;
    const had = counts.get(value);
    if (had !== undefined) counts.set(value, had + count);
    else if (hashKeptAt(hash ?? valueHash(value), this.level)) {
      counts.set(value, count);
      if (counts.size > this.capacity) this.raise(this.level + 1);
    }
  }

  /** Counts `count` cells of the value with hash `hash` as pooled when it is not kept at the current level (true), else nothing (false: add it). */
  pooled(hash: number, count: number): boolean {
    if (hashKeptAt(hash, this.level)) return false;
    this.n += count;
    return true;
  }

  /** Drops the values not kept at `level` (and on, until the rest fit). */
  private raise(level: number): void {
    const counts = this.counts;
    for (let l = level; l <= MAX_LEVEL; l++) {
      this.level = l;
      for (const k of counts.keys()) if (!keptAt(k, l)) counts.delete(k);
      if (counts.size <= this.capacity) return;
    }
  }

  /** Folds in the table of another part of the data. */
  merge(part: CappedCountsPart): void {
    if (part.level > this.level) this.raise(part.level);
    this.n += part.n;
    const { counts, level } = this;
    const { values, hashes } = part;
    // Every value of the part is kept at its level, and every value of this table at this one: a value not kept here
    // is pooled (counted in n) without a look-up. Most values of a part made before the read's level rose are.
    const sieve = level > part.level;
    for (let k = 0; k < values.length; k++) {
      const v = values[k]!;
      if (sieve && !hashKeptAt(hashes ? hashes[k]! : valueHash(v), level)) continue;
      const had = counts.get(v);
      counts.set(v, had === undefined ? part.counts[k]! : had + part.counts[k]!);
    }
    if (counts.size > this.capacity) this.raise(this.level + 1);
  }

  export(): CappedCountsPart {
    const values = [...this.counts.keys()];
    const part: CappedCountsPart = { values, counts: [...this.counts.values()], n: this.n, level: this.level };
    return this.level > 0 ? { ...part, hashes: Uint32Array.from(values, valueHash) } : part;
  }

  /** The final table and the cells pooled. */
  finish(): { counts: Map<string, number>; other: number; level: number } {
    let listed = 0;
    for (const v of this.counts.values()) listed += v;
    return { counts: this.counts, other: this.n - listed, level: this.level };
  }
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
