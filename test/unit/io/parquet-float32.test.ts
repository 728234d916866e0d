import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { float32Decimal, float32DecimalSlow } from '../../../src/io/data/parquet/float32.js';
import { referenceOutput } from '../../references/reference.js';
import { float32Values, floatsFromBits, numpyShortest } from './parquet-float32.references.js';

describe('float32Decimal: a FLOAT as the shortest decimal that reads back as it', () => {
  it("equals NumPy's shortest repr (Dragon4, unique=True) on random bit patterns and on decimals people write", () => {
    const finite = float32Values;
    const numpy = referenceOutput(numpyShortest);
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
