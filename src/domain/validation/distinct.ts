import { hashInteger } from '../table/hash.js';
import type { Column } from '../table/record-batch.js';
import { HashSet64 } from './hash-set.js';

/**
 * The distinct values of a `unique` column seen so far. A value whose text is a canonical integer
 * (`0` or `-?[1-9][0-9]{0,14}`: one text per integer) is kept as one bit in a window of integers fixed
 * by the first one seen, the common case of ids, where a hash-set insert is a cache miss; every other
 * value, and integers outside the window, is kept as the 64-bit hash of its text (`HashSet64`). An
 * integer outside the window hashes exactly as its text would, so two texts are the same value here
 * exactly when they are equal, whichever way each went.
 */
export class DistinctValues {
  private readonly hashes = new HashSet64();
  private bits: Int32Array | undefined;
  private base = 0;
  private expected = 0;
  private readonly h = new Uint32Array(2);

  /** About `count` values in all will come (sizes the integer window and the hash set once). */
  reserve(count: number): void {
    this.expected = Math.max(this.expected, count);
  }

  /** Adds the canonical integer v; true when it was not there yet. */
  addInteger(v: number): boolean {
    let bits = this.bits;
    if (bits === undefined) {
      const size = windowBits(this.expected);
      // A little room below the first id, most of it above (ids mostly grow).
      this.base = v - size / 16;
      bits = this.bits = new Int32Array(size >>> 5);
    }
    const k = v - this.base;
    if (k >= 0 && k < bits.length * 32) {
      const word = k >>> 5;
      const mask = 1 << (k & 31);
      const had = bits[word]! & mask;
      bits[word] = bits[word]! | mask;
      return had === 0;
    }
    hashInteger(v, this.h);
    return this.hashes.add(this.h);
  }

  /** Adds the value with this text hash (not a canonical integer); true when it was not there yet. */
  addHash(h: Uint32Array): boolean {
    return this.hashes.add(h);
  }

  /**
   * Adds the values of rows [0, n) in order: ints[r] when not NaN, else the hash (hi[r], lo[r]);
   * null rows (nulls[r] = 1) are skipped. fresh[r] = 1 when row r's value was new (0 for nulls).
   */
  addRows(keys: UniqueKeys, n: number, fresh: Uint8Array): void {
    const { ints, hi, lo, nulls } = keys;
    let hashed = 0;
    for (let r = 0; r < n; r++) if (nulls[r] === 0 && Number.isNaN(ints[r]!)) hashed++;
    for (let r = 0; r < n; r++) {
      const v = ints[r]!;
      fresh[r] = nulls[r] === 0 && v === v && this.addInteger(v) ? 1 : 0;
    }
    if (hashed === 0) return;
    if (this.hashes.size === 0 && this.expected > 0) this.hashes.reserve(Math.ceil((this.expected * hashed) / n));
    // The hashed rows go through addMany, whose cache misses overlap.
    const rows = new Int32Array(hashed);
    const hh = new Uint32Array(hashed);
    const hl = new Uint32Array(hashed);
    for (let r = 0, k = 0; r < n; r++) {
      if (nulls[r] !== 0 || !Number.isNaN(ints[r]!)) continue;
      rows[k] = r;
      hh[k] = hi[r]!;
      hl[k++] = lo[r]!;
    }
    const isNew = new Uint8Array(hashed);
    this.hashes.addMany(hh, hl, 0, hashed, isNew);
    for (let k = 0; k < hashed; k++) fresh[rows[k]!] = isNew[k]!;
  }
}

/** What a reader sends for a `unique` column, per row: the canonical integer (NaN if none) or the text hash, and nulls. */
export interface UniqueKeys {
  ints: Float64Array;
  hi: Uint32Array;
  lo: Uint32Array;
  nulls: Uint8Array;
}

/** Bits of the integer window: twice the expected values (at least 2^16, at most 2^28 = 32 MiB). */
function windowBits(expected: number): number {
  let bits = 1 << 16;
  while (bits < 2 * expected && bits < 1 << 28) bits *= 2;
  return bits;
}

/** The integer whose canonical text `s` is, or NaN (`007`, `+7`, `-0`, ` 7`, 16+ digits are not canonical). */
export function canonicalIntegerText(s: string): number {
  const n = s.length;
  if (n === 0 || n > 16) return NaN;
  let p = s.charCodeAt(0) === 45 ? 1 : 0;
  if (p === n || n - p > 15) return NaN;
  if (s.charCodeAt(p) === 48) return n === 1 ? 0 : NaN;
  for (; p < n; p++) {
    const c = s.charCodeAt(p);
    if (c < 48 || c > 57) return NaN;
  }
  return Number(s);
}

/** The canonical integer a non-null cell's text is (`Column.canonicalInteger`, else from its value), or NaN. */
export function uniqueInteger(col: Column, i: number): number {
  if (col.canonicalInteger !== undefined) return col.canonicalInteger(i);
  const v = col.value(i);
  switch (typeof v) {
    case 'number':
      // String(v) is canonical for these; -0 prints as "0".
      return Number.isInteger(v) && Math.abs(v) < 1e15 ? v + 0 : NaN;
    case 'bigint':
      return v > -1000000000000000n && v < 1000000000000000n ? Number(v) : NaN;
    case 'string':
      return canonicalIntegerText(v);
    default:
      return canonicalIntegerText(col.text(i) ?? '');
  }
}

/** Empty keys for `rows` rows. */
export function uniqueKeys(rows: number): UniqueKeys {
  return { ints: new Float64Array(rows), hi: new Uint32Array(rows), lo: new Uint32Array(rows), nulls: new Uint8Array(rows) };
}

/** Fills keys[at + i] for the column's rows i in [0, n) (what `DistinctValues.addRows` reads). */
export function fillUniqueKeys(col: Column, n: number, keys: UniqueKeys, at: number, h: Uint32Array): void {
  const { ints, hi, lo, nulls } = keys;
  for (let i = 0; i < n; i++) {
    const r = at + i;
    if (col.isNull(i)) {
      nulls[r] = 1;
      ints[r] = NaN;
      continue;
    }
    nulls[r] = 0;
    const v = uniqueInteger(col, i);
    ints[r] = v;
    if (v !== v) {
      col.hash(i, h);
      hi[r] = h[0]!;
      lo[r] = h[1]!;
    }
  }
}
