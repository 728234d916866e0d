/** Drift methods, their defaults, and `auto` selection (SPEC §3). */
import { alignCategories, binCounts, quantileEdges, type ColumnDistribution } from './distribution.js';
import { chiSquare, jensenShannon, lInfinity, psi, wasserstein1 } from './distances.js';
import { ksTest } from './ks.js';

export type DriftMethod = 'psi' | 'ks' | 'wasserstein' | 'jensen_shannon' | 'chi2' | 'linf';

/**
 * Every method's score is an effect size and a column drifts when its score exceeds the threshold, so one dataset
 * `threshold` means the same under `auto` whichever method it picks. KS's score is its D statistic (the largest gap
 * between the two CDFs); χ²'s is Cohen's w = √(χ²/n) of the current counts against the reference shares. The tests'
 * p-values are reported beside the score, never compared to the threshold (on large data every tiny shift is
 * "significant").
 */
export const METHOD_KIND: Record<DriftMethod, 'test' | 'distance'> = {
  ks: 'test',
  chi2: 'test',
  psi: 'distance',
  wasserstein: 'distance',
  jensen_shannon: 'distance',
  linf: 'distance',
};

export const DEFAULT_THRESHOLD: Record<DriftMethod, number> = {
  ks: 0.1,
  chi2: 0.1,
  psi: 0.2,
  wasserstein: 0.1,
  jensen_shannon: 0.1,
  linf: 0.1,
};

/** Below this many non-null reference values `auto` uses a test (KS / χ²); from it on, an effect size. */
export const AUTO_SIZE_CUTOFF = 1000;

export function autoMethod(reference: ColumnDistribution): DriftMethod {
  const small = reference.count < AUTO_SIZE_CUTOFF;
  if (reference.kind === 'numeric') return small ? 'ks' : 'wasserstein';
  return small ? 'chi2' : 'jensen_shannon';
}

export interface Measurement {
  method: DriftMethod;
  score: number;
  pValue?: number;
  /** The test's own statistic (KS: D, the score; χ²: the χ² value the score is derived from). */
  statistic?: number;
  /** Profile mode: bound on |score − exact score| implied by the sketches' rank errors. */
  errorBound?: number;
}

const rankEps = (d: ColumnDistribution): number => (d.kind === 'numeric' ? d.sample.rankError / Math.max(1, d.sample.total) : 0);

/** Counts per bin (numeric: reference-quantile bins) or per category, aligned. */
function binned(reference: ColumnDistribution, current: ColumnDistribution): { ref: Float64Array; cur: Float64Array } {
  if (reference.kind === 'numeric' && current.kind === 'numeric') {
    const edges = quantileEdges(reference.sample);
    return { ref: binCounts(reference.sample, edges), cur: binCounts(current.sample, edges) };
  }
  if (reference.kind === 'categorical' && current.kind === 'categorical') return alignCategories(reference, current);
  throw new Error('reference and current column kinds differ');
}

export function measure(method: DriftMethod, reference: ColumnDistribution, current: ColumnDistribution): Measurement {
  const m = measureScore(method, reference, current);
  const eps = rankEps(reference) + rankEps(current);
  if (eps === 0) return m;
  if (method === 'ks') return { ...m, errorBound: eps };
  if (method === 'linf') return { ...m, errorBound: 2 * eps };
  if (method === 'wasserstein' && reference.kind === 'numeric' && current.kind === 'numeric') {
    const range = Math.max(reference.max, current.max) - Math.min(reference.min, current.min);
    return { ...m, errorBound: (eps * range) / (reference.std > 0 ? reference.std : 1) };
  }
  return m;
}

function measureScore(method: DriftMethod, reference: ColumnDistribution, current: ColumnDistribution): Measurement {
  if (method === 'ks' || method === 'wasserstein') {
    if (reference.kind !== 'numeric' || current.kind !== 'numeric') throw new Error(`${method} needs a numeric column`);
    if (method === 'ks') {
      const r = ksTest(reference.sample, current.sample);
      return { method, score: r.statistic, pValue: r.pValue, statistic: r.statistic };
    }
    const w = wasserstein1(reference.sample, current.sample);
    return { method, score: reference.std > 0 ? w / reference.std : w };
  }
  const { ref, cur } = binned(reference, current);
  switch (method) {
    case 'psi':
      return { method, score: psi(ref, cur) };
    case 'jensen_shannon':
      return { method, score: jensenShannon(ref, cur) };
    case 'linf':
      return { method, score: lInfinity(ref, cur) };
    case 'chi2': {
      const r = chiSquare(ref, cur);
      let n = 0;
      for (let i = 0; i < cur.length; i++) n += cur[i]!;
      return { method, score: n > 0 ? Math.sqrt(r.statistic / n) : 0, pValue: r.pValue, statistic: r.statistic };
    }
  }
}

export function drifted(m: Measurement, threshold: number): boolean {
  return m.score > threshold;
}
