export const id = 9300;
export const ids = [9300];
export const modules = {

/***/ 55082:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ httpStatus),
/* harmony export */   s: () => (/* binding */ tokenIdentity)
/* harmony export */ });
/* harmony import */ var _domain_report_upsert_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(55328);

function httpStatus(error) {
    const status = error?.status;
    return typeof status === 'number' ? status : undefined;
}
/**
 * The token's own identity. GET /user answers for a personal access token (or a user-to-server token); an
 * installation token (the Actions GITHUB_TOKEN, a GitHub App's) gets 403 "Resource not accessible by integration":
 * its comments are by its App's bot (`github-actions[bot]`, `<slug>[bot]`), recognised through
 * `performed_via_github_app` (see `Identity`).
 */
async function tokenIdentity(octokit) {
    try {
        const { data } = await octokit.rest.users.getAuthenticated();
        return { logins: [data.login], source: 'user' };
    }
    catch (error) {
        const status = httpStatus(error);
        if (status === 403 || status === 401 || status === 404)
            return { logins: [_domain_report_upsert_js__WEBPACK_IMPORTED_MODULE_0__/* .ACTIONS_BOT */ .aX], appBot: true, source: 'installation-token' };
        throw error;
    }
}


/***/ }),

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



/** Methods whose repetition can do the work twice (GitHub's POSTs create). */
const NOT_IDEMPOTENT = new Set(['POST']);
/**
 * The one Octokit factory: retry reads and idempotent writes on 5xx, wait out primary and secondary rate limits.
 * A POST is never retried on a 5xx: GitHub may have acted before the answer was lost, so the caller reads back
 * (`writeOnce`) before sending again. Rate-limit refusals are still waited out (GitHub did nothing).
 */
function createOctokit(settings) {
    const retries = settings.retries ?? 3;
    const octokit = (0,github/* getOctokit */.Q)(settings.token, {
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
    // Registered after the plugins, so this wrap runs first and the retry plugin reads `retries: 0`.
    octokit.hook.wrap('request', (request, options) => {
        if (NOT_IDEMPOTENT.has(String(options.method).toUpperCase()))
            options.request = { ...options.request, retries: 0 };
        return request(options);
    });
    return octokit;
}


/***/ }),

/***/ 33943:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ writeOnce)
/* harmony export */ });
/* unused harmony export mayHaveActed */
/* harmony import */ var _identity_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(55082);

/**
 * A lost answer: GitHub may have acted before the answer went missing (a 5xx from a gateway, a timeout, a dropped
 * connection). A 4xx is GitHub's own refusal: nothing happened.
 */
function mayHaveActed(error) {
    const status = (0,_identity_js__WEBPACK_IMPORTED_MODULE_0__/* .httpStatus */ .n)(error);
    return status === undefined || status >= 500;
}
/**
 * Sends a write at most once per lost answer: after a 5xx or a timeout it reads back, and sends again only when what
 * it wrote is not there. The one place mlgate repeats a POST (the Octokit factory never retries one).
 */
async function writeOnce(op) {
    const attempts = op.attempts ?? 3;
    for (let attempt = 1;; attempt++) {
        try {
            return await op.send();
        }
        catch (error) {
            if (!mayHaveActed(error) || attempt >= attempts)
                throw error;
            const found = await op.find();
            if (found !== undefined)
                return found;
        }
    }
}


/***/ }),

/***/ 39300:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createReleaseStore: () => (/* binding */ createReleaseStore),
  ei: () => (/* binding */ githubChosen),
  T5: () => (/* binding */ idempotencyKey),
  ze: () => (/* binding */ loadReleases),
  QX: () => (/* binding */ markSuperseded),
  cm: () => (/* binding */ parseStoreChoice),
  lm: () => (/* binding */ runLogUrl)
});

// UNUSED EXPORTS: LOCAL_STORE_PATH, STORE_CHOICES

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/domain/errors.ts
var errors = __webpack_require__(10241);
// EXTERNAL MODULE: ./src/domain/release/plan.ts
var plan = __webpack_require__(20171);
// EXTERNAL MODULE: ./src/domain/release/state.ts
var state = __webpack_require__(99583);
// EXTERNAL MODULE: ./src/adapters/github-context.ts
var github_context = __webpack_require__(98487);
// EXTERNAL MODULE: ./src/domain/release/payload.ts
var payload = __webpack_require__(20524);
// EXTERNAL MODULE: ./src/adapters/github/write-once.ts
var write_once = __webpack_require__(33943);
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
    return { ...toBareRecord(d), statuses: statuses.map(toStatus).sort((a, b) => b.id - a.id) };
}
function toBareRecord(d) {
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
    async *scan(environment) {
        const where = { owner: this.owner, repo: this.repo };
        const pages = this.octokit.paginate.iterator(this.octokit.rest.repos.listDeployments, { ...where, environment, task: payload/* RELEASE_TASK */.OT, per_page: 100 });
        try {
            for await (const page of pages) {
                // GitHub lists newest first; sort within the page in case ids and creation order ever disagree.
                const ours = page.data.filter((d) => d.task === payload/* RELEASE_TASK */.OT && d.environment === environment).sort((a, b) => b.id - a.id);
                for (const d of ours)
                    yield { record: toBareRecord(d), statuses: async () => (await this.statuses(d.id)).map(toStatus) };
            }
        }
        catch (error) {
            throw error instanceof errors/* MlgateError */.Bf ? error : deploymentError(`listing deployments of ${this.owner}/${this.repo} in '${environment}'`, error, where);
        }
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
        let outcome;
        try {
            outcome = await (0,write_once/* writeOnce */.F)({
                send: async () => {
                    const response = await this.octokit.rest.repos.createDeployment({
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
                    if (response.status === 201 && 'id' in response.data)
                        return { created: response.data };
                    return { status: response.status, message: 'message' in response.data ? String(response.data.message) : `status ${response.status}` };
                },
                find: async () => {
                    const made = await this.findCreated(request.environment, request.idempotencyKey);
                    return made ? { created: made } : undefined;
                },
            });
        }
        catch (error) {
            throw deploymentError(`creating a deployment of '${request.ref}' in '${request.environment}'`, error, { owner: this.owner, repo: this.repo, ref: request.ref });
        }
        if (!('created' in outcome)) {
            throw new errors/* MlgateError */.Bf('github', `creating a deployment of '${request.ref}' in '${request.environment}' did not create one: GitHub answered ${outcome.status} (${outcome.message}); mlgate sends auto_merge: false, so merge the ref yourself and rerun.`);
        }
        return toRecord(outcome.created, []);
    }
    /** The deployment a create with this idempotency key made, if GitHub made it (read back after a lost answer). */
    async findCreated(environment, key) {
        if (key === undefined)
            return undefined;
        const { data } = await this.octokit.rest.repos.listDeployments({ owner: this.owner, repo: this.repo, environment, task: payload/* RELEASE_TASK */.OT, per_page: 30 });
        return data.find((d) => (0,payload/* idempotencyKeyOf */.wX)(d.payload) === key);
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
        const where = { owner: this.owner, repo: this.repo, deployment_id: deploymentId };
        // After a lost answer: the newest status already saying the same thing is ours.
        const find = async () => {
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
            return toStatus(await (0,write_once/* writeOnce */.F)({ send: async () => (await send()).data, find }));
        }
        catch (error) {
            throw deploymentError(`setting deployment #${deploymentId} to ${status.state}`, error, { owner: this.owner, repo: this.repo });
        }
    }
}

// EXTERNAL MODULE: ./src/adapters/github/octokit.ts + 1 modules
var github_octokit = __webpack_require__(96706);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
;// CONCATENATED MODULE: ./src/adapters/local/file-lock.ts




const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/** An exclusive lock file (created with O_EXCL) holding `host pid token`; a lock whose holder died is broken. */
class FileLock {
    lockFile;
    options;
    constructor(lockFile, options) {
        this.lockFile = lockFile;
        this.options = options;
    }
    /** Runs `work` while holding the lock. */
    async hold(work) {
        const token = await this.acquire();
        try {
            return await work();
        }
        finally {
            await this.release(token);
        }
    }
    async acquire() {
        const token = `${(0,external_node_os_.hostname)()} ${process.pid} ${(0,external_node_crypto_.randomBytes)(6).toString('hex')}`;
        const deadline = Date.now() + this.options.timeoutMs;
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
            if (await this.breakStale())
                continue;
            if (Date.now() > deadline) {
                throw new errors/* MlgateError */.Bf('input', `the local release store is locked by another mlgate process (${this.lockFile}); wait for it, or delete the lock file if no mlgate is running`, { location: { file: this.lockFile } });
            }
            await sleep(Math.min(100, 5 + attempt * 2) + Math.random() * 10);
        }
    }
    /** A lock is stale when its holder on this host is gone, or it is older than staleMs. */
    async breakStale() {
        let content;
        let mtimeMs;
        try {
            content = await (0,promises_.readFile)(this.lockFile, 'utf8');
            mtimeMs = (await (0,promises_.stat)(this.lockFile)).mtimeMs;
        }
        catch {
            return true; // released meanwhile: try again at once
        }
        if (!isStale(content, mtimeMs, this.options.staleMs))
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
    async release(token) {
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

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./src/adapters/local/release-owner.ts


/** How far the start time the kernel reports may lie from the one recorded (whole-second boot time, clock adjustments). */
const START_TIME_TOLERANCE_MS = 30_000;
/** This process, as recorded on the deployments it creates. */
function currentOwner() {
    return { host: (0,external_node_os_.hostname)(), pid: process.pid, started_at: new Date(Date.now() - process.uptime() * 1000).toISOString() };
}
/** Linux: when process `pid` started, from /proc (boot time + start ticks); undefined elsewhere or when unreadable. */
function linuxStartTime(pid) {
    try {
        const stat = (0,external_node_fs_.readFileSync)(`/proc/${pid}/stat`, 'utf8');
        // Field 22 (starttime), counted after the parenthesised command name, which may itself hold spaces.
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        const ticks = Number(fields[19]);
        const bootLine = /^btime (\d+)$/m.exec((0,external_node_fs_.readFileSync)('/proc/stat', 'utf8'));
        if (!bootLine || !Number.isFinite(ticks))
            return undefined;
        return Number(bootLine[1]) * 1000 + (ticks / 100) * 1000; // USER_HZ is 100 on every Linux ABI Node supports
    }
    catch {
        return undefined;
    }
}
/**
 * Why the owner of an unfinished release can no longer finish it, or undefined while it may still be running
 * (it runs, or it ran on another host, which this machine cannot see).
 */
function abandonedBecause(owner) {
    if (!owner || owner.host !== (0,external_node_os_.hostname)())
        return undefined;
    try {
        process.kill(owner.pid, 0);
    }
    catch (error) {
        if (error.code !== 'ESRCH')
            return undefined; // EPERM: alive, another user's
        return `abandoned: the mlgate process that ran it (pid ${owner.pid} on ${owner.host}, started ${owner.started_at}) is gone`;
    }
    const started = linuxStartTime(owner.pid);
    const recorded = Date.parse(owner.started_at);
    if (started !== undefined && Number.isFinite(recorded) && Math.abs(started - recorded) > START_TIME_TOLERANCE_MS) {
        return `abandoned: the mlgate process that ran it (pid ${owner.pid} on ${owner.host}, started ${owner.started_at}) is gone; that pid now belongs to another process`;
    }
    return undefined;
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(38816);
;// CONCATENATED MODULE: ./src/adapters/local/release-store-file.ts


/**
 * The shape of `.mlgate/releases.json` and the invariants the local store relies on (SPEC §6 "Local backend").
 * Unknown keys are kept (loose objects), so a newer mlgate's fields survive an older one's rewrite.
 */
const DEPLOYMENT_STATES = ['in_progress', 'queued', 'pending', 'success', 'failure', 'error', 'inactive'];
const id = schemas/* number */.aig().int().positive();
const storedStatus = schemas/* looseObject */._H3({
    id,
    state: schemas/* enum */.k5n(DEPLOYMENT_STATES),
    description: schemas/* string */.YjP(),
    created_at: schemas/* string */.YjP(),
    environment_url: schemas/* string */.YjP().optional(),
    log_url: schemas/* string */.YjP().optional(),
});
/** The process that created a deployment and drives it to a final status: tells a killed promote from a running one. */
const releaseOwner = schemas/* looseObject */._H3({
    host: schemas/* string */.YjP(),
    pid: schemas/* number */.aig().int().positive(),
    /** When that process started (ISO 8601): a pid reused by a later process does not pass for the owner. */
    started_at: schemas/* string */.YjP(),
});
const storedDeployment = schemas/* looseObject */._H3({
    id,
    environment: schemas/* string */.YjP().min(1),
    ref: schemas/* string */.YjP(),
    sha: schemas/* string */.YjP(),
    task: schemas/* string */.YjP(),
    description: schemas/* string */.YjP(),
    created_at: schemas/* string */.YjP(),
    creator: schemas/* string */.YjP(),
    production_environment: schemas/* boolean */.zMY(),
    transient_environment: schemas/* boolean */.zMY(),
    payload: schemas/* unknown */.L5J(),
    /** Oldest first, as written. */
    statuses: schemas/* array */.YOg(storedStatus),
    owner: releaseOwner.optional(),
});
const storeFile = schemas/* looseObject */._H3({
    version: schemas/* literal */.euz(1),
    next_id: id,
    next_status_id: id,
    deployments: schemas/* array */.YOg(storedDeployment),
});
function emptyStore() {
    return { version: 1, next_id: 1, next_status_id: 1, deployments: [] };
}
const MAX_LISTED = 10;
const HOW_TO_FIX = 'restore it from a backup or version control, or repair it by hand; mlgate does not write into a broken store';
function damaged(file, problems, cause) {
    const [first = 'unknown problem', ...rest] = problems;
    const more = rest.length ? ` (and ${rest.length} more problem${rest.length > 1 ? 's' : ''}, listed below)` : '';
    const details = [...rest.slice(0, MAX_LISTED), ...(rest.length > MAX_LISTED ? [`… ${rest.length - MAX_LISTED} more`] : []), `To fix: ${HOW_TO_FIX}.`];
    return new errors/* MlgateError */.Bf('input', `the local release store ${file} is damaged: ${first}${more}`, { location: { file }, details, cause });
}
/** `deployments[3] (deployment #4).statuses` for an issue path, so the user can find the entry. */
function where(data, issuePath) {
    let text = '';
    let node = data;
    for (const key of issuePath) {
        text += typeof key === 'number' ? `[${key}]` : `${text ? '.' : ''}${String(key)}`;
        node = node !== null && typeof node === 'object' ? node[key] : undefined;
        const nodeId = node !== null && typeof node === 'object' && !Array.isArray(node) ? node.id : undefined;
        if (typeof key === 'number' && typeof nodeId === 'number')
            text += ` (${text.includes('statuses') ? 'status' : 'deployment'} #${nodeId})`;
    }
    return text || 'the top level';
}
function found(data, issuePath) {
    let node = data;
    for (const key of issuePath)
        node = node !== null && typeof node === 'object' ? node[key] : undefined;
    if (node === undefined)
        return 'nothing';
    const text = JSON.stringify(node);
    return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
function schemaProblems(data, error) {
    return error.issues.map((issue) => `${where(data, issue.path)}: ${issue.message.replace(/^Invalid input: /, '').replace(/, received \w+$/, '')}, found ${found(data, issue.path)}`);
}
/** Every id must be unique and every counter ahead of the ids it hands out; otherwise the next write reuses an id. */
function invariantProblems(data) {
    const problems = [];
    const deploymentAt = new Map();
    const statusAt = new Map();
    let maxId = 0;
    let maxStatusId = 0;
    data.deployments.forEach((d, i) => {
        const earlier = deploymentAt.get(d.id);
        if (earlier !== undefined)
            problems.push(`deployment id #${d.id} is used twice (deployments[${earlier}] and deployments[${i}]); give one of them an unused id above every other (and update any rollback_of that points at it)`);
        else
            deploymentAt.set(d.id, i);
        maxId = Math.max(maxId, d.id);
        d.statuses.forEach((s, j) => {
            const here = `deployments[${i}].statuses[${j}]`;
            const seen = statusAt.get(s.id);
            if (seen !== undefined)
                problems.push(`status id #${s.id} is used twice (${seen} and ${here}); give one of them an unused id above every other`);
            else
                statusAt.set(s.id, here);
            maxStatusId = Math.max(maxStatusId, s.id);
        });
    });
    if (data.next_id <= maxId)
        problems.push(`next_id is ${data.next_id} but deployment #${maxId} exists, so the next release would reuse an id; set next_id to ${maxId + 1} (a store restored from a backup or merged by git?)`);
    if (data.next_status_id <= maxStatusId)
        problems.push(`next_status_id is ${data.next_status_id} but status #${maxStatusId} exists, so the next status would reuse an id; set next_status_id to ${maxStatusId + 1}`);
    return problems;
}
/** The store's text as a checked StoreFile, or a clear error naming the file, the entry and what is wrong. */
function parseStoreFile(text, file) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (error) {
        throw new errors/* MlgateError */.Bf('input', `the local release store ${file} is not valid JSON (${error.message}); restore it from version control or delete it to start over`, { location: { file }, cause: error });
    }
    if (data === null || typeof data !== 'object' || Array.isArray(data) || data.version !== 1 || !Array.isArray(data.deployments)) {
        throw new errors/* MlgateError */.Bf('input', `the local release store ${file} is not an mlgate release store: expected { version: 1, next_id, next_status_id, deployments: [...] }`, { location: { file } });
    }
    const parsed = storeFile.safeParse(data);
    if (!parsed.success)
        throw damaged(file, schemaProblems(data, parsed.error), parsed.error);
    const problems = invariantProblems(parsed.data);
    if (problems.length)
        throw damaged(file, problems);
    return parsed.data;
}

;// CONCATENATED MODULE: ./src/adapters/local/release-file-store.ts







const TASK = 'deploy:mlgate';
/** States after which a deployment needs nothing more from the process that created it. */
const FINAL_STATES = new Set(['success', 'failure', 'error', 'inactive']);
/** Symbolic links a path may pass through before it counts as a loop (Linux's own limit). */
const MAX_LINKS = 40;
/**
 * The file `file` stands for: symbolic links followed (a store shared by several checkouts is a link to one
 * file), in a directory given by its real path, so every sharer writes and locks the same file. A dangling
 * link resolves to the file it will create.
 */
async function realStoreFile(file) {
    let current = external_node_path_default().resolve(file);
    for (let hops = 0; hops <= MAX_LINKS; hops++) {
        const info = await (0,promises_.lstat)(current).catch((error) => {
            if (error.code === 'ENOENT')
                return undefined;
            throw new errors/* MlgateError */.Bf('input', `cannot read the local release store ${file}: ${String(error)}`, { location: { file }, cause: error });
        });
        if (!info?.isSymbolicLink()) {
            const dir = await (0,promises_.realpath)(external_node_path_default().dirname(current)).catch(() => external_node_path_default().dirname(current));
            return external_node_path_default().join(dir, external_node_path_default().basename(current));
        }
        current = external_node_path_default().resolve(external_node_path_default().dirname(current), await (0,promises_.readlink)(current));
    }
    throw new errors/* MlgateError */.Bf('input', `the local release store ${file} is a symbolic link that loops (more than ${MAX_LINKS} links); point it at a file`, { location: { file } });
}
/**
 * The local release store. Every change runs under an exclusive lock file beside the real file, re-reads the
 * file under the lock, checks it, and replaces it atomically (a temp file renamed over the real file, so a
 * symlinked store stays a link), so two processes releasing at once never lose a record and a reader never
 * sees half a file.
 */
class ReleaseFileStore {
    kind = 'local';
    file;
    options;
    constructor(file, options = {}) {
        this.file = file;
        this.options = {
            creator: options.creator ?? process.env.USER ?? process.env.USERNAME ?? 'local',
            lockTimeoutMs: options.lockTimeoutMs ?? 30_000,
            staleLockMs: options.staleLockMs ?? 30_000,
            now: options.now ?? (() => new Date()),
            resolveSha: options.resolveSha,
        };
    }
    async list(environment) {
        const data = await this.read(await realStoreFile(this.file));
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
                owner: currentOwner(),
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
    /** How the store is named in messages: the path given, and the real file when it is a link. */
    label(real) {
        return external_node_path_default().resolve(this.file) === real ? this.file : `${this.file} (a link to ${real})`;
    }
    async read(real) {
        let text;
        try {
            text = await (0,promises_.readFile)(real, 'utf8');
        }
        catch (error) {
            if (error.code === 'ENOENT')
                return emptyStore();
            throw new errors/* MlgateError */.Bf('input', `cannot read the local release store ${this.label(real)}: ${String(error)}`, { location: { file: this.file }, cause: error });
        }
        return parseStoreFile(text, this.label(real));
    }
    async update(change) {
        await (0,promises_.mkdir)(external_node_path_default().dirname(this.file), { recursive: true });
        const real = await realStoreFile(this.file);
        await (0,promises_.mkdir)(external_node_path_default().dirname(real), { recursive: true });
        const lock = new FileLock(`${real}.lock`, { timeoutMs: this.options.lockTimeoutMs, staleMs: this.options.staleLockMs });
        return lock.hold(async () => {
            const data = await this.read(real);
            const result = change(data);
            const temp = `${real}.${process.pid}.${(0,external_node_crypto_.randomBytes)(4).toString('hex')}.tmp`;
            try {
                await (0,promises_.writeFile)(temp, `${JSON.stringify(data, null, 2)}\n`, 'utf8');
                await (0,promises_.rename)(temp, real);
            }
            catch (error) {
                await (0,promises_.rm)(temp, { force: true });
                throw new errors/* MlgateError */.Bf('input', `cannot write the local release store ${this.label(real)}: ${String(error)}`, { location: { file: this.file }, cause: error });
            }
            return result;
        });
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
/** An unfinished deployment whose creating process is gone: it can never finish, and is reported as abandoned. */
function abandonment(d) {
    const latest = d.statuses.reduce((newest, s) => (newest === undefined || s.id > newest.id ? s : newest), undefined);
    if (latest && FINAL_STATES.has(latest.state))
        return undefined;
    return abandonedBecause(d.owner);
}
function release_file_store_toRecord(d) {
    const abandoned = abandonment(d);
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
        ...(abandoned ? { abandoned } : {}),
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
/** `auto` is github inside Actions with a token and a repository, else local. */
function githubChosen(settings) {
    const { github } = settings;
    return settings.choice === 'github' || (settings.choice === 'auto' && settings.inActions && github.token !== undefined && github.repository !== undefined);
}
/**
 * Picks the GitHub Deployments store or the local file store (`.mlgate/releases.json`):
 * `auto` is github inside Actions with a token and a repository, else local.
 */
function createReleaseStore(settings) {
    const { github } = settings;
    if (!githubChosen(settings)) {
        return new ReleaseFileStore(localStoreFile(settings.cwd), { resolveSha: gitSha(settings.cwd), creator: github.actor });
    }
    if (!github.token)
        throw (0,errors/* usageError */.Wp)("store 'github' needs a token: pass github-token (in Actions) or set GITHUB_TOKEN (CLI)");
    if (!github.repository)
        throw (0,errors/* usageError */.Wp)("store 'github' needs the repository: set GITHUB_REPOSITORY=owner/name");
    const octokit = (0,github_octokit.createOctokit)({ token: github.token, apiUrl: github.apiUrl, log: settings.log, ...(settings.retries !== undefined ? { retries: settings.retries } : {}) });
    return new DeploymentsStore({ octokit, owner: github.repository.owner, repo: github.repository.repo });
}
/**
 * The environment's releases of `model`, newest first. With `enough`, reading stops as soon as it says the releases
 * read so far answer the question (the live one, the previous good one…), and statuses are read only for this
 * model's releases: a command's API calls do not grow with the length of the history (SPEC §6).
 */
async function loadReleases(store, environment, model, enough) {
    const filter = { environment, ...(model !== undefined ? { model } : {}) };
    if (!enough || !store.scan)
        return (0,state/* releasesOf */.w0)(await store.list(environment), filter);
    const out = [];
    for await (const { record, statuses } of store.scan(environment)) {
        if ((0,state/* releasesOf */.w0)([{ ...record, statuses: [] }], filter).length === 0)
            continue;
        const release = (0,state/* toRelease */.zR)({ ...record, statuses: await statuses() });
        if (!release)
            continue;
        out.push(release);
        if (enough(out))
            break;
    }
    return out;
}
/**
 * Marks every other release still `success` as `inactive`, explicitly (not relying on GitHub's auto_inactive).
 * Reading stops at the newest other release that ever succeeded: every older one was superseded when it went live.
 */
async function markSuperseded(store, environment, model, own, log) {
    const stale = (0,plan/* supersededBy */.gT)(await loadReleases(store, environment, model, (rs) => rs.some((r) => r.id !== own.id && r.reachedSuccess)), own.id);
    for (const r of stale) {
        await store.setStatus(r.id, { state: 'inactive', description: (0,state/* describe */.q0)(`${state/* SUPERSEDED_PREFIX */.GT}${own.version} (#${own.id})`) });
        log.debug(`marked #${r.id} (${r.payload.model.version}) inactive`);
    }
    return stale.map((r) => r.id);
}
/** The run attempt's page, for a status's log_url. */
function runLogUrl(github) {
    return (0,github_context/* runUrl */.V)(github);
}
/**
 * A key naming one create (`<run id>.<attempt>.<nonce>`), stored in the deployment's payload so a create whose
 * answer was lost is found again instead of repeated (SPEC §6).
 */
function idempotencyKey(github) {
    return `${github.runId ?? 'local'}.${github.runAttempt ?? 1}.${(0,external_node_crypto_.randomBytes)(6).toString('hex')}`;
}


/***/ }),

/***/ 20524:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cy: () => (/* binding */ readReleasePayload),
/* harmony export */   OT: () => (/* binding */ RELEASE_TASK),
/* harmony export */   fC: () => (/* binding */ releasePayloadSchema),
/* harmony export */   wX: () => (/* binding */ idempotencyKeyOf)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38816);

/** The versioned payload mlgate writes on every deployment it creates (SPEC §6). */
const RELEASE_TASK = 'deploy:mlgate';
const releasePayloadSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    mlgate: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz(1),
    model: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
        name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
        version: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
        uri: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable().optional(),
        digest: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable().optional(),
    }),
    metrics: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().nullable()).default({}),
    gate: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
        verdict: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['pass', 'fail', 'warn', 'none']),
        report_sha256: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable().optional(),
        forced: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY().optional(),
    })
        .nullable()
        .optional(),
    source: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
        sha: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable().optional(),
        pr: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nullable().optional(),
        run_id: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nullable().optional(),
        actor: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable().optional(),
    })
        .default({}),
    artifact: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), run_id: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nullable().optional() }).nullable().optional(),
    rollback_of: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nullable().default(null),
    /** Why the release this one replaced was rolled back (set on rollback deployments only). */
    rollback_reason: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    /** The workflow run that made this rollback (a rerun of that run is then a no-op). */
    rollback_run_id: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nullable().optional(),
    /** What the gates after this release compare with (SPEC §6 "Evidence"); absent on releases made before mlgate stored it. */
    // Parsed where it is used (domain/evidence/use.ts): a damaged record must not hide the release itself.
    evidence: zod__WEBPACK_IMPORTED_MODULE_0__/* .unknown */ .L5J().optional(),
    /** Names the create that made this deployment (`<run id>.<attempt>.<nonce>`): read back after a lost answer. */
    idempotency_key: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
});
/** A deployment's payload as mlgate's, or undefined when it is not one of ours. */
function readReleasePayload(payload) {
    let value = payload;
    if (typeof value === 'string') {
        try {
            value = JSON.parse(value);
        }
        catch {
            return undefined;
        }
    }
    const parsed = releasePayloadSchema.safeParse(value);
    return parsed.success ? parsed.data : undefined;
}
/** The idempotency key of a deployment's payload (object or JSON string), if it has one. */
function idempotencyKeyOf(payload) {
    return readReleasePayload(payload)?.idempotency_key;
}


/***/ }),

/***/ 20171:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FL: () => (/* binding */ detectRace),
/* harmony export */   II: () => (/* binding */ planRollback),
/* harmony export */   Rm: () => (/* binding */ parseRollbackTarget),
/* harmony export */   S5: () => (/* binding */ planPromote),
/* harmony export */   gT: () => (/* binding */ supersededBy),
/* harmony export */   hI: () => (/* binding */ rollbackReadEnough)
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
/**
 * When reading (newest first) can stop for a rollback to `to` (as the user wrote it): the live release is known, and
 * so is the target — the previous good one, or a good release of that version, or that deployment.
 */
function rollbackReadEnough(to) {
    const text = (to ?? '').trim();
    return (releases) => {
        const live = (0,_state_js__WEBPACK_IMPORTED_MODULE_0__/* .findLive */ .KI)(releases);
        if (!live)
            return false;
        if (text === '' || text === 'previous')
            return (0,_state_js__WEBPACK_IMPORTED_MODULE_0__/* .findPreviousGood */ .yl)(releases, live) !== undefined;
        const id = /^#?\d+$/.test(text) ? Number(text.replace('#', '')) : undefined;
        return releases.some((r) => r.id === id || (r.payload.model.version === text && (0,_state_js__WEBPACK_IMPORTED_MODULE_0__/* .isGood */ .Kg)(r)));
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
    // Reads stop once they know enough, so an older release absent from one read may be present in another:
    // only a release newer than every one seen can have appeared.
    const newestSeen = Math.max(-Infinity, ...check.snapshot);
    const others = check.now.filter((r) => r.id !== check.ownId);
    const appeared = others.filter((r) => r.id > newestSeen).sort((a, b) => b.id - a.id);
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
/* harmony export */   GT: () => (/* binding */ SUPERSEDED_PREFIX),
/* harmony export */   KI: () => (/* binding */ findLive),
/* harmony export */   Kg: () => (/* binding */ isGood),
/* harmony export */   TB: () => (/* binding */ untilLive),
/* harmony export */   Yr: () => (/* binding */ ROLLED_BACK_PREFIX),
/* harmony export */   q0: () => (/* binding */ describe),
/* harmony export */   w0: () => (/* binding */ releasesOf),
/* harmony export */   yl: () => (/* binding */ findPreviousGood),
/* harmony export */   zR: () => (/* binding */ toRelease)
/* harmony export */ });
/* unused harmony exports DESCRIPTION_LIMIT, isForeignInactive */
/* harmony import */ var _payload_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(20524);

/** The description prefix that marks a release reverted by `rollback` (SPEC §6). */
const ROLLED_BACK_PREFIX = 'rolled back: ';
/**
 * The description prefix of the `inactive` statuses mlgate writes when a newer release of the same model goes live.
 * Any other `inactive` (GitHub's auto_inactive after another model's or the application's deploy) ends no release.
 */
const SUPERSEDED_PREFIX = 'mlgate: superseded by ';
/** GitHub rejects deployment and status descriptions longer than this. */
const DESCRIPTION_LIMIT = 140;
function rollbackStatus(statuses) {
    return statuses.find((s) => s.state === 'failure' && s.description.startsWith(ROLLED_BACK_PREFIX));
}
/** An `inactive` status mlgate did not write: GitHub's auto_inactive after some other deployment succeeded. */
function isForeignInactive(status) {
    return status.state === 'inactive' && !status.description.startsWith(SUPERSEDED_PREFIX);
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
        latest: statuses.find((s) => !isForeignInactive(s))?.state,
        reachedSuccess: statuses.some((s) => s.state === 'success'),
        rolledBack: reverted !== undefined,
        ...(reverted ? { rollbackReason: reverted.description.slice(ROLLED_BACK_PREFIX.length) } : {}),
        ...(record.abandoned !== undefined ? { abandoned: record.abandoned } : {}),
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
/** Enough once the live release is known (every newer one has been read). */
const untilLive = (releases) => findLive(releases) !== undefined;
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


/***/ }),

/***/ 55328:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MU: () => (/* binding */ isOurs),
/* harmony export */   Vy: () => (/* binding */ planUpsert),
/* harmony export */   aX: () => (/* binding */ ACTIONS_BOT)
/* harmony export */ });
/* harmony import */ var _marker_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(63925);

const ACTIONS_BOT = 'github-actions[bot]';
function isOurs(comment, key, identity) {
    const author = comment.author?.toLowerCase();
    if (author === undefined || !(0,_marker_js__WEBPACK_IMPORTED_MODULE_0__/* .hasMarker */ .xY)(comment.body, key))
        return false;
    if (identity.logins.some((l) => l.toLowerCase() === author))
        return true;
    return identity.appBot === true && typeof comment.app === 'string' && author === `${comment.app.toLowerCase()}[bot]`;
}
/**
 * What to do, given every comment on the PR (all pages, oldest first). Only comments that carry our marker AND are
 * authored by us count; someone else's comment with the same marker is left alone. If an earlier race left
 * duplicates, the oldest is kept and the others deleted.
 */
function planUpsert(request) {
    const ours = request.comments.filter((c) => isOurs(c, request.key, request.identity)).sort((a, b) => a.id - b.id);
    if (request.mode === 'recreate')
        return { kind: 'recreate', deleteIds: ours.map((c) => c.id) };
    const [keep, ...extra] = ours;
    const deleteIds = extra.map((c) => c.id);
    if (!keep)
        return { kind: 'create', deleteIds };
    if ((keep.body ?? '').trimEnd() === request.body.trimEnd())
        return { kind: 'unchanged', id: keep.id, url: keep.url, deleteIds };
    return { kind: 'update', id: keep.id, url: keep.url, deleteIds };
}


/***/ })

};
