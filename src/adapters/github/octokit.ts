import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import type { Log } from '../../ports.js';

export type Octokit = ReturnType<typeof getOctokit>;

export interface OctokitSettings {
  token: string;
  apiUrl: string;
  log: Log;
  /** Retries for 5xx and rate limits (tests lower the wait). */
  retries?: number;
  /** Base wait in seconds before a retry after a rate limit when GitHub does not say. */
  retryAfterBaseSeconds?: number;
}

/** The one Octokit factory: retry on 5xx, wait out primary and secondary rate limits. */
export function createOctokit(settings: OctokitSettings): Octokit {
  const retries = settings.retries ?? 3;
  return getOctokit(
    settings.token,
    {
      baseUrl: settings.apiUrl,
      userAgent: 'mlgate',
      retry: { retries, doNotRetry: [400, 401, 403, 404, 409, 422, 451] },
      throttle: {
        fallbackSecondaryRateRetryAfter: settings.retryAfterBaseSeconds ?? 60,
        onRateLimit: (retryAfter: number, options: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
          settings.log.warning(`GitHub rate limit hit on ${options.method} ${options.url}; retrying in ${retryAfter}s (attempt ${retryCount + 1} of ${retries}).`);
          return retryCount < retries;
        },
        onSecondaryRateLimit: (retryAfter: number, options: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
          settings.log.warning(`GitHub secondary rate limit on ${options.method} ${options.url}; retrying in ${retryAfter}s (attempt ${retryCount + 1} of ${retries}).`);
          return retryCount < retries;
        },
      },
    },
    retry,
    throttling,
  );
}
