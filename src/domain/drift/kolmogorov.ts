/**
 * The finite-n distribution of the two-sided one-sample Kolmogorov statistic D_n, as needed by the
 * asymptotic two-sample KS p-value (SciPy evaluates it at n = round(n1·n2/(n1+n2))).
 * Algorithm choice follows Simard & L'Ecuyer (2011), "Computing the two-sided Kolmogorov-Smirnov
 * distribution", J. Stat. Software 39(11): exact Durbin matrix (Marsaglia, Tsang & Wang 2003) for
 * small n·d², Birnbaum–Tingey (one-sided, doubled) in the upper tail, Pelz–Good's expansion elsewhere.
 */
import { clamp01, logGamma } from './special.js';

const LN2 = Math.LN2;

/** P(D_n^+ ≥ e), Birnbaum & Tingey (1951), summed in log space. */
export function smirnovSf(n: number, e: number): number {
  if (e <= 0) return 1;
  if (e >= 1) return 0;
  const last = Math.floor(n * (1 - e));
  const lgN = logGamma(n + 1);
  let sum = 0;
  for (let v = 0; v <= last; v++) {
    const a = e + v / n;
    const b = 1 - a;
    if (b <= 0) {
      if (n - v === 0) sum += Math.exp(lgN - logGamma(v + 1) + (v - 1) * Math.log(a));
      continue;
    }
    const logTerm = lgN - logGamma(v + 1) - logGamma(n - v + 1) + (v - 1) * Math.log(a) + (n - v) * Math.log(b);
    if (logTerm > -745) sum += Math.exp(logTerm);
  }
  return clamp01(e * sum);
}

/** P(D_n < d) by the Durbin matrix method (exact), with power-of-two rescaling to avoid overflow. */
export function durbinCdf(n: number, d: number): number {
  const nd = n * d;
  if (nd <= 0.5) return 0;
  if (d >= 1) return 1;
  const k = Math.ceil(nd);
  const h = k - nd;
  const m = 2 * k - 1;
  const H = new Float64Array(m * m);
  const invFact = new Float64Array(m + 1);
  invFact[0] = 1;
  for (let i = 1; i <= m; i++) invFact[i] = invFact[i - 1]! / i;
  for (let i = 0; i < m; i++) for (let j = 0; j < m; j++) if (i - j + 1 >= 0) H[i * m + j] = invFact[i - j + 1]!;
  for (let i = 0; i < m; i++) {
    H[i * m] = (1 - h ** (i + 1)) * invFact[i + 1]!;
    H[(m - 1) * m + (m - 1 - i)] = (1 - h ** (i + 1)) * invFact[i + 1]!;
  }
  H[(m - 1) * m] = (1 - 2 * h ** m + Math.max(0, 2 * h - 1) ** m) * invFact[m]!;

  const multiply = (A: Float64Array<ArrayBufferLike>, B: Float64Array<ArrayBufferLike>): Float64Array<ArrayBufferLike> => {
    const C = new Float64Array(m * m);
    for (let i = 0; i < m; i++)
      for (let l = 0; l < m; l++) {
        const a = A[i * m + l]!;
        if (a === 0) continue;
        for (let j = 0; j < m; j++) C[i * m + j]! += a * B[l * m + j]!;
      }
    return C;
  };
  const SCALE_EXP = 256;
  const SCALE = 2 ** SCALE_EXP;
  const rescale = (A: Float64Array<ArrayBufferLike>, exp: { e: number }): void => {
    let max = 0;
    for (const v of A) if (Math.abs(v) > max) max = Math.abs(v);
    while (max > SCALE) {
      for (let i = 0; i < A.length; i++) A[i]! /= SCALE;
      max /= SCALE;
      exp.e += SCALE_EXP;
    }
  };
  let base: Float64Array<ArrayBufferLike> = H;
  const baseExp = { e: 0 };
  let result: Float64Array<ArrayBufferLike> | undefined;
  const resultExp = { e: 0 };
  for (let p = n; p > 0; p = Math.floor(p / 2)) {
    if (p % 2 === 1) {
      result = result ? multiply(result, base) : base.slice();
      resultExp.e += baseExp.e;
      rescale(result, resultExp);
    }
    if (p > 1) {
      base = multiply(base, base);
      baseExp.e *= 2;
      rescale(base, baseExp);
    }
  }
  const t = result![(k - 1) * m + (k - 1)]!;
  if (t <= 0) return 0;
  const logP = Math.log(t) + resultExp.e * LN2 + logGamma(n + 1) - n * Math.log(n);
  return clamp01(Math.exp(logP));
}

const PI2 = Math.PI * Math.PI;
const SQRT_2PI = Math.sqrt(2 * Math.PI);

/** Pelz & Good (1976) expansion of P(D_n ≤ d) to order n^{-3/2}. */
export function pelzGoodCdf(n: number, d: number): number {
  if (d <= 0) return 0;
  if (d >= 1) return 1;
  const z = Math.sqrt(n) * d;
  const z2 = z * z;
  const z4 = z2 * z2;
  const z6 = z4 * z2;
  if (-PI2 / 8 / z2 < -745) return 0;
  const maxK = Math.ceil((16 * z) / Math.PI);
  // Terms in exp(-(2k-1)²π²/(8z²)), written with m = 2k-1.
  let k0 = 0;
  let k1 = 0;
  let k2 = 0;
  let k3 = 0;
  for (let k = 1; k <= maxK; k++) {
    const m = 2 * k - 1;
    const m2 = m * m;
    const e = Math.exp((-m2 * PI2) / (8 * z2));
    k0 += e;
    k1 += (-z2 + (PI2 * m2) / 4) * e;
    k2 += (6 * z6 + 2 * z4 + ((2 * z4 - 5 * z2) * PI2 * m2) / 4 + ((PI2 * PI2 * (1 - 2 * z2)) / 16) * m2 * m2) * e;
    k3 +=
      (-30 * z6 - 90 * z6 * z2 + ((PI2 * (135 * z4 - 96 * z6)) / 4) * m2 + ((PI2 * PI2 * (212 * z4 - 60 * z2)) / 16) * m2 * m2 +
        ((PI2 * PI2 * PI2 * (5 - 30 * z2)) / 64) * m2 * m2 * m2) *
      e;
  }
  k0 *= SQRT_2PI / z;
  k1 *= SQRT_2PI / (6 * z4);
  k2 *= SQRT_2PI / (72 * z6 * z);
  k3 *= SQRT_2PI / (6480 * z6 * z4);
  // Terms in exp(-k²π²/(2z²)) over all k ≥ 1.
  let s2 = 0;
  let s3 = 0;
  const root3z = Math.sqrt(3) * z;
  for (let k = 1; k <= maxK; k++) {
    const e = k * k * Math.exp((-k * k * PI2) / (2 * z2));
    s2 += e;
    s3 += (root3z * root3z - k * k * PI2) * e;
  }
  k2 += (s2 * PI2 * SQRT_2PI) / (-36 * z2 * z);
  k3 += (s3 * PI2 * SQRT_2PI) / (216 * z6);
  const rootN = Math.sqrt(n);
  return k0 + k1 / rootN + k2 / n + k3 / (n * rootN);
}

/** P(D_n ≥ d): the two-sided Kolmogorov survival function for a sample of size n. */
export function kolmogorovSf(n: number, d: number): number {
  if (!(n > 0) || Number.isNaN(d)) return Number.NaN;
  if (d >= 1) return 0;
  if (d <= 0) return 1;
  const t = n * d;
  if (t <= 1) {
    if (t <= 0.5) return 1;
    const cdf = Math.exp(logGamma(n + 1) - n * Math.log(n) + n * Math.log(2 * t - 1));
    return clamp01(1 - cdf);
  }
  if (t >= n - 1) return clamp01(2 * (1 - d) ** n);
  if (d >= 0.5) return clamp01(2 * smirnovSf(n, d));
  const nd2 = t * d;
  if (n <= 140) {
    if (nd2 <= 4) return clamp01(1 - durbinCdf(n, d));
    return clamp01(2 * smirnovSf(n, d));
  }
  if (nd2 >= 370) return 0;
  if (nd2 >= 2.2) return clamp01(2 * smirnovSf(n, d));
  const cdf = n <= 100_000 && n * d ** 1.5 <= 1.4 ? durbinCdf(n, d) : pelzGoodCdf(n, d);
  return clamp01(1 - cdf);
}
