import { describe, expect, it } from 'vitest';
import { wasserstein1 } from '../../../src/domain/drift/distances.js';
import { sampleFromValues, type WeightedSample } from '../../../src/domain/drift/sample.js';

/** The same sample with every weight ½ (the same distribution): not counts, so wasserstein1 takes its general (weighted) walk. */
const unitWeights = (s: WeightedSample): WeightedSample => ({ ...s, weights: new Float64Array(s.values.length).fill(0.5), total: s.total / 2 });

/** The same sample as its distinct values and how many times each came (a tallied column). */
function counted(s: WeightedSample): WeightedSample {
  const values: number[] = [];
  const weights: number[] = [];
  for (const v of s.values) {
    if (values.length > 0 && values[values.length - 1] === v) weights[weights.length - 1]!++;
    else {
      values.push(v);
      weights.push(1);
    }
  }
  return { values: Float64Array.from(values), weights: Float64Array.from(weights), total: s.total, rankError: 0 };
}

/** A deterministic generator (tests must not flake). */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe('wasserstein1 of raw samples (the unweighted walk; paired values for samples of one size)', () => {
  it('equals the weighted walk with unit weights: ties, one-sided tails, negatives, -0, infinities', () => {
    const rand = lcg(7);
    const kinds: ((k: number) => number)[] = [
      () => rand() * 100 - 50, // continuous
      () => Math.floor(rand() * 5), // heavy ties
      () => (rand() < 0.5 ? -0 : 0), // only zeros
      (k) => k + rand(), // shifted: one side runs out first
      () => [-Infinity, -1, 0, 1, Infinity][Math.floor(rand() * 5)]!,
      () => [0.1, 0.7, 1.3][Math.floor(rand() * 3)]!, // ties of values with no exact sum
    ];
    let cases = 0;
    for (const [ka, gen] of kinds.entries()) {
      for (const kb of [0, 1, 3]) {
        for (const [na, nb] of [[1, 1], [1, 40], [37, 5], [500, 700], [300, 300], [2000, 2000]] as const) {
          const a = sampleFromValues(Array.from({ length: na }, () => gen(0)));
          const b = sampleFromValues(Array.from({ length: nb }, () => kinds[(ka + kb) % kinds.length]!(3)));
          const fast = wasserstein1(a, b);
          const general = wasserstein1(unitWeights(a), unitWeights(b));
          // Distinct values with counts, on either side or both: the same sum to the bit.
          for (const [ca, cb] of [[counted(a), b], [a, counted(b)], [counted(a), counted(b)]] as const) expect(Object.is(wasserstein1(ca, cb), fast), `counted, case ${ka}/${kb} ${na}x${nb}`).toBe(true);
          if (Number.isNaN(general)) expect(fast, `case ${ka}/${kb} ${na}x${nb}`).toBeNaN();
          else if (!Number.isFinite(general)) expect(fast).toBe(general);
          else expect(Math.abs(fast - general), `case ${ka}/${kb} ${na}x${nb}: ${fast} vs ${general}`).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(general)));
          cases++;
        }
      }
    }
    expect(cases).toBe(108);
  });

  it('is symmetric, zero between equal samples, and the mean shift between a sample and its translate', () => {
    const rand = lcg(11);
    const values = Array.from({ length: 1000 }, () => rand() * 10);
    const a = sampleFromValues(values);
    const b = sampleFromValues(values.map((v) => v + 2.5));
    expect(wasserstein1(a, a)).toBe(0);
    expect(wasserstein1(a, b)).toBeCloseTo(2.5, 12);
    expect(wasserstein1(b, a)).toBe(wasserstein1(a, b));
  });

  it('an empty side takes the general walk, as before', () => {
    const empty = sampleFromValues([]);
    const b = sampleFromValues([1, 2]);
    expect(Object.is(wasserstein1(empty, b), wasserstein1(unitWeights(empty), unitWeights(b)))).toBe(true);
  });
});
