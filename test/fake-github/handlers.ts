import { errorReply, notAccessible, notFound, validationFailed, type Reply } from './errors.js';
import type { Operation } from './openapi.js';
import { paginate } from './pagination.js';
import {
  renderArtifact,
  renderAuthenticatedUser,
  renderComment,
  renderDeployment,
  renderDirEntry,
  renderFile,
  renderFullRepo,
  renderPull,
  renderPullSimple,
  renderStatus,
  type Urls,
} from './render.js';
import { fakeSha, resolveRef, type DeploymentState, type FakeState, type Repo, type Token } from './state.js';

/** GitHub's limit on issue and pull-request comment bodies, in characters. */
export const COMMENT_BODY_LIMIT = 65536;
/** GitHub's limit on a deployment status description, in characters. */
export const STATUS_DESCRIPTION_LIMIT = 140;

export interface Behaviour {
  /**
   * GitHub documents `auto_inactive` as covering only non-production environments; in practice production
   * deployments have been seen marked inactive too. Release code must work under both.
   */
  autoInactiveCoversProduction: boolean;
  /** Which prior deployments `auto_inactive` touches: those whose latest status is success, or any that ever had success. */
  autoInactiveMatches: 'latest-success' | 'ever-success';
}

export interface HandlerContext {
  op: Operation;
  params: Record<string, string>;
  query: URLSearchParams;
  body: Record<string, unknown>;
  /** undefined = anonymous request */
  token: Token | undefined;
  repo: Repo | undefined;
  /** The repository path as GitHub writes it in `Link` URLs (`/repositories/{id}`). */
  state: FakeState;
  urls: Urls;
  behaviour: Behaviour;
  /** Path of this request (for Link headers), without the query. */
  linkPath: string;
  /** The request's Accept header ('' when absent). */
  accept: string;
}

type Handler = (ctx: HandlerContext) => Reply;

const doc = (ctx: HandlerContext): string => ctx.op.documentationUrl;

function repoOr404(ctx: HandlerContext): Repo | Reply {
  return ctx.repo ?? notFound(doc(ctx));
}
const isReply = (x: unknown): x is Reply => typeof x === 'object' && x !== null && 'status' in x && typeof (x as Reply).status === 'number';

function actor(ctx: HandlerContext): { user: Token['user']; viaApp: boolean } {
  if (!ctx.token) throw new Error('write without a token reached a handler');
  return { user: ctx.token.user, viaApp: ctx.token.kind === 'installation' };
}

function intParam(ctx: HandlerContext, name: string): number {
  return Number.parseInt(ctx.params[name] ?? '', 10);
}

function listReply(ctx: HandlerContext, items: unknown[], wrap?: (page: unknown[], total: number) => unknown): Reply {
  const { page, link } = paginate(items, ctx.query, `${ctx.urls.api}${ctx.linkPath}`);
  return { status: 200, body: wrap ? wrap(page, items.length) : page, headers: link ? { link } : undefined };
}

function lastState(repo: Repo, deploymentId: number): DeploymentState | undefined {
  let latest: { id: number; state: DeploymentState } | undefined;
  for (const s of repo.statuses) if (s.deploymentId === deploymentId && (!latest || s.id > latest.id)) latest = s;
  return latest?.state;
}

export const handlers: Record<string, Handler> = {
  'repos/get': (ctx) => {
    const repo = repoOr404(ctx);
    return isReply(repo) ? repo : { status: 200, body: renderFullRepo(repo, ctx.urls) };
  },

  'users/get-authenticated': (ctx) => {
    if (!ctx.token) return errorReply(401, 'Requires authentication', doc(ctx));
    // An installation token (GITHUB_TOKEN) is not a user: GitHub refuses with 403.
    if (ctx.token.kind === 'installation') return notAccessible(doc(ctx), 'installation');
    return { status: 200, body: renderAuthenticatedUser(ctx.token.user, ctx.urls) };
  },

  'pulls/get': (ctx) => {
    const repo = repoOr404(ctx);
    if (isReply(repo)) return repo;
    const pull = repo.pulls.get(intParam(ctx, 'pull_number'));
    if (!pull) return notFound(doc(ctx));
    return { status: 200, body: renderPull(repo, pull, ctx.urls, repo.comments.filter((c) => c.issueNumber === pull.number).length) };
  },

  'repos/list-pull-requests-associated-with-commit': (ctx) => {
    const repo = repoOr404(ctx);
    if (isReply(repo)) return repo;
    const sha = ctx.params.commit_sha ?? '';
    const numbers = new Set(repo.commitPulls.get(sha) ?? []);
    for (const p of repo.pulls.values()) if (p.head.sha === sha) numbers.add(p.number);
    const pulls = [...numbers].map((n) => repo.pulls.get(n)).filter((p) => p !== undefined);
    return listReply(ctx, pulls.map((p) => renderPullSimple(repo, p, ctx.urls)));
  },

  'issues/list-comments': (ctx) => {
    const repo = repoOr404(ctx);
    if (isReply(repo)) return repo;
    const n = intParam(ctx, 'issue_number');
    if (!repo.pulls.has(n) && !repo.issues.has(n)) return notFound(doc(ctx));
    const since = ctx.query.get('since');
    const comments = repo.comments.filter((c) => c.issueNumber === n && (!since || c.updatedAt >= since)).sort((a, b) => a.id - b.id);
    return listReply(ctx, comments.map((c) => renderComment(repo, c, ctx.urls)));
  },

  'issues/create-comment': (ctx) => {
    const repo = repoOr404(ctx);
    if (isReply(repo)) return repo;
    const n = intParam(ctx, 'issue_number');
    if (!repo.pulls.has(n) && !repo.issues.has(n)) return notFound(doc(ctx));
    const body = String(ctx.body.body);
    const tooLong = commentTooLong(ctx, body);
    if (tooLong) return tooLong;
    const at = ctx.state.now();
    const { user, viaApp } = actor(ctx);
    const comment = { id: ctx.state.nextId('comment', 2_000_000_000), issueNumber: n, body, user, viaApp, createdAt: at, updatedAt: at };
    repo.comments.push(comment);
    // A new comment updates its issue's updated_at, as on GitHub.
    const issue = repo.issues.get(n);
    if (issue) issue.updatedAt = at;
    const json = renderComment(repo, comment, ctx.urls);
    return { status: 201, body: json, headers: { location: String(json.url) } };
  },

  'issues/get-comment': (ctx) => {
    const repo = repoOr404(ctx);
    if (isReply(repo)) return repo;
    const c = repo.comments.find((x) => x.id === intParam(ctx, 'comment_id'));
    return c ? { status: 200, body: renderComment(repo, c, ctx.urls) } : notFound(doc(ctx));
  },

  'issues/update-comment': (ctx) => {
    const repo = repoOr404(ctx);
    if (isReply(repo)) return repo;
    const c = repo.comments.find((x) => x.id === intParam(ctx, 'comment_id'));
    if (!c) return notFound(doc(ctx));
    const body = String(ctx.body.body);
    const tooLong = commentTooLong(ctx, body);
    if (tooLong) return tooLong;
    c.body = body;
    c.updatedAt = ctx.state.now();
    return { status: 200, body: renderComment(repo, c, ctx.urls) };
  },

  'issues/delete-comment': (ctx) => {
    const repo = repoOr404(ctx);
    if (isReply(repo)) return repo;
    const i = repo.comments.findIndex((x) => x.id === intParam(ctx, 'comment_id'));
    if (i < 0) return notFound(doc(ctx));
    repo.comments.splice(i, 1);
    return { status: 204 };
  },

  'repos/list-deployments': (ctx) => {
    const repo = repoOr404(ctx);
    if (isReply(repo)) return repo;
    const f = (name: string): string | undefined => ctx.query.get(name) ?? undefined;
    const sha = f('sha');
    const ref = f('ref');
    const task = f('task');
    const environment = f('environment');
    const list = repo.deployments
      .filter((d) => (sha === undefined || d.sha === sha) && (ref === undefined || d.ref === ref) && (task === undefined || d.task === task) && (environment === undefined || d.environment === environment))
      .sort((a, b) => b.id - a.id);
    return listReply(ctx, list.map((d) => renderDeployment(repo, d, ctx.urls)));
  },

  'repos/create-deployment': (ctx) => {
    const repo = repoOr404(ctx);
    if (isReply(repo)) return repo;
    const ref = String(ctx.body.ref);
    const sha = resolveRef(repo, ref);
    if (!sha) return errorReply(422, `No ref found for: ${ref}`, doc(ctx));
    const gate = deploymentPreconditions(ctx, repo, ref, sha);
    if (gate) return gate;
    const environment = typeof ctx.body.environment === 'string' ? ctx.body.environment : 'production';
    let payload: Record<string, unknown> | string = {};
    if (typeof ctx.body.payload === 'object' && ctx.body.payload !== null) payload = ctx.body.payload as Record<string, unknown>;
    else if (typeof ctx.body.payload === 'string' && ctx.body.payload !== '') {
      try {
        const parsed: unknown = JSON.parse(ctx.body.payload);
        payload = parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : ctx.body.payload;
      } catch {
        payload = ctx.body.payload;
      }
    }
    const at = ctx.state.now();
    const { user, viaApp } = actor(ctx);
    const d = {
      id: ctx.state.nextId('deployment', 1_000_000_001),
      sha,
      ref,
      task: typeof ctx.body.task === 'string' ? ctx.body.task : 'deploy',
      payload,
      environment,
      originalEnvironment: environment,
      description: typeof ctx.body.description === 'string' ? ctx.body.description : null,
      creator: user,
      viaApp,
      transient: ctx.body.transient_environment === true,
      production: typeof ctx.body.production_environment === 'boolean' ? ctx.body.production_environment : environment === 'production',
      createdAt: at,
      updatedAt: at,
    };
    repo.deployments.push(d);
    const json = renderDeployment(repo, d, ctx.urls);
    return { status: 201, body: json, headers: { location: String(json.url) } };
  },

  'repos/get-deployment': (ctx) => {
    const repo = repoOr404(ctx);
    if (isReply(repo)) return repo;
    const d = repo.deployments.find((x) => x.id === intParam(ctx, 'deployment_id'));
    return d ? { status: 200, body: renderDeployment(repo, d, ctx.urls) } : notFound(doc(ctx));
  },

  'repos/list-deployment-statuses': (ctx) => {
    const repo = repoOr404(ctx);
    if (isReply(repo)) return repo;
    const id = intParam(ctx, 'deployment_id');
    if (!repo.deployments.some((d) => d.id === id)) return notFound(doc(ctx));
    const list = repo.statuses.filter((s) => s.deploymentId === id).sort((a, b) => b.id - a.id);
    return listReply(ctx, list.map((s) => renderStatus(repo, s, ctx.urls)));
  },

  'repos/get-deployment-status': (ctx) => {
    const repo = repoOr404(ctx);
    if (isReply(repo)) return repo;
    const s = repo.statuses.find((x) => x.deploymentId === intParam(ctx, 'deployment_id') && x.id === intParam(ctx, 'status_id'));
    return s ? { status: 200, body: renderStatus(repo, s, ctx.urls) } : notFound(doc(ctx));
  },

  'repos/create-deployment-status': (ctx) => {
    const repo = repoOr404(ctx);
    if (isReply(repo)) return repo;
    const d = repo.deployments.find((x) => x.id === intParam(ctx, 'deployment_id'));
    if (!d) return notFound(doc(ctx));
    const description = typeof ctx.body.description === 'string' ? ctx.body.description : '';
    if ([...description].length > STATUS_DESCRIPTION_LIMIT) {
      return validationFailed(doc(ctx), [{ resource: 'DeploymentStatus', code: 'custom', field: 'description', message: `description is too long (maximum is ${STATUS_DESCRIPTION_LIMIT} characters)` }]);
    }
    const { user, viaApp } = actor(ctx);
    const status = applyDeploymentStatus(ctx.state, repo, d.id, {
      state: ctx.body.state as DeploymentState,
      description,
      environment: typeof ctx.body.environment === 'string' ? ctx.body.environment : undefined,
      logUrl: typeof ctx.body.log_url === 'string' ? ctx.body.log_url : undefined,
      targetUrl: typeof ctx.body.target_url === 'string' ? ctx.body.target_url : undefined,
      environmentUrl: typeof ctx.body.environment_url === 'string' ? ctx.body.environment_url : '',
      autoInactive: ctx.body.auto_inactive !== false,
      creator: user,
      viaApp,
    }, ctx.behaviour);
    const json = renderStatus(repo, status, ctx.urls);
    return { status: 201, body: json, headers: { location: String(json.url) } };
  },

  'repos/get-content': (ctx) => {
    const repo = repoOr404(ctx);
    if (isReply(repo)) return repo;
    const ref = ctx.query.get('ref') ?? repo.defaultBranch;
    const sha = resolveRef(repo, ref);
    if (!sha) return errorReply(404, `No commit found for the ref ${ref}`, doc(ctx));
    const files = repo.files.get(sha) ?? new Map<string, Buffer>();
    const path = (ctx.params.path ?? '').replace(/^\/+|\/+$/g, '');
    const file = files.get(path);
    // `Accept: application/vnd.github.raw` (Octokit's `mediaType: { format: 'raw' }`) returns the bytes themselves.
    if (file && /application\/vnd\.github(\.v3)?\.raw/.test(ctx.accept)) return { status: 200, raw: { bytes: file, contentType: 'application/vnd.github.raw; charset=utf-8' } };
    if (file) return { status: 200, body: renderFile(repo, path, ref, file, ctx.urls) };
    const prefix = path === '' ? '' : `${path}/`;
    const entries = new Map<string, 'file' | 'dir'>();
    for (const p of files.keys()) {
      if (!p.startsWith(prefix)) continue;
      const rest = p.slice(prefix.length).split('/');
      entries.set(`${prefix}${rest[0]}`, rest.length === 1 ? 'file' : 'dir');
    }
    if (entries.size === 0) return notFound(doc(ctx));
    const list = [...entries].sort(([a], [b]) => a.localeCompare(b)).map(([p, kind]) => renderDirEntry(repo, p, ref, kind, files.get(p), ctx.urls));
    return { status: 200, body: list };
  },

  'actions/list-workflow-run-artifacts': (ctx) => {
    const repo = repoOr404(ctx);
    if (isReply(repo)) return repo;
    const runId = intParam(ctx, 'run_id');
    return listArtifacts(ctx, repo, (a) => a.runId === runId);
  },

  'actions/list-artifacts-for-repo': (ctx) => {
    const repo = repoOr404(ctx);
    if (isReply(repo)) return repo;
    return listArtifacts(ctx, repo, () => true);
  },

  'actions/get-artifact': (ctx) => {
    const repo = repoOr404(ctx);
    if (isReply(repo)) return repo;
    const a = repo.artifacts.find((x) => x.id === intParam(ctx, 'artifact_id'));
    return a ? { status: 200, body: renderArtifact(repo, a, ctx.urls) } : notFound(doc(ctx));
  },
};

/**
 * What GitHub checks before creating a deployment (see the operation's description): with `auto_merge` (default
 * true) a branch behind the default branch gets the default branch merged in instead (202, no deployment) or a
 * 409 on conflict; every commit status context (or just `required_contexts`) must be `success`, else 409.
 */
function deploymentPreconditions(ctx: HandlerContext, repo: Repo, ref: string, sha: string): Reply | undefined {
  const branch = ref.replace(/^refs\/heads\//, '');
  const behind = repo.behind.get(branch);
  if (ctx.body.auto_merge !== false && behind && branch !== repo.defaultBranch) {
    if (behind.conflict) return errorReply(409, `Conflict merging ${repo.defaultBranch} into ${branch}.`, doc(ctx));
    repo.behind.delete(branch);
    repo.refs.set(branch, fakeSha(`${sha}+${repo.defaultBranch}`));
    return { status: 202, body: { message: `Auto-merged ${repo.defaultBranch} into ${branch} on deployment.` } };
  }
  const latest = new Map<string, string>();
  for (const st of repo.commitStatuses.get(sha) ?? []) latest.set(st.context, st.state);
  const required = Array.isArray(ctx.body.required_contexts) ? (ctx.body.required_contexts as string[]) : [...latest.keys()];
  const failing = required.filter((c) => latest.get(c) !== 'success');
  if (failing.length === 0) return undefined;
  return {
    status: 409,
    body: {
      message: `Conflict: Commit status checks failed for ${ref}.`,
      errors: [{ contexts: required.map((c) => ({ context: c, state: latest.get(c) ?? 'missing' })), resource: 'Deployment', field: 'required_contexts', code: 'invalid' }],
      documentation_url: doc(ctx),
      status: '409',
    },
  };
}

function listArtifacts(ctx: HandlerContext, repo: Repo, keep: (a: Repo['artifacts'][number]) => boolean): Reply {
  const name = ctx.query.get('name');
  const list = repo.artifacts.filter((a) => keep(a) && (name === null || a.name === name)).sort((a, b) => b.id - a.id);
  return listReply(ctx, list.map((a) => renderArtifact(repo, a, ctx.urls)), (page, total) => ({ total_count: total, artifacts: page }));
}

/**
 * GitHub's answer to a comment body over 65,536 characters, as reported by users of the API in 2023–2025
 * (e.g. github.com/easybuilders/easybuild-easyconfigs/pull/24647, github.com/reg-viz/reg-actions/issues/123):
 * {"message":"Validation Failed","errors":[{"resource":"IssueComment","code":"unprocessable","field":"data",
 * "message":"Body is too long (maximum is 65536 characters)"}],"documentation_url":…,"status":"422"}.
 * Characters are counted as Unicode code points.
 */
function commentTooLong(ctx: HandlerContext, body: string): Reply | undefined {
  if ([...body].length <= COMMENT_BODY_LIMIT) return undefined;
  return validationFailed(doc(ctx), [{ resource: 'IssueComment', code: 'unprocessable', field: 'data', message: `Body is too long (maximum is ${COMMENT_BODY_LIMIT} characters)` }]);
}

export interface NewStatus {
  state: DeploymentState;
  description?: string;
  environment?: string;
  logUrl?: string;
  targetUrl?: string;
  environmentUrl?: string;
  autoInactive?: boolean;
  creator: Token['user'];
  viaApp: boolean;
}

/**
 * Adds a deployment status the way GitHub does, including `auto_inactive` (default true): a new `success`
 * adds an `inactive` status to prior non-transient deployments of the same environment that had succeeded
 * (production ones only when `behaviour.autoInactiveCoversProduction`).
 */
export function applyDeploymentStatus(state: FakeState, repo: Repo, deploymentId: number, s: NewStatus, behaviour: Behaviour): Repo['statuses'][number] {
  const d = repo.deployments.find((x) => x.id === deploymentId);
  if (!d) throw new Error(`no deployment ${deploymentId}`);
  if (s.environment) d.environment = s.environment;
  const at = state.now();
  d.updatedAt = at;
  const logUrl = s.logUrl ?? s.targetUrl ?? '';
  const status = {
    id: state.nextId('deployment-status', 3_000_000_001),
    deploymentId,
    state: s.state,
    creator: s.creator,
    viaApp: s.viaApp,
    description: s.description ?? '',
    environment: d.environment,
    targetUrl: logUrl,
    logUrl,
    environmentUrl: s.environmentUrl ?? '',
    createdAt: at,
    updatedAt: at,
  };
  repo.statuses.push(status);
  if (s.state === 'success' && s.autoInactive !== false) {
    for (const prior of repo.deployments) {
      if (prior.id >= d.id || prior.environment !== d.environment || prior.transient) continue;
      if (prior.production && !behaviour.autoInactiveCoversProduction) continue;
      const succeeded = behaviour.autoInactiveMatches === 'latest-success'
        ? lastState(repo, prior.id) === 'success'
        : repo.statuses.some((x) => x.deploymentId === prior.id && x.state === 'success') && lastState(repo, prior.id) !== 'inactive';
      if (!succeeded) continue;
      const t = state.now();
      repo.statuses.push({ ...status, id: state.nextId('deployment-status', 3_000_000_001), deploymentId: prior.id, state: 'inactive', description: '', environment: prior.environment, targetUrl: '', logUrl: '', environmentUrl: '', createdAt: t, updatedAt: t });
      prior.updatedAt = t;
    }
  }
  return status;
}
