import type { Level, Permissions, Scope, Token } from './state.js';

/** What each operation needs (any one of the alternatives), as GitHub's fine-grained permissions describe it. */
const NEEDS: Record<string, Array<[Scope, Level]>> = {
  'repos/get': [['metadata', 'read']],
  'pulls/get': [['pull_requests', 'read']],
  'repos/list-pull-requests-associated-with-commit': [['pull_requests', 'read']],
  'issues/list-comments': [['issues', 'read'], ['pull_requests', 'read']],
  'issues/get-comment': [['issues', 'read'], ['pull_requests', 'read']],
  'issues/create-comment': [['issues', 'write'], ['pull_requests', 'write']],
  'issues/update-comment': [['issues', 'write'], ['pull_requests', 'write']],
  'issues/delete-comment': [['issues', 'write'], ['pull_requests', 'write']],
  'issues/list-for-repo': [['issues', 'read']],
  'issues/create': [['issues', 'write']],
  // A pull request's title, body and state can be changed through the issue too; a plain issue needs issues: write.
  'issues/update': [['issues', 'write'], ['pull_requests', 'write']],
  'repos/list-deployments': [['deployments', 'read']],
  'repos/get-deployment': [['deployments', 'read']],
  'repos/create-deployment': [['deployments', 'write']],
  'repos/list-deployment-statuses': [['deployments', 'read']],
  'repos/get-deployment-status': [['deployments', 'read']],
  'repos/create-deployment-status': [['deployments', 'write']],
  'repos/get-content': [['contents', 'read']],
  'actions/list-workflow-run-artifacts': [['actions', 'read']],
  'actions/list-artifacts-for-repo': [['actions', 'read']],
  'actions/get-artifact': [['actions', 'read']],
  'git/create-blob': [['contents', 'write']],
  'git/get-blob': [['contents', 'read']],
  'git/create-tree': [['contents', 'write']],
  'git/create-commit': [['contents', 'write']],
  'git/get-commit': [['contents', 'read']],
  'git/get-ref': [['contents', 'read']],
  'git/create-ref': [['contents', 'write']],
  'git/update-ref': [['contents', 'write']],
};

const RANK: Record<Level, number> = { none: 0, read: 1, write: 2 };

/** The permissions GitHub's default GITHUB_TOKEN has in a repository with the permissive default. */
export const DEFAULT_TOKEN_PERMISSIONS: Permissions = { contents: 'write', issues: 'write', pull_requests: 'write', deployments: 'write', actions: 'write', metadata: 'read' };

/** A fork pull request's GITHUB_TOKEN: read-only whatever the workflow asks for. */
export const READ_ONLY_PERMISSIONS: Permissions = { contents: 'read', issues: 'read', pull_requests: 'read', deployments: 'read', actions: 'read', metadata: 'read' };

/** Whether the token has at least `level` on `scope`. */
export function has(token: Token, scope: Scope, level: Level): boolean {
  return RANK[token.permissions[scope] ?? (scope === 'metadata' ? 'read' : 'none')] >= RANK[level];
}

export function allowed(operationId: string, token: Token): boolean {
  const needs = NEEDS[operationId];
  if (!needs) return true;
  return needs.some(([scope, level]) => has(token, scope, level));
}

export function isWrite(method: string): boolean {
  return method !== 'GET' && method !== 'HEAD';
}
