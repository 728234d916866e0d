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
 * the permuted sums are S_c − F and S_b + F. ΔAUC is passed in as such a sum too (it is linear in
 * the swaps: see aucPermutationCoefficients in significance.ts). With `exact`, resample r uses the bits of r
 * (all 2^n patterns: SciPy's exact null distribution when 2^n ≤ resamples).
 */
export interface KernelMean {
  cand: Float64Array;
  base: Float64Array;
  sqrt: boolean;
}

export interface KernelAuc {
  /** Bootstrap: each model's ascending score order, labels in that order (1 positive) and tie-group starts. */
  candOrder?: Int32Array;
  candY?: Uint8Array;
  candTie?: Uint8Array;
  baseOrder?: Int32Array;
  baseY?: Uint8Array;
  baseTie?: Uint8Array;
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
    // Multiplicities fit a byte: a count above 255 has probability below 1e-400 for any n; checked anyway.
    const w = new Uint8Array(n);
    const aucWeighted = (order: Int32Array, ys: Uint8Array, tie: Uint8Array): number => {
      let negBelow = 0;
      let sum = 0;
      let pos = 0;
      let gp = 0;
      let gn = 0;
      for (let k = 0; k < n; k++) {
        if (tie[k] === 1) {
          sum += gp * (negBelow + 0.5 * gn);
          negBelow += gn;
          pos += gp;
          gp = 0;
          gn = 0;
        }
        const wi = w[order[k]!]!;
        const y = -ys[k]!;
        gp += wi & y;
        gn += wi & ~y;
      }
      sum += gp * (negBelow + 0.5 * gn);
      negBelow += gn;
      pos += gp;
      return sum / (pos * negBelow);
    };
    // Lemire's unbiased bounded integers: m = r·n is exact in a double while n ≤ 2^21; larger n use
    // 53-bit uniforms (two draws) whose bias, below n/2^53, is far under any Monte-Carlo error.
    const small = n <= 2097152;
    const threshold = (4294967296 - n) % n;
    // Separate small functions: V8 optimises them far better than one long loop nest.
    const drawWeights = (): boolean => {
      let s0 = state[0]!;
      let s1 = state[1]!;
      let s2 = state[2]!;
      let s3 = state[3]!;
      w.fill(0);
      let overflow = false;
      for (let draw = 0; draw < n; ) {
        const r = Math.imul(rotl(Math.imul(s1, 5), 7), 9) >>> 0;
        const t = s1 << 9;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = rotl(s3, 11);
        let idx: number;
        if (small) {
          const m = r * n;
          const high = Math.floor(m * 2.3283064365386963e-10);
          if (m - high * 4294967296 < threshold) continue;
          idx = high;
        } else {
          const r2 = Math.imul(rotl(Math.imul(s1, 5), 7), 9) >>> 0;
          const t2 = s1 << 9;
          s2 ^= s0;
          s3 ^= s1;
          s1 ^= s2;
          s0 ^= s3;
          s2 ^= t2;
          s3 = rotl(s3, 11);
          idx = Math.floor((((r >>> 5) * 67108864 + (r2 >>> 6)) / 9007199254740992) * n);
        }
        const v = w[idx]! + 1;
        if (v > 255) overflow = true;
        w[idx] = v;
        draw++;
      }
      return overflow;
    };
    const weightedDelta = (cand: Float64Array, base: Float64Array, sqrt: boolean): number => {
      let sc = 0;
      let sb = 0;
      for (let i = 0; i < n; i++) {
        const wi = w[i]!;
        sc += wi * cand[i]!;
        sb += wi * base[i]!;
      }
      return sqrt ? Math.sqrt(sc / n) - Math.sqrt(sb / n) : (sc - sb) / n;
    };
    for (let j = 0; j < count; j++) {
      seedStream(task.seed, task.first + j);
      const overflow = drawWeights();
      if (overflow) throw new Error('bootstrap multiplicity above 255 (probability < 1e-400): rerun with another seed');
      for (let k = 0; k < means.length; k++) {
        const { cand, base, sqrt } = means[k]!;
        out[k * count + j] = weightedDelta(cand, base, sqrt);
      }
      for (let k = 0; k < aucs.length; k++) {
        const a = aucs[k]!;
        out[(means.length + k) * count + j] = aucWeighted(a.candOrder!, a.candY!, a.candTie!) - aucWeighted(a.baseOrder!, a.baseY!, a.baseTie!);
      }
    }
    return out;
  }

  const swap = new Uint8Array(n);
  const diffs = means.map((m) => {
    const d = new Float64Array(n);
    for (let i = 0; i < n; i++) d[i] = m.cand[i]! - m.base[i]!;
    return d;
  });
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
      const d = diffs[k]!;
      let f = 0;
      for (let i = 0; i < n; i++) f += swap[i]! * d[i]!;
      const [sc, sb] = sums[k]!;
      out[k * count + j] = means[k]!.sqrt ? Math.sqrt((sc - f) / n) - Math.sqrt((sb + f) / n) : (sc - f - (sb + f)) / n;
    }
  }
  return out;
}
