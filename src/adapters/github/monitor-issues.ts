import type { GitHubContext } from '../../commands/types.js';
import { MlgateError } from '../../domain/errors.js';
import { hasMarker, marker } from '../../domain/report/marker.js';
import { isOurs, type Identity } from '../../domain/report/upsert.js';
import type { Log, MonitorIssue, MonitorIssues } from '../../ports.js';
import { httpStatus, tokenIdentity } from './identity.js';
import { createOctokit, type Octokit } from './octokit.js';
import { writeOnce } from './write-once.js';

export interface MonitorIssuesSettings {
  github: GitHubContext;
  log: Log;
  /** Tests inject an Octokit pointed at the fake; otherwise the one factory makes one. */
  octokit?: Octokit;
  /** Known identity (skips GET /user). */
  identity?: Identity;
}

/** An issue as the list, create and update answers carry it (a pull request has `pull_request`). */
interface IssueData {
  number: number;
  state: string;
  title: string;
  body?: string | null;
  html_url: string;
  user: { login: string } | null;
  performed_via_github_app?: { slug?: string } | null;
  pull_request?: unknown;
}

function withMarker(key: string, body: string): string {
  return `${marker(key)}\n${body}`;
}

function withoutMarker(key: string, body: string | null | undefined): string {
  const text = body ?? '';
  if (!hasMarker(text, key)) return text;
  const newline = text.indexOf('\n');
  return newline < 0 ? '' : text.slice(newline + 1);
}

function toIssue(key: string, data: IssueData): MonitorIssue {
  return { number: data.number, state: data.state === 'closed' ? 'closed' : 'open', title: data.title, body: withoutMarker(key, data.body), url: data.html_url };
}

/** What failed, GitHub's answer, and the permission a 403 means is missing. */
function githubError(what: string, error: unknown, permission: string): MlgateError {
  const status = httpStatus(error);
  const message = error instanceof Error ? error.message : String(error);
  const hint = status === 403 ? `; the monitor job needs 'permissions: ${permission}'` : status === 410 ? '; issues are disabled in this repository: enable them, or set monitor.on_degraded to fail' : '';
  return new MlgateError('github', `${what} failed${status ? ` (HTTP ${status})` : ''}: ${message}${hint}`, { cause: error });
}

/**
 * The monitor's sticky issue on GitHub (SPEC §8): ours is the issue whose body starts with the key's hidden marker
 * (`<!-- mlgate:monitor/<model>/<environment> -->` for the monitor command's key)
 * AND whose author is this token's identity (someone else's issue with the same marker is left alone; pull
 * requests, which the issues list returns too, are skipped). Reads stop at the first answer: the oldest open one,
 * else the newest closed one.
 */
export function createMonitorIssues(settings: MonitorIssuesSettings): MonitorIssues {
  const { github, log } = settings;
  let identity = settings.identity;
  let octokit = settings.octokit;
  const where = (): { owner: string; repo: string } => {
    if (!github.repository) throw new MlgateError('usage', 'the monitor issue needs a repository (GITHUB_REPOSITORY is not set)');
    return { owner: github.repository.owner, repo: github.repository.repo };
  };
  const client = (): Octokit => {
    if (!github.token) throw new MlgateError('usage', 'the monitor issue needs a GitHub token; set input github-token (or GITHUB_TOKEN for the CLI)');
    octokit ??= createOctokit({ token: github.token, apiUrl: github.apiUrl, log });
    return octokit;
  };
  const whoAmI = async (): Promise<Identity> => {
    identity ??= await tokenIdentity(client()).catch((error: unknown) => {
      throw githubError('finding the token identity (GET /user)', error, 'issues: read');
    });
    log.debug(`monitor issue identity: ${identity.logins.join(', ')} (${identity.source})`);
    return identity;
  };
  const ours = (key: string, me: Identity, i: IssueData): boolean =>
    i.pull_request === undefined && isOurs({ id: i.number, body: i.body, author: i.user?.login ?? null, app: i.performed_via_github_app?.slug ?? null }, key, me);

  /** The first of ours in the list's order, reading a page at a time. */
  const first = async (key: string, state: 'open' | 'closed', direction: 'asc' | 'desc', match: (i: IssueData) => boolean = () => true): Promise<IssueData | undefined> => {
    const api = client();
    const me = await whoAmI();
    // A user's login is a documented `creator`; an App bot's login is left to the author check.
    const creator = me.source === 'user' ? { creator: me.logins[0] } : {};
    for await (const page of api.paginate.iterator(api.rest.issues.listForRepo, { ...where(), state, sort: 'created', direction, per_page: 100, ...creator })) {
      const found = (page.data as IssueData[]).find((i) => ours(key, me, i) && match(i));
      if (found) return found;
    }
    return undefined;
  };

  return {
    kind: 'github',

    async find(key) {
      try {
        const found = (await first(key, 'open', 'asc')) ?? (await first(key, 'closed', 'desc'));
        return found ? toIssue(key, found) : undefined;
      } catch (error) {
        if (error instanceof MlgateError) throw error;
        throw githubError(`listing the issues of ${where().owner}/${where().repo} for the monitor issue '${key}'`, error, 'issues: read');
      }
    },

    async create(key, content) {
      const api = client();
      const body = withMarker(key, content.body);
      try {
        // A create whose answer was lost (5xx, timeout) may have been made: read back before posting again.
        const made = await writeOnce<IssueData>({
          send: async () => (await api.rest.issues.create({ ...where(), title: content.title, body })).data,
          find: () => first(key, 'open', 'desc', (i) => i.title === content.title && (i.body ?? '').trimEnd() === body.trimEnd()),
        });
        // The author of what we made is exactly who we are: later reads by this store need no guessing.
        if (made.user?.login) identity = { logins: [made.user.login], source: 'created' };
        return toIssue(key, made);
      } catch (error) {
        if (error instanceof MlgateError) throw error;
        throw githubError(`opening the monitor issue '${key}' in ${where().owner}/${where().repo}`, error, 'issues: write');
      }
    },

    async update(key, issue, content) {
      const api = client();
      try {
        const { data } = await api.rest.issues.update({
          ...where(),
          issue_number: issue.number,
          title: content.title,
          body: withMarker(key, content.body),
          state: content.state,
          ...(content.state === 'closed' && issue.state === 'open' ? { state_reason: 'completed' as const } : {}),
        });
        return toIssue(key, data);
      } catch (error) {
        throw githubError(`updating the monitor issue #${issue.number} in ${where().owner}/${where().repo}`, error, 'issues: write');
      }
    },

    async comment(issue, body) {
      const api = client();
      const on = { ...where(), issue_number: issue.number };
      try {
        // The comments already there, so that a comment whose answer was lost is recognised as the new one.
        const seen = new Set<number>();
        for await (const page of api.paginate.iterator(api.rest.issues.listComments, { ...on, per_page: 100 })) for (const c of page.data) seen.add(c.id);
        await writeOnce({
          send: async () => (await api.rest.issues.createComment({ ...on, body })).data.id,
          find: async () => {
            for await (const page of api.paginate.iterator(api.rest.issues.listComments, { ...on, per_page: 100 })) {
              const made = page.data.find((c) => !seen.has(c.id) && (c.body ?? '').trimEnd() === body.trimEnd());
              if (made) return made.id;
            }
            return undefined;
          },
        });
      } catch (error) {
        throw githubError(`commenting on the monitor issue #${issue.number} in ${where().owner}/${where().repo}`, error, 'issues: write');
      }
    },
  };
}
