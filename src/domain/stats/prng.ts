/**
 * xoshiro128** (Blackman & Vigna): a fast 32-bit PRNG with a 2^128 − 1 period, seeded through
 * SplitMix32 from (seed, stream) so that independent streams (one per chunk of resamples) give the
 * same numbers whichever thread draws them — results depend on the seed only, never on the core count.
 */
export interface Prng {
  /** Uniform 32-bit unsigned integer. */
  nextU32(): number;
  /** Uniform double in [0, 1) with 53 random bits. */
  nextDouble(): number;
  /** Uniform integer in [0, n), unbiased (Lemire's multiply-shift with rejection), n ≤ 2^32. */
  nextBelow(n: number): number;
}

export function seedState(seed: number, stream: number): Uint32Array {
  const s = new Uint32Array(4);
  let x = (Math.trunc(seed) ^ Math.imul(stream + 1, 0x9e3779b9)) >>> 0;
  // Mix in the high bits of large seeds too.
  x = (x ^ Math.trunc(seed / 4294967296)) >>> 0;
  for (let i = 0; i < 4; i++) {
    x = (x + 0x9e3779b9) >>> 0;
    let z = x;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    s[i] = (z ^ (z >>> 16)) >>> 0;
  }
  if ((s[0]! | s[1]! | s[2]! | s[3]!) === 0) s[0] = 1;
  return s;
}

export function createPrng(seed: number, stream = 0): Prng {
  const s = seedState(seed, stream);
  let s0 = s[0]!;
  let s1 = s[1]!;
  let s2 = s[2]!;
  let s3 = s[3]!;
  const nextU32 = (): number => {
    const r = Math.imul(rotl(Math.imul(s1, 5), 7), 9) >>> 0;
    const t = s1 << 9;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    s3 = rotl(s3, 11);
    return r;
  };
  return {
    nextU32,
    nextDouble: () => ((nextU32() >>> 5) * 67108864 + (nextU32() >>> 6)) / 9007199254740992,
    nextBelow: (n: number): number => {
      let m = nextU32() * n;
      let low = m % 4294967296;
      if (low < n) {
        const threshold = (4294967296 - n) % n;
        while (low < threshold) {
          m = nextU32() * n;
          low = m % 4294967296;
        }
      }
      return Math.floor(m / 4294967296);
    },
  };
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}
