/**
 * Acceptance: profile 3 shards as separate action runs (separate workspaces and runtime tokens, like
 * matrix jobs), upload each through @actions/artifact to a local stand-in of the runner's artifact
 * service, download and merge them in a fourth run, and get the verdict of one full pass.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeRunnerServices, type FakeRunnerServices } from '../fake-runner-services/artifact-service.js';
import { runAction, runCli } from '../harness/index.js';
import { rng } from '../unit/drift/random.js';

function csv(seed: number, rows: number, shift: number): string {
  const r = rng(seed);
  const lines = ['id,age,income,score,country,plan'];
  const countries = ['US', 'DE', 'FR', 'GB'];
  for (let i = 0; i < rows; i++) {
    const age = r.uniform() < 0.01 ? '' : String(Math.round(40 + 12 * r.normal() + shift * 4));
    const income = (Math.exp(10 + 0.5 * r.normal())).toFixed(2);
    const score = (r.normal() + shift).toFixed(4);
    const country = countries[Math.floor(r.uniform() ** (1 + shift) * 4)]!;
    const plan = r.uniform() < 0.6 ? 'basic' : 'pro';
    lines.push(`${seed}-${i},${age},${income},${score},${country},${plan}`);
  }
  return `${lines.join('\n')}\n`;
}

const CONFIG = `version: 1
datasets:
  - name: events
    path: data/part-*.csv
    rows: { min: 1000 }
    columns:
      id: { type: string, unique: true }
      age: { type: integer, min: 0, max: 120, max_null_fraction: 0.05 }
      country: { type: category, in: [US, DE, FR, GB] }
    drift:
      reference: reference.csv
      method: auto
      threshold: 0.1
`;

let svc: FakeRunnerServices;
let template: string;

beforeAll(async () => {
  svc = await startFakeRunnerServices();
  template = mkdtempSync(path.join(tmpdir(), 'mlgate-shards-'));
  mkdirSync(path.join(template, 'data'));
  // 4 files of current data (score and age drifted), a reference of 12,000 rows.
  [0, 1, 2, 3].forEach((i) => writeFileSync(path.join(template, 'data', `part-${i + 1}.csv`), csv(10 + i, 6000 + 1500 * i, i === 3 ? 0.6 : 0.45)));
  writeFileSync(path.join(template, 'reference.csv'), csv(99, 12000, 0));
  writeFileSync(path.join(template, 'mlgate.yml'), CONFIG);
});

afterAll(async () => {
  await svc?.close();
});

const workspace = (): string => {
  const ws = mkdtempSync(path.join(tmpdir(), 'mlgate-job-'));
  cpSync(template, ws, { recursive: true });
  return ws;
};

describe('sharded profiles through the artifact service', () => {
  it('3 shard runs + 1 merge run give the single-pass verdict', async () => {
    const names: string[] = [];
    for (const i of [1, 2, 3]) {
      const run = await runAction({
        action: 'root',
        workspace: workspace(),
        inputs: { command: 'profile', dataset: 'events', shard: `${i}/3`, upload: true },
        env: { ACTIONS_RUNTIME_TOKEN: svc.runtimeToken(`job-${i}`), ACTIONS_RESULTS_URL: svc.resultsUrl },
        timeoutMs: 120_000,
      });
      expect(run.exitCode, run.stdout + run.stderr).toBe(0);
      expect(run.outputs.artifact).toBe(`mlgate-profile-events-${i}-of-3`);
      names.push(run.outputs.artifact!);
    }
    expect(svc.violations).toEqual([]);
    expect(svc.artifacts.filter((a) => a.finalized).map((a) => a.name)).toEqual(names);
    expect(svc.requests.some((r) => r.endsWith('?comp=blocklist'))).toBe(true);

    const finalWs = mkdtempSync(path.join(tmpdir(), 'mlgate-merge-'));
    for (const f of ['mlgate.yml', 'reference.csv']) cpSync(path.join(template, f), path.join(finalWs, f));
    const merge = await runAction({
      action: 'root',
      workspace: finalWs,
      inputs: { command: 'merge-profiles', artifacts: names.join(','), json: 'merged-result.json' },
      env: { ACTIONS_RUNTIME_TOKEN: svc.runtimeToken('job-merge'), ACTIONS_RESULTS_URL: svc.resultsUrl },
      timeoutMs: 120_000,
    });
    expect(svc.violations).toEqual([]);
    expect(svc.requests.filter((r) => r.startsWith('GET ')).length).toBe(3);
    const log = (merge.stdout + merge.stderr).split('\n').filter((l) => !l.startsWith('::debug::')).join('\n');
    expect(log).toContain('merged from 3 parts');

    const single = await runCli(['validate', '--json', 'single.json'], { cwd: workspace() });
    const one = JSON.parse(readFileSync(path.join(single.cwd, 'single.json'), 'utf8')) as { verdict: string; datasets: { rows: number; checks: { column?: string; check: string; status: string }[]; drift: { column: string; method: string; status: string }[] }[] };
    const many = JSON.parse(readFileSync(path.join(finalWs, 'merged-result.json'), 'utf8')) as typeof one;

    expect(one.verdict).toBe('fail'); // the drift is real
    expect(merge.outputs.verdict).toBe(one.verdict);
    expect(merge.exitCode).toBe(single.exitCode);
    expect(many.datasets[0]!.rows).toBe(one.datasets[0]!.rows);
    const key = (r: { column?: string; method?: string; check?: string; status: string }): string => `${r.column ?? ''}:${r.method ?? r.check}:${r.status}`;
    expect(many.datasets[0]!.drift.map(key).sort()).toEqual(one.datasets[0]!.drift.map(key).sort());
    // The shard profiles carry the row checks: every check is answered (unique included), as the full pass answers it.
    expect(many.datasets[0]!.checks.map(key)).toEqual(one.datasets[0]!.checks.map(key));
    expect(many.datasets[0]!.checks.filter((c) => c.status === 'skipped')).toEqual([]);
    expect(many.datasets[0]!.checks.find((c) => c.check === 'unique')?.status).toBe('pass');
  });
});
