/** The CommentSink adapter in-process against the fake GitHub: the paths a runner rarely hits. */
import { afterEach, describe, expect, it } from 'vitest';
import { createCommentSink } from '../../src/adapters/github/comments.js';
import { createOctokit } from '../../src/adapters/github/octokit.js';
import type { GitHubContext } from '../../src/commands/types.js';
import type { Log } from '../../src/ports.js';
import { startFakeGitHub } from '../fake-github/index.js';

const BOT = 'github-actions[bot]';
const MARKER = '<!-- mlgate:wf/churn -->';
type Fake = Awaited<ReturnType<typeof startFakeGitHub>>;
let gh: Fake | undefined;

const log: Log = { info: () => undefined, debug: () => undefined, warning: () => undefined, error: () => undefined };
const context = (fake: Fake, token: string): GitHubContext => ({ token, apiUrl: fake.url, serverUrl: 'https://github.com', repository: { owner: 'octo-org', repo: 'ml-repo' } });

afterEach(async () => {
  if (gh) {
    expect(gh.violations).toEqual([]);
    await gh.close();
    gh = undefined;
  }
});

describe('createCommentSink', () => {
  it('cleans up duplicates an earlier race left, keeping the oldest', async () => {
    gh = await startFakeGitHub();
    const token = gh.seed.actionsToken().token;
    gh.seed.pull({ number: 7 });
    const a = gh.seed.comment(7, `${MARKER}\na`, { by: BOT });
    gh.seed.comment(7, `${MARKER}\nb`, { by: BOT });
    const outcome = await createCommentSink({ github: context(gh, token), log }).upsert({ issueNumber: 7, key: 'wf/churn', body: `${MARKER}\nnew`, mode: 'update' });
    expect(outcome).toMatchObject({ kind: 'updated', id: a.id });
    expect(gh.repo.comments.map((c) => c.body)).toEqual([`${MARKER}\nnew`]);
  });

  it('a comment deleted between listing and updating is posted anew', async () => {
    gh = await startFakeGitHub();
    const token = gh.seed.actionsToken().token;
    gh.seed.pull({ number: 7 });
    const old = gh.seed.comment(7, `${MARKER}\nold`, { by: BOT });
    gh.before({ operationId: 'issues/update-comment' }, (_req, fake) => {
      fake.repo.comments.splice(fake.repo.comments.findIndex((c) => c.id === old.id), 1);
    });
    const outcome = await createCommentSink({ github: context(gh, token), log }).upsert({ issueNumber: 7, key: 'wf/churn', body: `${MARKER}\nnew`, mode: 'update' });
    expect(outcome.kind).toBe('created');
    expect(gh.repo.comments.map((c) => c.body)).toEqual([`${MARKER}\nnew`]);
  });

  it('recreate posts the new comment before deleting the old one', async () => {
    gh = await startFakeGitHub();
    const token = gh.seed.actionsToken().token;
    gh.seed.pull({ number: 7 });
    const old = gh.seed.comment(7, `${MARKER}\nold`, { by: BOT });
    const outcome = await createCommentSink({ github: context(gh, token), log }).upsert({ issueNumber: 7, key: 'wf/churn', body: `${MARKER}\nnew`, mode: 'recreate' });
    expect(outcome).toMatchObject({ kind: 'recreated', deletedId: old.id });
    const order = gh.requests.filter((r) => r.operationId === 'issues/create-comment' || r.operationId === 'issues/delete-comment').map((r) => r.operationId);
    expect(order).toEqual(['issues/create-comment', 'issues/delete-comment']);
  });

  it('a server error is a github error naming what failed, after retries', async () => {
    gh = await startFakeGitHub();
    const token = gh.seed.actionsToken().token;
    gh.seed.pull({ number: 7 });
    gh.fail({ operationId: 'issues/create-comment', times: Infinity }, { kind: 'status', status: 502 });
    const octokit = createOctokit({ token, apiUrl: gh.url, log, retries: 1 });
    const sink = createCommentSink({ github: context(gh, token), log, octokit });
    await expect(sink.upsert({ issueNumber: 7, key: 'wf/churn', body: `${MARKER}\nnew`, mode: 'update' })).rejects.toMatchObject({ kind: 'github', message: expect.stringMatching(/^writing the comment on #7 failed \(HTTP 502\)/) as unknown });
    // Never a blind repeat: after each 502 the comments are read back (nothing there), then the create is sent again.
    expect(gh.requests.filter((r) => r.method === 'POST' || r.operationId === 'issues/list-comments').map((r) => r.operationId)).toEqual([
      'issues/list-comments',
      'issues/create-comment',
      'issues/list-comments',
      'issues/create-comment',
      'issues/list-comments',
      'issues/create-comment',
    ]);
  });
});
