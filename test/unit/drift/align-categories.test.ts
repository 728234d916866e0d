import { describe, expect, it } from 'vitest';
import { alignCategories, pooledCounts } from '../../../src/domain/drift/distribution.js';
import type { CategoricalDistribution } from '../../../src/domain/drift/distribution.js';

const dist = (counts: Record<string, number>, other = 0): CategoricalDistribution => {
  const map = new Map(Object.entries(counts));
  const total = [...map.values()].reduce((s, n) => s + n, 0) + other;
  return { kind: 'categorical', counts: map, other, countError: 0, count: total, nulls: 0 };
};
const asRecord = (a: ReturnType<typeof alignCategories>): Record<string, [number, number]> => Object.fromEntries(a.labels.map((l, i) => [l, [a.ref[i]!, a.cur[i]!]]));

describe('alignCategories', () => {
  it('exact on both sides: the union of categories, a vanished or new one counted as such', () => {
    expect(asRecord(alignCategories(dist({ a: 5, b: 5 }), dist({ b: 4, c: 6 })))).toEqual({ a: [5, 0], b: [5, 4], c: [0, 6] });
  });

  it('a truncated top-k reference: values it does not list are pooled into (other) on both sides', () => {
    // The reference profile lists a and b; 20 more values are in its other. The current (exact) data has a, b and z.
    expect(asRecord(alignCategories(dist({ a: 10, b: 10 }, 20), dist({ a: 10, b: 10, z: 20 })))).toEqual({ a: [10, 10], b: [10, 10], '(other)': [20, 20] });
  });

  it('a truncated current: a reference value it does not list goes to (other), values listed by both stay', () => {
    expect(asRecord(alignCategories(dist({ a: 10, q: 5 }), dist({ a: 30 }, 7)))).toEqual({ a: [10, 30], '(other)': [5, 7] });
  });

  it("exact mode's hash samples at the same level: a value one side lists and the other does not is new or vanished, not pooled", () => {
    const sampled = (counts: Record<string, number>, other: number, countError = 0): CategoricalDistribution => ({ ...dist(counts, other), countError, sampleLevel: 2 });
    expect(asRecord(alignCategories(sampled({ a: 3, b: 2 }, 5), sampled({ a: 4, c: 1 }, 6)))).toEqual({ a: [3, 4], b: [2, 0], c: [0, 1], '(other)': [5, 6] });
    // A top-k with a count error on the far side: its absence of b says nothing, so b is pooled; c is known absent from the sample.
    expect(asRecord(alignCategories(sampled({ a: 3, b: 2 }, 5), sampled({ a: 4, c: 1 }, 6, 1)))).toEqual({ a: [3, 4], c: [0, 1], '(other)': [7, 6] });
  });

  it('both truncated: only the values both list are compared one by one', () => {
    expect(asRecord(alignCategories(dist({ a: 3, b: 2 }, 5), dist({ a: 4, c: 1 }, 6)))).toEqual({ a: [3, 4], '(other)': [7, 7] });
  });

  it('pooledCounts gives the (other) bucket of the aligned tables without building them, in every case above', () => {
    const sampled = (counts: Record<string, number>, other: number, countError = 0): CategoricalDistribution => ({ ...dist(counts, other), countError, sampleLevel: 2 });
    const pairs: [CategoricalDistribution, CategoricalDistribution][] = [
      [dist({ a: 5, b: 5 }), dist({ b: 4, c: 6 })],
      [dist({ a: 10, b: 10 }, 20), dist({ a: 10, b: 10, z: 20 })],
      [dist({ a: 10, q: 5 }), dist({ a: 30 }, 7)],
      [sampled({ a: 3, b: 2 }, 5), sampled({ a: 4, c: 1 }, 6)],
      [sampled({ a: 3, b: 2 }, 5), sampled({ a: 4, c: 1 }, 6, 1)],
      [dist({ a: 3, b: 2 }, 5), dist({ a: 4, c: 1 }, 6)],
      [dist({ a: 0.1, b: 0.2, c: 0.3 }, 0.5), dist({ d: 0.7, e: 0.1 })],
    ];
    for (const [ref, cur] of pairs) {
      const a = alignCategories(ref, cur);
      const last = a.labels.length - 1;
      expect(pooledCounts(ref, cur)).toEqual(a.pooled ? [a.ref[last], a.cur[last]] : [0, 0]);
    }
  });
});
