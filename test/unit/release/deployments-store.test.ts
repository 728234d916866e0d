import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deploymentError, DeploymentsStore } from '../../../src/adapters/github/deployments.js';
import { createOctokit } from '../../../src/adapters/github/octokit.js';
import { MlgateError } from '../../../src/domain/errors.js';
import type { Log } from '../../../src/ports.js';
import { startFakeGitHub, type FakeGitHub } from '../../fake-github/index.js';

const quiet: Log = { info: () => undefined, debug: () => undefined, warning: () => undefined, error: () => undefined };
const failure = (p: Promise<unknown>): Promise<MlgateError> =>
  p.then(
    () => {
      throw new Error('expected a failure');
    },
    (e: unknown) => e as MlgateError,
  );
let gh: FakeGitHub;
let store: DeploymentsStore;

beforeAll(async () => {
  gh = await startFakeGitHub();
  const octokit = createOctokit({ token: gh.seed.actionsToken().token, apiUrl: gh.url, log: quiet, retries: 0 });
  store = new DeploymentsStore({ octokit, owner: 'octo-org', repo: 'ml-repo' });
});
afterAll(async () => {
  await gh.close();
});

describe('DeploymentsStore against the fake GitHub', () => {
  it('pages through every deployment and every status, sorted by id, newest first', async () => {
    for (let i = 0; i < 130; i++) {
      gh.seed.deployment({ environment: 'paged', task: 'deploy:mlgate', payload: { mlgate: 1, model: { name: 'm', version: String(i) } }, statuses: i === 5 ? Array.from({ length: 105 }, (_, j) => (j % 2 ? 'in_progress' : 'queued')) : ['success'] });
      if (i % 10 === 0) gh.seed.deployment({ environment: 'paged', task: 'deploy', statuses: ['success'] });
    }
    gh.seed.deployment({ environment: 'elsewhere', task: 'deploy:mlgate', payload: { mlgate: 1, model: { name: 'm', version: 'x' } } });
    const list = await store.list('paged');
    expect(list).toHaveLength(130);
    expect(list.every((r, i) => i === 0 || list[i - 1]!.id > r.id)).toBe(true);
    expect(list.every((r) => r.task === 'deploy:mlgate' && r.environment === 'paged')).toBe(true);
    const many = list.find((r) => (r.payload as { model: { version: string } }).model.version === '5')!;
    expect(many.statuses).toHaveLength(105);
    expect(many.statuses.every((s, i) => i === 0 || many.statuses[i - 1]!.id > s.id)).toBe(true);
    expect(gh.calls('repos/list-deployments').length).toBeGreaterThanOrEqual(2);
    expect(gh.violations).toEqual([]);
  });

  it('creates with auto_merge false, no required contexts and the payload; sets statuses', async () => {
    const sha = gh.seed.ref('release-x');
    const created = await store.create({ environment: 'staging', ref: sha, payload: { mlgate: 1, model: { name: 'm', version: '1' } }, description: 'mlgate: m 1' });
    expect(created).toMatchObject({ environment: 'staging', sha, task: 'deploy:mlgate', creator: 'github-actions[bot]', statuses: [] });
    const status = await store.setStatus(created.id, { state: 'success', description: 'live', environmentUrl: 'https://m.example', logUrl: 'https://github.com/o/r/actions/runs/1' });
    expect(status).toMatchObject({ state: 'success', description: 'live', environmentUrl: 'https://m.example', logUrl: 'https://github.com/o/r/actions/runs/1' });
    expect(gh.calls('repos/create-deployment').at(-1)?.body).toMatchObject({ auto_merge: false, required_contexts: [], task: 'deploy:mlgate', payload: { mlgate: 1 } });
    expect(gh.violations).toEqual([]);
  });

  it('a ref GitHub does not know is a 422 that says to push it', async () => {
    const error = await store.create({ environment: 'staging', ref: 'no-such-ref', payload: {}, description: '' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MlgateError);
    expect((error as MlgateError).message).toMatch(/422 \(No ref found for: no-such-ref\).*does not exist on GitHub; push/);
  });

  it('a 409 and a validation 422 say what to do', async () => {
    const sha = gh.seed.ref('release-y');
    gh.fail({ operationId: 'repos/create-deployment' }, { kind: 'status', status: 409, body: { message: 'Conflict merging main into release-y.', documentation_url: 'https://docs.github.com/rest' } });
    const conflict = await failure(store.create({ environment: 'staging', ref: sha, payload: {}, description: '' }));
    expect(conflict.message).toMatch(/409.*auto_merge: false.*deployments: write/);
    gh.fail({ operationId: 'repos/create-deployment-status' }, { kind: 'validation', message: 'Validation Failed' });
    const invalid = await failure(store.setStatus(1, { state: 'success', description: '' }));
    expect(invalid.message).toMatch(/setting deployment #1 to success failed: GitHub answered 422.*deployments: write/);
  });
});

describe('deploymentError', () => {
  const ctx = { owner: 'o', repo: 'r', ref: 'main' };
  const err = (status: number, message: string): unknown => Object.assign(new Error(message), { status, response: { data: { message } } });
  it.each([
    [401, 'Bad credentials', /token is invalid or expired/],
    [403, 'Resource not accessible by integration', /permissions: deployments: write/],
    [403, 'API rate limit exceeded', /rate limit is exhausted/],
    [404, 'Not Found', /o\/r or the deployment was not found/],
    [409, 'Conflict', /conflict for ref 'main'/],
    [422, 'No ref found for: main', /ref 'main' does not exist on GitHub/],
    [422, 'Validation Failed', /protection rules.*deployments: write/],
    [502, 'Bad Gateway', /persisted after retries; rerun/],
  ])('%i %s', (status, message, expected) => {
    const e = deploymentError('doing it', err(status, message), ctx);
    expect(e.kind).toBe('github');
    expect(e.message).toContain(`GitHub answered ${status} (${message})`);
    expect(e.message).toMatch(expected);
  });
  it('keeps a non-HTTP cause', () => {
    const cause = new Error('socket hang up');
    const e = deploymentError('listing', cause, ctx);
    expect(e.message).toBe('listing failed: socket hang up');
    expect(e.cause).toBe(cause);
  });
});
