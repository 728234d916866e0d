/**
 * A numeric distribution as drift sees it: sorted values with weights (unit weights for raw data,
 * compactor weights for a quantile sketch). Exact and profile mode share every statistic through it.
 */
import { sortFloat64 } from './sort.js';

export interface WeightedSample {
  /** Ascending, NaN-free. */
  values: Float64Array;
  /** Same length as values; undefined means every weight is 1. */
  weights?: Float64Array;
  /** Sum of weights (the row count it stands for). */
  total: number;
  /** Bound on |estimated rank − true rank| for any x, in rows (0 for raw data). */
  rankError: number;
}

export function exactSample(sorted: Float64Array): WeightedSample {
  return { values: sorted, total: sorted.length, rankError: 0 };
}

/** Sorts a copy (typed-array sort is numeric), dropping NaN. */
export function sampleFromValues(values: ArrayLike<number>): WeightedSample {
  let n = 0;
  const out = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (!Number.isNaN(v)) out[n++] = v;
  }
  const sorted = n === out.length ? out : out.slice(0, n);
  return exactSample(sortFloat64(sorted));
}

/** Weighted count of values ≤ x (binary search over the sorted values). */
export function rankAtMost(sample: WeightedSample, x: number, cumulative?: Float64Array): number {
  const { values } = sample;
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  if (!sample.weights) return lo;
  const cum = cumulative ?? cumulativeWeights(sample);
  return lo === 0 ? 0 : cum[lo - 1]!;
}

export function cumulativeWeights(sample: WeightedSample): Float64Array {
  const w = sample.weights;
  const out = new Float64Array(sample.values.length);
  let acc = 0;
  for (let i = 0; i < out.length; i++) {
    acc += w ? w[i]! : 1;
    out[i] = acc;
  }
  return out;
}

/** The value at normalised rank q ∈ [0,1]: the first value whose cumulative weight reaches ⌊q·total⌋+1 (clamped). */
export function quantile(sample: WeightedSample, q: number, cumulative?: Float64Array): number {
  const { values } = sample;
  if (values.length === 0) return Number.NaN;
  const target = Math.min(Math.floor(q * sample.total) + 1, sample.total);
  if (!sample.weights) return values[Math.min(target - 1, values.length - 1)]!;
  const cum = cumulative ?? cumulativeWeights(sample);
  let lo = 0;
  let hi = cum.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cum[mid]! >= target) hi = mid;
    else lo = mid + 1;
  }
  return values[lo]!;
}

/** Mean and population standard deviation of the sample (two-pass, for raw data). */
export function meanStd(sample: WeightedSample): { mean: number; std: number } {
  const { values, weights, total } = sample;
  let s = 0;
  for (let i = 0; i < values.length; i++) s += values[i]! * (weights ? weights[i]! : 1);
  const mean = s / total;
  let ss = 0;
  for (let i = 0; i < values.length; i++) {
    const d = values[i]! - mean;
    ss += d * d * (weights ? weights[i]! : 1);
  }
  return { mean, std: Math.sqrt(ss / total) };
}
