import { describe, expect, it } from 'vitest';
import { SortScratch, sortFloat64, sortFloat64Blocks } from '../../../src/domain/drift/sort.js';
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

describe('radix sort of float64 over blocks (a column as the chunks sent it)', () => {
  const show = (a: Float64Array): (number | string)[] => [...a].map((v) => (Object.is(v, -0) ? '-0' : v));
  /** `values` cut into blocks of the given sizes (the last takes the rest), each a view into a buffer of its own at an offset. */
  const cut = (values: Float64Array, sizes: readonly number[]): Float64Array[] => {
    const blocks: Float64Array[] = [];
    let at = 0;
    for (const size of [...sizes, values.length]) {
      const take = Math.min(size, values.length - at);
      const own = new Float64Array(take + 3).fill(NaN);
      own.set(values.subarray(at, at + take), 2);
      blocks.push(own.subarray(2, 2 + take));
      at += take;
      if (at === values.length) break;
    }
    return blocks;
  };
  const r = rng(11);
  const variants: Record<string, Float64Array> = {
    'negatives and positives': Float64Array.from({ length: 30_000 }, () => (r.uniform() - 0.5) * 1e6),
    '-0 and +0 among others': Float64Array.from({ length: 9000 }, (_, i) => (i % 3 === 0 ? -0 : i % 3 === 1 ? 0 : i - 4500)),
    duplicates: Float64Array.from({ length: 25_000 }, () => Math.floor(r.uniform() * 40) - 20),
    'already sorted': Float64Array.from({ length: 12_000 }, (_, i) => i * 0.5 - 100),
    'sorted but for ties': Float64Array.from({ length: 12_000 }, (_, i) => Math.floor(i / 2)),
    'tiny (3 values)': Float64Array.from([2, -0, -7]),
    'just under 2048': Float64Array.from({ length: 2047 }, () => r.uniform() - 0.5),
    'just over 2048': Float64Array.from({ length: 2049 }, () => r.uniform() - 0.5),
    'low bits only': Float64Array.from({ length: 6000 }, (_, i) => 1 + ((i * 7919) % 6000) * 2 ** -45),
    // The window of 32 bits the keys differ in lies across the high and the low word.
    'timestamps in milliseconds': Float64Array.from({ length: 20_000 }, () => 1.6e12 + Math.floor(r.uniform() * 3e10)),
    'large integer ids': Float64Array.from({ length: 20_000 }, () => 2 ** 40 + Math.floor(r.uniform() * 2 ** 30)),
    // One far value sets the window; the rest share it and are ordered by their low words, in long runs.
    'a cluster and one outlier': Float64Array.from({ length: 20_000 }, (_, i) => (i === 7 ? 1e300 : 1000 + r.uniform() * 1e-6)),
    'a cluster and one negative outlier': Float64Array.from({ length: 20_000 }, (_, i) => (i === 9 ? -1e-300 : 1 + Math.floor(r.uniform() * 5000) * 2 ** -52)),
    'one high word, differing low words': Float64Array.from({ length: 20_000 }, () => -(2 + Math.floor(r.uniform() * 2 ** 20) * 2 ** -51)),
    'all equal': new Float64Array(5000).fill(-2.5),
    'all equal but one': Float64Array.from({ length: 5000 }, (_, i) => (i === 4321 ? 7 : 3)),
  };
  for (const [name, values] of Object.entries(variants)) {
    it(`equals Float64Array.prototype.sort and leaves the blocks unchanged: ${name}`, () => {
      const expected = show(Float64Array.from(values).sort());
      for (const sizes of [[values.length], [1, 0, 1000], [values.length >> 1], [4096, 4096, 4096, 4096]]) {
        const blocks = cut(values, sizes);
        const before = blocks.map((b) => Float64Array.from(b));
        const sorted = sortFloat64Blocks(blocks, new SortScratch());
        expect(show(sorted)).toEqual(expected);
        if (blocks.length > 1) blocks.forEach((b, k) => expect(show(b)).toEqual(show(before[k]!)));
        else expect(sorted).toBe(blocks[0]);
      }
    });
  }

  it('gives an empty array for no blocks or only empty ones', () => {
    expect(sortFloat64Blocks([])).toEqual(new Float64Array(0));
    expect(sortFloat64Blocks([new Float64Array(0), new Float64Array(0)])).toEqual(new Float64Array(0));
  });

  it('reuses one scratch from a long column to a short one and back', () => {
    const scratch = new SortScratch();
    const long = Float64Array.from({ length: 50_000 }, () => r.uniform() * 100 - 50);
    const short = Float64Array.from({ length: 3000 }, () => r.uniform() * 10 - 5);
    for (const values of [long, short, long]) expect(sortFloat64Blocks(cut(values, [777, 10_000]), scratch)).toEqual(Float64Array.from(values).sort());
  });
});
