import { describe, expect, it } from 'vitest';
import { sampleBinomial } from '../../../src/domain/stats/binomial-sampler.js';
import { classificationMetric, jointTable } from '../../../src/domain/stats/classification.js';
import { aucSorted, meanMetric, meanValue, sortScores } from '../../../src/domain/stats/continuous.js';
import type { PairedExamples } from '../../../src/domain/stats/paired.js';
import { createPrng } from '../../../src/domain/stats/prng.js';
import { pairedSignificance } from '../../../src/domain/stats/significance.js';
import { holmAdjust, mcnemarExact } from '../../../src/domain/stats/tests.js';
import { python } from './python.js';

/** A synthetic binary-classification evaluation: the candidate is slightly better than the baseline. */
function makeData(n: number, seed: number, shift = 0.03): PairedExamples {
  const rng = createPrng(seed, 99);
  const label = new Float64Array(n);
  const candScore = new Float64Array(n);
  const baseScore = new Float64Array(n);
  const candPred = new Float64Array(n);
  const basePred = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const y = rng.nextDouble() < 0.4 ? 1 : 0;
    label[i] = y;
    const noise = rng.nextDouble();
    const round = (x: number): number => Math.round(x * 1000) / 1000;
    candScore[i] = round(Math.min(0.999, Math.max(0.001, 0.5 * y + 0.5 * noise + shift * (y ? 1 : -1) * rng.nextDouble())));
    baseScore[i] = round(Math.min(0.999, Math.max(0.001, 0.5 * y + 0.5 * (0.7 * noise + 0.3 * rng.nextDouble()))));
    candPred[i] = candScore[i]! >= 0.5 ? 1 : 0;
    basePred[i] = baseScore[i]! >= 0.5 ? 1 : 0;
  }
  return { n, label, candPred, basePred, candScore, baseScore };
}
const arr = (a: Float64Array | undefined): number[] => Array.from(a ?? []);

describe('McNemar exact test', () => {
  const pairs: Array<[number, number]> = [
    [0, 0],
    [1, 0],
    [3, 9],
    [10, 10],
    [25, 12],
    [480, 530],
    [5000, 5210],
    [50_000, 50_400],
    [123_456, 124_999],
  ];
  it('matches statsmodels mcnemar(exact=True) p-values', () => {
    const expected = python<number[]>(
      'from statsmodels.stats.contingency_tables import mcnemar\nprint(json.dumps([float(mcnemar([[7, b], [c, 11]], exact=True).pvalue) for b, c in DATA]))',
      pairs,
    );
    pairs.forEach(([b, c], i) => {
      const p = mcnemarExact(b, c).pValue;
      expect(Math.abs(p - expected[i]!), `b=${b} c=${c}: ${p} vs ${expected[i]}`).toBeLessThanOrEqual(1e-9 * Math.max(1e-300, expected[i]!) + 1e-15);
    });
  });
});

describe('Holm correction', () => {
  it('matches statsmodels multipletests(method="holm")', () => {
    const sets = [[0.01, 0.04, 0.03, 0.005], [0.5, 0.2, 0.8], [0.001], [0.04, 0.04, 0.04], [0.3, 0.01, 0.9, 0.02, 0.5, 0.0001]];
    const expected = python<number[][]>('from statsmodels.stats.multitest import multipletests\nprint(json.dumps([list(map(float, multipletests(p, method="holm")[1])) for p in DATA]))', sets);
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
  // scikit-learn is not in Debian's python here (python3-sklearn not installed); the references are
  // the same definitions written out in NumPy/SciPy: AUC via the Mann–Whitney U statistic of SciPy.
  it('match NumPy/SciPy reference computations for binary data', () => {
    const d = makeData(3000, 5);
    const ref = python<Record<string, number>>(
      `from scipy.stats import mannwhitneyu
y = np.array(DATA["y"]); p = np.array(DATA["p"]); s = np.array(DATA["s"])
tp = np.sum((y == 1) & (p == 1)); fp = np.sum((y == 0) & (p == 1)); fn = np.sum((y == 1) & (p == 0))
U = mannwhitneyu(s[y == 1], s[y == 0]).statistic
eps = np.finfo(np.float64).eps; sc = np.clip(s, eps, 1 - eps)
print(json.dumps({"accuracy": float(np.mean(y == p)), "precision": float(tp / (tp + fp)), "recall": float(tp / (tp + fn)),
  "f1": float(2 * tp / (2 * tp + fp + fn)), "auc": float(U / (np.sum(y == 1) * np.sum(y == 0))),
  "log_loss": float(-np.mean(y * np.log(sc) + (1 - y) * np.log(1 - sc))), "mae": float(np.mean(np.abs(y - s))),
  "mse": float(np.mean((y - s) ** 2)), "rmse": float(np.sqrt(np.mean((y - s) ** 2)))}))`,
      { y: arr(d.label), p: arr(d.candPred), s: arr(d.candScore) },
    );
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
    const y = [0, 1, 2, 2, 1, 0, 3, 2, 1, 1, 0, 2];
    const p = [0, 2, 2, 2, 1, 0, 1, 1, 1, 4, 0, 2];
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
    const ref = python<Record<string, number>>(
      `y = np.array(DATA["y"]); p = np.array(DATA["p"]); labels = np.union1d(y, p)
def per(c):
    tp = np.sum((y == c) & (p == c)); pp = np.sum(p == c); ap = np.sum(y == c)
    pr = tp / pp if pp else 0.0; rc = tp / ap if ap else 0.0; f = 2 * tp / (pp + ap) if pp + ap else 0.0
    return pr, rc, f
v = np.array([per(c) for c in labels])
print(json.dumps({"precision": float(v[:, 0].mean()), "recall": float(v[:, 1].mean()), "f1": float(v[:, 2].mean()), "accuracy": float(np.mean(y == p))}))`,
      { y, p },
    );
    const t = jointTable(d)!;
    expect(t.positive).toBeUndefined();
    for (const m of ['accuracy', 'precision', 'recall', 'f1'] as const) expect(classificationMetric(m, t, t.count, 0)).toBeCloseTo(ref[m]!, 12);
  });
});

describe('paired permutation test', () => {
  it('equals SciPy exactly when all 2^n sign patterns are enumerated (n = 10)', async () => {
    const d = makeData(10, 11, 0.2);
    const reg: PairedExamples = { ...d, candPred: d.candScore!, basePred: d.baseScore! };
    const ours = await pairedSignificance(reg, ['mae', 'rmse'], { alpha: 0.05, method: 'permutation', resamples: 2000, seed: 1 });
    const ref = python<number[]>(
      `from scipy.stats import permutation_test
y = np.array(DATA["y"]); c = np.array(DATA["c"]); b = np.array(DATA["b"])
mae = lambda x, z, axis=-1: np.mean(np.abs(y - x), axis=-1) - np.mean(np.abs(y - z), axis=-1)
rmse = lambda x, z, axis=-1: np.sqrt(np.mean((y - x) ** 2, axis=-1)) - np.sqrt(np.mean((y - z) ** 2, axis=-1))
out = [float(permutation_test((c, b), f, permutation_type="samples", n_resamples=2000, vectorized=True).pvalue) for f in (mae, rmse)]
print(json.dumps(out))`,
      { y: arr(d.label), c: arr(d.candScore), b: arr(d.baseScore) },
    );
    expect(ours.tests.map((t) => t.pRaw)).toEqual(ref.map((p) => expect.closeTo(p, 12) as unknown as number));
  });

  it('agrees with SciPy within Monte-Carlo error on 400 examples (MAE, AUC, F1)', async () => {
    const R = 4000;
    const d = makeData(400, 12, 0.05);
    const reg: PairedExamples = { ...d };
    const ours = await pairedSignificance(reg, ['f1', 'auc', 'log_loss'], { alpha: 0.05, method: 'permutation', resamples: R, seed: 3 });
    const ref = python<number[]>(
      `from scipy.stats import permutation_test, mannwhitneyu
y = np.array(DATA["y"]); cp = np.array(DATA["cp"]); bp = np.array(DATA["bp"]); cs = np.array(DATA["cs"]); bs = np.array(DATA["bs"])
def f1(p):
    tp = np.sum((y == 1) & (p == 1)); fp = np.sum((y == 0) & (p == 1)); fn = np.sum((y == 1) & (p == 0)); return 2 * tp / (2 * tp + fp + fn)
def auc(s): return mannwhitneyu(s[y == 1], s[y == 0]).statistic / (np.sum(y == 1) * np.sum(y == 0))
def ll(s): return -np.mean(y * np.log(s) + (1 - y) * np.log(1 - s))
rng = np.random.default_rng(0)
out = [float(permutation_test((a, b), lambda x, z: f(x) - f(z), permutation_type="samples", n_resamples=${R}, random_state=rng).pvalue)
       for (a, b, f) in ((cp, bp, f1), (cs, bs, auc), (cs, bs, ll))]
print(json.dumps(out))`,
      { y: arr(d.label), cp: arr(d.candPred), bp: arr(d.basePred), cs: arr(d.candScore), bs: arr(d.baseScore) },
    );
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
    const R = 4000;
    const d = makeData(600, 21, 0.05);
    const reg: PairedExamples = { ...d };
    const ours = await pairedSignificance(reg, ['accuracy', 'f1', 'auc', 'log_loss'], { alpha: 0.05, method: 'bootstrap', resamples: R, seed: 9 });
    const ref = python<Array<[number, number, number]>>(
      `from scipy.stats import bootstrap, mannwhitneyu
y = np.array(DATA["y"]); cp = np.array(DATA["cp"]); bp = np.array(DATA["bp"]); cs = np.array(DATA["cs"]); bs = np.array(DATA["bs"])
idx = np.arange(len(y))
def acc(i): return np.mean(y[i] == cp[i]) - np.mean(y[i] == bp[i])
def f1one(yy, p):
    tp = np.sum((yy == 1) & (p == 1)); fp = np.sum((yy == 0) & (p == 1)); fn = np.sum((yy == 1) & (p == 0)); return 2 * tp / (2 * tp + fp + fn)
def f1(i): return f1one(y[i], cp[i]) - f1one(y[i], bp[i])
def aucone(yy, s): return mannwhitneyu(s[yy == 1], s[yy == 0]).statistic / (np.sum(yy == 1) * np.sum(yy == 0))
def auc(i): return aucone(y[i], cs[i]) - aucone(y[i], bs[i])
def ll(i): return -np.mean(y[i] * np.log(cs[i]) + (1 - y[i]) * np.log(1 - cs[i])) + np.mean(y[i] * np.log(bs[i]) + (1 - y[i]) * np.log(1 - bs[i]))
out = []
for f in (acc, f1, auc, ll):
    r = bootstrap((idx,), lambda i: f(i.astype(int)), vectorized=False, n_resamples=${R}, method="percentile", confidence_level=0.95, random_state=np.random.default_rng(1))
    out.append([float(r.confidence_interval.low), float(r.confidence_interval.high), float(r.standard_error)])
print(json.dumps(out))`,
      { y: arr(d.label), cp: arr(d.candPred), bp: arr(d.basePred), cs: arr(d.candScore), bs: arr(d.baseScore) },
    );
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
