import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ActionsArtifacts } from '../../../src/adapters/actions/artifacts.js';
import { createPromoteCommand } from '../../../src/commands/promote.js';
import { startFakeGitHub, type FakeGitHub } from '../../fake-github/index.js';
import { startFakeRunnerServices, type FakeRunnerServices } from '../../fake-runner-services/artifact-service.js';
import { promote, runOn, twoModelDir } from './github-run.js';

/** What a release leaves behind on GitHub: links to the run attempt, artifacts, and what the deploy command sees. */

let gh: FakeGitHub;
let dir: string;
let token: string;

beforeEach(async () => {
  gh = await startFakeGitHub();
  dir = await twoModelDir();
  token = gh.seed.actionsToken().token;
});
afterEach(async () => {
  await gh.close();
  await rm(dir, { recursive: true, force: true });
});

describe('statuses link to the run attempt', () => {
  it.each([
    ['a successful release', 'true', ['in_progress', 'success']],
    ['a failed deploy-command', 'exit 3', ['in_progress', 'failure']],
  ])('%s: every status carries log_url …/actions/runs/<id>/attempts/<n>', async (_name, command, states) => {
    const r = await runOn(gh, { dir, token, runId: 812, runAttempt: 3 }, promote, { model: 'churn', version: '1', 'deploy-command': command });
    expect(r.exitCode).toBe(states[1] === 'success' ? 0 : 1);
    const written = gh.calls('repos/create-deployment-status').map((c) => c.body as { state: string; log_url?: string });
    expect(written.map((s) => s.state)).toEqual(states);
    for (const s of written) expect(s.log_url, s.state).toBe('https://github.com/octo-org/ml-repo/actions/runs/812/attempts/3');
    expect(gh.violations).toEqual([]);
  });

  it('a release refused after a race is marked error with the log_url', async () => {
    gh.after({ operationId: 'repos/create-deployment-status', where: (r) => (r.body as { state?: string }).state === 'in_progress' }, (_req, _rec, fake) => {
      fake.seed.deployment({ environment: 'staging', task: 'deploy:mlgate', payload: { mlgate: 1, model: { name: 'churn', version: '9' } }, statuses: ['in_progress'] });
    });
    const r = await runOn(gh, { dir, token, runId: 9, runAttempt: 1 }, promote, { model: 'churn', version: '1' });
    expect(r.exitCode).toBe(1);
    const error = gh.calls('repos/create-deployment-status').map((c) => c.body as { state: string; log_url?: string }).find((s) => s.state === 'error');
    expect(error?.log_url).toBe('https://github.com/octo-org/ml-repo/actions/runs/9/attempts/1');
  });
});

describe('deploy-command environment', () => {
  it('never sees the token, the token input or the step inputs', async () => {
    const out = path.join(dir, 'env.txt');
    const env = { PATH: process.env.PATH, GITHUB_TOKEN: token, 'INPUT_GITHUB-TOKEN': token, INPUT_VERSION: '1', MY_DEPLOY_KEY: 'k', ANOTHER_NAME_FOR_IT: token, GITHUB_REPOSITORY: 'octo-org/ml-repo' };
    const r = await runOn(gh, { dir, token, env }, promote, { model: 'churn', version: '1', 'deploy-command': `env > "${out}"` });
    expect(r.exitCode, r.text).toBe(0);
    const seen = await readFile(out, 'utf8');
    expect(seen).not.toContain(token);
    expect(seen).not.toMatch(/^INPUT_/m);
    expect(seen).not.toMatch(/^GITHUB_TOKEN=/m);
    expect(seen).toMatch(/^MY_DEPLOY_KEY=k$/m);
    expect(seen).toMatch(/^GITHUB_REPOSITORY=octo-org\/ml-repo$/m);
    expect(seen).toMatch(/^MLGATE_VERSION=1$/m);
  });
});

describe('report artifacts (the runner artifact service refuses a second artifact of one name in a run)', () => {
  let svc: FakeRunnerServices;
  const saved = { ...process.env };
  beforeEach(async () => {
    svc = await startFakeRunnerServices();
    process.env.ACTIONS_RESULTS_URL = svc.resultsUrl;
    process.env.ACTIONS_RUNTIME_TOKEN = svc.runtimeToken('release');
  });
  afterEach(async () => {
    process.env = { ...saved };
    await svc.close();
  });

  it('the same version to staging then production in one run, then a rerun (attempt 2) of both', async () => {
    const withArtifacts = createPromoteCommand({ artifacts: () => new ActionsArtifacts() });
    const results = path.join(dir, 'churn.json');
    for (const [attempt, environment] of [[1, 'staging'], [1, 'production'], [2, 'staging'], [2, 'production']] as const) {
      if (attempt === 2) for (const d of gh.repo.deployments) gh.seed.deploymentStatus(d.id, 'failure', { description: 'deploy broke; rerun' });
      const r = await runOn(gh, { dir, token, runId: 40, runAttempt: attempt }, withArtifacts, { model: 'churn', version: '1', environment, files: results });
      expect(r.exitCode, `${environment} attempt ${attempt}: ${r.text}`).toBe(0);
    }
    const names = svc.artifacts.filter((a) => a.finalized).map((a) => a.name);
    expect(new Set(names).size).toBe(4);
    expect(names).toEqual(['mlgate-churn-1-staging-attempt-1', 'mlgate-churn-1-production-attempt-1', 'mlgate-churn-1-staging-attempt-2', 'mlgate-churn-1-production-attempt-2']);
    // Each release records the artifact it uploaded.
    const recorded = gh.calls('repos/create-deployment').map((c) => (c.body as { payload: { artifact: { name: string } } }).payload.artifact.name);
    expect(recorded).toEqual(names);
    expect(svc.violations).toEqual([]);
  });
});
