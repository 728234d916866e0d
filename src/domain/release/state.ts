import type { DeploymentState, ReleaseRecord, ReleaseStatus } from '../../ports.js';
import { readReleasePayload, RELEASE_TASK, type ReleasePayload } from './payload.js';

/** The description prefix that marks a release reverted by `rollback` (SPEC §6). */
export const ROLLED_BACK_PREFIX = 'rolled back: ';

/**
 * The description prefix of the `inactive` statuses mlgate writes when a newer release of the same model goes live.
 * Any other `inactive` (GitHub's auto_inactive after another model's or the application's deploy) ends no release.
 */
export const SUPERSEDED_PREFIX = 'mlgate: superseded by ';

/** GitHub rejects deployment and status descriptions longer than this. */
export const DESCRIPTION_LIMIT = 140;

/** One mlgate release: a deployment with task `deploy:mlgate` and a valid `mlgate: 1` payload. */
export interface Release {
  id: number;
  environment: string;
  ref: string;
  sha: string;
  createdAt: string;
  creator: string;
  payload: ReleasePayload;
  /** Newest first (highest id first). */
  statuses: ReleaseStatus[];
  /** State of the newest status that counts (an `inactive` mlgate did not write does not); undefined when none yet. */
  latest: DeploymentState | undefined;
  /** Some status was ever `success`. */
  reachedSuccess: boolean;
  /** Reverted by `rollback` (a `failure` status whose description starts with "rolled back: "). */
  rolledBack: boolean;
  rollbackReason?: string;
  /** Left unfinished by a process that is gone (the store says why): never live, shown as abandoned. */
  abandoned?: string;
}

export interface ReleaseFilter {
  environment: string;
  /** Only this model's releases (several models may share an environment). */
  model?: string;
}

function rollbackStatus(statuses: readonly ReleaseStatus[]): ReleaseStatus | undefined {
  return statuses.find((s) => s.state === 'failure' && s.description.startsWith(ROLLED_BACK_PREFIX));
}

/** An `inactive` status mlgate did not write: GitHub's auto_inactive after some other deployment succeeded. */
export function isForeignInactive(status: ReleaseStatus): boolean {
  return status.state === 'inactive' && !status.description.startsWith(SUPERSEDED_PREFIX);
}

/** The record as a release, or undefined when it is not an mlgate deployment. */
export function toRelease(record: ReleaseRecord): Release | undefined {
  if (record.task !== RELEASE_TASK) return undefined;
  const payload = readReleasePayload(record.payload);
  if (!payload) return undefined;
  const statuses = [...record.statuses].sort((a, b) => b.id - a.id);
  const reverted = rollbackStatus(statuses);
  return {
    id: record.id,
    environment: record.environment,
    ref: record.ref,
    sha: record.sha,
    createdAt: record.createdAt,
    creator: record.creator,
    payload,
    statuses,
    latest: statuses.find((s) => !isForeignInactive(s))?.state,
    reachedSuccess: statuses.some((s) => s.state === 'success'),
    rolledBack: reverted !== undefined,
    ...(reverted ? { rollbackReason: reverted.description.slice(ROLLED_BACK_PREFIX.length) } : {}),
    ...(record.abandoned !== undefined ? { abandoned: record.abandoned } : {}),
  };
}

/** The environment's mlgate releases (of one model when asked), newest (highest id) first. */
export function releasesOf(records: readonly ReleaseRecord[], filter: ReleaseFilter): Release[] {
  const out: Release[] = [];
  for (const record of records) {
    if (record.environment !== filter.environment) continue;
    const release = toRelease(record);
    if (!release) continue;
    if (filter.model !== undefined && release.payload.model.name !== filter.model) continue;
    out.push(release);
  }
  return out.sort((a, b) => b.id - a.id);
}

/** Live = the newest release whose latest status is `success`. */
export function findLive(releases: readonly Release[]): Release | undefined {
  return newestFirst(releases).find((r) => r.latest === 'success');
}

/** Whether the releases read so far (newest first) answer a command's question, so reading can stop. */
export type Enough = (releasesSoFar: readonly Release[]) => boolean;

/** Enough once the live release is known (every newer one has been read). */
export const untilLive: Enough = (releases) => findLive(releases) !== undefined;

/** A release one may return to: it reached `success` and was never rolled back. */
export function isGood(release: Release): boolean {
  return release.reachedSuccess && !release.rolledBack;
}

/**
 * Previous good = the newest release older than `live` that reached `success`, was not rolled back,
 * and is not the version already live (restoring the live version again would change nothing).
 */
export function findPreviousGood(releases: readonly Release[], live: Release): Release | undefined {
  return newestFirst(releases).find((r) => r.id < live.id && isGood(r) && r.payload.model.version !== live.payload.model.version);
}

export function versionOf(release: Release | undefined): string | undefined {
  return release?.payload.model.version;
}

/** A one-line description GitHub accepts (at most 140 characters). */
export function describe(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length <= DESCRIPTION_LIMIT ? oneLine : `${oneLine.slice(0, DESCRIPTION_LIMIT - 1)}…`;
}

function newestFirst(releases: readonly Release[]): Release[] {
  return [...releases].sort((a, b) => b.id - a.id);
}
