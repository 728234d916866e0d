import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { MlgateError } from '../domain/errors.js';

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

export type DeployShell = { kind: 'found'; shell: string } | { kind: 'missing'; reason: string };

/**
 * The shell a deploy command runs in: `sh` on Linux and macOS, and on Windows Git for Windows' bash, which is what
 * a workflow's `shell: bash` means there, so that one command (`./deploy.sh "$MLGATE_VERSION"`) works on every
 * runner. cmd.exe, Node's default, would not expand `$MLGATE_VERSION`; the `bash` first on PATH may be WSL's.
 */
export function deployShell(platform: NodeJS.Platform, env: Readonly<Record<string, string | undefined>>, exists: (file: string) => boolean = existsSync): DeployShell {
  if (platform !== 'win32') return { kind: 'found', shell: '/bin/sh' };
  const roots = [env.ProgramFiles, env.PROGRAMFILES, env.ProgramW6432, 'C:\\Program Files'].filter((r): r is string => Boolean(r));
  const candidates = [...new Set(roots)].map((root) => path.win32.join(root, 'Git', 'bin', 'bash.exe'));
  const found = candidates.find(exists);
  if (found) return { kind: 'found', shell: found };
  return { kind: 'missing', reason: `deploy-command runs in Git for Windows' bash (as a step's \`shell: bash\` does on Windows), which is not at ${candidates.join(' or ')}; install Git for Windows or run the release job on Linux` };
}

/** The deploy shell, or a usage error saying why there is none; checked before a release is recorded. */
export function requireDeployShell(env: Readonly<Record<string, string | undefined>>, platform: NodeJS.Platform = process.platform): string {
  const shell = deployShell(platform, env);
  if (shell.kind === 'missing') throw new MlgateError('usage', shell.reason);
  return shell.shell;
}

/** Runs the user's deploy command through the shell; resolves to its exit status. */
export function runDeployCommand(run: DeployRun, platform: NodeJS.Platform = process.platform): Promise<number> {
  const { release } = run;
  let shell: string;
  try {
    shell = requireDeployShell(run.env, platform);
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
  return new Promise((resolve) => {
    const child = spawn(run.command, {
      cwd: run.cwd,
      shell,
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
