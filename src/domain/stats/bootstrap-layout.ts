import type { MeanMetric, SortedScores } from './continuous.js';
import type { KernelAuc, KernelMean } from './kernel-task.js';

/**
 * The bootstrap kernel's inputs with the examples moved to where the kernel holds them. Bootstrap
 * multiplicities are exchangeable (jointly, every position's is distributed alike), so the kernel may
 * hold example i at any position. It holds the examples in the candidate's score order whenever there
 * are candidate scores — whichever metrics are tested, so that no metric's interval depends on the
 * others — which lets the candidate's AUC pass read the weights in order; else in their own order.
 * `aucs` are in the examples' own order (continuous.ts sortScores per model), the candidate's sorted
 * exactly as `candSorted`.
 */
export function bootstrapInputs(candSorted: SortedScores | undefined, means: readonly MeanMetric[], aucs: readonly KernelAuc[]): { means: KernelMean[]; aucs: KernelAuc[] } {
  if (!candSorted) return { means: [...means], aucs: [...aucs] };
  const { order } = candSorted;
  const position = new Int32Array(order.length);
  for (let k = 0; k < order.length; k++) position[order[k]!] = k;
  const moved = (values: Float64Array): Float64Array => {
    const out = new Float64Array(values.length);
    for (let k = 0; k < order.length; k++) out[k] = values[order[k]!]!;
    return out;
  };
  const positions = (examples: Int32Array): Int32Array => {
    const out = new Int32Array(examples.length);
    for (let k = 0; k < examples.length; k++) out[k] = position[examples[k]!]!;
    return out;
  };
  return {
    means: means.map((m) => ({ cand: moved(m.cand), base: moved(m.base), sqrt: m.sqrt })),
    aucs: aucs.map((a) => {
      if (a.candOrder !== order) throw new Error('bootstrapInputs: an AUC input sorted the candidate scores apart from candSorted');
      return {
        candY: a.candY!,
        candTie: a.candTie!,
        baseOrder: positions(a.baseOrder!),
        baseY: a.baseY!,
        baseTie: a.baseTie!,
      };
    }),
  };
}
