import { describe, expect, it } from 'vitest';
import { appendRun, emptyHistory } from '../../../src/domain/monitor/history.js';
import { planIssueAction } from '../../../src/domain/monitor/issue-plan.js';
import { run } from './fixtures.js';

const empty = emptyHistory('churn', 'production');

describe('planIssueAction', () => {
  it.each([
    [undefined, 'healthy', 'none'],
    [undefined, 'warn', 'none'],
    [undefined, 'degraded', 'create'],
    ['open', 'degraded', 'update'],
    ['open', 'warn', 'update'],
    ['open', 'healthy', 'close'],
    ['closed', 'degraded', 'reopen'],
    ['closed', 'warn', 'unchanged'],
    ['closed', 'healthy', 'unchanged'],
  ] as const)('issue %s, verdict %s → %s', (state, verdict, kind) => {
    const action = planIssueAction(state ? { state } : undefined, run('r7', verdict), empty);
    expect(action.kind).toBe(kind);
  });

  it('a rerun of a recorded run changes nothing, whatever the issue and verdict', () => {
    const history = appendRun(empty, run('r7', 'degraded'));
    for (const state of [undefined, 'open', 'closed'] as const) {
      for (const verdict of ['healthy', 'warn', 'degraded'] as const) {
        const action = planIssueAction(state ? { state } : undefined, run('r7', verdict), history);
        expect(action).toEqual({ kind: 'unchanged', why: expect.stringContaining('r7') as string });
      }
    }
    expect(planIssueAction({ state: 'open' }, run('r8', 'healthy'), history).kind).toBe('close');
  });

  it('the closing and reopening notes name the run and the live release', () => {
    const close = planIssueAction({ state: 'open' }, run('r9', 'healthy', { release: { version: '2.0.0', id: 14 } }), empty);
    expect(close.kind === 'close' && close.note).toMatch(/Healthy again in run r9 .*2\.0\.0 \(#14\)/);
    const reopen = planIssueAction({ state: 'closed' }, run('r10', 'degraded', { release: null }), empty);
    expect(reopen.kind === 'reopen' && reopen.note).toMatch(/Degraded again in run r10 .*no live release/);
  });
});
