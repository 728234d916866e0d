/**
 * The live model's metrics from labelled production predictions, with a bootstrap interval of each from the sample.
 * The release's stored metrics are a fixed reference (not a sample), so the interval of live − release is the live
 * metric's own interval shifted by the stored value, and the p-value of "no change" is the bootstrap share on the other side.
 */
import type { SignificanceOutcome } from '../gate/evaluate.js';
import { classificationMetric, jointTable } from '../stats/classification.js';
import { aucSorted, meanMetric, sortScores } from '../stats/continuous.js';
import { exampleMetricOf, type PairedExamples } from '../stats/paired.js';
import { createPrng } from '../stats/prng.js';
import { holmAdjust, percentileSorted } from '../stats/tests.js';

/** Fewer labelled examples than this tell nothing about a metric: its gate is inconclusive. */
export const MIN_LABELLED = 30;

export interface LiveEstimate {
  value: number;
  /** Bootstrap replicates of the metric (NaN where a resample left it undefined). */
  draws: Float64Array;
}

export interface LiveMetrics {
  n: number;
  estimates: Map<string, LiveEstimate>;
  skipped: { name: string; reason: string }[];
}

type WeightedMetric = (weights: Float64Array | undefined) => number;

/** The metric as a function of per-example bootstrap weights, or why it cannot be computed. */
function weightedMetric(name: string, data: PairedExamples): WeightedMetric | string {
  const metric = exampleMetricOf(name);
  if (!metric) return 'not computable from per-example predictions';
  const n = data.n;
  if (metric === 'auc') {
    if (!data.candScore) return 'AUC needs a score column';
    const labels = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      const y = data.label[i]!;
      if (y !== 0 && y !== 1) return `AUC needs 0/1 labels; found ${Number.isNaN(y) ? 'a non-number' : y} at example ${i + 1}`;
      labels[i] = y;
    }
    const sorted = sortScores(data.candScore);
    return (w) => aucSorted(sorted, labels, w);
  }
  if (metric === 'accuracy' || metric === 'precision' || metric === 'recall' || metric === 'f1') {
    const table = jointTable(data);
    if (!table) return `${metric} needs class labels (at most 100 distinct label and prediction texts)`;
    // Example → its cell of the table (candidate and baseline sides are the same live predictions).
    const C = table.classes;
    const binary = table.positive !== undefined;
    const label = binary ? data.label : data.labelCode!;
    const pred = binary ? data.candPred : data.candCode!;
    const cellByKey = new Map<number, number>();
    for (let k = 0; k < table.count.length; k++) cellByKey.set((table.label[k]! * C + table.cand[k]!) * C + table.base[k]!, k);
    const cellOf = new Int32Array(n);
    for (let i = 0; i < n; i++) cellOf[i] = cellByKey.get((label[i]! * C + pred[i]!) * C + pred[i]!)!;
    const counts = new Float64Array(table.count.length);
    return (w) => {
      if (!w) return classificationMetric(metric, table, table.count, 0);
      counts.fill(0);
      for (let i = 0; i < n; i++) counts[cellOf[i]!] = counts[cellOf[i]!]! + w[i]!;
      return classificationMetric(metric, table, counts, 0);
    };
  }
  const mean = meanMetric(metric, data);
  if (typeof mean === 'string') return mean;
  return (w) => {
    let s = 0;
    let total = 0;
    for (let i = 0; i < n; i++) {
      const weight = w ? w[i]! : 1;
      s += weight * mean.cand[i]!;
      total += weight;
    }
    const m = s / total;
    return mean.sqrt ? Math.sqrt(m) : m;
  };
}

/** Point values and `resamples` bootstrap replicates of each named metric (resampling examples, seeded). */
export function estimateLiveMetrics(data: PairedExamples, names: readonly string[], settings: { resamples: number; seed: number }): LiveMetrics {
  const skipped: LiveMetrics['skipped'] = [];
  const fns = new Map<string, WeightedMetric>();
  for (const name of names) {
    const fn = weightedMetric(name, data);
    if (typeof fn === 'string') skipped.push({ name, reason: fn });
    else fns.set(name, fn);
  }
  const draws = new Map([...fns.keys()].map((name) => [name, new Float64Array(settings.resamples)]));
  const prng = createPrng(settings.seed, 0x4d4f4e);
  const weights = new Float64Array(data.n);
  for (let b = 0; b < settings.resamples && fns.size > 0; b++) {
    weights.fill(0);
    for (let i = 0; i < data.n; i++) {
      const j = prng.nextBelow(data.n);
      weights[j] = weights[j]! + 1;
    }
    for (const [name, fn] of fns) draws.get(name)![b] = fn(weights);
  }
  const estimates = new Map([...fns].map(([name, fn]) => [name, { value: fn(undefined), draws: draws.get(name)! }]));
  return { n: data.n, estimates, skipped };
}

/** The interval of live − stored and the Holm-adjusted bootstrap p-value of "no change", per metric with a stored value. */
export function liveSignificance(live: LiveMetrics, stored: ReadonlyMap<string, number>, alpha: number): Map<string, SignificanceOutcome> {
  const rows: { name: string; ci: [number, number]; p: number }[] = [];
  for (const [name, estimate] of live.estimates) {
    const base = stored.get(name);
    if (base === undefined || !Number.isFinite(base)) continue;
    const finite = estimate.draws.filter((d) => !Number.isNaN(d)).sort();
    if (finite.length === 0) continue;
    let le = 0;
    let ge = 0;
    for (const d of finite) {
      if (d <= base) le++;
      if (d >= base) ge++;
    }
    const p = Math.min(1, (2 * (Math.min(le, ge) + 1)) / (finite.length + 1));
    const ci: [number, number] = [percentileSorted(finite, (alpha / 2) * 100) - base, percentileSorted(finite, (1 - alpha / 2) * 100) - base];
    rows.push({ name, ci, p });
  }
  const adjusted = holmAdjust(rows.map((r) => r.p));
  return new Map(rows.map((r, i) => [r.name, { method: 'bootstrap', ci: r.ci, p_value: adjusted[i]!, n: live.n }]));
}
