/** Picks the runner's artifact and cache services inside Actions, local directories elsewhere. */
import path from 'node:path';
import type { CommandContext } from '../commands/types.js';
import { MlgateError } from '../domain/errors.js';
import type { ArtifactRef, Artifacts, Cache, Log } from '../ports.js';
import type { ActionsArtifactSettings } from './actions/artifacts.js';
import { LocalArtifacts } from './local/artifacts-dir.js';
import { LocalCache } from './local/cache-dir.js';

type StorageContext = Pick<CommandContext, 'cwd' | 'env' | 'log' | 'github'>;

/** `MLGATE_ARTIFACT_DIR` / `MLGATE_CACHE_DIR` override the local directories (default `.mlgate/artifacts`, `.mlgate/cache`). */
export function localArtifactDir(ctx: StorageContext): string {
  return path.resolve(ctx.cwd, ctx.env.MLGATE_ARTIFACT_DIR || '.mlgate/artifacts');
}

export function localCacheDir(ctx: StorageContext): string {
  return path.resolve(ctx.cwd, ctx.env.MLGATE_CACHE_DIR || '.mlgate/cache');
}

const hasArtifactService = (env: StorageContext['env']): boolean => Boolean(env.ACTIONS_RUNTIME_TOKEN && env.ACTIONS_RESULTS_URL);
/** The cache service: v2 (ACTIONS_CACHE_SERVICE_V2) lives at ACTIONS_RESULTS_URL, v1 at ACTIONS_CACHE_URL (as @actions/cache decides). */
const hasCacheService = (env: StorageContext['env']): boolean =>
  Boolean(env.ACTIONS_RUNTIME_TOKEN && (env.ACTIONS_CACHE_SERVICE_V2 ? env.ACTIONS_RESULTS_URL : env.ACTIONS_CACHE_URL));

/**
 * The runner's services, loaded on first use: @actions/artifact and @actions/cache with their HTTP
 * stacks are most of the bundle, and a command that never touches them should not pay for loading them.
 */
class RunnerArtifacts implements Artifacts {
  readonly kind = 'actions';
  private impl: Promise<Artifacts> | undefined;

  constructor(private readonly settings: ActionsArtifactSettings) {}

  private load(): Promise<Artifacts> {
    this.impl ??= import('./actions/artifacts.js').then((m) => new m.ActionsArtifacts(this.settings));
    return this.impl;
  }

  async upload(name: string, files: readonly string[], rootDirectory: string): Promise<ArtifactRef> {
    return (await this.load()).upload(name, files, rootDirectory);
  }

  async download(name: string, destination: string, from?: { runId?: number }): Promise<string> {
    return (await this.load()).download(name, destination, from);
  }
}

class RunnerCache implements Cache {
  readonly kind = 'actions';
  private impl: Promise<Cache> | undefined;

  constructor(private readonly log: Log) {}

  private load(): Promise<Cache> {
    this.impl ??= import('./actions/cache.js').then((m) => new m.ActionsCache(this.log));
    return this.impl;
  }

  async restore(paths: readonly string[], key: string): Promise<string | undefined> {
    return (await this.load()).restore(paths, key);
  }

  async save(paths: readonly string[], key: string): Promise<void> {
    await (await this.load()).save(paths, key);
  }
}

/** Hosts of GitHub.com and GHE.com, where the artifact service @actions/artifact v2 speaks exists (as the toolkit tells them apart). */
function onGitHubEnterpriseServer(serverUrl: string): string | undefined {
  let host: string;
  try {
    host = new URL(serverUrl).hostname.toLowerCase();
  } catch {
    return undefined;
  }
  const cloud = host === 'github.com' || host.endsWith('.ghe.com') || host.endsWith('.localhost');
  return cloud ? undefined : host;
}

/** Artifacts on GitHub Enterprise Server: @actions/artifact v2 refuses it, so every call says so plainly. */
class RefusedArtifacts implements Artifacts {
  readonly kind = 'actions';
  constructor(readonly unavailable: string) {}

  upload(): Promise<ArtifactRef> {
    return Promise.reject(new MlgateError('github', this.unavailable));
  }

  download(): Promise<string> {
    return Promise.reject(new MlgateError('github', this.unavailable));
  }
}

export function createArtifacts(ctx: StorageContext): Artifacts {
  const ghes = hasArtifactService(ctx.env) ? onGitHubEnterpriseServer(ctx.github.serverUrl) : undefined;
  if (ghes) return new RefusedArtifacts(`GitHub Enterprise Server (${ghes}) does not offer the artifact service mlgate uses (@actions/artifact v2, as upload-artifact@v4); artifacts cannot be stored here`);
  if (hasArtifactService(ctx.env)) return new RunnerArtifacts({ token: ctx.github.token, repository: ctx.github.repository });
  const dir = localArtifactDir(ctx);
  ctx.log.info(`artifacts: no runner artifact service (ACTIONS_RUNTIME_TOKEN / ACTIONS_RESULTS_URL unset); using the local directory ${dir}`);
  return new LocalArtifacts(dir);
}

export function createCache(ctx: StorageContext): Cache {
  if (hasCacheService(ctx.env)) return new RunnerCache(ctx.log);
  const dir = localCacheDir(ctx);
  ctx.log.info(`cache: no runner cache service (ACTIONS_RUNTIME_TOKEN with ACTIONS_RESULTS_URL or ACTIONS_CACHE_URL unset); using the local directory ${dir}`);
  return new LocalCache(dir, ctx.cwd);
}
