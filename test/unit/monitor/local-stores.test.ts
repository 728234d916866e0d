import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { keyFileName } from '../../../src/adapters/local/monitor-files.js';
import { MonitorHistoryFile } from '../../../src/adapters/local/monitor-history-file.js';
import { MonitorIssueFile } from '../../../src/adapters/local/monitor-issue-file.js';
import { MlgateError } from '../../../src/domain/errors.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'mlgate-monitor-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the local monitor issue file', () => {
  const key = 'monitor/churn/production';
  it('is created open, found again, updated, closed with a comment, reopened, keeping its comments', async () => {
    const issues = new MonitorIssueFile(dir, () => new Date('2026-12-01T06:00:00Z'));
    expect(await issues.find(key)).toBeUndefined();
    const created = await issues.create(key, { title: 'churn is degraded', body: '## ❌ degraded\n\nbody line' });
    expect(created).toMatchObject({ number: 1, state: 'open', title: 'churn is degraded', url: path.join(dir, 'monitor.churn.production.issue.md') });
    expect(await issues.find(key)).toEqual(created);
    const text = await readFile(created.url, 'utf8');
    expect(text.split('\n').slice(0, 3)).toEqual(['<!-- mlgate:monitor/churn/production -->', '<!-- mlgate-issue-state: open -->', '# churn is degraded']);

    const closed = await issues.update(key, created, { title: 'churn is healthy again', body: 'all good', state: 'closed' });
    await issues.comment(closed, 'Healthy again: closing.');
    const found = await issues.find(key);
    expect(found).toMatchObject({ state: 'closed', title: 'churn is healthy again', body: 'all good' });
    const reopened = await issues.update(key, found!, { title: 'churn is degraded', body: 'bad again', state: 'open' });
    await issues.comment(reopened, 'Degraded again: reopening.');
    const final = await readFile(created.url, 'utf8');
    expect(final).toContain('**2026-12-01T06:00:00.000Z**: Healthy again: closing.');
    expect(final).toContain('**2026-12-01T06:00:00.000Z**: Degraded again: reopening.');
    expect(await issues.find(key)).toMatchObject({ state: 'open', body: 'bad again' });
  });

  it('keeps one file per key', async () => {
    const issues = new MonitorIssueFile(dir);
    const a = await issues.create('monitor/churn/production', { title: 'a', body: 'a' });
    const b = await issues.create('monitor/churn/staging', { title: 'b', body: 'b' });
    const c = await issues.create('monitor/churn.production/x', { title: 'c', body: 'c' });
    expect(new Set([a.url, b.url, c.url]).size).toBe(3);
    expect((await issues.find('monitor/churn/production'))?.title).toBe('a');
  });

  it.each([
    ['another marker', '<!-- mlgate:other -->\n<!-- mlgate-issue-state: open -->\n# t\n\nb\n', /line 1|first line/],
    ['a bad state line', '<!-- mlgate:monitor/churn/production -->\n<!-- mlgate-issue-state: maybe -->\n# t\n\nb\n', /expected <!-- mlgate-issue-state: open -->/],
    ['no title', '<!-- mlgate:monitor/churn/production -->\n<!-- mlgate-issue-state: open -->\nt\n\nb\n', /expected '# <title>'/],
  ])('refuses a file with %s, naming it', async (_what, content, message) => {
    const issues = new MonitorIssueFile(dir);
    const file = path.join(dir, keyFileName(key, '.issue.md'));
    await writeFile(file, content);
    const error = await issues.find(key).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MlgateError);
    expect((error as MlgateError).message).toMatch(message);
    expect((error as MlgateError).location.file).toBe(file);
  });
});

describe('the local monitor history file', () => {
  it('reads nothing before the first write, then what was written, per key', async () => {
    const history = new MonitorHistoryFile(path.join(dir, 'nested', 'monitor'));
    expect(await history.read('monitor/churn/production')).toBeUndefined();
    await history.write('monitor/churn/production', '{"a":1}\n');
    await history.write('monitor/churn/staging', '{"b":2}\n');
    expect(await history.read('monitor/churn/production')).toBe('{"a":1}\n');
    expect(await history.read('monitor/churn/staging')).toBe('{"b":2}\n');
    await history.write('monitor/churn/production', '{"a":3}\n');
    expect(await history.read('monitor/churn/production')).toBe('{"a":3}\n');
  });
});
