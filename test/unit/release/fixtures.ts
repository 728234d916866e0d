import { SUPERSEDED_PREFIX } from '../../../src/domain/release/state.js';
import type { DeploymentState, ReleaseRecord } from '../../../src/ports.js';

export interface RecordSpec {
  id: number;
  version: string;
  /** Oldest first, as they were written. */
  states: readonly DeploymentState[];
  env?: string;
  model?: string;
  task?: string;
  rolledBackReason?: string;
  rollbackOf?: number | null;
  payload?: unknown;
  /** `inactive` statuses GitHub wrote (auto_inactive), not mlgate: they end no release. */
  foreignInactive?: boolean;
}

function describeState(spec: RecordSpec, state: DeploymentState, i: number): string {
  if (state === 'failure' && spec.rolledBackReason !== undefined && i === spec.states.lastIndexOf('failure')) return `rolled back: ${spec.rolledBackReason}`;
  if (state === 'inactive' && !spec.foreignInactive) return `${SUPERSEDED_PREFIX}a newer release`;
  return state;
}

/** A deployment record as a store returns it (statuses newest first). */
export function record(spec: RecordSpec): ReleaseRecord {
  const statuses = spec.states.map((state, i) => ({
    id: spec.id * 100 + i,
    state,
    description: describeState(spec, state, i),
    createdAt: new Date(Date.UTC(2026, 0, 1, 0, 0, spec.id, i)).toISOString(),
  }));
  return {
    id: spec.id,
    environment: spec.env ?? 'production',
    ref: `sha${spec.id}`,
    sha: `sha${spec.id}`,
    task: spec.task ?? 'deploy:mlgate',
    createdAt: new Date(Date.UTC(2026, 0, 1, 0, 0, spec.id)).toISOString(),
    creator: 'bot',
    payload:
      spec.payload ??
      {
        mlgate: 1,
        model: { name: spec.model ?? 'churn', version: spec.version, uri: `s3://m/${spec.version}` },
        metrics: { accuracy: 0.9 },
        gate: { verdict: 'pass' },
        source: { sha: `sha${spec.id}`, pr: spec.id + 40, actor: 'alice' },
        rollback_of: spec.rollbackOf ?? null,
      },
    statuses: statuses.reverse(),
  };
}
