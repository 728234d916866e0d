import { ACTIONS_BOT, type Identity } from '../../domain/report/upsert.js';
import type { Octokit } from './octokit.js';

export function httpStatus(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}

/**
 * The token's own identity. GET /user answers for a personal access token (or a user-to-server token); an
 * installation token (the Actions GITHUB_TOKEN, a GitHub App's) gets 403 "Resource not accessible by integration":
 * its comments are by its App's bot (`github-actions[bot]`, `<slug>[bot]`), recognised through
 * `performed_via_github_app` (see `Identity`).
 */
export async function tokenIdentity(octokit: Octokit): Promise<Identity> {
  try {
    const { data } = await octokit.rest.users.getAuthenticated();
    return { logins: [data.login], source: 'user' };
  } catch (error) {
    const status = httpStatus(error);
    if (status === 403 || status === 401 || status === 404) return { logins: [ACTIONS_BOT], appBot: true, source: 'installation-token' };
    throw error;
  }
}
