/**
 * Reference vs current distribution of a drifted column, for the report's chart: round-width histogram bins for a
 * numeric column, the top categories plus "other" for a categorical one. Computed from the distributions drift
 * already holds (sorted samples, category counts): no further pass over the data.
 */
import type { CategoryBin, DriftDistribution, NumericBin } from '../results.js';
import type { CategoricalDistribution, ColumnDistribution, NumericDistribution } from './distribution.js';
import { cumulativeWeights, quantile, rankAtMost, type WeightedSample } from './sample.js';

/** Most bins of a numeric chart, tails included. */
export const MAX_BINS = 20;
/** Bins aimed for between the 1st and 99th percentiles. */
const TARGET_BINS = 15;
/** Categories shown before "other". */
export const TOP_CATEGORIES = 10;
/** Longest category value kept (code points), then `…`. */
export const MAX_CATEGORY_CHARS = 80;

export function driftDistribution(reference: ColumnDistribution, current: ColumnDistribution): DriftDistribution | undefined {
  if (reference.kind === 'numeric' && current.kind === 'numeric') return { kind: 'numeric', bins: numericBins(reference, current) };
  if (reference.kind === 'categorical' && current.kind === 'categorical') return { kind: 'categorical', bins: categoryBins(reference, current) };
  return undefined;
}

/** 1, 2 or 5 × 10^k, the smallest strictly above `x` when `above`, else at least `x`. */
function roundStep(x: number, above = false): number {
  const power = 10 ** Math.floor(Math.log10(x));
  for (const f of [1, 2, 5, 10]) if (above ? f * power > x * (1 + 1e-9) : f * power >= x * (1 - 1e-9)) return f * power;
  return 10 * power;
}

/** Round away float noise (0.1 + 0.2) so edges read as typed. */
const clean = (x: number): number => Number(x.toPrecision(12));

/** Weighted count of values < x. */
function rankBelow(sample: WeightedSample, x: number, cum: Float64Array | undefined): number {
  const { values } = sample;
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  if (lo === 0) return 0;
  return cum ? cum[lo - 1]! : lo;
}

/** Bin edges: round steps covering the 1st–99th percentiles of both sides (the whole range when that is one point). */
export function binEdges(reference: NumericDistribution, current: NumericDistribution): number[] {
  const min = Math.min(reference.min, current.min);
  const max = Math.max(reference.max, current.max);
  let lo = Math.min(quantile(reference.sample, 0.01), quantile(current.sample, 0.01));
  let hi = Math.max(quantile(reference.sample, 0.99), quantile(current.sample, 0.99));
  if (!(hi > lo)) [lo, hi] = [min, max];
  if (!(hi > lo) || !Number.isFinite(hi - lo)) return [lo, lo];
  // Two tails may join the bounded bins, so those stay at MAX_BINS − 2.
  for (let step = roundStep((hi - lo) / TARGET_BINS); ; step = roundStep(step, true)) {
    const start = Math.floor(lo / step) * step;
    const n = Math.max(1, Math.ceil((hi - start) / step - 1e-9));
    if (n <= MAX_BINS - 2) return Array.from({ length: n + 1 }, (_, i) => clean(start + i * step));
  }
}

function numericBins(reference: NumericDistribution, current: NumericDistribution): NumericBin[] {
  const edges = binEdges(reference, current);
  const first = edges[0]!;
  const last = edges[edges.length - 1]!;
  const sides = [reference.sample, current.sample].map((s) => ({ s, cum: s.weights ? cumulativeWeights(s) : undefined }));
  const share = (from: number | null, to: number | null, closedTop: boolean): [number, number] =>
    sides.map(({ s, cum }) => {
      if (s.total <= 0) return 0;
      const upper = to === null ? s.total : closedTop ? rankAtMost(s, to, cum) : rankBelow(s, to, cum);
      const lower = from === null ? 0 : rankBelow(s, from, cum);
      return Math.max(0, upper - lower) / s.total;
    }) as [number, number];
  const bins: NumericBin[] = [];
  const push = (from: number | null, to: number | null, closedTop: boolean): void => {
    const [r, c] = share(from, to, closedTop);
    bins.push({ from, to, reference: r, current: c });
  };
  const below = share(null, first, false);
  if (below[0] > 0 || below[1] > 0) push(null, first, false);
  if (edges.length === 2 && first === last) push(first, last, true);
  for (let i = 0; i + 1 < edges.length && first !== last; i++) push(edges[i]!, edges[i + 1]!, i + 2 === edges.length);
  const above = sides.map(({ s, cum }) => (s.total > 0 ? (s.total - rankAtMost(s, last, cum)) / s.total : 0));
  if (above[0]! > 0 || above[1]! > 0) bins.push({ from: last, to: null, reference: above[0]!, current: above[1]! });
  return bins;
}

function cut(value: string): string {
  const points = Array.from(value);
  return points.length <= MAX_CATEGORY_CHARS ? value : `${points.slice(0, MAX_CATEGORY_CHARS - 1).join('')}…`;
}

function categoryBins(reference: CategoricalDistribution, current: CategoricalDistribution): CategoryBin[] {
  const refShare = (v: string): number => (reference.count > 0 ? (reference.counts.get(v) ?? 0) / reference.count : 0);
  const curShare = (v: string): number => (current.count > 0 ? (current.counts.get(v) ?? 0) / current.count : 0);
  const values = [...new Set([...reference.counts.keys(), ...current.counts.keys()])];
  const weight = (v: string): number => Math.max(refShare(v), curShare(v));
  const top = values.sort((a, b) => weight(b) - weight(a) || (a < b ? -1 : a > b ? 1 : 0)).slice(0, TOP_CATEGORIES);
  const bins: CategoryBin[] = top.map((v) => ({ value: cut(v), reference: refShare(v), current: curShare(v) }));
  // Everything not listed, the sketch's uncounted values included.
  const rest = (d: CategoricalDistribution): number => (d.count > 0 ? Math.max(0, d.count - top.reduce((n, v) => n + (d.counts.get(v) ?? 0), 0)) / d.count : 0);
  const other = { reference: rest(reference), current: rest(current) };
  if (other.reference > 0 || other.current > 0) bins.push({ value: null, ...other });
  return bins;
}
