import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { float32Decimal, float32DecimalSlow } from '../../../src/io/data/parquet/float32.js';
import { rng } from '../drift/scipy.js';
import { python } from '../stats/python.js';

/** float32 values from bit patterns: every exponent, both signs, subnormals; NaN and infinities left out. */
function floatsFromBits(bits: readonly number[]): number[] {
  const u = Uint32Array.from(bits);
  return [...new Float32Array(u.buffer)].filter(Number.isFinite);
}

describe('float32Decimal: a FLOAT as the shortest decimal that reads back as it', () => {
  it("equals NumPy's shortest repr (Dragon4, unique=True) on random bit patterns and on decimals people write", () => {
    const random = rng(20261124);
    const values = floatsFromBits(Array.from({ length: 20_000 }, () => Math.floor(random.uniform() * 2 ** 32)));
    for (let e = -45; e <= 38; e++) for (const m of [1, 1.1, 2.5, 3, 7.77, 9.99]) values.push(Math.fround(m * 10 ** e));
    for (let i = 0; i <= 2000; i++) values.push(Math.fround(i / 1000), Math.fround(-i / 100), Math.fround(i * 1237.5));
    values.push(Math.fround(3.4028234663852886e38), 1.401298464324817e-45, Math.fround(16777217), Math.fround(0.1), Math.fround(1537.34375), Math.fround(199686.625));
    const finite = values.filter(Number.isFinite);
    const numpy = python<string[]>('print(json.dumps([np.format_float_scientific(np.float32(x), unique=True) for x in DATA]))', finite);
    const mismatches = finite.map((f, i) => [f, float32Decimal(f), Number(numpy[i])]).filter(([, ours, theirs]) => ours !== theirs);
    expect(mismatches.slice(0, 5)).toEqual([]);
    expect(float32Decimal(Math.fround(1.1))).toBe(1.1);
    expect(float32Decimal(Math.fround(-0.3))).toBe(-0.3);
  });

  it('takes the same value as the string search (ECMAScript toPrecision) for any float32', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffffff }), (bits) => {
        const [f] = floatsFromBits([bits]);
        if (f === undefined) return;
        const d = float32Decimal(f);
        expect(d).toBe(float32DecimalSlow(f));
        expect(Math.fround(d)).toBe(f);
      }),
      { numRuns: 50_000 },
    );
  });

  it('keeps zero, its sign, and non-finite values', () => {
    expect(Object.is(float32Decimal(-0), -0)).toBe(true);
    expect(float32Decimal(0)).toBe(0);
    expect(float32Decimal(Infinity)).toBe(Infinity);
    expect(float32Decimal(-Infinity)).toBe(-Infinity);
    expect(float32Decimal(NaN)).toBeNaN();
  });
});
