import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli.js';
import { compareText, runCompare, type CompareDeps } from '../../src/commands/compare.js';
import { parseConfig } from '../../src/domain/config/parse.js';
import { inThreadRunner } from '../../src/domain/stats/significance.js';
import { createPrng } from '../../src/domain/stats/prng.js';
import type { LoadedConfig } from '../../src/io/files/config-file.js';
import { workerRunner } from '../../src/io/workers/predictions-workers.js';
import type { Log, Progress, ReleaseRecord, ReleaseStore } from '../../src/ports.js';

const quietLog: Log = { info: () => {}, debug: () => {}, warning: () => {}, error: () => {} };

/** An in-memory ReleaseStore double holding fixed records. */
function memoryStore(records: ReleaseRecord[]): ReleaseStore {
  return {
    kind: 'local',
    list: (env) => Promise.resolve(records.filter((r) => r.environment === env).sort((a, b) => b.id - a.id)),
    create: () => Promise.reject(new Error('read-only double')),
    setStatus: () => Promise.reject(new Error('read-only double')),
  };
}

function release(id: number, model: string, version: string, metrics: Record<string, number>, state: 'success' | 'failure' | 'inactive', env = 'production'): ReleaseRecord {
  return {
    id,
    environment: env,
    ref: 'main',
    sha: 'a'.repeat(40),
    task: 'deploy:mlgate',
    createdAt: '2026-11-01T00:00:00Z',
    creator: 'ci',
    payload: { mlgate: 1, model: { name: model, version }, metrics, gate: { verdict: 'pass' }, source: {}, rollback_of: null },
    statuses: [{ id: id * 10, state, description: '', createdAt: '2026-11-01T00:00:00Z' }],
  };
}

function project(files: Record<string, string>, configText: string): LoadedConfig & { dir: string } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'mlgate-compare-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  writeFileSync(path.join(dir, 'mlgate.yml'), configText);
  return { config: parseConfig(configText, 'mlgate.yml'), file: path.join(dir, 'mlgate.yml'), root: dir, dir };
}

const deps = (records: ReleaseRecord[] = [], extra: Partial<CompareDeps> = {}): CompareDeps => ({ log: quietLog, store: () => Promise.resolve(memoryStore(records)), runner: inThreadRunner, evidence: () => Promise.reject(new Error('this test has no evidence store')), ...extra });

const CONFIG = `version: 1
models:
  - name: churn
    metrics: reports/metrics.json
    gates:
      accuracy: { min: 0.8, max_regression: 0.01 }
      latency_p95_ms: { max_regression: 10% }
`;

describe('compare: baselines', () => {
  it('uses the live release of the model in production (newest success, other models and failed releases ignored)', async () => {
    const p = project({ 'reports/metrics.json': JSON.stringify({ accuracy: 0.885, latency_p95_ms: 105 }) }, CONFIG);
    const records = [
      release(5, 'churn', '1.5.0', { accuracy: 0.99, latency_p95_ms: 1 }, 'failure'),
      release(4, 'other', '9.0.0', { accuracy: 0.99 }, 'success'),
      release(3, 'churn', '1.4.0', { accuracy: 0.9, latency_p95_ms: 100 }, 'success'),
      release(2, 'churn', '1.3.0', { accuracy: 0.5, latency_p95_ms: 300 }, 'inactive'),
    ];
    const out = await runCompare(p, p.config.models[0]!, deps(records));
    expect(out.result.baseline).toEqual({ source: 'production', version: '1.4.0' });
    // accuracy fell 0.015 > 0.01: fail; latency +5% within 10%: pass.
    expect(out.result.verdict).toBe('fail');
    expect(out.result.metrics.map((m) => [m.name, m.status])).toEqual([
      ['accuracy', 'fail'],
      ['latency_p95_ms', 'pass'],
    ]);
    expect(out.failureLines[0]).toContain('accuracy: candidate 0.885 is below the baseline (production 1.4.0) 0.9 by 0.015; max_regression allows 0.01, missed by 0.005');
    expect(compareText(out)).toMatch(/^mlgate compare churn: FAIL \(baseline: production 1\.4\.0\)/);
  });

  it('without a live release behaves as a first release: only bounds apply', async () => {
    const p = project({ 'reports/metrics.json': JSON.stringify({ accuracy: 0.85, latency_p95_ms: 500 }) }, CONFIG);
    const out = await runCompare(p, p.config.models[0]!, deps([release(1, 'churn', '1.0.0', { accuracy: 0.9 }, 'failure')]));
    expect(out.result.verdict).toBe('pass');
    expect(out.result.baseline).toEqual({ source: 'production' });
    expect(out.result.metrics.find((m) => m.name === 'latency_p95_ms')!.status).toBe('skipped');
    expect(out.notes.join('\n')).toContain('no production baseline yet');
  });

  it('reads file: baselines and git refs, falling back to the contents API when git lacks the ref', async () => {
    const p = project(
      { 'reports/metrics.json': JSON.stringify({ accuracy: 0.95, latency_p95_ms: 100 }), 'base.yaml': 'accuracy: 0.97\nlatency_p95_ms: 100\n' },
      CONFIG.replace('metrics: reports/metrics.json', 'metrics: reports/metrics.json\n    baseline: file:base.yaml'),
    );
    const fileOut = await runCompare(p, p.config.models[0]!, deps());
    expect(fileOut.result.baseline.source).toBe('file:base.yaml');
    expect(fileOut.result.metrics[0]!.baseline).toBe(0.97);
    expect(fileOut.result.verdict).toBe('fail');

    const git = (...args: string[]): string => execFileSync('git', args, { cwd: p.dir, encoding: 'utf8' });
    git('init', '-q');
    git('-c', 'user.email=t@example.com', '-c', 'user.name=t', 'commit', '-q', '--allow-empty', '-m', 'root');
    writeFileSync(path.join(p.dir, 'reports/metrics.json'), JSON.stringify({ accuracy: 0.951, latency_p95_ms: 100 }));
    git('add', 'reports/metrics.json');
    git('-c', 'user.email=t@example.com', '-c', 'user.name=t', 'commit', '-q', '-m', 'baseline metrics');
    git('tag', 'v1');
    writeFileSync(path.join(p.dir, 'reports/metrics.json'), JSON.stringify({ accuracy: 0.9, latency_p95_ms: 100 }));
    const model = { ...p.config.models[0]!, baseline: 'ref:v1:reports/metrics.json' };
    const refOut = await runCompare(p, model, deps());
    expect(refOut.result.metrics[0]!.baseline).toBe(0.951);
    expect(refOut.result.verdict).toBe('fail');

    const asked: string[] = [];
    const contents = (repoPath: string, ref: string): Promise<Buffer> => {
      asked.push(`${repoPath}@${ref}`);
      return Promise.resolve(Buffer.from('{"accuracy": 0.905, "latency_p95_ms": 100}'));
    };
    const apiOut = await runCompare(p, { ...model, baseline: 'ref:origin/main:reports/metrics.json' }, deps([], { contents, workspace: p.dir }));
    expect(asked).toEqual(['reports/metrics.json@origin/main']);
    expect(apiOut.result.metrics[0]!.baseline).toBe(0.905);
    expect(apiOut.result.verdict).toBe('pass');

    await expect(runCompare(p, { ...model, baseline: 'ref:nope:reports/metrics.json' }, deps())).rejects.toThrow(/fetch-depth: 0/);
  });
});

/** Per-example CSV of a binary classifier; `quality` is the chance a prediction is right. */
function predictionsCsv(n: number, seed: number, quality: number, labelSeed = 1): string {
  const labels = createPrng(labelSeed, 5);
  const rng = createPrng(seed, 6);
  const rows = ['id,label,prediction,score'];
  for (let i = 0; i < n; i++) {
    const y = labels.nextDouble() < 0.4 ? 1 : 0;
    const right = rng.nextDouble() < quality;
    const pred = right ? y : 1 - y;
    const score = Math.min(0.99, Math.max(0.01, pred === 1 ? 0.5 + rng.nextDouble() / 2 : rng.nextDouble() / 2));
    rows.push(`ex-${i},${y},${pred},${score.toFixed(4)}`);
  }
  return `${rows.join('\n')}\n`;
}

describe('compare: significance', () => {
  const SIG_CONFIG = `version: 1
models:
  - name: churn
    metrics: reports/metrics.json
    baseline: file:base-metrics.json
    gates:
      accuracy: { max_regression: 0.01 }
      f1: { max_regression: 0.01 }
      auc: { max_regression: 0.01 }
    significance:
      candidate: reports/predictions.csv
      baseline: base-predictions.csv
      resamples: 1000
      seed: 7
`;
  it('detects a large significant regression and leaves a small one inconclusive', async () => {
    const p = project(
      {
        'reports/metrics.json': '{"accuracy": 0.7, "f1": 0.6, "auc": 0.7}',
        'base-metrics.json': '{"accuracy": 0.9, "f1": 0.9, "auc": 0.9}',
        'reports/predictions.csv': predictionsCsv(3000, 2, 0.7),
        // Baseline rows in another order: the join is on id.
        'base-predictions.csv': ['id,label,prediction,score', ...predictionsCsv(3000, 3, 0.9).trim().split('\n').slice(1).reverse()].join('\n'),
      },
      SIG_CONFIG,
    );
    const out = await runCompare(p, p.config.models[0]!, deps());
    const acc = out.result.metrics.find((m) => m.name === 'accuracy')!;
    expect(acc.status).toBe('fail');
    expect(acc.reason).toContain('mcnemar');
    expect(acc.ci![1]).toBeLessThan(-0.1);
    expect(acc.p_value).toBeLessThan(1e-10);
    expect(out.result.verdict).toBe('fail');
    // The metrics file disagrees with the per-example data: said so.
    expect(out.notes.some((n) => n.includes('the metrics file says 0.7'))).toBe(true);

    const p2 = project(
      {
        'reports/metrics.json': '{"accuracy": 0.9, "f1": 0.9, "auc": 0.9}',
        'base-metrics.json': '{"accuracy": 0.9, "f1": 0.9, "auc": 0.9}',
        'reports/predictions.csv': predictionsCsv(300, 8, 0.88),
        'base-predictions.csv': predictionsCsv(300, 9, 0.9),
      },
      SIG_CONFIG,
    );
    const small = await runCompare(p2, p2.config.models[0]!, deps());
    expect(small.result.metrics.find((m) => m.name === 'accuracy')!.status).toBe('inconclusive');
    expect(small.result.verdict).toBe('warn');
  });

  it('gives identical results on worker threads and in one thread', async () => {
    const p = project(
      {
        'reports/metrics.json': '{"log_loss": 0.5, "auc": 0.8}',
        'base-metrics.json': '{"log_loss": 0.5, "auc": 0.8}',
        'reports/predictions.csv': predictionsCsv(5000, 2, 0.8),
        'base-predictions.csv': predictionsCsv(5000, 3, 0.8),
      },
      SIG_CONFIG.replace(/gates:[\s\S]*?significance:/, 'gates:\n      log_loss: { max_regression: 0.01 }\n      auc: { max_regression: 0.01 }\n    significance:'),
    );
    // Each run's resampling progress: every finished task's resamples, up to the total, from either runner.
    const recorder = (): { progress: Progress; seen: Array<{ done: number; total: number }> } => {
      const seen: Array<{ done: number; total: number }> = [];
      return { seen, progress: { start: (task) => ({ update: (done) => void seen.push({ done, total: task.total ?? NaN }), end: () => undefined }) } };
    };
    const inThread = recorder();
    const onWorkers = recorder();
    const one = await runCompare(p, p.config.models[0]!, deps([], { progress: inThread.progress }));
    const many = await runCompare(p, p.config.models[0]!, deps([], { runner: workerRunner(2, 0), progress: onWorkers.progress }));
    expect(many.result).toEqual(one.result);
    for (const { seen } of [inThread, onWorkers]) {
      expect(seen.length).toBeGreaterThan(1);
      expect(seen.at(-1)!.done).toBe(seen.at(-1)!.total);
      expect(seen[0]!.total % 1000).toBe(0);
      seen.forEach((s, i) => expect(s.done).toBeGreaterThan(i > 0 ? seen[i - 1]!.done : 0));
    }
    expect(onWorkers.seen.at(-1)).toEqual(inThread.seen.at(-1));
    expect(one.result.metrics.every((m) => m.ci !== undefined && m.p_value !== undefined)).toBe(true);
  });
});

describe('mlgate compare (CLI)', () => {
  const run = async (dir: string, args: string[]): Promise<{ code: number; out: string; err: string }> => {
    let out = '';
    let err = '';
    const code = await runCli(['compare', ...args], { stdout: (t) => (out += t), stderr: (t) => (err += t), cwd: dir, env: {} });
    return { code, out, err };
  };
  const cfg = CONFIG.replace('metrics: reports/metrics.json', 'metrics: reports/metrics.json\n    baseline: file:base.json');
  it('exits 0 on pass, 1 on fail, 2 on bad input, and writes --json as SPEC §4', async () => {
    const pass = project({ 'reports/metrics.json': '{"accuracy": 0.9, "latency_p95_ms": 100}', 'base.json': '{"accuracy": 0.9, "latency_p95_ms": 100}' }, cfg);
    const r0 = await run(pass.dir, ['--json', 'out/result.json']);
    expect(r0.code).toBe(0);
    const json = JSON.parse(readFileSync(path.join(pass.dir, 'out/result.json'), 'utf8')) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(['verdict', 'model', 'baseline', 'metrics']);
    expect(json.verdict).toBe('pass');
    const row = (json.metrics as Array<Record<string, unknown>>)[0]!;
    for (const key of ['name', 'direction', 'baseline', 'candidate', 'delta', 'relative_delta', 'gate', 'status', 'reason']) expect(row).toHaveProperty(key);

    writeFileSync(path.join(pass.dir, 'reports/metrics.json'), '{"accuracy": 0.7, "latency_p95_ms": 100}');
    const r1 = await run(pass.dir, []);
    expect(r1.code).toBe(1);
    expect(r1.err).toContain('1 metric(s) failed their gate: accuracy');

    writeFileSync(path.join(pass.dir, 'reports/metrics.json'), '{"accuracy": 0.7, ');
    const r2 = await run(pass.dir, []);
    expect(r2.code).toBe(2);
    expect(r2.err).toContain('reports/metrics.json:1: invalid JSON');
  });
});
