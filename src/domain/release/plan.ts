import type { ReleasePayload } from './payload.js';
import { describe, findLive, findPreviousGood, isGood, ROLLED_BACK_PREFIX, versionOf, type Enough, type Release } from './state.js';

export type GateVerdict = 'pass' | 'fail' | 'warn' | 'none';

export interface PromoteRequest {
  /** The environment's releases of this model, any order. */
  releases: readonly Release[];
  payload: ReleasePayload;
  force: boolean;
}

export type PromotePlan =
  | { kind: 'refused'; reason: string }
  | { kind: 'noop'; live: Release; reason: string }
  | { kind: 'create'; payload: ReleasePayload; previous: Release | undefined; description: string; snapshot: number[] };

/** What `promote` must do: refuse a failed gate unless forced, do nothing when the version is live, else create. */
export function planPromote(request: PromoteRequest): PromotePlan {
  const { payload, releases, force } = request;
  const verdict: GateVerdict = payload.gate?.verdict ?? 'none';
  const { name, version } = payload.model;
  const live = findLive(releases);
  if (live && live.payload.model.version === version) {
    return { kind: 'noop', live, reason: `${name} ${version} is already live in ${live.environment} (deployment #${live.id}); nothing to do.` };
  }
  if (verdict === 'fail' && !force) {
    return { kind: 'refused', reason: `the gate failed for ${name} ${version}; fix the regression, or pass force to release it anyway (recorded in the release).` };
  }
  const forced = verdict === 'fail' && force;
  const gate = payload.gate ? { ...payload.gate, ...(forced ? { forced: true } : {}) } : { verdict: 'none' as const };
  return {
    kind: 'create',
    payload: { ...payload, gate, rollback_of: null },
    previous: live,
    description: describe(`mlgate: ${name} ${version}${forced ? ' (forced past a failed gate)' : ''}`),
    snapshot: releases.map((r) => r.id),
  };
}

export type RollbackTarget = 'previous' | { version: string } | { deploymentId: number };

/**
 * When reading (newest first) can stop for a rollback to `to` (as the user wrote it): the live release is known, and
 * so is the target — the previous good one, or a good release of that version, or that deployment.
 */
export function rollbackReadEnough(to: string | undefined): Enough {
  const text = (to ?? '').trim();
  return (releases) => {
    const live = findLive(releases);
    if (!live) return false;
    if (text === '' || text === 'previous') return findPreviousGood(releases, live) !== undefined;
    const id = /^#?\d+$/.test(text) ? Number(text.replace('#', '')) : undefined;
    return releases.some((r) => r.id === id || (r.payload.model.version === text && isGood(r)));
  };
}

/** `to` as the user wrote it: `previous`, a deployment id (digits that name a release), or a version. */
export function parseRollbackTarget(to: string | undefined, releases: readonly Release[]): RollbackTarget {
  const text = (to ?? '').trim();
  if (text === '' || text === 'previous') return 'previous';
  const idText = text.startsWith('#') ? text.slice(1) : text;
  if (/^\d+$/.test(idText)) {
    const id = Number(idText);
    if (text.startsWith('#') || releases.some((r) => r.id === id)) return { deploymentId: id };
  }
  return { version: text };
}

export interface RollbackRequest {
  releases: readonly Release[];
  to: RollbackTarget;
  reason: string;
  /** The current workflow run: when the live release is a rollback this run already made, a rerun does nothing. */
  runId?: number;
}

export type RollbackPlan =
  | { kind: 'refused'; reason: string }
  | { kind: 'noop'; live: Release; reason: string }
  | {
      kind: 'rollback';
      reverted: Release;
      target: Release;
      /** The target's payload with `rollback_of` set to the reverted release. */
      payload: ReleasePayload;
      ref: string;
      /** Status description written on the reverted release. */
      revertDescription: string;
      description: string;
      snapshot: number[];
    };

function knownVersions(releases: readonly Release[]): string {
  const versions = [...new Set(releases.filter(isGood).map((r) => r.payload.model.version))];
  return versions.length ? versions.join(', ') : '(none)';
}

/** What `rollback` must do, or why it must not (then nothing is changed). */
export function planRollback(request: RollbackRequest): RollbackPlan {
  const { releases, to } = request;
  const live = findLive(releases);
  if (!live) return { kind: 'refused', reason: 'nothing is live: no mlgate release in this environment has a latest status of success, so there is nothing to roll back.' };
  const liveVersion = live.payload.model.version;
  if (request.runId !== undefined && live.payload.rollback_of !== null && live.payload.rollback_run_id === request.runId) {
    return { kind: 'noop', live, reason: `this run already rolled back to ${liveVersion} (#${live.id}, rollback of #${live.payload.rollback_of}); nothing to do.` };
  }
  let target: Release | undefined;
  if (to === 'previous') {
    target = findPreviousGood(releases, live);
    if (!target) return { kind: 'refused', reason: `no earlier good release to roll back to: ${live.payload.model.name} ${liveVersion} (#${live.id}) is live and no older release reached success without being rolled back.` };
  } else if ('deploymentId' in to) {
    target = releases.find((r) => r.id === to.deploymentId);
    if (!target) return { kind: 'refused', reason: `deployment #${to.deploymentId} is not an mlgate release of this model in ${live.environment}.` };
  } else {
    const sameVersion = releases.filter((r) => r.payload.model.version === to.version);
    if (sameVersion.length === 0) return { kind: 'refused', reason: `unknown version '${to.version}': no release of it in ${live.environment}; good versions: ${knownVersions(releases)}.` };
    target = [...sameVersion].sort((a, b) => b.id - a.id).find(isGood) ?? sameVersion[0];
  }
  if (!target) return { kind: 'refused', reason: 'no target' };
  if (target.id === live.id || target.payload.model.version === liveVersion) {
    return { kind: 'refused', reason: `${target.payload.model.name} ${versionOf(target) ?? ''} is already live (#${live.id}); nothing to roll back to.` };
  }
  if (target.rolledBack) {
    return { kind: 'refused', reason: `release #${target.id} (${versionOf(target) ?? ''}) was itself rolled back (${target.rollbackReason ?? 'no reason'}); pick another with 'to'.` };
  }
  if (!target.reachedSuccess) {
    return { kind: 'refused', reason: `release #${target.id} (${versionOf(target) ?? ''}) never reached success; pick a good one (${knownVersions(releases)}).` };
  }
  const reason = request.reason.trim() || 'no reason given';
  return {
    kind: 'rollback',
    reverted: live,
    target,
    payload: { ...target.payload, rollback_of: live.id, rollback_reason: reason, rollback_run_id: request.runId ?? null },
    ref: target.sha || target.ref,
    revertDescription: describe(`${ROLLED_BACK_PREFIX}${reason}`),
    description: describe(`mlgate: roll back ${live.payload.model.name} ${liveVersion} (#${live.id}) to ${versionOf(target) ?? ''} (#${target.id})`),
    snapshot: releases.map((r) => r.id),
  };
}

export interface RaceCheck {
  /** Release ids seen when the plan was made. */
  snapshot: readonly number[];
  /** The live release the plan assumed (undefined: nothing was live). */
  expectedLiveId: number | undefined;
  /** Our own new deployment (excluded from the check). */
  ownId: number;
  /** The releases as they are now. */
  now: readonly Release[];
}

export type Race = { kind: 'race'; others: Release[]; message: string };

/**
 * A race: a release appeared that we did not see when planning (someone else is releasing), or the live
 * release is no longer the one we planned against. Checked before anything is marked `success`.
 */
export function detectRace(check: RaceCheck): Race | undefined {
  // Reads stop once they know enough, so an older release absent from one read may be present in another:
  // only a release newer than every one seen can have appeared.
  const newestSeen = Math.max(-Infinity, ...check.snapshot);
  const others = check.now.filter((r) => r.id !== check.ownId);
  const appeared = others.filter((r) => r.id > newestSeen).sort((a, b) => b.id - a.id);
  const liveNow = findLive(others);
  const liveChanged = (liveNow?.id ?? undefined) !== check.expectedLiveId;
  if (appeared.length === 0 && !liveChanged) return undefined;
  const parts: string[] = [];
  if (appeared.length) parts.push(`release${appeared.length > 1 ? 's' : ''} ${appeared.map((r) => `#${r.id} (${r.payload.model.version})`).join(', ')} appeared while this one ran`);
  if (liveChanged) parts.push(`the live release changed from ${check.expectedLiveId === undefined ? 'none' : `#${check.expectedLiveId}`} to ${liveNow ? `#${liveNow.id} (${liveNow.payload.model.version})` : 'none'}`);
  return { kind: 'race', others: appeared, message: `another release raced this one: ${parts.join('; ')}. Nothing was marked success; rerun once the other release has finished (the release workflows use concurrency: mlgate-<env> to prevent this).` };
}

/** Releases to mark `inactive` once `ownId` is live: every other one whose latest status is still `success`. */
export function supersededBy(releases: readonly Release[], ownId: number): Release[] {
  return releases.filter((r) => r.id !== ownId && r.latest === 'success');
}
