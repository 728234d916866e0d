/**
 * The O(n)-per-resample work of the paired bootstrap and permutation test, for metrics that need
 * every example: mean-type metrics (MAE, MSE, RMSE, log loss) and ROC AUC.
 *
 * The kernel itself (`resampleKernel`, kernel.ts) is self-contained on purpose so that its source text can
 * run in a worker thread: this file holds its description and types.
 *
 * Reproducibility: resample r draws from its own xoshiro128** stream seeded from (seed, r) — the same
 * generator as prng.ts — so a result depends on the seed and r only, never on how resamples are split
 * between threads or batched into lanes.
 *
 * Lanes: resamples are evaluated 8 at a time, so each pass over the examples' arrays serves 8 resamples.
 * The 8 multiplicities of example i sit side by side in bytes 8i … 8i + 7 (one 64-bit word).
 *
 * Bootstrap (resample r): n example indices drawn uniformly with replacement, counted as multiplicities
 * w_i, on which every metric is evaluated: mean-type as Σ w_i·x_i / n (√ for RMSE), AUC by one pass over
 * each model's pre-sorted scores (weighted Mann–Whitney). The caller may hand the examples over in any
 * fixed order (the multiplicities are exchangeable): bootstrap-layout.ts gives them in the candidate's
 * score order, so that its AUC pass reads the weights in order. The draws are split over blocks of 1024
 * examples: `blocks` gives how many of the n draws land in each block (an exact multinomial draw made by
 * the caller: bootstrap-blocks.ts), and inside a block each draw is a 10-bit uniform index (three per
 * 32-bit output, rejected past the end of a short last block). Together that is exactly n independent
 * uniform draws over the n examples, with a third of the random numbers and all counting in a 8 KiB span.
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
  /**
   * Bootstrap: each model's ascending score order (undefined when the examples are given in that order),
   * labels in that order (1 positive) and tie-group starts.
   */
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
  /** Bootstrap: draws of resample first + j in block b (examples 1024·b …): blocks[j · ⌈n / 1024⌉ + b]. */
  blocks?: Int32Array;
}

/** Examples per block of bootstrap draws (the kernel's 10-bit indices). */
export const BOOTSTRAP_BLOCK = 1024;
