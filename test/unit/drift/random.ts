// Seeded random data for the tests.
/** Deterministic generator (mulberry32) with normal draws (Box–Muller). */
export function rng(seed: number): { uniform(): number; normal(mean?: number, sd?: number): number } {
  let s = seed >>> 0;
  const uniform = (): number => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    uniform,
    normal(mean = 0, sd = 1) {
      const u = 1 - uniform();
      const v = uniform();
      return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    },
  };
}

export function normals(seed: number, n: number, mean = 0, sd = 1, round?: number): Float64Array {
  const r = rng(seed);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const v = r.normal(mean, sd);
    out[i] = round === undefined ? v : Math.round(v * round) / round;
  }
  return out;
}
