/** What to do with the sticky issue after a run: decided here, done by the MonitorIssues adapter. */
import type { MonitorHistory } from './history.js';
import type { MonitorRun } from './run.js';

export interface ExistingIssue {
  state: 'open' | 'closed';
}

export type IssueAction =
  /** No issue and nothing to report: a healthy or warn run without an open issue. */
  | { kind: 'none'; why: string }
  /** Leave the issue as it is (a rerun, or a closed issue and no degradation). */
  | { kind: 'unchanged'; why: string }
  | { kind: 'create' }
  /** Rewrite the open issue with the latest run (it stays open). */
  | { kind: 'update' }
  /** Reopen a closed issue: degraded again. */
  | { kind: 'reopen'; note: string }
  /** Close the open issue with a note: healthy again. */
  | { kind: 'close'; note: string };

/**
 * The decision table (docs/monitoring.md). `history` is the history before `run` is appended; a run it already holds
 * is a rerun, which changes nothing.
 */
export function planIssueAction(existing: ExistingIssue | undefined, run: MonitorRun, history: MonitorHistory): IssueAction {
  if (history.runs.some((r) => r.run_id === run.run_id)) return { kind: 'unchanged', why: `run ${run.run_id} is already recorded; a rerun changes nothing` };
  const release = run.release ? `${run.release.version} (#${run.release.id})` : 'no live release';
  if (!existing) return run.verdict === 'degraded' ? { kind: 'create' } : { kind: 'none', why: `${run.verdict} and no issue open` };
  if (existing.state === 'open') {
    if (run.verdict === 'healthy') return { kind: 'close', note: `Healthy again in run ${run.run_id} (${run.time}, live release ${release}): closing.` };
    return { kind: 'update' };
  }
  if (run.verdict === 'degraded') return { kind: 'reopen', note: `Degraded again in run ${run.run_id} (${run.time}, live release ${release}): reopening.` };
  return { kind: 'unchanged', why: `${run.verdict}; the issue is closed and stays closed` };
}
