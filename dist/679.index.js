export const id = 679;
export const ids = [679,706,325];
export const modules = {

/***/ 96706:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createOctokit: () => (/* binding */ createOctokit)
});

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js
var github = __webpack_require__(61351);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(49735);
// EXTERNAL MODULE: ./node_modules/bottleneck/light.js
var light = __webpack_require__(63251);
;// CONCATENATED MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
// pkg/dist-src/index.js


// pkg/dist-src/version.js
var VERSION = "0.0.0-development";

// pkg/dist-src/wrap-request.js
var noop = () => Promise.resolve();
function wrapRequest(state, request, options) {
  return state.retryLimiter.schedule(doRequest, state, request, options);
}
async function doRequest(state, request, options) {
  const { pathname } = new URL(options.url, "http://github.test");
  const isAuth = isAuthRequest(options.method, pathname);
  const isWrite = !isAuth && options.method !== "GET" && options.method !== "HEAD";
  const isSearch = options.method === "GET" && pathname.startsWith("/search/");
  const isGraphQL = pathname.startsWith("/graphql");
  const retryCount = ~~request.retryCount;
  const jobOptions = retryCount > 0 ? { priority: 0, weight: 0 } : {};
  if (state.clustering) {
    jobOptions.expiration = 1e3 * 60;
  }
  if (isWrite || isGraphQL) {
    await state.write.key(state.id).schedule(jobOptions, noop);
  }
  if (isWrite && state.triggersNotification(pathname)) {
    await state.notifications.key(state.id).schedule(jobOptions, noop);
  }
  if (isSearch) {
    await state.search.key(state.id).schedule(jobOptions, noop);
  }
  const req = (isAuth ? state.auth : state.global).key(state.id).schedule(jobOptions, request, options);
  if (isGraphQL) {
    const res = await req;
    if (res.data.errors != null && res.data.errors.some((error) => error.type === "RATE_LIMITED")) {
      const error = Object.assign(new Error("GraphQL Rate Limit Exceeded"), {
        response: res,
        data: res.data
      });
      throw error;
    }
  }
  return req;
}
function isAuthRequest(method, pathname) {
  return method === "PATCH" && // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-a-scoped-access-token
  /^\/applications\/[^/]+\/token\/scoped$/.test(pathname) || method === "POST" && // https://docs.github.com/en/rest/apps/oauth-applications?apiVersion=2022-11-28#reset-a-token
  (/^\/applications\/[^/]+\/token$/.test(pathname) || // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-an-installation-access-token-for-an-app
  /^\/app\/installations\/[^/]+\/access_tokens$/.test(pathname) || // https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps
  pathname === "/login/oauth/access_token");
}

// pkg/dist-src/generated/triggers-notification-paths.js
var triggers_notification_paths_default = [
  "/orgs/{org}/invitations",
  "/orgs/{org}/invitations/{invitation_id}",
  "/orgs/{org}/teams/{team_slug}/discussions",
  "/orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments",
  "/repos/{owner}/{repo}/collaborators/{username}",
  "/repos/{owner}/{repo}/commits/{commit_sha}/comments",
  "/repos/{owner}/{repo}/issues",
  "/repos/{owner}/{repo}/issues/{issue_number}/comments",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issue",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issues/priority",
  "/repos/{owner}/{repo}/pulls",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies",
  "/repos/{owner}/{repo}/pulls/{pull_number}/merge",
  "/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers",
  "/repos/{owner}/{repo}/pulls/{pull_number}/reviews",
  "/repos/{owner}/{repo}/releases",
  "/teams/{team_id}/discussions",
  "/teams/{team_id}/discussions/{discussion_number}/comments"
];

// pkg/dist-src/route-matcher.js
function routeMatcher(paths) {
  const regexes = paths.map(
    (path) => path.split("/").map((c) => c.startsWith("{") ? "(?:.+?)" : c).join("/")
  );
  const regex2 = `^(?:${regexes.map((r) => `(?:${r})`).join("|")})[^/]*$`;
  return new RegExp(regex2, "i");
}

// pkg/dist-src/index.js
var regex = routeMatcher(triggers_notification_paths_default);
var triggersNotification = regex.test.bind(regex);
var groups = {};
var createGroups = function(Bottleneck, common) {
  groups.global = new Bottleneck.Group({
    id: "octokit-global",
    maxConcurrent: 10,
    ...common
  });
  groups.auth = new Bottleneck.Group({
    id: "octokit-auth",
    maxConcurrent: 1,
    ...common
  });
  groups.search = new Bottleneck.Group({
    id: "octokit-search",
    maxConcurrent: 1,
    minTime: 2e3,
    ...common
  });
  groups.write = new Bottleneck.Group({
    id: "octokit-write",
    maxConcurrent: 1,
    minTime: 1e3,
    ...common
  });
  groups.notifications = new Bottleneck.Group({
    id: "octokit-notifications",
    maxConcurrent: 1,
    minTime: 3e3,
    ...common
  });
};
function throttling(octokit, octokitOptions) {
  const {
    enabled = true,
    Bottleneck = light,
    id = "no-id",
    timeout = 1e3 * 60 * 2,
    // Redis TTL: 2 minutes
    connection
  } = octokitOptions.throttle || {};
  if (!enabled) {
    return {};
  }
  const common = { timeout };
  if (typeof connection !== "undefined") {
    common.connection = connection;
  }
  const state = Object.assign(
    {
      clustering: connection != null,
      triggersNotification,
      fallbackSecondaryRateRetryAfter: 60,
      retryAfterBaseValue: 1e3,
      id
    },
    octokitOptions.throttle
  );
  if (typeof state.onSecondaryRateLimit !== "function" || typeof state.onRateLimit !== "function") {
    throw new Error(`octokit/plugin-throttling error:
        You must pass the onSecondaryRateLimit and onRateLimit error handlers.
        See https://octokit.github.io/rest.js/#throttling

        const octokit = new Octokit({
          throttle: {
            onSecondaryRateLimit: (retryAfter, options) => {/* ... */},
            onRateLimit: (retryAfter, options) => {/* ... */}
          }
        })
    `);
  }
  let initialized = false;
  const initializeBottleneck = () => {
    if (initialized) {
      return;
    }
    initialized = true;
    if (groups.global == null) {
      createGroups(Bottleneck, common);
    }
    state.global = state.global ?? groups.global;
    state.auth = state.auth ?? groups.auth;
    state.search = state.search ?? groups.search;
    state.write = state.write ?? groups.write;
    state.notifications = state.notifications ?? groups.notifications;
    state.retryLimiter = state.retryLimiter ?? new Bottleneck();
    const events = {};
    const emitter = new Bottleneck.Events(events);
    events.on("secondary-limit", state.onSecondaryRateLimit);
    events.on("rate-limit", state.onRateLimit);
    events.on(
      "error",
      (e) => octokit.log.warn("Error in throttling-plugin limit handler", e)
    );
    state.retryLimiter.on("failed", async function(error, info) {
      const [state2, request, options] = info.args;
      const { pathname } = new URL(options.url, "http://github.test");
      const shouldRetryGraphQL = pathname.startsWith("/graphql") && error.status !== 401;
      if (!(shouldRetryGraphQL || error.status === 403 || error.status === 429)) {
        return;
      }
      const retryCount = ~~request.retryCount;
      request.retryCount = retryCount;
      options.request.retryCount = retryCount;
      const { wantRetry, retryAfter = 0 } = await (async function() {
        if (/\bsecondary rate\b/i.test(error.message)) {
          const retryAfter2 = Number(error.response.headers["retry-after"]) || state2.fallbackSecondaryRateRetryAfter;
          const wantRetry2 = await emitter.trigger(
            "secondary-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        if (error.response.headers != null && error.response.headers["x-ratelimit-remaining"] === "0" || (error.response.data?.errors ?? []).some(
          (error2) => error2.type === "RATE_LIMITED"
        )) {
          const rateLimitReset = new Date(
            ~~error.response.headers["x-ratelimit-reset"] * 1e3
          ).getTime();
          const retryAfter2 = Math.max(
            // Add one second so we retry _after_ the reset time
            // https://docs.github.com/en/rest/overview/resources-in-the-rest-api?apiVersion=2022-11-28#exceeding-the-rate-limit
            Math.ceil((rateLimitReset - Date.now()) / 1e3) + 1,
            0
          );
          const wantRetry2 = await emitter.trigger(
            "rate-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        return {};
      })();
      if (wantRetry) {
        request.retryCount++;
        return retryAfter * state2.retryAfterBaseValue;
      }
    });
  };
  octokit.hook.wrap("request", (request, options) => {
    initializeBottleneck();
    return wrapRequest(state, request, options);
  });
  return {};
}
throttling.VERSION = VERSION;
throttling.triggersNotification = triggersNotification;


;// CONCATENATED MODULE: ./src/adapters/github/octokit.ts



/** The one Octokit factory: retry on 5xx, wait out primary and secondary rate limits. */
function createOctokit(settings) {
    const retries = settings.retries ?? 3;
    return (0,github/* getOctokit */.Q)(settings.token, {
        baseUrl: settings.apiUrl,
        userAgent: 'mlgate',
        retry: { retries, doNotRetry: [400, 401, 403, 404, 409, 422, 451] },
        throttle: {
            fallbackSecondaryRateRetryAfter: settings.retryAfterBaseSeconds ?? 60,
            onRateLimit: (retryAfter, options, _octokit, retryCount) => {
                settings.log.warning(`GitHub rate limit hit on ${options.method} ${options.url}; retrying in ${retryAfter}s (attempt ${retryCount + 1} of ${retries}).`);
                return retryCount < retries;
            },
            onSecondaryRateLimit: (retryAfter, options, _octokit, retryCount) => {
                settings.log.warning(`GitHub secondary rate limit on ${options.method} ${options.url}; retrying in ${retryAfter}s (attempt ${retryCount + 1} of ${retries}).`);
                return retryCount < retries;
            },
        },
    }, dist_bundle/* retry */.L, throttling);
}


/***/ }),

/***/ 45679:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createReleaseStore: () => (/* binding */ createReleaseStore),
  ze: () => (/* binding */ loadReleases),
  QX: () => (/* binding */ markSuperseded),
  cm: () => (/* binding */ parseStoreChoice),
  lm: () => (/* binding */ runLogUrl)
});

// UNUSED EXPORTS: LOCAL_STORE_PATH, STORE_CHOICES

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/domain/errors.ts
var errors = __webpack_require__(10241);
// EXTERNAL MODULE: ./src/domain/release/plan.ts
var plan = __webpack_require__(20171);
// EXTERNAL MODULE: ./src/domain/release/state.ts
var state = __webpack_require__(99583);
// EXTERNAL MODULE: ./src/domain/release/payload.ts
var payload = __webpack_require__(20524);
;// CONCATENATED MODULE: ./src/adapters/github/deployments.ts


function asHttpError(error) {
    if (typeof error !== 'object' || error === null)
        return undefined;
    const status = error.status;
    return typeof status === 'number' ? error : undefined;
}
/** Turns a GitHub error into one that says what to do. */
function deploymentError(action, error, context) {
    const http = asHttpError(error);
    if (!http)
        return new errors/* MlgateError */.Bf('github', `${action} failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    const said = http.response?.data?.message ?? http.message;
    const repo = `${context.owner}/${context.repo}`;
    const permission = "give the job 'permissions: deployments: write' (and 'contents: read'), or pass a github-token that has it";
    let hint;
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
    return new errors/* MlgateError */.Bf('github', `${action} failed: GitHub answered ${http.status} (${said}); ${hint}.`, { cause: error });
}
function toStatus(s) {
    return {
        id: s.id,
        state: s.state,
        description: s.description ?? '',
        createdAt: s.created_at,
        ...(s.environment_url ? { environmentUrl: s.environment_url } : {}),
        ...(s.log_url ? { logUrl: s.log_url } : {}),
    };
}
function toRecord(d, statuses) {
    return {
        id: d.id,
        environment: d.environment,
        ref: d.ref,
        sha: d.sha,
        task: d.task,
        createdAt: d.created_at,
        creator: d.creator?.login ?? 'unknown',
        payload: d.payload,
        statuses: statuses.map(toStatus).sort((a, b) => b.id - a.id),
    };
}
/** Statuses of this many deployments are fetched at once. */
const STATUS_CONCURRENCY = 4;
/** Releases as GitHub deployments (task `deploy:mlgate`); every read pages through everything and sorts by id. */
class DeploymentsStore {
    kind = 'github';
    octokit;
    owner;
    repo;
    constructor(settings) {
        this.octokit = settings.octokit;
        this.owner = settings.owner;
        this.repo = settings.repo;
    }
    async list(environment) {
        const where = { owner: this.owner, repo: this.repo };
        let deployments;
        try {
            deployments = (await this.octokit.paginate(this.octokit.rest.repos.listDeployments, { ...where, environment, task: payload/* RELEASE_TASK */.OT, per_page: 100 }));
        }
        catch (error) {
            throw deploymentError(`listing deployments of ${this.owner}/${this.repo} in '${environment}'`, error, where);
        }
        const ours = deployments.filter((d) => d.task === payload/* RELEASE_TASK */.OT && d.environment === environment);
        const records = [];
        for (let i = 0; i < ours.length; i += STATUS_CONCURRENCY) {
            const batch = ours.slice(i, i + STATUS_CONCURRENCY);
            records.push(...(await Promise.all(batch.map(async (d) => toRecord(d, await this.statuses(d.id))))));
        }
        return records.sort((a, b) => b.id - a.id);
    }
    async statuses(deploymentId) {
        try {
            return (await this.octokit.paginate(this.octokit.rest.repos.listDeploymentStatuses, { owner: this.owner, repo: this.repo, deployment_id: deploymentId, per_page: 100 }));
        }
        catch (error) {
            throw deploymentError(`reading the statuses of deployment #${deploymentId}`, error, { owner: this.owner, repo: this.repo });
        }
    }
    async create(request) {
        let response;
        try {
            response = await this.octokit.rest.repos.createDeployment({
                owner: this.owner,
                repo: this.repo,
                ref: request.ref,
                task: payload/* RELEASE_TASK */.OT,
                auto_merge: false,
                required_contexts: [],
                payload: request.payload,
                environment: request.environment,
                description: request.description,
                ...(request.productionEnvironment !== undefined ? { production_environment: request.productionEnvironment } : {}),
                ...(request.transientEnvironment !== undefined ? { transient_environment: request.transientEnvironment } : {}),
            });
        }
        catch (error) {
            throw deploymentError(`creating a deployment of '${request.ref}' in '${request.environment}'`, error, { owner: this.owner, repo: this.repo, ref: request.ref });
        }
        if (response.status !== 201 || !('id' in response.data)) {
            const message = 'message' in response.data ? String(response.data.message) : `status ${response.status}`;
            throw new errors/* MlgateError */.Bf('github', `creating a deployment of '${request.ref}' in '${request.environment}' did not create one: GitHub answered ${response.status} (${message}); mlgate sends auto_merge: false, so merge the ref yourself and rerun.`);
        }
        return toRecord(response.data, []);
    }
    /** The merged (else the first) pull request that contains `sha`; undefined when none or not allowed to look. */
    async pullRequestFor(sha) {
        try {
            const pulls = await this.octokit.paginate(this.octokit.rest.repos.listPullRequestsAssociatedWithCommit, { owner: this.owner, repo: this.repo, commit_sha: sha, per_page: 100 });
            return (pulls.find((p) => p.merged_at) ?? pulls[0])?.number;
        }
        catch {
            return undefined;
        }
    }
    async setStatus(deploymentId, status) {
        try {
            const response = await this.octokit.rest.repos.createDeploymentStatus({
                owner: this.owner,
                repo: this.repo,
                deployment_id: deploymentId,
                state: status.state,
                description: status.description,
                ...(status.environmentUrl ? { environment_url: status.environmentUrl } : {}),
                ...(status.logUrl ? { log_url: status.logUrl } : {}),
                ...(status.autoInactive !== undefined ? { auto_inactive: status.autoInactive } : {}),
            });
            return toStatus(response.data);
        }
        catch (error) {
            throw deploymentError(`setting deployment #${deploymentId} to ${status.state}`, error, { owner: this.owner, repo: this.repo });
        }
    }
}

// EXTERNAL MODULE: ./src/adapters/github/octokit.ts + 1 modules
var github_octokit = __webpack_require__(96706);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
;// CONCATENATED MODULE: ./src/adapters/local/release-file-store.ts





const TASK = 'deploy:mlgate';
function emptyStore() {
    return { version: 1, next_id: 1, next_status_id: 1, deployments: [] };
}
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/**
 * The local release store. Every change runs under an exclusive lock file (created with O_EXCL), re-reads
 * the file under the lock, and replaces it atomically (write a temp file, then rename), so two processes
 * releasing at once never lose a record and a reader never sees half a file.
 */
class ReleaseFileStore {
    kind = 'local';
    file;
    lockFile;
    options;
    constructor(file, options = {}) {
        this.file = file;
        this.lockFile = `${file}.lock`;
        this.options = {
            creator: options.creator ?? process.env.USER ?? process.env.USERNAME ?? 'local',
            lockTimeoutMs: options.lockTimeoutMs ?? 30_000,
            staleLockMs: options.staleLockMs ?? 30_000,
            now: options.now ?? (() => new Date()),
            resolveSha: options.resolveSha,
        };
    }
    async list(environment) {
        const data = await this.read();
        return data.deployments
            .filter((d) => d.environment === environment)
            .sort((a, b) => b.id - a.id)
            .map(release_file_store_toRecord);
    }
    async create(request) {
        return this.update((data) => {
            const deployment = {
                id: data.next_id++,
                environment: request.environment,
                ref: request.ref,
                sha: this.options.resolveSha?.(request.ref) ?? request.ref,
                task: TASK,
                description: request.description,
                created_at: this.options.now().toISOString(),
                creator: this.options.creator,
                production_environment: request.productionEnvironment ?? request.environment === 'production',
                transient_environment: request.transientEnvironment ?? false,
                payload: request.payload,
                statuses: [],
            };
            data.deployments.push(deployment);
            return release_file_store_toRecord(deployment);
        });
    }
    async setStatus(deploymentId, status) {
        return this.update((data) => {
            const deployment = data.deployments.find((d) => d.id === deploymentId);
            if (!deployment)
                throw new errors/* MlgateError */.Bf('input', `the local release store ${this.file} has no deployment #${deploymentId}`, { location: { file: this.file } });
            const stored = {
                id: data.next_status_id++,
                state: status.state,
                description: status.description,
                created_at: this.options.now().toISOString(),
                ...(status.environmentUrl ? { environment_url: status.environmentUrl } : {}),
                ...(status.logUrl ? { log_url: status.logUrl } : {}),
            };
            deployment.statuses.push(stored);
            return release_file_store_toStatus(stored);
        });
    }
    async read() {
        let text;
        try {
            text = await (0,promises_.readFile)(this.file, 'utf8');
        }
        catch (error) {
            if (error.code === 'ENOENT')
                return emptyStore();
            throw new errors/* MlgateError */.Bf('input', `cannot read the local release store ${this.file}: ${String(error)}`, { location: { file: this.file }, cause: error });
        }
        let data;
        try {
            data = JSON.parse(text);
        }
        catch (error) {
            throw new errors/* MlgateError */.Bf('input', `the local release store ${this.file} is not valid JSON (${error.message}); restore it from version control or delete it to start over`, { location: { file: this.file }, cause: error });
        }
        const d = data;
        if (!d || d.version !== 1 || !Array.isArray(d.deployments) || typeof d.next_id !== 'number' || typeof d.next_status_id !== 'number') {
            throw new errors/* MlgateError */.Bf('input', `the local release store ${this.file} is not an mlgate release store: expected { version: 1, next_id, next_status_id, deployments: [...] }`, { location: { file: this.file } });
        }
        return d;
    }
    async update(change) {
        await (0,promises_.mkdir)(external_node_path_default().dirname(this.file), { recursive: true });
        const token = await this.lock();
        try {
            const data = await this.read();
            const result = change(data);
            const temp = `${this.file}.${process.pid}.${(0,external_node_crypto_.randomBytes)(4).toString('hex')}.tmp`;
            await (0,promises_.writeFile)(temp, `${JSON.stringify(data, null, 2)}\n`, 'utf8');
            await (0,promises_.rename)(temp, this.file);
            return result;
        }
        finally {
            await this.unlock(token);
        }
    }
    async lock() {
        const token = `${(0,external_node_os_.hostname)()} ${process.pid} ${(0,external_node_crypto_.randomBytes)(6).toString('hex')}`;
        const deadline = Date.now() + this.options.lockTimeoutMs;
        for (let attempt = 0;; attempt++) {
            try {
                const handle = await (0,promises_.open)(this.lockFile, 'wx');
                try {
                    await handle.writeFile(token, 'utf8');
                }
                finally {
                    await handle.close();
                }
                return token;
            }
            catch (error) {
                if (error.code !== 'EEXIST') {
                    throw new errors/* MlgateError */.Bf('input', `cannot create the lock ${this.lockFile}: ${String(error)}`, { location: { file: this.lockFile }, cause: error });
                }
            }
            if (await this.breakStaleLock())
                continue;
            if (Date.now() > deadline) {
                throw new errors/* MlgateError */.Bf('input', `the local release store is locked by another mlgate process (${this.lockFile}); wait for it, or delete the lock file if no mlgate is running`, { location: { file: this.lockFile } });
            }
            await sleep(Math.min(100, 5 + attempt * 2) + Math.random() * 10);
        }
    }
    /** A lock is stale when its holder on this host is gone, or it is older than staleLockMs. */
    async breakStaleLock() {
        let content;
        let mtimeMs;
        try {
            content = await (0,promises_.readFile)(this.lockFile, 'utf8');
            mtimeMs = (await (0,promises_.stat)(this.lockFile)).mtimeMs;
        }
        catch {
            return true; // released meanwhile: try again at once
        }
        if (!isStale(content, mtimeMs, this.options.staleLockMs))
            return false;
        // Move it aside, then check we moved the lock we judged stale (not a fresh one that replaced it).
        const aside = `${this.lockFile}.${process.pid}.${(0,external_node_crypto_.randomBytes)(4).toString('hex')}.stale`;
        try {
            await (0,promises_.rename)(this.lockFile, aside);
        }
        catch {
            return true;
        }
        const moved = await (0,promises_.readFile)(aside, 'utf8').catch(() => '');
        if (moved !== content) {
            // A fresh lock: put it back (link fails if yet another process took the lock meanwhile).
            await (0,promises_.link)(aside, this.lockFile).catch(() => undefined);
        }
        await (0,promises_.rm)(aside, { force: true });
        return true;
    }
    async unlock(token) {
        const content = await (0,promises_.readFile)(this.lockFile, 'utf8').catch(() => undefined);
        if (content === token)
            await (0,promises_.unlink)(this.lockFile).catch(() => undefined);
    }
}
function isStale(content, mtimeMs, staleMs) {
    if (Date.now() - mtimeMs > staleMs)
        return true;
    const [host, pidText] = content.split(' ');
    if (host !== (0,external_node_os_.hostname)() || !pidText || !/^\d+$/.test(pidText))
        return false;
    try {
        process.kill(Number(pidText), 0);
        return false;
    }
    catch (error) {
        return error.code === 'ESRCH';
    }
}
function release_file_store_toStatus(s) {
    return {
        id: s.id,
        state: s.state,
        description: s.description,
        createdAt: s.created_at,
        ...(s.environment_url ? { environmentUrl: s.environment_url } : {}),
        ...(s.log_url ? { logUrl: s.log_url } : {}),
    };
}
function release_file_store_toRecord(d) {
    return {
        id: d.id,
        environment: d.environment,
        ref: d.ref,
        sha: d.sha,
        task: d.task,
        createdAt: d.created_at,
        creator: d.creator,
        payload: d.payload,
        statuses: [...d.statuses].sort((a, b) => b.id - a.id).map(release_file_store_toStatus),
    };
}

;// CONCATENATED MODULE: ./src/adapters/release-store.ts








const STORE_CHOICES = ['auto', 'github', 'local'];
/** Where the local backend keeps its releases, relative to the working directory. */
const LOCAL_STORE_PATH = external_node_path_default().join('.mlgate', 'releases.json');
function parseStoreChoice(value, label) {
    const v = (value ?? 'auto').trim() || 'auto';
    if (STORE_CHOICES.includes(v))
        return v;
    throw (0,errors/* usageError */.Wp)(`${label} is '${v}'; expected one of ${STORE_CHOICES.join(', ')}`);
}
/** The commit `ref` names in the local git checkout, or the ref itself outside one. */
function gitSha(cwd) {
    return (ref) => {
        try {
            return (0,external_node_child_process_.execFileSync)('git', ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || ref;
        }
        catch {
            return ref;
        }
    };
}
/**
 * The local store's file under `cwd`. A function of its arguments on purpose: ncc's asset relocator rewrites a
 * statically known path.resolve(<dir>, '.mlgate/releases.json') into dist/ when such a file exists at bundle time.
 */
function localStoreFile(cwd, rel = LOCAL_STORE_PATH) {
    return external_node_path_default().resolve(cwd, rel);
}
/**
 * Picks the GitHub Deployments store or the local file store (`.mlgate/releases.json`):
 * `auto` is github inside Actions with a token and a repository, else local.
 */
function createReleaseStore(settings) {
    const { github } = settings;
    const useGithub = settings.choice === 'github' || (settings.choice === 'auto' && settings.inActions && github.token !== undefined && github.repository !== undefined);
    if (!useGithub) {
        return new ReleaseFileStore(localStoreFile(settings.cwd), { resolveSha: gitSha(settings.cwd), creator: github.actor });
    }
    if (!github.token)
        throw (0,errors/* usageError */.Wp)("store 'github' needs a token: pass github-token (in Actions) or set GITHUB_TOKEN (CLI)");
    if (!github.repository)
        throw (0,errors/* usageError */.Wp)("store 'github' needs the repository: set GITHUB_REPOSITORY=owner/name");
    const octokit = (0,github_octokit.createOctokit)({ token: github.token, apiUrl: github.apiUrl, log: settings.log, ...(settings.retries !== undefined ? { retries: settings.retries } : {}) });
    return new DeploymentsStore({ octokit, owner: github.repository.owner, repo: github.repository.repo });
}
/** The environment's releases of `model`, newest first. */
async function loadReleases(store, environment, model) {
    return (0,state/* releasesOf */.w0)(await store.list(environment), { environment, ...(model !== undefined ? { model } : {}) });
}
/** Marks every other release still `success` as `inactive`, explicitly (not relying on GitHub's auto_inactive). */
async function markSuperseded(store, environment, model, ownId, log) {
    const stale = (0,plan/* supersededBy */.gT)(await loadReleases(store, environment, model), ownId);
    for (const r of stale) {
        await store.setStatus(r.id, { state: 'inactive', description: (0,state/* describe */.q0)(`superseded by #${ownId}`) });
        log.debug(`marked #${r.id} (${r.payload.model.version}) inactive`);
    }
    return stale.map((r) => r.id);
}
/** The run's page, for a status's log_url. */
function runLogUrl(github) {
    if (!github.repository || github.runId === undefined)
        return undefined;
    return `${github.serverUrl}/${github.repository.owner}/${github.repository.repo}/actions/runs/${github.runId}`;
}


/***/ }),

/***/ 20171:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FL: () => (/* binding */ detectRace),
/* harmony export */   II: () => (/* binding */ planRollback),
/* harmony export */   Rm: () => (/* binding */ parseRollbackTarget),
/* harmony export */   S5: () => (/* binding */ planPromote),
/* harmony export */   gT: () => (/* binding */ supersededBy)
/* harmony export */ });
/* harmony import */ var _state_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(99583);

/** What `promote` must do: refuse a failed gate unless forced, do nothing when the version is live, else create. */
function planPromote(request) {
    const { payload, releases, force } = request;
    const verdict = payload.gate?.verdict ?? 'none';
    const { name, version } = payload.model;
    const live = (0,_state_js__WEBPACK_IMPORTED_MODULE_0__/* .findLive */ .KI)(releases);
    if (live && live.payload.model.version === version) {
        return { kind: 'noop', live, reason: `${name} ${version} is already live in ${live.environment} (deployment #${live.id}); nothing to do.` };
    }
    if (verdict === 'fail' && !force) {
        return { kind: 'refused', reason: `the gate failed for ${name} ${version}; fix the regression, or pass force to release it anyway (recorded in the release).` };
    }
    const forced = verdict === 'fail' && force;
    const gate = payload.gate ? { ...payload.gate, ...(forced ? { forced: true } : {}) } : { verdict: 'none' };
    return {
        kind: 'create',
        payload: { ...payload, gate, rollback_of: null },
        previous: live,
        description: (0,_state_js__WEBPACK_IMPORTED_MODULE_0__/* .describe */ .q0)(`mlgate: ${name} ${version}${forced ? ' (forced past a failed gate)' : ''}`),
        snapshot: releases.map((r) => r.id),
    };
}
/** `to` as the user wrote it: `previous`, a deployment id (digits that name a release), or a version. */
function parseRollbackTarget(to, releases) {
    const text = (to ?? '').trim();
    if (text === '' || text === 'previous')
        return 'previous';
    const idText = text.startsWith('#') ? text.slice(1) : text;
    if (/^\d+$/.test(idText)) {
        const id = Number(idText);
        if (text.startsWith('#') || releases.some((r) => r.id === id))
            return { deploymentId: id };
    }
    return { version: text };
}
function knownVersions(releases) {
    const versions = [...new Set(releases.filter(_state_js__WEBPACK_IMPORTED_MODULE_0__/* .isGood */ .Kg).map((r) => r.payload.model.version))];
    return versions.length ? versions.join(', ') : '(none)';
}
/** What `rollback` must do, or why it must not (then nothing is changed). */
function planRollback(request) {
    const { releases, to } = request;
    const live = (0,_state_js__WEBPACK_IMPORTED_MODULE_0__/* .findLive */ .KI)(releases);
    if (!live)
        return { kind: 'refused', reason: 'nothing is live: no mlgate release in this environment has a latest status of success, so there is nothing to roll back.' };
    const liveVersion = live.payload.model.version;
    if (request.runId !== undefined && live.payload.rollback_of !== null && live.payload.rollback_run_id === request.runId) {
        return { kind: 'noop', live, reason: `this run already rolled back to ${liveVersion} (#${live.id}, rollback of #${live.payload.rollback_of}); nothing to do.` };
    }
    let target;
    if (to === 'previous') {
        target = (0,_state_js__WEBPACK_IMPORTED_MODULE_0__/* .findPreviousGood */ .yl)(releases, live);
        if (!target)
            return { kind: 'refused', reason: `no earlier good release to roll back to: ${live.payload.model.name} ${liveVersion} (#${live.id}) is live and no older release reached success without being rolled back.` };
    }
    else if ('deploymentId' in to) {
        target = releases.find((r) => r.id === to.deploymentId);
        if (!target)
            return { kind: 'refused', reason: `deployment #${to.deploymentId} is not an mlgate release of this model in ${live.environment}.` };
    }
    else {
        const sameVersion = releases.filter((r) => r.payload.model.version === to.version);
        if (sameVersion.length === 0)
            return { kind: 'refused', reason: `unknown version '${to.version}': no release of it in ${live.environment}; good versions: ${knownVersions(releases)}.` };
        target = [...sameVersion].sort((a, b) => b.id - a.id).find(_state_js__WEBPACK_IMPORTED_MODULE_0__/* .isGood */ .Kg) ?? sameVersion[0];
    }
    if (!target)
        return { kind: 'refused', reason: 'no target' };
    if (target.id === live.id || target.payload.model.version === liveVersion) {
        return { kind: 'refused', reason: `${target.payload.model.name} ${(0,_state_js__WEBPACK_IMPORTED_MODULE_0__/* .versionOf */ .E4)(target) ?? ''} is already live (#${live.id}); nothing to roll back to.` };
    }
    if (target.rolledBack) {
        return { kind: 'refused', reason: `release #${target.id} (${(0,_state_js__WEBPACK_IMPORTED_MODULE_0__/* .versionOf */ .E4)(target) ?? ''}) was itself rolled back (${target.rollbackReason ?? 'no reason'}); pick another with 'to'.` };
    }
    if (!target.reachedSuccess) {
        return { kind: 'refused', reason: `release #${target.id} (${(0,_state_js__WEBPACK_IMPORTED_MODULE_0__/* .versionOf */ .E4)(target) ?? ''}) never reached success; pick a good one (${knownVersions(releases)}).` };
    }
    const reason = request.reason.trim() || 'no reason given';
    return {
        kind: 'rollback',
        reverted: live,
        target,
        payload: { ...target.payload, rollback_of: live.id, rollback_reason: reason, rollback_run_id: request.runId ?? null },
        ref: target.sha || target.ref,
        revertDescription: (0,_state_js__WEBPACK_IMPORTED_MODULE_0__/* .describe */ .q0)(`${_state_js__WEBPACK_IMPORTED_MODULE_0__/* .ROLLED_BACK_PREFIX */ .Yr}${reason}`),
        description: (0,_state_js__WEBPACK_IMPORTED_MODULE_0__/* .describe */ .q0)(`mlgate: roll back ${live.payload.model.name} ${liveVersion} (#${live.id}) to ${(0,_state_js__WEBPACK_IMPORTED_MODULE_0__/* .versionOf */ .E4)(target) ?? ''} (#${target.id})`),
        snapshot: releases.map((r) => r.id),
    };
}
/**
 * A race: a release appeared that we did not see when planning (someone else is releasing), or the live
 * release is no longer the one we planned against. Checked before anything is marked `success`.
 */
function detectRace(check) {
    const seen = new Set(check.snapshot);
    const others = check.now.filter((r) => r.id !== check.ownId);
    const appeared = others.filter((r) => !seen.has(r.id)).sort((a, b) => b.id - a.id);
    const liveNow = (0,_state_js__WEBPACK_IMPORTED_MODULE_0__/* .findLive */ .KI)(others);
    const liveChanged = (liveNow?.id ?? undefined) !== check.expectedLiveId;
    if (appeared.length === 0 && !liveChanged)
        return undefined;
    const parts = [];
    if (appeared.length)
        parts.push(`release${appeared.length > 1 ? 's' : ''} ${appeared.map((r) => `#${r.id} (${r.payload.model.version})`).join(', ')} appeared while this one ran`);
    if (liveChanged)
        parts.push(`the live release changed from ${check.expectedLiveId === undefined ? 'none' : `#${check.expectedLiveId}`} to ${liveNow ? `#${liveNow.id} (${liveNow.payload.model.version})` : 'none'}`);
    return { kind: 'race', others: appeared, message: `another release raced this one: ${parts.join('; ')}. Nothing was marked success; rerun once the other release has finished (the release workflows use concurrency: mlgate-<env> to prevent this).` };
}
/** Releases to mark `inactive` once `ownId` is live: every other one whose latest status is still `success`. */
function supersededBy(releases, ownId) {
    return releases.filter((r) => r.id !== ownId && r.latest === 'success');
}


/***/ }),

/***/ 99583:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E4: () => (/* binding */ versionOf),
/* harmony export */   KI: () => (/* binding */ findLive),
/* harmony export */   Kg: () => (/* binding */ isGood),
/* harmony export */   Yr: () => (/* binding */ ROLLED_BACK_PREFIX),
/* harmony export */   q0: () => (/* binding */ describe),
/* harmony export */   w0: () => (/* binding */ releasesOf),
/* harmony export */   yl: () => (/* binding */ findPreviousGood)
/* harmony export */ });
/* unused harmony exports DESCRIPTION_LIMIT, toRelease */
/* harmony import */ var _payload_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(20524);

/** The description prefix that marks a release reverted by `rollback` (SPEC §6). */
const ROLLED_BACK_PREFIX = 'rolled back: ';
/** GitHub rejects deployment and status descriptions longer than this. */
const DESCRIPTION_LIMIT = 140;
function rollbackStatus(statuses) {
    return statuses.find((s) => s.state === 'failure' && s.description.startsWith(ROLLED_BACK_PREFIX));
}
/** The record as a release, or undefined when it is not an mlgate deployment. */
function toRelease(record) {
    if (record.task !== _payload_js__WEBPACK_IMPORTED_MODULE_0__/* .RELEASE_TASK */ .OT)
        return undefined;
    const payload = (0,_payload_js__WEBPACK_IMPORTED_MODULE_0__/* .readReleasePayload */ .Cy)(record.payload);
    if (!payload)
        return undefined;
    const statuses = [...record.statuses].sort((a, b) => b.id - a.id);
    const reverted = rollbackStatus(statuses);
    return {
        id: record.id,
        environment: record.environment,
        ref: record.ref,
        sha: record.sha,
        createdAt: record.createdAt,
        creator: record.creator,
        payload,
        statuses,
        latest: statuses[0]?.state,
        reachedSuccess: statuses.some((s) => s.state === 'success'),
        rolledBack: reverted !== undefined,
        ...(reverted ? { rollbackReason: reverted.description.slice(ROLLED_BACK_PREFIX.length) } : {}),
    };
}
/** The environment's mlgate releases (of one model when asked), newest (highest id) first. */
function releasesOf(records, filter) {
    const out = [];
    for (const record of records) {
        if (record.environment !== filter.environment)
            continue;
        const release = toRelease(record);
        if (!release)
            continue;
        if (filter.model !== undefined && release.payload.model.name !== filter.model)
            continue;
        out.push(release);
    }
    return out.sort((a, b) => b.id - a.id);
}
/** Live = the newest release whose latest status is `success`. */
function findLive(releases) {
    return newestFirst(releases).find((r) => r.latest === 'success');
}
/** A release one may return to: it reached `success` and was never rolled back. */
function isGood(release) {
    return release.reachedSuccess && !release.rolledBack;
}
/**
 * Previous good = the newest release older than `live` that reached `success`, was not rolled back,
 * and is not the version already live (restoring the live version again would change nothing).
 */
function findPreviousGood(releases, live) {
    return newestFirst(releases).find((r) => r.id < live.id && isGood(r) && r.payload.model.version !== live.payload.model.version);
}
function versionOf(release) {
    return release?.payload.model.version;
}
/** A one-line description GitHub accepts (at most 140 characters). */
function describe(text) {
    const oneLine = text.replace(/\s+/g, ' ').trim();
    return oneLine.length <= DESCRIPTION_LIMIT ? oneLine : `${oneLine.slice(0, DESCRIPTION_LIMIT - 1)}…`;
}
function newestFirst(releases) {
    return [...releases].sort((a, b) => b.id - a.id);
}


/***/ })

};
