/** Two-sample Kolmogorov–Smirnov test, two-sided, matching scipy.stats.ks_2samp(method='auto'). */
import { kolmogorovSf } from './kolmogorov.js';
import type { WeightedSample } from './sample.js';
import { clamp01, gcd, roundHalfEven } from './special.js';

/** Largest |F_a(x) − F_b(x)| over all x, by one merge walk of the two sorted samples. */
export function ksStatistic(a: WeightedSample, b: WeightedSample): number {
  const va = a.values;
  const vb = b.values;
  const wa = a.weights;
  const wb = b.weights;
  let i = 0;
  let j = 0;
  let ca = 0;
  let cb = 0;
  let d = 0;
  while (i < va.length || j < vb.length) {
    const x = j >= vb.length || (i < va.length && va[i]! <= vb[j]!) ? va[i]! : vb[j]!;
    while (i < va.length && va[i]! === x) ca += wa ? wa[i++]! : (i++, 1);
    while (j < vb.length && vb[j]! === x) cb += wb ? wb[j++]! : (j++, 1);
    const diff = Math.abs(ca / a.total - cb / b.total);
    if (diff > d) d = diff;
  }
  return d;
}

/** 1 − (share of lattice paths from (0,0) to (m,n) that stay strictly inside |x/m − y/n| < h/lcm). */
function exactUnequal(m: number, n: number, h: number): number {
  if (m < n) [m, n] = [n, m];
  const g = gcd(m, n);
  const mg = m / g;
  const ng = n / g;
  // V[y] holds, for the current x, the share of paths to (x, y) that touched the boundary
  // (Viehmann 2021's recursion for 1−p, numerically stable for small p-values).
  const V = new Float64Array(n + 1).fill(1);
  const windowOf = (x: number): [number, number] => {
    const lo = Math.max(0, Math.floor((ng * x - h) / mg) + 1);
    const hi = Math.min(n, Math.ceil((ng * x + h) / mg) - 1);
    return [lo, hi];
  };
  let [lo, hi] = windowOf(0);
  for (let y = lo; y <= hi; y++) V[y] = 0;
  for (let x = 1; x <= m; x++) {
    const [nlo, nhi] = windowOf(x);
    for (let y = lo; y < Math.min(nlo, hi + 1); y++) V[y] = 1;
    for (let y = nlo; y <= nhi; y++) {
      const left = V[y]!;
      const below = y === 0 ? 0 : V[y - 1]!;
      V[y] = (x * left + y * below) / (x + y);
    }
    lo = nlo;
    hi = nhi;
  }
  return V[n]!;
}

/** P(D ≥ h/n) for two samples of equal size n: 2·Σ_k (−1)^{k+1} C(2n, n−kh)/C(2n, n). */
function exactEqual(n: number, h: number): number {
  let sum = 0;
  let ratio = 1;
  let j = 0;
  for (let k = 1; k * h <= n; k++) {
    for (; j < k * h; j++) ratio *= (n - j) / (n + j + 1);
    if (ratio === 0) break;
    sum += k % 2 === 1 ? ratio : -ratio;
  }
  return 2 * sum;
}

export const KS_MAX_EXACT_N = 10_000;

export type KsPMethod = 'exact' | 'asymp';

/** Two-sided p-value for statistic d between samples of sizes n1 and n2 (SciPy's 'auto' rule). */
export function ksPValue(d: number, n1: number, n2: number): { pValue: number; method: KsPMethod } {
  const g = gcd(n1, n2);
  const n1g = n1 / g;
  const n2g = n2 / g;
  if (Math.max(n1, n2) <= KS_MAX_EXACT_N && n1g < 2147483647 / n2g) {
    const lcm = n1g * n2;
    const h = roundHalfEven(d * lcm);
    if (h === 0) return { pValue: 1, method: 'exact' };
    const p = n1 === n2 ? exactEqual(n1, h) : exactUnequal(n1, n2, h);
    if (p >= 0 && p <= 1) return { pValue: p, method: 'exact' };
  }
  const [m, n] = n1 >= n2 ? [n1, n2] : [n2, n1];
  const en = (m * n) / (m + n);
  return { pValue: clamp01(kolmogorovSf(roundHalfEven(en), d)), method: 'asymp' };
}

export interface KsResult {
  statistic: number;
  pValue: number;
  pMethod: KsPMethod;
}

export function ksTest(a: WeightedSample, b: WeightedSample): KsResult {
  const statistic = ksStatistic(a, b);
  const { pValue, method } = ksPValue(statistic, Math.round(a.total), Math.round(b.total));
  return { statistic, pValue, pMethod: method };
}
