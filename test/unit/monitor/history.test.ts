import { describe, expect, it } from 'vitest';
import { appendRun, deferredRollback, emptyHistory, HISTORY_LIMIT, historyText, monitorKey, parseHistory, recordedRun, rollbackDue, type MonitorHistory } from '../../../src/domain/monitor/history.js';
import { run } from './fixtures.js';

const empty = emptyHistory('churn', 'production');
const withRuns = (...runs: ReturnType<typeof run>[]): MonitorHistory => runs.reduce((h, r) => appendRun(h, r), empty);

describe('monitor history', () => {
  it('keeps the newest runs, dropping the oldest past the limit', () => {
    let h = empty;
    for (let i = 1; i <= HISTORY_LIMIT + 7; i++) h = appendRun(h, run(`r${i}`, 'healthy'));
    expect(h.runs).toHaveLength(HISTORY_LIMIT);
    expect(h.runs[0]!.run_id).toBe('r8');
    expect(h.runs.at(-1)!.run_id).toBe(`r${HISTORY_LIMIT + 7}`);
    expect(appendRun(withRuns(run('a', 'warn'), run('b', 'warn')), run('c', 'warn'), 2).runs.map((r) => r.run_id)).toEqual(['b', 'c']);
  });

  it('reads back what it writes, and finds a recorded run by id', () => {
    const h = withRuns(run('r1', 'healthy'), run('r2', 'degraded', { rolled_back: true, drift: [{ dataset: 'train', column: 'age', method: 'ks', score: 0.2, threshold: 0.1, status: 'fail' }] }));
    const back = parseHistory(historyText(h), 'h');
    expect(back).toEqual(h);
    expect(recordedRun(h, 'r2')?.verdict).toBe('degraded');
    expect(recordedRun(h, 'r3')).toBeUndefined();
  });

  it.each([
    ['not JSON', '{runs: [', /is not JSON/],
    ['a newer format version', JSON.stringify({ ...empty, version: 2 }), /format version 2; this mlgate reads version 1/],
    ['another document', JSON.stringify({ deployments: [] }), /is not a monitor history: format/],
    ['a run without a verdict', JSON.stringify({ ...empty, runs: [{ ...run('r1', 'healthy'), verdict: 'fine' }] }), /runs\.0\.verdict/],
  ])('refuses %s, saying why', (_what, text, message) => {
    const parsed = parseHistory(text, 'the monitor history');
    expect('problem' in parsed && parsed.problem).toMatch(message);
  });

  it('keys a model and environment', () => {
    expect(monitorKey('churn', 'production')).toBe('monitor/churn/production');
    expect(monitorKey('churn', 'staging')).not.toBe(monitorKey('churn', 'production'));
  });

  it('rolls back on the first degraded run of a streak only', () => {
    expect(rollbackDue(empty)).toBe(true);
    expect(rollbackDue(withRuns(run('r1', 'healthy')))).toBe(true);
    expect(rollbackDue(withRuns(run('r1', 'degraded', { rolled_back: true })))).toBe(false);
    expect(rollbackDue(withRuns(run('r1', 'degraded', { rolled_back: true }), run('r2', 'degraded')))).toBe(false);
    // Recovered since the rollback: a new degradation rolls back again.
    expect(rollbackDue(withRuns(run('r1', 'degraded', { rolled_back: true }), run('r2', 'healthy')))).toBe(true);
    expect(rollbackDue(withRuns(run('r1', 'degraded', { rolled_back: true }), run('r2', 'warn')))).toBe(true);
    // A degraded streak whose rollback was refused (nothing to go back to) tries again.
    expect(rollbackDue(withRuns(run('r1', 'degraded'), run('r2', 'degraded')))).toBe(true);
  });

  it('rollback: defer asks for a rollback once per degradation streak, and the request counts like a rollback', () => {
    const degraded = run('r2', 'degraded', { findings: [{ level: 'degraded', text: 'live accuracy: worse' }, { level: 'warn', text: 'age drifted' }] });
    // First degraded run of a streak: due, with the reason the rollback action records.
    expect(deferredRollback(withRuns(run('r1', 'healthy')), degraded)).toEqual({ due: true, reason: 'monitor: live accuracy: worse', said: 'rollback requested: monitor: live accuracy: worse' });
    // A run that is not degraded never asks.
    expect(deferredRollback(empty, run('r2', 'warn')).due).toBe(false);
    // The recorded request ends the streak's rollbacks: the next degraded runs do not ask again.
    const requested = withRuns(run('r1', 'degraded', { rollback_requested: 'monitor: live accuracy: worse' }));
    expect(rollbackDue(requested)).toBe(false);
    const again = deferredRollback(requested, degraded);
    expect(again.due).toBe(false);
    expect(again.said).toMatch(/^no rollback: /);
    expect(deferredRollback(appendRun(requested, run('r2', 'degraded')), run('r3', 'degraded')).due).toBe(false);
    // Recovered since: a new degradation asks again.
    expect(deferredRollback(appendRun(requested, run('r2', 'healthy')), run('r3', 'degraded')).due).toBe(true);
    // The reason fits the rollback's 100 characters.
    const long = deferredRollback(empty, run('r4', 'degraded', { findings: [{ level: 'degraded', text: 'x'.repeat(300) }] }));
    expect(long.due && long.reason.length).toBe(100);
  });

  it('keeps rollback_requested through the history text', () => {
    const h = withRuns(run('r1', 'degraded', { rollback_requested: 'monitor: why' }));
    const parsed = parseHistory(historyText(h), 'h');
    expect('problem' in parsed ? parsed.problem : parsed.runs[0]!.rollback_requested).toBe('monitor: why');
  });
});
