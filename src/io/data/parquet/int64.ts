/**
 * 64-bit integers from their two 32-bit halves (hi signed or unsigned, lo unsigned) without a BigInt
 * per value: `Number(bigint)`, and the epoch ms of a micro- or nanosecond timestamp, floored (see
 * PARSERS in values.ts).
 */

const TWO32 = 4294967296;
/** Dates are valid within ±8.64e15 ms of the epoch (ECMAScript TimeClip). */
const MAX_MS = 8.64e15;

/** The Number nearest to hi·2^32 + lo (exact when it is a safe integer). */
export function int64Number(hi: number, lo: number): number {
  return hi * TWO32 + lo;
}

export function int64BigInt(hi: number, lo: number, unsigned: boolean): bigint {
  const v = (BigInt(hi) << 32n) | BigInt(lo);
  return unsigned ? BigInt.asUintN(64, v) : BigInt.asIntN(64, v);
}

/** The ms a Date created from `ms` holds: NaN outside the valid range, and no negative zero. */
export function clipMs(ms: number): number {
  return Math.abs(ms) <= MAX_MS ? ms + 0 : NaN;
}

/**
 * floor((hi·2^32 + lo) / d) for d = 1000 or 10^6: split 2^32 = q·d + r so every intermediate is an
 * exact double (beyond ±2^53 ms the date is invalid anyway).
 */
function floorDiv(hi: number, lo: number, d: number, q: number, r: number): number {
  const low = hi * r + lo;
  let rem = low % d;
  if (rem < 0) rem += d;
  return hi * q + (low - rem) / d;
}

/** Below this magnitude (years 1827 to 2112 in microseconds) v and q·1000 are exact doubles: no floating remainder. */
const EXACT_MICROS = 2 ** 52;

export function microsToMs(hi: number, lo: number): number {
  const v = hi * TWO32 + lo;
  if (v < EXACT_MICROS && v > -EXACT_MICROS) {
    // The quotient rounded, then corrected by the exact remainder: floor(v / 1000).
    let q = Math.floor(v / 1000);
    const rem = v - q * 1000;
    if (rem < 0) q--;
    else if (rem >= 1000) q++;
    return clipMs(q);
  }
  return clipMs(floorDiv(hi, lo, 1000, 4294967, 296));
}

export function nanosToMs(hi: number, lo: number): number {
  return clipMs(floorDiv(hi, lo, 1_000_000, 4294, 967296));
}

/** hi and lo (unsigned) halves of a 64-bit value given as a bigint. */
export function bigIntHalves(v: bigint): [number, number] {
  return [Number(BigInt.asIntN(32, v >> 32n)), Number(BigInt.asUintN(32, v))];
}
