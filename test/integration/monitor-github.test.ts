import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from '../fake-github/index.js';
import { REPO_ROOT, runAction, type ActionRun } from '../harness/index.js';

/**
 * `mlgate monitor` on GitHub, through actions/monitor under Node 24 against the fake GitHub (every request and
 * response checked against GitHub's OpenAPI description): the live release's evidence on the mlgate-evidence branch,
 * the run history beside it, one sticky issue found by marker and author (SPEC §8).
 */

const EXAMPLE = path.join(REPO_ROOT, 'examples', 'churn');
const MARKER = '<!-- mlgate:monitor/churn/production -->';
const temps: string[] = [];

let gh: FakeGitHub;
beforeAll(() => {
  if (!existsSync(path.join(REPO_ROOT, 'dist', 'monitor.js'))) throw new Error('dist/ is not built: run npm run bundle');
});
beforeEach(async () => {
  gh = await startFakeGitHub();
});
afterEach(async () => {
  await gh.close();
});
afterAll(async () => {
  for (const t of temps) await rm(t, { recursive: true, force: true });
});

interface Outcome {
  run: { verdict: string; rolled_back?: boolean; rollback_requested?: string; actions: string[] };
  rerun: boolean;
  issue: { action: string; url?: string };
}

/** The example project, its monitor section pointed at `fresh/` (filled per run by `fresh`) with `on_degraded`. */
async function project(onDegraded: string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'mlgate-monitor-gh-'));
  temps.push(dir);
  await cp(EXAMPLE, dir, { recursive: true });
  let config = await readFile(path.join(dir, 'mlgate.yml'), 'utf8');
  const edits: Array<[RegExp, string]> = [
    [/^( {6}data: ).*$/m, '$1{ train: fresh/train.csv }'],
    [/^( {6}predictions: ).*$/m, '$1fresh/labelled.csv'],
    [/^( {6}on_degraded: ).*$/m, `$1${onDegraded}`],
  ];
  for (const [from, to] of edits) {
    expect(config, `examples/churn/mlgate.yml has ${String(from)}`).toMatch(from);
    config = config.replace(from, to);
  }
  await writeFile(path.join(dir, 'mlgate.yml'), config);
  return dir;
}

/**
 * The fresh data of a run. `healthy`: the very data and predictions the live release was validated and measured on
 * (no drift, the same metrics: nothing to report); `drifted`: examples/churn/monitor/drifted (drifted columns and
 * worse labelled predictions).
 */
async function fresh(dir: string, kind: 'healthy' | 'drifted'): Promise<void> {
  if (kind === 'drifted') {
    await cp(path.join(EXAMPLE, 'monitor', 'drifted'), path.join(dir, 'fresh'), { recursive: true, force: true });
    return;
  }
  await cp(path.join(EXAMPLE, 'data', 'train.csv'), path.join(dir, 'fresh', 'train.csv'), { force: true });
  await cp(path.join(EXAMPLE, 'reports', 'candidate', 'predictions.csv'), path.join(dir, 'fresh', 'labelled.csv'), { force: true });
}

async function promote(dir: string, version: string, runId: number): Promise<void> {
  const r = await runAction({ action: 'promote', workspace: dir, apiUrl: gh.url, token: gh.seed.actionsToken().token, event: { name: 'workflow_dispatch' }, inputs: { version, store: 'github' }, env: { GITHUB_SHA: gh.seed.ref(`release-${version}`), GITHUB_RUN_ID: String(runId), GITHUB_RUN_ATTEMPT: '1' } });
  expect(r.exitCode, r.stdout + r.stderr).toBe(0);
}

/** One run (dispatched: schedule events have no webhook payload to copy): the job's token has exactly what the reusable workflow grants the monitor job. */
async function monitor(dir: string, runId: number, attempt = 1, permissions: 'monitor' | 'rollback' = 'monitor', inputs: Record<string, string> = {}): Promise<{ run: ActionRun; out: Outcome }> {
  const token = gh.seed.actionsToken({ permissions: { contents: 'write', issues: 'write', deployments: permissions === 'rollback' ? 'write' : 'read', pull_requests: permissions === 'rollback' ? 'write' : 'none', metadata: 'read' } }).token;
  const run = await runAction({ action: 'monitor', workspace: dir, apiUrl: gh.url, token, event: { name: 'workflow_dispatch' }, inputs: { store: 'github', json: 'monitor.json', ...inputs }, env: { GITHUB_RUN_ID: String(runId), GITHUB_RUN_ATTEMPT: String(attempt) } });
  expect(run.exitCode, run.stdout + run.stderr).toBe(0);
  // The token appears once, in the ::add-mask:: command that tells the runner to hide it; never in what is printed.
  expect((run.stdout + run.stderr).replace(`::add-mask::${token}`, '')).not.toContain(token);
  return { run, out: JSON.parse(await readFile(path.join(dir, 'monitor.json'), 'utf8')) as Outcome };
}

const ours = (): Array<{ number: number; state: string; title: string; body: string | null }> => [...gh.repo.issues.values()].filter((i) => i.body?.startsWith(MARKER));
const writes = (from: number): string[] => gh.requests.slice(from).filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.operationId ?? r.path}`);

describe('mlgate monitor on GitHub: one sticky issue, the history on the evidence branch', () => {
  it('healthy → no issue; degraded → one issue; again → the same one updated; a rerun changes nothing; recovered → closed', async () => {
    const dir = await project('[issue]');
    await promote(dir, '1.0.0', 900);
    // Someone else's issue with the same marker is not mlgate's.
    gh.seed.issue({ title: 'copied', body: `${MARKER}\nnot ours`, by: 'mallory' });

    await fresh(dir, 'healthy');
    const healthy = await monitor(dir, 901);
    expect(healthy.out.run.verdict, healthy.run.stdout).toBe('healthy');
    expect(ours().filter((i) => i.body !== `${MARKER}\nnot ours`)).toEqual([]);
    const history = gh.repo.files.get(gh.repo.refs.get('mlgate-evidence')!)!.get('monitor/churn/production/history.json');
    expect(history?.toString()).toContain('"901"');

    await fresh(dir, 'drifted');
    const degraded = await monitor(dir, 902);
    expect(degraded.out.run.verdict, degraded.run.stdout).toBe('degraded');
    const opened = ours().filter((i) => i.body !== `${MARKER}\nnot ours`);
    expect(opened).toHaveLength(1);
    expect(opened[0]).toMatchObject({ state: 'open' });
    expect(degraded.out.issue).toEqual({ action: 'create', url: `https://github.com/octo-org/ml-repo/issues/${opened[0]!.number}` });
    expect(degraded.run.outputs['issue-url']).toBe(degraded.out.issue.url);

    const bodyBefore = opened[0]!.body;
    const again = await monitor(dir, 903);
    expect(again.out.issue.action).toBe('update');
    const mine = ours().filter((i) => i.body !== `${MARKER}\nnot ours`);
    expect(mine.map((i) => [i.number, i.state])).toEqual([[opened[0]!.number, 'open']]);
    expect(mine[0]!.body).not.toBe(bodyBefore);

    // The same run again (a re-run of the workflow run): no write of any kind.
    const head = gh.repo.refs.get('mlgate-evidence');
    const seen = gh.requests.length;
    const rerun = await monitor(dir, 903, 2);
    expect(rerun.out.rerun).toBe(true);
    expect(writes(seen)).toEqual([]);
    expect(gh.repo.refs.get('mlgate-evidence')).toBe(head);

    await fresh(dir, 'healthy');
    const recovered = await monitor(dir, 904);
    expect(recovered.out.run.verdict).toBe('healthy');
    expect(recovered.out.issue.action).toBe('close');
    expect(ours().filter((i) => i.body !== `${MARKER}\nnot ours`).map((i) => [i.number, i.state])).toEqual([[opened[0]!.number, 'closed']]);
    expect(gh.repo.issues.get(opened[0]!.number)!.stateReason).toBe('completed');
    expect(gh.repo.comments.filter((c) => c.issueNumber === opened[0]!.number)).toHaveLength(1);
    // Someone else's same-marker issue was never touched.
    expect(gh.calls('issues/update').every((r) => r.path.endsWith(`/issues/${opened[0]!.number}`))).toBe(true);
    expect(gh.violations).toEqual([]);
  });

  it('on_degraded: rollback rolls back to the previous release exactly once', async () => {
    const dir = await project('[rollback, issue]');
    await promote(dir, '2.0.0', 910);
    await promote(dir, '2.1.0', 911);
    const before = gh.repo.deployments.length;
    await fresh(dir, 'drifted');
    const first = await monitor(dir, 912, 1, 'rollback');
    expect(first.out.run.verdict, first.run.stdout).toBe('degraded');
    expect(first.out.run.rolled_back, first.run.stdout).toBe(true);
    expect(first.run.outputs['rolled-back']).toBe('true');
    const restoring = gh.repo.deployments.slice(before);
    expect(restoring.map((d) => (d.payload as { model: { version: string } }).model.version)).toEqual(['2.0.0']);
    const reverted = gh.repo.deployments.find((d) => (d.payload as { model: { version: string } }).model.version === '2.1.0')!;
    expect(gh.repo.statuses.filter((s) => s.deploymentId === reverted.id && s.state === 'failure').map((s) => s.description)).toEqual([expect.stringMatching(/^rolled back: monitor: /)]);

    const second = await monitor(dir, 913, 1, 'rollback');
    expect(second.out.run.rolled_back ?? false).toBe(false);
    await monitor(dir, 912, 2, 'rollback');
    expect(gh.repo.deployments.length - before).toBe(1);
    expect(gh.violations).toEqual([]);
  });

  it('rollback: defer only records a due rollback (once per streak, never on a rerun); the rollback action, given its reason, rolls back', async () => {
    const dir = await project('[rollback, issue]');
    await promote(dir, '3.0.0', 920);
    await promote(dir, '3.1.0', 921);
    const before = gh.repo.deployments.length;
    const defer = { rollback: 'defer' };

    await fresh(dir, 'healthy');
    const healthy = await monitor(dir, 922, 1, 'monitor', defer);
    expect(healthy.out.run.verdict, healthy.run.stdout).toBe('healthy');
    expect([healthy.run.outputs['rollback-due'], healthy.run.outputs['rollback-reason']]).toEqual(['false', '']);

    // Degraded, with only the plain monitor job's token (deployments: read): nothing is rolled back here.
    await fresh(dir, 'drifted');
    const first = await monitor(dir, 923, 1, 'monitor', defer);
    expect(first.out.run.verdict, first.run.stdout).toBe('degraded');
    const reason = first.run.outputs['rollback-reason']!;
    expect(first.run.outputs['rollback-due']).toBe('true');
    expect(reason).toMatch(/^monitor: ./);
    expect(first.out.run.rollback_requested).toBe(reason);
    expect(first.out.run.rolled_back).toBeUndefined();
    expect(first.run.outputs['rolled-back']).toBe('false');
    expect(first.out.run.actions).toContain(`rollback requested: ${reason}`);
    expect(first.run.stdout).toContain(`done: rollback requested: ${reason}`);
    expect(gh.repo.deployments.length).toBe(before);
    const history = JSON.parse(gh.repo.files.get(gh.repo.refs.get('mlgate-evidence')!)!.get('monitor/churn/production/history.json')!.toString()) as { runs: Array<{ run_id: string; rollback_requested?: string }> };
    expect(history.runs.map((r) => [r.run_id, r.rollback_requested])).toEqual([['922', undefined], ['923', reason]]);
    expect(ours().map((i) => i.body).join('\n')).toContain('rollback requested');

    // The later job: the rollback action with the reason from the monitor's output, with the rollback job's token.
    const token = gh.seed.actionsToken({ permissions: { contents: 'read', deployments: 'write', pull_requests: 'write', metadata: 'read' } }).token;
    const rb = await runAction({ action: 'rollback', workspace: dir, apiUrl: gh.url, token, event: { name: 'workflow_dispatch' }, inputs: { to: 'previous', reason, store: 'github' }, env: { GITHUB_RUN_ID: '923', GITHUB_RUN_ATTEMPT: '1' } });
    expect(rb.exitCode, rb.stdout + rb.stderr).toBe(0);
    expect(gh.repo.deployments.slice(before).map((d) => (d.payload as { model: { version: string } }).model.version)).toEqual(['3.0.0']);
    const reverted = gh.repo.deployments.find((d) => (d.payload as { model: { version: string } }).model.version === '3.1.0')!;
    expect(gh.repo.statuses.filter((s) => s.deploymentId === reverted.id && s.state === 'failure').map((s) => s.description)).toEqual([`rolled back: ${reason}`]);

    // A rerun of the run, and the next degraded run (monitoring the restored release): no rollback due.
    const rerun = await monitor(dir, 923, 2, 'monitor', defer);
    expect(rerun.out.rerun).toBe(true);
    expect(rerun.run.outputs['rollback-due']).toBe('false');
    const second = await monitor(dir, 924, 1, 'monitor', defer);
    expect(second.out.run.verdict).toBe('degraded');
    expect(second.run.outputs['rollback-due']).toBe('false');
    expect(second.out.run.rollback_requested).toBeUndefined();
    expect(gh.repo.deployments.length - before).toBe(1);
    expect(gh.violations).toEqual([]);
  });
});
