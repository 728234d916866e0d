import { describe, expect, it } from 'vitest';
import { atLevel, CappedCounts, EXACT_CATEGORY_LIMIT, keptAt } from '../../../src/domain/drift/capped-counts.js';
import { hashString } from '../../../src/domain/table/hash.js';
import { rng } from './random.js';

const h = new Uint32Array(2);

/** Zipf-like draws over `distinct` values: a few heavy values and a long tail. */
function draws(seed: number, n: number, distinct: number): string[] {
  const r = rng(seed);
  return Array.from({ length: n }, () => `v${Math.floor(distinct * r.uniform() ** 3)}`);
}

function exactCounts(values: readonly string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const v of values) m.set(v, (m.get(v) ?? 0) + 1);
  return m;
}

/** The table read in parts of `size` cells, each part on its own table, merged in order (as chunk workers do). */
function inParts(values: readonly string[], size: number, capacity: number): CappedCounts {
  const merged = new CappedCounts(capacity);
  for (let from = 0; from < values.length; from += size) {
    const part = new CappedCounts(capacity);
    values.slice(from, from + size).forEach((v) => part.add(v, 1));
    merged.merge(part.export());
  }
  return merged;
}

describe('capped category counts', () => {
  it('holds exactly the counts a Map holds while the values fit, in first-appearance order, through merges', () => {
    const values = draws(1, 60_000, 3000);
    const truth = exactCounts(values);
    expect(truth.size).toBeLessThanOrEqual(EXACT_CATEGORY_LIMIT);
    const whole = new CappedCounts();
    values.forEach((v) => whole.add(v, 1));
    for (const t of [whole, inParts(values, 20_000, EXACT_CATEGORY_LIMIT)]) {
      const f = t.finish();
      expect([...f.counts]).toEqual([...truth]);
      expect(f.other).toBe(0);
      expect(f.level).toBe(0);
    }
  });

  it('past the cap keeps at most `capacity` values, each with its exact count, the rest pooled, whatever the chunks', () => {
    const capacity = 64;
    const r = rng(7);
    const values = Array.from({ length: 30_000 }, (_, i) => (r.uniform() < 0.3 ? `heavy-${i % 5}` : `id-${i}`));
    const truth = exactCounts(values);
    const whole = new CappedCounts(capacity);
    let largest = 0;
    for (const v of values) {
      whole.add(v, 1);
      largest = Math.max(largest, whole.size);
    }
    expect(largest).toBeLessThanOrEqual(capacity);
    const f = whole.finish();
    expect(f.level).toBeGreaterThan(0);
    // Exactly the values kept at the final level, with their true counts; the lowest level at which they fit.
    const kept = [...truth.keys()].filter((v) => keptAt(v, f.level));
    expect(new Set(f.counts.keys())).toEqual(new Set(kept));
    for (const [v, c] of f.counts) expect(c).toBe(truth.get(v));
    expect([...truth.keys()].filter((v) => keptAt(v, f.level - 1)).length).toBeGreaterThan(capacity);
    expect(f.other).toBe(values.length - kept.reduce((s, v) => s + truth.get(v)!, 0));
    for (const size of [1000, 7001, 15_000]) {
      const parts = inParts(values, size, capacity).finish();
      expect(parts.level).toBe(f.level);
      expect(new Map(parts.counts)).toEqual(new Map(f.counts));
      expect(parts.other).toBe(f.other);
    }
  });

  it('pools the values of a part at a lower level that its own level does not keep', () => {
    const values = Array.from({ length: 400 }, (_, i) => `x${i}`);
    for (const partLevel of [0, 1]) {
      const part = new CappedCounts(1000, partLevel);
      values.forEach((v) => part.add(v, 2));
      const exported = part.export();
      // Each value with its 64-bit hash, as the reader computes it from the value's bytes.
      expect(exported.hashes.length).toBe(2 * exported.values.length);
      exported.values.forEach((v, k) => {
        hashString(v, h);
        expect([exported.hashes[2 * k], exported.hashes[2 * k + 1]]).toEqual([h[0], h[1]]);
      });
      const table = new CappedCounts(1000, 3);
      table.add('x0', 5);
      table.merge(exported);
      const kept = values.filter((v) => keptAt(v, partLevel) && keptAt(v, 3));
      expect(kept.length).toBeGreaterThan(10);
      const merged = table.finish().counts;
      expect(new Set(merged.keys())).toEqual(new Set(kept.concat(keptAt('x0', 3) ? ['x0'] : [])));
      for (const v of kept) expect(merged.get(v)).toBe(v === 'x0' ? 7 : 2);
      expect(table.n).toBe(5 + 2 * values.length);
    }
  });

  it('brings a side to a higher level by pooling the values no longer kept', () => {
    const values = draws(3, 40_000, 20_000);
    const t = new CappedCounts(500);
    values.forEach((v) => t.add(v, 1));
    const f = t.finish();
    const side = { counts: f.counts, other: f.other, sampleLevel: f.level };
    const up = atLevel(side, f.level + 2);
    expect(up.sampleLevel).toBe(f.level + 2);
    for (const k of up.counts.keys()) expect(keptAt(k, f.level + 2)).toBe(true);
    let listed = 0;
    for (const v of up.counts.values()) listed += v;
    expect(listed + up.other).toBe(values.length);
    expect(atLevel(side, f.level)).toBe(side);
  });

  it('keeps every value kept at the top level even when they outnumber the capacity (none is lost)', () => {
    // Hashes whose high word is 0 are kept at every level, so the table cannot pool them.
    const t = new CappedCounts(1);
    for (let k = 0; k < 40; k++) if (!t.tally(0, k, k + 1)) t.insert(`v${k}`, 0, k, k + 1);
    t.add('other', 3);
    const f = t.finish();
    expect(f.level).toBe(31);
    expect([...f.counts]).toEqual(Array.from({ length: 40 }, (_, k) => [`v${k}`, k + 1]).concat(keptAt('other', 31) ? [['other', 3]] : []));
    expect(f.other).toBe(keptAt('other', 31) ? 0 : 3);
  });

  it('rejects a capacity that is not a positive integer', () => {
    expect(() => new CappedCounts(0)).toThrow(/positive integer/);
  });
});
