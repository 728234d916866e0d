/** The NumPy reference of parquet-float32.test.ts (see test/references/reference.ts). */
import { pythonReference } from '../../references/reference.js';
import { rng } from '../drift/random.js';

/** float32 values from bit patterns: every exponent, both signs, subnormals; NaN and infinities left out. */
export function floatsFromBits(bits: readonly number[]): number[] {
  const u = Uint32Array.from(bits);
  return [...new Float32Array(u.buffer)].filter(Number.isFinite);
}

/** Random bit patterns, then decimals people write (every exponent), then a few edge cases. */
export const float32Values: number[] = (() => {
  const random = rng(20261124);
  const values = floatsFromBits(Array.from({ length: 20_000 }, () => Math.floor(random.uniform() * 2 ** 32)));
  for (let e = -45; e <= 38; e++) for (const m of [1, 1.1, 2.5, 3, 7.77, 9.99]) values.push(Math.fround(m * 10 ** e));
  for (let i = 0; i <= 2000; i++) values.push(Math.fround(i / 1000), Math.fround(-i / 100), Math.fround(i * 1237.5));
  values.push(Math.fround(3.4028234663852886e38), 1.401298464324817e-45, Math.fround(16777217), Math.fround(0.1), Math.fround(1537.34375), Math.fround(199686.625));
  return values.filter(Number.isFinite);
})();

/** NumPy's shortest repr of each value as a float32 (Dragon4, unique=True). */
export const numpyShortest = pythonReference<string[]>('io/numpy-float32-shortest', 'emit([np.format_float_scientific(np.float32(x), unique=True) for x in INPUT])', () => float32Values);
