import path from 'node:path';
import type { GitHubContext } from '../../commands/types.js';
import { inputError, MlgateError, usageError } from '../../domain/errors.js';
import type { Baseline } from '../../domain/gate/evaluate.js';
import { metricsFromRecord, parseMetricsText } from '../../domain/gate/metric-set.js';
import { findLive, releasesOf, untilLive, type Release } from '../../domain/release/state.js';
import { loadReleases } from '../release-store.js';
import type { Log, ReleaseRecord, ReleaseStore } from '../../ports.js';
import { readMetricsFile } from '../../io/files/metrics-file.js';

/** `production` | `<environment>` | `file:path` | `ref:<git-ref>:path` (SPEC §2). */
export type BaselineSpec = { kind: 'release'; environment: string } | { kind: 'file'; path: string } | { kind: 'ref'; ref: string; path: string };

export function parseBaselineSpec(spec: string): BaselineSpec {
  if (spec.startsWith('file:')) return { kind: 'file', path: spec.slice(5) };
  if (spec.startsWith('ref:')) {
    const rest = spec.slice(4);
    const colon = rest.indexOf(':');
    if (colon <= 0 || colon === rest.length - 1) throw usageError(`baseline '${spec}' is not ref:<git-ref>:<path>`);
    return { kind: 'ref', ref: rest.slice(0, colon), path: rest.slice(colon + 1) };
  }
  return { kind: 'release', environment: spec };
}

export type GitResult = { ok: true; stdout: Buffer } | { ok: false; message: string };

/** What resolving a baseline may touch; every side effect is injected so tests use doubles. */
export interface BaselineDeps {
  /** Directory relative paths are resolved against (the config file's). */
  root: string;
  modelName: string;
  store: () => Promise<ReleaseStore>;
  /** Runs git with arguments in a directory. */
  git: (args: readonly string[], cwd: string) => Promise<GitResult>;
  /** The file at `ref` through the contents API (GET /repos/{o}/{r}/contents/{path}?ref=); undefined when unavailable. */
  contents?: (repoPath: string, ref: string) => Promise<Buffer>;
  /** Repository root for repo-relative paths (GITHUB_WORKSPACE in Actions). */
  workspace?: string;
  log: Log;
}

/** The live release of a model in an environment, as promote and rollback see it (SPEC §6). */
export function liveRelease(records: readonly ReleaseRecord[], environment: string, model: string): Release | undefined {
  return findLive(releasesOf(records, { environment, model }));
}

/** The file at a git ref: local git first, then the contents API (Actions checkouts are often shallow). */
export async function readAtRef(ref: string, file: string, deps: BaselineDeps): Promise<Buffer> {
  const local = await deps.git(['show', `${ref}:./${file.replace(/^\.\//, '')}`], deps.root);
  if (local.ok) return local.stdout;
  if (deps.contents) {
    const repoPath = path.relative(deps.workspace ?? deps.root, path.resolve(deps.root, file)).split(path.sep).join('/');
    deps.log.debug(`git show ${ref}:${file} failed (${local.message.trim()}); asking the contents API for ${repoPath}@${ref}`);
    try {
      return await deps.contents(repoPath, ref);
    } catch (error) {
      const status = (error as { status?: number }).status;
      throw inputError(
        status === 404 ? `'${repoPath}' does not exist at ref '${ref}' (GitHub contents API: 404)` : `cannot read '${repoPath}' at ref '${ref}' from GitHub: ${error instanceof Error ? error.message : String(error)}`,
        { file },
        error,
      );
    }
  }
  throw inputError(
    `cannot read '${file}' at git ref '${ref}': ${local.message.trim().split('\n')[0] ?? 'git failed'}. In Actions, check out with fetch-depth: 0 or pass a token so mlgate can use the contents API.`,
    { file },
  );
}

/** Resolves the configured baseline; undefined means there is none yet (first release). */
export async function resolveBaseline(spec: string, deps: BaselineDeps): Promise<Baseline | undefined> {
  const parsed = parseBaselineSpec(spec);
  if (parsed.kind === 'file') {
    const metrics = await readMetricsFile(path.resolve(deps.root, parsed.path), parsed.path);
    return { metrics, source: spec };
  }
  if (parsed.kind === 'ref') {
    const bytes = await readAtRef(parsed.ref, parsed.path, deps);
    return { metrics: parseMetricsText(bytes.toString('utf8').replace(/^\uFEFF/, ''), `${parsed.ref}:${parsed.path}`), source: spec };
  }
  let releases: Release[];
  try {
    releases = await loadReleases(await deps.store(), parsed.environment, deps.modelName, untilLive);
  } catch (error) {
    if (error instanceof MlgateError) throw error;
    throw new MlgateError('github', `cannot list the releases of environment '${parsed.environment}': ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  const live = findLive(releases);
  if (!live) return undefined;
  return { metrics: metricsFromRecord(live.payload.metrics), source: parsed.environment, version: live.payload.model.version, release: { id: live.id, evidence: live.payload.evidence } };
}

/** The contents API through the one Octokit factory, loaded only when needed (keeps start-up lean). */
export function contentsReader(github: GitHubContext, log: Log): BaselineDeps['contents'] {
  const { token, repository } = github;
  if (!token || !repository) return undefined;
  return async (repoPath, ref) => {
    const { createOctokit } = await import('../github/octokit.js');
    const octokit = createOctokit({ token, apiUrl: github.apiUrl, log });
    const response = await octokit.rest.repos.getContent({ ...repository, path: repoPath, ref, mediaType: { format: 'raw' } });
    const data: unknown = response.data;
    if (typeof data === 'string') return Buffer.from(data, 'utf8');
    if (data instanceof ArrayBuffer) return Buffer.from(data);
    if (data && typeof data === 'object' && 'content' in data && typeof data.content === 'string') return Buffer.from(data.content, 'base64');
    throw inputError(`GitHub returned no file content for '${repoPath}' at '${ref}' (is it a directory?)`, { file: repoPath });
  };
}
