import type { ExampleMetric, PairedExamples } from './paired.js';
import { argsortDoubles } from './radix.js';

/**
 * Metrics that are a function of a mean of per-example contributions: MAE, MSE, RMSE (√ of the MSE)
 * and log loss. Definitions as scikit-learn's mean_absolute_error, mean_squared_error(squared=True/False)
 * and log_loss (binary labels, score = P(label = 1), clipped to [ε, 1 − ε] with ε the float64 machine
 * epsilon as in scikit-learn 1.2).
 */
export interface MeanMetric {
  /** Per-example contributions of the candidate and the baseline. */
  cand: Float64Array;
  base: Float64Array;
  /** RMSE: the metric is √(mean). */
  sqrt: boolean;
}

const EPS = 2.220446049250313e-16;

export function contribution(metric: ExampleMetric, y: number, pred: number, score: number | undefined): number {
  switch (metric) {
    case 'mae':
      return Math.abs(y - pred);
    case 'mse':
    case 'rmse':
      return (y - pred) * (y - pred);
    case 'log_loss': {
      const p = Math.min(1 - EPS, Math.max(EPS, score ?? Number.NaN));
      return -(y * Math.log(p) + (1 - y) * Math.log(1 - p));
    }
    default:
      return Number.NaN;
  }
}

/** The contributions of both sides, or a reason why the metric cannot be computed from this data. */
export function meanMetric(metric: ExampleMetric, data: PairedExamples): MeanMetric | string {
  const { n } = data;
  if (metric === 'log_loss') {
    if (!data.candScore || !data.baseScore) return 'log loss needs a score column (probability of label 1) in both files';
    for (let i = 0; i < n; i++) {
      const y = data.label[i]!;
      if (y !== 0 && y !== 1) return `log loss needs 0/1 labels; found ${y} at example ${i + 1}`;
    }
  }
  const cand = new Float64Array(n);
  const base = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    cand[i] = contribution(metric, data.label[i]!, data.candPred[i]!, data.candScore?.[i]);
    base[i] = contribution(metric, data.label[i]!, data.basePred[i]!, data.baseScore?.[i]);
    if (!Number.isFinite(cand[i]!) || !Number.isFinite(base[i]!)) {
      return `${metric} is not defined for example ${i + 1}: label, prediction or score is not a number`;
    }
  }
  return { cand, base, sqrt: metric === 'rmse' };
}

export function meanValue(values: Float64Array, sqrt: boolean): number {
  let s = 0;
  for (let i = 0; i < values.length; i++) s += values[i]!;
  const m = s / values.length;
  return sqrt ? Math.sqrt(m) : m;
}

/** Ascending order of scores and the positions where a new group of tied scores starts. */
export interface SortedScores {
  order: Int32Array;
  tieStart: Uint8Array;
}

export function sortScores(scores: Float64Array): SortedScores {
  const n = scores.length;
  const order = argsortDoubles(scores);
  const tieStart = new Uint8Array(n);
  for (let k = 0; k < n; k++) tieStart[k] = k === 0 || scores[order[k]!]! !== scores[order[k - 1]!]! ? 1 : 0;
  return { order, tieStart };
}

/**
 * ROC AUC as scikit-learn's roc_auc_score for binary labels: the Mann–Whitney probability that a
 * positive outscores a negative, ties counting one half. `weights` (bootstrap multiplicities) optional.
 */
export function aucSorted(sorted: SortedScores, labels: Uint8Array, weights?: ArrayLike<number>): number {
  const { order, tieStart } = sorted;
  const n = order.length;
  let negBelow = 0;
  let sum = 0;
  let pos = 0;
  let k = 0;
  while (k < n) {
    let gp = 0;
    let gn = 0;
    do {
      const i = order[k]!;
      const w = weights ? weights[i]! : 1;
      if (labels[i] === 1) gp += w;
      else gn += w;
      k++;
    } while (k < n && tieStart[k] === 0);
    sum += gp * (negBelow + 0.5 * gn);
    negBelow += gn;
    pos += gp;
  }
  return sum / (pos * negBelow);
}
