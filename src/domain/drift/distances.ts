/** Distances between distributions: Wasserstein-1 on samples; PSI, Jensen–Shannon, L∞, χ² on binned counts. */
import type { WeightedSample } from './sample.js';
import { chiSquareSf } from './special.js';

/**
 * ∫|F_a − F_b| dx (scipy.stats.wasserstein_distance; with weights, its u_weights/v_weights), by one merge walk: the gap
 * between the CDFs scaled to |ca·nb − cb·na| (ca, cb the weight up to a step; whole numbers for counts, exact while
 * na·nb ≤ 2^53), summed over the steps and divided once by na·nb: distinct values with counts (a tallied column) give
 * the same sum, to the bit, as the same values written out one by one. Samples of one size take `wassersteinPaired`.
 */
export function wasserstein1(a: WeightedSample, b: WeightedSample): number {
  if (a.total === b.total && counted(a) && counted(b) && finiteEnds(a.values) && finiteEnds(b.values)) return wassersteinPaired(a, b);
  const raw = !a.weights && !b.weights && a.total === a.values.length && b.total === b.values.length;
  if (raw && a.total > 0 && b.total > 0) return wassersteinUnweighted(a.values, b.values);
  const { values: va, weights: wa, total: na } = a;
  const { values: vb, weights: wb, total: nb } = b;
  const la = va.length;
  const lb = vb.length;
  let i = 0;
  let j = 0;
  let ca = 0;
  let cb = 0;
  let sum = 0;
  let prev = Number.NaN;
  while (i < la || j < lb) {
    const x = j >= lb || (i < la && va[i]! <= vb[j]!) ? va[i]! : vb[j]!;
    if (!Number.isNaN(prev)) sum += (x - prev) * Math.abs(ca * nb - cb * na);
    while (i < la && va[i] === x) ca += wa ? wa[i++]! : (i++, 1);
    while (j < lb && vb[j] === x) cb += wb ? wb[j++]! : (j++, 1);
    prev = x;
  }
  return sum / (na * nb);
}

/** An exact sample of whole-number weights (raw values, or a tallied column's counts), not empty. */
function counted(s: WeightedSample): boolean {
  if (s.rankError !== 0 || !(s.total > 0)) return false;
  const w = s.weights;
  if (!w) return s.total === s.values.length;
  let total = 0;
  for (let k = 0; k < w.length; k++) {
    if (!Number.isSafeInteger(w[k])) return false;
    total += w[k]!;
  }
  return total === s.total;
}

/** Whether the least and greatest values of a sorted, non-empty array are finite. */
const finiteEnds = (v: Float64Array): boolean => Number.isFinite(v[0]!) && Number.isFinite(v[v.length - 1]!);

/**
 * `wasserstein1` of two exact samples of the same size n (the reference and current data often are): the k-th smallest
 * values paired, W1 = Σ_k |a_(k) − b_(k)| / n, one pass with no merge decisions (the merge walk's were most of its
 * time). A value with a count adds its difference as many times, so distinct values with counts give the same sum,
 * to the bit, as the values written out one by one.
 */
function wassersteinPaired(a: WeightedSample, b: WeightedSample): number {
  const { values: va, weights: wa } = a;
  const { values: vb, weights: wb } = b;
  if (!wa && !wb) return pairedSum(va, vb) / a.total;
  const la = va.length;
  const lb = vb.length;
  let i = 0;
  let j = 0;
  let ra = wa ? wa[0]! : 1;
  let rb = wb ? wb[0]! : 1;
  let sum = 0;
  while (i < la && j < lb) {
    const d = Math.abs(va[i]! - vb[j]!);
    const m = ra < rb ? ra : rb;
    for (let r = 0; r < m; r++) sum += d;
    ra -= m;
    rb -= m;
    if (ra === 0 && ++i < la) ra = wa ? wa[i]! : 1;
    if (rb === 0 && ++j < lb) rb = wb ? wb[j]! : 1;
  }
  return sum / a.total;
}

/** Σ |a_k − b_k| over two arrays of one length, in order (the same additions as `wassersteinPaired`'s runs of 1). */
function pairedSum(va: Float64Array, vb: Float64Array): number {
  let sum = 0;
  for (let k = 0; k < va.length; k++) sum += Math.abs(va[k]! - vb[k]!);
  return sum;
}

/**
 * `wasserstein1` of two raw samples (every weight 1, neither empty): the gap between the CDFs scaled to whole numbers,
 * |i·nb − j·na| (exact while na·nb ≤ 2^53), summed over the steps and divided once by na·nb. A tight loop of its
 * own: it runs per numeric column over millions of values.
 */
function wassersteinUnweighted(va: Float64Array, vb: Float64Array): number {
  const na = va.length;
  const nb = vb.length;
  let i = 0;
  let j = 0;
  let sum = 0;
  // The smallest value opens the walk and adds nothing (as in wasserstein1, also when it is -Infinity).
  const prev0 = va[0]! <= vb[0]! ? va[0]! : vb[0]!;
  if (va[0] === prev0) while (++i < na && va[i] === prev0);
  if (vb[0] === prev0) while (++j < nb && vb[j] === prev0);
  let prev = prev0;
  while (i < na && j < nb) {
    const a = va[i]!;
    const b = vb[j]!;
    const x = a <= b ? a : b;
    sum += (x - prev) * Math.abs(i * nb - j * na);
    if (a === x) while (++i < na && va[i] === x);
    if (b === x) while (++j < nb && vb[j] === x);
    prev = x;
  }
  // One side is used up: its CDF is 1 from here on.
  for (; i < na; ) {
    const x = va[i]!;
    sum += (x - prev) * Math.abs(i * nb - nb * na);
    while (++i < na && va[i] === x);
    prev = x;
  }
  for (; j < nb; ) {
    const x = vb[j]!;
    sum += (x - prev) * Math.abs(na * nb - j * na);
    while (++j < nb && vb[j] === x);
    prev = x;
  }
  return sum / (na * nb);
}

/** Floor applied to empty-bin proportions in PSI so a bin seen on one side only stays finite. */
export const PSI_EPSILON = 1e-4;

const proportions = (counts: ArrayLike<number>): Float64Array => {
  let total = 0;
  for (let i = 0; i < counts.length; i++) total += counts[i]!;
  const out = new Float64Array(counts.length);
  for (let i = 0; i < counts.length; i++) out[i] = total > 0 ? counts[i]! / total : 0;
  return out;
};

/** Population stability index Σ (c − r)·ln(c/r) over bins, proportions floored at PSI_EPSILON. */
export function psi(reference: ArrayLike<number>, current: ArrayLike<number>): number {
  const r = proportions(reference);
  const c = proportions(current);
  let s = 0;
  for (let i = 0; i < r.length; i++) {
    const ri = Math.max(r[i]!, PSI_EPSILON);
    const ci = Math.max(c[i]!, PSI_EPSILON);
    s += (ci - ri) * Math.log(ci / ri);
  }
  return s;
}

const relEntr = (x: number, y: number): number => (x > 0 && y > 0 ? x * Math.log(x / y) : x === 0 && y >= 0 ? 0 : Infinity);

/** Jensen–Shannon distance, base 2 (scipy.spatial.distance.jensenshannon(p, q, base=2)); in [0, 1]. */
export function jensenShannon(reference: ArrayLike<number>, current: ArrayLike<number>): number {
  const p = proportions(reference);
  const q = proportions(current);
  let s = 0;
  for (let i = 0; i < p.length; i++) {
    const m = (p[i]! + q[i]!) / 2;
    s += relEntr(p[i]!, m) + relEntr(q[i]!, m);
  }
  return Math.sqrt(Math.max(0, s / 2) / Math.LN2);
}

/** Largest absolute difference between bin proportions. */
export function lInfinity(reference: ArrayLike<number>, current: ArrayLike<number>): number {
  const p = proportions(reference);
  const q = proportions(current);
  let d = 0;
  for (let i = 0; i < p.length; i++) d = Math.max(d, Math.abs(p[i]! - q[i]!));
  return d;
}

/** Pseudo-count added to every reference bin so a bin the reference never saw has a finite expectation. */
export const CHI2_PSEUDOCOUNT = 0.5;

/** Expected current counts under the reference distribution (with CHI2_PSEUDOCOUNT smoothing). */
export function chiSquareExpected(reference: ArrayLike<number>, currentTotal: number): Float64Array {
  let total = 0;
  for (let i = 0; i < reference.length; i++) total += reference[i]!;
  const denom = total + CHI2_PSEUDOCOUNT * reference.length;
  const out = new Float64Array(reference.length);
  for (let i = 0; i < reference.length; i++) out[i] = (currentTotal * (reference[i]! + CHI2_PSEUDOCOUNT)) / denom;
  return out;
}

/** Pearson χ² goodness of fit of current counts against the reference (scipy.stats.chisquare(obs, exp)). */
export function chiSquare(reference: ArrayLike<number>, current: ArrayLike<number>): { statistic: number; pValue: number; dof: number } {
  let n = 0;
  for (let i = 0; i < current.length; i++) n += current[i]!;
  const expected = chiSquareExpected(reference, n);
  let stat = 0;
  for (let i = 0; i < expected.length; i++) {
    const diff = current[i]! - expected[i]!;
    stat += (diff * diff) / expected[i]!;
  }
  const dof = reference.length - 1;
  return { statistic: stat, pValue: dof > 0 ? chiSquareSf(stat, dof) : 1, dof };
}
