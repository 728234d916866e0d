import { hashBytes, hashInteger } from '../../../domain/table/hash.js';

const digits = new Uint8Array(24);

/**
 * Exactly `hashInteger(n)` (the hash of the decimal text), with int32 arithmetic on two halves of at
 * most 8 digits instead of a floating division per digit: ids and timestamps are hashed once per row.
 */
export function hashSafeInteger(n: number, out: Uint32Array): void {
  let v = n < 0 ? -n : n;
  if (!(v <= Number.MAX_SAFE_INTEGER) || !Number.isInteger(v)) return hashInteger(n, out);
  let p = digits.length;
  if (v >= 1e8) {
    const high = Math.floor(v / 1e8);
    let low = v - high * 1e8;
    for (let k = 0; k < 8; k++) {
      const q = (low / 10) | 0;
      digits[--p] = 48 + low - q * 10;
      low = q;
    }
    v = high;
  }
  let w = v | 0;
  do {
    const q = (w / 10) | 0;
    digits[--p] = 48 + w - q * 10;
    w = q;
  } while (w > 0);
  if (n < 0) digits[--p] = 45;
  hashBytes(digits, p, digits.length, false, out);
}
