/**
 * Repository issues as GitHub documents them, for the monitor's sticky issue (SPEC §8): the list returns pull
 * requests too (each with a `pull_request` key), filtered by `state` (default `open`), `creator` and `since`,
 * sorted by `created` (default), `updated` or `comments`, `direction` default `desc`, paginated; create answers
 * 201 with the issue authored by the token's identity (an installation token's App bot, naming the App in
 * `performed_via_github_app`; a PAT's user); update sets title, body and state: closing records `closed_at`,
 * `closed_by` and `state_reason` (`completed` unless given), reopening clears them and sets `reopened`.
 */
import { notAccessible, notFound, validationFailed, type Reply } from './errors.js';
import type { HandlerContext } from './handlers.js';
import { paginate } from './pagination.js';
import { has } from './permissions.js';
import { appOf, renderUser, type Urls } from './render.js';
import type { Issue, PullRequest, Repo, Token } from './state.js';

/** GitHub's limit on an issue body, in characters (the same as a comment's). */
export const ISSUE_BODY_LIMIT = 65536;
/** GitHub's limit on an issue title, in characters. */
export const ISSUE_TITLE_LIMIT = 256;

/** Filters of the list that the fake does not model (it has no labels, milestones, assignees or issue types). */
const UNMODELLED_FILTERS = ['milestone', 'assignee', 'type', 'mentioned', 'labels', 'issue_field_values'];

const doc = (ctx: HandlerContext): string => ctx.op.documentationUrl;
const nodeId = (kind: string, id: number): string => Buffer.from(`0:${kind}${id}`).toString('base64').replace(/=+$/, '');

type Entry = { kind: 'issue'; issue: Issue } | { kind: 'pull'; pull: PullRequest };

function entries(repo: Repo): Entry[] {
  return [...[...repo.issues.values()].map((issue) => ({ kind: 'issue' as const, issue })), ...[...repo.pulls.values()].map((pull) => ({ kind: 'pull' as const, pull }))];
}

function view(e: Entry): { number: number; state: 'open' | 'closed'; login: string; createdAt: string; updatedAt: string } {
  if (e.kind === 'issue') return { number: e.issue.number, state: e.issue.state, login: e.issue.user.login, createdAt: e.issue.createdAt, updatedAt: e.issue.updatedAt };
  return { number: e.pull.number, state: e.pull.state, login: e.pull.user.login, createdAt: e.pull.createdAt, updatedAt: e.pull.createdAt };
}

/** One item of the list, or the answer of create/update (the `issue` shape). */
export function renderIssue(r: Repo, e: Entry, urls: Urls): Record<string, unknown> {
  const full = `${r.owner.login}/${r.name}`;
  const api = `${urls.api}/repos/${full}`;
  const v = view(e);
  const comments = r.comments.filter((c) => c.issueNumber === v.number).length;
  const common = {
    url: `${api}/issues/${v.number}`,
    repository_url: api,
    labels_url: `${api}/issues/${v.number}/labels{/name}`,
    comments_url: `${api}/issues/${v.number}/comments`,
    events_url: `${api}/issues/${v.number}/events`,
    timeline_url: `${api}/issues/${v.number}/timeline`,
    number: v.number,
    labels: [],
    assignee: null,
    assignees: [],
    milestone: null,
    locked: false,
    active_lock_reason: null,
    comments,
    created_at: v.createdAt,
    updated_at: v.updatedAt,
    reactions: { url: `${api}/issues/${v.number}/reactions`, total_count: 0, '+1': 0, '-1': 0, laugh: 0, hooray: 0, confused: 0, heart: 0, rocket: 0, eyes: 0 },
    pinned_comment: null,
    type: null,
    sub_issues_summary: { total: 0, completed: 0, percent_completed: 0 },
  };
  if (e.kind === 'pull') {
    const p = e.pull;
    const html = `${urls.server}/${full}/pull/${p.number}`;
    return {
      ...common,
      id: r.id * 1000 + p.number,
      node_id: nodeId('PullRequest', r.id * 1000 + p.number),
      html_url: html,
      state: p.state,
      state_reason: null,
      title: p.title,
      body: p.body,
      user: renderUser(p.user, urls),
      closed_at: p.state === 'closed' ? p.createdAt : null,
      closed_by: null,
      author_association: 'CONTRIBUTOR',
      performed_via_github_app: null,
      draft: false,
      pull_request: { url: `${api}/pulls/${p.number}`, html_url: html, diff_url: `${html}.diff`, patch_url: `${html}.patch`, merged_at: p.merged ? p.createdAt : null },
    };
  }
  const i = e.issue;
  return {
    ...common,
    id: i.id,
    node_id: nodeId('Issue', i.id),
    html_url: `${urls.server}/${full}/issues/${i.number}`,
    state: i.state,
    state_reason: i.stateReason,
    title: i.title,
    body: i.body,
    user: renderUser(i.user, urls),
    closed_at: i.closedAt,
    closed_by: i.closedBy ? renderUser(i.closedBy, urls) : null,
    author_association: i.user.type === 'Bot' ? 'NONE' : 'MEMBER',
    performed_via_github_app: i.viaApp ? appOf(i.user, urls) : null,
  };
}

function actor(token: Token | undefined): { user: Token['user']; viaApp: boolean } {
  if (!token) throw new Error('write without a token reached a handler');
  return { user: token.user, viaApp: token.kind === 'installation' };
}

/** 422 for a body or title over GitHub's limits (the message's exact wording is not verified against GitHub). */
function tooLong(ctx: HandlerContext, title: string | undefined, body: string | undefined): Reply | undefined {
  const errors: Array<Record<string, unknown>> = [];
  if (title !== undefined && [...title].length > ISSUE_TITLE_LIMIT) errors.push({ resource: 'Issue', code: 'custom', field: 'title', message: `title is too long (maximum is ${ISSUE_TITLE_LIMIT} characters)` });
  if (body !== undefined && [...body].length > ISSUE_BODY_LIMIT) errors.push({ resource: 'Issue', code: 'custom', field: 'body', message: `body is too long (maximum is ${ISSUE_BODY_LIMIT} characters)` });
  return errors.length ? validationFailed(doc(ctx), errors) : undefined;
}

/** Fields of create/update that the fake does not model: refusing them beats answering as if they were applied. */
function unmodelled(body: Record<string, unknown>, fields: readonly string[]): void {
  for (const f of fields) {
    const v = body[f];
    if (v !== undefined && v !== null && !(Array.isArray(v) && v.length === 0)) throw new Error(`the fake GitHub does not model issue ${f} (got ${JSON.stringify(v)})`);
  }
}

export const issueHandlers: Record<string, (ctx: HandlerContext) => Reply> = {
  'issues/list-for-repo': (ctx) => {
    const repo = ctx.repo;
    if (!repo) return notFound(doc(ctx));
    for (const f of UNMODELLED_FILTERS) if (ctx.query.has(f)) throw new Error(`the fake GitHub does not model the '${f}' filter of issues/list-for-repo`);
    const state = ctx.query.get('state') ?? 'open';
    const creator = ctx.query.get('creator')?.toLowerCase();
    const since = ctx.query.get('since');
    const sort = ctx.query.get('sort') ?? 'created';
    const sign = (ctx.query.get('direction') ?? 'desc') === 'asc' ? 1 : -1;
    const key = (e: Entry): string | number => {
      const v = view(e);
      if (sort === 'updated') return v.updatedAt;
      if (sort === 'comments') return repo.comments.filter((c) => c.issueNumber === v.number).length;
      return v.createdAt;
    };
    const list = entries(repo)
      .filter((e) => {
        const v = view(e);
        return (state === 'all' || v.state === state) && (creator === undefined || v.login.toLowerCase() === creator) && (!since || v.updatedAt >= since);
      })
      .sort((a, b) => {
        const ka = key(a);
        const kb = key(b);
        const byKey = ka < kb ? -1 : ka > kb ? 1 : 0;
        return sign * (byKey !== 0 ? byKey : view(a).number - view(b).number);
      });
    const { page, link } = paginate(list.map((e) => renderIssue(repo, e, ctx.urls)), ctx.query, `${ctx.urls.api}${ctx.linkPath}`);
    return { status: 200, body: page, headers: link ? { link } : undefined };
  },

  'issues/create': (ctx) => {
    const repo = ctx.repo;
    if (!repo) return notFound(doc(ctx));
    unmodelled(ctx.body, ['assignee', 'assignees', 'milestone', 'labels', 'type', 'issue_field_values']);
    const title = String(ctx.body.title);
    const body = typeof ctx.body.body === 'string' ? ctx.body.body : undefined;
    const refused = tooLong(ctx, title, body);
    if (refused) return refused;
    const { user, viaApp } = actor(ctx.token);
    const at = ctx.state.now();
    const number = Math.max(0, ...repo.pulls.keys(), ...repo.issues.keys()) + 1;
    const issue: Issue = { number, id: ctx.state.nextId('issue', 3_500_000_001), title, body: body ?? null, state: 'open', stateReason: null, user, viaApp, createdAt: at, updatedAt: at, closedAt: null, closedBy: null };
    repo.issues.set(number, issue);
    const json = renderIssue(repo, { kind: 'issue', issue }, ctx.urls);
    return { status: 201, body: json, headers: { location: String(json.url) } };
  },

  'issues/update': (ctx) => {
    const repo = ctx.repo;
    if (!repo) return notFound(doc(ctx));
    unmodelled(ctx.body, ['assignee', 'assignees', 'milestone', 'labels', 'type', 'issue_field_values', 'duplicate_issue_id']);
    const n = Number.parseInt(ctx.params.issue_number ?? '', 10);
    const issue = repo.issues.get(n);
    const pull = repo.pulls.get(n);
    if (!issue && !pull) return notFound(doc(ctx));
    // The route admits `pull_requests: write` too (a pull request is an issue); a plain issue needs `issues: write`.
    if (issue && ctx.token && !has(ctx.token, 'issues', 'write')) return notAccessible(doc(ctx), ctx.token.kind);
    const title = typeof ctx.body.title === 'string' || typeof ctx.body.title === 'number' ? String(ctx.body.title) : undefined;
    const body = typeof ctx.body.body === 'string' ? ctx.body.body : undefined;
    const refused = tooLong(ctx, title, body);
    if (refused) return refused;
    const state = ctx.body.state as 'open' | 'closed' | undefined;
    const at = ctx.state.now();
    if (pull) {
      if (title !== undefined) pull.title = title;
      if (ctx.body.body !== undefined) pull.body = body ?? null;
      if (state) pull.state = state;
      return { status: 200, body: renderIssue(repo, { kind: 'pull', pull }, ctx.urls) };
    }
    const i = issue!;
    if (title !== undefined) i.title = title;
    if (ctx.body.body !== undefined) i.body = body ?? null;
    // "state_reason: The reason for the state change. Ignored unless state is changed."
    if (state === 'closed' && i.state === 'open') {
      i.state = 'closed';
      i.stateReason = (ctx.body.state_reason as Issue['stateReason'] | undefined) ?? 'completed';
      i.closedAt = at;
      i.closedBy = actor(ctx.token).user;
    } else if (state === 'open' && i.state === 'closed') {
      i.state = 'open';
      i.stateReason = 'reopened';
      i.closedAt = null;
      i.closedBy = null;
    }
    i.updatedAt = at;
    return { status: 200, body: renderIssue(repo, { kind: 'issue', issue: i }, ctx.urls) };
  },
};
