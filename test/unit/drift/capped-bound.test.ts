import { describe, expect, it } from 'vitest';
import type { DriftConfig } from '../../../src/domain/config/schema.js';
import { CappedCounts, keptAt } from '../../../src/domain/drift/capped-counts.js';
import { alignCategories, type CategoricalDistribution } from '../../../src/domain/drift/distribution.js';
import { jensenShannon, lInfinity } from '../../../src/domain/drift/distances.js';
import { evaluateDrift } from '../../../src/domain/drift/evaluate.js';
import { rng } from './random.js';

/** A side as exact mode builds it, with a small table so that the cap bites on small data. */
function capped(values: readonly string[], capacity: number): CategoricalDistribution {
  const t = new CappedCounts(capacity);
  for (const v of values) t.add(v, 1);
  const f = t.finish();
  return { kind: 'categorical', counts: f.counts, other: f.other, countError: 0, ...(f.level > 0 ? { sampleLevel: f.level } : {}), count: values.length, nulls: 0 };
}

function full(values: readonly string[]): CategoricalDistribution {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return { kind: 'categorical', counts, other: 0, countError: 0, count: values.length, nulls: 0 };
}

/** The first `n` names `prefix<k>` that the hash sample keeps (or drops) at `level`. */
function named(prefix: string, n: number, level: number, kept: boolean): string[] {
  const out: string[] = [];
  for (let k = 0; out.length < n; k++) if (keptAt(`${prefix}${k}`, level) === kept) out.push(`${prefix}${k}`);
  return out;
}

interface Variant {
  name: string;
  capacity: number;
  ref: string[];
  cur: string[];
}

/** Draws `n` cells: `heavy` values (with their shares) then a tail of ids unique to the side. */
function side(seed: number, n: number, heavy: ReadonlyArray<[string, number]>, tail: string): string[] {
  const r = rng(seed);
  return Array.from({ length: n }, (_, i) => {
    let u = r.uniform();
    for (const [v, share] of heavy) {
      if (u < share) return v;
      u -= share;
    }
    return `${tail}-${i}`;
  });
}

function variants(): Variant[] {
  const keptHeavy = named('heavy-', 4, 10, true);
  const droppedHeavy = named('heavy-', 4, 1, false);
  const out: Variant[] = [
    // A heavy value the sample keeps on one side only (the other side does not have it at all).
    { name: 'kept heavy value on one side only', capacity: 200, ref: side(1, 8000, [[keptHeavy[0]!, 0.93]], 'a'), cur: side(2, 8000, [[keptHeavy[1]!, 0.9]], 'a') },
    // Near the L∞ bound: the pooled bucket weighs the same on both sides but holds a different heavy value.
    { name: 'pooled heavy values trade places', capacity: 200, ref: side(9, 8000, [[droppedHeavy[0]!, 0.45], [keptHeavy[0]!, 0.5]], 'a'), cur: side(10, 8000, [[droppedHeavy[1]!, 0.45], [keptHeavy[0]!, 0.5]], 'a') },
    { name: 'dropped heavy values, shifted', capacity: 200, ref: side(3, 8000, [[droppedHeavy[0]!, 0.5], [droppedHeavy[1]!, 0.1]], 'a'), cur: side(4, 8000, [[droppedHeavy[0]!, 0.1], [droppedHeavy[1]!, 0.5]], 'a') },
    { name: 'same heavy values, disjoint ids', capacity: 100, ref: side(5, 6000, [[keptHeavy[2]!, 0.3], [droppedHeavy[2]!, 0.3]], 'ref'), cur: side(6, 6000, [[keptHeavy[2]!, 0.3], [droppedHeavy[2]!, 0.3]], 'cur') },
    { name: 'ids only, the same on both sides', capacity: 300, ref: Array.from({ length: 5000 }, (_, i) => `id${i}`), cur: Array.from({ length: 5000 }, (_, i) => `id${(i * 7) % 5000}`) },
    { name: 'sides at different levels (a short current)', capacity: 150, ref: side(7, 20_000, [[keptHeavy[3]!, 0.2]], 'x'), cur: side(8, 900, [[keptHeavy[3]!, 0.5], [droppedHeavy[3]!, 0.2]], 'x') },
  ];
  // Zipf-like columns with a long tail, several seeds and caps.
  for (const [seed, capacity] of [[11, 50], [12, 400], [13, 1000]] as const) {
    const r = rng(seed);
    out.push({
      name: `zipf tail, seed ${seed}, cap ${capacity}`,
      capacity,
      ref: Array.from({ length: 30_000 }, () => `z${Math.floor(5000 * r.uniform() ** 3)}`),
      cur: Array.from({ length: 25_000 }, () => `z${Math.floor(6000 * r.uniform() ** 2.5)}`),
    });
  }
  return out;
}

const config = (method: 'jensen_shannon' | 'linf'): DriftConfig => ({ reference: 'r.csv', method });

describe('error bound of drift on capped category tables', () => {
  for (const v of variants()) {
    it(`holds against the exact score on the full tables: ${v.name}`, () => {
      const [a, b] = [capped(v.ref, v.capacity), capped(v.cur, v.capacity)];
      expect(a.other + b.other, 'the cap bites in this variant').toBeGreaterThan(0);
      const exact = alignCategories(full(v.ref), full(v.cur));
      const truth = { jensen_shannon: jensenShannon(exact.ref, exact.cur), linf: lInfinity(exact.ref, exact.cur) };
      for (const method of ['jensen_shannon', 'linf'] as const) {
        const row = evaluateDrift({ reference: new Map([['c', a]]), current: new Map([['c', b]]), config: config(method) })[0]!;
        expect(row.message, method).toMatch(/^approximate: /);
        expect(Math.abs(row.score - truth[method]), `${method}: score ${row.score} ± ${row.error_bound}, exact ${truth[method]}`).toBeLessThanOrEqual(row.error_bound! + 1e-12);
      }
    });
  }
});
