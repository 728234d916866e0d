import type { Column } from '../table/record-batch.js';
import { hashString } from '../table/hash.js';
import { HashSet64 } from './hash-set.js';

/** Bytes a short key holds: six bytes and the length fit exactly in a double's 53 bits. */
export const SHORT_KEY_BYTES = 6;

/**
 * The short key of the bytes b[start, end): the bytes and their count packed into one exact integer
 * (>= 0) when there are at most SHORT_KEY_BYTES of them, -1 when there are more.
 */
export function shortKeyOfBytes(b: Uint8Array, start: number, end: number): number {
  const n = end - start;
  if (n > SHORT_KEY_BYTES) return -1;
  let key = n;
  for (let p = start; p < end; p++) key = key * 256 + b[p]!;
  return key;
}

/**
 * A set of texts that cells are tested against (`in`, `not_in`, the boolean spellings). A cell is
 * compared by its short key when its column gives one (`Column.shortKey`: a few loads and compares),
 * otherwise by the 64-bit hash of its text (as uniqueness does; see src/domain/table/hash.ts).
 */
export class TextSet {
  private readonly hashes = new HashSet64();
  private readonly keys: Float64Array;
  private readonly keySet: Set<number> | undefined;
  /** Every text is short: a cell whose text is long is in no set. */
  private readonly allShort: boolean;
  private readonly h = new Uint32Array(2);

  constructor(texts: readonly string[]) {
    const keys: number[] = [];
    for (const t of texts) {
      hashString(t, this.h);
      this.hashes.add(this.h);
      const bytes = Buffer.from(t, 'utf8');
      const key = shortKeyOfBytes(bytes, 0, bytes.length);
      if (key >= 0) keys.push(key);
    }
    this.allShort = texts.every((t) => Buffer.byteLength(t, 'utf8') <= SHORT_KEY_BYTES);
    this.keys = Float64Array.from(keys);
    // A scan of a few keys beats a Set; many keys go in one.
    this.keySet = keys.length > 16 ? new Set(keys) : undefined;
  }

  /** Whether cell i (not null) of `col` is one of the texts. */
  hasCell(col: Column, i: number): boolean {
    if (col.shortKey !== undefined) {
      const key = col.shortKey(i);
      if (key >= 0) {
        if (this.keySet !== undefined) return this.keySet.has(key);
        const keys = this.keys;
        for (let k = 0; k < keys.length; k++) if (keys[k] === key) return true;
        return false;
      }
      if (key === -1 && this.allShort) return false;
    }
    // Only text, integers and booleans hash as their text (see Column.hash)
    const k = col.kind;
    if (k === 'text' || k === 'string' || k === 'integer' || k === 'boolean') col.hash(i, this.h);
    else hashString(col.text(i)!, this.h);
    return this.hashes.has(this.h);
  }
}
