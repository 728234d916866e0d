import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { NODE_VERSIONS, nodeBinary, type NodeMajor } from '../harness/node.js';

// Progress on stderr, non-TTY form (SPEC §1), from the bundle. MLGATE_PROGRESS_DELAY_MS=0 and
// MLGATE_PROGRESS_INTERVAL_MS=0 (test-only knobs, docs/progress.md) lower the 2 s delay and the 5 s interval so a
// file that reads in well under a second still shows every chunk's line, whatever the machine's speed.
const root = path.resolve(import.meta.dirname, '../..');
const ROWS = 150_000;
let dir = '';

async function writeCsv(file: string, seed: number): Promise<void> {
  const out = createWriteStream(file);
  out.write('id,score,plan,email\n');
  let chunk = '';
  for (let i = 0; i < ROWS; i++) {
    chunk += `${i},${((i * 7919 + seed) % 1000) / 1000},${['free', 'pro', 'team'][(i + seed) % 3]},user${i + seed}@example.com\n`;
    if (chunk.length > 1 << 16) {
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    }
  }
  out.end(chunk);
  await once(out, 'finish');
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'mlgate-progress-it-'));
  await writeCsv(path.join(dir, 'current.csv'), 1);
  await writeCsv(path.join(dir, 'reference.csv'), 2);
  writeFileSync(path.join(dir, 'mlgate.yml'), 'version: 1\ndatasets:\n  - name: big\n    path: current.csv\n    drift:\n      reference: reference.csv\n      method: auto\n');
  const [header, ...rows] = readFileSync(path.join(dir, 'current.csv'), 'utf8').trimEnd().split('\n');
  const names = header!.split(',');
  writeFileSync(path.join(dir, 'current.jsonl'), rows.map((r) => JSON.stringify(Object.fromEntries(r.split(',').map((v, i) => [names[i], i < 2 ? Number(v) : v])))).join('\n') + '\n');
  writeFileSync(path.join(dir, 'jsonl.yml'), 'version: 1\ndatasets:\n  - name: lines\n    path: current.jsonl\n    columns:\n      email: { pattern: "^user" }\n');
});

function validate(node: NodeMajor, json: string, extraArgs: string[], env: Record<string, string> = {}): { status: number | null; stdout: string; stderr: string; json: string } {
  const r = spawnSync(nodeBinary(node), [path.join(root, 'bin', 'mlgate.js'), 'validate', '--json', json, ...extraArgs], {
    cwd: dir,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, MLGATE_CACHE_DIR: path.join(dir, `cache-${json}`), MLGATE_PROGRESS_DELAY_MS: '0', MLGATE_PROGRESS_INTERVAL_MS: '0', ...env },
  });
  // Each run reads the reference afresh (a cache of its own); the cache's path is the only difference in stdout.
  return { status: r.status, stdout: r.stdout.replaceAll(`cache-${json}`, 'cache-<run>'), stderr: r.stderr, json: readFileSync(path.join(dir, json), 'utf8') };
}

/** The largest share of the bytes read that any line of `label` showed. */
const largestPercent = (stderr: string, label: string): number => Math.max(0, ...[...stderr.matchAll(LINE(label))].map((m) => Number(/, (\d+)%\)/.exec(m[0])![1])));

const LINE = (label: string): RegExp => new RegExp(`^${label}: [\\d,]+ rows \\([\\d.]+ (B|KiB|MiB) of [\\d.]+ MiB, \\d+%\\), [\\d,]+ rows/s, (about [\\d a-z]+ left|finishing)$`, 'gm');

describe('progress on stderr (bundle, not a terminal)', () => {
  for (const node of NODE_VERSIONS) {
    it(`Node ${node}: plain lines with rows, bytes, rate and time left for the reference and the data; none with --quiet; stdout and --json alike`, () => {
      const shown = validate(node, `shown-${node}.json`, []);
      const quiet = validate(node, `quiet-${node}.json`, ['--quiet']);
      expect(shown.status).toBe(quiet.status);
      expect([0, 1]).toContain(shown.status);
      for (const label of ['reading the drift reference of big', 'reading big']) {
        const lines = shown.stderr.match(LINE(label)) ?? [];
        expect(lines.length, shown.stderr).toBeGreaterThanOrEqual(2);
        expect(shown.stderr).toContain(`${label}: done, ${ROWS.toLocaleString('en-US')} rows in `);
        // The bytes move with the rows: the last batch's line shows most of the file read.
        expect(largestPercent(shown.stderr, label)).toBeGreaterThanOrEqual(50);
      }
      expect(shown.stderr).not.toMatch(/\u001b|\r/);
      expect(quiet.stderr).not.toMatch(/rows\/s|: done, /);
      expect(quiet.stdout).toBe(shown.stdout);
      expect(quiet.json).toBe(shown.json);
      expect(shown.stdout).not.toMatch(/rows\/s/);
    });
  }

  it('the chunked CSV pipeline (worker threads) reports its chunks too, and the reference read on a worker thread alongside the data', () => {
    // Two threads: the reference is read on the worker while this thread reads the data; the worker's progress shows here.
    const r = validate(20, 'chunked.json', [], { MLGATE_PARALLEL_MIN_BYTES: '1', MLGATE_CHUNK_BYTES: '262144', MLGATE_THREADS: '2' });
    for (const label of ['reading the drift reference of big', 'reading big']) {
      expect((r.stderr.match(LINE(label)) ?? []).length, r.stderr).toBeGreaterThanOrEqual(2);
      expect(r.stderr).toContain(`${label}: done, ${ROWS.toLocaleString('en-US')} rows in `);
      expect(largestPercent(r.stderr, label)).toBeGreaterThanOrEqual(50);
    }
    // Either way, the same result.
    expect(r.json).toBe(validate(20, 'chunked-one-thread.json', [], { MLGATE_PARALLEL_MIN_BYTES: '1', MLGATE_CHUNK_BYTES: '262144', MLGATE_THREADS: '1' }).json);
  });

  it('the chunked JSON Lines pipeline reports its chunks too', () => {
    const r = validate(20, 'chunked-jsonl.json', ['--config', 'jsonl.yml'], { MLGATE_PARALLEL_MIN_BYTES: '1', MLGATE_CHUNK_BYTES: '262144' });
    expect(r.status, r.stderr).toBe(0);
    expect((r.stderr.match(LINE('reading lines')) ?? []).length, r.stderr).toBeGreaterThanOrEqual(2);
    expect(r.stderr).toContain(`reading lines: done, ${ROWS.toLocaleString('en-US')} rows in `);
    expect(largestPercent(r.stderr, 'reading lines')).toBeGreaterThanOrEqual(50);
  });
});
