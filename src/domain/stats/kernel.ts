/**
 * The O(n)-per-resample work of the paired bootstrap and permutation test, for metrics that need
 * every example: mean-type metrics (MAE, MSE, RMSE, log loss) and ROC AUC.
 *
 * SELF-CONTAINED ON PURPOSE: `resampleKernel` references nothing outside its own body, so its source
 * text can be run in a worker thread (`new Worker(source, { eval: true })`) from the single bundled
 * file. Keep it that way: no imports, no helpers from other modules.
 *
 * Reproducibility: resample r draws from its own xoshiro128** stream seeded from (seed, r) — the same
 * generator as prng.ts — so a result depends on the seed and r only, never on how resamples are split
 * between threads.
 *
 * Bootstrap (resample r): draw n example indices uniformly with replacement (Lemire's unbiased
 * multiply-shift), count multiplicities w_i, then every metric is evaluated on the same weights:
 * mean-type as Σ w_i·x_i / n (√ for RMSE) and AUC by one pass over the pre-sorted scores (weighted
 * Mann–Whitney). The weights are generated once per resample for all metrics.
 *
 * Permutation (resample r): swap candidate and baseline on each example with probability ½ (one
 * random bit each) — SciPy's permutation_type='samples'. Mean-type: with F = Σ_swapped (c_i − b_i),
 * the permuted sums are S_c − F and S_b + F. AUC: one pass over the merged sorted scores of both
 * models, each score counted for the side it lands on. With `exact`, resample r uses the bits of r
 * (all 2^n patterns: SciPy's exact null distribution when 2^n ≤ resamples).
 */
export interface KernelMean {
  cand: Float64Array;
  base: Float64Array;
  sqrt: boolean;
}

export interface KernelAuc {
  /** 1 positive, 0 negative. */
  labels: Uint8Array;
  /** Bootstrap: ascending order of each model's scores and tie-group starts. */
  candOrder?: Int32Array;
  candTie?: Uint8Array;
  baseOrder?: Int32Array;
  baseTie?: Uint8Array;
  /** Permutation: both models' scores merged ascending; element e is example e>>1 of model e&1 (0 candidate). */
  merged?: Int32Array;
  mergedTie?: Uint8Array;
}

export interface KernelTask {
  mode: 'bootstrap' | 'permutation';
  n: number;
  seed: number;
  first: number;
  count: number;
  exact: boolean;
  means: KernelMean[];
  aucs: KernelAuc[];
}

/** Returns metric-major deltas (candidate − baseline): out[m * count + j] for resample first + j. */
export function resampleKernel(task: KernelTask): Float64Array {
  const { n, count, means, aucs } = task;
  const metrics = means.length + aucs.length;
  const out = new Float64Array(metrics * count);
  const rotl = (x: number, k: number): number => (x << k) | (x >>> (32 - k));
  const state = new Uint32Array(4);
  const seedStream = (seed: number, stream: number): void => {
    let x = (Math.trunc(seed) ^ Math.imul(stream + 1, 0x9e3779b9)) >>> 0;
    x = (x ^ Math.trunc(seed / 4294967296)) >>> 0;
    for (let i = 0; i < 4; i++) {
      x = (x + 0x9e3779b9) >>> 0;
      let z = x;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
      state[i] = (z ^ (z >>> 16)) >>> 0;
    }
    if ((state[0]! | state[1]! | state[2]! | state[3]!) === 0) state[0] = 1;
  };
  const sums = means.map((m) => {
    let sc = 0;
    let sb = 0;
    for (let i = 0; i < n; i++) {
      sc += m.cand[i]!;
      sb += m.base[i]!;
    }
    return [sc, sb] as const;
  });

  if (task.mode === 'bootstrap') {
    const w = new Int32Array(n);
    const aucWeighted = (order: Int32Array, tie: Uint8Array, labels: Uint8Array): number => {
      let negBelow = 0;
      let sum = 0;
      let pos = 0;
      let k = 0;
      while (k < n) {
        let gp = 0;
        let gn = 0;
        do {
          const i = order[k]!;
          const wi = w[i]!;
          if (labels[i] === 1) gp += wi;
          else gn += wi;
          k++;
        } while (k < n && tie[k] === 0);
        sum += gp * (negBelow + 0.5 * gn);
        negBelow += gn;
        pos += gp;
      }
      return sum / (pos * negBelow);
    };
    for (let j = 0; j < count; j++) {
      seedStream(task.seed, task.first + j);
      let s0 = state[0]!;
      let s1 = state[1]!;
      let s2 = state[2]!;
      let s3 = state[3]!;
      w.fill(0);
      const threshold = (4294967296 - n) % n;
      for (let draw = 0; draw < n; ) {
        const r = Math.imul(rotl(Math.imul(s1, 5), 7), 9) >>> 0;
        const t = s1 << 9;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = rotl(s3, 11);
        const m = r * n;
        if (m % 4294967296 < threshold) continue;
        const idx = Math.floor(m / 4294967296);
        w[idx] = w[idx]! + 1;
        draw++;
      }
      for (let k = 0; k < means.length; k++) {
        const { cand, base, sqrt } = means[k]!;
        let sc = 0;
        let sb = 0;
        for (let i = 0; i < n; i++) {
          const wi = w[i]!;
          if (wi !== 0) {
            sc += wi * cand[i]!;
            sb += wi * base[i]!;
          }
        }
        out[k * count + j] = sqrt ? Math.sqrt(sc / n) - Math.sqrt(sb / n) : (sc - sb) / n;
      }
      for (let k = 0; k < aucs.length; k++) {
        const a = aucs[k]!;
        out[(means.length + k) * count + j] = aucWeighted(a.candOrder!, a.candTie!, a.labels) - aucWeighted(a.baseOrder!, a.baseTie!, a.labels);
      }
    }
    return out;
  }

  const swap = new Uint8Array(n);
  for (let j = 0; j < count; j++) {
    const r = task.first + j;
    if (task.exact) {
      for (let i = 0; i < n; i++) swap[i] = Math.floor(r / 2 ** i) % 2;
    } else {
      seedStream(task.seed, r + 0x40000000);
      let s0 = state[0]!;
      let s1 = state[1]!;
      let s2 = state[2]!;
      let s3 = state[3]!;
      for (let i = 0; i < n; i += 32) {
        const u = Math.imul(rotl(Math.imul(s1, 5), 7), 9) >>> 0;
        const t = s1 << 9;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = rotl(s3, 11);
        const end = Math.min(n, i + 32);
        for (let b = i; b < end; b++) swap[b] = (u >>> (b - i)) & 1;
      }
    }
    for (let k = 0; k < means.length; k++) {
      const { cand, base, sqrt } = means[k]!;
      let f = 0;
      for (let i = 0; i < n; i++) if (swap[i] === 1) f += cand[i]! - base[i]!;
      const [sc, sb] = sums[k]!;
      out[k * count + j] = sqrt ? Math.sqrt((sc - f) / n) - Math.sqrt((sb + f) / n) : (sc - f - (sb + f)) / n;
    }
    for (let k = 0; k < aucs.length; k++) {
      const { labels, merged, mergedTie } = aucs[k]!;
      const len = merged!.length;
      let negBelowC = 0;
      let negBelowB = 0;
      let sumC = 0;
      let sumB = 0;
      let posC = 0;
      let posB = 0;
      let e = 0;
      while (e < len) {
        let gpC = 0;
        let gnC = 0;
        let gpB = 0;
        let gnB = 0;
        do {
          const el = merged![e]!;
          const i = el >> 1;
          const toBase = (el & 1) ^ swap[i]!;
          if (labels[i] === 1) {
            if (toBase) gpB++;
            else gpC++;
          } else if (toBase) gnB++;
          else gnC++;
          e++;
        } while (e < len && mergedTie![e] === 0);
        sumC += gpC * (negBelowC + 0.5 * gnC);
        sumB += gpB * (negBelowB + 0.5 * gnB);
        negBelowC += gnC;
        negBelowB += gnB;
        posC += gpC;
        posB += gpB;
      }
      out[(means.length + k) * count + j] = sumC / (posC * negBelowC) - sumB / (posB * negBelowB);
    }
  }
  return out;
}
