import { blobSha, type Artifact, type Comment, type Deployment, type DeploymentStatus, type PullRequest, type Repo, type User } from './state.js';

/** Where API URLs and html URLs in responses point (the fake's own base, and github.com-like links). */
export interface Urls {
  api: string;
  server: string;
}

const nodeId = (kind: string, id: number): string => Buffer.from(`0:${kind}${id}`).toString('base64').replace(/=+$/, '');

export function renderUser(u: User, urls: Urls): Record<string, unknown> {
  const api = `${urls.api}/users/${encodeURIComponent(u.login)}`;
  return {
    login: u.login,
    id: u.id,
    node_id: nodeId(u.type === 'Bot' ? 'Bot' : 'User', u.id),
    avatar_url: `https://avatars.githubusercontent.com/u/${u.id}?v=4`,
    gravatar_id: '',
    url: api,
    html_url: u.type === 'Bot' ? `${urls.server}/apps/${u.login.replace(/\[bot\]$/, '')}` : `${urls.server}/${u.login}`,
    followers_url: `${api}/followers`,
    following_url: `${api}/following{/other_user}`,
    gists_url: `${api}/gists{/gist_id}`,
    starred_url: `${api}/starred{/owner}{/repo}`,
    subscriptions_url: `${api}/subscriptions`,
    organizations_url: `${api}/orgs`,
    repos_url: `${api}/repos`,
    events_url: `${api}/events{/privacy}`,
    received_events_url: `${api}/received_events`,
    type: u.type,
    user_view_type: 'public',
    site_admin: false,
  };
}

/** GET /user for a personal access token (the `private-user` shape). */
export function renderAuthenticatedUser(u: User, urls: Urls): Record<string, unknown> {
  return {
    ...renderUser(u, urls),
    name: u.name ?? null,
    company: null,
    blog: '',
    location: null,
    email: u.email ?? null,
    hireable: null,
    bio: null,
    twitter_username: null,
    notification_email: null,
    public_repos: 1,
    public_gists: 0,
    followers: 0,
    following: 0,
    created_at: '2020-01-01T00:00:00Z',
    updated_at: '2026-01-01T00:00:00Z',
    private_gists: 0,
    total_private_repos: 0,
    owned_private_repos: 0,
    disk_usage: 0,
    collaborators: 0,
    two_factor_authentication: true,
    plan: { name: 'free', space: 976562499, private_repos: 10000, collaborators: 0 },
  };
}

function repoUrls(r: Repo, urls: Urls): Record<string, unknown> {
  const full = `${r.owner.login}/${r.name}`;
  const api = `${urls.api}/repos/${full}`;
  return {
    id: r.id,
    node_id: nodeId('Repository', r.id),
    name: r.name,
    full_name: full,
    private: r.private,
    owner: renderUser(r.owner, urls),
    html_url: `${urls.server}/${full}`,
    description: null,
    fork: false,
    url: api,
    archive_url: `${api}/{archive_format}{/ref}`,
    assignees_url: `${api}/assignees{/user}`,
    blobs_url: `${api}/git/blobs{/sha}`,
    branches_url: `${api}/branches{/branch}`,
    collaborators_url: `${api}/collaborators{/collaborator}`,
    comments_url: `${api}/comments{/number}`,
    commits_url: `${api}/commits{/sha}`,
    compare_url: `${api}/compare/{base}...{head}`,
    contents_url: `${api}/contents/{+path}`,
    contributors_url: `${api}/contributors`,
    deployments_url: `${api}/deployments`,
    downloads_url: `${api}/downloads`,
    events_url: `${api}/events`,
    forks_url: `${api}/forks`,
    git_commits_url: `${api}/git/commits{/sha}`,
    git_refs_url: `${api}/git/refs{/sha}`,
    git_tags_url: `${api}/git/tags{/sha}`,
    git_url: `git://${new URL(urls.server).host}/${full}.git`,
    issue_comment_url: `${api}/issues/comments{/number}`,
    issue_events_url: `${api}/issues/events{/number}`,
    issues_url: `${api}/issues{/number}`,
    keys_url: `${api}/keys{/key_id}`,
    labels_url: `${api}/labels{/name}`,
    languages_url: `${api}/languages`,
    merges_url: `${api}/merges`,
    milestones_url: `${api}/milestones{/number}`,
    notifications_url: `${api}/notifications{?since,all,participating}`,
    pulls_url: `${api}/pulls{/number}`,
    releases_url: `${api}/releases{/id}`,
    ssh_url: `git@${new URL(urls.server).host}:${full}.git`,
    stargazers_url: `${api}/stargazers`,
    statuses_url: `${api}/statuses/{sha}`,
    subscribers_url: `${api}/subscribers`,
    subscription_url: `${api}/subscription`,
    tags_url: `${api}/tags`,
    teams_url: `${api}/teams`,
    trees_url: `${api}/git/trees{/sha}`,
    clone_url: `${urls.server}/${full}.git`,
    mirror_url: null,
    hooks_url: `${api}/hooks`,
    svn_url: `${urls.server}/${full}`,
    homepage: null,
    language: 'Python',
    forks_count: 0,
    stargazers_count: 0,
    watchers_count: 0,
    size: 1,
    default_branch: r.defaultBranch,
    open_issues_count: r.issues.size + r.pulls.size,
    is_template: false,
    topics: [],
    has_issues: true,
    has_projects: true,
    has_wiki: false,
    has_pages: false,
    has_downloads: true,
    has_discussions: false,
    archived: false,
    disabled: false,
    visibility: r.private ? 'private' : 'public',
    pushed_at: '2026-01-01T00:00:00Z',
    created_at: '2025-01-01T00:00:00Z',
    updated_at: '2026-01-01T00:00:00Z',
    permissions: { admin: false, maintain: false, push: true, triage: true, pull: true },
    temp_clone_token: '',
    allow_rebase_merge: true,
    allow_squash_merge: true,
    allow_merge_commit: true,
    allow_auto_merge: false,
    delete_branch_on_merge: false,
    allow_forking: true,
    web_commit_signoff_required: false,
    license: null,
    forks: 0,
    open_issues: r.issues.size + r.pulls.size,
    watchers: 0,
  };
}

/** GET /repos/{owner}/{repo} (the `full-repository` shape). */
export function renderFullRepo(r: Repo, urls: Urls): Record<string, unknown> {
  return { ...repoUrls(r, urls), network_count: 0, subscribers_count: 0, ...(r.owner.type === 'Organization' ? { organization: renderUser(r.owner, urls) } : {}) };
}

function pullBase(r: Repo, p: PullRequest, urls: Urls): Record<string, unknown> {
  const full = `${r.owner.login}/${r.name}`;
  const api = `${urls.api}/repos/${full}`;
  const html = `${urls.server}/${full}/pull/${p.number}`;
  const repoJson = repoUrls(r, urls);
  const closed = p.state === 'closed';
  return {
    url: `${api}/pulls/${p.number}`,
    id: r.id * 1000 + p.number,
    node_id: nodeId('PullRequest', r.id * 1000 + p.number),
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    issue_url: `${api}/issues/${p.number}`,
    commits_url: `${api}/pulls/${p.number}/commits`,
    review_comments_url: `${api}/pulls/${p.number}/comments`,
    review_comment_url: `${api}/pulls/comments{/number}`,
    comments_url: `${api}/issues/${p.number}/comments`,
    statuses_url: `${api}/statuses/${p.head.sha}`,
    number: p.number,
    state: p.state,
    locked: false,
    title: p.title,
    user: renderUser(p.user, urls),
    body: p.body,
    labels: [],
    milestone: null,
    active_lock_reason: null,
    created_at: p.createdAt,
    updated_at: p.createdAt,
    closed_at: closed ? p.createdAt : null,
    merged_at: p.merged ? p.createdAt : null,
    merge_commit_sha: p.merged ? p.base.sha : null,
    assignee: null,
    assignees: [],
    requested_reviewers: [],
    requested_teams: [],
    head: { label: `${p.head.repoFullName.split('/')[0]}:${p.head.ref}`, ref: p.head.ref, sha: p.head.sha, user: renderUser(p.user, urls), repo: p.head.repoFullName.toLowerCase() === full.toLowerCase() ? repoJson : forkJson(repoJson, p, urls) },
    base: { label: `${r.owner.login}:${p.base.ref}`, ref: p.base.ref, sha: p.base.sha, user: renderUser(r.owner, urls), repo: repoJson },
    _links: {
      self: { href: `${api}/pulls/${p.number}` },
      html: { href: html },
      issue: { href: `${api}/issues/${p.number}` },
      comments: { href: `${api}/issues/${p.number}/comments` },
      review_comments: { href: `${api}/pulls/${p.number}/comments` },
      review_comment: { href: `${api}/pulls/comments{/number}` },
      commits: { href: `${api}/pulls/${p.number}/commits` },
      statuses: { href: `${api}/statuses/${p.head.sha}` },
    },
    author_association: 'CONTRIBUTOR',
    auto_merge: null,
    draft: false,
  };
}

/** The head repository of a pull request from a fork: the contributor's copy. */
function forkJson(base: Record<string, unknown>, p: PullRequest, urls: Urls): Record<string, unknown> {
  const [owner = p.user.login, name = String(base.name)] = p.head.repoFullName.split('/');
  const api = `${urls.api}/repos/${owner}/${name}`;
  return { ...base, id: Number(base.id) + 500000, node_id: Buffer.from(`0:Repository${Number(base.id) + 500000}`).toString('base64'), name, full_name: `${owner}/${name}`, owner: renderUser(p.user, urls), fork: true, url: api, html_url: `${urls.server}/${owner}/${name}` };
}

/** A pull request in a list (the `pull-request-simple` shape). */
export function renderPullSimple(r: Repo, p: PullRequest, urls: Urls): Record<string, unknown> {
  return pullBase(r, p, urls);
}

/** GET /repos/{owner}/{repo}/pulls/{n} (the `pull-request` shape). */
export function renderPull(r: Repo, p: PullRequest, urls: Urls, comments: number): Record<string, unknown> {
  return {
    ...pullBase(r, p, urls),
    merged: p.merged,
    mergeable: p.state === 'open' ? true : null,
    rebaseable: p.state === 'open' ? true : null,
    mergeable_state: p.state === 'open' ? 'clean' : 'unknown',
    merged_by: null,
    comments,
    review_comments: 0,
    maintainer_can_modify: false,
    commits: 1,
    additions: 1,
    deletions: 0,
    changed_files: 1,
  };
}

const GITHUB_ACTIONS_APP = (urls: Urls): Record<string, unknown> => ({
  id: 15368,
  slug: 'github-actions',
  node_id: 'MDM6QXBwMTUzNjg=',
  client_id: 'Iv1.05c79e9ad1f6bdfa',
  owner: renderUser({ login: 'github', id: 9919, type: 'Organization' }, urls),
  name: 'GitHub Actions',
  description: 'Automate your workflow from idea to production',
  external_url: 'https://help.github.com/en/actions',
  html_url: `${urls.server}/apps/github-actions`,
  created_at: '2018-07-30T09:30:17Z',
  updated_at: '2025-03-07T16:35:00Z',
  permissions: { actions: 'write', contents: 'write', deployments: 'write', issues: 'write', metadata: 'read', pull_requests: 'write' },
  events: ['check_run', 'check_suite', 'deployment', 'deployment_status', 'issue_comment', 'pull_request', 'push', 'workflow_dispatch'],
});

/**
 * The GitHub App that acted for a bot user: an installation token acts as `<app slug>[bot]` (GITHUB_TOKEN as
 * `github-actions[bot]`, the GitHub Actions app), and what it creates names the app in `performed_via_github_app`.
 */
export function appOf(user: User, urls: Urls): Record<string, unknown> {
  if (user.login === 'github-actions[bot]') return GITHUB_ACTIONS_APP(urls);
  const slug = user.login.replace(/\[bot\]$/, '');
  return {
    ...GITHUB_ACTIONS_APP(urls),
    id: 900000 + (user.id % 100000),
    slug,
    node_id: nodeId('App', 900000 + (user.id % 100000)),
    client_id: `Iv23li${slug.replace(/[^a-z0-9]/gi, '').slice(0, 14)}`,
    owner: renderUser({ login: 'octo-org', id: 100, type: 'Organization' }, urls),
    name: slug,
    description: null,
    external_url: `https://${slug}.example`,
    html_url: `${urls.server}/apps/${slug}`,
  };
}

export function renderComment(r: Repo, c: Comment, urls: Urls): Record<string, unknown> {
  const full = `${r.owner.login}/${r.name}`;
  const api = `${urls.api}/repos/${full}`;
  const kind = r.pulls.has(c.issueNumber) ? 'pull' : 'issues';
  return {
    url: `${api}/issues/comments/${c.id}`,
    html_url: `${urls.server}/${full}/${kind}/${c.issueNumber}#issuecomment-${c.id}`,
    issue_url: `${api}/issues/${c.issueNumber}`,
    id: c.id,
    node_id: nodeId('IssueComment', c.id),
    user: renderUser(c.user, urls),
    created_at: c.createdAt,
    updated_at: c.updatedAt,
    author_association: c.user.type === 'Bot' ? 'NONE' : 'MEMBER',
    body: c.body,
    reactions: { url: `${api}/issues/comments/${c.id}/reactions`, total_count: 0, '+1': 0, '-1': 0, laugh: 0, hooray: 0, confused: 0, heart: 0, rocket: 0, eyes: 0 },
    performed_via_github_app: c.viaApp ? appOf(c.user, urls) : null,
    pin: null,
    minimized: null,
  };
}

export function renderDeployment(r: Repo, d: Deployment, urls: Urls): Record<string, unknown> {
  const api = `${urls.api}/repos/${r.owner.login}/${r.name}`;
  return {
    url: `${api}/deployments/${d.id}`,
    id: d.id,
    node_id: nodeId('Deployment', d.id),
    task: d.task,
    original_environment: d.originalEnvironment,
    environment: d.environment,
    description: d.description,
    created_at: d.createdAt,
    updated_at: d.updatedAt,
    statuses_url: `${api}/deployments/${d.id}/statuses`,
    repository_url: api,
    creator: renderUser(d.creator, urls),
    sha: d.sha,
    ref: d.ref,
    payload: d.payload,
    transient_environment: d.transient,
    production_environment: d.production,
    performed_via_github_app: d.viaApp ? appOf(d.creator, urls) : null,
  };
}

export function renderStatus(r: Repo, s: DeploymentStatus, urls: Urls): Record<string, unknown> {
  const api = `${urls.api}/repos/${r.owner.login}/${r.name}`;
  return {
    url: `${api}/deployments/${s.deploymentId}/statuses/${s.id}`,
    id: s.id,
    node_id: nodeId('DeploymentStatus', s.id),
    state: s.state,
    description: s.description,
    environment: s.environment,
    target_url: s.targetUrl,
    created_at: s.createdAt,
    updated_at: s.updatedAt,
    deployment_url: `${api}/deployments/${s.deploymentId}`,
    repository_url: api,
    environment_url: s.environmentUrl,
    log_url: s.logUrl,
    creator: renderUser(s.creator, urls),
    performed_via_github_app: s.viaApp ? appOf(s.creator, urls) : null,
  };
}

export function renderArtifact(r: Repo, a: Artifact, urls: Urls): Record<string, unknown> {
  const api = `${urls.api}/repos/${r.owner.login}/${r.name}`;
  return {
    id: a.id,
    node_id: nodeId('Artifact', a.id),
    name: a.name,
    size_in_bytes: a.sizeInBytes,
    url: `${api}/actions/artifacts/${a.id}`,
    archive_download_url: `${api}/actions/artifacts/${a.id}/zip`,
    expired: a.expired,
    digest: a.digest,
    created_at: a.createdAt,
    updated_at: a.createdAt,
    expires_at: a.expiresAt,
    workflow_run: { id: a.runId, repository_id: r.id, head_repository_id: r.id, head_branch: a.headBranch, head_sha: a.headSha },
  };
}

function contentLinks(r: Repo, path: string, ref: string, type: 'file' | 'dir', sha: string, urls: Urls): Record<string, unknown> {
  const full = `${r.owner.login}/${r.name}`;
  const self = `${urls.api}/repos/${full}/contents/${path}?ref=${encodeURIComponent(ref)}`;
  const git = `${urls.api}/repos/${full}/git/${type === 'file' ? 'blobs' : 'trees'}/${sha}`;
  const html = `${urls.server}/${full}/${type === 'file' ? 'blob' : 'tree'}/${ref}/${path}`;
  return { url: self, git_url: git, html_url: html, _links: { self, git, html } };
}

/** A file of the contents API: base64 wrapped at 60 characters, as GitHub sends it. */
export function renderFile(r: Repo, path: string, ref: string, content: Buffer, urls: Urls): Record<string, unknown> {
  const sha = blobSha(content);
  const b64 = content.toString('base64');
  return {
    type: 'file',
    encoding: 'base64',
    size: content.length,
    name: path.split('/').at(-1),
    path,
    content: `${b64.replace(/(.{60})/g, '$1\n')}${b64.length % 60 === 0 && b64.length > 0 ? '' : '\n'}`,
    sha,
    download_url: `https://raw.githubusercontent.com/${r.owner.login}/${r.name}/${ref}/${path}`,
    ...contentLinks(r, path, ref, 'file', sha, urls),
  };
}

export function renderDirEntry(r: Repo, path: string, ref: string, kind: 'file' | 'dir', content: Buffer | undefined, urls: Urls): Record<string, unknown> {
  const sha = kind === 'file' && content ? blobSha(content) : blobSha(Buffer.from(`tree:${path}`));
  return {
    type: kind,
    size: kind === 'file' && content ? content.length : 0,
    name: path.split('/').at(-1),
    path,
    sha,
    download_url: kind === 'file' ? `https://raw.githubusercontent.com/${r.owner.login}/${r.name}/${ref}/${path}` : null,
    ...contentLinks(r, path, ref, kind, sha, urls),
  };
}
