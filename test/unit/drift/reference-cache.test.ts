import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli.js';

/** A small deterministic generator (no Math.random: the data must be the same on every run). */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** id, amount (numeric), city (few categories), comment (text: thousands of distinct values), ts (datetime). */
function csv(rows: number, seed: number, shift: number): string {
  const r = lcg(seed);
  const lines = ['id,amount,city,comment,ts'];
  for (let i = 0; i < rows; i++) {
    const amount = (100 + shift + 30 * (r() + r() + r() - 1.5)).toFixed(3);
    const city = ['paris', 'lyon', 'nice', 'lille', 'brest'][Math.floor(r() * r() * 5)]!;
    const comment = Array.from({ length: 5 }, () => 'abcdefgh'[Math.floor(r() * 8)]).join('');
    const day = 1 + Math.floor(r() * 28);
    const ts = `2026-0${1 + Math.floor(r() * 9)}-${String(day).padStart(2, '0')}T${String(Math.floor(r() * 24)).padStart(2, '0')}:00:00Z`;
    lines.push(`${i},${amount},${city},${comment},${ts}`);
  }
  return `${lines.join('\n')}\n`;
}

const config = (amountType: string, extra = ''): string => `version: 1
datasets:
  - name: orders
    path: current.csv${extra}
    columns:
      id: { unique: true }
      amount: { type: ${amountType} }
      ts: { type: datetime }
    drift:
      reference: reference.csv
      method: linf
models: []
`;

interface Run {
  code: number;
  json: string;
}

async function validate(dir: string, cacheDir: string): Promise<Run> {
  const code = await runCli(['validate', '--json', 'out.json'], { stdout: () => {}, stderr: () => {}, cwd: dir, env: { MLGATE_CACHE_DIR: cacheDir, MLGATE_THREADS: '1' } });
  const json = readFileSync(path.join(dir, 'out.json'), 'utf8');
  rmSync(path.join(dir, 'out.json'));
  return { code, json };
}

const keys = (cacheDir: string): string[] => readdirSync(cacheDir).sort();

function project(shift: number): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'mlgate-refcache-'));
  writeFileSync(path.join(dir, 'reference.csv'), csv(4000, 7, 0));
  writeFileSync(path.join(dir, 'current.csv'), csv(4000, 11, shift));
  return dir;
}

const driftOf = (json: string, column: string): { score: number; status: string } =>
  (JSON.parse(json) as { datasets: Array<{ drift: Array<{ column: string; score: number; status: string }> }> }).datasets[0]!.drift.find((d) => d.column === column)!;

describe('the reference cache never changes a verdict', () => {
  it('a cached run gives byte-identical result JSON to the uncached run (numeric, categorical, text and datetime columns)', async () => {
    for (const shift of [0, 25]) {
      const dir = project(shift);
      writeFileSync(path.join(dir, 'mlgate.yml'), config('number'));
      const cacheDir = path.join(dir, 'cache');
      const uncached = await validate(dir, cacheDir);
      expect(keys(cacheDir)).toHaveLength(1);
      const cached = await validate(dir, cacheDir);
      expect(cached.json).toBe(uncached.json);
      expect(cached.code).toBe(uncached.code);
      // Text with thousands of distinct values: the same small L∞ both times (a top-k profile made it ≈1).
      expect(driftOf(cached.json, 'comment').score).toBeLessThan(0.05);
      expect(driftOf(cached.json, 'amount').status).toBe(shift === 0 ? 'pass' : 'fail');
      expect(uncached.code).toBe(shift === 0 ? 0 : 1);
    }
  });

  it("a change of a column's type misses the cache, and changing it back hits the first entry again", async () => {
    const dir = project(25);
    const cacheDir = path.join(dir, 'cache');
    writeFileSync(path.join(dir, 'mlgate.yml'), config('number'));
    const asNumber = await validate(dir, cacheDir);
    expect(asNumber.code).toBe(1);
    writeFileSync(path.join(dir, 'mlgate.yml'), config('string'));
    const asString = await validate(dir, cacheDir);
    expect(keys(cacheDir)).toHaveLength(2);
    // Same as a run that never saw the cache.
    expect(asString.json).toBe((await validate(dir, path.join(dir, 'fresh-cache'))).json);
    expect(asString.json).not.toBe(asNumber.json);
    writeFileSync(path.join(dir, 'mlgate.yml'), config('number'));
    const back = await validate(dir, cacheDir);
    expect(keys(cacheDir)).toHaveLength(2);
    expect(back.json).toBe(asNumber.json);
    expect(back.code).toBe(1);
  });

  it('format settings and the data are in the key; an unreadable cached copy is read again', async () => {
    const dir = project(25);
    const cacheDir = path.join(dir, 'cache');
    writeFileSync(path.join(dir, 'mlgate.yml'), config('number'));
    const first = await validate(dir, cacheDir);
    writeFileSync(path.join(dir, 'mlgate.yml'), config('number', '\n    delimiter: ","'));
    expect((await validate(dir, cacheDir)).json).toBe(first.json);
    expect(keys(cacheDir)).toHaveLength(2);
    writeFileSync(path.join(dir, 'reference.csv'), csv(4000, 8, 0));
    const otherData = await validate(dir, cacheDir);
    expect(keys(cacheDir)).toHaveLength(3);
    expect(otherData.json).toBe((await validate(dir, path.join(dir, 'fresh-cache'))).json);
    // Damage every cached values file: the run reads the data again and scores exactly as before.
    for (const key of keys(cacheDir)) for (const f of readdirSync(path.join(cacheDir, key, '0'))) if (f.endsWith('.f64')) writeFileSync(path.join(cacheDir, key, '0', f), 'x');
    expect((await validate(dir, cacheDir)).json).toBe(otherData.json);
  });

  it('a reference that cannot be cached only warns: the same result and exit code, the failure named, nothing cached', async () => {
    for (const shift of [0, 25]) {
      const dir = project(shift);
      writeFileSync(path.join(dir, 'mlgate.yml'), config('number'));
      const expected = await validate(dir, path.join(dir, 'fresh-cache'));
      rmSync(path.join(dir, '.mlgate'), { recursive: true, force: true });
      // A file where the cache's working copy must go: writing the distributions fails.
      writeFileSync(path.join(dir, '.mlgate'), 'not a directory');
      const cacheDir = path.join(dir, 'cache');
      let stderr = '';
      const code = await runCli(['validate', '--json', 'out.json'], { stdout: () => {}, stderr: (s: string) => (stderr += s), cwd: dir, env: { MLGATE_CACHE_DIR: cacheDir, MLGATE_THREADS: '1' } });
      expect(readFileSync(path.join(dir, 'out.json'), 'utf8')).toBe(expected.json);
      expect(code).toBe(expected.code);
      expect(stderr).toMatch(/drift orders: the distributions of the reference data could not be cached as mlgate-reference-v\d+-orders-[0-9a-f]+ \(.*(ENOTDIR|EEXIST).*\); the next run reads the reference data again/);
      expect(() => readdirSync(cacheDir)).toThrow();
    }
  });
});
