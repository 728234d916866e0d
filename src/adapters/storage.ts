/** Picks the runner's artifact and cache services inside Actions, local directories elsewhere. */
import path from 'node:path';
import type { CommandContext } from '../commands/types.js';
import type { Artifacts, Cache } from '../ports.js';
import { ActionsArtifacts } from './actions/artifacts.js';
import { ActionsCache } from './actions/cache.js';
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

export function createArtifacts(ctx: StorageContext): Artifacts {
  if (hasArtifactService(ctx.env)) return new ActionsArtifacts({ token: ctx.github.token, repository: ctx.github.repository });
  const dir = localArtifactDir(ctx);
  ctx.log.info(`artifacts: no runner artifact service (ACTIONS_RUNTIME_TOKEN / ACTIONS_RESULTS_URL unset); using the local directory ${dir}`);
  return new LocalArtifacts(dir);
}

export function createCache(ctx: StorageContext): Cache {
  if (hasCacheService(ctx.env)) return new ActionsCache(ctx.log);
  const dir = localCacheDir(ctx);
  ctx.log.info(`cache: no runner cache service (ACTIONS_RUNTIME_TOKEN with ACTIONS_RESULTS_URL or ACTIONS_CACHE_URL unset); using the local directory ${dir}`);
  return new LocalCache(dir, ctx.cwd);
}
