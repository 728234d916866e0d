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

/** Methods whose repetition can do the work twice (GitHub's POSTs create). */
const NOT_IDEMPOTENT = new Set(['POST']);

/**
 * The one Octokit factory: retry reads and idempotent writes on 5xx, wait out primary and secondary rate limits.
 * A POST is never retried on a 5xx: GitHub may have acted before the answer was lost, so the caller reads back
 * (`writeOnce`) before sending again. Rate-limit refusals are still waited out (GitHub did nothing).
 */
export function createOctokit(settings: OctokitSettings): Octokit {
  const retries = settings.retries ?? 3;
  const octokit = getOctokit(
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
  // Registered after the plugins, so this wrap runs first and the retry plugin reads `retries: 0`.
  octokit.hook.wrap('request', (request, options) => {
    if (NOT_IDEMPOTENT.has(String(options.method).toUpperCase())) options.request = { ...options.request, retries: 0 };
    return request(options);
  });
  return octokit;
}
