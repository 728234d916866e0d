import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCommentSink } from '../../../src/adapters/github/comments.js';
import type { GitHubContext } from '../../../src/commands/types.js';
import type { Log } from '../../../src/ports.js';
import { startFakeGitHub, type FakeGitHub } from '../../fake-github/index.js';

/**
 * SPEC §5/§6: the sticky comment is found by its marker and by the token's own login, for any token. GET /user answers
 * a PAT only; every installation token (GITHUB_TOKEN, a GitHub App's) gets 403, and an App's comments are by
 * `<slug>[bot]`, naming the app in performed_via_github_app.
 */

const quiet: Log = { info: () => undefined, debug: () => undefined, warning: () => undefined, error: () => undefined };
let gh: FakeGitHub;
beforeEach(async () => {
  gh = await startFakeGitHub();
  gh.seed.pull({ number: 42 });
});
afterEach(async () => {
  await gh.close();
});

const github = (token: string): GitHubContext => ({ token, apiUrl: gh.url, serverUrl: 'https://github.com', repository: { owner: 'octo-org', repo: 'ml-repo' } });

describe.each([
  ['the Actions GITHUB_TOKEN', (): string => gh.seed.actionsToken().token, 'github-actions[bot]'],
  ['a GitHub App installation token', (): string => gh.seed.appToken('mlgate-ci').token, 'mlgate-ci[bot]'],
  ['a personal access token', (): string => gh.seed.pat('octocat').token, 'octocat'],
])('%s', (_name, tokenOf, author) => {
  it('a rerun (a new process) updates the one comment instead of adding one', async () => {
    const token = tokenOf();
    // Someone else's comment with the same marker is never ours.
    gh.seed.comment(42, '<!-- mlgate:wf/churn -->\nquoted by a human', { by: 'reviewer' });
    for (const push of ['first', 'second', 'third']) {
      const sink = createCommentSink({ github: github(token), log: quiet });
      const outcome = await sink.upsert({ issueNumber: 42, key: 'wf/churn', body: `<!-- mlgate:wf/churn -->\n${push}`, mode: 'update' });
      expect(outcome.kind, push).toBe(push === 'first' ? 'created' : 'updated');
    }
    const ours = gh.repo.comments.filter((c) => c.user.login === author);
    expect(ours.map((c) => c.body)).toEqual(['<!-- mlgate:wf/churn -->\nthird']);
    expect(gh.repo.comments.find((c) => c.user.login === 'reviewer')?.body).toContain('quoted by a human');
    expect(gh.violations).toEqual([]);
  });
});
