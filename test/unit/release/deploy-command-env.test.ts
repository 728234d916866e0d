import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { deployShell, requireDeployShell, runDeployCommand } from '../../../src/commands/deploy-command.js';

const dir = mkdtempSync(path.join(tmpdir(), 'mlgate-deploy-env-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('deploy-command environment', () => {
  it("gets the step's environment (credentials, OIDC request variables) but not the action's inputs or the runtime token", async () => {
    const out = path.join(dir, 'env.txt');
    const code = await runDeployCommand({
      command: `env > "${out}"`,
      cwd: dir,
      env: {
        PATH: process.env.PATH,
        'INPUT_GITHUB-TOKEN': 'ghs_workflow_token',
        INPUT_CONFIG: 'mlgate.yml',
        ACTIONS_RUNTIME_TOKEN: 'runtime-token',
        ACTIONS_ID_TOKEN_REQUEST_URL: 'https://token.example/',
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc-request-token',
        MLGATE_DEPLOY_ENV: 'AWS_ACCESS_KEY_ID=AKIA0000',
      },
      release: { model: 'churn', version: '1.2.0', uri: 's3://m', sha: 'c0ffee', environment: 'production', deploymentId: 7, rollback: false },
    });
    expect(code).toBe(0);
    const env = Object.fromEntries(
      readFileSync(out, 'utf8')
        .split('\n')
        .filter((l) => l.includes('='))
        .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
    );
    expect(Object.keys(env).filter((k) => /^INPUT_/i.test(k) || k === 'ACTIONS_RUNTIME_TOKEN')).toEqual([]);
    expect(readFileSync(out, 'utf8')).not.toContain('ghs_workflow_token');
    expect(env).toMatchObject({
      ACTIONS_ID_TOKEN_REQUEST_URL: 'https://token.example/',
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc-request-token',
      MLGATE_DEPLOY_ENV: 'AWS_ACCESS_KEY_ID=AKIA0000',
      MLGATE_MODEL: 'churn',
      MLGATE_VERSION: '1.2.0',
      MLGATE_DEPLOYMENT_ID: '7',
      MLGATE_ROLLBACK: 'false',
    });
  });
});

describe('the shell a deploy command runs in', () => {
  it('is sh on Linux and macOS, whatever is installed', () => {
    for (const platform of ['linux', 'darwin'] as const) expect(deployShell(platform, {}, () => false)).toEqual({ kind: 'found', shell: '/bin/sh' });
  });

  it("is Git for Windows' bash on Windows (as `shell: bash`), found under ProgramFiles, never cmd.exe or WSL's bash", () => {
    const seen: string[] = [];
    const gitBash = 'D:\\Tools\\Git\\bin\\bash.exe';
    const exists = (file: string): boolean => (seen.push(file), file === gitBash);
    expect(deployShell('win32', { ProgramFiles: 'D:\\Tools', PATH: 'C:\\Windows\\System32' }, exists)).toEqual({ kind: 'found', shell: gitBash });
    expect(seen[0]).toBe(gitBash);
    expect(deployShell('win32', {}, (f) => f === 'C:\\Program Files\\Git\\bin\\bash.exe')).toEqual({ kind: 'found', shell: 'C:\\Program Files\\Git\\bin\\bash.exe' });
  });

  it('without Git Bash on Windows, refuses before anything runs, naming where it looked', async () => {
    const missing = deployShell('win32', { ProgramFiles: 'E:\\Apps' }, () => false);
    expect(missing).toMatchObject({ kind: 'missing', reason: expect.stringContaining('E:\\Apps\\Git\\bin\\bash.exe') as unknown });
    expect(() => requireDeployShell({ ProgramFiles: 'E:\\Apps' }, 'win32')).toThrow(/Git for Windows' bash .* not at E:\\Apps\\Git\\bin\\bash\.exe/);
    const release = { model: 'm', version: '1', sha: 's', environment: 'e', deploymentId: 1, rollback: false };
    await expect(runDeployCommand({ command: 'exit 0', cwd: dir, env: { ProgramFiles: 'E:\\Apps' }, release }, 'win32')).rejects.toMatchObject({ kind: 'usage' });
  });
});
