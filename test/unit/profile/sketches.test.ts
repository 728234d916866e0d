import { describe, expect, it } from 'vitest';
import { cumulativeWeights, rankAtMost, sampleFromValues } from '../../../src/domain/drift/sample.js';
import { HyperLogLog } from '../../../src/domain/profile/hyperloglog.js';
import { QuantileSketch } from '../../../src/domain/profile/quantile-sketch.js';
import { TopK } from '../../../src/domain/profile/top-k.js';
import { normals, rng } from '../drift/random.js';

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

describe('top-k in the profile format', () => {
  it('a column with more distinct values than the capacity round-trips (listed + other = count)', async () => {
    const { DatasetProfileBuilder } = await import('../../../src/domain/profile/builder.js');
    const { profileFromJson, profileToJson } = await import('../../../src/domain/profile/format.js');
    const b = new DatasetProfileBuilder('ids', { topK: 10 });
    const c = b.categorical('id');
    for (let i = 0; i < 1015; i++) c.add(`u${i}`);
    b.rows = 1015;
    const back = profileFromJson(JSON.parse(JSON.stringify(profileToJson(b.finish()))), 'ids.json');
    const col = back.columns[0]!;
    expect(col.kind === 'categorical' && col.top.error).toBeGreaterThan(0);
  });
});

describe('sketch of already sorted data', () => {
  it.each([1000, 100_000, 1_000_000])('n=%i: ranks within rankError (≤ w/2), and it merges with a streamed sketch', (n) => {
    const data = normals(n, n, 0, 1, 1000);
    const sorted = Float64Array.from(data).sort();
    const s = QuantileSketch.fromSorted(sorted, 4096);
    expect(s.n).toBe(n);
    expect(worstRankError(s, data)).toBeLessThanOrEqual(s.rankError);
    if (n > 4096) expect(s.rankError / n).toBeLessThan(0.0005);
    const other = new QuantileSketch(4096);
    const more = normals(n + 1, 50_000, 1);
    other.addMany(more);
    s.merge(other);
    const all = new Float64Array(n + more.length);
    all.set(data);
    all.set(more, n);
    expect(worstRankError(s, all)).toBeLessThanOrEqual(s.rankError);
  });

  it('profiles from exact data equal the streaming builders (moments, nulls, top-k)', async () => {
    const { DatasetProfileBuilder } = await import('../../../src/domain/profile/builder.js');
    const { numericProfileFromSorted, categoricalProfileFromCounts } = await import('../../../src/domain/profile/column.js');
    const data = normals(8, 70_000, 3, 2);
    const b = new DatasetProfileBuilder('d');
    b.numeric('x').addValues(data);
    b.numeric('x').addNulls(7);
    const r = rng(3);
    const counts = new Map<string, number>();
    for (let i = 0; i < 5000; i++) {
      const v = `v${Math.floor(r.uniform() * 30)}`;
      b.categorical('c').add(v);
      counts.set(v, (counts.get(v) ?? 0) + 1);
    }
    const streamed = b.finish();
    const x = numericProfileFromSorted('x', Float64Array.from(data).sort(), 7);
    const sx = streamed.columns[0]!;
    if (sx.kind !== 'numeric') throw new Error('kind');
    expect([x.nulls, x.min, x.max, x.moments.count]).toEqual([sx.nulls, sx.min, sx.max, sx.moments.count]);
    expect(Math.abs(x.moments.mean - sx.moments.mean) / Math.abs(sx.moments.mean)).toBeLessThan(1e-12);
    expect(Math.abs(x.moments.m2 - sx.moments.m2) / sx.moments.m2).toBeLessThan(1e-12);
    expect(x.distinct.registers).toEqual(sx.distinct.registers);
    const c = categoricalProfileFromCounts('c', counts, 0);
    const sc = streamed.columns[1]!;
    if (sc.kind !== 'categorical') throw new Error('kind');
    expect(c.top.items()).toEqual(sc.top.items());
    expect(c.distinct.registers).toEqual(sc.distinct.registers);
  });
});
