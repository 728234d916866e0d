/**
 * The Git database API (blobs, trees, commits, refs) as GitHub documents it, for the evidence branch:
 * objects are content-addressed like git's (sha1 of "<type> <size>\0<body>"), trees nest by path, a ref moves
 * only forward unless `force` (422 "Update is not a fast forward"), an existing ref cannot be created again
 * (422 "Reference already exists"), and a blob over 100 MB is refused. Each commit's files also become
 * readable through the contents API (`repo.files`), as on GitHub.
 */
import { createHash } from 'node:crypto';
import { errorReply, notFound, validationFailed, type Reply } from './errors.js';
import type { HandlerContext } from './handlers.js';
import type { Repo } from './state.js';

/** GitHub: "This API supports blobs up to 100 megabytes in size." */
export const BLOB_LIMIT = 100 * 1024 * 1024;

type TreeEntry = { path: string; mode: string; type: 'blob' | 'tree'; sha: string };
export type GitObject =
  | { type: 'blob'; content: Buffer }
  | { type: 'tree'; entries: TreeEntry[] }
  | { type: 'commit'; tree: string; parents: string[]; message: string; date: string };

const objectsOf: WeakMap<Repo, Map<string, GitObject>> = new WeakMap();
export function gitObjects(repo: Repo): Map<string, GitObject> {
  const known = objectsOf.get(repo);
  if (known) return known;
  const fresh = new Map<string, GitObject>();
  objectsOf.set(repo, fresh);
  return fresh;
}

function put(repo: Repo, body: Buffer, object: GitObject): string {
  const sha = createHash('sha1').update(`${object.type} ${body.length}\0`).update(body).digest('hex');
  gitObjects(repo).set(sha, object);
  return sha;
}

function treeBody(entries: readonly TreeEntry[]): Buffer {
  return Buffer.from(entries.map((e) => `${e.mode} ${e.path}\0${e.sha}`).join(''), 'utf8');
}

const doc = (ctx: HandlerContext): string => ctx.op.documentationUrl;
const repoOf = (ctx: HandlerContext): Repo | Reply => ctx.repo ?? notFound(doc(ctx));
const isReply = (x: unknown): x is Reply => typeof x === 'object' && x !== null && 'status' in x;
const apiBase = (ctx: HandlerContext, r: Repo): string => `${ctx.urls.api}/repos/${r.owner.login}/${r.name}`;

/** Every file under a tree, path → content. */
function flatten(repo: Repo, treeSha: string, prefix = '', out = new Map<string, Buffer>()): Map<string, Buffer> {
  const tree = gitObjects(repo).get(treeSha);
  if (tree?.type !== 'tree') return out;
  for (const e of tree.entries) {
    const obj = gitObjects(repo).get(e.sha);
    if (obj?.type === 'blob') out.set(`${prefix}${e.path}`, obj.content);
    else if (obj?.type === 'tree') flatten(repo, e.sha, `${prefix}${e.path}/`, out);
  }
  return out;
}

/** A tree holding `files` (path → blob sha), nested by directory. */
function buildTree(repo: Repo, files: Map<string, string>): string {
  const here = new Map<string, TreeEntry>();
  const sub = new Map<string, Map<string, string>>();
  for (const [p, sha] of files) {
    const slash = p.indexOf('/');
    if (slash < 0) here.set(p, { path: p, mode: '100644', type: 'blob', sha });
    else {
      const dir = p.slice(0, slash);
      if (!sub.has(dir)) sub.set(dir, new Map());
      sub.get(dir)!.set(p.slice(slash + 1), sha);
    }
  }
  for (const [dir, inner] of sub) here.set(dir, { path: dir, mode: '040000', type: 'tree', sha: buildTree(repo, inner) });
  const entries = [...here.values()].sort((a, b) => (a.path < b.path ? -1 : 1));
  return put(repo, treeBody(entries), { type: 'tree', entries });
}

function blobShas(repo: Repo, treeSha: string, prefix = '', out = new Map<string, string>()): Map<string, string> {
  const tree = gitObjects(repo).get(treeSha);
  if (tree?.type !== 'tree') return out;
  for (const e of tree.entries) {
    if (e.type === 'blob') out.set(`${prefix}${e.path}`, e.sha);
    else blobShas(repo, e.sha, `${prefix}${e.path}/`, out);
  }
  return out;
}

function renderCommit(ctx: HandlerContext, r: Repo, sha: string, c: Extract<GitObject, { type: 'commit' }>): Record<string, unknown> {
  const base = apiBase(ctx, r);
  const person = { name: 'github-actions[bot]', email: '41898282+github-actions[bot]@users.noreply.github.com', date: c.date };
  return {
    sha,
    node_id: Buffer.from(`04:Commit${sha}`).toString('base64'),
    url: `${base}/git/commits/${sha}`,
    html_url: `${ctx.urls.server}/${r.owner.login}/${r.name}/commit/${sha}`,
    author: person,
    committer: person,
    tree: { sha: c.tree, url: `${base}/git/trees/${c.tree}` },
    message: c.message,
    parents: c.parents.map((p) => ({ sha: p, url: `${base}/git/commits/${p}`, html_url: `${ctx.urls.server}/${r.owner.login}/${r.name}/commit/${p}` })),
    verification: { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null },
  };
}

function renderRef(ctx: HandlerContext, r: Repo, name: string, sha: string): Record<string, unknown> {
  return {
    ref: `refs/heads/${name}`,
    node_id: Buffer.from(`04:Ref${name}`).toString('base64'),
    url: `${apiBase(ctx, r)}/git/refs/heads/${name}`,
    object: { type: 'commit', sha, url: `${apiBase(ctx, r)}/git/commits/${sha}` },
  };
}

/** `heads/<name>` (as the {ref} parameter) or `refs/heads/<name>` → the branch name. */
function branchOf(ref: string): string | undefined {
  const m = /^(?:refs\/)?heads\/(.+)$/.exec(ref);
  return m?.[1];
}

function isAncestor(repo: Repo, ancestor: string, sha: string): boolean {
  const seen = new Set<string>();
  const todo = [sha];
  while (todo.length) {
    const s = todo.pop()!;
    if (s === ancestor) return true;
    if (seen.has(s)) continue;
    seen.add(s);
    const c = gitObjects(repo).get(s);
    if (c?.type === 'commit') todo.push(...c.parents);
  }
  return false;
}

function moveBranch(repo: Repo, name: string, sha: string): void {
  repo.refs.set(name, sha);
  const c = gitObjects(repo).get(sha);
  if (c?.type === 'commit') repo.files.set(sha, flatten(repo, c.tree));
}

export const gitHandlers: Record<string, (ctx: HandlerContext) => Reply> = {
  'git/create-blob': (ctx) => {
    const r = repoOf(ctx);
    if (isReply(r)) return r;
    const encoding = (ctx.body.encoding as string | undefined) ?? 'utf-8';
    const content = Buffer.from(String(ctx.body.content), encoding === 'base64' ? 'base64' : 'utf8');
    if (content.length > BLOB_LIMIT) return errorReply(403, 'The blob is too large (maximum is 100 MB).', doc(ctx));
    const sha = put(r, content, { type: 'blob', content });
    return { status: 201, body: { sha, url: `${apiBase(ctx, r)}/git/blobs/${sha}` } };
  },
  'git/get-blob': (ctx) => {
    const r = repoOf(ctx);
    if (isReply(r)) return r;
    const sha = ctx.params.file_sha ?? '';
    const blob = gitObjects(r).get(sha);
    if (blob?.type !== 'blob') return notFound(doc(ctx));
    const b64 = blob.content.toString('base64');
    return {
      status: 200,
      body: { sha, node_id: Buffer.from(`04:Blob${sha}`).toString('base64'), size: blob.content.length, url: `${apiBase(ctx, r)}/git/blobs/${sha}`, content: `${b64.replace(/(.{60})/g, '$1\n')}\n`, encoding: 'base64' },
    };
  },
  'git/create-tree': (ctx) => {
    const r = repoOf(ctx);
    if (isReply(r)) return r;
    const files = new Map<string, string>();
    const base = ctx.body.base_tree as string | undefined;
    if (base !== undefined) {
      if (gitObjects(r).get(base)?.type !== 'tree') return validationFailed(doc(ctx), [{ resource: 'Tree', field: 'base_tree', code: 'invalid' }]);
      for (const [p, s] of blobShas(r, base)) files.set(p, s);
    }
    for (const e of ctx.body.tree as Array<{ path: string; sha?: string | null; content?: string; type?: string }>) {
      if (e.sha === null) files.delete(e.path);
      else if (e.content !== undefined) files.set(e.path, put(r, Buffer.from(e.content, 'utf8'), { type: 'blob', content: Buffer.from(e.content, 'utf8') }));
      else if (e.sha && gitObjects(r).get(e.sha)?.type === 'blob') files.set(e.path, e.sha);
      else return validationFailed(doc(ctx), [{ resource: 'Tree', field: 'tree.sha', code: 'invalid', message: `tree.sha ${e.sha ?? ''} is not a valid blob` }]);
    }
    const sha = buildTree(r, files);
    const tree = gitObjects(r).get(sha) as Extract<GitObject, { type: 'tree' }>;
    return {
      status: 201,
      body: { sha, url: `${apiBase(ctx, r)}/git/trees/${sha}`, truncated: false, tree: tree.entries.map((e) => ({ ...e, url: `${apiBase(ctx, r)}/git/${e.type}s/${e.sha}` })) },
    };
  },
  'git/create-commit': (ctx) => {
    const r = repoOf(ctx);
    if (isReply(r)) return r;
    const tree = String(ctx.body.tree);
    const parents = (ctx.body.parents as string[] | undefined) ?? [];
    if (gitObjects(r).get(tree)?.type !== 'tree' || parents.some((p) => gitObjects(r).get(p)?.type !== 'commit')) return validationFailed(doc(ctx), [{ resource: 'Commit', field: 'tree', code: 'invalid' }]);
    const commit = { type: 'commit' as const, tree, parents, message: String(ctx.body.message), date: ctx.state.now() };
    const sha = put(r, Buffer.from(`tree ${tree}\n${parents.map((p) => `parent ${p}\n`).join('')}\n${commit.message}\u0000${commit.date}`), commit);
    return { status: 201, body: renderCommit(ctx, r, sha, commit) };
  },
  'git/get-commit': (ctx) => {
    const r = repoOf(ctx);
    if (isReply(r)) return r;
    const sha = ctx.params.commit_sha ?? '';
    const c = gitObjects(r).get(sha);
    return c?.type === 'commit' ? { status: 200, body: renderCommit(ctx, r, sha, c) } : notFound(doc(ctx));
  },
  'git/get-ref': (ctx) => {
    const r = repoOf(ctx);
    if (isReply(r)) return r;
    const name = branchOf(ctx.params.ref ?? '');
    const sha = name !== undefined ? r.refs.get(name) : undefined;
    return name !== undefined && sha !== undefined ? { status: 200, body: renderRef(ctx, r, name, sha) } : notFound(doc(ctx));
  },
  'git/create-ref': (ctx) => {
    const r = repoOf(ctx);
    if (isReply(r)) return r;
    const name = branchOf(String(ctx.body.ref));
    const sha = String(ctx.body.sha);
    if (name === undefined) return validationFailed(doc(ctx), [{ resource: 'Reference', field: 'ref', code: 'invalid' }]);
    if (r.refs.has(name)) return errorReply(422, 'Reference already exists', doc(ctx));
    if (gitObjects(r).get(sha)?.type !== 'commit') return errorReply(422, 'Object does not exist', doc(ctx));
    moveBranch(r, name, sha);
    return { status: 201, body: renderRef(ctx, r, name, sha) };
  },
  'git/update-ref': (ctx) => {
    const r = repoOf(ctx);
    if (isReply(r)) return r;
    const name = branchOf(ctx.params.ref ?? '');
    const current = name !== undefined ? r.refs.get(name) : undefined;
    if (name === undefined || current === undefined) return errorReply(422, 'Reference does not exist', doc(ctx));
    const sha = String(ctx.body.sha);
    if (gitObjects(r).get(sha)?.type !== 'commit') return errorReply(422, 'Object does not exist', doc(ctx));
    if (ctx.body.force !== true && !isAncestor(r, current, sha)) return errorReply(422, 'Update is not a fast forward', doc(ctx));
    moveBranch(r, name, sha);
    return { status: 200, body: renderRef(ctx, r, name, sha) };
  },
};
