import { MlgateError } from '../../domain/errors.js';
import { sanitizeKey } from '../../domain/report/marker.js';
import type { MonitorHistoryStore } from '../../ports.js';
import { commitFiles, createBlob, type BranchTarget } from './branch-files.js';
import { EVIDENCE_BRANCH } from './evidence-branch.js';
import { httpStatus } from './identity.js';
import type { Octokit } from './octokit.js';

/** Where a key's history lives on the branch: under `monitor/` (the command's key, `monitor/<model>/<environment>`, is already). */
export function historyPath(key: string): string {
  const k = sanitizeKey(key);
  return `${k.startsWith('monitor/') ? k : `monitor/${k}`}/history.json`;
}

const message = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * The monitor's run history as one file per model and environment on the evidence branch (SPEC §8): it lives as long
 * as the releases it is measured against, needs no artifact retention or extra service, and is read with
 * `contents: read`. Written through the Git database API like the evidence (a commit on top of the branch's head,
 * built again on the new head when another run moved it first); read by path at the branch's head.
 */
export class MonitorHistoryBranch implements MonitorHistoryStore {
  readonly kind = 'github' as const;
  constructor(private readonly settings: { octokit: Octokit; owner: string; repo: string; branch?: string }) {}

  private get target(): BranchTarget {
    const { octokit, owner, repo, branch } = this.settings;
    return { octokit, owner, repo, branch: branch ?? EVIDENCE_BRANCH };
  }

  private where(key: string): string {
    const t = this.target;
    return `${historyPath(key)} on ${t.owner}/${t.repo} branch ${t.branch}`;
  }

  async read(key: string): Promise<string | undefined> {
    const { octokit, owner, repo, branch } = this.target;
    try {
      const { data } = await octokit.rest.repos.getContent({ owner, repo, path: historyPath(key), ref: branch, mediaType: { format: 'raw' } });
      // With the raw media type the answer is the file's bytes, which Octokit hands over as text.
      if (typeof data !== 'string') throw new Error(`expected the file's raw text, got ${Array.isArray(data) ? 'a directory listing' : typeof data}`);
      return data;
    } catch (error) {
      // No branch yet, or no history for this key yet.
      if (httpStatus(error) === 404) return undefined;
      throw new MlgateError('github', `reading the monitor history ${this.where(key)} failed: ${message(error)}${httpStatus(error) === 403 ? "; the monitor job needs 'permissions: contents: read'" : ''}`, { cause: error });
    }
  }

  async write(key: string, text: string): Promise<void> {
    const target = this.target;
    try {
      const sha = await createBlob(target, Buffer.from(text, 'utf8'));
      await commitFiles(target, [{ path: historyPath(key), sha }], `mlgate monitor: ${sanitizeKey(key)}`);
    } catch (error) {
      const status = httpStatus(error);
      throw new MlgateError('github', `writing the monitor history ${this.where(key)} failed: ${message(error)}${status === 403 || status === 404 ? "; the monitor job needs 'permissions: contents: write' (the history lives on the evidence branch)" : ''}`, { cause: error });
    }
  }
}
