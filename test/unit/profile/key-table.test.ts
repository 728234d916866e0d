/**
 * The 64-bit key tables of shard profiles against a plain reference (a Map from key to places, in data order):
 * keys split over parts in several ways give the repeat count and the first repeat places of one pass.
 */
import { describe, expect, it } from 'vitest';
import { collisionBound, FirstPlaces, KeyLog, mergeAllTables, type KeyTable } from '../../../src/domain/profile/key-table.js';
import { rng } from '../drift/random.js';

interface Key {
  hi: number;
  lo: number;
  file: number;
  at: number;
}

/** `n` keys in data order (file, then place), drawn from `distinct` values; hi lanes share few values so lo decides often. */
function keys(seed: number, n: number, distinct: number, files: number): Key[] {
  const r = rng(seed);
  const values = Array.from({ length: distinct }, () => [Math.floor(r.uniform() * 8) * 0x2000_0001, Math.floor(r.uniform() * 2 ** 32)] as const);
  const out: Key[] = [];
  for (let i = 0; i < n; i++) {
    const [hi, lo] = values[Math.floor(r.uniform() * distinct)]!;
    out.push({ hi, lo, file: Math.floor((i * files) / n), at: 2 + i * 3 });
  }
  return out;
}

/** One pass over all keys: repeats (every occurrence after the first) and their first `limit` places. */
function reference(all: readonly Key[], limit: number): { distinct: number; repeats: number; places: Array<[number, number]> } {
  const seen = new Set<string>();
  const places: Array<[number, number]> = [];
  let repeats = 0;
  for (const k of all) {
    const id = `${k.hi}:${k.lo}`;
    if (!seen.has(id)) {
      seen.add(id);
      continue;
    }
    repeats++;
    if (places.length < limit) places.push([k.file, k.at]);
  }
  return { distinct: seen.size, repeats, places };
}

function table(part: readonly Key[]): KeyTable {
  const log = new KeyLog();
  for (const k of part) log.add(k.hi, k.lo, k.file, k.at);
  return log.finish();
}

/** What the merged tables say: repeats within the parts (entries − distinct per part) plus those across parts. */
function merged(parts: readonly Key[][], limit: number): { distinct: number; repeats: number; places: Array<[number, number]> } {
  const tables = parts.map(table);
  const within = parts.reduce((s, p, i) => s + p.length - tables[i]!.file.length, 0);
  const across = new FirstPlaces(limit);
  const all = mergeAllTables(tables, across);
  return { distinct: all.file.length, repeats: within + across.count, places: across.places.map((p) => [p.file, p.at]) };
}

describe('KeyLog', () => {
  it.each([
    [1, 5000, 4000],
    [2, 20_000, 100],
    [3, 3, 1],
  ])('keeps each distinct hash once, ascending, at its first place (seed %i, %i keys of %i values)', (seed, n, distinct) => {
    const all = keys(seed, n, distinct, 3);
    const t = table(all);
    const first = new Map<string, Key>();
    for (const k of all) if (!first.has(`${k.hi}:${k.lo}`)) first.set(`${k.hi}:${k.lo}`, k);
    const want = [...first.values()].sort((a, b) => a.hi - b.hi || a.lo - b.lo);
    expect(t.file.length).toBe(want.length);
    want.forEach((k, i) => {
      expect([t.hashes[2 * i], t.hashes[2 * i + 1], t.file[i], t.at[i]]).toEqual([k.hi, k.lo, k.file, k.at]);
    });
  });
});

describe('merging key tables of parts', () => {
  const splits: Array<[string, (all: Key[]) => Key[][]]> = [
    ['consecutive blocks (file shards)', (all) => [0, 1, 2, 3].map((s) => all.slice((s * all.length) >> 2, ((s + 1) * all.length) >> 2))],
    ['interleaved blocks of 500 (row shards)', (all) => [0, 1, 2, 3].map((s) => all.filter((_, i) => Math.floor(i / 500) % 4 === s))],
    ['one part', (all) => [all]],
    ['seven uneven parts', (all) => [0, 1, 2, 3, 4, 5, 6].map((s) => all.filter((_, i) => (i * i + 3 * i) % 7 === s))],
  ];
  for (const [seed, n, distinct] of [
    [11, 8000, 7000],
    [12, 8000, 300],
  ] as const) {
    it.each(splits)(`gives one pass's repeats and first repeat places: %s (${n} keys of ${distinct} values)`, (_, split) => {
      const all = keys(seed, n, distinct, 4);
      const want = reference(all, 1_000_000);
      const got = merged(split(all), 1_000_000);
      expect(got.distinct).toBe(want.distinct);
      expect(got.repeats).toBe(want.repeats);
      // Across parts, the repeats are the first places of the parts that are not the first overall.
      const wantPlaces = new Set(want.places.map((p) => p.join(':')));
      for (const p of got.places) expect(wantPlaces.has(p.join(':')), p.join(':')).toBe(true);
    });
  }

  it('keeps only the first places in data order, however many repeats there are', () => {
    const all = keys(13, 6000, 50, 4);
    const parts = [0, 1, 2].map((s) => all.filter((_, i) => i % 3 === s));
    const few = merged(parts, 5);
    const many = merged(parts, 1_000_000);
    expect(few.repeats).toBe(many.repeats);
    const sorted = [...many.places].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    expect(few.places).toEqual(sorted.slice(0, 5));
  });
});

describe('collisionBound', () => {
  it('is the birthday bound n(n−1)/2^65', () => {
    for (const n of [0, 1, 2, 1000, 1e6, 1e8]) expect(collisionBound(n)).toBeCloseTo((n * Math.max(0, n - 1)) / 2 ** 65, 20);
    expect(collisionBound(1e6)).toBeLessThan(3e-8);
    expect(collisionBound(1e6)).toBeGreaterThan(2.5e-8);
  });
});
