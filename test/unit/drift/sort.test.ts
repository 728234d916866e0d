import { describe, expect, it } from 'vitest';
import { sortFloat64 } from '../../../src/domain/drift/sort.js';
import { normals, rng } from './random.js';

describe('radix sort of float64', () => {
  it('matches the built-in sort on mixed signs, ties, infinities, subnormals and ±0', () => {
    const r = rng(4);
    const a = normals(1, 50_000, 0, 1e3, 10);
    for (let i = 0; i < a.length; i += 97) a[i] = [Infinity, -Infinity, 5e-324, -5e-324, 0, 1e308, -1e308][Math.floor(r.uniform() * 7)]!;
    const expected = Float64Array.from(a).sort();
    expect(sortFloat64(Float64Array.from(a))).toEqual(expected);
  });

  it('sorts subarray views in place and leaves short arrays to the built-in sort', () => {
    const buf = normals(2, 10_000);
    const view = buf.subarray(1000, 9000);
    const expected = Float64Array.from(view).sort();
    sortFloat64(view);
    expect(view).toEqual(expected);
    expect(sortFloat64(Float64Array.from([3, -1, 2]))).toEqual(Float64Array.from([-1, 2, 3]));
  });

  it('leaves data already in order as it is and sorts data that is nearly in order (a late swap, ties, -0 after +0)', () => {
    const ids = Float64Array.from({ length: 20_000 }, (_, i) => i - 5000);
    expect(sortFloat64(Float64Array.from(ids))).toEqual(ids);
    const swapped = Float64Array.from(ids);
    [swapped[19_998], swapped[19_999]] = [swapped[19_999]!, swapped[19_998]!];
    const ties = Float64Array.from({ length: 20_000 }, (_, i) => Math.floor(i / 3));
    ties[10_000] = ties[10_001]! + 1;
    const zeros = Float64Array.from({ length: 5000 }, (_, i) => (i < 2500 ? i - 2500 : i === 2500 ? 0 : i === 2501 ? -0 : i));
    for (const a of [swapped, ties, zeros]) {
      const expected = Float64Array.from(a).sort();
      expect([...sortFloat64(Float64Array.from(a))].map((v) => Object.is(v, -0) ? '-0' : v)).toEqual([...expected].map((v) => Object.is(v, -0) ? '-0' : v));
    }
  });
});

describe('radix sort of float64: runs that share the high 32 bits', () => {
  it('orders values that differ only in their low mantissa bits, in short and long runs', () => {
    const r = rng(7);
    const a = new Float64Array(20_000);
    for (let i = 0; i < a.length; i++) {
      // 1 + k·2^-40: every value below 1 + 2^-20 shares its high word with 1 (a run of ~10,000).
      a[i] = i % 2 ? 1 + Math.floor(r.uniform() * 1e6) * 2 ** -40 : (r.uniform() - 0.5) * 1e3;
    }
    for (let i = 0; i < 200; i++) a[i] = -(1 + (i % 7) * 2 ** -45);
    const expected = Float64Array.from(a).sort();
    expect(sortFloat64(a)).toEqual(expected);
  });
});
