import type { GitHubContext } from '../commands/types.js';

/** The run's GitHub context from the runner's environment variables (all optional outside a runner). */
export function githubContextFromEnv(env: Readonly<Record<string, string | undefined>>, token?: string): GitHubContext {
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  const int = (v: string | undefined): number | undefined => (v && /^\d+$/.test(v) ? Number(v) : undefined);
  return {
    token: token || undefined,
    apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
    serverUrl: env.GITHUB_SERVER_URL || 'https://github.com',
    repository: owner && repo ? { owner, repo } : undefined,
    eventName: env.GITHUB_EVENT_NAME || undefined,
    eventPath: env.GITHUB_EVENT_PATH || undefined,
    runId: int(env.GITHUB_RUN_ID),
    runAttempt: int(env.GITHUB_RUN_ATTEMPT),
    sha: env.GITHUB_SHA || undefined,
    ref: env.GITHUB_REF || undefined,
    actor: env.GITHUB_ACTOR || undefined,
    workflow: env.GITHUB_WORKFLOW || undefined,
    job: env.GITHUB_JOB || undefined,
  };
}

/**
 * The page of a workflow run: `…/actions/runs/<id>/attempts/<n>` when the attempt is known (a rerun keeps the run id,
 * so the bare run URL shows the latest attempt, not the one that wrote the link).
 */
export function runUrl(github: GitHubContext, runId: number | undefined = github.runId, attempt: number | undefined = runId === github.runId ? github.runAttempt : undefined): string | undefined {
  if (!github.repository || runId === undefined) return undefined;
  const run = `${github.serverUrl}/${github.repository.owner}/${github.repository.repo}/actions/runs/${runId}`;
  return attempt !== undefined ? `${run}/attempts/${attempt}` : run;
}
