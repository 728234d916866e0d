import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runDeployCommand } from '../../../src/commands/deploy-command.js';

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
