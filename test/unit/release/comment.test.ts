import { describe, expect, it } from 'vitest';
import { rollbackCommentBody, rollbackCommentKey } from '../../../src/domain/release/comment.js';
import { toRelease } from '../../../src/domain/release/state.js';
import { record } from './fixtures.js';

describe('rollbackCommentBody', () => {
  const reverted = toRelease(record({ id: 12, version: '2.0', states: ['success'] }))!;
  const restored = toRelease(record({ id: 9, version: '1.9', states: ['success', 'inactive'] }))!;
  it('starts with the marker of key rollback-<id> and says what happened', () => {
    const body = rollbackCommentBody({ reverted, restored, newId: 13, reason: 'p95 doubled', environment: 'production', runUrl: 'https://github.com/o/r/actions/runs/5' });
    expect(rollbackCommentKey(reverted)).toBe('rollback-12');
    expect(body.split('\n')[0]).toBe('<!-- mlgate:rollback-12 -->');
    expect(body).toContain('rolled back churn 2.0 in production');
    expect(body).toContain('rolled back to 1.9 (deployment 9, restored as deployment 13)');
    expect(body).toContain('**Reason:** p95 doubled');
    expect(body).toContain('[Rollback run](https://github.com/o/r/actions/runs/5)');
  });
  it('escapes an untrusted reason: no mentions, no HTML, no new blocks, no links', () => {
    const body = rollbackCommentBody({ reverted, restored, newId: 13, reason: '@team <img src=x> [x](http://evil)\n# heading', environment: 'production' });
    const reasonLine = body.split('\n').find((l) => l.startsWith('**Reason:**'))!;
    expect(reasonLine).not.toMatch(/@team|<img|\]\(|\n/);
    expect(body).not.toMatch(/^# heading/m);
  });
});
