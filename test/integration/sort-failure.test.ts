import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// Drives a copy of the bundle (dist/, built by `npm test`): the sorts only go to worker threads from the bundle.
const root = path.resolve(import.meta.dirname, '../..');
const FAULT = 'MLGATE_TEST_INJECTED_SORT_FAULT';

/**
 * A copy of the bundle whose main-thread column sort (`sortHere` in src/io/workers/sort-workers.ts) throws when
 * FAULT is set: an allocation failure, say, of a real sort. Fails loudly when the bundle no longer has that shape.
 */
function bundleWithSortFault(dir: string): string {
  for (const entry of ['dist', 'bin', 'package.json']) cpSync(path.join(root, entry), path.join(dir, entry), { recursive: true });
  const chunks = readdirSync(path.join(dir, 'dist')).filter((f) => f.endsWith('.js'));
  // The bundler may put the module in more than one chunk (the worker thread's code loads its own): each is changed.
  const files = chunks.map((f) => path.join(dir, 'dist', f)).filter((f) => readFileSync(f, 'utf8').includes('const sortHere = (k) =>'));
  if (files.length === 0) throw new Error('no chunk of dist/ defines sortHere: update this test to the bundle');
  for (const file of files) {
    const code = readFileSync(file, 'utf8');
    const at = code.indexOf('columns[k] = [];', code.indexOf('const sortHere = (k) =>'));
    if (at < 0) throw new Error('sortHere no longer empties columns[k]: update this test to the bundle');
    writeFileSync(file, `${code.slice(0, at)}if (process.env.${FAULT}) throw new Error('injected main-thread sort failure'); ${code.slice(at)}`);
  }
  return path.join(dir, 'bin', 'mlgate.js');
}

describe('a column sort that fails on this thread while worker threads sort others', () => {
  it('ends the command with the error instead of leaving it running', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'mlgate-sort-fault-'));
    const bin = bundleWithSortFault(dir);
    const rows = (shift: number): string => ['a,b,c,d', ...Array.from({ length: 3000 }, (_, i) => `${i + shift},${(i * 7) % 101},${(i * 13) % 997}.5,${i % 5}`)].join('\n');
    writeFileSync(path.join(dir, 'reference.csv'), rows(0));
    writeFileSync(path.join(dir, 'current.csv'), rows(1));
    writeFileSync(path.join(dir, 'mlgate.yml'), 'version: 1\ndatasets:\n  - name: d\n    path: current.csv\n    drift:\n      reference: reference.csv\n');
    // Two threads and no size floor: four numeric columns are sorted by this thread and a worker thread.
    const env = { ...process.env, GITHUB_ACTIONS: '', MLGATE_THREADS: '2', MLGATE_PARALLEL_MIN_BYTES: '1', MLGATE_CACHE_DIR: path.join(dir, 'cache') };
    const run = (extra: Record<string, string>) => spawnSync(process.execPath, [bin, 'validate', '--config', 'mlgate.yml', '--quiet'], { cwd: dir, env: { ...env, ...extra }, encoding: 'utf8', timeout: 60_000 });
    const healthy = run({});
    expect(healthy.status, healthy.stderr).toBe(0);
    const faulty = run({ [FAULT]: '1' });
    // Before the fix the command printed the error and never exited (the timeout killed it: status null).
    expect(faulty.signal, 'the command was still running after 60 s').toBeNull();
    expect(faulty.status).toBe(2);
    expect(faulty.stderr).toContain('injected main-thread sort failure');
  }, 150_000);
});
