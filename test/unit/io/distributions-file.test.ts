import { mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ColumnDistribution } from '../../../src/domain/drift/distribution.js';
import { exactSample } from '../../../src/domain/drift/sample.js';
import { readDistributionsDir, writeDistributionsDir } from '../../../src/io/files/distributions-file.js';

/** A numeric column's exact distribution over sorted values (stats as given, NaN and -0 included). */
function numeric(values: number[], stats: { mean: number; std: number; min: number; max: number }, nulls = 0): ColumnDistribution {
  return { kind: 'numeric', sample: exactSample(Float64Array.from(values)), count: values.length, nulls, ...stats };
}

const fresh = (): string => path.join(mkdtempSync(path.join(tmpdir(), 'mlgate-distributions-')), 'ref');

describe('the reference cache files (distributions-file.ts)', () => {
  it('read back every numeric column bit for bit: -0, the stats of an all-null column (NaN), large and empty columns', async () => {
    const big = Array.from({ length: 300_000 }, (_, i) => i / 7 - 10_000);
    const columns = new Map<string, ColumnDistribution>([
      ['signed', numeric([-5, -0, 0, 1e-300, 2.5, Number.MAX_VALUE], { mean: 1, std: 2, min: -5, max: Number.MAX_VALUE })],
      ['empty', numeric([], { mean: 0, std: 0, min: Number.NaN, max: Number.NaN }, 12)],
      ['big', numeric(big, { mean: -1, std: 3, min: big[0]!, max: big[big.length - 1]! })],
      ['c', { kind: 'categorical', counts: new Map([['a', 3]]), other: 0, countError: 0, count: 3, nulls: 1 }],
    ]);
    const dir = fresh();
    await writeDistributionsDir(dir, columns);
    const back = await readDistributionsDir(dir);
    expect(back).toEqual(columns);
    for (const name of ['signed', 'empty', 'big']) {
      const a = columns.get(name)!;
      const b = back.get(name)!;
      if (a.kind !== 'numeric' || b.kind !== 'numeric') throw new Error('numeric expected');
      expect(Buffer.from(b.sample.values.buffer, b.sample.values.byteOffset, b.sample.values.byteLength).equals(Buffer.from(a.sample.values.buffer)), name).toBe(true);
      expect(Object.is(b.min, a.min) && Object.is(b.max, a.max), name).toBe(true);
    }
  });

  it('name a values file of the wrong size, shorter or longer, with the sizes found and expected', async () => {
    const columns = new Map<string, ColumnDistribution>([['x', numeric([1, 2, 3], { mean: 2, std: 1, min: 1, max: 3 })]]);
    const dir = fresh();
    await writeDistributionsDir(dir, columns);
    const file = path.join(dir, '0.f64');
    const whole = readFileSync(file);
    truncateSync(file, whole.length - 8);
    await expect(readDistributionsDir(dir)).rejects.toThrow('0.f64: 48 bytes; expected 56 for 3 values');
    writeFileSync(file, Buffer.concat([whole, Buffer.alloc(8)]));
    await expect(readDistributionsDir(dir)).rejects.toThrow('0.f64: 64 bytes; expected 56 for 3 values');
  });

  it('read back a tallied column (distinct values and counts) bit for bit, and refuse counts that are not whole or do not add up', async () => {
    const values = Float64Array.from([-3, -0, 0, 0.1, 7]);
    const weights = Float64Array.from([2, 1, 4, 1_000_000, 3]);
    const tallied: ColumnDistribution = { kind: 'numeric', sample: { values, weights, total: 1_000_010, rankError: 0 }, count: 1_000_010, nulls: 5, mean: 0.1, std: 0.01, min: -3, max: 7 };
    const dir = fresh();
    await writeDistributionsDir(dir, new Map([['t', tallied]]));
    const back = (await readDistributionsDir(dir)).get('t')!;
    expect(back).toEqual(tallied);
    if (back.kind !== 'numeric') throw new Error('numeric expected');
    expect(Object.is(back.sample.values[1], -0)).toBe(true);
    const file = path.join(dir, '0.f64');
    const whole = readFileSync(file);
    const withCount = (k: number, count: number): Buffer => {
      const b = Buffer.from(whole);
      b.writeDoubleLE(count, (4 + values.length + k) * 8);
      return b;
    };
    writeFileSync(file, withCount(1, 1.5));
    await expect(readDistributionsDir(dir)).rejects.toThrow('0.f64: a count of 1.5; expected a whole number above 0');
    writeFileSync(file, withCount(1, 2));
    await expect(readDistributionsDir(dir)).rejects.toThrow('0.f64: counts add up to 1000011; expected 1000010');
    writeFileSync(file, whole.subarray(0, whole.length - 8));
    await expect(readDistributionsDir(dir)).rejects.toThrow('0.f64: 104 bytes; expected 112 for 5 distinct values and their counts');
    // Weights that are not counts (a sketch's) are not cached.
    await expect(writeDistributionsDir(fresh(), new Map([['t', { ...tallied, sample: { ...tallied.sample, weights: Float64Array.from([2, 1, 4, 999_999.5, 3.5]) } }]]))).rejects.toThrow("column 't': only exact distributions are cached");
  });
});
