import { spawn } from 'node:child_process';

export interface DeployRun {
  command: string;
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  /** The step's API token: no variable carrying it reaches the command. */
  token?: string;
  release: { model: string; version: string; uri?: string | null; sha: string; environment: string; deploymentId: number; rollback: boolean };
}

/** Variables a deploy command never inherits: the API token under its usual names, the runner's internal one. */
const WITHHELD = new Set(['GITHUB_TOKEN', 'GH_TOKEN', 'ACTIONS_RUNTIME_TOKEN']);

/**
 * The step's environment minus every credential the mlgate step holds: the token (under any name), the step's
 * inputs (`INPUT_*`, one of which is `github-token`) and the runner's internal token. A deploy command that needs
 * credentials gets them as the workflow's declared secrets or through OIDC (`ACTIONS_ID_TOKEN_REQUEST_*` pass).
 */
export function deployEnvironment(env: Readonly<Record<string, string | undefined>>, token: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(env)) {
    if (value === undefined || WITHHELD.has(name.toUpperCase()) || name.toUpperCase().startsWith('INPUT_')) continue;
    if (token && value.includes(token)) continue;
    out[name] = value;
  }
  return out;
}

/** Runs the user's deploy command through the shell; resolves to its exit status. */
export function runDeployCommand(run: DeployRun): Promise<number> {
  const { release } = run;
  return new Promise((resolve) => {
    const child = spawn(run.command, {
      cwd: run.cwd,
      shell: true,
      stdio: ['ignore', 'inherit', 'inherit'],
      env: {
        ...deployEnvironment(run.env, run.token),
        MLGATE_MODEL: release.model,
        MLGATE_VERSION: release.version,
        MLGATE_URI: release.uri ?? '',
        MLGATE_SHA: release.sha,
        MLGATE_ENVIRONMENT: release.environment,
        MLGATE_DEPLOYMENT_ID: String(release.deploymentId),
        MLGATE_ROLLBACK: release.rollback ? 'true' : 'false',
      },
    });
    child.on('error', () => resolve(127));
    child.on('close', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
}
