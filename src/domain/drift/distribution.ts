/** What drift compares per column, from raw data (exact) or from a profile (sketches). */
import type { WeightedSample } from './sample.js';
import { quantile, rankAtMost, cumulativeWeights } from './sample.js';

export interface NumericDistribution {
  kind: 'numeric';
  sample: WeightedSample;
  /** Non-null values. */
  count: number;
  nulls: number;
  mean: number;
  /** Population standard deviation (ddof = 0). */
  std: number;
  min: number;
  max: number;
}

export interface CategoricalDistribution {
  kind: 'categorical';
  /** Value → count (all values, or the heavy hitters of a top-k sketch). */
  counts: ReadonlyMap<string, number>;
  /** Count of values not listed in `counts` (0 when every value is listed). */
  other: number;
  /** Bound on how far any listed count may be below its true count (0 when exact). */
  countError: number;
  /** Exact mode past EXACT_CATEGORY_LIMIT values: only values kept at this hash-sampling level are listed (capped-counts.ts). */
  sampleLevel?: number;
  count: number;
  nulls: number;
}

export type ColumnDistribution = NumericDistribution | CategoricalDistribution;

/** Number of reference-quantile bins used by the binned methods on numeric columns. */
export const NUMERIC_BINS = 10;

/** Interior bin edges at the reference's i/B quantiles (duplicates removed). */
export function quantileEdges(reference: WeightedSample, bins = NUMERIC_BINS): number[] {
  const cum = reference.weights ? cumulativeWeights(reference) : undefined;
  const edges: number[] = [];
  for (let i = 1; i < bins; i++) {
    const e = quantile(reference, i / bins, cum);
    if (edges.length === 0 || e > edges[edges.length - 1]!) edges.push(e);
  }
  return edges;
}

/** Weighted counts in (−∞, e1], (e1, e2], …, (e_last, ∞). */
export function binCounts(sample: WeightedSample, edges: readonly number[]): Float64Array {
  const cum = sample.weights ? cumulativeWeights(sample) : undefined;
  const out = new Float64Array(edges.length + 1);
  let prev = 0;
  edges.forEach((e, i) => {
    const r = rankAtMost(sample, e, cum);
    out[i] = r - prev;
    prev = r;
  });
  out[edges.length] = sample.total - prev;
  return out;
}

/**
 * Aligned count vectors over the union of categories (an `other` bucket when either side has one; `pooled` then
 * true, the bucket last).
 */
export function alignCategories(reference: CategoricalDistribution, current: CategoricalDistribution): { labels: string[]; ref: Float64Array; cur: Float64Array; pooled: boolean } {
  const { refOnly, curOnly } = listedAlone(reference, current);
  const labels: string[] = [];
  for (const l of reference.counts.keys()) if (refOnly || current.counts.has(l)) labels.push(l);
  if (curOnly) for (const l of current.counts.keys()) if (!reference.counts.has(l)) labels.push(l);
  labels.sort();
  const [refOther, curOther] = pooledCounts(reference, current);
  const withOther = refOther > 0 || curOther > 0;
  const size = labels.length + (withOther ? 1 : 0);
  const ref = new Float64Array(size);
  const cur = new Float64Array(size);
  labels.forEach((l, i) => {
    ref[i] = reference.counts.get(l) ?? 0;
    cur[i] = current.counts.get(l) ?? 0;
  });
  if (withOther) {
    ref[size - 1] = refOther;
    cur[size - 1] = curOther;
    labels.push('(other)');
  }
  return { labels, ref, cur, pooled: withOther };
}

/**
 * Whether a value listed by one side alone keeps a place of its own in the aligned tables (`refOnly`: listed by the
 * reference alone). A side with `other` > 0 is a truncated top-k (a profile): a value it does not list may be inside
 * its `other`, so a value listed only by the far side is pooled into (other) on both sides instead of counting as new
 * or vanished. Not so for exact mode's hash sample (exact counts, a sampling level): both sides are at the same level
 * (evaluate.ts), a value the near side lists is one the sample keeps, and the far side lists every such value it has.
 * A value both sides list always keeps its place.
 */
function listedAlone(reference: CategoricalDistribution, current: CategoricalDistribution): { refOnly: boolean; curOnly: boolean } {
  const complete = (far: CategoricalDistribution): boolean => far.other === 0 || (far.countError === 0 && far.sampleLevel !== undefined);
  return { refOnly: complete(current), curOnly: complete(reference) };
}

/** What the aligned tables of `alignCategories` pool as (other) on each side: [reference, current]. */
export function pooledCounts(reference: CategoricalDistribution, current: CategoricalDistribution): [number, number] {
  const { refOnly, curOnly } = listedAlone(reference, current);
  let refOther = reference.other;
  let curOther = current.other;
  if (!refOnly) for (const [l, n] of reference.counts) if (!current.counts.has(l)) refOther += n;
  if (!curOnly) for (const [l, n] of current.counts) if (!reference.counts.has(l)) curOther += n;
  return [refOther, curOther];
}
