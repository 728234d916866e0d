import { MlgateError } from '../../domain/errors.js';
import type { EvidenceStore } from '../../ports.js';
import type { Octokit } from './octokit.js';

/** The branch that holds every release's evidence (SPEC §6; docs/evidence.md says why a branch). */
export const EVIDENCE_BRANCH = 'mlgate-evidence';
/** Attempts at moving the branch when another release moved it first. */
const MOVE_ATTEMPTS = 5;

const statusOf = (error: unknown): number | undefined => {
  const s = (error as { status?: unknown } | null)?.status;
  return typeof s === 'number' ? s : undefined;
};

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

  async save(prefix: string, items: readonly { name: string; bytes: Uint8Array }[]): Promise<Map<string, string>> {
    const { octokit, owner, repo } = this.settings;
    const where = `${owner}/${repo} branch ${this.branch}`;
    try {
      const entries: { path: string; sha: string }[] = [];
      const locations = new Map<string, string>();
      for (const item of items) {
        const blob = await octokit.rest.git.createBlob({ owner, repo, content: Buffer.from(item.bytes).toString('base64'), encoding: 'base64' });
        const path = `${prefix}/${item.name}`;
        entries.push({ path, sha: blob.data.sha });
        locations.set(item.name, `${this.branch}:${path}@${blob.data.sha}`);
      }
      for (let attempt = 1; ; attempt++) {
        const head = await this.head();
        const baseTree = head ? (await octokit.rest.git.getCommit({ owner, repo, commit_sha: head })).data.tree.sha : undefined;
        const tree = await octokit.rest.git.createTree({ owner, repo, ...(baseTree ? { base_tree: baseTree } : {}), tree: entries.map((e) => ({ path: e.path, mode: '100644' as const, type: 'blob' as const, sha: e.sha })) });
        const commit = await octokit.rest.git.createCommit({ owner, repo, message: `mlgate evidence: ${prefix}`, tree: tree.data.sha, parents: head ? [head] : [] });
        try {
          if (head) await octokit.rest.git.updateRef({ owner, repo, ref: `heads/${this.branch}`, sha: commit.data.sha, force: false });
          else await octokit.rest.git.createRef({ owner, repo, ref: `refs/heads/${this.branch}`, sha: commit.data.sha });
          return locations;
        } catch (error) {
          // Another release moved (or created) the branch between our read and our write: build on the new head.
          if (statusOf(error) !== 422 || attempt >= MOVE_ATTEMPTS) throw error;
        }
      }
    } catch (error) {
      throw new MlgateError('github', `storing the release's evidence on ${where} failed: ${error instanceof Error ? error.message : String(error)}${statusOf(error) === 403 || statusOf(error) === 404 ? "; the promote job needs 'permissions: contents: write'" : ''}`, { cause: error });
    }
  }

  async load(location: string): Promise<Buffer> {
    const m = /@([0-9a-f]{40})$/.exec(location);
    if (!m) throw new Error(`'${location}' is not an evidence location (<branch>:<path>@<blob sha>)`);
    const { octokit, owner, repo } = this.settings;
    const blob = await octokit.rest.git.getBlob({ owner, repo, file_sha: m[1]! });
    return Buffer.from(blob.data.content, blob.data.encoding === 'base64' ? 'base64' : 'utf8');
  }

  private async head(): Promise<string | undefined> {
    const { octokit, owner, repo } = this.settings;
    try {
      return (await octokit.rest.git.getRef({ owner, repo, ref: `heads/${this.branch}` })).data.object.sha;
    } catch (error) {
      if (statusOf(error) === 404) return undefined;
      throw error;
    }
  }
}
