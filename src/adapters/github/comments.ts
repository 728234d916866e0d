import type { GitHubContext } from '../../commands/types.js';
import { MlgateError } from '../../domain/errors.js';
import { planUpsert, type ExistingComment, type Identity } from '../../domain/report/upsert.js';
import type { CommentOutcome, CommentSink, Log } from '../../ports.js';
import { hasMarker } from '../../domain/report/marker.js';
import { httpStatus, tokenIdentity } from './identity.js';
import { createOctokit, type Octokit } from './octokit.js';
import { writeOnce } from './write-once.js';

export interface CommentSinkSettings {
  github: GitHubContext;
  log: Log;
  /** Tests inject an Octokit pointed at the fake; otherwise the one factory makes one. */
  octokit?: Octokit;
  /** Known identity (skips GET /user). */
  identity?: Identity;
}

const READ_ONLY = 'the token cannot write comments (HTTP 403): a pull request from a fork gets a read-only GITHUB_TOKEN, and a job without `pull-requests: write` cannot comment';

function readOnly(error: unknown): CommentOutcome | undefined {
  const status = httpStatus(error);
  if (status === 403) return { kind: 'read-only', reason: READ_ONLY };
  return undefined;
}

function githubError(what: string, error: unknown): MlgateError {
  const status = httpStatus(error);
  const message = error instanceof Error ? error.message : String(error);
  return new MlgateError('github', `${what} failed${status ? ` (HTTP ${status})` : ''}: ${message}`, { cause: error });
}

/** Sticky PR comments through the REST API: find ours on every page, then create, update or recreate it. */
export function createCommentSink(settings: CommentSinkSettings): CommentSink {
  const { github, log } = settings;
  let identity = settings.identity;
  let octokit = settings.octokit;
  const client = (): Octokit => {
    if (!github.token) throw new MlgateError('usage', 'commenting needs a GitHub token; set input github-token (or GITHUB_TOKEN for the CLI)');
    octokit ??= createOctokit({ token: github.token, apiUrl: github.apiUrl, log });
    return octokit;
  };

  return {
    async upsert({ issueNumber, key, body, mode }): Promise<CommentOutcome> {
      const repo = github.repository;
      if (!repo) return { kind: 'skipped', reason: 'no repository (GITHUB_REPOSITORY is not set)' };
      const api = client();
      const where = { owner: repo.owner, repo: repo.repo, issue_number: issueNumber };
      identity ??= await tokenIdentity(api).catch((error: unknown) => {
        throw githubError('finding the token identity (GET /user)', error);
      });
      log.debug(`comment identity: ${identity.logins.join(', ')} (${identity.source})`);

      const comments: ExistingComment[] = [];
      try {
        for await (const page of api.paginate.iterator(api.rest.issues.listComments, { ...where, per_page: 100 })) {
          for (const c of page.data) comments.push({ id: c.id, body: c.body, author: c.user?.login ?? null, app: c.performed_via_github_app?.slug ?? null, url: c.html_url });
        }
      } catch (error) {
        const ro = readOnly(error);
        if (ro) return ro;
        throw githubError(`listing the comments of #${issueNumber}`, error);
      }

      const plan = planUpsert({ comments, key, identity, body, mode });
      // A create whose answer was lost (5xx, timeout) may have been made: read back before posting again.
      const create = async (): Promise<{ id: number; html_url: string }> => {
        const made = await writeOnce({
          send: async () => (await api.rest.issues.createComment({ ...where, body })).data,
          find: async () => {
            const seen = new Set(comments.map((c) => c.id));
            for await (const page of api.paginate.iterator(api.rest.issues.listComments, { ...where, per_page: 100 })) {
              const made = page.data.find((c) => !seen.has(c.id) && hasMarker(c.body, key) && (c.body ?? '').trimEnd() === body.trimEnd());
              if (made) return made;
            }
            return undefined;
          },
        });
        // The author of what we made is exactly who we are: later upserts by this sink need no guessing.
        if (made.user?.login) identity = { logins: [made.user.login], source: 'created' };
        return made;
      };
      try {
        const remove = async (ids: readonly number[]): Promise<void> => {
          for (const id of ids) {
            await api.rest.issues.deleteComment({ owner: repo.owner, repo: repo.repo, comment_id: id }).catch((error: unknown) => {
              if (httpStatus(error) !== 404) throw error;
            });
          }
        };
        // Duplicates left by an earlier race go first; for recreate, the old ones go only once the new one exists.
        if (plan.kind !== 'recreate') await remove(plan.deleteIds);
        switch (plan.kind) {
          case 'unchanged':
            return { kind: 'unchanged', id: plan.id, url: plan.url ?? '' };
          case 'update': {
            try {
              const { data } = await api.rest.issues.updateComment({ owner: repo.owner, repo: repo.repo, comment_id: plan.id, body });
              return { kind: 'updated', id: data.id, url: data.html_url };
            } catch (error) {
              if (httpStatus(error) !== 404) throw error;
              // Deleted between listing and updating: post a new one.
              const data = await create();
              return { kind: 'created', id: data.id, url: data.html_url };
            }
          }
          case 'create': {
            const data = await create();
            return { kind: 'created', id: data.id, url: data.html_url };
          }
          case 'recreate': {
            const data = await create();
            await remove(plan.deleteIds);
            const deletedId = plan.deleteIds[0];
            return deletedId === undefined ? { kind: 'created', id: data.id, url: data.html_url } : { kind: 'recreated', id: data.id, url: data.html_url, deletedId };
          }
        }
      } catch (error) {
        const ro = readOnly(error);
        if (ro) return ro;
        throw githubError(`writing the comment on #${issueNumber}`, error);
      }
    },
  };
}
