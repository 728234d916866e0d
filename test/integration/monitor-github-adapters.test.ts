/** The monitor's GitHub adapters in-process against the fake GitHub: the sticky issue and the run history. */
import { afterEach, describe, expect, it } from 'vitest';
import { EvidenceBranch } from '../../src/adapters/github/evidence-branch.js';
import { MonitorHistoryBranch, historyPath } from '../../src/adapters/github/monitor-history.js';
import { createMonitorIssues } from '../../src/adapters/github/monitor-issues.js';
import { createOctokit, type Octokit } from '../../src/adapters/github/octokit.js';
import type { GitHubContext } from '../../src/commands/types.js';
import type { Log, MonitorIssues } from '../../src/ports.js';
import { GITHUB_ACTIONS_BOT, startFakeGitHub } from '../fake-github/index.js';

const O = 'octo-org';
const R = 'ml-repo';
const KEY = 'monitor/churn/production';
const MARKER = '<!-- mlgate:monitor/churn/production -->';
type Fake = Awaited<ReturnType<typeof startFakeGitHub>>;
let gh: Fake | undefined;

const log: Log = { info: () => undefined, debug: () => undefined, warning: () => undefined, error: () => undefined };
const context = (fake: Fake, token: string): GitHubContext => ({ token, apiUrl: fake.url, serverUrl: 'https://github.com', repository: { owner: O, repo: R } });
const client = (fake: Fake, token: string): Octokit => createOctokit({ token, apiUrl: fake.url, log, retries: 1, retryAfterBaseSeconds: 0 });
const issuesFor = (fake: Fake, token: string): MonitorIssues => createMonitorIssues({ github: context(fake, token), log, octokit: client(fake, token) });

afterEach(async () => {
  if (gh) {
    expect(gh.violations).toEqual([]);
    await gh.close();
    gh = undefined;
  }
});

describe('createMonitorIssues: finding mlgate issue', () => {
  it('needs the marker AND the token identity: a same-marker issue by someone else and a pull request are not it', async () => {
    gh = await startFakeGitHub();
    const token = gh.seed.pat('octocat').token;
    gh.seed.issue({ title: 'copied', body: `${MARKER}\nby someone else`, by: 'mallory' });
    // The issues list returns pull requests too; this one is by the same user and starts with the marker.
    gh.seed.pull({ user: 'octocat', body: `${MARKER}\na pull request` });
    gh.seed.issue({ title: 'other key', body: '<!-- mlgate:monitor/churn/staging -->\nx', by: 'octocat' });
    expect(await issuesFor(gh, token).find(KEY)).toBeUndefined();
    const ours = gh.seed.issue({ title: 'churn degraded', body: `${MARKER}\nthe report`, by: 'octocat', state: 'closed' });
    expect(await issuesFor(gh, token).find(KEY)).toEqual({ number: ours.number, state: 'closed', title: 'churn degraded', body: 'the report', url: `https://github.com/${O}/${R}/issues/${ours.number}` });
    // A PAT's login is a documented `creator` filter.
    expect(gh.calls('issues/list-for-repo').every((r) => r.query.creator === 'octocat')).toBe(true);
  });

  it('with an installation token, ours is by the bot of the App that made it (GET /user is 403)', async () => {
    gh = await startFakeGitHub();
    const app = gh.seed.appToken('mlgate-ci');
    gh.seed.issue({ body: `${MARKER}\nby a person`, by: 'mallory' });
    // A bot login without an App behind it (a user account named like a bot) is not an App's bot either.
    gh.seed.issue({ body: `${MARKER}\nnot via an app`, by: app.user, viaApp: false });
    expect(await issuesFor(gh, app.token).find(KEY)).toBeUndefined();
    const mine = gh.seed.issue({ body: `${MARKER}\nby our app`, by: app.user });
    expect((await issuesFor(gh, app.token).find(KEY))?.number).toBe(mine.number);
    expect(gh.calls('users/get-authenticated').map((r) => r.status)).toEqual([403, 403]);
    // No creator filter for a bot: its login is checked on each issue instead.
    expect(gh.calls('issues/list-for-repo').every((r) => r.query.creator === undefined)).toBe(true);
  });

  it('the open one first (the oldest, if a race left two), else the newest closed; across pages', async () => {
    gh = await startFakeGitHub();
    const token = gh.seed.actionsToken().token;
    const olderClosed = gh.seed.issue({ body: `${MARKER}\nolder`, by: GITHUB_ACTIONS_BOT, state: 'closed' });
    const newerClosed = gh.seed.issue({ body: `${MARKER}\nnewer`, by: GITHUB_ACTIONS_BOT, state: 'closed' });
    gh.seed.issues(150, { by: 'someone', state: 'closed' });
    gh.seed.issues(230, { by: 'someone' });
    expect((await issuesFor(gh, token).find(KEY))?.number).toBe(newerClosed.number);
    expect(olderClosed.number).toBeLessThan(newerClosed.number);
    // The open list (3 pages) is read whole, then the closed one newest first up to the page holding ours (2 pages).
    expect(gh.calls('issues/list-for-repo').map((r) => `${r.query.state}:${r.query.page ?? '1'}`)).toEqual(['open:1', 'open:2', 'open:3', 'closed:1', 'closed:2']);

    const open = gh.seed.issue({ body: `${MARKER}\nopen`, by: GITHUB_ACTIONS_BOT });
    gh.seed.issue({ body: `${MARKER}\na duplicate`, by: GITHUB_ACTIONS_BOT });
    expect(await issuesFor(gh, token).find(KEY)).toMatchObject({ number: open.number, state: 'open', body: 'open' });
  });
});

describe('createMonitorIssues: writing', () => {
  it('creates with the marker, updates, closes and reopens the same issue, and comments', async () => {
    gh = await startFakeGitHub();
    const token = gh.seed.actionsToken().token;
    const issues = issuesFor(gh, token);
    const made = await issues.create(KEY, { title: 'churn degraded in production', body: '**degraded**' });
    const stored = gh.repo.issues.get(made.number)!;
    expect([stored.body, stored.user.login, stored.viaApp]).toEqual([`${MARKER}\n**degraded**`, 'github-actions[bot]', true]);
    expect(made).toEqual({ number: made.number, state: 'open', title: 'churn degraded in production', body: '**degraded**', url: `https://github.com/${O}/${R}/issues/${made.number}` });
    expect(await issuesFor(gh, token).find(KEY)).toEqual(made);

    const again = await issues.update(KEY, made, { title: 'churn degraded in production', body: 'still degraded', state: 'open' });
    expect(again).toMatchObject({ number: made.number, state: 'open', body: 'still degraded' });
    const closed = await issues.update(KEY, again, { title: 'churn recovered', body: 'healthy', state: 'closed' });
    expect(closed).toMatchObject({ number: made.number, state: 'closed', title: 'churn recovered' });
    expect([stored.state, stored.stateReason, stored.body]).toEqual(['closed', 'completed', `${MARKER}\nhealthy`]);
    await issues.comment(closed, 'Recovered: healthy since run 3.');
    expect(await issuesFor(gh, token).find(KEY)).toMatchObject({ number: made.number, state: 'closed' });

    const reopened = await issues.update(KEY, closed, { title: 'churn degraded again', body: 'degraded', state: 'open' });
    expect(reopened.state).toBe('open');
    expect(stored.stateReason).toBe('reopened');
    expect(gh.repo.issues.size).toBe(1);
    expect(gh.repo.comments.map((c) => [c.issueNumber, c.body, c.user.login])).toEqual([[made.number, 'Recovered: healthy since run 3.', 'github-actions[bot]']]);
  });

  it('a create whose answer was lost is read back, not repeated: one issue', async () => {
    gh = await startFakeGitHub();
    const token = gh.seed.actionsToken().token;
    gh.seed.issues(3, { by: 'someone' });
    gh.fail({ operationId: 'issues/create' }, { kind: 'lost-answer', status: 504 });
    const made = await issuesFor(gh, token).create(KEY, { title: 'churn degraded', body: 'report' });
    expect(gh.calls('issues/create').map((r) => r.status)).toEqual([504]);
    expect([...gh.repo.issues.values()].filter((i) => i.body?.startsWith(MARKER)).map((i) => i.number)).toEqual([made.number]);
  });

  it('a create GitHub refused with a 5xx before acting is sent again: still one issue', async () => {
    gh = await startFakeGitHub();
    const token = gh.seed.actionsToken().token;
    gh.fail({ operationId: 'issues/create' }, { kind: 'status', status: 502 });
    await issuesFor(gh, token).create(KEY, { title: 'churn degraded', body: 'report' });
    expect(gh.calls('issues/create').map((r) => r.status)).toEqual([502, 201]);
    expect(gh.repo.issues.size).toBe(1);
  });

  it('a comment whose answer was lost is not posted twice', async () => {
    gh = await startFakeGitHub();
    const token = gh.seed.actionsToken().token;
    const issues = issuesFor(gh, token);
    const made = await issues.create(KEY, { title: 't', body: 'b' });
    await issues.comment(made, 'same note');
    gh.fail({ operationId: 'issues/create-comment' }, { kind: 'lost-answer' });
    await issues.comment(made, 'same note');
    expect(gh.repo.comments.map((c) => c.body)).toEqual(['same note', 'same note']);
  });

  it('without issues: write, the error names the operation and the permission', async () => {
    gh = await startFakeGitHub();
    const token = gh.seed.actionsToken({ permissions: { issues: 'read', contents: 'read', metadata: 'read' } }).token;
    const issues = issuesFor(gh, token);
    await expect(issues.create(KEY, { title: 't', body: 'b' })).rejects.toThrow(/opening the monitor issue 'monitor\/churn\/production' in octo-org\/ml-repo failed \(HTTP 403\).*permissions: issues: write/);
    const seeded = gh.seed.issue({ body: `${MARKER}\nb`, by: GITHUB_ACTIONS_BOT });
    const found = (await issues.find(KEY))!;
    expect(found.number).toBe(seeded.number);
    await expect(issues.update(KEY, found, { title: 't', body: 'b', state: 'closed' })).rejects.toThrow(/updating the monitor issue #\d+ .*HTTP 403.*issues: write/);
    await expect(issues.comment(found, 'x')).rejects.toThrow(/commenting on the monitor issue .*HTTP 403.*issues: write/);
    expect(JSON.stringify(gh.requests)).not.toContain(token);
  });
});

describe('MonitorHistoryBranch', () => {
  it('reads nothing before the first write, then the text written, one file per key beside the evidence', async () => {
    gh = await startFakeGitHub();
    const octokit = client(gh, gh.seed.actionsToken().token);
    const history = new MonitorHistoryBranch({ octokit, owner: O, repo: R });
    expect(await history.read(KEY)).toBeUndefined();
    const evidence = new EvidenceBranch({ octokit, owner: O, repo: R });
    const locations = await evidence.save('churn/1.0.0', [{ name: 'metrics.json', bytes: Buffer.from('{"accuracy":0.9}') }]);
    expect(await history.read(KEY)).toBeUndefined();

    await history.write(KEY, '{"runs":[1]}\n');
    await history.write('churn/staging', '{"runs":[]}\n');
    await history.write(KEY, '{"runs":[1,2]}\n');
    expect(await history.read(KEY)).toBe('{"runs":[1,2]}\n');
    expect(await history.read('churn/staging')).toBe('{"runs":[]}\n');
    const head = gh.repo.refs.get('mlgate-evidence')!;
    expect([...gh.repo.files.get(head)!.keys()].sort()).toEqual(['churn/1.0.0/metrics.json', historyPath('churn/staging'), historyPath(KEY)].sort());
    expect((await evidence.load(locations.get('metrics.json')!)).toString()).toBe('{"accuracy":0.9}');
  });

  it('when another run moves the branch first, it builds on the new head and keeps their file', async () => {
    gh = await startFakeGitHub();
    const octokit = client(gh, gh.seed.actionsToken().token);
    const history = new MonitorHistoryBranch({ octokit, owner: O, repo: R });
    const other = new MonitorHistoryBranch({ octokit: client(gh, gh.seed.actionsToken().token), owner: O, repo: R });
    await history.write(KEY, 'first\n');
    const race = gh.before({ operationId: 'git/update-ref' }, async () => {
      await other.write('fraud/production', 'theirs\n');
    });
    await history.write(KEY, 'second\n');
    expect(race.hits).toBe(1);
    // In the order GitHub received them: ours (refused: not a fast forward), theirs, ours again on their head.
    expect(gh.calls('git/update-ref').map((r) => r.status)).toEqual([422, 200, 200]);
    expect(await history.read(KEY)).toBe('second\n');
    expect(await history.read('fraud/production')).toBe('theirs\n');
  });

  it('without contents: write, the error names the file, the branch and the permission', async () => {
    gh = await startFakeGitHub();
    const octokit = client(gh, gh.seed.actionsToken({ permissions: { contents: 'read', issues: 'write', metadata: 'read' } }).token);
    const history = new MonitorHistoryBranch({ octokit, owner: O, repo: R });
    await expect(history.write(KEY, 'x')).rejects.toThrow(`writing the monitor history ${historyPath(KEY)} on ${O}/${R} branch mlgate-evidence failed`);
    await expect(history.write(KEY, 'x')).rejects.toThrow(/contents: write/);
  });
});
