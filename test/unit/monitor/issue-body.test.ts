import { describe, expect, it } from 'vitest';
import { appendRun, emptyHistory } from '../../../src/domain/monitor/history.js';
import { issueBody, issueTitle } from '../../../src/domain/monitor/issue-body.js';
import { run } from './fixtures.js';

const HOSTILE = ['<img src=x onerror=alert(1)>', '@octocat please', '[click](https://evil.example)', '```\n# injected', 'a|b|c', 'x"] \n  line [9'];

function bodyWith(column: string, dataset = 'train'): string {
  const runs = [0.05, 0.12, 0.31].map((score, i) =>
    run(`r${i + 1}`, score > 0.2 ? 'degraded' : 'healthy', {
      drift: [{ dataset, column, method: 'psi', score, threshold: 0.2, status: score > 0.2 ? 'fail' : 'pass' }],
      metrics: [{ name: column, release: 0.8, live: 0.8 - score / 10, status: 'pass', reason: `${column} held` }],
      findings: score > 0.2 ? [{ level: 'degraded', text: `${dataset}: drift in ${column}` }] : [],
      labelled: 500,
    }),
  );
  const history = runs.reduce((h, r) => appendRun(h, r), emptyHistory('churn', 'production'));
  return issueBody({ model: 'churn', environment: 'production', run: runs.at(-1)!, history });
}

describe('the monitor issue body', () => {
  it('starts with the latest verdict and why, then the measures, then a trend chart per series', () => {
    const body = bodyWith('monthly_charges');
    const lines = body.split('\n');
    expect(lines[0]).toBe('## ❌ churn in production: degraded');
    expect(body.indexOf('**Why**')).toBeLessThan(body.indexOf('### Live metrics'));
    expect(body.indexOf('### Drift')).toBeLessThan(body.indexOf('### Trend over the last 3 runs'));
    expect(body).toContain('title "drift train.monthly_charges _psi_"');
    expect(body).toMatch(/line \[0\.05, 0\.12, 0\.31\]/);
    expect(body).toContain('title "live monthly_charges"');
  });

  it('with a single run there is no trend yet', () => {
    const r = run('r1', 'degraded', { drift: [{ dataset: 'train', column: 'age', method: 'ks', score: 0.4, threshold: 0.1, status: 'fail' }] });
    const body = issueBody({ model: 'churn', environment: 'production', run: r, history: appendRun(emptyHistory('churn', 'production'), r) });
    expect(body).not.toContain('```mermaid');
    expect(body).toContain('| train | age | ks | 0.4 | 0.1 | fail |');
  });

  it.each(HOSTILE)('escapes the hostile column name %j everywhere it appears', (name) => {
    const body = bodyWith(name, name);
    expect(body).not.toContain('<img');
    expect(body).not.toMatch(/(^|[^\u200B])@octocat/);
    expect(body).not.toContain('](https://evil');
    // Only our own fences: every ``` line opens or closes a mermaid block.
    const fences = body.split('\n').filter((l) => l.startsWith('```'));
    expect(fences.filter((l) => l === '```mermaid')).toHaveLength(fences.length / 2);
    // No line a hostile name could start: headings and table rows are ours.
    for (const line of body.split('\n')) expect(line).not.toMatch(/^# injected|^\s*line \[9/);
    // Table rows keep their column count: the name's pipes are escaped.
    for (const row of body.split('\n').filter((l) => l.startsWith('| train') || l.startsWith(`| ${name.slice(0, 1)}`))) expect(row.split(/(?<!\\)\|/).length).toBeLessThanOrEqual(8);
  });

  it('titles say the state in plain text, one line', () => {
    expect(issueTitle('churn', 'production', run('r1', 'degraded'))).toBe('mlgate monitor: churn in production is degraded');
    expect(issueTitle('churn', 'production', run('r1', 'healthy'))).toBe('mlgate monitor: churn in production is healthy again');
    expect(issueTitle('ch\nurn', 'prod', run('r1', 'warn'))).not.toContain('\n');
  });

  it('says a deferred rollback was requested, in what was done and in the recent runs', () => {
    const r = run('r7', 'degraded', { actions: ['rollback requested: monitor: live accuracy: worse'], rollback_requested: 'monitor: live accuracy: worse' });
    const body = issueBody({ model: 'churn', environment: 'production', run: r, history: appendRun(emptyHistory('churn', 'production'), r) });
    // (colons of untrusted text are written as &#58;, which GitHub renders as ':')
    expect(body).toContain('**Done**: rollback requested&#58; monitor&#58; live accuracy&#58; worse.');
    expect(body).toContain('| ❌ degraded (rollback requested) |');
    expect(body).not.toContain('(rolled back)');
  });
});
