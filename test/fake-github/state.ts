import { createHash } from 'node:crypto';

/** Permission levels of a GitHub App installation token (what GITHUB_TOKEN is) or a fine-grained PAT. */
export type Level = 'none' | 'read' | 'write';
export type Scope = 'contents' | 'issues' | 'pull_requests' | 'deployments' | 'actions' | 'metadata';
export type Permissions = Partial<Record<Scope, Level>>;

export interface User {
  login: string;
  id: number;
  type: 'User' | 'Bot' | 'Organization';
  name?: string | null;
  email?: string | null;
}

export interface Token {
  token: string;
  /** `installation` = the Actions GITHUB_TOKEN (a GitHub App installation token); `pat` = a personal access token. */
  kind: 'installation' | 'pat';
  user: User;
  permissions: Permissions;
}

export interface PullRequest {
  number: number;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  merged: boolean;
  user: User;
  head: { ref: string; sha: string; repoFullName: string };
  base: { ref: string; sha: string };
  createdAt: string;
}

export interface Comment {
  id: number;
  issueNumber: number;
  body: string;
  user: User;
  viaApp: boolean;
  createdAt: string;
  updatedAt: string;
}

/** A plain issue (pull requests live in `Repo.pulls`; both share one number sequence). */
export interface Issue {
  number: number;
  id: number;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  stateReason: 'completed' | 'not_planned' | 'duplicate' | 'reopened' | null;
  user: User;
  viaApp: boolean;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
  closedBy: User | null;
}

export interface Deployment {
  id: number;
  sha: string;
  ref: string;
  task: string;
  payload: Record<string, unknown> | string;
  environment: string;
  originalEnvironment: string;
  description: string | null;
  creator: User;
  viaApp: boolean;
  transient: boolean;
  production: boolean;
  createdAt: string;
  updatedAt: string;
}

export type DeploymentState = 'error' | 'failure' | 'inactive' | 'pending' | 'success' | 'queued' | 'in_progress';

export interface DeploymentStatus {
  id: number;
  deploymentId: number;
  state: DeploymentState;
  creator: User;
  viaApp: boolean;
  description: string;
  environment: string;
  targetUrl: string;
  logUrl: string;
  environmentUrl: string;
  createdAt: string;
  updatedAt: string;
}

export interface Artifact {
  id: number;
  name: string;
  runId: number;
  sizeInBytes: number;
  expired: boolean;
  headBranch: string;
  headSha: string;
  createdAt: string;
  expiresAt: string;
  digest: string | null;
}

export interface Repo {
  id: number;
  owner: User;
  name: string;
  private: boolean;
  defaultBranch: string;
  /** branch or tag name → commit sha */
  refs: Map<string, string>;
  /** commit sha → path → content */
  files: Map<string, Map<string, Buffer>>;
  pulls: Map<number, PullRequest>;
  /** plain issues by number (pull requests are issues too, but live in `pulls`) */
  issues: Map<number, Issue>;
  comments: Comment[];
  deployments: Deployment[];
  statuses: DeploymentStatus[];
  artifacts: Artifact[];
  /** commit sha → pull request numbers (for "list pull requests associated with a commit") */
  commitPulls: Map<string, number[]>;
  /** commit sha → commit statuses (latest per context wins), checked by create-deployment's `required_contexts` */
  commitStatuses: Map<string, Array<{ context: string; state: 'error' | 'failure' | 'pending' | 'success' }>>;
  /** branches that lack commits of the default branch (`conflict`: merging it in would conflict) */
  behind: Map<string, { conflict: boolean }>;
}

/** The bot that authors what the Actions GITHUB_TOKEN creates. */
export const GITHUB_ACTIONS_BOT: User = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' };

export function fakeSha(seed: string): string {
  return createHash('sha1').update(seed).digest('hex');
}

/** Git's blob sha of a file's content (what the contents API reports as `sha`). */
export function blobSha(content: Buffer): string {
  return createHash('sha1').update(`blob ${content.length}\0`).update(content).digest('hex');
}

/** All state of one fake GitHub: repositories, users, tokens. Ids come from one counter per kind. */
export class FakeState {
  readonly repos = new Map<string, Repo>();
  readonly users = new Map<string, User>();
  readonly tokens = new Map<string, Token>();
  private readonly counters = new Map<string, number>();
  private clockMs: number;

  constructor(start = Date.UTC(2026, 0, 1, 12, 0, 0)) {
    this.clockMs = start;
  }

  nextId(kind: string, start = 1): number {
    const next = (this.counters.get(kind) ?? start - 1) + 1;
    this.counters.set(kind, next);
    return next;
  }

  /** A timestamp one second after the previous one: creation order is visible in `created_at`, as on GitHub. */
  now(): string {
    this.clockMs += 1000;
    return new Date(this.clockMs).toISOString().replace(/\.\d{3}Z$/, 'Z');
  }

  user(login: string, type: User['type'] = 'User'): User {
    let u = this.users.get(login.toLowerCase());
    if (!u) {
      u = { login, id: this.nextId('user', 1000), type };
      this.users.set(login.toLowerCase(), u);
    }
    return u;
  }

  repo(fullName: string): Repo | undefined {
    return this.repos.get(fullName.toLowerCase());
  }

  repoById(id: number): Repo | undefined {
    return [...this.repos.values()].find((r) => r.id === id);
  }

  addRepo(fullName: string, opts: { private?: boolean; defaultBranch?: string } = {}): Repo {
    const [ownerLogin, name] = fullName.split('/');
    if (!ownerLogin || !name) throw new Error(`repository must be owner/name, got '${fullName}'`);
    const existing = this.repo(fullName);
    if (existing) return existing;
    const defaultBranch = opts.defaultBranch ?? 'main';
    const repo: Repo = {
      id: this.nextId('repo', 100000),
      owner: this.user(ownerLogin, 'Organization'),
      name,
      private: opts.private ?? false,
      defaultBranch,
      refs: new Map([[defaultBranch, fakeSha(`${fullName}@${defaultBranch}`)]]),
      files: new Map(),
      pulls: new Map(),
      issues: new Map(),
      comments: [],
      deployments: [],
      statuses: [],
      artifacts: [],
      commitPulls: new Map(),
      commitStatuses: new Map(),
      behind: new Map(),
    };
    this.repos.set(fullName.toLowerCase(), repo);
    return repo;
  }
}

/** Resolves a branch, tag or commit sha (full or ≥7-char prefix) to a known commit. */
export function resolveRef(repo: Repo, ref: string): string | undefined {
  const name = ref.replace(/^refs\/(heads|tags)\//, '');
  const named = repo.refs.get(name);
  if (named) return named;
  if (/^[0-9a-f]{40}$/i.test(ref)) return ref.toLowerCase();
  if (/^[0-9a-f]{7,39}$/i.test(ref)) {
    const known = [...new Set([...repo.refs.values(), ...repo.files.keys()])].filter((sha) => sha.startsWith(ref.toLowerCase()));
    if (known.length === 1) return known[0];
  }
  return undefined;
}
