/** SciPy/NumPy references of exact-vs-scipy.test.ts (see test/references/reference.ts). */
import { pythonReference } from '../../references/reference.js';
import { normals, rng } from './random.js';

export interface KsCase {
  name: string;
  a: Float64Array;
  b: Float64Array;
}

export const ksCases: KsCase[] = [
  { name: 'equal n, same distribution', a: normals(1, 50), b: normals(2, 50) },
  { name: 'equal n, shifted', a: normals(3, 400), b: normals(4, 400, 0.3) },
  { name: 'unequal small n', a: normals(5, 80), b: normals(6, 120, 0.2) },
  { name: 'unequal, ties (rounded)', a: normals(7, 300, 0, 1, 4), b: normals(8, 700, 0.1, 1.1, 4) },
  { name: 'exact, larger', a: normals(9, 3000), b: normals(10, 7000, 0.05) },
  { name: 'exact, equal 5000', a: normals(11, 5000), b: normals(12, 5000, 0.03) },
  { name: 'asymp, large both', a: normals(13, 12000), b: normals(14, 15000, 0.02) },
  { name: 'asymp, n≈99 (≤140 branch)', a: normals(15, 100), b: normals(16, 30000, 0.1) },
  { name: 'asymp, n≈198, far tail', a: normals(17, 200), b: normals(18, 20000, 0.5) },
  { name: 'asymp, n≈990 small D (Durbin branch)', a: normals(19, 1000), b: normals(20, 100000) },
  { name: 'asymp, very different', a: normals(21, 11000), b: normals(22, 11000, 1) },
];
const samples = (cases: KsCase[]) => cases.map((c) => ({ a: Array.from(c.a), b: Array.from(c.b) }));

export const ks2samp = pythonReference<[number, number][]>(
  'drift/ks-2samp',
  `from scipy.stats import ks_2samp\nemit([[float(r.statistic), float(r.pvalue)] for r in (ks_2samp(np.array(c['a']), np.array(c['b'])) for c in INPUT)])`,
  () => samples(ksCases),
);

export const wassersteinCases = ksCases.slice(0, 8);
export const wasserstein = pythonReference<number[]>(
  'drift/wasserstein-distance',
  `from scipy.stats import wasserstein_distance\nemit([float(wasserstein_distance(c['a'], c['b'])) for c in INPUT])`,
  () => samples(wassersteinCases),
);

export const countCases = (() => {
  const r = rng(99);
  const cases: { ref: number[]; cur: number[] }[] = [];
  for (let t = 0; t < 12; t++) {
    const k = 2 + Math.floor(r.uniform() * 20);
    const ref = Array.from({ length: k }, () => Math.floor(r.uniform() * 1000));
    const cur = ref.map((v) => Math.max(0, Math.round(v * (0.5 + r.uniform()) + (r.uniform() < 0.2 ? 30 : 0))));
    if (t % 4 === 0) ref[0] = 0; // a category the reference never saw
    if (t % 5 === 0) cur[k - 1] = 0;
    cases.push({ ref, cur });
  }
  return cases;
})();

export const jensenShannonCounts = pythonReference<number[]>(
  'drift/jensenshannon-counts',
  `from scipy.spatial.distance import jensenshannon\nemit([float(jensenshannon(np.array(c['ref'], float), np.array(c['cur'], float), base=2)) for c in INPUT])`,
  () => countCases,
);

export const chiSquareCounts = pythonReference<[number, number][]>(
  'drift/chisquare-counts',
  `from scipy.stats import chisquare\nout = []\nfor c in INPUT:\n    r = np.array(c['ref'], float); o = np.array(c['cur'], float)\n    e = o.sum() * (r + 0.5) / (r.sum() + 0.5 * len(r))\n    s = chisquare(o, e)\n    out.append([float(s.statistic), float(s.pvalue)])\nemit(out)`,
  () => countCases,
);

export const psiLinfCounts = pythonReference<[number, number][]>(
  'drift/psi-linf-counts',
  `out = []\nfor c in INPUT:\n    r = np.array(c['ref'], float); o = np.array(c['cur'], float)\n    p = np.maximum(r / r.sum(), 1e-4); q = np.maximum(o / o.sum(), 1e-4)\n    out.append([float(np.sum((q - p) * np.log(q / p))), float(np.max(np.abs(r / r.sum() - o / o.sum())))])\nemit(out)`,
  () => countCases,
);

/** (n, D) pairs covering every branch of the asymptotic KS p-value. */
export const kolmogorovGrid: [number, number][] = (() => {
  const grid: [number, number][] = [];
  for (const n of [5, 30, 100, 140, 141, 500, 2000, 20000, 99999, 150000, 500000]) for (const z of [0.02, 0.3, 0.6, 0.9, 1.2, 1.5, 2.0, 3.0, 6.0]) grid.push([n, Math.min(0.999, z / Math.sqrt(n))]);
  grid.push([10, 0.04], [10, 0.08], [10, 0.95], [200, 0.6], [1000, 0.002], [50000, 0.0005]);
  return grid;
})();
export const kstwoSf = pythonReference<number[]>('drift/kstwo-sf', `from scipy.stats import kstwo\nemit([float(kstwo.sf(d, n)) for n, d in INPUT])`, () => kolmogorovGrid);
