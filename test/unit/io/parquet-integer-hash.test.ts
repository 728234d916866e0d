import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hashInteger } from '../../../src/domain/table/hash.js';
import { hashSafeInteger } from '../../../src/io/data/parquet/integer-hash.js';

function both(n: number): [number[], number[]] {
  const a = new Uint32Array(2);
  const b = new Uint32Array(2);
  hashInteger(n, a);
  hashSafeInteger(n, b);
  return [[...a], [...b]];
}

describe('hashSafeInteger', () => {
  it('equals hashInteger on safe integers, at the digit-count edges, and on NaN', () => {
    const edges = [0, -0, 1, -1, 9, 10, 99_999_999, 100_000_000, 100_000_001, 2 ** 31 - 1, 2 ** 31, 2 ** 32, 1_700_000_000_000, -1_700_000_000_123, Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER, NaN];
    for (const n of edges) {
      const [a, b] = both(n);
      expect(b, String(n)).toEqual(a);
    }
    fc.assert(
      fc.property(fc.maxSafeInteger(), (n) => {
        const [a, b] = both(n);
        expect(b).toEqual(a);
      }),
      { numRuns: 20_000 },
    );
  });
});
