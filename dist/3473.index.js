export const id = 3473;
export const ids = [3473];
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
