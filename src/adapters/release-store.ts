import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import type { GitHubContext } from '../commands/types.js';
import { usageError } from '../domain/errors.js';
import { supersededBy } from '../domain/release/plan.js';
import { describe, releasesOf, SUPERSEDED_PREFIX, toRelease, type Enough, type Release } from '../domain/release/state.js';
import type { Log, ReleaseStore } from '../ports.js';
import { runUrl } from './github-context.js';
import { DeploymentsStore } from './github/deployments.js';
import { createOctokit } from './github/octokit.js';
import { ReleaseFileStore } from './local/release-file-store.js';

export type StoreChoice = 'auto' | 'github' | 'local';

export const STORE_CHOICES: readonly StoreChoice[] = ['auto', 'github', 'local'];

/** Where the local backend keeps its releases, relative to the working directory. */
export const LOCAL_STORE_PATH = path.join('.mlgate', 'releases.json');

export interface ReleaseStoreSettings {
  choice: StoreChoice;
  cwd: string;
  github: GitHubContext;
  inActions: boolean;
  log: Log;
  /** Retries for 5xx/rate limits (tests lower the wait through MLGATE_RETRY_BASE_SECONDS). */
  retries?: number;
}

export function parseStoreChoice(value: string | undefined, label: string): StoreChoice {
  const v = (value ?? 'auto').trim() || 'auto';
  if ((STORE_CHOICES as readonly string[]).includes(v)) return v as StoreChoice;
  throw usageError(`${label} is '${v}'; expected one of ${STORE_CHOICES.join(', ')}`);
}

/** The commit `ref` names in the local git checkout, or the ref itself outside one. */
function gitSha(cwd: string): (ref: string) => string {
  return (ref) => {
    try {
      return execFileSync('git', ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || ref;
    } catch {
      return ref;
    }
  };
}

/**
 * The local store's file under `cwd`. A function of its arguments on purpose: ncc's asset relocator rewrites a
 * statically known path.resolve(<dir>, '.mlgate/releases.json') into dist/ when such a file exists at bundle time.
 */
function localStoreFile(cwd: string, rel: string = LOCAL_STORE_PATH): string {
  return path.resolve(cwd, rel);
}

/** `auto` is github inside Actions with a token and a repository, else local. */
export function githubChosen(settings: ReleaseStoreSettings): boolean {
  const { github } = settings;
  return settings.choice === 'github' || (settings.choice === 'auto' && settings.inActions && github.token !== undefined && github.repository !== undefined);
}

/**
 * Picks the GitHub Deployments store or the local file store (`.mlgate/releases.json`):
 * `auto` is github inside Actions with a token and a repository, else local.
 */
export function createReleaseStore(settings: ReleaseStoreSettings): ReleaseStore {
  const { github } = settings;
  if (!githubChosen(settings)) {
    return new ReleaseFileStore(localStoreFile(settings.cwd), { resolveSha: gitSha(settings.cwd), creator: github.actor });
  }
  if (!github.token) throw usageError("store 'github' needs a token: pass github-token (in Actions) or set GITHUB_TOKEN (CLI)");
  if (!github.repository) throw usageError("store 'github' needs the repository: set GITHUB_REPOSITORY=owner/name");
  const octokit = createOctokit({ token: github.token, apiUrl: github.apiUrl, log: settings.log, ...(settings.retries !== undefined ? { retries: settings.retries } : {}) });
  return new DeploymentsStore({ octokit, owner: github.repository.owner, repo: github.repository.repo });
}

/**
 * The environment's releases of `model`, newest first. With `enough`, reading stops as soon as it says the releases
 * read so far answer the question (the live one, the previous good one…), and statuses are read only for this
 * model's releases: a command's API calls do not grow with the length of the history (SPEC §6).
 */
export async function loadReleases(store: ReleaseStore, environment: string, model: string | undefined, enough?: Enough): Promise<Release[]> {
  const filter = { environment, ...(model !== undefined ? { model } : {}) };
  if (!enough || !store.scan) return releasesOf(await store.list(environment), filter);
  const out: Release[] = [];
  for await (const { record, statuses } of store.scan(environment)) {
    if (releasesOf([{ ...record, statuses: [] }], filter).length === 0) continue;
    const release = toRelease({ ...record, statuses: await statuses() });
    if (!release) continue;
    out.push(release);
    if (enough(out)) break;
  }
  return out;
}

/**
 * Marks every other release still `success` as `inactive`, explicitly (not relying on GitHub's auto_inactive).
 * Reading stops at the newest other release that ever succeeded: every older one was superseded when it went live.
 */
export async function markSuperseded(store: ReleaseStore, environment: string, model: string, own: { id: number; version: string }, log: Log): Promise<number[]> {
  const stale = supersededBy(await loadReleases(store, environment, model, (rs) => rs.some((r) => r.id !== own.id && r.reachedSuccess)), own.id);
  for (const r of stale) {
    await store.setStatus(r.id, { state: 'inactive', description: describe(`${SUPERSEDED_PREFIX}${own.version} (#${own.id})`) });
    log.debug(`marked #${r.id} (${r.payload.model.version}) inactive`);
  }
  return stale.map((r) => r.id);
}

/** The run attempt's page, for a status's log_url. */
export function runLogUrl(github: GitHubContext): string | undefined {
  return runUrl(github);
}

/**
 * A key naming one create (`<run id>.<attempt>.<nonce>`), stored in the deployment's payload so a create whose
 * answer was lost is found again instead of repeated (SPEC §6).
 */
export function idempotencyKey(github: GitHubContext): string {
  return `${github.runId ?? 'local'}.${github.runAttempt ?? 1}.${randomBytes(6).toString('hex')}`;
}
