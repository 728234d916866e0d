import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createOctokit, type Octokit } from '../../src/adapters/github/octokit.js';
import type { Log } from '../../src/ports.js';
import { issueHandlers } from '../fake-github/issues.js';
import { gitHandlers } from '../fake-github/git-data.js';
import { handlers } from '../fake-github/handlers.js';
import { startFakeGitHub, type FakeGitHub } from '../fake-github/index.js';
import { OpenApiSlice } from '../fake-github/openapi.js';

const quiet: Log = { info: () => undefined, debug: () => undefined, warning: () => undefined, error: () => undefined };
const O = 'octo-org';
const R = 'ml-repo';

/** Raw fetch, for what Octokit would hide (headers, exact bodies, requests Octokit refuses to build). */
async function call(gh: FakeGitHub, method: string, path: string, token: string | undefined, body?: unknown): Promise<{ status: number; headers: Headers; json: unknown }> {
  const res = await fetch(`${gh.url}${path}`, {
    method,
    headers: { accept: 'application/vnd.github+json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, json: text ? (JSON.parse(text) as unknown) : undefined };
}

/** Keys GitHub's example has (recursively; arrays by their first element) that `actual` lacks. */
function missingKeys(example: unknown, actual: unknown, at: string): string[] {
  if (Array.isArray(example) !== Array.isArray(actual)) return [];
  if (Array.isArray(example)) return example.length > 0 && (actual as unknown[]).length > 0 ? missingKeys(example[0], (actual as unknown[])[0], `${at}[]`) : [];
  if (!example || typeof example !== 'object' || !actual || typeof actual !== 'object') return [];
  const out: string[] = [];
  for (const [k, v] of Object.entries(example)) {
    if (!(k in actual)) out.push(`${at}.${k}`);
    else out.push(...missingKeys(v, (actual as Record<string, unknown>)[k], `${at}.${k}`));
  }
  return out;
}

describe('fake GitHub', () => {
  let gh: FakeGitHub;
  let token: string;
  let octokit: Octokit;

  beforeEach(async () => {
    gh = await startFakeGitHub();
    token = gh.seed.actionsToken().token;
    octokit = createOctokit({ token, apiUrl: gh.url, log: quiet, retries: 2, retryAfterBaseSeconds: 0 });
  });
  afterEach(async () => {
    await gh.close();
  });

  it('serves every endpoint we use with responses that match the OpenAPI slice', async () => {
    const pr = gh.seed.pull({ number: 7, title: 'Better model' });
    gh.seed.file('mlgate.yml', 'version: 1\n');
    gh.seed.file('reports/metrics.json', '{"accuracy":0.9}', { ref: 'v1.0.0' });
    gh.seed.artifact({ name: 'mlgate-results', runId: 42 });
    gh.seed.commitPulls(pr.head.sha, [7]);
    const pat = gh.seed.pat('octocat', { name: 'The Octocat' });

    const repo = await octokit.rest.repos.get({ owner: O, repo: R });
    expect(repo.data.full_name).toBe(`${O}/${R}`);
    expect((await octokit.rest.pulls.get({ owner: O, repo: R, pull_number: 7 })).data.head.sha).toBe(pr.head.sha);
    expect((await octokit.rest.repos.listPullRequestsAssociatedWithCommit({ owner: O, repo: R, commit_sha: pr.head.sha })).data.map((p) => p.number)).toEqual([7]);
    const me = createOctokit({ token: pat.token, apiUrl: gh.url, log: quiet });
    expect((await me.rest.users.getAuthenticated()).data.login).toBe('octocat');

    const created = await octokit.rest.issues.createComment({ owner: O, repo: R, issue_number: 7, body: 'hello' });
    expect(created.status).toBe(201);
    expect(created.data.user?.login).toBe('github-actions[bot]');
    expect(created.data.performed_via_github_app?.slug).toBe('github-actions');
    const updated = await octokit.rest.issues.updateComment({ owner: O, repo: R, comment_id: created.data.id, body: 'hello again' });
    expect(updated.data.body).toBe('hello again');
    expect((await octokit.rest.issues.getComment({ owner: O, repo: R, comment_id: created.data.id })).data.body).toBe('hello again');
    expect((await octokit.rest.issues.listComments({ owner: O, repo: R, issue_number: 7 })).data).toHaveLength(1);
    expect((await octokit.rest.issues.deleteComment({ owner: O, repo: R, comment_id: created.data.id })).status).toBe(204);

    const issue = await octokit.rest.issues.create({ owner: O, repo: R, title: 'Model degraded', body: 'drift' });
    expect(issue.status).toBe(201);
    expect(issue.data.user?.login).toBe('github-actions[bot]');
    expect(issue.data.performed_via_github_app?.slug).toBe('github-actions');
    const closed = await octokit.rest.issues.update({ owner: O, repo: R, issue_number: issue.data.number, state: 'closed' });
    expect([closed.data.state, closed.data.state_reason, closed.data.closed_by?.login]).toEqual(['closed', 'completed', 'github-actions[bot]']);
    // The list returns pull requests too (with a pull_request key), newest first: #7 is the pull request seeded above.
    const all = await octokit.rest.issues.listForRepo({ owner: O, repo: R, state: 'all' });
    expect(all.data.map((i) => [i.number, i.pull_request !== undefined])).toEqual([[issue.data.number, false], [7, true]]);

    const dep = await octokit.rest.repos.createDeployment({ owner: O, repo: R, ref: 'main', environment: 'staging', task: 'deploy:mlgate', auto_merge: false, required_contexts: [], payload: { mlgate: 1 } });
    expect(dep.status).toBe(201);
    const id = (dep.data as { id: number }).id;
    const st = await octokit.rest.repos.createDeploymentStatus({ owner: O, repo: R, deployment_id: id, state: 'success', log_url: 'https://example.com/log', environment_url: '' });
    expect(st.data.state).toBe('success');
    expect(st.data.target_url).toBe('https://example.com/log');
    expect((await octokit.rest.repos.getDeploymentStatus({ owner: O, repo: R, deployment_id: id, status_id: st.data.id })).data.id).toBe(st.data.id);
    expect((await octokit.rest.repos.getDeployment({ owner: O, repo: R, deployment_id: id })).data.payload).toEqual({ mlgate: 1 });
    expect((await octokit.rest.repos.listDeployments({ owner: O, repo: R, environment: 'staging', task: 'deploy:mlgate' })).data.map((d) => d.id)).toEqual([id]);
    expect((await octokit.rest.repos.listDeploymentStatuses({ owner: O, repo: R, deployment_id: id })).data.map((s) => s.state)).toEqual(['success']);

    const file = await octokit.rest.repos.getContent({ owner: O, repo: R, path: 'reports/metrics.json', ref: 'v1.0.0' });
    expect(Buffer.from((file.data as { content: string }).content, 'base64').toString()).toBe('{"accuracy":0.9}');
    const raw = await octokit.rest.repos.getContent({ owner: O, repo: R, path: 'reports/metrics.json', ref: 'v1.0.0', mediaType: { format: 'raw' } });
    expect(raw.data as unknown).toBe('{"accuracy":0.9}');
    const dir = await octokit.rest.repos.getContent({ owner: O, repo: R, path: '' });
    expect((dir.data as Array<{ name: string }>).map((e) => e.name)).toEqual(['mlgate.yml']);
    await expect(octokit.rest.repos.getContent({ owner: O, repo: R, path: 'mlgate.yml', ref: 'v1.0.0' })).rejects.toMatchObject({ status: 404 });

    expect((await octokit.rest.actions.listWorkflowRunArtifacts({ owner: O, repo: R, run_id: 42 })).data.artifacts.map((a) => a.name)).toEqual(['mlgate-results']);
    expect((await octokit.rest.actions.listArtifactsForRepo({ owner: O, repo: R, name: 'mlgate-results' })).data.total_count).toBe(1);
    expect((await octokit.rest.actions.listWorkflowRunArtifacts({ owner: O, repo: R, run_id: 43 })).data.total_count).toBe(0);

    expect(gh.violations).toEqual([]);
    const slice = new OpenApiSlice();
    const missing = new Set<string>();
    for (const r of gh.requests) {
      const op = slice.operations.find((o) => o.operationId === r.operationId)!;
      const example = slice.example(op, r.status);
      if (example !== undefined && r.response !== undefined) for (const k of missingKeys(example, r.response, r.operationId!)) missing.add(k);
    }
    // Allowed gaps: what GitHub sends only for forks and template-generated repositories (ours are neither), and the
    // full-repository counts that the commits/{sha}/pulls example (alone; not the pulls/get one) shows in head/base repos.
    // GitHub's issue examples show a pull request seen as an issue: a plain issue has no `pull_request` key.
    const allowed = /\.(parent|source|template_repository)$|^repos\/list-pull-requests-associated-with-commit\[\]\.(head|base)\.repo\.(network_count|subscribers_count)$|^issues\/(create|update|list-for-repo\[\])\.pull_request$/;
    expect([...missing].filter((k) => !allowed.test(k))).toEqual([]);
    expect(missing.size).toBeLessThan(15);
    expect(gh.requests.every((r) => r.auth === 'installation:github-actions[bot]' || r.auth === 'pat:octocat')).toBe(true);
    expect(gh.requests[0]?.headers['user-agent']).toMatch(/^mlgate /);
    expect(JSON.stringify(gh.requests)).not.toContain(token);
  });

  it('rejects a deployment without ref exactly as GitHub does (422, its message and documentation_url)', async () => {
    const res = await call(gh, 'POST', `/repos/${O}/${R}/deployments`, token, { environment: 'production', task: 'deploy:mlgate' });
    expect(res.status).toBe(422);
    expect(res.json).toEqual({
      message: 'Invalid request.\n\n"ref" wasn\'t supplied.',
      documentation_url: 'https://docs.github.com/rest/deployments/deployments#create-a-deployment',
      status: '422',
    });
    // The bad request is a violation of the description; the 422 GitHub sends is not.
    expect(gh.violations).toEqual([expect.objectContaining({ what: 'request', where: '/body', operationId: 'repos/create-deployment', message: expect.stringContaining("must have required property 'ref'") as unknown })]);
    expect(gh.repo.deployments).toHaveLength(0);
  });

  it('rejects a comment body over 65,536 characters exactly as GitHub does (422 Validation Failed with its errors array)', async () => {
    gh.seed.pull({ number: 3 });
    const ok = await call(gh, 'POST', `/repos/${O}/${R}/issues/3/comments`, token, { body: 'x'.repeat(65536) });
    expect(ok.status).toBe(201);
    const res = await call(gh, 'POST', `/repos/${O}/${R}/issues/3/comments`, token, { body: 'x'.repeat(65537) });
    expect(res.status).toBe(422);
    expect(res.json).toEqual({
      message: 'Validation Failed',
      errors: [{ resource: 'IssueComment', code: 'unprocessable', field: 'data', message: 'Body is too long (maximum is 65536 characters)' }],
      documentation_url: 'https://docs.github.com/rest/issues/comments#create-an-issue-comment',
      status: '422',
    });
    const edit = await call(gh, 'PATCH', `/repos/${O}/${R}/issues/comments/${(ok.json as { id: number }).id}`, token, { body: '😀'.repeat(65537) });
    expect(edit.status).toBe(422);
    expect((edit.json as { documentation_url: string }).documentation_url).toBe('https://docs.github.com/rest/issues/comments#update-an-issue-comment');
    // Octokit surfaces it as a RequestError carrying the same response.
    await expect(octokit.rest.issues.createComment({ owner: O, repo: R, issue_number: 3, body: 'y'.repeat(70000) })).rejects.toMatchObject({ status: 422, response: { data: { message: 'Validation Failed' } } });
    expect(gh.repo.comments).toHaveLength(1);
    expect(gh.violations).toEqual([]);
  });

  it('paginates with Link headers exactly as GitHub (30 per page by default, at most 100, /repositories/{id} URLs)', async () => {
    gh.seed.pull({ number: 5 });
    gh.seed.comments(5, 75);
    const first = await call(gh, 'GET', `/repos/${O}/${R}/issues/5/comments`, token);
    expect((first.json as unknown[]).length).toBe(30);
    const base = `${gh.url}/repositories/${gh.repo.id}/issues/5/comments`;
    expect(first.headers.get('link')).toBe(`<${base}?page=2>; rel="next", <${base}?page=3>; rel="last"`);
    const second = await call(gh, 'GET', `/repositories/${gh.repo.id}/issues/5/comments?per_page=30&page=2`, token);
    expect(second.headers.get('link')).toBe(`<${base}?per_page=30&page=1>; rel="prev", <${base}?per_page=30&page=3>; rel="next", <${base}?per_page=30&page=3>; rel="last", <${base}?per_page=30&page=1>; rel="first"`);
    const big = await call(gh, 'GET', `/repos/${O}/${R}/issues/5/comments?per_page=500`, token);
    expect((big.json as unknown[]).length).toBe(75);
    expect(big.headers.get('link')).toBeNull();
    const all = await octokit.paginate(octokit.rest.issues.listComments, { owner: O, repo: R, issue_number: 5, per_page: 20 });
    expect(all.map((c) => c.body)).toEqual(Array.from({ length: 75 }, (_, i) => `Comment ${i + 1}`));
    expect(gh.calls("issues/list-comments").filter((r) => r.path.startsWith("/repositories/")).length).toBe(1 + 3);
    expect(gh.violations).toEqual([]);
  });

  it('lists deployments newest first, filtered by environment, task, ref and sha', async () => {
    const a = gh.seed.deployment({ environment: 'production', task: 'deploy:mlgate' });
    const b = gh.seed.deployment({ environment: 'staging', task: 'deploy:mlgate' });
    const c = gh.seed.deployment({ environment: 'production', task: 'deploy' });
    const sha = gh.seed.ref('release', 'a'.repeat(40));
    const d = gh.seed.deployment({ environment: 'production', task: 'deploy:mlgate', ref: 'release' });
    const ids = async (q: Record<string, string>): Promise<number[]> => (await octokit.rest.repos.listDeployments({ owner: O, repo: R, ...q })).data.map((x) => x.id);
    expect(await ids({})).toEqual([d.id, c.id, b.id, a.id]);
    expect(await ids({ environment: 'production', task: 'deploy:mlgate' })).toEqual([d.id, a.id]);
    expect(await ids({ ref: 'release' })).toEqual([d.id]);
    expect(await ids({ sha })).toEqual([d.id]);
    expect(gh.violations).toEqual([]);
  });

  describe('auto_inactive', () => {
    for (const covers of [false, true]) {
      it(`a new success marks prior successful deployments of the environment inactive (production covered: ${covers})`, async () => {
        gh.behaviour.autoInactiveCoversProduction = covers;
        const prod1 = gh.seed.deployment({ environment: 'production', statuses: ['success'] });
        const stag1 = gh.seed.deployment({ environment: 'staging', statuses: ['success'] });
        const stagFailed = gh.seed.deployment({ environment: 'staging', statuses: ['failure'] });
        const transient = gh.seed.deployment({ environment: 'staging', transient: true, statuses: ['success'] });
        for (const env of ['production', 'staging']) {
          const dep = await octokit.rest.repos.createDeployment({ owner: O, repo: R, ref: 'main', environment: env, auto_merge: false, required_contexts: [] });
          await octokit.rest.repos.createDeploymentStatus({ owner: O, repo: R, deployment_id: (dep.data as { id: number }).id, state: 'success' });
        }
        const latest = async (id: number): Promise<string | undefined> => (await octokit.rest.repos.listDeploymentStatuses({ owner: O, repo: R, deployment_id: id })).data[0]?.state;
        expect(await latest(prod1.id)).toBe(covers ? 'inactive' : 'success');
        expect(await latest(stag1.id)).toBe('inactive');
        expect(await latest(stagFailed.id)).toBe('failure');
        expect(await latest(transient.id)).toBe('success');
        expect(gh.violations).toEqual([]);
      });
    }

    it('auto_inactive: false leaves prior deployments alone', async () => {
      const prior = gh.seed.deployment({ environment: 'staging', statuses: ['success'] });
      const dep = await octokit.rest.repos.createDeployment({ owner: O, repo: R, ref: 'main', environment: 'staging', auto_merge: false, required_contexts: [] });
      await octokit.rest.repos.createDeploymentStatus({ owner: O, repo: R, deployment_id: (dep.data as { id: number }).id, state: 'success', auto_inactive: false });
      expect((await octokit.rest.repos.listDeploymentStatuses({ owner: O, repo: R, deployment_id: prior.id })).data.map((s) => s.state)).toEqual(['success']);
    });
  });

  it('refuses deployment status descriptions over 140 characters and unknown refs', async () => {
    const dep = gh.seed.deployment({ environment: 'staging' });
    const long = await call(gh, 'POST', `/repos/${O}/${R}/deployments/${dep.id}/statuses`, token, { state: 'failure', description: 'r'.repeat(141) });
    expect(long.status).toBe(422);
    expect(long.json).toMatchObject({ message: 'Validation Failed', errors: [{ field: 'description', message: 'description is too long (maximum is 140 characters)' }] });
    const noRef = await call(gh, 'POST', `/repos/${O}/${R}/deployments`, token, { ref: 'nope', required_contexts: [] });
    expect(noRef.status).toBe(422);
    expect(noRef.json).toMatchObject({ message: 'No ref found for: nope' });
    const badState = await call(gh, 'POST', `/repos/${O}/${R}/deployments/${dep.id}/statuses`, token, { state: 'done' });
    expect(badState.status).toBe(422);
    expect((badState.json as { message: string }).message).toMatch(/^Invalid request\.\n\nFor 'properties\/state', "done" is not a member of/);
    expect(gh.violations.map((v) => v.where)).toEqual(['/body/state']);
  });

  it('create-deployment checks commit statuses (all contexts, or required_contexts) and auto-merges branches behind main', async () => {
    gh.seed.commitStatus('main', 'ci/test', 'failure');
    gh.seed.commitStatus('main', 'ci/lint', 'success');
    const all = await call(gh, 'POST', `/repos/${O}/${R}/deployments`, token, { ref: 'main', auto_merge: false });
    expect(all.status).toBe(409);
    expect(all.json).toMatchObject({ message: 'Conflict: Commit status checks failed for main.', errors: [{ resource: 'Deployment', field: 'required_contexts', code: 'invalid', contexts: [{ context: 'ci/test', state: 'failure' }, { context: 'ci/lint', state: 'success' }] }] });
    expect((await call(gh, 'POST', `/repos/${O}/${R}/deployments`, token, { ref: 'main', auto_merge: false, required_contexts: ['ci/lint'] })).status).toBe(201);
    expect((await call(gh, 'POST', `/repos/${O}/${R}/deployments`, token, { ref: 'main', auto_merge: false, required_contexts: [] })).status).toBe(201);
    gh.seed.behind('topic');
    const merged = await call(gh, 'POST', `/repos/${O}/${R}/deployments`, token, { ref: 'topic', required_contexts: [] });
    expect(merged).toMatchObject({ status: 202, json: { message: 'Auto-merged main into topic on deployment.' } });
    expect((await call(gh, 'POST', `/repos/${O}/${R}/deployments`, token, { ref: 'topic', required_contexts: [] })).status).toBe(201);
    gh.seed.behind('clash', { conflict: true });
    expect((await call(gh, 'POST', `/repos/${O}/${R}/deployments`, token, { ref: 'clash', required_contexts: [] })).status).toBe(409);
    expect((await call(gh, 'POST', `/repos/${O}/${R}/deployments`, token, { ref: 'clash', auto_merge: false, required_contexts: [] })).status).toBe(201);
    expect(gh.repo.deployments).toHaveLength(4);
    expect(gh.violations).toEqual([]);
  });

  describe('tokens', () => {
    it('GET /user with the Actions GITHUB_TOKEN is 403 "Resource not accessible by integration"; a PAT gets its user', async () => {
      await expect(octokit.rest.users.getAuthenticated()).rejects.toMatchObject({ status: 403, response: { data: { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest/users/users#get-the-authenticated-user' } } });
      const pat = gh.seed.pat('mona');
      const me = await call(gh, 'GET', '/user', pat.token);
      expect(me.status).toBe(200);
      expect(me.json).toMatchObject({ login: 'mona', type: 'User' });
      expect(gh.violations).toEqual([]);
    });

    it("a fork PR's read-only token can read but every write is 403", async () => {
      gh.seed.pull({ number: 9, fork: true });
      const fork = gh.seed.forkToken();
      const ro = createOctokit({ token: fork.token, apiUrl: gh.url, log: quiet, retries: 0 });
      expect((await ro.rest.issues.listComments({ owner: O, repo: R, issue_number: 9 })).status).toBe(200);
      await expect(ro.rest.issues.createComment({ owner: O, repo: R, issue_number: 9, body: 'hi' })).rejects.toMatchObject({ status: 403, response: { data: { message: 'Resource not accessible by integration' } } });
      await expect(ro.rest.repos.createDeployment({ owner: O, repo: R, ref: 'main' })).rejects.toMatchObject({ status: 403 });
      expect(gh.repo.comments).toHaveLength(0);
      const pull = await ro.rest.pulls.get({ owner: O, repo: R, pull_number: 9 });
      expect(pull.data.head.repo?.fork).toBe(true);
      expect(pull.data.head.repo?.full_name).toBe('outside-contributor/ml-repo');
      expect(pull.data.base.repo.full_name).toBe('octo-org/ml-repo');
      expect(gh.violations).toEqual([]);
    });

    it('bad credentials are 401; anonymous writes are 401 "Requires authentication"', async () => {
      expect((await call(gh, 'GET', `/repos/${O}/${R}`, 'ghs_nope')).status).toBe(401);
      gh.seed.pull({ number: 2 });
      const anon = await call(gh, 'POST', `/repos/${O}/${R}/issues/2/comments`, undefined, { body: 'x' });
      expect(anon.status).toBe(401);
      expect(anon.json).toMatchObject({ message: 'Requires authentication' });
    });
  });

  describe('injected faults', () => {
    it('502 on the next N matching requests; the client retries through them', async () => {
      const fault = gh.fail({ operationId: 'repos/get', times: 2 }, { kind: 'status', status: 502 });
      const res = await octokit.rest.repos.get({ owner: O, repo: R });
      expect(res.status).toBe(200);
      expect(fault.hits).toBe(2);
      expect(gh.calls('repos/get').map((r) => r.status)).toEqual([502, 502, 200]);
      expect(gh.violations).toEqual([]);
    });

    it('403 read-only on writes, 422 on demand', async () => {
      gh.seed.pull({ number: 4 });
      gh.fail({ method: 'POST' }, { kind: 'read-only' });
      await expect(octokit.rest.issues.createComment({ owner: O, repo: R, issue_number: 4, body: 'a' })).rejects.toMatchObject({ status: 403 });
      gh.fail({ operationId: 'issues/create-comment' }, { kind: 'validation', errors: [{ resource: 'IssueComment', code: 'custom', field: 'body', message: 'nope' }] });
      await expect(octokit.rest.issues.createComment({ owner: O, repo: R, issue_number: 4, body: 'a' })).rejects.toMatchObject({ status: 422 });
      expect((await octokit.rest.issues.createComment({ owner: O, repo: R, issue_number: 4, body: 'a' })).status).toBe(201);
      expect(gh.violations).toEqual([]);
    });

    it('secondary rate limit: 403 with retry-after, which the throttling plugin waits out', async () => {
      gh.seed.pull({ number: 6 });
      gh.fail({ operationId: 'issues/create-comment' }, { kind: 'secondary-rate-limit', retryAfter: 1 });
      const raw = await call(gh, 'POST', `/repos/${O}/${R}/issues/6/comments`, token, { body: 'raw' });
      expect(raw.status).toBe(403);
      expect(raw.headers.get('retry-after')).toBe('1');
      expect((raw.json as { message: string }).message).toMatch(/^You have exceeded a secondary rate limit/);
      gh.fail({ operationId: 'issues/create-comment' }, { kind: 'secondary-rate-limit', retryAfter: 1 });
      const started = Date.now();
      const res = await octokit.rest.issues.createComment({ owner: O, repo: R, issue_number: 6, body: 'after the wait' });
      expect(res.status).toBe(201);
      expect(Date.now() - started).toBeGreaterThanOrEqual(900);
      expect(gh.violations).toEqual([]);
    });
  });

  it('runs hooks between requests: another deployment appears mid-promote', async () => {
    let raced: number | undefined;
    gh.before({ operationId: 'repos/create-deployment-status', where: (r) => (r.body as { state?: string }).state === 'success' }, (_req, fake) => {
      raced = fake.seed.deployment({ environment: 'production', task: 'deploy:mlgate', statuses: ['success'] }).id;
    });
    const dep = await octokit.rest.repos.createDeployment({ owner: O, repo: R, ref: 'main', environment: 'production', task: 'deploy:mlgate', auto_merge: false, required_contexts: [] });
    const id = (dep.data as { id: number }).id;
    await octokit.rest.repos.createDeploymentStatus({ owner: O, repo: R, deployment_id: id, state: 'in_progress' });
    expect(raced).toBeUndefined();
    await octokit.rest.repos.createDeploymentStatus({ owner: O, repo: R, deployment_id: id, state: 'success' });
    expect(raced).toBeGreaterThan(id);
    const list = await octokit.rest.repos.listDeployments({ owner: O, repo: R, environment: 'production' });
    expect(list.data[0]?.id).toBe(raced);
    expect(gh.violations).toEqual([]);
  });

  it('records a violation for a request the description does not allow, and for an unknown route', async () => {
    await call(gh, 'GET', `/repos/${O}/${R}/deployments?per_page=abc&envirnoment=prod`, token);
    await call(gh, 'GET', `/repos/${O}/${R}/branches`, token);
    expect(gh.violations.map((v) => [v.what, v.where])).toEqual([
      ['request', '/query/envirnoment'],
      ['request', '/query/per_page'],
      ['route', `/repos/${O}/${R}/branches`],
    ]);
  });

  it('serves exactly the operations of the committed slice, each with a handler', () => {
    const slice = new OpenApiSlice();
    expect(slice.operations.map((o) => o.operationId).sort()).toEqual([...Object.keys(handlers), ...Object.keys(gitHandlers), ...Object.keys(issueHandlers)].sort());
    expect(slice.operations).toHaveLength(30);
  });

  it('the validator catches responses that drift from the description (it is not a rubber stamp)', async () => {
    const slice = new OpenApiSlice();
    const dep = gh.seed.deployment({ environment: 'staging' });
    const good = (await call(gh, 'GET', `/repos/${O}/${R}/deployments/${dep.id}`, token)).json as Record<string, unknown>;
    const op = slice.operations.find((o) => o.operationId === 'repos/get-deployment')!;
    expect(slice.validateResponse(op, 200, good)).toEqual([]);
    const { sha: _sha, ...noSha } = good;
    expect(slice.validateResponse(op, 200, noSha)?.map((p) => p.message)).toEqual([expect.stringContaining("must have required property 'sha'")]);
    expect(slice.validateResponse(op, 200, { ...good, created_at: '2026-01-01 12:00' })?.map((p) => p.where)).toEqual(['/response/created_at']);
    expect(slice.validateResponse(op, 200, { ...good, creator: { login: 'x' } })?.length).toBeGreaterThan(0);
    expect(slice.validateResponse(op, 418, good)).toBeUndefined();
    // GitHub's "" for unset URLs is accepted (normalised quirk); garbage is not.
    const st = slice.operations.find((o) => o.operationId === 'repos/create-deployment-status')!;
    const status = (await call(gh, 'POST', `/repos/${O}/${R}/deployments/${dep.id}/statuses`, token, { state: 'queued' })).json as Record<string, unknown>;
    expect(status.log_url).toBe('');
    expect(slice.validateResponse(st, 201, status)).toEqual([]);
    expect(slice.validateResponse(st, 201, { ...status, log_url: 'not a url' })?.map((p) => p.where)).toEqual(['/response/log_url']);
  });
});
