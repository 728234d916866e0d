import { describe, expect, it } from 'vitest';
import { CappedCounts, EXACT_CATEGORY_LIMIT } from '../../../src/domain/drift/capped-counts.js';
import { rng } from './random.js';

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

/** Misra–Gries guarantees of a finished table against the true counts. */
function expectWithinBound(table: CappedCounts, truth: Map<string, number>, n: number): void {
  const { counts, other, error } = table.finish();
  expect(counts.size).toBeLessThanOrEqual(table.capacity);
  expect(error).toBeLessThanOrEqual(n / (table.capacity + 1));
  let listed = 0;
  for (const [v, c] of counts) {
    listed += c;
    expect(c).toBeLessThanOrEqual(truth.get(v)!);
    expect(c).toBeGreaterThanOrEqual(truth.get(v)! - error);
  }
  for (const [v, c] of truth) if (!counts.has(v)) expect(c).toBeLessThanOrEqual(error);
  expect(other).toBe(n - listed);
  expect(table.n).toBe(n);
}

describe('capped category counts', () => {
  it('holds exactly the counts a Map holds while the values fit, in first-appearance order, through merges', () => {
    const values = draws(1, 60_000, 3000);
    const truth = exactCounts(values);
    expect(truth.size).toBeLessThanOrEqual(EXACT_CATEGORY_LIMIT);
    const whole = new CappedCounts();
    values.forEach((v) => whole.add(v, 1));
    const parts = [0, 20_000, 45_000].map((from, k, all) => {
      const t = new CappedCounts();
      values.slice(from, all[k + 1] ?? values.length).forEach((v) => t.add(v, 1));
      return t.export();
    });
    const merged = new CappedCounts();
    parts.forEach((p) => merged.merge(p));
    for (const t of [whole, merged]) {
      const f = t.finish();
      expect([...f.counts]).toEqual([...truth]);
      expect(f.other).toBe(0);
      expect(f.error).toBe(0);
    }
  });

  it('keeps at most 2·capacity values while counting a value per row, and the Misra–Gries bound after', () => {
    const capacity = 64;
    const r = rng(7);
    // Heavy hitters among unique ids: the heavy ones must survive with counts within the bound.
    const values = Array.from({ length: 30_000 }, (_, i) => (r.uniform() < 0.3 ? `heavy-${i % 5}` : `id-${i}`));
    const table = new CappedCounts(capacity);
    let largest = 0;
    for (const v of values) {
      table.add(v, 1);
      largest = Math.max(largest, table.counts.size);
    }
    expect(largest).toBeLessThanOrEqual(2 * capacity);
    const truth = exactCounts(values);
    expectWithinBound(table, truth, values.length);
    for (let h = 0; h < 5; h++) expect(table.counts.has(`heavy-${h}`)).toBe(true);
    expect(table.error).toBeGreaterThan(0);
  });

  it('merged summaries of parts keep the bound (errors add)', () => {
    const capacity = 40;
    const values = draws(3, 40_000, 20_000);
    const merged = new CappedCounts(capacity);
    for (let from = 0; from < values.length; from += 7_000) {
      const part = new CappedCounts(capacity);
      values.slice(from, from + 7_000).forEach((v) => part.add(v, 1));
      merged.merge(part.export());
      expect(merged.counts.size).toBeLessThanOrEqual(2 * capacity);
    }
    expectWithinBound(merged, exactCounts(values), values.length);
  });

  it('rejects a capacity that is not a positive integer', () => {
    expect(() => new CappedCounts(0)).toThrow(/positive integer/);
  });
});
