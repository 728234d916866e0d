import { randomBytes } from 'node:crypto';
import { applyDeploymentStatus, type Behaviour } from './handlers.js';
import { DEFAULT_TOKEN_PERMISSIONS, READ_ONLY_PERMISSIONS } from './permissions.js';
import {
  fakeSha,
  GITHUB_ACTIONS_BOT,
  resolveRef,
  type Artifact,
  type Comment,
  type Deployment,
  type Issue,
  type DeploymentState,
  type DeploymentStatus,
  type FakeState,
  type Permissions,
  type PullRequest,
  type Repo,
  type Token,
  type User,
} from './state.js';

/** The next number of an issue or pull request: they share one sequence. */
function nextIssueNumber(repo: Repo): number {
  return Math.max(0, ...repo.pulls.keys(), ...repo.issues.keys()) + 1;
}

/** Names a repository other than the default one. */
interface InRepo {
  repo?: string;
}

/** Puts state into the fake directly (no requests, nothing logged, nothing validated). */
export class Seeder {
  constructor(
    private readonly state: FakeState,
    private readonly defaultRepo: Repo,
    private readonly behaviour: Behaviour,
  ) {}

  private pick(o?: InRepo): Repo {
    if (!o?.repo) return this.defaultRepo;
    return this.state.repo(o.repo) ?? this.state.addRepo(o.repo);
  }

  repo(fullName: string, opts: { private?: boolean; defaultBranch?: string } = {}): Repo {
    return this.state.addRepo(fullName, opts);
  }

  user(login: string, opts: { name?: string; email?: string; type?: User['type'] } = {}): User {
    const u = this.state.user(login, opts.type ?? 'User');
    if (opts.name !== undefined) u.name = opts.name;
    if (opts.email !== undefined) u.email = opts.email;
    return u;
  }

  /**
   * The Actions GITHUB_TOKEN: an installation token acting as `github-actions[bot]`. `readOnly` gives
   * what a fork pull request gets; `permissions` narrows it like a workflow's `permissions:` block.
   */
  actionsToken(opts: { readOnly?: boolean; permissions?: Permissions; token?: string } = {}): Token {
    const token: Token = {
      token: opts.token ?? `ghs_${randomBytes(18).toString('base64url')}`,
      kind: 'installation',
      user: GITHUB_ACTIONS_BOT,
      permissions: opts.permissions ?? (opts.readOnly ? READ_ONLY_PERMISSIONS : DEFAULT_TOKEN_PERMISSIONS),
    };
    this.state.tokens.set(token.token, token);
    return token;
  }

  /**
   * An installation token of a GitHub App (what actions/create-github-app-token makes): it acts as `<slug>[bot]`,
   * names the app in `performed_via_github_app`, and gets 403 from GET /user like every installation token.
   */
  appToken(slug: string, opts: { permissions?: Permissions; token?: string } = {}): Token {
    const token: Token = {
      token: opts.token ?? `ghs_${randomBytes(18).toString('base64url')}`,
      kind: 'installation',
      user: this.state.user(`${slug}[bot]`, 'Bot'),
      permissions: opts.permissions ?? DEFAULT_TOKEN_PERMISSIONS,
    };
    this.state.tokens.set(token.token, token);
    return token;
  }

  /** A fork pull request's GITHUB_TOKEN: reads work, every write is 403 "Resource not accessible by integration". */
  forkToken(): Token {
    return this.actionsToken({ readOnly: true });
  }

  /** A personal access token of `login` (classic: full access unless `permissions` narrows it like a fine-grained one). */
  pat(login = 'octocat', opts: { permissions?: Permissions; token?: string; name?: string } = {}): Token {
    const user = this.user(login, opts.name !== undefined ? { name: opts.name } : {});
    const token: Token = {
      token: opts.token ?? `ghp_${randomBytes(18).toString('base64url')}`,
      kind: 'pat',
      user,
      permissions: opts.permissions ?? DEFAULT_TOKEN_PERMISSIONS,
    };
    this.state.tokens.set(token.token, token);
    return token;
  }

  /** A branch or tag pointing at `sha` (default: a sha derived from the name). Returns the sha. */
  ref(name: string, sha?: string, o?: InRepo): string {
    const repo = this.pick(o);
    const value = sha ?? fakeSha(`${repo.owner.login}/${repo.name}@${name}`);
    repo.refs.set(name, value);
    return value;
  }

  /** A file at a ref (branch, tag or sha; a new branch is created for an unknown name). Returns the commit sha. */
  file(path: string, content: string | Buffer, o: InRepo & { ref?: string } = {}): string {
    const repo = this.pick(o);
    const ref = o.ref ?? repo.defaultBranch;
    const sha = resolveRef(repo, ref) ?? this.ref(ref, undefined, o);
    let files = repo.files.get(sha);
    if (!files) {
      files = new Map();
      repo.files.set(sha, files);
    }
    files.set(path.replace(/^\/+/, ''), Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8'));
    return sha;
  }

  /**
   * A plain issue (pull requests are issues too: `pull()` is enough to comment on one). `by` defaults to octocat;
   * a bot author (`GITHUB_ACTIONS_BOT`, `<slug>[bot]`) is taken as created through its App unless `viaApp: false`.
   */
  issue(o: Partial<Omit<Issue, 'user' | 'closedBy'>> & InRepo & { by?: string | User; viaApp?: boolean } = {}): Issue {
    const repo = this.pick(o);
    const user = typeof o.by === 'object' ? o.by : o.by ? this.user(o.by) : this.user('octocat');
    const number = o.number ?? nextIssueNumber(repo);
    const at = o.createdAt ?? this.state.now();
    const state = o.state ?? 'open';
    const issue: Issue = {
      number,
      id: o.id ?? this.state.nextId('issue', 3_500_000_001),
      title: o.title ?? `Issue #${number}`,
      body: o.body ?? null,
      state,
      stateReason: o.stateReason ?? (state === 'closed' ? 'completed' : null),
      user,
      viaApp: o.viaApp ?? user.type === 'Bot',
      createdAt: at,
      updatedAt: o.updatedAt ?? at,
      closedAt: state === 'closed' ? (o.closedAt ?? at) : null,
      closedBy: state === 'closed' ? user : null,
    };
    repo.issues.set(number, issue);
    return issue;
  }

  /** `count` plain issues (e.g. 120 to force pagination), by `by`, titles and bodies from `title(i)` / `body(i)`. */
  issues(count: number, o: InRepo & { by?: string | User; title?: (i: number) => string; body?: (i: number) => string; state?: Issue['state'] } = {}): Issue[] {
    return Array.from({ length: count }, (_, i) => this.issue({ repo: o.repo, by: o.by, state: o.state, title: o.title?.(i), body: o.body ? o.body(i) : `Issue ${i + 1}` }));
  }

  /** A pull request. `fork: true` makes its head live in another repository, as for an outside contributor. */
  pull(p: Partial<Omit<PullRequest, 'user' | 'head' | 'base'>> & InRepo & { user?: string; fork?: boolean; head?: Partial<PullRequest['head']>; base?: Partial<PullRequest['base']> } = {}): PullRequest {
    const repo = this.pick(p);
    const number = p.number ?? nextIssueNumber(repo);
    const headRef = p.head?.ref ?? `feature-${number}`;
    const user = this.user(p.user ?? (p.fork ? 'outside-contributor' : 'octocat'));
    const pull: PullRequest = {
      number,
      title: p.title ?? `Pull request #${number}`,
      body: p.body ?? null,
      state: p.state ?? 'open',
      merged: p.merged ?? false,
      user,
      head: {
        ref: headRef,
        sha: p.head?.sha ?? fakeSha(`${repo.name}#${number}@${headRef}`),
        repoFullName: p.head?.repoFullName ?? (p.fork ? `${user.login}/${repo.name}` : `${repo.owner.login}/${repo.name}`),
      },
      base: { ref: p.base?.ref ?? repo.defaultBranch, sha: p.base?.sha ?? repo.refs.get(repo.defaultBranch) ?? fakeSha('base') },
      createdAt: p.createdAt ?? this.state.now(),
    };
    repo.pulls.set(number, pull);
    if (!p.fork) repo.refs.set(headRef, pull.head.sha);
    return pull;
  }

  /** A commit status on a ref's commit; create-deployment requires every context (or its `required_contexts`) to be success. */
  commitStatus(ref: string, context: string, state: 'error' | 'failure' | 'pending' | 'success', o?: InRepo): void {
    const repo = this.pick(o);
    const sha = resolveRef(repo, ref) ?? this.ref(ref, undefined, o);
    const list = repo.commitStatuses.get(sha) ?? [];
    repo.commitStatuses.set(sha, [...list.filter((s) => s.context !== context), { context, state }]);
  }

  /** Marks a branch as behind the default branch: create-deployment with `auto_merge` (default true) merges instead (202) or, with `conflict`, answers 409. */
  behind(branch: string, o: InRepo & { conflict?: boolean } = {}): void {
    const repo = this.pick(o);
    if (!repo.refs.has(branch)) this.ref(branch, undefined, o);
    repo.behind.set(branch, { conflict: o.conflict ?? false });
  }

  /** Associates a commit (e.g. a merge commit on main) with pull requests. */
  commitPulls(sha: string, numbers: number[], o?: InRepo): void {
    this.pick(o).commitPulls.set(sha, numbers);
  }

  /** One comment on an issue or pull request. */
  comment(issueNumber: number, body: string, o: InRepo & { by?: string | User; viaApp?: boolean } = {}): Comment {
    const repo = this.pick(o);
    const user = typeof o.by === 'object' ? o.by : o.by ? this.user(o.by) : this.user('octocat');
    if (!repo.pulls.has(issueNumber) && !repo.issues.has(issueNumber)) this.issue({ repo: o.repo, number: issueNumber });
    const at = this.state.now();
    const c: Comment = { id: this.state.nextId('comment', 2_000_000_000), issueNumber, body, user, viaApp: o.viaApp ?? user.type === 'Bot', createdAt: at, updatedAt: at };
    repo.comments.push(c);
    return c;
  }

  /** `count` comments (e.g. 75 to force pagination), bodies from `body(i)`. */
  comments(issueNumber: number, count: number, o: InRepo & { by?: string | User; body?: (i: number) => string } = {}): Comment[] {
    return Array.from({ length: count }, (_, i) => this.comment(issueNumber, o.body ? o.body(i) : `Comment ${i + 1}`, o));
  }

  /**
   * A deployment, created as if through the API, with its statuses applied in order (with GitHub's
   * `auto_inactive` semantics unless `autoInactive: false`). Use inside `gh.before(...)` to simulate a race.
   */
  deployment(d: Partial<Omit<Deployment, 'creator'>> & InRepo & { creator?: string | User; statuses?: Array<DeploymentState | { state: DeploymentState; description?: string; logUrl?: string; environmentUrl?: string }>; autoInactive?: boolean } = {}): Deployment {
    const repo = this.pick(d);
    const ref = d.ref ?? repo.defaultBranch;
    const sha = d.sha ?? resolveRef(repo, ref) ?? this.ref(ref, undefined, d);
    const creator = typeof d.creator === 'object' ? d.creator : d.creator ? this.user(d.creator) : GITHUB_ACTIONS_BOT;
    const environment = d.environment ?? 'production';
    const at = this.state.now();
    const dep: Deployment = {
      id: this.state.nextId('deployment', 1_000_000_001),
      sha,
      ref,
      task: d.task ?? 'deploy',
      payload: d.payload ?? {},
      environment,
      originalEnvironment: d.originalEnvironment ?? environment,
      description: d.description ?? null,
      creator,
      viaApp: d.viaApp ?? creator.type === 'Bot',
      transient: d.transient ?? false,
      production: d.production ?? environment === 'production',
      createdAt: at,
      updatedAt: at,
    };
    repo.deployments.push(dep);
    for (const s of d.statuses ?? []) {
      const st = typeof s === 'string' ? { state: s } : s;
      this.deploymentStatus(dep.id, st.state, { ...st, repo: d.repo, autoInactive: d.autoInactive });
    }
    return dep;
  }

  /** A status on a deployment, applying `auto_inactive` like the API does (unless `autoInactive: false`). */
  deploymentStatus(deploymentId: number, state: DeploymentState, o: InRepo & { description?: string; logUrl?: string; environmentUrl?: string; environment?: string; autoInactive?: boolean; creator?: User } = {}): DeploymentStatus {
    const repo = this.pick(o);
    const creator = o.creator ?? GITHUB_ACTIONS_BOT;
    return applyDeploymentStatus(this.state, repo, deploymentId, { state, description: o.description, logUrl: o.logUrl, environmentUrl: o.environmentUrl, environment: o.environment, autoInactive: o.autoInactive, creator, viaApp: creator.type === 'Bot' }, this.behaviour);
  }

  /** A workflow-run artifact. */
  artifact(a: Partial<Artifact> & InRepo & { name: string; runId: number }): Artifact {
    const repo = this.pick(a);
    const createdAt = a.createdAt ?? this.state.now();
    const art: Artifact = {
      id: a.id ?? this.state.nextId('artifact', 4_000_001),
      name: a.name,
      runId: a.runId,
      sizeInBytes: a.sizeInBytes ?? 1024,
      expired: a.expired ?? false,
      headBranch: a.headBranch ?? repo.defaultBranch,
      headSha: a.headSha ?? repo.refs.get(repo.defaultBranch) ?? fakeSha('head'),
      createdAt,
      expiresAt: a.expiresAt ?? new Date(Date.parse(createdAt) + 90 * 86400_000).toISOString().replace(/\.\d{3}Z$/, 'Z'),
      digest: a.digest ?? null,
    };
    repo.artifacts.push(art);
    return art;
  }
}
