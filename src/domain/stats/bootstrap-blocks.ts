import { sampleMultinomial } from './binomial-sampler.js';
import { BOOTSTRAP_BLOCK } from './kernel-task.js';
import { createPrng } from './prng.js';

/** Streams of the block counts, apart from the kernel's and the cell draws' streams. */
const BLOCK_STREAM = 0x10000000;

/**
 * How many of a bootstrap resample's n draws land in each block of BOOTSTRAP_BLOCK examples (the last
 * block may be shorter), for resamples [first, first + count): one exact multinomial draw per resample
 * from its own stream (seed, BLOCK_STREAM + r). The kernel then places each block's draws uniformly
 * inside it (kernel.ts). Laid out as the kernel task's `blocks`.
 */
export function bootstrapBlockCounts(seed: number, first: number, count: number, n: number): Int32Array {
  const blocks = Math.ceil(n / BOOTSTRAP_BLOCK);
  const sizes = new Float64Array(blocks).fill(BOOTSTRAP_BLOCK);
  sizes[blocks - 1] = n - BOOTSTRAP_BLOCK * (blocks - 1);
  const drawn = new Float64Array(blocks);
  const out = new Int32Array(count * blocks);
  for (let j = 0; j < count; j++) {
    sampleMultinomial(createPrng(seed, BLOCK_STREAM + first + j), n, sizes, drawn);
    out.set(drawn, j * blocks);
  }
  return out;
}
