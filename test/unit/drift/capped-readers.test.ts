import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CappedCounts, EXACT_CATEGORY_LIMIT } from '../../../src/domain/drift/capped-counts.js';
import type { ColumnDistribution } from '../../../src/domain/drift/distribution.js';
import { readExactDistributions } from '../../../src/io/data/distributions.js';
import { rng } from './random.js';

/** Texts with quotes, commas, non-ASCII and a few heavy values: more distinct values than the cap. */
function texts(seed: number, n: number): string[] {
  const r = rng(seed);
  const heavy = ['Zürich', 'say "hi"', 'a,b', 'plain'];
  return Array.from({ length: n }, (_, i) => {
    const u = r.uniform();
    if (u < 0.3) return heavy[Math.floor(u * 13) % heavy.length]!;
    return [`id-${i}`, `é-${i}`, `q"${i}"`, `c,${i}`, `😀${i}`][i % 5]!;
  });
}

/** The table fed string by string (the reference the readers must equal). */
function byStrings(values: readonly string[]): { counts: Map<string, number>; other: number; level: number } {
  const t = new CappedCounts();
  for (const v of values) t.add(v, 1);
  return t.finish();
}

const csvField = (v: string): string => (/[",\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);

async function read(file: string, format: 'csv' | 'jsonl', env: Record<string, string>): Promise<ColumnDistribution> {
  const columns = await readExactDistributions([{ path: file, name: path.basename(file) }], { name: 'd', format } as never, { MLGATE_THREADS: '1', ...env });
  return columns.get('t')!;
}

describe('capped category tables read from files: the sample is drawn from the cell bytes as from the strings', () => {
  for (const seed of [1, 2]) {
    it(`CSV (streamed, and in chunks that start at the read's level) and JSON Lines give the string-fed table, seed ${seed}`, async () => {
      const values = texts(seed, 3 * EXACT_CATEGORY_LIMIT + 1234 * seed);
      const truth = byStrings(values);
      expect(truth.level).toBeGreaterThan(0);
      const dir = mkdtempSync(path.join(tmpdir(), 'mlgate-capped-read-'));
      const csv = path.join(dir, 'data.csv');
      writeFileSync(csv, `t,n\n${values.map((v, i) => `${csvField(v)},${i}`).join('\n')}\n`);
      const jsonl = path.join(dir, 'data.jsonl');
      // JSON escapes (\u00e9, \") make the reader decode the text before hashing it.
      writeFileSync(jsonl, values.map((v, i) => `${JSON.stringify({ t: i % 2 ? v.replaceAll('é', '\\u00e9') : v, n: i }).replaceAll('\\\\u00e9', '\\u00e9')}\n`).join(''));
      const runs = [
        await read(csv, 'csv', { MLGATE_PARALLEL_MIN_BYTES: String(1 << 30) }),
        await read(csv, 'csv', { MLGATE_PARALLEL_MIN_BYTES: '1', MLGATE_CHUNK_BYTES: '8192' }),
        await read(jsonl, 'jsonl', {}),
      ];
      for (const d of runs) {
        if (d.kind !== 'categorical') throw new Error('expected a categorical column');
        expect(d.sampleLevel).toBe(truth.level);
        expect(d.other).toBe(truth.other);
        expect(d.count).toBe(values.length);
        expect(new Map(d.counts)).toEqual(new Map(truth.counts));
      }
    });
  }
});
