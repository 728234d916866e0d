import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../src/commands/all.js';
import { alignPayload, examplePayload, NODE_VERSIONS, nodeBinary, readActionYml, REPO_ROOT, runAction, spawnCollect } from '../harness/index.js';

const ECHO_ACTION = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'harness', 'fixtures', 'echo-action');
const STACK_LINE = /^\s+at .+[:(]\d+/m;

beforeAll(() => {
  if (!existsSync(path.join(REPO_ROOT, 'dist', 'index.js'))) throw new Error('dist/ is missing: run `npm run bundle` (npm test does it first)');
});

describe('event payloads', () => {
  it('are real @octokit/webhooks-examples payloads, pointed at the test repository and PR', () => {
    const same = alignPayload(examplePayload({ name: 'pull_request', action: 'opened' }), 'octo-org/ml-repo', { number: 42, headSha: 'a'.repeat(40) });
    expect(same).toMatchObject({ action: 'opened', number: 42, repository: { full_name: 'octo-org/ml-repo', owner: { login: 'octo-org' } }, pull_request: { number: 42, head: { sha: 'a'.repeat(40), repo: { full_name: 'octo-org/ml-repo', fork: false } }, base: { repo: { full_name: 'octo-org/ml-repo' } } } });
    const fork = alignPayload(examplePayload({ name: 'pull_request', action: 'synchronize' }), 'octo-org/ml-repo', { number: 7, fork: true });
    expect(fork).toMatchObject({ pull_request: { head: { repo: { full_name: 'outside-contributor/ml-repo', fork: true, owner: { login: 'outside-contributor' } } } } });
    expect(examplePayload({ name: 'workflow_run', action: 'completed' })).toMatchObject({ action: 'completed', workflow_run: { id: expect.any(Number) as unknown } });
    expect(() => examplePayload({ name: 'pull_request', action: 'exploded' })).toThrow(/no 'pull_request' payload with action 'exploded' \(has: .*opened/);
  });
});

describe.each(NODE_VERSIONS)('the action bundle under Node %i', (node) => {
  it('runs under the Node version it claims', async () => {
    const { stdout } = await spawnCollect(nodeBinary(node), ['-p', 'process.versions.node'], { cwd: REPO_ROOT, env: {}, timeoutMs: 30_000 });
    expect(Number(stdout.split('.')[0])).toBe(node);
  });

  it('`node dist/index.js` with INPUT_COMMAND=compare and no other setup exits 2 with one line naming the missing input', async () => {
    const cwd = mkdtempSync(path.join(os.tmpdir(), 'mlgate-bare-'));
    const run = await spawnCollect(nodeBinary(node), [path.join(REPO_ROOT, 'dist', 'index.js')], { cwd, env: { PATH: process.env.PATH ?? '', INPUT_COMMAND: 'compare' }, timeoutMs: 30_000 });
    expect(run.exitCode).toBe(2);
    const lines = `${run.stdout}${run.stderr}`.split('\n').filter((l) => l.trim() !== '');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^::error::input 'config' names 'mlgate\.yml', which does not exist/);
    expect(`${run.stdout}${run.stderr}`).not.toMatch(STACK_LINE);
  });

  it('as the runner runs it (action.yml defaults, event payload, file commands): compare without a config fails the step with exit 2', async () => {
    const run = await runAction({ action: 'compare', node, token: 'ghs_secret_token_value' });
    expect(run.exitCode).toBe(2);
    expect(run.failure).toMatch(/^input 'config' names 'mlgate\.yml', which does not exist/);
    expect(run.env['INPUT_GITHUB-TOKEN']).toBe('ghs_secret_token_value');
    expect(run.env.INPUT_CONFIG).toBe('mlgate.yml');
    expect(run.masks).toContain('ghs_secret_token_value');
    expect(run.leaks('ghs_secret_token_value')).toBe(false);
    expect(run.stderr).not.toMatch(STACK_LINE);
  });

  it('the root action rejects an unknown command with a did-you-mean', async () => {
    const run = await runAction({ action: 'root', node, inputs: { command: 'compair' } });
    expect(run.exitCode).toBe(2);
    expect(run.failure).toBe("input 'command' is 'compair'; expected one of validate, profile, merge-profiles, infer-schema, compare, report, check, promote, rollback, history, verify-evidence, monitor (did you mean 'compare'?)");
  });

  it("a bad boolean input (INPUT_DRY-RUN keeps the runner's hyphen) exits 2 quoting the value", async () => {
    const run = await runAction({ action: 'rollback', node, inputs: { 'dry-run': 'yes' } });
    expect(run.env['INPUT_DRY-RUN']).toBe('yes');
    expect(run.exitCode).toBe(2);
    expect(run.failure).toBe("input 'dry-run' is 'yes'; expected true or false");
  });

  it('every step action runs its own command from the same bundle', async () => {
    for (const c of commands.filter((x) => x.spec.stepAction)) {
      const yml = readActionYml(c.spec.name);
      expect(yml.runs).toEqual({ using: 'node24', main: `../../dist/${c.spec.name}.js` });
    }
    // validate's own error proves dist/validate.js reached the validate command.
    const ws = mkdtempSync(path.join(os.tmpdir(), 'mlgate-ws-'));
    writeFileSync(path.join(ws, 'mlgate.yml'), 'version: 1\ndatasets:\n  - name: train\n    path: t.csv\n    colums: {}\n');
    const run = await runAction({ action: 'validate', node, workspace: ws });
    expect(run.exitCode).toBe(2);
    expect(run.failure).toBe('mlgate.yml:5:5: unknown key "colums" at datasets[0].colums; did you mean "columns"?');
  });

  it('outputs, summary, env, state, path and workflow commands round-trip through the harness (real @actions/core writer)', async () => {
    const run = await runAction({ action: ECHO_ACTION, node, token: 'ghs_echo_token', inputs: { message: 'line 1\nline 2 with <<EOF\n', fail: 'one-line reason' }, event: { name: 'pull_request', action: 'synchronize', pull: { number: 42 } } });
    expect(run.exitCode).toBe(1);
    expect(run.outputs.node?.split('.')[0]).toBe(String(node));
    expect(run.outputs.message).toBe('line 1\nline 2 with <<EOF');
    expect(run.outputs['dry-run']).toBe('false');
    const inputs = JSON.parse(run.outputs.inputs ?? '{}') as Record<string, string>;
    expect(inputs).toEqual({ 'INPUT_GITHUB-TOKEN': 'ghs_echo_token', 'INPUT_DRY-RUN': 'false', INPUT_MESSAGE: 'line 1\nline 2 with <<EOF\n', INPUT_FAIL: 'one-line reason' });
    expect(run.summary).toContain('<h1>mlgate report</h1>');
    expect(run.summary).toContain('<td>0.91</td>');
    expect(run.exportedEnv).toEqual({ MLGATE_EXPORTED: 'a=b\nc' });
    expect(run.state).toEqual({ phase: 'main' });
    expect(run.addedPath).toEqual(['/opt/mlgate/bin']);
    expect(run.annotations).toEqual([
      { level: 'error', message: 'bad value "x"', file: 'data/train.csv', line: 3, col: 2, title: 'type: integer' },
      { level: 'warning', message: 'drift, 50%: age', file: 'data/a,b.csv', line: 10 },
      { level: 'notice', message: 'first release' },
      { level: 'error', message: 'one-line reason' },
    ]);
    expect(run.failure).toBe('one-line reason');
    expect(run.masks).toEqual(['ghs_echo_token']);
    // The token is masked in the log but was written into an output: that is a leak.
    expect(run.leaks('ghs_echo_token')).toBe(true);
    expect(run.eventPayload).toMatchObject({ action: 'synchronize', number: 42, pull_request: { number: 42 }, repository: { full_name: 'octo-org/ml-repo' } });
    expect(run.env.GITHUB_REF).toBe('refs/pull/42/merge');
  });
});
