import { binomialHalfCdf } from './special.js';

/**
 * McNemar's exact test as statsmodels' `mcnemar(table, exact=True)`: with b and c the discordant
 * counts (candidate right / baseline wrong and the reverse), p = min(1, 2·P(X ≤ min(b, c))), X ~ Bin(b+c, ½).
 */
export function mcnemarExact(b: number, c: number): { statistic: number; pValue: number } {
  const statistic = Math.min(b, c);
  return { statistic, pValue: Math.min(1, 2 * binomialHalfCdf(statistic, b + c)) };
}

/** Holm–Bonferroni step-down adjusted p-values, as statsmodels `multipletests(p, method='holm')[1]`. */
export function holmAdjust(pValues: readonly number[]): number[] {
  const m = pValues.length;
  const order = pValues.map((p, i) => [p, i] as const).sort((x, y) => x[0] - y[0]);
  const adjusted = new Array<number>(m);
  let running = 0;
  order.forEach(([p, i], rank) => {
    running = Math.max(running, Math.min(1, (m - rank) * p));
    adjusted[i] = running;
  });
  return adjusted;
}

/** Percentile with linear interpolation (NumPy's default `np.percentile`, SciPy bootstrap's). `sorted` ascending. */
export function percentileSorted(sorted: ArrayLike<number>, q: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const pos = (q / 100) * (n - 1);
  const lo = Math.floor(pos);
  const hi = Math.min(n - 1, lo + 1);
  const frac = pos - lo;
  const a = sorted[lo]!;
  const b = sorted[hi]!;
  return frac === 0 ? a : a + (b - a) * frac;
}

/**
 * Two-sided p-value of a randomisation test as SciPy's `permutation_test`: 2·min(P(T* ≤ t), P(T* ≥ t)),
 * with SciPy's relative tolerance 1e-14 on ties and the +1 correction for random (not exhaustive) resampling.
 */
export function twoSidedPValue(nullDistribution: ArrayLike<number>, observed: number, exact: boolean): number {
  const gamma = Math.abs(1e-14 * observed);
  let less = 0;
  let greater = 0;
  for (let i = 0; i < nullDistribution.length; i++) {
    const t = nullDistribution[i]!;
    if (t <= observed + gamma) less++;
    if (t >= observed - gamma) greater++;
  }
  const adj = exact ? 0 : 1;
  const total = nullDistribution.length + adj;
  return Math.min(1, 2 * Math.min((less + adj) / total, (greater + adj) / total));
}
