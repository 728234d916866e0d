/**
 * How far a drift score computed on capped category tables (exact mode's hash sample, a profile's Misra–Gries top-k:
 * listed counts plus an `other` bucket) can be from the score on the full tables. The score is computed on the
 * aligned tables (`alignCategories`), which pool into one bucket each side's `other` and the values they cannot
 * compare one by one; write o for the share of a side's non-null values in that bucket. P̂ (the aligned table, the
 * bucket a value of its own) is P with a share o moved into the bucket, so TV(P, P̂) = o and no proportion moves by
 * more than o.
 * - Jensen–Shannon distance (base 2) is a metric with JS ≤ √TV, so by the triangle inequality
 *   |JS(P̂, Q̂) − JS(P, Q)| ≤ √o_ref + √o_cur.
 * - L∞ is a metric too, so |L∞(P̂, Q̂) − L∞(P, Q)| ≤ o_ref + o_cur. When both sides' listed counts are exact (exact
 *   mode's hash sample: `countError` 0 on both), the bucket holds the same values on both sides, every other value
 *   is compared with its exact counts, and each pooled value u has |p_u − q_u| ≤ max(p_u, q_u) ≤ max(o_ref, o_cur),
 *   while the bucket's own |o_ref − o_cur| is at most as much: the bound is max(o_ref, o_cur).
 * PSI and χ² are not metrics and depend on the number of bins: no such bound, so they are not computed.
 */
import { alignCategories, type CategoricalDistribution, type ColumnDistribution } from './distribution.js';
import type { DriftMethod } from './methods.js';

/** A categorical side whose table does not list every value with its exact count. */
export function isSummarised(d: ColumnDistribution): d is CategoricalDistribution {
  return d.kind === 'categorical' && (d.other > 0 || d.countError > 0);
}

/** Share of each side's non-null values that the aligned tables pool as (other): [reference, current]. */
export function pooledShares(reference: CategoricalDistribution, current: CategoricalDistribution): [number, number] {
  const a = alignCategories(reference, current);
  if (!a.pooled) return [0, 0];
  const last = a.labels.length - 1;
  const share = (bucket: number, count: number): number => (count > 0 ? Math.min(1, bucket / count) : 0);
  return [share(a.ref[last]!, reference.count), share(a.cur[last]!, current.count)];
}

/** Bound on |score − score on the full tables|, or undefined when the method has none. */
export function summaryBound(method: DriftMethod, reference: CategoricalDistribution, current: CategoricalDistribution): number | undefined {
  const [r, c] = pooledShares(reference, current);
  if (method === 'jensen_shannon') return Math.min(1, Math.sqrt(r) + Math.sqrt(c));
  if (method === 'linf') return Math.min(1, reference.countError === 0 && current.countError === 0 ? Math.max(r, c) : r + c);
  return undefined;
}
