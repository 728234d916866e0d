import { isUtf8 } from 'node:buffer';
import type { Arrays } from './scratch.js';

/**
 * The non-null values of one page (or of a dictionary), held without a JS object per value.
 * `f64`: numbers, int64 (exact bigints of the unsafe ones in `big`, by value index) and times (epoch ms).
 * `bytes`: strings as UTF-8 byte ranges of `buf`; `entry` is each value's dictionary entry (and the
 * dictionary's size) when the page is dictionary-encoded. `lossy`: some value is not valid UTF-8 (decode it as TextDecoder does).
 */
export type Dense =
  | { kind: 'f64'; count: number; values: Float64Array; big: Map<number, bigint> | undefined; entry: DictionaryEntries | undefined }
  | { kind: 'bool'; count: number; values: Uint8Array }
  | { kind: 'bytes'; count: number; buf: Buffer; start: Int32Array; end: Int32Array; lossy: boolean; entry: DictionaryEntries | undefined };

/** Each value's entry in its dictionary (`owner`, of `size` entries). */
export interface DictionaryEntries {
  index: Int32Array;
  owner: object;
  size: number;
}

export type DenseBytes = Extract<Dense, { kind: 'bytes' }>;

export function asBuffer(b: Uint8Array): Buffer {
  return Buffer.isBuffer(b) ? b : Buffer.from(b.buffer, b.byteOffset, b.byteLength);
}

/**
 * Drops a leading byte order mark from each value: hyparquet decodes with a default TextDecoder,
 * which drops it, so the value's text, hash and bytes then agree.
 */
function skipBom(buf: Uint8Array, start: Int32Array, end: Int32Array, count: number): void {
  for (let k = 0; k < count; k++) {
    const s = start[k]!;
    if (s + 3 <= end[k]! && buf[s] === 0xef && buf[s + 1] === 0xbb && buf[s + 2] === 0xbf) start[k] = s + 3;
  }
}

/** True when some value is not valid UTF-8. */
function anyInvalid(buf: Buffer, start: Int32Array, end: Int32Array, count: number): boolean {
  for (let k = 0; k < count; k++) if (!isUtf8(buf.subarray(start[k], end[k]))) return true;
  return false;
}

/** PLAIN BYTE_ARRAY values: a 4-byte little-endian length before each. */
export function plainByteArrays(page: Uint8Array, offset: number, count: number, arrays: Arrays): DenseBytes {
  if (4 * count > page.length - offset) throw new Error(`${count} strings need at least ${4 * count} bytes, the page has ${page.length - offset}`);
  const view = new DataView(page.buffer, page.byteOffset, page.byteLength);
  const start = arrays.i32('start', count);
  const end = arrays.i32('end', count);
  let p = offset;
  let longest = 0;
  for (let k = 0; k < count; k++) {
    const len = view.getUint32(p, true);
    p += 4;
    if (len > page.length - p) throw new Error(`string value ${k} of ${len} bytes runs past the end of its page`);
    // As skipBom does (dropping a valid sequence changes no value's validity).
    start[k] = page[p] === 0xef && len >= 3 && page[p + 1] === 0xbb && page[p + 2] === 0xbf ? p + 3 : p;
    p += len;
    end[k] = p;
    if (len > longest) longest = len;
  }
  const buf = asBuffer(page);
  // With every length below 128 the length prefixes are ASCII, which no multi-byte sequence spans:
  // the whole run is valid UTF-8 exactly when every value is.
  const lossy = count > 0 && (longest < 128 ? !isUtf8(buf.subarray(offset, p)) : anyInvalid(buf, start, end, count));
  return { kind: 'bytes', count, buf, start, end, lossy, entry: undefined };
}

/** Separately allocated values (DELTA_* encodings) copied into one buffer. */
export function joinedByteArrays(values: readonly Uint8Array[]): DenseBytes {
  const count = values.length;
  let total = 0;
  for (const v of values) total += v.length;
  const buf = Buffer.allocUnsafe(total);
  const start = new Int32Array(count);
  const end = new Int32Array(count);
  let p = 0;
  values.forEach((v, k) => {
    buf.set(v, p);
    start[k] = p;
    p += v.length;
    end[k] = p;
  });
  const lossy = anyInvalid(buf, start, end, count);
  skipBom(buf, start, end, count);
  return { kind: 'bytes', count, buf, start, end, lossy, entry: undefined };
}

/** Values of a dictionary-encoded page: the dictionary's values at `indices`. */
export function gather(dict: Dense, indices: Int32Array, count: number, arrays: Arrays): Dense {
  // One pass per kind; an index outside the dictionary reads `undefined` from its typed array.
  const outOfRange = (k: number): Error => new Error(`dictionary index ${indices[k]} out of range (the dictionary has ${dict.count} entries)`);
  switch (dict.kind) {
    case 'bytes': {
      const start = arrays.i32('start', count);
      const end = arrays.i32('end', count);
      for (let k = 0; k < count; k++) {
        const x = indices[k]!;
        const s = dict.start[x];
        if (s === undefined) throw outOfRange(k);
        start[k] = s;
        end[k] = dict.end[x]!;
      }
      return { kind: 'bytes', count, buf: dict.buf, start, end, lossy: dict.lossy, entry: { index: indices, owner: dict, size: dict.count } };
    }
    case 'bool': {
      const values = arrays.u8('bool', count);
      for (let k = 0; k < count; k++) {
        const v = dict.values[indices[k]!];
        if (v === undefined) throw outOfRange(k);
        values[k] = v;
      }
      return { kind: 'bool', count, values };
    }
    case 'f64': {
      const values = arrays.f64('values', count);
      for (let k = 0; k < count; k++) {
        const v = dict.values[indices[k]!];
        if (v === undefined) throw outOfRange(k);
        values[k] = v;
      }
      let big: Map<number, bigint> | undefined;
      if (dict.big) {
        for (let k = 0; k < count; k++) {
          const b = dict.big.get(indices[k]!);
          if (b !== undefined) (big ??= new Map()).set(k, b);
        }
      }
      return { kind: 'f64', count, values, big, entry: { index: indices, owner: dict, size: dict.count } };
    }
  }
}
