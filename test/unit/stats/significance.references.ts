/** statsmodels/SciPy/NumPy references of significance.test.ts (see test/references/reference.ts). */
import type { PairedExamples } from '../../../src/domain/stats/paired.js';
import { createPrng } from '../../../src/domain/stats/prng.js';
import { pythonReference, type Agreement } from '../../references/reference.js';

/** A synthetic binary-classification evaluation: the candidate is slightly better than the baseline. */
export function makeData(n: number, seed: number, shift = 0.03): PairedExamples {
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
export const arr = (a: Float64Array | undefined): number[] => Array.from(a ?? []);
const columns = (d: PairedExamples) => ({ y: arr(d.label), cp: arr(d.candPred), bp: arr(d.basePred), cs: arr(d.candScore), bs: arr(d.baseScore) });

export const MCNEMAR_PAIRS: Array<[number, number]> = [
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
export const mcnemar = pythonReference<number[]>(
  'stats/mcnemar-exact',
  'from statsmodels.stats.contingency_tables import mcnemar\nemit([float(mcnemar([[7, b], [c, 11]], exact=True).pvalue) for b, c in INPUT])',
  () => MCNEMAR_PAIRS,
);

export const HOLM_SETS = [[0.01, 0.04, 0.03, 0.005], [0.5, 0.2, 0.8], [0.001], [0.04, 0.04, 0.04], [0.3, 0.01, 0.9, 0.02, 0.5, 0.0001]];
export const holm = pythonReference<number[][]>('stats/holm', 'from statsmodels.stats.multitest import multipletests\nemit([list(map(float, multipletests(p, method="holm")[1])) for p in INPUT])', () => HOLM_SETS);

// scikit-learn is not in Debian's python here (python3-sklearn not installed); the references are the same
// definitions written out in NumPy/SciPy: AUC via the Mann–Whitney U statistic of SciPy.
export const binaryData = makeData(3000, 5);
export const binaryMetrics = pythonReference<Record<string, number>>(
  'stats/binary-metrics',
  `from scipy.stats import mannwhitneyu
y = np.array(INPUT["y"]); p = np.array(INPUT["p"]); s = np.array(INPUT["s"])
tp = np.sum((y == 1) & (p == 1)); fp = np.sum((y == 0) & (p == 1)); fn = np.sum((y == 1) & (p == 0))
U = mannwhitneyu(s[y == 1], s[y == 0]).statistic
eps = np.finfo(np.float64).eps; sc = np.clip(s, eps, 1 - eps)
emit({"accuracy": float(np.mean(y == p)), "precision": float(tp / (tp + fp)), "recall": float(tp / (tp + fn)),
  "f1": float(2 * tp / (2 * tp + fp + fn)), "auc": float(U / (np.sum(y == 1) * np.sum(y == 0))),
  "log_loss": float(-np.mean(y * np.log(sc) + (1 - y) * np.log(1 - sc))), "mae": float(np.mean(np.abs(y - s))),
  "mse": float(np.mean((y - s) ** 2)), "rmse": float(np.sqrt(np.mean((y - s) ** 2)))})`,
  () => ({ y: arr(binaryData.label), p: arr(binaryData.candPred), s: arr(binaryData.candScore) }),
);

export const MULTICLASS = { y: [0, 1, 2, 2, 1, 0, 3, 2, 1, 1, 0, 2], p: [0, 2, 2, 2, 1, 0, 1, 1, 1, 4, 0, 2] };
export const multiclassMetrics = pythonReference<Record<string, number>>(
  'stats/multiclass-metrics',
  `y = np.array(INPUT["y"]); p = np.array(INPUT["p"]); labels = np.union1d(y, p)
def per(c):
    tp = np.sum((y == c) & (p == c)); pp = np.sum(p == c); ap = np.sum(y == c)
    pr = tp / pp if pp else 0.0; rc = tp / ap if ap else 0.0; f = 2 * tp / (pp + ap) if pp + ap else 0.0
    return pr, rc, f
v = np.array([per(c) for c in labels])
emit({"precision": float(v[:, 0].mean()), "recall": float(v[:, 1].mean()), "f1": float(v[:, 2].mean()), "accuracy": float(np.mean(y == p))})`,
  () => MULTICLASS,
);

/** n = 10: 2^10 sign patterns < 2000 resamples, so SciPy enumerates them all and the p-value is exact. */
export const exactPermutationData = makeData(10, 11, 0.2);
export const exactPermutation = pythonReference<number[]>(
  'stats/permutation-exact',
  `from scipy.stats import permutation_test
y = np.array(INPUT["y"]); c = np.array(INPUT["c"]); b = np.array(INPUT["b"])
mae = lambda x, z, axis=-1: np.mean(np.abs(y - x), axis=-1) - np.mean(np.abs(y - z), axis=-1)
rmse = lambda x, z, axis=-1: np.sqrt(np.mean((y - x) ** 2, axis=-1)) - np.sqrt(np.mean((y - z) ** 2, axis=-1))
emit([float(permutation_test((c, b), f, permutation_type="samples", n_resamples=2000, vectorized=True).pvalue) for f in (mae, rmse)])`,
  () => ({ y: arr(exactPermutationData.label), c: arr(exactPermutationData.candScore), b: arr(exactPermutationData.baseScore) }),
);

/** Two independent Monte-Carlo estimates of the same p from R resamples: within 4.5 standard errors of their difference. */
export function pValuesAgree(R: number): Agreement<number[]> {
  return (recorded, live) =>
    recorded.flatMap((p, i) => {
      const q = live[i];
      if (q === undefined) return [`[${i}]: missing now`];
      const tol = 4.5 * Math.sqrt((2 * Math.max(p, 1 / R) * (1 - p)) / R) + 2 / R;
      return Math.abs(p - q) <= tol ? [] : [`[${i}]: p ${p} recorded, ${q} now (Monte-Carlo tolerance ${tol.toPrecision(2)})`];
    });
}

export const PERMUTATION_RESAMPLES = 4000;
export const permutationData = makeData(400, 12, 0.05);
export const monteCarloPermutation = pythonReference<number[]>(
  'stats/permutation-monte-carlo',
  `from scipy.stats import permutation_test, mannwhitneyu
y = np.array(INPUT["y"]); cp = np.array(INPUT["cp"]); bp = np.array(INPUT["bp"]); cs = np.array(INPUT["cs"]); bs = np.array(INPUT["bs"])
def f1(p):
    tp = np.sum((y == 1) & (p == 1)); fp = np.sum((y == 0) & (p == 1)); fn = np.sum((y == 1) & (p == 0)); return 2 * tp / (2 * tp + fp + fn)
def auc(s): return mannwhitneyu(s[y == 1], s[y == 0]).statistic / (np.sum(y == 1) * np.sum(y == 0))
def ll(s): return -np.mean(y * np.log(s) + (1 - y) * np.log(1 - s))
rng = np.random.default_rng(0)
emit([float(permutation_test((a, b), lambda x, z: f(x) - f(z), permutation_type="samples", n_resamples=${PERMUTATION_RESAMPLES}, random_state=rng).pvalue)
      for (a, b, f) in ((cp, bp, f1), (cs, bs, auc), (cs, bs, ll))])`,
  () => columns(permutationData),
  pValuesAgree(PERMUTATION_RESAMPLES),
);

/** Bootstrap [low, high, standard error] from two runs: ends within 0.35 standard errors, the standard errors within 10 %. */
const intervalsAgree: Agreement<Array<[number, number, number]>> = (recorded, live) =>
  recorded.flatMap(([lo, hi, se], i) => {
    const [lo2, hi2, se2] = live[i] ?? [NaN, NaN, NaN];
    return Math.abs(lo - lo2) <= 0.35 * se && Math.abs(hi - hi2) <= 0.35 * se && Math.abs(se - se2) <= 0.1 * se ? [] : [`[${i}]: [${lo}, ${hi}] se ${se} recorded, [${lo2}, ${hi2}] se ${se2} now`];
  });

export const BOOTSTRAP_RESAMPLES = 4000;
export const bootstrapData = makeData(600, 21, 0.05);
export const bootstrapIntervals = pythonReference<Array<[number, number, number]>>(
  'stats/bootstrap-percentile',
  `from scipy.stats import bootstrap, mannwhitneyu
y = np.array(INPUT["y"]); cp = np.array(INPUT["cp"]); bp = np.array(INPUT["bp"]); cs = np.array(INPUT["cs"]); bs = np.array(INPUT["bs"])
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
    r = bootstrap((idx,), lambda i: f(i.astype(int)), vectorized=False, n_resamples=${BOOTSTRAP_RESAMPLES}, method="percentile", confidence_level=0.95, random_state=np.random.default_rng(1))
    out.append([float(r.confidence_interval.low), float(r.confidence_interval.high), float(r.standard_error)])
emit(out)`,
  () => columns(bootstrapData),
  intervalsAgree,
);
