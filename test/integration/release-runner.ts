import path from 'node:path';
import { REPO_ROOT, runAction } from '../harness/run-action.js';

/** Runs a release step action (dist/<command>.js) through the foundation harness, like the Actions runner (Node 24). */

export const ROOT = REPO_ROOT;

export interface StepResult {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

export interface StepOptions {
  command: 'promote' | 'rollback' | 'history';
  inputs: Record<string, string>;
  /** The workspace (holds mlgate.yml and, for the local store, .mlgate/). */
  cwd: string;
  /** GITHUB_* overrides: GITHUB_API_URL goes to the harness's apiUrl, the rest to the step's environment. */
  env?: Record<string, string>;
}

export async function runStep(options: StepOptions): Promise<StepResult> {
  const { GITHUB_API_URL: apiUrl, ...env } = options.env ?? {};
  const { 'github-token': token, ...inputs } = options.inputs;
  const run = await runAction({
    action: options.command,
    inputs,
    workspace: path.resolve(options.cwd),
    // A manual dispatch: no pull request in the event, so promote finds the PR through commits/{sha}/pulls.
    event: { name: 'workflow_dispatch' },
    ...(apiUrl ? { apiUrl } : {}),
    ...(token ? { token } : {}),
    env,
  });
  return { code: run.exitCode ?? 1, stdout: run.stdout, stderr: run.stderr, outputs: run.outputs, summary: run.summary };
}
