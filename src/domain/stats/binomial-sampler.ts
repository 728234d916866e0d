import { logFactorial } from './special.js';
import type { Prng } from './prng.js';

/**
 * An exact Binomial(n, p) draw: inversion by sequential search when n·min(p, 1−p) < 10, else
 * Hörmann's BTRS (transformed rejection with squeeze, 1993), the algorithm TensorFlow and JAX use.
 */
export function sampleBinomial(rng: Prng, n: number, p: number): number {
  if (n <= 0 || p <= 0) return 0;
  if (p >= 1) return n;
  if (p > 0.5) return n - sampleBinomial(rng, n, 1 - p);
  if (n * p < 10) return inversion(rng, n, p);
  return btrs(rng, n, p);
}

function inversion(rng: Prng, n: number, p: number): number {
  const q = 1 - p;
  const ratio = p / q;
  let prob = Math.exp(n * Math.log1p(-p));
  let u = rng.nextDouble();
  let k = 0;
  while (u > prob) {
    u -= prob;
    prob *= (ratio * (n - k)) / (k + 1);
    k++;
    // Rounding can leave u above the remaining mass; restart rather than run off the end.
    if (k > n) {
      k = 0;
      prob = Math.exp(n * Math.log1p(-p));
      u = rng.nextDouble();
    }
  }
  return k;
}

function btrs(rng: Prng, n: number, p: number): number {
  const q = 1 - p;
  const spq = Math.sqrt(n * p * q);
  const b = 1.15 + 2.53 * spq;
  const a = -0.0873 + 0.0248 * b + 0.01 * p;
  const c = n * p + 0.5;
  const vr = 0.92 - 4.2 / b;
  const alpha = (2.83 + 5.1 / b) * spq;
  const lpq = Math.log(p / q);
  const m = Math.floor((n + 1) * p);
  const h = logFactorial(m) + logFactorial(n - m);
  for (;;) {
    const u = rng.nextDouble() - 0.5;
    let v = rng.nextDouble();
    const us = 0.5 - Math.abs(u);
    const k = Math.floor(((2 * a) / us + b) * u + c);
    if (k < 0 || k > n) continue;
    if (us >= 0.07 && v <= vr) return k;
    v = Math.log((v * alpha) / (a / (us * us) + b));
    if (v <= h - logFactorial(k) - logFactorial(n - k) + (k - m) * lpq) return k;
  }
}

/** Multinomial(n, weights/Σweights) by conditional binomials; exact. */
export function sampleMultinomial(rng: Prng, n: number, weights: ArrayLike<number>, out: Float64Array): void {
  let total = 0;
  for (let k = 0; k < weights.length; k++) total += weights[k]!;
  let remaining = n;
  for (let k = 0; k < weights.length; k++) {
    const w = weights[k]!;
    if (k === weights.length - 1 || remaining === 0) {
      out[k] = total > 0 && w > 0 ? remaining : 0;
      remaining -= out[k]!;
      total -= w;
      continue;
    }
    const draw = total > 0 ? sampleBinomial(rng, remaining, Math.min(1, w / total)) : 0;
    out[k] = draw;
    remaining -= draw;
    total -= w;
  }
}
