import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, runCli } from '../harness/index.js';
import { CONFIG, project, writeData, writeModel } from './evidence-project.js';

/**
 * `mlgate monitor` on the local store, through the CLI bundle under Node 24: fresh data and labelled predictions
 * against the live release's evidence, the sticky issue as a file under .mlgate/monitor/, reruns, rollback once.
 */

const ISSUE = path.join('.mlgate', 'monitor', 'monitor.churn.production.issue.md');
const HISTORY = path.join('.mlgate', 'monitor', 'monitor.churn.production.history.json');

function withMonitor(onDegraded: string): string {
  const monitor = `    monitor:\n      data: { train: fresh/data/train.csv }\n      predictions: fresh/reports/predictions.csv\n      on_degraded: ${onDegraded}\n    significance:`;
  return CONFIG.replace('    significance:', monitor);
}

async function monitoredProject(onDegraded: string): Promise<string> {
  const dir = await project();
  await writeFile(path.join(dir, 'mlgate.yml'), withMonitor(onDegraded));
  await mkdir(path.join(dir, 'fresh', 'data'), { recursive: true });
  await mkdir(path.join(dir, 'fresh', 'reports'), { recursive: true });
  return dir;
}

/** This week's export: data like the release's (shift 0) or shifted, and labelled predictions of about this accuracy. */
async function freshWeek(dir: string, week: 'healthy' | 'degraded'): Promise<void> {
  const fresh = path.join(dir, 'fresh');
  await writeData(fresh, week === 'healthy' ? 0 : 1);
  // Seed 1 at 0.86 is the release's own evaluation; 0.70 is a clearly worse model.
  await writeModel(fresh, week === 'healthy' ? 0.86 : 0.7, week === 'healthy' ? 1 : 6);
}

interface MonitorJson {
  rerun: boolean;
  run: { run_id: string; verdict: string; release: { version: string } | null; findings: Array<{ level: string; text: string }>; drift: Array<{ column: string; status: string }>; metrics: Array<{ name: string; status: string; ci?: [number, number] }>; labelled: number; actions: string[]; rolled_back?: boolean; rollback_requested?: string };
  issue: { action: string; url?: string };
  history: { runs: number };
}

async function monitor(dir: string, runId: number, extra: string[] = []): Promise<{ exitCode: number | null; stdout: string; stderr: string; result: MonitorJson }> {
  const out = path.join(dir, `monitor-${runId}.json`);
  const run = await runCli(['monitor', '--config', 'mlgate.yml', '--store', 'local', '--json', out, ...extra], { cwd: dir, node: 24, env: { GITHUB_RUN_ID: String(runId) } });
  const result = existsSync(out) ? (JSON.parse(await readFile(out, 'utf8')) as MonitorJson) : ({} as MonitorJson);
  return { exitCode: run.exitCode, stdout: run.stdout, stderr: run.stderr, result };
}

const promote = async (dir: string, version: string): Promise<void> => {
  const p = await runCli(['promote', '--config', 'mlgate.yml', '--store', 'local', '--version', version], { cwd: dir, node: 24 });
  expect(p.exitCode, p.stdout + p.stderr).toBe(0);
};

interface Releases {
  deployments: Array<{ id: number; payload: { model: { version: string }; rollback_of: number | null }; statuses: Array<{ state: string; description: string }> }>;
}
const releases = async (dir: string): Promise<Releases> => JSON.parse(await readFile(path.join(dir, '.mlgate', 'releases.json'), 'utf8')) as Releases;

beforeAll(() => {
  if (!existsSync(path.join(REPO_ROOT, 'dist', 'monitor.js'))) throw new Error('dist/ is not built with monitor: run npm run bundle');
});

describe('mlgate monitor on the local store', () => {
  it('healthy → no issue; degraded → issue opened; degraded again → same issue updated; a rerun changes nothing; healthy → closed with a note', async () => {
    const dir = await monitoredProject('issue');
    await promote(dir, '1.0.0');

    await freshWeek(dir, 'healthy');
    const healthy = await monitor(dir, 101);
    expect(healthy.exitCode, healthy.stdout + healthy.stderr).toBe(0);
    expect(healthy.result.run.verdict).toBe('healthy');
    expect(healthy.result.run.release?.version).toBe('1.0.0');
    expect(healthy.result.run.drift.map((d) => [d.column, d.status])).toEqual([['x', 'pass'], ['segment', 'pass']]);
    expect(healthy.result.run.labelled).toBe(1500);
    expect(healthy.result.issue.action).toBe('none');
    expect(existsSync(path.join(dir, ISSUE))).toBe(false);

    await freshWeek(dir, 'degraded');
    const degraded = await monitor(dir, 102);
    expect(degraded.exitCode, degraded.stdout + degraded.stderr).toBe(0);
    expect(degraded.result.run.verdict).toBe('degraded');
    const accuracy = degraded.result.run.metrics.find((m) => m.name === 'accuracy')!;
    expect(accuracy.status).toBe('fail');
    expect(accuracy.ci![1]).toBeLessThan(-0.01);
    expect(degraded.result.run.drift.filter((d) => d.status !== 'pass').map((d) => d.column)).toContain('x');
    expect(degraded.result.issue).toEqual({ action: 'create', url: path.join(dir, ISSUE) });
    const opened = await readFile(path.join(dir, ISSUE), 'utf8');
    expect(opened.split('\n').slice(0, 3)).toEqual(['<!-- mlgate:monitor/churn/production -->', '<!-- mlgate-issue-state: open -->', '# mlgate monitor: churn in production is degraded']);
    expect(opened).toContain('## ❌ churn in production: degraded');
    expect(opened).toContain('Latest: run 102');

    const again = await monitor(dir, 103);
    expect(again.result.run.verdict).toBe('degraded');
    expect(again.result.issue.action).toBe('update');
    const updated = await readFile(path.join(dir, ISSUE), 'utf8');
    expect(updated).toContain('Latest: run 103');
    expect(updated).toContain('### Trend over the last 3 runs');
    expect(updated).toContain('xychart-beta');

    const historyBefore = await readFile(path.join(dir, HISTORY), 'utf8');
    const rerun = await monitor(dir, 103);
    expect(rerun.exitCode).toBe(0);
    expect(rerun.result.rerun).toBe(true);
    expect(rerun.stdout).toContain('already recorded');
    expect(await readFile(path.join(dir, ISSUE), 'utf8')).toBe(updated);
    expect(await readFile(path.join(dir, HISTORY), 'utf8')).toBe(historyBefore);

    await freshWeek(dir, 'healthy');
    const recovered = await monitor(dir, 104);
    expect(recovered.result.run.verdict).toBe('healthy');
    expect(recovered.result.issue.action).toBe('close');
    const closed = await readFile(path.join(dir, ISSUE), 'utf8');
    expect(closed.split('\n')[1]).toBe('<!-- mlgate-issue-state: closed -->');
    expect(closed).toContain('# mlgate monitor: churn in production is healthy again');
    expect(closed).toMatch(/Healthy again in run 104 .*live release 1\.0\.0 \(#1\)\): closing\./);
    const history = JSON.parse(await readFile(path.join(dir, HISTORY), 'utf8')) as { format: string; version: number; runs: Array<{ run_id: string; verdict: string }> };
    expect(history.format).toBe('mlgate-monitor-history');
    expect(history.runs.map((r) => [r.run_id, r.verdict])).toEqual([['101', 'healthy'], ['102', 'degraded'], ['103', 'degraded'], ['104', 'healthy']]);
  });

  it('on_degraded: [rollback, fail] rolls back to the previous release exactly once, and fails the run', async () => {
    const dir = await monitoredProject('[rollback, fail]');
    await promote(dir, '1.0.0');
    await promote(dir, '1.1.0');
    await freshWeek(dir, 'degraded');

    const first = await monitor(dir, 201);
    expect(first.exitCode, first.stdout + first.stderr).toBe(1);
    expect(first.result.run.rolled_back).toBe(true);
    expect(first.result.run.release?.version).toBe('1.1.0');
    let store = await releases(dir);
    expect(store.deployments).toHaveLength(3);
    const reverted = store.deployments.find((d) => d.payload.model.version === '1.1.0')!;
    expect(reverted.statuses.some((s) => s.state === 'failure' && s.description.startsWith('rolled back: monitor: '))).toBe(true);
    const restored = store.deployments.find((d) => d.payload.rollback_of === reverted.id)!;
    expect(restored.payload.model.version).toBe('1.0.0');
    // No issue: on_degraded does not ask for one.
    expect(existsSync(path.join(dir, ISSUE))).toBe(false);

    // Still degraded on the restored release: no second rollback (that would walk down the whole history).
    const second = await monitor(dir, 202);
    expect(second.exitCode).toBe(1);
    expect(second.result.run.release?.version).toBe('1.0.0');
    expect(second.result.run.rolled_back).toBeUndefined();
    expect(second.result.run.actions.join('\n')).toContain('already rolled back');
    const rerun = await monitor(dir, 201);
    expect(rerun.exitCode).toBe(1);
    expect(rerun.result.rerun).toBe(true);
    store = await releases(dir);
    expect(store.deployments).toHaveLength(3);
  });

  it('--rollback defer records the rollback as requested (once per streak) and leaves the release alone; an unknown mode is a usage error', async () => {
    const dir = await monitoredProject('[rollback, fail]');
    await promote(dir, '1.0.0');
    await promote(dir, '1.1.0');
    await freshWeek(dir, 'degraded');
    const first = await monitor(dir, 211, ['--rollback', 'defer']);
    expect(first.exitCode, first.stdout + first.stderr).toBe(1);
    expect(first.result.run.rolled_back).toBeUndefined();
    expect(first.result.run.rollback_requested).toMatch(/^monitor: ./);
    expect(first.stdout).toContain(`done: rollback requested: ${first.result.run.rollback_requested!}`);
    expect((await releases(dir)).deployments).toHaveLength(2);
    const second = await monitor(dir, 212, ['--rollback', 'defer']);
    expect(second.result.run.rollback_requested).toBeUndefined();
    expect(second.result.run.actions.join('\n')).toContain('rollback requested) by an earlier run');
    expect((await releases(dir)).deployments).toHaveLength(2);
    const bad = await monitor(dir, 213, ['--rollback', 'sideways']);
    expect(bad.exitCode).toBe(2);
    expect(bad.stderr).toMatch(/--rollback is "sideways"; expected here .* or defer/);
  });

  it('without a live release the verdict is warn and says what could not be checked', async () => {
    const dir = await monitoredProject('[issue, fail]');
    await freshWeek(dir, 'healthy');
    const r = await monitor(dir, 301);
    expect(r.exitCode, r.stdout + r.stderr).toBe(0);
    expect(r.result.run.verdict).toBe('warn');
    const texts = r.result.run.findings.map((f) => f.text).join('\n');
    expect(texts).toContain("no live release of churn in 'production'");
    expect(texts).toMatch(/drift not measured: .*no live release/);
    expect(texts).toContain('live metrics not gated');
  });

  it('a profile JSON made elsewhere is accepted as the fresh data: the same drift as reading the file', async () => {
    const dir = await monitoredProject('issue');
    await promote(dir, '1.0.0');
    await freshWeek(dir, 'degraded');
    const fromFile = await monitor(dir, 501);
    const profiled = await runCli(['profile', '--dataset', 'train', '--out', 'fresh/train.profile.json', 'fresh/data/train.csv'], { cwd: dir, node: 24 });
    expect(profiled.exitCode, profiled.stdout + profiled.stderr).toBe(0);
    await writeFile(path.join(dir, 'mlgate.yml'), withMonitor('issue').replace('data: { train: fresh/data/train.csv }', 'data: { train: fresh/train.profile.json }'));
    const fromProfile = await monitor(dir, 502);
    expect(fromProfile.exitCode, fromProfile.stdout + fromProfile.stderr).toBe(0);
    const statuses = (r: MonitorJson): string[][] => r.run.drift.map((d) => [d.column, d.status]);
    expect(statuses(fromProfile.result)).toEqual(statuses(fromFile.result));
    expect(statuses(fromProfile.result)).toContainEqual(['x', 'fail']);
    expect(fromProfile.result.run.verdict).toBe('degraded');
  });

  it('an unknown dataset under monitor.data is a config error naming it (exit 2)', async () => {
    const dir = await monitoredProject('issue');
    await writeFile(path.join(dir, 'mlgate.yml'), withMonitor('issue').replace('data: { train: fresh/data/train.csv }', 'data: { trian: fresh/data/train.csv }'));
    const r = await monitor(dir, 401);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain('models[0].monitor.data.trian');
    expect(r.stderr).toContain('"trian"');
  });
});
