import { describe, expect, it } from 'vitest';
import { sampleBinomial } from '../../../src/domain/stats/binomial-sampler.js';
import { classificationMetric, jointTable } from '../../../src/domain/stats/classification.js';
import { aucSorted, meanMetric, meanValue, sortScores } from '../../../src/domain/stats/continuous.js';
import type { PairedExamples } from '../../../src/domain/stats/paired.js';
import { createPrng } from '../../../src/domain/stats/prng.js';
import { pairedSignificance } from '../../../src/domain/stats/significance.js';
import { holmAdjust, mcnemarExact } from '../../../src/domain/stats/tests.js';
import { referenceOutput } from '../../references/reference.js';
import {
  binaryData,
  binaryMetrics,
  bootstrapData,
  bootstrapIntervals,
  BOOTSTRAP_RESAMPLES,
  exactPermutation,
  exactPermutationData,
  holm,
  HOLM_SETS,
  makeData,
  mcnemar,
  MCNEMAR_PAIRS,
  monteCarloPermutation,
  MULTICLASS,
  multiclassMetrics,
  permutationData,
  PERMUTATION_RESAMPLES,
} from './significance.references.js';

describe('McNemar exact test', () => {
  const pairs = MCNEMAR_PAIRS;
  it('matches statsmodels mcnemar(exact=True) p-values', () => {
    const expected = referenceOutput(mcnemar);
    pairs.forEach(([b, c], i) => {
      const p = mcnemarExact(b, c).pValue;
      expect(Math.abs(p - expected[i]!), `b=${b} c=${c}: ${p} vs ${expected[i]}`).toBeLessThanOrEqual(1e-9 * Math.max(1e-300, expected[i]!) + 1e-15);
    });
  });
});

describe('Holm correction', () => {
  it('matches statsmodels multipletests(method="holm")', () => {
    const sets = HOLM_SETS;
    const expected = referenceOutput(holm);
    sets.forEach((s, i) => expect(holmAdjust(s).map((x) => Number(x.toFixed(12)))).toEqual(expected[i]!.map((x) => Number(x.toFixed(12)))));
  });
});

describe('binomial sampler', () => {
  it.each([
    [20, 0.3],
    [1000, 0.5],
    [1_000_000, 0.0000031],
    [1_000_000, 0.37],
    [57, 0.93],
  ])('Binomial(%d, %d) has the right mean and variance', (n, p) => {
    const rng = createPrng(7, 1);
    const N = 20_000;
    let s = 0;
    let s2 = 0;
    for (let i = 0; i < N; i++) {
      const k = sampleBinomial(rng, n, p);
      expect(k).toBeGreaterThanOrEqual(0);
      expect(k).toBeLessThanOrEqual(n);
      s += k;
      s2 += k * k;
    }
    const mean = s / N;
    const variance = s2 / N - mean * mean;
    const sd = Math.sqrt(n * p * (1 - p));
    expect(Math.abs(mean - n * p)).toBeLessThan((5 * sd) / Math.sqrt(N) + 1e-9);
    expect(Math.abs(variance / (n * p * (1 - p)) - 1)).toBeLessThan(0.06);
  });
});

describe('metrics from per-example data (scikit-learn definitions)', () => {
  // The references are scikit-learn's definitions written out in NumPy/SciPy (significance.references.ts).
  it('match NumPy/SciPy reference computations for binary data', () => {
    const d = binaryData;
    const ref = referenceOutput(binaryMetrics);
    const t = jointTable(d)!;
    for (const m of ['accuracy', 'precision', 'recall', 'f1'] as const) expect(classificationMetric(m, t, t.count, 0)).toBeCloseTo(ref[m]!, 12);
    const labels = Uint8Array.from(d.label);
    expect(aucSorted(sortScores(d.candScore!), labels)).toBeCloseTo(ref.auc!, 12);
    const reg: PairedExamples = { ...d, candPred: d.candScore!, basePred: d.baseScore! };
    for (const m of ['mae', 'mse', 'rmse', 'log_loss'] as const) {
      const mm = meanMetric(m, reg);
      if (typeof mm === 'string') throw new Error(mm);
      expect(meanValue(mm.cand, mm.sqrt)).toBeCloseTo(ref[m]!, 12);
    }
  });
  it('macro-averages precision/recall/F1 over the labels present for multiclass data', () => {
    const { y, p } = MULTICLASS;
    const codes = (xs: number[]) => Int32Array.from(xs);
    const d: PairedExamples = {
      n: y.length,
      label: Float64Array.from(y),
      candPred: Float64Array.from(p),
      basePred: Float64Array.from(p),
      classes: ['0', '1', '2', '3', '4'],
      labelCode: codes(y),
      candCode: codes(p),
      baseCode: codes(p),
    };
    const ref = referenceOutput(multiclassMetrics);
    const t = jointTable(d)!;
    expect(t.positive).toBeUndefined();
    for (const m of ['accuracy', 'precision', 'recall', 'f1'] as const) expect(classificationMetric(m, t, t.count, 0)).toBeCloseTo(ref[m]!, 12);
  });
});

describe('paired permutation test', () => {
  it('equals SciPy exactly when all 2^n sign patterns are enumerated (n = 10)', async () => {
    const d = exactPermutationData;
    const reg: PairedExamples = { ...d, candPred: d.candScore!, basePred: d.baseScore! };
    const ours = await pairedSignificance(reg, ['mae', 'rmse'], { alpha: 0.05, method: 'permutation', resamples: 2000, seed: 1 });
    const ref = referenceOutput(exactPermutation);
    expect(ours.tests.map((t) => t.pRaw)).toEqual(ref.map((p) => expect.closeTo(p, 12) as unknown as number));
  });

  it('agrees with SciPy within Monte-Carlo error on 400 examples (MAE, AUC, F1)', async () => {
    const R = PERMUTATION_RESAMPLES;
    const d = permutationData;
    const reg: PairedExamples = { ...d };
    const ours = await pairedSignificance(reg, ['f1', 'auc', 'log_loss'], { alpha: 0.05, method: 'permutation', resamples: R, seed: 3 });
    const ref = referenceOutput(monteCarloPermutation);
    ours.tests.forEach((t, i) => {
      const p = ref[i]!;
      // Two independent Monte-Carlo estimates of the same p: 4.5 standard errors of their difference.
      const tol = 4.5 * Math.sqrt((2 * Math.max(p, 1 / R) * (1 - p)) / R) + 2 / R;
      expect(Math.abs(t.pRaw - p), `${t.name}: ours ${t.pRaw}, SciPy ${p}`).toBeLessThanOrEqual(tol);
    });
  }, 120_000);
});

describe('paired bootstrap interval', () => {
  it('agrees with scipy.stats.bootstrap(paired, percentile) within Monte-Carlo error', async () => {
    const R = BOOTSTRAP_RESAMPLES;
    const d = bootstrapData;
    const reg: PairedExamples = { ...d };
    const ours = await pairedSignificance(reg, ['accuracy', 'f1', 'auc', 'log_loss'], { alpha: 0.05, method: 'bootstrap', resamples: R, seed: 9 });
    const ref = referenceOutput(bootstrapIntervals);
    ours.tests.forEach((t, i) => {
      const [lo, hi, se] = ref[i]!;
      // The 2.5%/97.5% quantiles of R resamples have a Monte-Carlo SE of about 0.06·SE_boot each; allow 0.35·SE_boot.
      expect(Math.abs(t.ci[0] - lo), `${t.name} low: ${t.ci[0]} vs ${lo}`).toBeLessThanOrEqual(0.35 * se);
      expect(Math.abs(t.ci[1] - hi), `${t.name} high: ${t.ci[1]} vs ${hi}`).toBeLessThanOrEqual(0.35 * se);
    });
  }, 300_000);

  it('is reproducible for a seed and changes with the seed', async () => {
    const d = makeData(2000, 4);
    const settings = { alpha: 0.05, method: 'auto' as const, resamples: 500, seed: 42 };
    const a = await pairedSignificance(d, ['accuracy', 'f1', 'auc', 'log_loss'], settings);
    const b = await pairedSignificance(d, ['accuracy', 'f1', 'auc', 'log_loss'], settings);
    expect(a).toEqual(b);
    const c = await pairedSignificance(d, ['accuracy', 'f1', 'auc', 'log_loss'], { ...settings, seed: 43 });
    expect(c.tests.map((t) => t.ci)).not.toEqual(a.tests.map((t) => t.ci));
    // A metric's result does not depend on which other metrics are tested alongside it.
    for (const name of ['auc', 'log_loss']) {
      const alone = await pairedSignificance(d, [name], settings);
      expect(alone.tests[0]!.ci, name).toEqual(a.tests.find((t) => t.name === name)!.ci);
    }
    expect(a.tests.map((t) => t.method)).toEqual(['mcnemar', 'permutation', 'permutation', 'permutation']);
  });
});

describe('ΔAUC under swaps is linear in the swap signs', () => {
  it('equals the AUC difference recomputed on the swapped scores, ties included', async () => {
    const { aucPermutationCoefficients } = await import('../../../src/domain/stats/significance.js');
    const d = makeData(400, 31);
    // Coarse scores: many ties within and across models.
    const cs = d.candScore!.map((x) => Math.round(x * 20) / 20);
    const bs = d.baseScore!.map((x) => Math.round(x * 20) / 20);
    const labels = Uint8Array.from(d.label);
    const P = labels.reduce((s, y) => s + y, 0);
    const a = aucPermutationCoefficients(cs, bs, labels, P, d.n - P);
    const rng = createPrng(5, 0);
    for (let trial = 0; trial < 20; trial++) {
      const swap = Array.from({ length: d.n }, () => rng.nextU32() & 1);
      const x = cs.map((c, i) => (swap[i] ? bs[i]! : c));
      const y = bs.map((b, i) => (swap[i] ? cs[i]! : b));
      const direct = aucSorted(sortScores(x), labels) - aucSorted(sortScores(y), labels);
      const linear = a.reduce((s, ai, i) => s + (swap[i] ? -ai : ai), 0);
      expect(linear).toBeCloseTo(direct, 12);
    }
  });
});
