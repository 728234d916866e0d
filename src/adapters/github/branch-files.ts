import { httpStatus } from './identity.js';
import type { Octokit } from './octokit.js';

/** A branch of a repository that mlgate writes files to through the Git database API. */
export interface BranchTarget {
  octokit: Octokit;
  owner: string;
  repo: string;
  branch: string;
}

/** Attempts at moving the branch when another run moved it first. */
const MOVE_ATTEMPTS = 5;

/** The commit the branch points at; undefined when the branch does not exist yet. */
export async function branchHead(target: BranchTarget): Promise<string | undefined> {
  const { octokit, owner, repo, branch } = target;
  try {
    return (await octokit.rest.git.getRef({ owner, repo, ref: `heads/${branch}` })).data.object.sha;
  } catch (error) {
    if (httpStatus(error) === 404) return undefined;
    throw error;
  }
}

/** Stores `bytes` as a blob; its sha pins the exact content. */
export async function createBlob(target: BranchTarget, bytes: Uint8Array): Promise<string> {
  const { octokit, owner, repo } = target;
  return (await octokit.rest.git.createBlob({ owner, repo, content: Buffer.from(bytes).toString('base64'), encoding: 'base64' })).data.sha;
}

/**
 * Commits blobs at paths on top of the branch's files (a tree on the head's tree, a commit, a fast-forward of the
 * ref; the branch is created when missing). When another writer moved or created the branch between our read and
 * our write (422), it builds again on the new head, so their files stay and ours are added.
 */
export async function commitFiles(target: BranchTarget, entries: readonly { path: string; sha: string }[], message: string): Promise<string> {
  const { octokit, owner, repo, branch } = target;
  for (let attempt = 1; ; attempt++) {
    const head = await branchHead(target);
    const baseTree = head ? (await octokit.rest.git.getCommit({ owner, repo, commit_sha: head })).data.tree.sha : undefined;
    const tree = await octokit.rest.git.createTree({ owner, repo, ...(baseTree ? { base_tree: baseTree } : {}), tree: entries.map((e) => ({ path: e.path, mode: '100644' as const, type: 'blob' as const, sha: e.sha })) });
    const commit = await octokit.rest.git.createCommit({ owner, repo, message, tree: tree.data.sha, parents: head ? [head] : [] });
    try {
      if (head) await octokit.rest.git.updateRef({ owner, repo, ref: `heads/${branch}`, sha: commit.data.sha, force: false });
      else await octokit.rest.git.createRef({ owner, repo, ref: `refs/heads/${branch}`, sha: commit.data.sha });
      return commit.data.sha;
    } catch (error) {
      if (httpStatus(error) !== 422 || attempt >= MOVE_ATTEMPTS) throw error;
    }
  }
}
