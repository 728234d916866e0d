import { idempotencyKeyOf, RELEASE_TASK } from '../../domain/release/payload.js';
import { MlgateError } from '../../domain/errors.js';
import type { ReleaseRecord, ReleaseStatus, ReleaseStore, ScannedRecord } from '../../ports.js';
import type { Octokit } from './octokit.js';
import { writeOnce } from './write-once.js';

export interface DeploymentsStoreSettings {
  octokit: Octokit;
  owner: string;
  repo: string;
}

interface HttpError {
  status: number;
  message: string;
  response?: { data?: { message?: string; errors?: unknown } };
}

function asHttpError(error: unknown): HttpError | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const status = (error as { status?: unknown }).status;
  return typeof status === 'number' ? (error as HttpError) : undefined;
}

/** Turns a GitHub error into one that says what to do. */
export function deploymentError(action: string, error: unknown, context: { owner: string; repo: string; ref?: string }): MlgateError {
  const http = asHttpError(error);
  if (!http) return new MlgateError('github', `${action} failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  const said = http.response?.data?.message ?? http.message;
  const repo = `${context.owner}/${context.repo}`;
  const permission = "give the job 'permissions: deployments: write' (and 'contents: read'), or pass a github-token that has it";
  let hint: string;
  switch (http.status) {
    case 401:
      hint = 'the token is invalid or expired; check the github-token input';
      break;
    case 403:
      hint = /rate limit/i.test(said) ? 'the API rate limit is exhausted; retry later' : `the token may not write deployments in ${repo}: ${permission}`;
      break;
    case 404:
      hint = `${repo} or the deployment was not found with this token; check the repository name and that the token can read it (deployments: read)`;
      break;
    case 409:
      hint = `GitHub reported a conflict${context.ref ? ` for ref '${context.ref}'` : ''} (mlgate sends auto_merge: false and required_contexts: [], so this is usually a ref that cannot be deployed or a concurrent change); check the ref is pushed, then rerun. If it persists, ${permission}`;
      break;
    case 422:
      hint = /ref/i.test(said)
        ? `the ref${context.ref ? ` '${context.ref}'` : ''} does not exist on GitHub; push the commit you want to release (or check out the right one) and rerun`
        : `GitHub rejected the request as invalid; if the environment has protection rules, the job must run in it (environment: { name, deployment: false }), and ${permission}`;
      break;
    default:
      hint = http.status >= 500 ? 'GitHub had a server error that persisted after retries; rerun the job' : 'see the GitHub message';
  }
  return new MlgateError('github', `${action} failed: GitHub answered ${http.status} (${said}); ${hint}.`, { cause: error });
}

interface ApiDeployment {
  id: number;
  environment: string;
  ref: string;
  sha: string;
  task: string;
  created_at: string;
  creator: { login: string } | null;
  payload: unknown;
}

interface ApiStatus {
  id: number;
  state: string;
  description: string | null;
  created_at: string;
  environment_url?: string | null;
  log_url?: string | null;
}

function toStatus(s: ApiStatus): ReleaseStatus {
  return {
    id: s.id,
    state: s.state as ReleaseStatus['state'],
    description: s.description ?? '',
    createdAt: s.created_at,
    ...(s.environment_url ? { environmentUrl: s.environment_url } : {}),
    ...(s.log_url ? { logUrl: s.log_url } : {}),
  };
}

function toRecord(d: ApiDeployment, statuses: ApiStatus[]): ReleaseRecord {
  return { ...toBareRecord(d), statuses: statuses.map(toStatus).sort((a, b) => b.id - a.id) };
}

function toBareRecord(d: ApiDeployment): Omit<ReleaseRecord, 'statuses'> {
  return {
    id: d.id,
    environment: d.environment,
    ref: d.ref,
    sha: d.sha,
    task: d.task,
    createdAt: d.created_at,
    creator: d.creator?.login ?? 'unknown',
    payload: d.payload,
  };
}

/** Statuses of this many deployments are fetched at once. */
const STATUS_CONCURRENCY = 4;

/** Releases as GitHub deployments (task `deploy:mlgate`); every read pages through everything and sorts by id. */
export class DeploymentsStore implements ReleaseStore {
  readonly kind = 'github' as const;
  private readonly octokit: Octokit;
  private readonly owner: string;
  private readonly repo: string;

  constructor(settings: DeploymentsStoreSettings) {
    this.octokit = settings.octokit;
    this.owner = settings.owner;
    this.repo = settings.repo;
  }

  async list(environment: string): Promise<ReleaseRecord[]> {
    const where = { owner: this.owner, repo: this.repo };
    let deployments: ApiDeployment[];
    try {
      deployments = (await this.octokit.paginate(this.octokit.rest.repos.listDeployments, { ...where, environment, task: RELEASE_TASK, per_page: 100 }));
    } catch (error) {
      throw deploymentError(`listing deployments of ${this.owner}/${this.repo} in '${environment}'`, error, where);
    }
    const ours = deployments.filter((d) => d.task === RELEASE_TASK && d.environment === environment);
    const records: ReleaseRecord[] = [];
    for (let i = 0; i < ours.length; i += STATUS_CONCURRENCY) {
      const batch = ours.slice(i, i + STATUS_CONCURRENCY);
      records.push(...(await Promise.all(batch.map(async (d) => toRecord(d, await this.statuses(d.id))))));
    }
    return records.sort((a, b) => b.id - a.id);
  }

  async *scan(environment: string): AsyncGenerator<ScannedRecord> {
    const where = { owner: this.owner, repo: this.repo };
    const pages = this.octokit.paginate.iterator(this.octokit.rest.repos.listDeployments, { ...where, environment, task: RELEASE_TASK, per_page: 100 });
    try {
      for await (const page of pages) {
        // GitHub lists newest first; sort within the page in case ids and creation order ever disagree.
        const ours = (page.data as ApiDeployment[]).filter((d) => d.task === RELEASE_TASK && d.environment === environment).sort((a, b) => b.id - a.id);
        for (const d of ours) yield { record: toBareRecord(d), statuses: async () => (await this.statuses(d.id)).map(toStatus) };
      }
    } catch (error) {
      throw error instanceof MlgateError ? error : deploymentError(`listing deployments of ${this.owner}/${this.repo} in '${environment}'`, error, where);
    }
  }

  private async statuses(deploymentId: number): Promise<ApiStatus[]> {
    try {
      return (await this.octokit.paginate(this.octokit.rest.repos.listDeploymentStatuses, { owner: this.owner, repo: this.repo, deployment_id: deploymentId, per_page: 100 }));
    } catch (error) {
      throw deploymentError(`reading the statuses of deployment #${deploymentId}`, error, { owner: this.owner, repo: this.repo });
    }
  }

  async create(request: Parameters<ReleaseStore['create']>[0]): Promise<ReleaseRecord> {
    type Created = { created: ApiDeployment } | { status: number; message: string };
    let outcome: Created;
    try {
      outcome = await writeOnce<Created>({
        send: async () => {
          const response = await this.octokit.rest.repos.createDeployment({
            owner: this.owner,
            repo: this.repo,
            ref: request.ref,
            task: RELEASE_TASK,
            auto_merge: false,
            required_contexts: [],
            payload: request.payload as Record<string, never>,
            environment: request.environment,
            description: request.description,
            ...(request.productionEnvironment !== undefined ? { production_environment: request.productionEnvironment } : {}),
            ...(request.transientEnvironment !== undefined ? { transient_environment: request.transientEnvironment } : {}),
          });
          if (response.status === 201 && 'id' in response.data) return { created: response.data };
          return { status: response.status, message: 'message' in response.data ? String(response.data.message) : `status ${response.status}` };
        },
        find: async () => {
          const made = await this.findCreated(request.environment, request.idempotencyKey);
          return made ? { created: made } : undefined;
        },
      });
    } catch (error) {
      throw deploymentError(`creating a deployment of '${request.ref}' in '${request.environment}'`, error, { owner: this.owner, repo: this.repo, ref: request.ref });
    }
    if (!('created' in outcome)) {
      throw new MlgateError('github', `creating a deployment of '${request.ref}' in '${request.environment}' did not create one: GitHub answered ${outcome.status} (${outcome.message}); mlgate sends auto_merge: false, so merge the ref yourself and rerun.`);
    }
    return toRecord(outcome.created, []);
  }

  /** The deployment a create with this idempotency key made, if GitHub made it (read back after a lost answer). */
  private async findCreated(environment: string, key: string | undefined): Promise<ApiDeployment | undefined> {
    if (key === undefined) return undefined;
    const { data } = await this.octokit.rest.repos.listDeployments({ owner: this.owner, repo: this.repo, environment, task: RELEASE_TASK, per_page: 30 });
    return data.find((d) => idempotencyKeyOf(d.payload) === key);
  }

  /** The merged (else the first) pull request that contains `sha`; undefined when none or not allowed to look. */
  async pullRequestFor(sha: string): Promise<number | undefined> {
    try {
      const pulls = await this.octokit.paginate(this.octokit.rest.repos.listPullRequestsAssociatedWithCommit, { owner: this.owner, repo: this.repo, commit_sha: sha, per_page: 100 });
      return (pulls.find((p) => p.merged_at) ?? pulls[0])?.number;
    } catch {
      return undefined;
    }
  }

  async setStatus(deploymentId: number, status: Parameters<ReleaseStore['setStatus']>[1]): Promise<ReleaseStatus> {
    const where = { owner: this.owner, repo: this.repo, deployment_id: deploymentId };
    // After a lost answer: the newest status already saying the same thing is ours.
    const find = async (): Promise<ApiStatus | undefined> => {
      const { data } = await this.octokit.rest.repos.listDeploymentStatuses({ ...where, per_page: 1 });
      const newest = data[0];
      return newest && newest.state === status.state && (newest.description ?? '') === status.description ? newest : undefined;
    };
    try {
      const send = () => this.octokit.rest.repos.createDeploymentStatus({
        owner: this.owner,
        repo: this.repo,
        deployment_id: deploymentId,
        state: status.state,
        description: status.description,
        ...(status.environmentUrl ? { environment_url: status.environmentUrl } : {}),
        ...(status.logUrl ? { log_url: status.logUrl } : {}),
        // GitHub's default (true) would mark every earlier success in the environment inactive, whatever its task:
        // other models' releases and the application's own deploys. mlgate supersedes its own releases itself.
        auto_inactive: false,
      });
      return toStatus(await writeOnce<ApiStatus>({ send: async () => (await send()).data, find }));
    } catch (error) {
      throw deploymentError(`setting deployment #${deploymentId} to ${status.state}`, error, { owner: this.owner, repo: this.repo });
    }
  }
}
