/**
 * Which pull request a report may comment on. On `pull_request` the event names it (trusted). On `workflow_run`
 * (the fork-safe comment stage) the PR number comes from the downloaded results, which a fork controls: it is used
 * only when the results were made by the run that triggered us, for its head commit, and the PR is that run's.
 */

export interface ResultsMetaLike {
  pr: number | null;
  head_sha: string;
  run_id: number;
}

export type Target =
  | { kind: 'pr'; number: number; headSha?: string; runId?: number; via: 'event' | 'workflow_run' }
  /** Fork PRs: `workflow_run.pull_requests` is empty; the PR must be looked up and its head compared. */
  | { kind: 'check-pull'; number: number; headSha: string; headRepository?: string; runId: number }
  | { kind: 'none'; reason: string }
  | { kind: 'rejected'; reason: string };

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj | undefined => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : undefined);
const int = (v: unknown): number | undefined => (typeof v === 'number' && Number.isInteger(v) && v > 0 ? v : undefined);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

export function targetFromEvent(eventName: string | undefined, payload: unknown, meta: ResultsMetaLike | undefined): Target {
  const event = obj(payload) ?? {};
  if (eventName === 'pull_request' || eventName === 'pull_request_target') {
    const pr = obj(event.pull_request);
    const number = int(pr?.number) ?? int(event.number);
    if (number === undefined) return { kind: 'none', reason: `the ${eventName} event has no pull request number` };
    return { kind: 'pr', number, headSha: str(obj(pr?.head)?.sha), via: 'event' };
  }
  if (eventName === 'workflow_run') {
    const run = obj(event.workflow_run);
    if (!run) return { kind: 'rejected', reason: 'the workflow_run event has no workflow_run object' };
    if (!meta) return { kind: 'rejected', reason: 'the results have no meta.json, so they cannot be matched to the triggering run' };
    const runId = int(run.id);
    const headSha = str(run.head_sha);
    if (runId === undefined || meta.run_id !== runId) return { kind: 'rejected', reason: `the results say run ${meta.run_id}, but the triggering run is ${runId ?? 'unknown'}` };
    if (headSha === undefined || meta.head_sha !== headSha) return { kind: 'rejected', reason: `the results are for commit ${meta.head_sha.slice(0, 12)}, but the triggering run built ${(headSha ?? 'unknown').slice(0, 12)}` };
    if (meta.pr === null) return { kind: 'none', reason: 'the results are not from a pull request' };
    const pulls = Array.isArray(run.pull_requests) ? run.pull_requests.map((p) => int(obj(p)?.number)).filter((n): n is number => n !== undefined) : [];
    if (pulls.length > 0) {
      return pulls.includes(meta.pr)
        ? { kind: 'pr', number: meta.pr, headSha, runId, via: 'workflow_run' }
        : { kind: 'rejected', reason: `the results name PR #${meta.pr}, but the triggering run belongs to ${pulls.map((n) => `#${n}`).join(', ')}` };
    }
    return { kind: 'check-pull', number: meta.pr, headSha, headRepository: str(obj(run.head_repository)?.full_name), runId };
  }
  return { kind: 'none', reason: eventName ? `a ${eventName} event has no pull request to comment on` : 'not running in a pull request' };
}

/** The fork case: the PR's current head must be the commit the run built, from the same head repository. */
export function pullMatches(target: Extract<Target, { kind: 'check-pull' }>, pull: { headSha?: string; headRepository?: string | null }): Target {
  if (pull.headSha !== target.headSha) return { kind: 'rejected', reason: `PR #${target.number}'s head is ${(pull.headSha ?? 'unknown').slice(0, 12)}, not the commit the run built (${target.headSha.slice(0, 12)})` };
  if (target.headRepository !== undefined && pull.headRepository !== target.headRepository) {
    return { kind: 'rejected', reason: `PR #${target.number} comes from ${pull.headRepository ?? 'an unknown repository'}, not ${target.headRepository}` };
  }
  return { kind: 'pr', number: target.number, headSha: target.headSha, runId: target.runId, via: 'workflow_run' };
}
