import { ACTIONS_BOT, type Identity } from '../../domain/report/upsert.js';
import type { Octokit } from './octokit.js';

export function httpStatus(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}

/**
 * The token's own identity. GET /user answers for a personal access token (or a user-to-server token); the Actions
 * GITHUB_TOKEN (an installation token) gets 403 "Resource not accessible by integration", and comments made with it
 * are authored by `github-actions[bot]`.
 */
export async function tokenIdentity(octokit: Octokit): Promise<Identity> {
  try {
    const { data } = await octokit.rest.users.getAuthenticated();
    return { logins: [data.login], source: 'user' };
  } catch (error) {
    const status = httpStatus(error);
    if (status === 403 || status === 401 || status === 404) return { logins: [ACTIONS_BOT], source: 'actions-token' };
    throw error;
  }
}
