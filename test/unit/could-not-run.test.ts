import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { publishCouldNotRun, stickyKeys } from '../../src/commands/could-not-run.js';
import type { CommandContext, Invocation } from '../../src/commands/types.js';
import { inputError } from '../../src/domain/errors.js';

function context(files: Record<string, string>, inActions = true): { ctx: CommandContext; written: string[]; warnings: string[] } {
  const cwd = mkdtempSync(path.join(os.tmpdir(), 'mlgate-cnr-'));
  for (const [name, body] of Object.entries(files)) writeFileSync(path.join(cwd, name), body);
  const written: string[] = [];
  const warnings: string[] = [];
  const ctx: CommandContext = {
    cwd,
    env: {},
    log: { info: () => undefined, debug: () => undefined, warning: (m) => warnings.push(m), error: () => undefined },
    summary: { available: true, write: (md) => Promise.resolve(void written.push(md)) },
    inActions,
    github: { apiUrl: 'http://127.0.0.1:9', serverUrl: 'https://github.com', workflow: 'mlgate', repository: { owner: 'o', repo: 'r' }, runId: 7, sha: 'abcdef1234567890abcdef1234567890abcdef12' },
  };
  return { ctx, written, warnings };
}

const invocation = (options: Record<string, string> = {}): Invocation => ({ command: 'check', surface: 'action', positionals: [], options });

describe('could not run: the comments a run would have written are replaced', () => {
  it('keys: one per model of the config, even when the config fails validation elsewhere', async () => {
    const { ctx } = context({ 'mlgate.yml': 'models:\n  - name: churn\n    metrics: m.json\n    gates: { accuracy: { min: "not a number" } }\n  - name: upsell\n    metrics: u.json\n' });
    expect(await stickyKeys(invocation(), ctx)).toEqual(['mlgate/churn', 'mlgate/upsell']);
    expect(await stickyKeys(invocation({ model: 'upsell' }), ctx)).toEqual(['mlgate/upsell']);
  });

  it('keys: report.comment_key overrides; no readable config falls back to the data comment', async () => {
    const { ctx } = context({ 'mlgate.yml': 'report: { comment_key: team/gate }\nmodels: [{ name: churn, metrics: m.json }]\n' });
    expect(await stickyKeys(invocation(), ctx)).toEqual(['team/gate']);
    const broken = context({ 'mlgate.yml': 'models: [ {' });
    expect(await stickyKeys(invocation(), broken.ctx)).toEqual(['mlgate/data']);
  });

  it('the job summary says the same: the error and the fix (only for commands that comment, only in Actions)', async () => {
    const { ctx, written } = context({ 'mlgate.yml': 'models: [{ name: churn, metrics: m.json }]\n' });
    const error = inputError('row has 7 fields; the header has 6', { file: 'data/train.csv', line: 1842 });
    await publishCouldNotRun('check', invocation(), ctx, error);
    expect(written).toHaveLength(1);
    expect(written[0]!.split('\n')[0]).toBe('<!-- mlgate:mlgate/churn -->');
    expect(written[0]).toContain('mlgate could not run for abcdef1');
    expect(written[0]).toContain('data/train.csv&#58;1842&#58; row has 7 fields; the header has 6');
    expect(written[0]).toContain('**Fix:**');
    await publishCouldNotRun('validate', invocation(), ctx, error);
    const local = context({}, false);
    await publishCouldNotRun('check', invocation(), local.ctx, error);
    expect(written).toHaveLength(1);
    expect(local.written).toHaveLength(0);
  });
});
