import { describe, expect, it } from 'vitest';
import { cumulativeWeights, rankAtMost, sampleFromValues } from '../../../src/domain/drift/sample.js';
import { HyperLogLog } from '../../../src/domain/profile/hyperloglog.js';
import { QuantileSketch } from '../../../src/domain/profile/quantile-sketch.js';
import { TopK } from '../../../src/domain/profile/top-k.js';
import { normals, rng } from '../drift/scipy.js';

/** Largest |sketch rank − true rank| over every distinct data value (where the error peaks) and between them. */
function worstRankError(sketch: QuantileSketch, data: Float64Array): number {
  const exact = sampleFromValues(data);
  const approx = sketch.toSample();
  const cum = cumulativeWeights(approx);
  let worst = 0;
  const probe = (x: number): void => {
    worst = Math.max(worst, Math.abs(rankAtMost(approx, x, cum) - rankAtMost(exact, x)));
  };
  const step = Math.max(1, Math.floor(exact.values.length / 20000));
  for (let i = 0; i < exact.values.length; i += step) probe(exact.values[i]!);
  for (const v of approx.values) probe(v);
  return worst;
}

describe('quantile sketch', () => {
  it('is exact below k values', () => {
    const data = normals(1, 3000);
    const s = new QuantileSketch(4096);
    s.addMany(data);
    expect(s.rankError).toBe(0);
    expect(worstRankError(s, data)).toBe(0);
  });

  it.each([
    [64, 200_000],
    [512, 300_000],
    [4096, 1_000_000],
  ])('k=%i, n=%i: every rank within the tracked bound, and the bound within ⌈log2(n/k)⌉·n/k', (k, n) => {
    const data = normals(k, n, 5, 3, 100); // rounded: ties too
    const s = new QuantileSketch(k);
    for (let i = 0; i < n; i += 7919) s.addMany(data.subarray(i, Math.min(n, i + 7919)));
    expect(s.n).toBe(n);
    expect(s.rankError).toBeGreaterThan(0);
    expect(s.rankError).toBeLessThanOrEqual(Math.ceil(Math.log2(n / k)) * (n / k));
    const worst = worstRankError(s, data);
    console.log(`k=${k} n=${n}: bound ${s.rankError / n}, observed ${worst / n}, items ${s.toSample().values.length}`);
    expect(worst).toBeLessThanOrEqual(s.rankError);
    expect(s.toSample().weights!.reduce((a, b) => a + b, 0)).toBe(n);
  });

  it('merging shard sketches keeps the bound (errors add)', () => {
    const data = normals(7, 400_000, 0, 1);
    const shards = [0, 50_000, 170_000, 171_000, 400_000];
    const merged = new QuantileSketch(256);
    for (let i = 0; i + 1 < shards.length; i++) {
      const part = new QuantileSketch(256);
      part.addMany(data.subarray(shards[i], shards[i + 1]));
      merged.merge(part);
    }
    expect(merged.n).toBe(data.length);
    expect(worstRankError(merged, data)).toBeLessThanOrEqual(merged.rankError);
    expect(merged.rankError / merged.n).toBeLessThan(0.05);
  });

  it('round-trips its state', () => {
    const s = new QuantileSketch(64);
    s.addMany(normals(3, 10_000));
    const t = QuantileSketch.fromState(s.state());
    expect(t.toSample()).toEqual(s.toSample());
    expect(() => QuantileSketch.fromState({ ...s.state(), n: s.n + 1 })).toThrow(/expected n=/);
  });
});

describe('distinct-count sketch (HyperLogLog, p=14)', () => {
  it.each([100, 5000, 200_000])('estimates %i distinct values within 4 standard errors; merge equals the union', (d) => {
    const a = new HyperLogLog();
    const b = new HyperLogLog();
    const all = new HyperLogLog();
    for (let i = 0; i < d; i++) {
      const v = i * 1.5;
      (i % 3 === 0 ? a : b).addNumber(v);
      all.addNumber(v);
      all.addNumber(v); // duplicates do not count
    }
    a.merge(b);
    expect(a.registers).toEqual(all.registers);
    expect(Math.abs(all.estimate() - d) / d).toBeLessThanOrEqual(4 * all.relativeError);
  });

  it('strings: estimates within 4 standard errors', () => {
    const h = new HyperLogLog();
    for (let i = 0; i < 50_000; i++) h.addString(`user-${i}`);
    expect(Math.abs(h.estimate() - 50_000) / 50_000).toBeLessThanOrEqual(4 * h.relativeError);
  });
});

describe('top-k (Misra–Gries)', () => {
  it('is exact up to its capacity', () => {
    const t = new TopK(10);
    const truth = new Map<string, number>();
    const r = rng(5);
    for (let i = 0; i < 10_000; i++) {
      const v = `c${Math.floor(r.uniform() * 10)}`;
      t.add(v);
      truth.set(v, (truth.get(v) ?? 0) + 1);
    }
    expect(t.error).toBe(0);
    expect(new Map(t.items())).toEqual(truth);
    expect(t.other).toBe(0);
  });

  it('beyond capacity: each count at most `error` low, error ≤ n/(C+1), after merges too', () => {
    const r = rng(6);
    const parts = [new TopK(50), new TopK(50), new TopK(50)];
    const truth = new Map<string, number>();
    for (let i = 0; i < 60_000; i++) {
      // Zipf-like: a few heavy values and a long tail.
      const v = r.uniform() < 0.5 ? `h${Math.floor(r.uniform() * 20)}` : `t${Math.floor(r.uniform() * 5000)}`;
      parts[i % 3]!.add(v);
      truth.set(v, (truth.get(v) ?? 0) + 1);
    }
    const t = parts[0]!;
    t.merge(parts[1]!);
    t.merge(parts[2]!);
    expect(t.error).toBeGreaterThan(0);
    expect(t.error).toBeLessThanOrEqual(60_000 / 51 * 3);
    const listed = new Map(t.items());
    for (const [v, c] of truth) {
      const est = listed.get(v) ?? 0;
      expect(est).toBeLessThanOrEqual(c);
      expect(c - est).toBeLessThanOrEqual(t.error);
    }
    for (let h = 0; h < 20; h++) expect(listed.has(`h${h}`)).toBe(true);
  });
});
