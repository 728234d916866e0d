/**
 * Every side effect a command needs goes through one of these ports.
 * Adapters live in src/adapters/{github,actions,local}; the domain never sees them.
 */

export interface AnnotationProperties {
  title?: string;
  file?: string;
  startLine?: number;
  endLine?: number;
  startColumn?: number;
}

export interface Log {
  info(message: string): void;
  debug(message: string): void;
  warning(message: string, annotation?: AnnotationProperties): void;
  error(message: string, annotation?: AnnotationProperties): void;
  /** A notice annotation (in Actions); logs without annotations print it as info. */
  notice?(message: string): void;
}

/** The job summary (GITHUB_STEP_SUMMARY) or a local stand-in. */
export interface Summary {
  readonly available: boolean;
  write(markdown: string): Promise<void>;
}

export type CommentOutcome =
  | { kind: 'created'; id: number; url: string }
  | { kind: 'updated'; id: number; url: string }
  | { kind: 'recreated'; id: number; url: string; deletedId: number }
  | { kind: 'unchanged'; id: number; url: string }
  | { kind: 'read-only'; reason: string }
  | { kind: 'skipped'; reason: string };

export interface CommentSink {
  /** Create or update the one comment on `issueNumber` that carries `<!-- mlgate:<key> -->` and is ours. */
  upsert(request: { issueNumber: number; key: string; body: string; mode: 'update' | 'recreate' }): Promise<CommentOutcome>;
}

export interface ArtifactRef {
  name: string;
  id?: number;
  runId?: number;
  /** Local directory (local store) or artifact URL. */
  location?: string;
}

export interface Artifacts {
  readonly kind: 'actions' | 'local';
  /** Why this store cannot store anything here (e.g. GitHub Enterprise Server); upload and download then throw it. */
  readonly unavailable?: string;
  upload(name: string, files: readonly string[], rootDirectory: string): Promise<ArtifactRef>;
  download(name: string, destination: string, from?: { runId?: number }): Promise<string>;
}

/** Where releases keep their evidence (SPEC §6): a folder under .mlgate/evidence locally, a branch on GitHub. */
export interface EvidenceStore {
  readonly kind: 'local' | 'github';
  /** Stores one release's items under `prefix` (all or nothing); returns each item's location by name. */
  save(prefix: string, items: readonly { name: string; bytes: Uint8Array }[]): Promise<Map<string, string>>;
  /** The stored bytes at `location`, as saved (the caller verifies the digest). */
  load(location: string): Promise<Buffer>;
}

export interface Cache {
  readonly kind: 'actions' | 'local';
  /** Restores into `paths`; returns the key hit, or undefined on a miss. */
  restore(paths: readonly string[], key: string): Promise<string | undefined>;
  save(paths: readonly string[], key: string): Promise<void>;
}

export type DeploymentState = 'in_progress' | 'queued' | 'pending' | 'success' | 'failure' | 'error' | 'inactive';

export interface ReleaseStatus {
  id: number;
  state: DeploymentState;
  description: string;
  createdAt: string;
  environmentUrl?: string;
  logUrl?: string;
}

/** One deployment as the release logic sees it, whichever store holds it. */
export interface ReleaseRecord {
  id: number;
  environment: string;
  ref: string;
  sha: string;
  task: string;
  createdAt: string;
  creator: string;
  /** Raw payload; validated by the domain (`mlgate: 1`). */
  payload: unknown;
  /** Newest first. */
  statuses: ReleaseStatus[];
  /** Why this unfinished deployment can never finish (its process was killed), when the store can tell. */
  abandoned?: string;
}

/** A deployment met while scanning, its statuses read only when asked (each read may be an API call). */
export interface ScannedRecord {
  record: Omit<ReleaseRecord, 'statuses'>;
  statuses: () => Promise<ReleaseStatus[]>;
}

export interface ReleaseStore {
  readonly kind: 'github' | 'local';
  /** Every deployment in the environment, newest (highest id) first. */
  list(environment: string): Promise<ReleaseRecord[]>;
  /** mlgate's deployments in the environment, newest first, read a page at a time (a caller stops when it knows enough). */
  scan?(environment: string): AsyncIterable<ScannedRecord>;
  /** `idempotencyKey` is the payload's `idempotency_key`: a store that may lose answers finds the create by it. */
  create(request: { environment: string; ref: string; payload: unknown; description: string; idempotencyKey?: string; productionEnvironment?: boolean; transientEnvironment?: boolean }): Promise<ReleaseRecord>;
  setStatus(deploymentId: number, status: { state: DeploymentState; description: string; environmentUrl?: string; logUrl?: string }): Promise<ReleaseStatus>;
  /** The pull request that introduced commit `sha`, when the store can tell (GitHub: commits/{sha}/pulls). */
  pullRequestFor?(sha: string): Promise<number | undefined>;
}

/** A monitor's sticky issue as its store sees it (SPEC §8). */
export interface MonitorIssue {
  /** The GitHub issue number; the local store numbers its file 1. */
  number: number;
  state: 'open' | 'closed';
  title: string;
  /** The body without the hidden marker. */
  body: string;
  /** Where a person opens it: the issue's html_url, or the local file's path. */
  url: string;
}

/**
 * Where a monitored model's one sticky issue lives: a GitHub issue found by its hidden marker and mlgate's author,
 * or a Markdown file under .mlgate/monitor/ locally. Primitive operations only; what to do is decided by the domain.
 */
export interface MonitorIssues {
  readonly kind: 'github' | 'local';
  /** mlgate's issue for `key` (its marker, written by this token's identity): the open one, else the latest closed one. */
  find(key: string): Promise<MonitorIssue | undefined>;
  /** Opens a new issue; the adapter adds the hidden marker for `key` to the body. */
  create(key: string, content: { title: string; body: string }): Promise<MonitorIssue>;
  /** Rewrites title and body (the adapter keeps the marker) and sets the state: reopen or close. */
  update(key: string, issue: MonitorIssue, content: { title: string; body: string; state: 'open' | 'closed' }): Promise<MonitorIssue>;
  /** Adds a comment (the recovery note, the reopening note) so that watchers are notified. */
  comment(issue: MonitorIssue, body: string): Promise<void>;
}

/** The durable run history of one monitored model and environment (SPEC §8). */
export interface MonitorHistoryStore {
  readonly kind: 'github' | 'local';
  /** The stored history text for `key`; undefined when there is none yet. */
  read(key: string): Promise<string | undefined>;
  /** Replaces it; the GitHub store builds on the newest branch head when another run moved it first. */
  write(key: string, text: string): Promise<void>;
}

/** What a long task counts, and how much of it there is when known. */
export interface ProgressTask {
  /** What is being done, e.g. `reading current` or `bootstrap accuracy`. */
  label: string;
  /** What `done` counts: `rows`, `resamples`. */
  unit: string;
  /** Units in all, when known before the end. */
  total?: number;
}

export interface ProgressMeter {
  /** `done` units so far; with `bytes`, the bytes read of `bytesTotal` (then the estimate of what is left follows the bytes). */
  update(done: number, bytes?: { done: number; total: number }): void;
  /** The task is over: a live line is cleared. */
  end(): void;
}

/**
 * Progress of work that takes more than about two seconds (SPEC §1), on stderr: a live line in a terminal, a plain
 * line every few seconds in CI logs, nothing with `--quiet`. Readers report at chunk granularity and resampling loops
 * per batch of resamples; the adapter decides when and how to show it.
 */
export interface Progress {
  start(task: ProgressTask): ProgressMeter;
}
