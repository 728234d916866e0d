/**
 * How far a drift score computed on capped category tables (exact mode's hash sample, a profile's Misra–Gries top-k:
 * listed counts plus an
 * `other` bucket) can be from the score on the full tables. Write P for a side's true proportions and P̂ for the
 * summary's (listed counts, 0 for a value the other side lists but this one does not, `other` in a bucket of its
 * own): P̂ is P with a share o = other/count moved into the bucket, so TV(P, P̂) = o and no proportion moves by
 * more than o. Jensen–Shannon distance (base 2) is a metric with JS ≤ √TV, so by the triangle inequality
 * |JS(P̂, Q̂) − JS(P, Q)| ≤ √o_ref + √o_cur; L∞ is a metric too, so |L∞(P̂, Q̂) − L∞(P, Q)| ≤ o_ref + o_cur.
 * PSI and χ² are not metrics and depend on the number of bins: no such bound, so they are not computed.
 */
import type { CategoricalDistribution, ColumnDistribution } from './distribution.js';
import type { DriftMethod } from './methods.js';

/** A categorical side whose table does not list every value with its exact count. */
export function isSummarised(d: ColumnDistribution): d is CategoricalDistribution {
  return d.kind === 'categorical' && (d.other > 0 || d.countError > 0);
}

/** Share of the side's non-null values not counted under their own value. */
export function pooledShare(d: CategoricalDistribution): number {
  return d.count > 0 ? Math.min(1, d.other / d.count) : 0;
}

/** Bound on |score − score on the full tables|, or undefined when the method has none. */
export function summaryBound(method: DriftMethod, reference: CategoricalDistribution, current: CategoricalDistribution): number | undefined {
  const r = pooledShare(reference);
  const c = pooledShare(current);
  if (method === 'jensen_shannon') return Math.min(1, Math.sqrt(r) + Math.sqrt(c));
  if (method === 'linf') return Math.min(1, r + c);
  return undefined;
}
