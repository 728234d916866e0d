/**
 * The resample kernel of the paired bootstrap and permutation test (what it computes and how: kernel-task.ts).
 *
 * SELF-CONTAINED ON PURPOSE: `resampleKernel` references nothing outside its own body, so its source
 * text can be run in a worker thread (`new Worker(source, { eval: true })`) from the single bundled
 * file. Keep it that way: no imports but types, no helpers from other modules; this file holds only it.
 */
import type { KernelMean, KernelTask } from './kernel-task.js';

/** Returns metric-major deltas (candidate − baseline): out[m * count + j] for resample first + j. */
export function resampleKernel(task: KernelTask): Float64Array {
  const { n, count, means, aucs } = task;
  const metrics = means.length + aucs.length;
  const out = new Float64Array(metrics * count);
  const LANES = 8;
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
  const diff = (m: KernelMean): Float64Array => {
    const d = new Float64Array(n);
    for (let i = 0; i < n; i++) d[i] = m.cand[i]! - m.base[i]!;
    return d;
  };
  const lane = new Float64Array(LANES);
  const other = new Float64Array(LANES);
  // Stores the 8 lanes' values of an unrolled loop.
  const put8 = (into: Float64Array | Int32Array, at: number, x0: number, x1: number, x2: number, x3: number, x4: number, x5: number, x6: number, x7: number): void => {
    into[at] = x0;
    into[at + 1] = x1;
    into[at + 2] = x2;
    into[at + 3] = x3;
    into[at + 4] = x4;
    into[at + 5] = x5;
    into[at + 6] = x6;
    into[at + 7] = x7;
  };

  if (task.mode === 'bootstrap') {
    const blocks = Math.ceil(n / 1024);
    const counts = task.blocks!;
    if (counts.length !== count * blocks) throw new Error(`bootstrap kernel: ${counts.length} block counts for ${count} resamples of ${blocks} blocks`);
    const w = new Uint8Array(n * LANES);
    const w32 = new Int32Array(w.buffer);
    // Each lane's generator state between blocks.
    const states = new Int32Array(4 * LANES);
    // Lane l's m draws in block b; returns the OR of the new multiplicities (above 255: a byte overflowed).
    const drawBlock = (l: number, b: number, m: number): number => {
      let s0 = states[4 * l]!;
      let s1 = states[4 * l + 1]!;
      let s2 = states[4 * l + 2]!;
      let s3 = states[4 * l + 3]!;
      const size = Math.min(1024, n - b * 1024);
      const at = b * 1024 * LANES + l;
      let seen = 0;
      while (m > 0) {
        const x = Math.imul(rotl(Math.imul(s1, 5), 7), 9);
        const t = s1 << 9;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = rotl(s3, 11);
        if (m >= 3 && size === 1024) {
          const i0 = at + ((x & 1023) << 3);
          const i1 = at + (((x >>> 10) & 1023) << 3);
          const i2 = at + (((x >>> 20) & 1023) << 3);
          const v0 = w[i0]! + 1;
          w[i0] = v0;
          const v1 = w[i1]! + 1;
          w[i1] = v1;
          const v2 = w[i2]! + 1;
          w[i2] = v2;
          seen |= v0 | v1 | v2;
          m -= 3;
          continue;
        }
        for (let shift = 0; shift < 30 && m > 0; shift += 10) {
          const idx = (x >>> shift) & 1023;
          if (idx >= size) continue;
          const i = at + (idx << 3);
          const v = w[i]! + 1;
          w[i] = v;
          seen |= v;
          m--;
        }
      }
      states[4 * l] = s0;
      states[4 * l + 1] = s1;
      states[4 * l + 2] = s2;
      states[4 * l + 3] = s3;
      return seen;
    };
    // Adds Σ_{from ≤ i < to} w_i·x_i to into[at …] for each lane, in example order.
    const weightedSums = (x: Float64Array, from: number, to: number, into: Float64Array, at: number): void => {
      let f0 = into[at]!;
      let f1 = into[at + 1]!;
      let f2 = into[at + 2]!;
      let f3 = into[at + 3]!;
      let f4 = into[at + 4]!;
      let f5 = into[at + 5]!;
      let f6 = into[at + 6]!;
      let f7 = into[at + 7]!;
      for (let i = from; i < to; i++) {
        const lo = w32[2 * i]!;
        const hi = w32[2 * i + 1]!;
        const v = x[i]!;
        f0 += (lo & 255) * v;
        f1 += ((lo >>> 8) & 255) * v;
        f2 += ((lo >>> 16) & 255) * v;
        f3 += (lo >>> 24) * v;
        f4 += (hi & 255) * v;
        f5 += ((hi >>> 8) & 255) * v;
        f6 += ((hi >>> 16) & 255) * v;
        f7 += (hi >>> 24) * v;
      }
      put8(into, at, f0, f1, f2, f3, f4, f5, f6, f7);
    };
    // The arrays each mean metric sums: the differences, or both sides for RMSE (√ of each mean).
    const sides = means.flatMap((m) => (m.sqrt ? [m.cand, m.base] : [diff(m)]));
    const meanSums = new Float64Array(sides.length * LANES);

    // AUC: per chunk of a model's score order, the lanes' weights are first copied into `sorted` (a
    // gather with no branches, so the random reads overlap), then summed. Per example, code = label |
    // tie-group start << 1 | (inside a long group, every 256 examples) spill << 2; code[n] closes the
    // last group.
    const CHUNK = 2048;
    const sorted = new Int32Array(2 * CHUNK);
    const gather = (order: Int32Array, from: number, to: number): void => {
      for (let k = from, o = 0; k < to; k++, o += 2) {
        const i = order[k]! << 1;
        sorted[o] = w32[i]!;
        sorted[o + 1] = w32[i + 1]!;
      }
    };
    const codeOf = (ys: Uint8Array, tie: Uint8Array): Uint8Array => {
      const code = new Uint8Array(n + 1);
      let run = 0;
      for (let k = 0; k < n; k++) {
        let c = ys[k]!;
        if (tie[k] === 1) c |= 2;
        else if (run === 256) c |= 4;
        if (c > 1) run = 0;
        run++;
        code[k] = c;
      }
      code[n] = 2;
      return code;
    };
    const codes = aucs.map((a) => [codeOf(a.candY!, a.candTie!), codeOf(a.baseY!, a.baseTie!)] as const);
    // Per lane l: aucSums[l] = Σ gp·(2·below + gn) over the closed groups, aucSums[8 + l] = below
    // (their negative weight).
    const aucSums = new Float64Array(2 * LANES);
    const close = (l: number, gp: number, gn: number): void => {
      const below = aucSums[8 + l]!;
      aucSums[l] = aucSums[l]! + gp * (2 * below + gn);
      aucSums[8 + l] = below + gn;
    };
    // Within a group the weights add up as 16-bit fields of int32s (two lanes per int: lanes 0/2, 1/3,
    // 4/6, 5/7): at most 256 examples at a time (256 × 255 < 2^16: no carry between fields). A longer
    // group moves them into `carry` (positive weight of lane l at l, negative at 8 + l) every 256.
    // `fields` keeps them between chunks.
    const fields = new Int32Array(8);
    const carry = new Float64Array(2 * LANES);
    let carried = false;
    const spill = (l: number, x: number): void => {
      carry[l] = carry[l]! + (x & 0xffff);
      carry[l + 2] = carry[l + 2]! + (x >>> 16);
    };
    // Sums examples from … to − 1 of a model's score order, whose weights are at src[2(k − at)].
    const sumChunk = (src: Int32Array, at: number, code: Uint8Array, from: number, to: number): void => {
      let pa = fields[0]!;
      let pb = fields[1]!;
      let pc = fields[2]!;
      let pd = fields[3]!;
      let na = fields[4]!;
      let nb = fields[5]!;
      let nc = fields[6]!;
      let nd = fields[7]!;
      for (let k = from; k < to; k++) {
        const c = code[k]!;
        if (c > 1) {
          if (c & 4 || carried) {
            spill(0, pa);
            spill(1, pb);
            spill(4, pc);
            spill(5, pd);
            spill(8, na);
            spill(9, nb);
            spill(12, nc);
            spill(13, nd);
            carried = true;
            if (c & 2) {
              for (let l = 0; l < LANES; l++) close(l, carry[l]!, carry[8 + l]!);
              carry.fill(0);
              carried = false;
            }
          } else {
            close(0, pa & 0xffff, na & 0xffff);
            close(1, pb & 0xffff, nb & 0xffff);
            close(2, pa >>> 16, na >>> 16);
            close(3, pb >>> 16, nb >>> 16);
            close(4, pc & 0xffff, nc & 0xffff);
            close(5, pd & 0xffff, nd & 0xffff);
            close(6, pc >>> 16, nc >>> 16);
            close(7, pd >>> 16, nd >>> 16);
          }
          pa = pb = pc = pd = na = nb = nc = nd = 0;
          if (k === n) break;
        }
        const lo = src[2 * (k - at)]!;
        const hi = src[2 * (k - at) + 1]!;
        const pos = -(c & 1);
        const neg = ~pos;
        const a = lo & 0xff00ff;
        const b = (lo >>> 8) & 0xff00ff;
        const e = hi & 0xff00ff;
        const d = (hi >>> 8) & 0xff00ff;
        pa = (pa + (a & pos)) | 0;
        na = (na + (a & neg)) | 0;
        pb = (pb + (b & pos)) | 0;
        nb = (nb + (b & neg)) | 0;
        pc = (pc + (e & pos)) | 0;
        nc = (nc + (e & neg)) | 0;
        pd = (pd + (d & pos)) | 0;
        nd = (nd + (d & neg)) | 0;
      }
      put8(fields, 0, pa, pb, pc, pd, na, nb, nc, nd);
    };
    // Weighted Mann–Whitney: AUC = Σ_groups gp·(below + gn/2) / (P·N), for each lane. No `order`: the
    // examples are already in this model's score order.
    const aucLanes = (order: Int32Array | undefined, code: Uint8Array, into: Float64Array): void => {
      aucSums.fill(0);
      fields.fill(0);
      if (!order) sumChunk(w32, 0, code, 0, n + 1);
      for (let from = 0; order && from < n; from += CHUNK) {
        const to = Math.min(n, from + CHUNK);
        gather(order, from, to);
        sumChunk(sorted, from, code, from, to === n ? n + 1 : to);
      }
      // Each lane's weights add up to n, so its positive weight is n − its negative weight.
      for (let l = 0; l < LANES; l++) into[l] = aucSums[l]! / (2 * (n - aucSums[8 + l]!) * aucSums[8 + l]!);
    };

    for (let j0 = 0; j0 < count; j0 += LANES) {
      const used = Math.min(LANES, count - j0);
      for (let l = 0; l < used; l++) {
        seedStream(task.seed, task.first + j0 + l);
        states.set(state, 4 * l);
      }
      meanSums.fill(0);
      let seen = 0;
      // Block by block, so that drawing and the mean-type sums work on 8 KiB of weights at a time.
      for (let b = 0; b < blocks; b++) {
        const from = b * 1024;
        const to = Math.min(n, from + 1024);
        w.fill(0, from * LANES, to * LANES);
        for (let l = 0; l < used; l++) seen |= drawBlock(l, b, counts[(j0 + l) * blocks + b]!);
        sides.forEach((x, s) => weightedSums(x, from, to, meanSums, s * LANES));
      }
      if (seen > 255) throw new Error('bootstrap multiplicity above 255 (probability < 1e-400): rerun with another seed');
      for (let k = 0, s = 0; k < means.length; k++) {
        const at = s * LANES;
        s += means[k]!.sqrt ? 2 : 1;
        for (let l = 0; l < used; l++) {
          out[k * count + j0 + l] = means[k]!.sqrt ? Math.sqrt(meanSums[at + l]! / n) - Math.sqrt(meanSums[at + LANES + l]! / n) : meanSums[at + l]! / n;
        }
      }
      for (let k = 0; k < aucs.length; k++) {
        aucLanes(aucs[k]!.candOrder, codes[k]![0], lane);
        aucLanes(aucs[k]!.baseOrder, codes[k]![1], other);
        for (let l = 0; l < used; l++) out[(means.length + k) * count + j0 + l] = lane[l]! - other[l]!;
      }
    }
    return out;
  }

  const diffs = means.map(diff);
  const sums = means.map((m) => {
    let sc = 0;
    let sb = 0;
    for (let i = 0; i < n; i++) {
      sc += m.cand[i]!;
      sb += m.base[i]!;
    }
    return [sc, sb] as const;
  });
  // Permutation: 32 swap bits per random output, lane-major: bit b of words[l·W + q] swaps example 32q + b.
  const W = Math.ceil(n / 32);
  const words = new Int32Array(LANES * W);
  // F = Σ_swapped d_i for each lane, summed in example order.
  const swappedSums = (d: Float64Array, into: Float64Array): void => {
    let f0 = 0;
    let f1 = 0;
    let f2 = 0;
    let f3 = 0;
    let f4 = 0;
    let f5 = 0;
    let f6 = 0;
    let f7 = 0;
    for (let q = 0, i = 0; q < W; q++) {
      let u0 = words[q]!;
      let u1 = words[W + q]!;
      let u2 = words[2 * W + q]!;
      let u3 = words[3 * W + q]!;
      let u4 = words[4 * W + q]!;
      let u5 = words[5 * W + q]!;
      let u6 = words[6 * W + q]!;
      let u7 = words[7 * W + q]!;
      for (const end = Math.min(n, i + 32); i < end; i++) {
        const v = d[i]!;
        f0 += (u0 & 1) * v;
        f1 += (u1 & 1) * v;
        f2 += (u2 & 1) * v;
        f3 += (u3 & 1) * v;
        f4 += (u4 & 1) * v;
        f5 += (u5 & 1) * v;
        f6 += (u6 & 1) * v;
        f7 += (u7 & 1) * v;
        u0 >>>= 1;
        u1 >>>= 1;
        u2 >>>= 1;
        u3 >>>= 1;
        u4 >>>= 1;
        u5 >>>= 1;
        u6 >>>= 1;
        u7 >>>= 1;
      }
    }
    put8(into, 0, f0, f1, f2, f3, f4, f5, f6, f7);
  };
  for (let j0 = 0; j0 < count; j0 += LANES) {
    const used = Math.min(LANES, count - j0);
    words.fill(0);
    for (let l = 0; l < used; l++) {
      const r = task.first + j0 + l;
      if (task.exact) {
        // n ≤ 30 here: the swap pattern is r's bits.
        words[l * W] = r;
        continue;
      }
      seedStream(task.seed, r + 0x40000000);
      let s0 = state[0]!;
      let s1 = state[1]!;
      let s2 = state[2]!;
      let s3 = state[3]!;
      for (let q = l * W; q < (l + 1) * W; q++) {
        words[q] = Math.imul(rotl(Math.imul(s1, 5), 7), 9);
        const t = s1 << 9;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = rotl(s3, 11);
      }
    }
    for (let k = 0; k < means.length; k++) {
      swappedSums(diffs[k]!, lane);
      const [sc, sb] = sums[k]!;
      for (let l = 0; l < used; l++) {
        const f = lane[l]!;
        out[k * count + j0 + l] = means[k]!.sqrt ? Math.sqrt((sc - f) / n) - Math.sqrt((sb + f) / n) : (sc - f - (sb + f)) / n;
      }
    }
  }
  return out;
}
