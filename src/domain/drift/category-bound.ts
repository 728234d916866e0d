/**
 * How far a drift score computed on capped category tables (exact mode's hash sample, a profile's Misra–Gries top-k:
 * listed counts plus an `other` bucket) can be from the score on the full tables. The score is computed on the
 * aligned tables (`alignCategories`), which pool into one bucket each side's `other` and the values they cannot
 * compare one by one; write o for the share of a side's non-null values in that bucket. P̂ (the aligned table, the
 * bucket a value of its own) is P with a share o moved into the bucket, so TV(P, P̂) = o and no proportion moves by
 * more than o.
 * - Jensen–Shannon distance (base 2) is a metric with JS ≤ √TV, so by the triangle inequality
 *   |JS(P̂, Q̂) − JS(P, Q)| ≤ √o_ref + √o_cur. When both sides' listed counts are exact, the bucket holds the same
 *   values U on both sides and the divergence is a sum over values of f(p, q) = ½[p log₂(2p/(p+q)) + q log₂(2q/(p+q))],
 *   convex, homogeneous, 0 ≤ f ≤ (p+q)/2. The score S² counts U as f(o_ref, o_cur) ≤ Σ_U f(p_u, q_u) ≤ (o_ref+o_cur)/2,
 *   so S ≤ JS(P, Q) ≤ √(S² + (o_ref+o_cur)/2 − f(o_ref, o_cur)): the bound is that minus S, at most half the other.
 * - L∞ is a metric too, so |L∞(P̂, Q̂) − L∞(P, Q)| ≤ o_ref + o_cur. When both sides' listed counts are exact (exact
 *   mode's hash sample: `countError` 0 on both), the bucket holds the same values on both sides, every other value
 *   is compared with its exact counts, and each pooled value u has |p_u − q_u| ≤ max(p_u, q_u) ≤ max(o_ref, o_cur),
 *   while the bucket's own |o_ref − o_cur| is at most as much: the bound is max(o_ref, o_cur).
 * PSI and χ² are not metrics and depend on the number of bins: no such bound, so they are not computed.
 */
import { pooledCounts, type CategoricalDistribution, type ColumnDistribution } from './distribution.js';
import type { DriftMethod } from './methods.js';

/** A categorical side whose table does not list every value with its exact count. */
export function isSummarised(d: ColumnDistribution): d is CategoricalDistribution {
  return d.kind === 'categorical' && (d.other > 0 || d.countError > 0);
}

/** Share of each side's non-null values that the aligned tables pool as (other): [reference, current]. */
export function pooledShares(reference: CategoricalDistribution, current: CategoricalDistribution): [number, number] {
  const [refOther, curOther] = pooledCounts(reference, current);
  if (refOther === 0 && curOther === 0) return [0, 0];
  const share = (bucket: number, count: number): number => (count > 0 ? Math.min(1, bucket / count) : 0);
  return [share(refOther, reference.count), share(curOther, current.count)];
}

/** Whether `summaryBound` bounds the method's score (the others are not computed on summarised tables). */
export function hasSummaryBound(method: DriftMethod): boolean {
  return method === 'jensen_shannon' || method === 'linf';
}

/** ½[p log₂(2p/(p+q)) + q log₂(2q/(p+q))]: one value's share of the Jensen–Shannon divergence (bits). */
function jsTerm(p: number, q: number): number {
  const m = (p + q) / 2;
  const part = (x: number): number => (x > 0 ? x * Math.log2(x / m) : 0);
  return m > 0 ? (part(p) + part(q)) / 2 : 0;
}

/** Bound on |score − score on the full tables| for a `score` computed on these tables; undefined when the method has none. */
export function summaryBound(method: DriftMethod, reference: CategoricalDistribution, current: CategoricalDistribution, score: number): number | undefined {
  const [r, c] = pooledShares(reference, current);
  const exactCounts = reference.countError === 0 && current.countError === 0;
  if (method === 'jensen_shannon') {
    if (!exactCounts) return Math.min(1, Math.sqrt(r) + Math.sqrt(c));
    const upper = Math.sqrt(Math.min(1, score * score + Math.max(0, (r + c) / 2 - jsTerm(r, c))));
    return Math.min(1, Math.max(0, upper - score));
  }
  if (method === 'linf') return Math.min(1, exactCounts ? Math.max(r, c) : r + c);
  return undefined;
}
