/**
 * Mergeable 64-bit key hashes for `unique` and `duplicates` across shards.
 *
 * A shard logs the hash of every key (a `unique` column's value, or a whole row) with its place (file index and
 * line or row), then keeps one entry per distinct hash: the hashes sorted as unsigned 64-bit numbers in one typed
 * array (hi, lo interleaved; 8 bytes each, never a JS Set, which throws past 2^24 entries) and, beside them, the
 * place of the hash's first occurrence. Merging two tables walks both in order: a hash in both is a repeat at the
 * later of its two first places. So the merged repeat count is exact, up to hash collisions: two different keys
 * share a 64-bit hash with probability 2^-64 per pair, so n distinct keys give a false repeat with probability at
 * most n(n−1)/2^65 (the birthday bound; 1M keys: 2.7e-8, 100M: 2.7e-4). `collisionBound` states it.
 */

/** A key's place: index into the part's file list and its line (text formats) or row (Parquet). */
export interface KeyPlace {
  file: number;
  at: number;
}

export interface KeyTable {
  /** Distinct hashes, ascending as unsigned 64-bit (hi at 2i, lo at 2i + 1). */
  hashes: Uint32Array;
  /** File index and line/row of each hash's first occurrence. */
  file: Uint32Array;
  at: Float64Array;
}

/** Upper bound on the probability that `distinct` different keys hold a false repeat: n(n−1)/2^65. */
export function collisionBound(distinct: number): number {
  return (distinct * Math.max(0, distinct - 1)) / 2 ** 65;
}

export const tableSize = (t: KeyTable): number => t.file.length;

/** Appends keys in data order; `finish` sorts them (LSD radix, stable) and keeps each hash's first place. */
export class KeyLog {
  private hi = new Uint32Array(1024);
  private lo = new Uint32Array(1024);
  private file = new Uint32Array(1024);
  private at = new Float64Array(1024);
  size = 0;

  add(hi: number, lo: number, file: number, at: number): void {
    if (this.size === this.hi.length) this.grow();
    const i = this.size++;
    this.hi[i] = hi;
    this.lo[i] = lo;
    this.file[i] = file;
    this.at[i] = at;
  }

  private grow(): void {
    const cap = this.hi.length * 2;
    const copy = <T extends Uint32Array | Float64Array>(a: T, make: (n: number) => T): T => {
      const b = make(cap);
      b.set(a);
      return b;
    };
    this.hi = copy(this.hi, (n) => new Uint32Array(n));
    this.lo = copy(this.lo, (n) => new Uint32Array(n));
    this.file = copy(this.file, (n) => new Uint32Array(n));
    this.at = copy(this.at, (n) => new Float64Array(n));
  }

  finish(): KeyTable {
    const n = this.size;
    let order = new Uint32Array(n);
    let next = new Uint32Array(n);
    for (let i = 0; i < n; i++) order[i] = i;
    const counts = new Uint32Array(65537);
    // Four stable counting passes of 16 bits, least significant first.
    for (const [lane, shift] of [[this.lo, 0], [this.lo, 16], [this.hi, 0], [this.hi, 16]] as const) {
      counts.fill(0);
      for (let i = 0; i < n; i++) counts[((lane[order[i]!]! >>> shift) & 0xffff) + 1]!++;
      for (let d = 1; d < 65537; d++) counts[d]! += counts[d - 1]!;
      for (let i = 0; i < n; i++) {
        const k = order[i]!;
        next[counts[(lane[k]! >>> shift) & 0xffff]!++] = k;
      }
      [order, next] = [next, order];
    }
    let distinct = 0;
    for (let j = 0; j < n; j++) {
      const k = order[j]!;
      if (j > 0 && this.hi[k] === this.hi[order[j - 1]!] && this.lo[k] === this.lo[order[j - 1]!]) continue;
      order[distinct++] = k;
    }
    const t: KeyTable = { hashes: new Uint32Array(2 * distinct), file: new Uint32Array(distinct), at: new Float64Array(distinct) };
    for (let j = 0; j < distinct; j++) {
      const k = order[j]!;
      t.hashes[2 * j] = this.hi[k]!;
      t.hashes[2 * j + 1] = this.lo[k]!;
      t.file[j] = this.file[k]!;
      t.at[j] = this.at[k]!;
    }
    return t;
  }
}

/** The same table with its file indices mapped through `map` (a part's list → the merged list). */
export function remapFiles(t: KeyTable, map: readonly number[]): KeyTable {
  const file = new Uint32Array(t.file.length);
  for (let i = 0; i < file.length; i++) file[i] = map[t.file[i]!]!;
  return { hashes: t.hashes, file, at: t.at };
}

const before = (fa: number, aa: number, fb: number, ab: number): boolean => fa < fb || (fa === fb && aa < ab);

/** A repeat found while merging: its place, and the place of an earlier occurrence of the same key. */
export interface RepeatPlace extends KeyPlace {
  earlier: KeyPlace;
}

/** The first `limit` places in data order, of the repeats found while merging. */
export class FirstPlaces {
  count = 0;
  readonly places: RepeatPlace[] = [];
  constructor(private readonly limit: number) {}

  add(file: number, at: number, earlierFile: number, earlierAt: number): void {
    this.count++;
    if (this.limit === 0) return;
    const p = this.places;
    if (p.length >= this.limit && !before(file, at, p[p.length - 1]!.file, p[p.length - 1]!.at)) return;
    let i = p.length;
    while (i > 0 && before(file, at, p[i - 1]!.file, p[i - 1]!.at)) i--;
    p.splice(i, 0, { file, at, earlier: { file: earlierFile, at: earlierAt } });
    if (p.length > this.limit) p.pop();
  }
}

/** Merges two tables with file indices of the same list; each hash in both is a repeat at its later first place. */
export function mergeTables(a: KeyTable, b: KeyTable, repeats: FirstPlaces): KeyTable {
  const na = a.file.length;
  const nb = b.file.length;
  const out: KeyTable = { hashes: new Uint32Array(2 * (na + nb)), file: new Uint32Array(na + nb), at: new Float64Array(na + nb) };
  let i = 0;
  let j = 0;
  let k = 0;
  const take = (t: KeyTable, x: number): void => {
    out.hashes[2 * k] = t.hashes[2 * x]!;
    out.hashes[2 * k + 1] = t.hashes[2 * x + 1]!;
    out.file[k] = t.file[x]!;
    out.at[k++] = t.at[x]!;
  };
  while (i < na && j < nb) {
    const ah = a.hashes[2 * i]!;
    const bh = b.hashes[2 * j]!;
    const al = a.hashes[2 * i + 1]!;
    const bl = b.hashes[2 * j + 1]!;
    if (ah < bh || (ah === bh && al < bl)) take(a, i++);
    else if (ah > bh || al > bl) take(b, j++);
    else {
      const aFirst = before(a.file[i]!, a.at[i]!, b.file[j]!, b.at[j]!);
      if (aFirst) {
        repeats.add(b.file[j]!, b.at[j]!, a.file[i]!, a.at[i]!);
        take(a, i);
      } else {
        repeats.add(a.file[i]!, a.at[i]!, b.file[j]!, b.at[j]!);
        take(b, j);
      }
      i++;
      j++;
    }
  }
  while (i < na) take(a, i++);
  while (j < nb) take(b, j++);
  return { hashes: out.hashes.slice(0, 2 * k), file: out.file.slice(0, k), at: out.at.slice(0, k) };
}

/** Merges any number of tables pairwise (a balanced tree: each level costs one pass over all entries). */
export function mergeAllTables(tables: readonly KeyTable[], repeats: FirstPlaces): KeyTable {
  if (tables.length === 0) return { hashes: new Uint32Array(0), file: new Uint32Array(0), at: new Float64Array(0) };
  let level = [...tables];
  while (level.length > 1) {
    const up: KeyTable[] = [];
    for (let i = 0; i < level.length; i += 2) up.push(i + 1 < level.length ? mergeTables(level[i]!, level[i + 1]!, repeats) : level[i]!);
    level = up;
  }
  return level[0]!;
}
