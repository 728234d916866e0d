/**
 * Category counts for exact-mode drift with bounded memory. Up to `capacity` distinct values every count is
 * exact (the same table a plain Map would hold). Past that the table keeps a hash sample of the values: a value is
 * kept when the top `level` bits of its 32-bit hash are 0 (half the values per level), and the level goes up until
 * the kept values fit. A kept value is counted from its first cell on, so every listed count is exact; the cells of
 * the other values are pooled (`other`, exact too). The final level is the lowest at which the data's kept values
 * fit, whatever order or chunks the data came in: chunked and one-thread reads give the same table. Both sides of a
 * drift comparison are brought to the same level (`atLevel`), so they pool the same values.
 */
import { hashString } from '../profile/hash.js';

/** Distinct values per column kept exactly by exact-mode drift; beyond it the table is a hash sample of the values. */
export const EXACT_CATEGORY_LIMIT = 10_000;

const MAX_LEVEL = 31;

/** Whether `value` is kept at sampling level `level` (0: every value). */
export function keptAt(value: string, level: number): boolean {
  return level === 0 || hashString(value)[0] >>> (32 - level) === 0;
}

/** A table as plain data (a worker thread sends it). */
export interface CappedCountsPart {
  values: string[];
  counts: number[];
  /** Non-null cells counted, listed or pooled. */
  n: number;
  level: number;
}

export class CappedCounts {
  readonly counts = new Map<string, number>();
  n = 0;
  level = 0;

  constructor(readonly capacity = EXACT_CATEGORY_LIMIT) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new Error(`category table capacity must be a positive integer, got ${capacity}`);
  }

  add(value: string, count: number): void {
    this.n += count;
    const counts = this.counts;
    const had = counts.get(value);
    if (had !== undefined) counts.set(value, had + count);
    else if (keptAt(value, this.level)) {
      counts.set(value, count);
      if (counts.size > this.capacity) this.raise(this.level + 1);
    }
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
    const counts = this.counts;
    part.values.forEach((v, k) => {
      const had = counts.get(v);
      if (had !== undefined) counts.set(v, had + part.counts[k]!);
      else if (keptAt(v, this.level)) counts.set(v, part.counts[k]!);
    });
    if (counts.size > this.capacity) this.raise(this.level + 1);
  }

  export(): CappedCountsPart {
    return { values: [...this.counts.keys()], counts: [...this.counts.values()], n: this.n, level: this.level };
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
