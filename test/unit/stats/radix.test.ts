import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { argsortDoubles, argsortU64 } from '../../../src/domain/stats/radix.js';

describe('radix argsort', () => {
  it('orders doubles like a stable comparator sort (negatives, -0, ties, infinities)', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.double({ noNaN: true }), fc.constantFrom(0, -0, 1, -1, 0.5)), { maxLength: 300 }), (xs) => {
        const values = Float64Array.from(xs);
        const expected = xs.map((_, i) => i).sort((a, b) => values[a]! - values[b]! || a - b);
        expect(Array.from(argsortDoubles(values))).toEqual(expected);
      }),
    );
  });
  it('orders 64-bit keys by (hi, lo), stably', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 3 }), fc.nat()), { maxLength: 300 }), (pairs) => {
        const hi = Uint32Array.from(pairs.map((p) => p[0] * 0x40000001));
        const lo = Uint32Array.from(pairs.map((p) => p[1]));
        const expected = pairs.map((_, i) => i).sort((a, b) => hi[a]! - hi[b]! || lo[a]! - lo[b]! || a - b);
        expect(Array.from(argsortU64(hi, lo))).toEqual(expected);
      }),
    );
  });
});
