import { describe, expect, it } from 'vitest';
import { bootstrapBlockCounts } from '../../../src/domain/stats/bootstrap-blocks.js';
import { bootstrapInputs } from '../../../src/domain/stats/bootstrap-layout.js';
import { aucSorted, sortScores } from '../../../src/domain/stats/continuous.js';
import { resampleKernel } from '../../../src/domain/stats/kernel.js';
import { BOOTSTRAP_BLOCK, type KernelAuc } from '../../../src/domain/stats/kernel-task.js';
import { createPrng } from '../../../src/domain/stats/prng.js';

// 2600 examples: two full blocks of 1024 and a short one. 21 resamples: two batches of 8 lanes and a part.
const N = 2600;
const R = 21;
const SEED = 17;

function dataset(): { labels: Uint8Array; cand: Float64Array; base: Float64Array; coarse: Float64Array } {
  const rng = createPrng(3, 5);
  const labels = new Uint8Array(N);
  const cand = new Float64Array(N);
  const base = new Float64Array(N);
  const coarse = new Float64Array(N);
  for (let i = 0; i < N; i++) {
    labels[i] = rng.nextDouble() < 0.4 ? 1 : 0;
    cand[i] = Math.min(0.999, Math.max(0.001, 0.3 * labels[i]! + 0.7 * rng.nextDouble()));
    // Five distinct values: tie groups of several hundred examples (longer than 256).
    coarse[i] = Math.round((0.3 * labels[i]! + 0.7 * rng.nextDouble()) * 4) / 4;
    base[i] = Math.round(cand[i]! * 100) / 100;
  }
  return { labels, cand, base, coarse };
}

/** The multiplicities the kernel documents for resample r: each block's draws as 10-bit indices of stream (seed, r). */
function multiplicities(r: number, counts: Int32Array): Float64Array {
  const rng = createPrng(SEED, r);
  const w = new Float64Array(N);
  const blocks = Math.ceil(N / BOOTSTRAP_BLOCK);
  for (let b = 0; b < blocks; b++) {
    const start = b * BOOTSTRAP_BLOCK;
    const size = Math.min(BOOTSTRAP_BLOCK, N - start);
    let m = counts[r * blocks + b]!;
    while (m > 0) {
      const x = rng.nextU32();
      if (m >= 3 && size === BOOTSTRAP_BLOCK) {
        for (const shift of [0, 10, 20]) w[start + ((x >>> shift) & 1023)]! += 1;
        m -= 3;
        continue;
      }
      for (let shift = 0; shift < 30 && m > 0; shift += 10) {
        const idx = (x >>> shift) & 1023;
        if (idx >= size) continue;
        w[start + idx]! += 1;
        m--;
      }
    }
  }
  return w;
}

const weighted = (w: Float64Array, x: Float64Array): number => x.reduce((s, v, i) => s + w[i]! * v, 0);

describe('bootstrap kernel', () => {
  it('equals AUC and means recomputed directly from its multiplicities (ties, long tie groups, a short block, a part batch)', () => {
    const { labels, cand, base, coarse } = dataset();
    const candSorted = sortScores(cand);
    const aucOf = (c: ReturnType<typeof sortScores>, b: ReturnType<typeof sortScores>): KernelAuc => {
      const inOrder = (order: Int32Array): Uint8Array => Uint8Array.from(order, (i) => labels[i]!);
      return { candOrder: c.order, candY: inOrder(c.order), candTie: c.tieStart, baseOrder: b.order, baseY: inOrder(b.order), baseTie: b.tieStart };
    };
    const inputs = bootstrapInputs(
      candSorted,
      [
        { cand: coarse, base, sqrt: false },
        { cand, base: coarse, sqrt: true },
      ],
      [aucOf(candSorted, sortScores(base)), aucOf(candSorted, sortScores(coarse))],
    );
    const blocks = bootstrapBlockCounts(SEED, 0, R, N);
    const out = resampleKernel({ mode: 'bootstrap', n: N, seed: SEED, first: 0, count: R, exact: false, ...inputs, blocks });
    // The kernel holds example i at its rank among the candidate scores.
    const position = new Int32Array(N);
    candSorted.order.forEach((i, k) => (position[i] = k));
    for (let r = 0; r < R; r++) {
      const atPosition = multiplicities(r, blocks);
      expect(atPosition.reduce((s, x) => s + x, 0)).toBe(N);
      const w = Float64Array.from(position, (k) => atPosition[k]!);
      const auc = (s: Float64Array): number => aucSorted(sortScores(s), labels, w);
      const expected = [
        (weighted(w, coarse) - weighted(w, base)) / N,
        Math.sqrt(weighted(w, cand) / N) - Math.sqrt(weighted(w, coarse) / N),
        auc(cand) - auc(base),
        auc(cand) - auc(coarse),
      ];
      expected.forEach((x, m) => expect(out[m * R + r], `metric ${m}, resample ${r}`).toBeCloseTo(x, 12));
    }
  });

  it('gives the same resample r whatever the task it falls in', () => {
    const { cand, base } = dataset();
    const means = [{ cand, base, sqrt: false }];
    const task = (first: number, count: number): Float64Array =>
      resampleKernel({ mode: 'bootstrap', n: N, seed: SEED, first, count, exact: false, means, aucs: [], blocks: bootstrapBlockCounts(SEED, first, count, N) });
    const whole = task(0, 20);
    expect(Array.from(task(5, 11))).toEqual(Array.from(whole.subarray(5, 16)));
  });

  it('draws multiplicities that are uniform over the examples, block edges included', () => {
    const resamples = 400;
    const blocks = bootstrapBlockCounts(SEED, 0, resamples, N);
    const total = new Float64Array(N);
    let sq = 0;
    for (let r = 0; r < resamples; r++) {
      const w = multiplicities(r, blocks);
      w.forEach((x, i) => {
        total[i]! += x;
        sq += x * x;
      });
    }
    // Each example's total over the resamples is Binomial(N·resamples, 1/N): Pearson's statistic has
    // N − 1 degrees of freedom (mean N − 1, sd √(2(N − 1))).
    const chi2 = total.reduce((s, t) => s + (t - resamples) ** 2 / resamples, 0);
    expect(Math.abs(chi2 - (N - 1))).toBeLessThan(5 * Math.sqrt(2 * (N - 1)));
    // E[w²] = Var + 1 = 2 − 1/N for a Multinomial(N, 1/N) coordinate.
    expect(sq / (N * resamples)).toBeCloseTo(2 - 1 / N, 1);
  });
});

describe('permutation kernel', () => {
  it('equals the swapped sums recomputed from the swap bits of stream r + 2^30', () => {
    const { cand, base, coarse } = dataset();
    const means = [
      { cand, base, sqrt: false },
      { cand: coarse, base: cand, sqrt: true },
    ];
    const first = 3;
    const out = resampleKernel({ mode: 'permutation', n: N, seed: SEED, first, count: R, exact: false, means, aucs: [] });
    for (let j = 0; j < R; j++) {
      const rng = createPrng(SEED, first + j + 0x40000000);
      let u = 0;
      const swapped = new Uint8Array(N).map((_, i) => {
        if (i % 32 === 0) u = rng.nextU32();
        return (u >>> i % 32) & 1;
      });
      means.forEach((m, k) => {
        const c = m.cand.map((x, i) => (swapped[i] ? m.base[i]! : x));
        const b = m.base.map((x, i) => (swapped[i] ? m.cand[i]! : x));
        const mean = (v: Float64Array): number => v.reduce((s, x) => s + x, 0) / N;
        const expected = m.sqrt ? Math.sqrt(mean(c)) - Math.sqrt(mean(b)) : mean(c) - mean(b);
        expect(out[k * R + j], `metric ${k}, resample ${first + j}`).toBeCloseTo(expected, 12);
      });
    }
  });
});
