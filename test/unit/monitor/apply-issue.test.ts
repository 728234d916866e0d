import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MonitorIssueFile } from '../../../src/adapters/local/monitor-issue-file.js';
import { applyIssueAction, onDegradedList } from '../../../src/commands/monitor-act.js';
import { appendRun, emptyHistory } from '../../../src/domain/monitor/history.js';
import { run } from './fixtures.js';

const key = 'monitor/churn/production';
let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'mlgate-apply-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const content = (text: string) => () => ({ title: `title ${text}`, body: `body ${text}` });

describe('applyIssueAction on the local issue file', () => {
  it('opens, updates, closes with a note, leaves closed on warn, reopens with a note', async () => {
    const issues = new MonitorIssueFile(dir);
    let history = emptyHistory('churn', 'production');
    const step = async (id: string, verdict: 'healthy' | 'warn' | 'degraded', enabled = true) => {
      const r = run(id, verdict);
      const result = await applyIssueAction({ issues, key, run: r, history, enabled, content: content(id) });
      history = appendRun(history, r);
      return result;
    };
    expect((await step('r1', 'healthy')).action).toBe('none');
    expect((await step('r2', 'degraded')).action).toBe('create');
    expect((await step('r3', 'warn')).action).toBe('update');
    expect(await issues.find(key)).toMatchObject({ state: 'open', body: 'body r3' });
    expect((await step('r4', 'healthy')).action).toBe('close');
    expect((await step('r5', 'warn')).action).toBe('unchanged');
    expect(await issues.find(key)).toMatchObject({ state: 'closed', body: 'body r4' });
    expect((await step('r6', 'degraded')).action).toBe('reopen');
    const file = await readFile(path.join(dir, 'monitor.churn.production.issue.md'), 'utf8');
    expect(file).toContain('Healthy again in run r4');
    expect(file).toContain('Degraded again in run r6');
    expect(file.indexOf('Healthy again in run r4')).toBeLessThan(file.indexOf('Degraded again in run r6'));
    // A rerun of r6 changes nothing.
    const before = file;
    const rerun = await applyIssueAction({ issues, key, run: run('r6', 'healthy'), history, enabled: true, content: content('r6 again') });
    expect(rerun.action).toBe('unchanged');
    expect(await readFile(path.join(dir, 'monitor.churn.production.issue.md'), 'utf8')).toBe(before);
  });

  it("without 'issue' in on_degraded no issue is opened, and an open one is left as it is", async () => {
    const issues = new MonitorIssueFile(dir);
    const none = await applyIssueAction({ issues, key, run: run('r1', 'degraded'), history: emptyHistory('churn', 'production'), enabled: false, content: content('r1') });
    expect(none.action).toBe('none');
    expect(await issues.find(key)).toBeUndefined();
    await issues.create(key, { title: 't', body: 'b' });
    const left = await applyIssueAction({ issues, key, run: run('r2', 'healthy'), history: emptyHistory('churn', 'production'), enabled: false, content: content('r2') });
    expect(left.action).toBe('unchanged');
    expect(await issues.find(key)).toMatchObject({ state: 'open', body: 'b' });
  });

  it('reads on_degraded as a list without repeats, issue by default', () => {
    expect(onDegradedList(undefined)).toEqual(['issue']);
    expect(onDegradedList('fail')).toEqual(['fail']);
    expect(onDegradedList(['rollback', 'fail', 'rollback'])).toEqual(['rollback', 'fail']);
  });
});
