import { createRequire } from 'node:module';

interface ExampleSet {
  name: string;
  examples: Array<Record<string, unknown>>;
}

const require = createRequire(import.meta.url);
let all: ExampleSet[] | undefined;

/** Real webhook payloads contributed to @octokit/webhooks-examples (api.github.com). */
function examples(): ExampleSet[] {
  all ??= require('@octokit/webhooks-examples') as ExampleSet[];
  return all;
}

export interface EventChoice {
  /** GITHUB_EVENT_NAME: pull_request, push, workflow_dispatch, workflow_run, … */
  name: string;
  /** The payload's `action` (opened, synchronize, completed, …); the first example when omitted. */
  action?: string;
}

/** A deep copy of the first real payload for this event (and action). */
export function examplePayload(choice: EventChoice): Record<string, unknown> {
  const set = examples().find((e) => e.name === choice.name);
  if (!set) throw new Error(`@octokit/webhooks-examples has no '${choice.name}' payloads`);
  const payload = set.examples.find((p) => choice.action === undefined || p.action === choice.action);
  if (!payload) {
    const actions = [...new Set(set.examples.map((p) => String(p.action)))].join(', ');
    throw new Error(`@octokit/webhooks-examples has no '${choice.name}' payload with action '${choice.action}' (has: ${actions})`);
  }
  return structuredClone(payload);
}

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj | undefined => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : undefined);

/**
 * Points a real payload at the test's repository (the runner's GITHUB_REPOSITORY and the payload always agree)
 * and, for pull requests, at the test's PR number and head sha.
 */
export interface PullChoice {
  number?: number;
  headSha?: string;
  headRef?: string;
  baseRef?: string;
  /** The head branch lives in a fork (`<user>/<repo>`, `fork: true`), as for an outside contributor's PR. */
  fork?: boolean | string;
}

export function alignPayload(payload: Obj, repository: string, pull?: PullChoice): Obj {
  const [owner, name] = repository.split('/');
  const repo = obj(payload.repository);
  if (repo) {
    repo.name = name;
    repo.full_name = repository;
    const ownerObj = obj(repo.owner);
    if (ownerObj) ownerObj.login = owner;
  }
  const pr = obj(payload.pull_request) ?? obj(obj(payload.issue)?.pull_request);
  if (pr && pull) {
    if (pull.number !== undefined) {
      payload.number = pull.number;
      pr.number = pull.number;
    }
    const head = obj(pr.head);
    if (head && pull.headSha) head.sha = pull.headSha;
    if (head && pull.headRef) head.ref = pull.headRef;
    const headRepo = obj(head?.repo);
    if (headRepo) {
      const forkName = typeof pull.fork === 'string' ? pull.fork : pull.fork ? `outside-contributor/${name}` : repository;
      headRepo.full_name = forkName;
      headRepo.name = forkName.split('/')[1];
      headRepo.fork = forkName !== repository;
      const headOwner = obj(headRepo.owner);
      if (headOwner) headOwner.login = forkName.split('/')[0];
      if (head) head.label = `${forkName.split('/')[0]}:${String(head.ref)}`;
    }
    const base = obj(pr.base);
    if (base && pull.baseRef) base.ref = pull.baseRef;
    const baseRepo = obj(base?.repo);
    if (baseRepo) {
      baseRepo.name = name;
      baseRepo.full_name = repository;
    }
  }
  return payload;
}
