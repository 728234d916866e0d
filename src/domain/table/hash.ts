/**
 * A 64-bit hash of UTF-8 bytes as two independent 32-bit lanes (FNV-1a and a multiply-xorshift
 * lane, each finalised with murmur3's fmix32). Used by uniqueness, duplicate and leakage checks,
 * which store hashes in typed arrays instead of strings (a JS Set fails past 2^24 entries).
 *
 * Collisions: two different values share a hash with probability ~2^-64 per pair, so a check over n
 * distinct values reports a false duplicate with probability about n^2 / 2^65 (1M values: 3e-8,
 * 10M: 3e-6). Values are not re-checked exactly; the examples show the colliding values.
 */

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const LANE2_SEED = 0x9747b28c;
const LANE2_MUL = 0x5bd1e995;

export function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Null hashes to this (a length no byte string has). */
export function hashNull(out: Uint32Array): void {
  out[0] = 0x6e756c6c;
  out[1] = fmix32(0xffffffff);
}

/**
 * Hashes b[start, end). With `unescapeQuotes`, each `""` pair counts as one `"` (a quoted CSV field
 * hashes like its unquoted text).
 */
export function hashBytes(b: Uint8Array, start: number, end: number, unescapeQuotes: boolean, out: Uint32Array): void {
  let h1 = FNV_OFFSET;
  let h2 = LANE2_SEED;
  let n = 0;
  for (let p = start; p < end; p++) {
    const c = b[p]!;
    if (unescapeQuotes && c === 34) p++;
    h1 = Math.imul(h1 ^ c, FNV_PRIME);
    h2 = Math.imul(h2 ^ c, LANE2_MUL);
    h2 ^= h2 >>> 15;
    n++;
  }
  out[0] = fmix32(h1 ^ n);
  out[1] = fmix32(h2 ^ Math.imul(n, 0x27d4eb2d));
}

/** Same hash as `hashBytes` over the UTF-8 encoding of `s`. */
export function hashString(s: string, out: Uint32Array): void {
  let h1 = FNV_OFFSET;
  let h2 = LANE2_SEED;
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80) {
      const bytes = Buffer.from(s, 'utf8');
      hashBytes(bytes, 0, bytes.length, false, out);
      return;
    }
    h1 = Math.imul(h1 ^ c, FNV_PRIME);
    h2 = Math.imul(h2 ^ c, LANE2_MUL);
    h2 ^= h2 >>> 15;
  }
  out[0] = fmix32(h1 ^ n);
  out[1] = fmix32(h2 ^ Math.imul(n, 0x27d4eb2d));
}

/** Folds hash `h` into the running combination `acc` (order-sensitive), for multi-column keys and whole rows. */
export function combineHash(acc: Uint32Array, h: Uint32Array): void {
  acc[0] = fmix32((Math.imul(acc[0]!, 31) ^ h[0]!) >>> 0);
  acc[1] = fmix32((Math.imul(acc[1]!, 0x01000193) + h[1]!) >>> 0);
}

/** `combineHash` of (hi[i], lo[i]) with `h`, in place. */
export function combineHashAt(hi: Uint32Array, lo: Uint32Array, i: number, h: Uint32Array): void {
  hi[i] = fmix32((Math.imul(hi[i]!, 31) ^ h[0]!) >>> 0);
  lo[i] = fmix32((Math.imul(lo[i]!, 0x01000193) + h[1]!) >>> 0);
}

const digitScratch = new Uint8Array(24);

/** Same as `hashString(String(n))` for a safe integer, without building the string. */
export function hashInteger(n: number, out: Uint32Array): void {
  let p = digitScratch.length;
  let v = Math.abs(n);
  do {
    const q = Math.floor(v / 10);
    digitScratch[--p] = 48 + (v - q * 10);
    v = q;
  } while (v > 0);
  if (n < 0) digitScratch[--p] = 45;
  hashBytes(digitScratch, p, digitScratch.length, false, out);
}

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

/** A double hashed by its binary value (for non-integral numbers: no string is built). */
export function hashDouble(x: number, out: Uint32Array): void {
  f64[0] = x === 0 ? 0 : x;
  out[0] = fmix32(u32[0]! ^ 0x3c6ef372);
  out[1] = fmix32(u32[1]! ^ Math.imul(u32[0]!, 0x85ebca6b));
}

/** A DataView over the same bytes as `b` (offsets into `b` are offsets into it), for `hashRecordBytes`. */
export function viewOf(b: Uint8Array): DataView {
  return new DataView(b.buffer, b.byteOffset, b.byteLength);
}

/**
 * A faster 64-bit hash of b[start, end) for whole records (duplicate rows), four bytes at a time
 * (murmur3-style lanes; `view` is `viewOf(b)`, one little-endian load per four bytes). Not equal
 * to `hashBytes`: only compare it with itself (with the same seeds: a pair of seeds is a distinct
 * hash function, such as one per JSON key).
 */
export function hashRecordBytes(b: Uint8Array, view: DataView, start: number, end: number, out: Uint32Array, seed1 = 0x9747b28c, seed2 = 0x85ebca6b): void {
  let h1 = seed1 ^ (end - start);
  let h2 = seed2 ^ (end - start);
  let p = start;
  for (; p + 4 <= end; p += 4) {
    let k = view.getInt32(p, true);
    k = Math.imul(k, 0xcc9e2d51);
    k = (k << 15) | (k >>> 17);
    k = Math.imul(k, 0x1b873593);
    h1 ^= k;
    h1 = (h1 << 13) | (h1 >>> 19);
    h1 = (Math.imul(h1, 5) + 0xe6546b64) | 0;
    h2 = (Math.imul(h2 ^ k, 0x01000193) + 0x7f4a7c15) | 0;
  }
  let k = 0;
  for (let s = 0; p < end; p++, s += 8) k |= b[p]! << s;
  k = Math.imul(k, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  h1 ^= Math.imul(k, 0x1b873593);
  h2 = Math.imul(h2 ^ k, 0x01000193);
  out[0] = fmix32(h1);
  out[1] = fmix32(h2 ^ h1);
}
