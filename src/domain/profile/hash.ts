/** 64-bit hashing of values (as two 32-bit halves) for the distinct-count sketch. */

import { fmix32 } from '../table/hash.js';

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

/** Hash of a number's float64 bits (−0 and 0 hash alike, so 3 and 3.0 from any reader agree). */
export function hashNumber(v: number): [number, number] {
  f64[0] = v === 0 ? 0 : v;
  const lo = u32[0]!;
  const hi = u32[1]!;
  const a = fmix32(lo ^ fmix32(hi ^ 0x9e3779b9));
  const b = fmix32(hi ^ fmix32(lo ^ 0x7f4a7c15) ^ 0x5bd1e995);
  return [a, b];
}

/** Hash of a string's UTF-16 code units (two independent 32-bit FNV-1a streams, finalised). */
export function hashString(s: string): [number, number] {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
  }
  return [fmix32(a), fmix32(b ^ 0x27d4eb2f)];
}
