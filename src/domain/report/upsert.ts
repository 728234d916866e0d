import { hasMarker } from './marker.js';

/** A PR comment as the upsert logic needs it (any page of `GET /repos/{o}/{r}/issues/{n}/comments`). */
export interface ExistingComment {
  id: number;
  body?: string | null;
  author?: string | null;
  /** Slug of the GitHub App that made it (`performed_via_github_app`), null for a user's own comment. */
  app?: string | null;
  url?: string;
}

/**
 * Who "we" are. A personal access token knows its login (GET /user). An installation token (the Actions GITHUB_TOKEN
 * or a GitHub App's) cannot ask: GET /user is 403, and GET /app needs the App's JWT. What it creates is authored by
 * its App's bot, `<app slug>[bot]`, and names the App in `performed_via_github_app`; so for such a token "ours" is a
 * comment whose author is the bot of the App that made it, until a create tells the exact login.
 */
export interface Identity {
  logins: readonly string[];
  /** Also ours: a comment authored by `<slug>[bot]` of the App that performed it (installation tokens). */
  appBot?: boolean;
  /** How the identity was learnt, for logs. */
  source: 'user' | 'installation-token' | 'created' | 'configured';
}

export const ACTIONS_BOT = 'github-actions[bot]';

export type UpsertPlan =
  | { kind: 'create'; deleteIds: number[] }
  | { kind: 'update'; id: number; url?: string; deleteIds: number[] }
  | { kind: 'unchanged'; id: number; url?: string; deleteIds: number[] }
  | { kind: 'recreate'; deleteIds: number[] };

export function isOurs(comment: ExistingComment, key: string, identity: Identity): boolean {
  const author = comment.author?.toLowerCase();
  if (author === undefined || !hasMarker(comment.body, key)) return false;
  if (identity.logins.some((l) => l.toLowerCase() === author)) return true;
  return identity.appBot === true && typeof comment.app === 'string' && author === `${comment.app.toLowerCase()}[bot]`;
}

/**
 * What to do, given every comment on the PR (all pages, oldest first). Only comments that carry our marker AND are
 * authored by us count; someone else's comment with the same marker is left alone. If an earlier race left
 * duplicates, the oldest is kept and the others deleted.
 */
export function planUpsert(request: { comments: readonly ExistingComment[]; key: string; identity: Identity; body: string; mode: 'update' | 'recreate' }): UpsertPlan {
  const ours = request.comments.filter((c) => isOurs(c, request.key, request.identity)).sort((a, b) => a.id - b.id);
  if (request.mode === 'recreate') return { kind: 'recreate', deleteIds: ours.map((c) => c.id) };
  const [keep, ...extra] = ours;
  const deleteIds = extra.map((c) => c.id);
  if (!keep) return { kind: 'create', deleteIds };
  if ((keep.body ?? '').trimEnd() === request.body.trimEnd()) return { kind: 'unchanged', id: keep.id, url: keep.url, deleteIds };
  return { kind: 'update', id: keep.id, url: keep.url, deleteIds };
}
