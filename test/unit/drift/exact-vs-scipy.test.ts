import { describe, expect, it } from 'vitest';
import { chiSquare, chiSquareExpected, jensenShannon, lInfinity, psi, wasserstein1 } from '../../../src/domain/drift/distances.js';
import { ksTest } from '../../../src/domain/drift/ks.js';
import { sampleFromValues } from '../../../src/domain/drift/sample.js';
import { normals, python, rng } from './scipy.js';

const TOL = 1e-6;

interface KsCase {
  name: string;
  a: Float64Array;
  b: Float64Array;
}

const ksCases: KsCase[] = [
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

describe('exact mode agrees with SciPy to 1e-6', () => {
  it('ks_2samp: statistic and p-value (exact and asymptotic branches)', () => {
    const ours = ksCases.map((c) => ksTest(sampleFromValues(c.a), sampleFromValues(c.b)));
    const theirs = python<[number, number][]>(
      `from scipy.stats import ks_2samp\nemit([[float(r.statistic), float(r.pvalue)] for r in (ks_2samp(np.array(c['a']), np.array(c['b'])) for c in INPUT)])`,
      ksCases.map((c) => ({ a: Array.from(c.a), b: Array.from(c.b) })),
    );
    ksCases.forEach((c, i) => {
      const [stat, p] = theirs[i]!;
      expect(Math.abs(ours[i]!.statistic - stat), `${c.name}: D ours ${ours[i]!.statistic} scipy ${stat}`).toBeLessThanOrEqual(1e-12);
      expect(Math.abs(ours[i]!.pValue - p), `${c.name}: p ours ${ours[i]!.pValue} scipy ${p} (${ours[i]!.pMethod})`).toBeLessThanOrEqual(TOL);
    });
    // The cases must exercise both small and large p-values, else the comparison proves little.
    expect(theirs.some(([, p]) => p > 0.2)).toBe(true);
    expect(theirs.some(([, p]) => p < 1e-3 && p > 0)).toBe(true);
  });

  it('wasserstein_distance', () => {
    const cases = ksCases.slice(0, 8);
    const ours = cases.map((c) => wasserstein1(sampleFromValues(c.a), sampleFromValues(c.b)));
    const theirs = python<number[]>(
      `from scipy.stats import wasserstein_distance\nemit([float(wasserstein_distance(c['a'], c['b'])) for c in INPUT])`,
      cases.map((c) => ({ a: Array.from(c.a), b: Array.from(c.b) })),
    );
    cases.forEach((c, i) => expect(Math.abs(ours[i]! - theirs[i]!), c.name).toBeLessThanOrEqual(TOL * Math.max(1, theirs[i]!)));
  });

  const countCases = (() => {
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

  it('jensenshannon (base 2)', () => {
    const theirs = python<number[]>(
      `from scipy.spatial.distance import jensenshannon\nemit([float(jensenshannon(np.array(c['ref'], float), np.array(c['cur'], float), base=2)) for c in INPUT])`,
      countCases,
    );
    countCases.forEach((c, i) => expect(Math.abs(jensenShannon(c.ref, c.cur) - theirs[i]!)).toBeLessThanOrEqual(TOL));
  });

  it('chisquare against reference proportions with the documented smoothing', () => {
    const theirs = python<[number, number][]>(
      `from scipy.stats import chisquare\nout = []\nfor c in INPUT:\n    r = np.array(c['ref'], float); o = np.array(c['cur'], float)\n    e = o.sum() * (r + 0.5) / (r.sum() + 0.5 * len(r))\n    s = chisquare(o, e)\n    out.append([float(s.statistic), float(s.pvalue)])\nemit(out)`,
      countCases,
    );
    countCases.forEach((c, i) => {
      const ours = chiSquare(c.ref, c.cur);
      const [stat, p] = theirs[i]!;
      expect(Math.abs(ours.statistic - stat)).toBeLessThanOrEqual(TOL * Math.max(1, stat));
      expect(Math.abs(ours.pValue - p)).toBeLessThanOrEqual(TOL);
    });
    expect(chiSquareExpected([1, 3], 8).reduce((a, b) => a + b, 0)).toBeCloseTo(8, 12);
  });

  it('PSI and L-infinity against their NumPy definitions', () => {
    const theirs = python<[number, number][]>(
      `out = []\nfor c in INPUT:\n    r = np.array(c['ref'], float); o = np.array(c['cur'], float)\n    p = np.maximum(r / r.sum(), 1e-4); q = np.maximum(o / o.sum(), 1e-4)\n    out.append([float(np.sum((q - p) * np.log(q / p))), float(np.max(np.abs(r / r.sum() - o / o.sum())))])\nemit(out)`,
      countCases,
    );
    countCases.forEach((c, i) => {
      expect(Math.abs(psi(c.ref, c.cur) - theirs[i]![0])).toBeLessThanOrEqual(TOL);
      expect(Math.abs(lInfinity(c.ref, c.cur) - theirs[i]![1])).toBeLessThanOrEqual(TOL);
    });
  });
});

describe('Kolmogorov distribution (every branch of the asymptotic KS p-value)', () => {
  it('kolmogorovSf agrees with scipy.stats.kstwo.sf to 1e-6', async () => {
    const { kolmogorovSf } = await import('../../../src/domain/drift/kolmogorov.js');
    const grid: [number, number][] = [];
    for (const n of [5, 30, 100, 140, 141, 500, 2000, 20000, 99999, 150000, 500000])
      for (const z of [0.02, 0.3, 0.6, 0.9, 1.2, 1.5, 2.0, 3.0, 6.0]) grid.push([n, Math.min(0.999, z / Math.sqrt(n))]);
    grid.push([10, 0.04], [10, 0.08], [10, 0.95], [200, 0.6], [1000, 0.002], [50000, 0.0005]);
    const theirs = python<number[]>(`from scipy.stats import kstwo\nemit([float(kstwo.sf(d, n)) for n, d in INPUT])`, grid);
    grid.forEach(([n, d], i) => expect(Math.abs(kolmogorovSf(n, d) - theirs[i]!), `n=${n} d=${d}: scipy ${theirs[i]}`).toBeLessThanOrEqual(TOL));
  });
});
