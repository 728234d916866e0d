import { describe, expect, it } from 'vitest';
import { pullMatches, targetFromEvent } from '../../../src/domain/report/target.js';
import { examplePayload } from '../../harness/events.js';

const meta = { pr: 58, head_sha: 'b7e1d4c3a2f5e6d7c8b9a0f1e2d3c4b5a6f7e8d9', run_id: 7002 };

/** A real workflow_run payload (@octokit/webhooks-examples) pointed at the run that made `meta`. */
function workflowRun(pulls: number[]): Record<string, unknown> {
  const p = examplePayload({ name: 'workflow_run', action: 'completed' });
  const run = p.workflow_run as Record<string, unknown>;
  run.id = meta.run_id;
  run.head_sha = meta.head_sha;
  run.pull_requests = pulls.map((number) => ({ number }));
  (run.head_repository as Record<string, unknown>).full_name = 'outside-contributor/ml-repo';
  return p;
}

describe('which PR a report may comment on', () => {
  it('pull_request: the number in the (real) event, never the one in the results', () => {
    const p = examplePayload({ name: 'pull_request', action: 'synchronize' });
    const number = (p.pull_request as { number: number }).number;
    expect(targetFromEvent('pull_request', p, { ...meta, pr: number + 1 })).toMatchObject({ kind: 'pr', number, via: 'event' });
  });

  it('workflow_run from a branch PR: meta.pr must be among the run’s pull requests', () => {
    expect(targetFromEvent('workflow_run', workflowRun([58]), meta)).toMatchObject({ kind: 'pr', number: 58, runId: 7002, via: 'workflow_run' });
    expect(targetFromEvent('workflow_run', workflowRun([12]), meta)).toMatchObject({ kind: 'rejected', reason: expect.stringMatching(/belongs to #12/) as unknown });
  });

  it('workflow_run from a fork (pull_requests empty): look the PR up and compare its head', () => {
    const t = targetFromEvent('workflow_run', workflowRun([]), meta);
    expect(t).toEqual({ kind: 'check-pull', number: 58, headSha: meta.head_sha, headRepository: 'outside-contributor/ml-repo', runId: 7002 });
    if (t.kind !== 'check-pull') throw new Error('unreachable');
    expect(pullMatches(t, { headSha: meta.head_sha, headRepository: 'outside-contributor/ml-repo' })).toMatchObject({ kind: 'pr', number: 58 });
    expect(pullMatches(t, { headSha: 'a'.repeat(40), headRepository: 'outside-contributor/ml-repo' }).kind).toBe('rejected');
    expect(pullMatches(t, { headSha: meta.head_sha, headRepository: 'someone-else/ml-repo' }).kind).toBe('rejected');
  });

  it('workflow_run: results from another run or commit, or without meta, are refused', () => {
    expect(targetFromEvent('workflow_run', workflowRun([58]), { ...meta, run_id: 1 }).kind).toBe('rejected');
    expect(targetFromEvent('workflow_run', workflowRun([58]), { ...meta, head_sha: 'c'.repeat(40) }).kind).toBe('rejected');
    expect(targetFromEvent('workflow_run', workflowRun([58]), undefined).kind).toBe('rejected');
    expect(targetFromEvent('workflow_run', workflowRun([58]), { ...meta, pr: null }).kind).toBe('none');
  });

  it('other events have nothing to comment on', () => {
    expect(targetFromEvent('push', examplePayload({ name: 'push' }), meta).kind).toBe('none');
    expect(targetFromEvent(undefined, undefined, meta).kind).toBe('none');
  });
});
