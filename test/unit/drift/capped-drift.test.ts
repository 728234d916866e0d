import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DriftConfig } from '../../../src/domain/config/schema.js';
import { EXACT_CATEGORY_LIMIT } from '../../../src/domain/drift/capped-counts.js';
import { alignCategories, type CategoricalDistribution, type ColumnDistribution } from '../../../src/domain/drift/distribution.js';
import { jensenShannon, lInfinity } from '../../../src/domain/drift/distances.js';
import { evaluateDrift } from '../../../src/domain/drift/evaluate.js';
import type { DriftMethod } from '../../../src/domain/drift/methods.js';
import { exactCollector } from '../../../src/io/data/column-values.js';
import { readDistributionsDir, writeDistributionsDir } from '../../../src/io/files/distributions-file.js';
import { rng } from './random.js';

/** Exact-mode distributions of one text column as the collector builds them (the data in two parts, as two chunk workers would). */
async function collected(values: readonly string[]): Promise<CategoricalDistribution> {
  const halves = [values.slice(0, values.length >> 1), values.slice(values.length >> 1)].map((part) => {
    const c = exactCollector();
    const sink = c.sinks.categorical('c', 'string');
    part.forEach((v) => sink.add(v, 1));
    return c.export();
  });
  const whole = exactCollector();
  halves.forEach((h) => whole.absorb(h));
  const d = (await whole.finish()).get('c')!;
  if (d.kind !== 'categorical') throw new Error('expected a categorical column');
  return d;
}

/** The full table a Map of every value holds (what exact mode kept before the cap). */
function full(values: readonly string[]): CategoricalDistribution {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return { kind: 'categorical', counts, other: 0, countError: 0, count: values.length, nulls: 0 };
}

const run = (method: DriftMethod, ref: ColumnDistribution, cur: ColumnDistribution): ReturnType<typeof evaluateDrift>[number] => {
  const config: DriftConfig = { reference: 'r.csv', method };
  return evaluateDrift({ reference: new Map([['c', ref]]), current: new Map([['c', cur]]), config })[0]!;
};

describe('exact-mode drift on capped category tables', () => {
  it('scores a column under the cap exactly as the full table does, for every categorical method', async () => {
    const r = rng(11);
    const ref = Array.from({ length: 40_000 }, () => `k${Math.floor(3000 * r.uniform() ** 2)}`);
    const cur = Array.from({ length: 30_000 }, () => `k${Math.floor(3500 * r.uniform() ** 1.7)}`);
    const [a, b] = [await collected(ref), await collected(cur)];
    expect(a.other + b.other + a.countError + b.countError).toBe(0);
    for (const method of ['jensen_shannon', 'chi2', 'psi', 'linf'] as const) {
      const capped = run(method, a, b);
      expect(capped).toEqual(run(method, full(ref), full(cur)));
      expect(capped.error_bound).toBeUndefined();
      expect(capped.status).not.toBe('skipped');
    }
  });

  it('bounds the table of a value-per-row column, labels the score approximate and keeps it within its bound', async () => {
    const n = 3 * EXACT_CATEGORY_LIMIT;
    const r = rng(5);
    // Ids unique per row plus a few frequent values; the current side shifts the frequent ones.
    const ref = Array.from({ length: n }, (_, i) => (r.uniform() < 0.4 ? `common-${i % 3}` : `ref-id-${i}`));
    const cur = Array.from({ length: n }, (_, i) => (r.uniform() < 0.6 ? `common-${i % 4}` : `cur-id-${i}`));
    const [a, b] = [await collected(ref), await collected(cur)];
    for (const d of [a, b]) {
      expect(d.counts.size).toBeLessThanOrEqual(EXACT_CATEGORY_LIMIT);
      expect(d.count).toBe(n);
      expect(d.other).toBeGreaterThan(0);
    }
    const exact = alignCategories(full(ref), full(cur));
    const truth = { jensen_shannon: jensenShannon(exact.ref, exact.cur), linf: lInfinity(exact.ref, exact.cur) };
    for (const method of ['jensen_shannon', 'linf'] as const) {
      const row = run(method, a, b);
      expect(row.status).not.toBe('skipped');
      expect(row.message).toMatch(/^approximate: .*pooled as \(other\)/);
      expect(row.error_bound).toBeGreaterThan(0);
      expect(row.error_bound).toBeLessThanOrEqual(1);
      expect(Math.abs(row.score - truth[method])).toBeLessThanOrEqual(row.error_bound!);
      if (row.status === 'pass') expect(row.score + row.error_bound!).toBeLessThan(row.threshold);
    }
    for (const method of ['chi2', 'psi'] as const) {
      const row = run(method, a, b);
      expect(row.status).toBe('skipped');
      expect(row.message).toMatch(/needs exact category counts; too many distinct values: .* pooled as \(other\)/);
    }
  });

  it('never calls a summarised column stable when its bound reaches the threshold: two sides of distinct ids drift entirely', async () => {
    const n = 2 * EXACT_CATEGORY_LIMIT;
    const ref = Array.from({ length: n }, (_, i) => `2024-01-01T00:00:${i}`);
    const cur = Array.from({ length: n }, (_, i) => `2025-06-01T00:00:${i}`);
    const exact = alignCategories(full(ref), full(cur));
    const [a, b] = [await collected(ref), await collected(cur)];
    // (L∞ sees no drift here: every value's share is 1/n on one side and 0 on the other.)
    for (const method of ['jensen_shannon'] as const) {
      const row = run(method, a, b);
      const truth = jensenShannon(exact.ref, exact.cur);
      expect(truth, method).toBeGreaterThan(row.threshold);
      expect(row.status, `${method}: ${row.message ?? ''}`).not.toBe('pass');
      if (row.status === 'warn') expect(row.message).toMatch(/^approximate: cannot tell whether it drifted \(score [\d.e-]+ ± [\d.]+ against threshold [\d.]+\); .*pooled as \(other\)/);
    }
  });

  it('caches a capped table with its pooled mass and error, and reads them back', async () => {
    const values = Array.from({ length: 2 * EXACT_CATEGORY_LIMIT + 500 }, (_, i) => (i % 4 === 0 ? 'frequent' : `id-${i}`));
    const d = await collected(values);
    expect(d.sampleLevel).toBeGreaterThan(0);
    const dir = path.join(mkdtempSync(path.join(tmpdir(), 'mlgate-capped-')), 'ref');
    await writeDistributionsDir(dir, new Map([['c', d]]));
    expect((await readDistributionsDir(dir)).get('c')).toEqual(d);
  });
});
