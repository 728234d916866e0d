import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from '../fake-github/index.js';
import { ROOT, runStep, type StepResult } from './release-runner.js';

/**
 * A whole release life driven through dist/ (the step actions, as the runner runs them) against the fake GitHub
 * (every request and response checked against GitHub's OpenAPI description) and against the local store.
 */

const CONFIG = `version: 1
models:
  - name: churn
    metrics: metrics.json
    uri: s3://models/churn
    gates:
      accuracy: { max_regression: 0.01 }
`;

async function workdir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'mlgate-life-'));
  await writeFile(path.join(dir, 'mlgate.yml'), CONFIG);
  await writeFile(path.join(dir, 'metrics.json'), '{"accuracy": 0.9}');
  for (const [v, acc] of [['1', 0.9], ['2', 0.91], ['3', 0.92]] as const) {
    await writeFile(
      path.join(dir, `compare-${v}.json`),
      JSON.stringify({ verdict: 'pass', model: 'churn', baseline: { source: 'production' }, metrics: [{ name: 'accuracy', direction: 'higher', baseline: null, candidate: acc, delta: null, relative_delta: null, gate: 'max_regression 0.01', status: 'pass', reason: '' }] }),
    );
  }
  return dir;
}

interface Backend {
  inputs: Record<string, string>;
  env(version: string): Record<string, string>;
  sha(version: string): string;
  count(): Promise<number>;
}

interface HistoryJson {
  live: { id: number; version: string } | null;
  releases: Array<{ id: number; version: string; state: string; rollback_of: number | null; rolled_back_by: number | null; status: string | null }>;
}

function expectOk(step: StepResult): void {
  if (step.code !== 0) throw new Error(`step failed (${step.code}):\n${step.stdout}\n${step.stderr}`);
}

/** promote v1, v2, rerun v2 (no-op), v3 with a failing deploy-command + auto-rollback, v3, rollback, rollback to v1, history. */
async function wholeLife(dir: string, backend: Backend, during?: { beforeV3?: () => void; afterV3?: () => void }): Promise<{ history: HistoryJson; ids: number[] }> {
  const promote = (v: string, extra: Record<string, string> = {}): Promise<StepResult> =>
    runStep({ command: 'promote', cwd: dir, inputs: { ...backend.inputs, version: v, results: `compare-${v}.json`, ...extra }, env: backend.env(v) });

  const p1 = await promote('1');
  expectOk(p1);
  expect(p1.outputs['previous-version']).toBe('');
  const p2 = await promote('2');
  expectOk(p2);
  expect(p2.outputs).toMatchObject({ version: '2', 'previous-version': '1', 'previous-deployment-id': p1.outputs['deployment-id'] });

  const before = await backend.count();
  const rerun = await promote('2');
  expectOk(rerun);
  expect(rerun.stdout).toContain('already live');
  expect(rerun.outputs['deployment-id']).toBe(p2.outputs['deployment-id']);
  expect(await backend.count()).toBe(before);

  const failing = await promote('3', { 'deploy-command': 'if [ "$MLGATE_ROLLBACK" = true ]; then echo "redeploying $MLGATE_VERSION"; exit 0; fi; echo "deploy of $MLGATE_VERSION broke" >&2; exit 4', 'auto-rollback': 'true' });
  expect(failing.code).toBe(1);
  expect(failing.stdout).toContain('redeploying 2');
  expect(failing.outputs.version).toBe('2');
  const afterFail = await runStep({ command: 'history', cwd: dir, inputs: backend.inputs, env: backend.env('2') });
  expectOk(afterFail);
  expect(afterFail.outputs).toEqual({ 'live-version': '2', 'live-deployment-id': p2.outputs['deployment-id'] });

  during?.beforeV3?.();
  const p3 = await promote('3');
  expectOk(p3);
  during?.afterV3?.();
  expect(p3.outputs).toMatchObject({ version: '3', 'previous-version': '2' });

  const back = await runStep({ command: 'rollback', cwd: dir, inputs: { ...backend.inputs, reason: 'p95 latency doubled' }, env: backend.env('3') });
  expectOk(back);
  expect(back.outputs).toMatchObject({ version: '2', uri: 's3://models/churn', sha: backend.sha('2'), 'rolled-back-version': '3' });

  const toV1 = await runStep({ command: 'rollback', cwd: dir, inputs: { ...backend.inputs, to: '1', reason: 'back to v1' }, env: backend.env('2') });
  expectOk(toV1);
  expect(toV1.outputs).toMatchObject({ version: '1', sha: backend.sha('1'), 'rolled-back-version': '2' });

  const history = await runStep({ command: 'history', cwd: dir, inputs: { ...backend.inputs, json: 'history.json', limit: 'all' }, env: backend.env('1') });
  expectOk(history);
  expect(history.outputs['live-version']).toBe('1');
  expect(history.stdout).toMatch(/rolled back by/);
  const h = JSON.parse(await readFile(path.join(dir, 'history.json'), 'utf8')) as HistoryJson;
  const ids = [p1, p2, failing, p3, back, toV1].map((s) => Number(s.outputs['deployment-id']));
  return { history: h, ids };
}

function expectSixRecords(h: HistoryJson, ids: number[]): void {
  const [d1, d2, d3, d4, d5, d6] = ids;
  expect(h.releases.map((r) => [r.id, r.version, r.state, r.rollback_of])).toEqual([
    [d6, '1', 'live', d5],
    [d5, '2', 'rolled back', d4],
    [d4, '3', 'rolled back', null],
    [d3, '3', 'failed', null],
    [d2, '2', 'superseded', null],
    [d1, '1', 'superseded', null],
  ]);
  expect(h.live).toEqual({ id: d6, version: '1' });
}

beforeAll(() => {
  if (!existsSync(path.join(ROOT, 'dist', 'promote.js'))) throw new Error('dist/ is not built: run npm run bundle');
});

const variants = [
  { autoInactiveCoversProduction: false, autoInactiveMatches: 'latest-success' as const },
  { autoInactiveCoversProduction: true, autoInactiveMatches: 'latest-success' as const },
  { autoInactiveCoversProduction: true, autoInactiveMatches: 'ever-success' as const },
];

describe.each(variants)('release life on GitHub Deployments (auto_inactive covers production: $autoInactiveCoversProduction, matches $autoInactiveMatches)', (variant) => {
  let gh: FakeGitHub;
  let dir: string;
  let backend: Backend;
  beforeAll(async () => {
    gh = await startFakeGitHub(variant);
    dir = await workdir();
    const token = gh.seed.actionsToken().token;
    const shas = new Map(['1', '2', '3'].map((v) => [v, gh.seed.ref(`release-${v}`)]));
    gh.seed.pull({ number: 42 });
    gh.seed.commitPulls(shas.get('3')!, [42]);
    backend = {
      inputs: { 'github-token': token, store: 'auto' },
      sha: (v) => shas.get(v)!,
      env: (v) => ({ GITHUB_API_URL: gh.url, GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'octo-org/ml-repo', GITHUB_SHA: shas.get(v)!, GITHUB_RUN_ID: `10${v}`, GITHUB_ACTOR: 'alice' }),
      count: () => Promise.resolve(gh.repo.deployments.length),
    };
  });
  afterAll(async () => {
    await gh.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('promote ×3 (with a no-op rerun, a failed deploy auto-rolled back, a 502 retried), rollback, rollback to v1, history', async () => {
    let fault: { hits: number } | undefined;
    const { history, ids } = await wholeLife(dir, backend, {
      beforeV3: () => {
        fault = gh.fail({ operationId: 'repos/create-deployment-status', times: 1 }, { kind: 'status', status: 502 });
      },
    });
    expect(fault?.hits).toBe(1);
    expect(gh.calls('repos/create-deployment-status').filter((r) => r.status === 502)).toHaveLength(1);
    expectSixRecords(history, ids);
    // What GitHub holds: our writes, as SPEC §6 says.
    const created = gh.calls('repos/create-deployment');
    expect(created).toHaveLength(6);
    for (const c of created) expect(c.body).toMatchObject({ task: 'deploy:mlgate', auto_merge: false, required_contexts: [], environment: 'production' });
    // The PR that introduced v3 is found through commits/{sha}/pulls and recorded; the rollback deployments carry rollback_of.
    expect(created[3]!.body).toMatchObject({ payload: { mlgate: 1, model: { name: 'churn', version: '3', uri: 's3://models/churn' }, gate: { verdict: 'pass' }, source: { pr: 42, run_id: 103, actor: 'alice' }, rollback_of: null } });
    // The report went up as an artifact (the local artifact directory outside a runner) and is recorded in the payload.
    expect(created[3]!.body).toMatchObject({ payload: { artifact: { name: 'mlgate-churn-3-production-attempt-1', run_id: 103 } } });
    expect(existsSync(path.join(dir, '.mlgate', 'artifacts', 'mlgate-churn-3-production-attempt-1', 'compare-3.json'))).toBe(true);
    // The rollback of v3 commented once on PR 42, which introduced it.
    const onPr = gh.repo.comments.filter((c) => c.issueNumber === 42);
    expect(onPr).toHaveLength(1);
    expect(onPr[0]!.body).toContain(`<!-- mlgate:rollback-${ids[3]} -->`);
    expect(onPr[0]!.body).toContain('p95 latency doubled');
    expect(created[4]!.body).toMatchObject({ ref: backend.sha('2'), payload: { model: { version: '2' }, rollback_of: ids[3], rollback_reason: 'p95 latency doubled' } });
    const statusesOf = (id: number): string[] => gh.repo.statuses.filter((s) => s.deploymentId === id).sort((a, b) => a.id - b.id).map((s) => `${s.state}${s.description?.startsWith('rolled back') ? `:${s.description}` : ''}`);
    expect(statusesOf(ids[2]!)).toEqual(['in_progress', 'failure']);
    expect(statusesOf(ids[3]!).slice(0, 3)).toEqual(['in_progress', 'success', 'failure:rolled back: p95 latency doubled']);
    expect(statusesOf(ids[5]!)).toEqual(['in_progress', 'success']);
    expect(gh.violations).toEqual([]);
  });
});

describe('races and permissions on GitHub Deployments', () => {
  let gh: FakeGitHub;
  let dir: string;
  let env: Record<string, string>;
  let token: string;
  beforeAll(async () => {
    gh = await startFakeGitHub();
    dir = await workdir();
    token = gh.seed.actionsToken().token;
    env = { GITHUB_API_URL: gh.url, GITHUB_REPOSITORY: 'octo-org/ml-repo', GITHUB_SHA: gh.seed.ref('main'), GITHUB_RUN_ID: '5' };
  });
  afterAll(async () => {
    await gh.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('a release that appears mid-promote is reported and nothing is marked success', async () => {
    expectOk(await runStep({ command: 'promote', cwd: dir, inputs: { 'github-token': token, version: '1' }, env }));
    const hook = gh.after({ operationId: 'repos/create-deployment-status', where: (r) => (r.body as { state?: string }).state === 'in_progress' }, (_req, _rec, fake) => {
      fake.seed.deployment({ environment: 'production', task: 'deploy:mlgate', payload: { mlgate: 1, model: { name: 'churn', version: '9' } }, statuses: ['in_progress'] });
    });
    const raced = await runStep({ command: 'promote', cwd: dir, inputs: { 'github-token': token, version: '2' }, env });
    hook.remove();
    expect(raced.code).toBe(1);
    expect(raced.stderr + raced.stdout).toMatch(/another release raced this one: release #\d+ \(9\) appeared/);
    const ours = Number(raced.outputs['deployment-id']);
    const states = gh.repo.statuses.filter((s) => s.deploymentId === ours).map((s) => s.state);
    expect(states).not.toContain('success');
    expect(states).toContain('error');
    const h = await runStep({ command: 'history', cwd: dir, inputs: { 'github-token': token }, env });
    expect(h.outputs['live-version']).toBe('1');
    expect(gh.violations).toEqual([]);
  });

  it('a rollback raced by another release exits 1 and leaves the live release untouched', async () => {
    const inputs = { 'github-token': token, environment: 'staging' };
    const v1 = await runStep({ command: 'promote', cwd: dir, inputs: { ...inputs, version: '1' }, env });
    expectOk(v1);
    const v2 = await runStep({ command: 'promote', cwd: dir, inputs: { ...inputs, version: '2' }, env });
    expectOk(v2);
    const hook = gh.after({ operationId: 'repos/create-deployment-status', where: (r) => (r.body as { state?: string }).state === 'in_progress' }, (_req, _rec, fake) => {
      fake.seed.deployment({ environment: 'staging', task: 'deploy:mlgate', payload: { mlgate: 1, model: { name: 'churn', version: '8' } }, statuses: ['queued'] });
    });
    const back = await runStep({ command: 'rollback', cwd: dir, inputs: { ...inputs, reason: 'x' }, env });
    hook.remove();
    expect(back.code).toBe(1);
    expect(back.stdout + back.stderr).toMatch(/raced this one.*live release is untouched/);
    const liveId = Number(v2.outputs['deployment-id']);
    expect(gh.repo.statuses.filter((s) => s.deploymentId === liveId).map((s) => s.state)).toEqual(expect.not.arrayContaining(['failure']));
    const h = await runStep({ command: 'history', cwd: dir, inputs, env });
    expect(h.outputs).toEqual({ 'live-version': '2', 'live-deployment-id': String(liveId) });
    expect(gh.violations).toEqual([]);
  });

  it('rollback with no earlier good release or an unknown version exits 1 and writes nothing', async () => {
    const writes = (): number => gh.requests.filter((r) => r.method !== 'GET').length;
    const before = writes();
    const none = await runStep({ command: 'rollback', cwd: dir, inputs: { 'github-token': token, to: '7.7' }, env });
    expect(none.code).toBe(1);
    expect(none.stdout + none.stderr).toMatch(/unknown version '7.7'/);
    expect(writes()).toBe(before);
  });

  it('a token without deployments: write gets an error that says what to do', async () => {
    // contents: write lets the evidence through, so the deployment is what the token lacks.
    const readOnly = gh.seed.actionsToken({ permissions: { deployments: 'read', metadata: 'read', contents: 'write' } }).token;
    const step = await runStep({ command: 'promote', cwd: dir, inputs: { 'github-token': readOnly, version: '5' }, env });
    expect(step.code).toBe(2);
    expect(step.stdout + step.stderr).toMatch(/403.*permissions: deployments: write/);
  });

  it('a token without contents: write gets an error naming the permission before any release is recorded', async () => {
    const before = gh.repo.deployments.length;
    const token = gh.seed.actionsToken({ permissions: { deployments: 'write', metadata: 'read', contents: 'read', pull_requests: 'read' } }).token;
    const step = await runStep({ command: 'promote', cwd: dir, inputs: { 'github-token': token, version: '6' }, env });
    expect(step.code).toBe(2);
    expect(step.stdout + step.stderr).toMatch(/evidence on octo-org\/ml-repo branch mlgate-evidence failed: Resource not accessible by integration.*permissions: contents: write/);
    expect(gh.repo.deployments.length).toBe(before);
  });
});

describe('release life on the local store', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await workdir();
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('the same scenario passes', async () => {
    const backend: Backend = {
      inputs: { store: 'local' },
      sha: (v) => `local-sha-${v}`,
      env: (v) => ({ GITHUB_SHA: `local-sha-${v}`, GITHUB_ACTOR: 'alice', GITHUB_RUN_ID: `20${v}` }),
      count: async () => ((JSON.parse(await readFile(path.join(dir, '.mlgate', 'releases.json'), 'utf8')) as { deployments: unknown[] }).deployments.length),
    };
    const { history, ids } = await wholeLife(dir, backend);
    expect(ids).toEqual([1, 2, 3, 4, 5, 6]);
    expectSixRecords(history, ids);
  });

  it('concurrent promote processes never lose a record', async () => {
    const fresh = await workdir();
    try {
      const steps = await Promise.all(['1', '2', '3', '1'].map((v, i) => runStep({ command: 'promote', cwd: fresh, inputs: { store: 'local', version: `${v}.${i}` }, env: { GITHUB_SHA: `s${i}`, GITHUB_RUN_ID: `30${i}` } })));
      for (const s of steps) expect([0, 1]).toContain(s.code);
      const data = JSON.parse(await readFile(path.join(fresh, '.mlgate', 'releases.json'), 'utf8')) as { deployments: Array<{ id: number; payload: { model: { version: string } }; statuses: Array<{ state: string }> }> };
      expect(data.deployments.map((d) => d.id).sort()).toEqual([1, 2, 3, 4]);
      expect(data.deployments.map((d) => d.payload.model.version).sort()).toEqual(['1.0', '1.3', '2.1', '3.2']);
      const live = data.deployments.filter((d) => d.statuses.at(-1)?.state === 'success');
      expect(live.length).toBeLessThanOrEqual(1);
      // Every process that exited 0 promoted its version; the others reported a race.
      for (const s of steps) if (s.code === 1) expect(s.stderr + s.stdout).toMatch(/raced/);
    } finally {
      await rm(fresh, { recursive: true, force: true });
    }
  });
});
