import { MlgateError } from '../../domain/errors.js';
import type { EvidenceStore } from '../../ports.js';
import { commitFiles, createBlob, type BranchTarget } from './branch-files.js';
import { httpStatus } from './identity.js';
import type { Octokit } from './octokit.js';

/** The branch that holds every release's evidence (SPEC §6; docs/evidence.md says why a branch). */
export const EVIDENCE_BRANCH = 'mlgate-evidence';

/**
 * Evidence as files on a branch of the repository, written through the Git database API (blobs, a tree on top
 * of the branch's, a commit, a fast-forward of the ref) and read back by blob sha, which contents:read allows —
 * so the PR gate's read-only token (fork PRs included) reads what promote stored. A location is
 * `<branch>:<path>@<blob sha>`: the blob sha pins the exact bytes, the path says where to find them by hand.
 */
export class EvidenceBranch implements EvidenceStore {
  readonly kind = 'github' as const;
  constructor(private readonly settings: { octokit: Octokit; owner: string; repo: string; branch?: string }) {}

  private get branch(): string {
    return this.settings.branch ?? EVIDENCE_BRANCH;
  }

  private get target(): BranchTarget {
    const { octokit, owner, repo } = this.settings;
    return { octokit, owner, repo, branch: this.branch };
  }

  async save(prefix: string, items: readonly { name: string; bytes: Uint8Array }[]): Promise<Map<string, string>> {
    const { owner, repo } = this.settings;
    const where = `${owner}/${repo} branch ${this.branch}`;
    try {
      const target = this.target;
      const entries: { path: string; sha: string }[] = [];
      const locations = new Map<string, string>();
      for (const item of items) {
        const sha = await createBlob(target, item.bytes);
        const path = `${prefix}/${item.name}`;
        entries.push({ path, sha });
        locations.set(item.name, `${this.branch}:${path}@${sha}`);
      }
      // Another release may move (or create) the branch between our read and our write: commitFiles builds on the new head.
      await commitFiles(target, entries, `mlgate evidence: ${prefix}`);
      return locations;
    } catch (error) {
      throw new MlgateError('github', `storing the release's evidence on ${where} failed: ${error instanceof Error ? error.message : String(error)}${httpStatus(error) === 403 || httpStatus(error) === 404 ? "; the promote job needs 'permissions: contents: write'" : ''}`, { cause: error });
    }
  }

  async load(location: string): Promise<Buffer> {
    const m = /@([0-9a-f]{40})$/.exec(location);
    if (!m) throw new Error(`'${location}' is not an evidence location (<branch>:<path>@<blob sha>)`);
    const { octokit, owner, repo } = this.settings;
    const blob = await octokit.rest.git.getBlob({ owner, repo, file_sha: m[1]! });
    return Buffer.from(blob.data.content, blob.data.encoding === 'base64' ? 'base64' : 'utf8');
  }
}
