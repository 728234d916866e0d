export const id = 4448;
export const ids = [4448,7859,4158];
export const modules = {

/***/ 74158:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createEvidenceStore: () => (/* binding */ createEvidenceStore)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/domain/errors.ts
var errors = __webpack_require__(10241);
// EXTERNAL MODULE: ./src/adapters/github/evidence-branch.ts
var evidence_branch = __webpack_require__(17410);
// EXTERNAL MODULE: ./src/adapters/github/octokit.ts + 1 modules
var github_octokit = __webpack_require__(96706);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
;// CONCATENATED MODULE: ./src/adapters/local/evidence-dir.ts


/** Where the local store keeps evidence, relative to the working directory (beside releases.json). */
const LOCAL_EVIDENCE_DIR = external_node_path_default().join('.mlgate', 'evidence');
/** Evidence as files under `.mlgate/evidence/<environment>/<model>/<version>-<key>/`; a location is the path below the root. */
class EvidenceDir {
    root;
    kind = 'local';
    constructor(root) {
        this.root = root;
    }
    async save(prefix, items) {
        const dir = this.resolve(prefix);
        const staging = `${dir}.partial-${process.pid}`;
        await (0,promises_.rm)(staging, { recursive: true, force: true });
        await (0,promises_.mkdir)(staging, { recursive: true });
        const out = new Map();
        for (const item of items) {
            await (0,promises_.writeFile)(external_node_path_default().join(staging, item.name), item.bytes);
            out.set(item.name, `${prefix}/${item.name}`);
        }
        // The whole release's evidence appears at once; a rerun of the same release replaces it.
        await (0,promises_.rm)(dir, { recursive: true, force: true });
        await (0,promises_.rename)(staging, dir);
        return out;
    }
    load(location) {
        return (0,promises_.readFile)(this.resolve(location));
    }
    resolve(relative) {
        const abs = external_node_path_default().resolve(this.root, relative);
        if (abs !== this.root && !abs.startsWith(this.root + (external_node_path_default()).sep))
            throw new Error(`evidence location '${relative}' is outside ${this.root}`);
        return abs;
    }
}

// EXTERNAL MODULE: ./src/adapters/release-store.ts + 5 modules
var release_store = __webpack_require__(39300);
;// CONCATENATED MODULE: ./src/adapters/evidence-store.ts






/** The evidence store that goes with the release store of the same settings: a branch on GitHub, `.mlgate/evidence/` locally. */
function createEvidenceStore(settings) {
    if (!(0,release_store/* githubChosen */.ei)(settings))
        return new EvidenceDir(external_node_path_default().resolve(settings.cwd, LOCAL_EVIDENCE_DIR));
    const { github } = settings;
    if (!github.token || !github.repository)
        throw (0,errors/* usageError */.Wp)("store 'github' needs a token and GITHUB_REPOSITORY=owner/name to read or write release evidence");
    const octokit = (0,github_octokit.createOctokit)({ token: github.token, apiUrl: github.apiUrl, log: settings.log, ...(settings.retries !== undefined ? { retries: settings.retries } : {}) });
    return new evidence_branch/* EvidenceBranch */.C({ octokit, owner: github.repository.owner, repo: github.repository.repo });
}


/***/ }),

/***/ 78278:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gO: () => (/* binding */ createBlob),
/* harmony export */   zu: () => (/* binding */ commitFiles)
/* harmony export */ });
/* unused harmony export branchHead */
/* harmony import */ var _identity_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(55082);

/** Attempts at moving the branch when another run moved it first. */
const MOVE_ATTEMPTS = 5;
/** The commit the branch points at; undefined when the branch does not exist yet. */
async function branchHead(target) {
    const { octokit, owner, repo, branch } = target;
    try {
        return (await octokit.rest.git.getRef({ owner, repo, ref: `heads/${branch}` })).data.object.sha;
    }
    catch (error) {
        if ((0,_identity_js__WEBPACK_IMPORTED_MODULE_0__/* .httpStatus */ .n)(error) === 404)
            return undefined;
        throw error;
    }
}
/** Stores `bytes` as a blob; its sha pins the exact content. */
async function createBlob(target, bytes) {
    const { octokit, owner, repo } = target;
    return (await octokit.rest.git.createBlob({ owner, repo, content: Buffer.from(bytes).toString('base64'), encoding: 'base64' })).data.sha;
}
/**
 * Commits blobs at paths on top of the branch's files (a tree on the head's tree, a commit, a fast-forward of the
 * ref; the branch is created when missing). When another writer moved or created the branch between our read and
 * our write (422), it builds again on the new head, so their files stay and ours are added.
 */
async function commitFiles(target, entries, message) {
    const { octokit, owner, repo, branch } = target;
    for (let attempt = 1;; attempt++) {
        const head = await branchHead(target);
        const baseTree = head ? (await octokit.rest.git.getCommit({ owner, repo, commit_sha: head })).data.tree.sha : undefined;
        const tree = await octokit.rest.git.createTree({ owner, repo, ...(baseTree ? { base_tree: baseTree } : {}), tree: entries.map((e) => ({ path: e.path, mode: '100644', type: 'blob', sha: e.sha })) });
        const commit = await octokit.rest.git.createCommit({ owner, repo, message, tree: tree.data.sha, parents: head ? [head] : [] });
        try {
            if (head)
                await octokit.rest.git.updateRef({ owner, repo, ref: `heads/${branch}`, sha: commit.data.sha, force: false });
            else
                await octokit.rest.git.createRef({ owner, repo, ref: `refs/heads/${branch}`, sha: commit.data.sha });
            return commit.data.sha;
        }
        catch (error) {
            if ((0,_identity_js__WEBPACK_IMPORTED_MODULE_0__/* .httpStatus */ .n)(error) !== 422 || attempt >= MOVE_ATTEMPTS)
                throw error;
        }
    }
}


/***/ }),

/***/ 18598:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ createCommentSink)
/* harmony export */ });
/* harmony import */ var _domain_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(10241);
/* harmony import */ var _domain_report_upsert_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(55328);
/* harmony import */ var _domain_report_marker_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(63925);
/* harmony import */ var _identity_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(55082);
/* harmony import */ var _octokit_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(96706);
/* harmony import */ var _write_once_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(33943);






const READ_ONLY = 'the token cannot write comments (HTTP 403): a pull request from a fork gets a read-only GITHUB_TOKEN, and a job without `pull-requests: write` cannot comment';
function readOnly(error) {
    const status = (0,_identity_js__WEBPACK_IMPORTED_MODULE_2__/* .httpStatus */ .n)(error);
    if (status === 403)
        return { kind: 'read-only', reason: READ_ONLY };
    return undefined;
}
function githubError(what, error) {
    const status = (0,_identity_js__WEBPACK_IMPORTED_MODULE_2__/* .httpStatus */ .n)(error);
    const message = error instanceof Error ? error.message : String(error);
    return new _domain_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MlgateError */ .Bf('github', `${what} failed${status ? ` (HTTP ${status})` : ''}: ${message}`, { cause: error });
}
/** Sticky PR comments through the REST API: find ours on every page, then create, update or recreate it. */
function createCommentSink(settings) {
    const { github, log } = settings;
    let identity = settings.identity;
    let octokit = settings.octokit;
    const client = () => {
        if (!github.token)
            throw new _domain_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MlgateError */ .Bf('usage', 'commenting needs a GitHub token; set input github-token (or GITHUB_TOKEN for the CLI)');
        octokit ??= (0,_octokit_js__WEBPACK_IMPORTED_MODULE_1__.createOctokit)({ token: github.token, apiUrl: github.apiUrl, log });
        return octokit;
    };
    return {
        async upsert({ issueNumber, key, body, mode }) {
            const repo = github.repository;
            if (!repo)
                return { kind: 'skipped', reason: 'no repository (GITHUB_REPOSITORY is not set)' };
            const api = client();
            const where = { owner: repo.owner, repo: repo.repo, issue_number: issueNumber };
            identity ??= await (0,_identity_js__WEBPACK_IMPORTED_MODULE_2__/* .tokenIdentity */ .s)(api).catch((error) => {
                throw githubError('finding the token identity (GET /user)', error);
            });
            log.debug(`comment identity: ${identity.logins.join(', ')} (${identity.source})`);
            const comments = [];
            try {
                for await (const page of api.paginate.iterator(api.rest.issues.listComments, { ...where, per_page: 100 })) {
                    for (const c of page.data)
                        comments.push({ id: c.id, body: c.body, author: c.user?.login ?? null, app: c.performed_via_github_app?.slug ?? null, url: c.html_url });
                }
            }
            catch (error) {
                const ro = readOnly(error);
                if (ro)
                    return ro;
                throw githubError(`listing the comments of #${issueNumber}`, error);
            }
            const plan = (0,_domain_report_upsert_js__WEBPACK_IMPORTED_MODULE_3__/* .planUpsert */ .Vy)({ comments, key, identity, body, mode });
            // A create whose answer was lost (5xx, timeout) may have been made: read back before posting again.
            const create = async () => {
                const made = await (0,_write_once_js__WEBPACK_IMPORTED_MODULE_4__/* .writeOnce */ .F)({
                    send: async () => (await api.rest.issues.createComment({ ...where, body })).data,
                    find: async () => {
                        const seen = new Set(comments.map((c) => c.id));
                        for await (const page of api.paginate.iterator(api.rest.issues.listComments, { ...where, per_page: 100 })) {
                            const made = page.data.find((c) => !seen.has(c.id) && (0,_domain_report_marker_js__WEBPACK_IMPORTED_MODULE_5__/* .hasMarker */ .xY)(c.body, key) && (c.body ?? '').trimEnd() === body.trimEnd());
                            if (made)
                                return made;
                        }
                        return undefined;
                    },
                });
                // The author of what we made is exactly who we are: later upserts by this sink need no guessing.
                if (made.user?.login)
                    identity = { logins: [made.user.login], source: 'created' };
                return made;
            };
            try {
                const remove = async (ids) => {
                    for (const id of ids) {
                        await api.rest.issues.deleteComment({ owner: repo.owner, repo: repo.repo, comment_id: id }).catch((error) => {
                            if ((0,_identity_js__WEBPACK_IMPORTED_MODULE_2__/* .httpStatus */ .n)(error) !== 404)
                                throw error;
                        });
                    }
                };
                // Duplicates left by an earlier race go first; for recreate, the old ones go only once the new one exists.
                if (plan.kind !== 'recreate')
                    await remove(plan.deleteIds);
                switch (plan.kind) {
                    case 'unchanged':
                        return { kind: 'unchanged', id: plan.id, url: plan.url ?? '' };
                    case 'update': {
                        try {
                            const { data } = await api.rest.issues.updateComment({ owner: repo.owner, repo: repo.repo, comment_id: plan.id, body });
                            return { kind: 'updated', id: data.id, url: data.html_url };
                        }
                        catch (error) {
                            if ((0,_identity_js__WEBPACK_IMPORTED_MODULE_2__/* .httpStatus */ .n)(error) !== 404)
                                throw error;
                            // Deleted between listing and updating: post a new one.
                            const data = await create();
                            return { kind: 'created', id: data.id, url: data.html_url };
                        }
                    }
                    case 'create': {
                        const data = await create();
                        return { kind: 'created', id: data.id, url: data.html_url };
                    }
                    case 'recreate': {
                        const data = await create();
                        await remove(plan.deleteIds);
                        const deletedId = plan.deleteIds[0];
                        return deletedId === undefined ? { kind: 'created', id: data.id, url: data.html_url } : { kind: 'recreated', id: data.id, url: data.html_url, deletedId };
                    }
                }
            }
            catch (error) {
                const ro = readOnly(error);
                if (ro)
                    return ro;
                throw githubError(`writing the comment on #${issueNumber}`, error);
            }
        },
    };
}


/***/ }),

/***/ 17410:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ EvidenceBranch),
/* harmony export */   b: () => (/* binding */ EVIDENCE_BRANCH)
/* harmony export */ });
/* harmony import */ var _domain_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(10241);
/* harmony import */ var _branch_files_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(78278);
/* harmony import */ var _identity_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(55082);



/** The branch that holds every release's evidence (SPEC §6; docs/evidence.md says why a branch). */
const EVIDENCE_BRANCH = 'mlgate-evidence';
/**
 * Evidence as files on a branch of the repository, written through the Git database API (blobs, a tree on top
 * of the branch's, a commit, a fast-forward of the ref) and read back by blob sha, which contents:read allows —
 * so the PR gate's read-only token (fork PRs included) reads what promote stored. A location is
 * `<branch>:<path>@<blob sha>`: the blob sha pins the exact bytes, the path says where to find them by hand.
 */
class EvidenceBranch {
    settings;
    kind = 'github';
    constructor(settings) {
        this.settings = settings;
    }
    get branch() {
        return this.settings.branch ?? EVIDENCE_BRANCH;
    }
    get target() {
        const { octokit, owner, repo } = this.settings;
        return { octokit, owner, repo, branch: this.branch };
    }
    async save(prefix, items) {
        const { owner, repo } = this.settings;
        const where = `${owner}/${repo} branch ${this.branch}`;
        try {
            const target = this.target;
            const entries = [];
            const locations = new Map();
            for (const item of items) {
                const sha = await (0,_branch_files_js__WEBPACK_IMPORTED_MODULE_1__/* .createBlob */ .gO)(target, item.bytes);
                const path = `${prefix}/${item.name}`;
                entries.push({ path, sha });
                locations.set(item.name, `${this.branch}:${path}@${sha}`);
            }
            // Another release may move (or create) the branch between our read and our write: commitFiles builds on the new head.
            await (0,_branch_files_js__WEBPACK_IMPORTED_MODULE_1__/* .commitFiles */ .zu)(target, entries, `mlgate evidence: ${prefix}`);
            return locations;
        }
        catch (error) {
            throw new _domain_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MlgateError */ .Bf('github', `storing the release's evidence on ${where} failed: ${error instanceof Error ? error.message : String(error)}${(0,_identity_js__WEBPACK_IMPORTED_MODULE_2__/* .httpStatus */ .n)(error) === 403 || (0,_identity_js__WEBPACK_IMPORTED_MODULE_2__/* .httpStatus */ .n)(error) === 404 ? "; the promote job needs 'permissions: contents: write'" : ''}`, { cause: error });
        }
    }
    async load(location) {
        const m = /@([0-9a-f]{40})$/.exec(location);
        if (!m)
            throw new Error(`'${location}' is not an evidence location (<branch>:<path>@<blob sha>)`);
        const { octokit, owner, repo } = this.settings;
        const blob = await octokit.rest.git.getBlob({ owner, repo, file_sha: m[1] });
        return Buffer.from(blob.data.content, blob.data.encoding === 'base64' ? 'base64' : 'utf8');
    }
}


/***/ }),

/***/ 50811:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ chooseEnvironment)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _domain_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(10241);
/* harmony import */ var _domain_text_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3373);
/* harmony import */ var _invocation_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(58386);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(26052);





/** The environments a config knows: those it declares under `environments:`, and where its models release. */
function knownEnvironments(config) {
    return [...new Set([...Object.keys(config.environments ?? {}), ...config.models.map((m) => m.environment)])];
}
/**
 * The environment a release command acts in: `environment` when given, else `fallback` (the model's). When the
 * config declares environments, a name it does not know is refused (a typo would otherwise record releases in an
 * environment without the protection rules of the intended one); a config that declares none accepts any name.
 */
function chooseEnvironment(inv, loaded, fallback, cwd) {
    const environment = (0,_invocation_js__WEBPACK_IMPORTED_MODULE_2__/* .stringOption */ .Pp)(inv, _options_js__WEBPACK_IMPORTED_MODULE_3__/* .Opt */ .e3.Environment) ?? fallback;
    const declared = Object.keys(loaded.config.environments ?? {});
    if (declared.length === 0)
        return environment;
    const known = knownEnvironments(loaded.config);
    if (known.includes(environment))
        return environment;
    const guess = (0,_domain_text_js__WEBPACK_IMPORTED_MODULE_4__/* .closest */ .k)(environment, known);
    const file = node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(cwd, loaded.file) || loaded.file;
    throw (0,_domain_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .usageError */ .Wp)(`${(0,_invocation_js__WEBPACK_IMPORTED_MODULE_2__/* .optionLabel */ .ed)(inv, _options_js__WEBPACK_IMPORTED_MODULE_3__/* .Opt */ .e3.Environment)} is '${environment}', which ${file} does not declare${guess ? `; did you mean '${guess}'?` : ''} Known environments: ${known.join(', ')} (add it under environments: in ${file} to release there)`);
}


/***/ }),

/***/ 74448:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  monitorCommand: () => (/* binding */ monitorCommand)
});

// EXTERNAL MODULE: ./src/adapters/evidence-store.ts + 1 modules
var evidence_store = __webpack_require__(74158);
// EXTERNAL MODULE: ./src/adapters/github-context.ts
var github_context = __webpack_require__(98487);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/domain/errors.ts
var errors = __webpack_require__(10241);
// EXTERNAL MODULE: ./src/domain/report/marker.ts
var marker = __webpack_require__(63925);
// EXTERNAL MODULE: ./src/adapters/github/branch-files.ts
var branch_files = __webpack_require__(78278);
// EXTERNAL MODULE: ./src/adapters/github/evidence-branch.ts
var evidence_branch = __webpack_require__(17410);
// EXTERNAL MODULE: ./src/adapters/github/identity.ts
var github_identity = __webpack_require__(55082);
;// CONCATENATED MODULE: ./src/adapters/github/monitor-history.ts





/** Where a key's history lives on the branch: under `monitor/` (the command's key, `monitor/<model>/<environment>`, is already). */
function historyPath(key) {
    const k = (0,marker/* sanitizeKey */.Pt)(key);
    return `${k.startsWith('monitor/') ? k : `monitor/${k}`}/history.json`;
}
const message = (error) => (error instanceof Error ? error.message : String(error));
/**
 * The monitor's run history as one file per model and environment on the evidence branch (SPEC §8): it lives as long
 * as the releases it is measured against, needs no artifact retention or extra service, and is read with
 * `contents: read`. Written through the Git database API like the evidence (a commit on top of the branch's head,
 * built again on the new head when another run moved it first); read by path at the branch's head.
 */
class MonitorHistoryBranch {
    settings;
    kind = 'github';
    constructor(settings) {
        this.settings = settings;
    }
    get target() {
        const { octokit, owner, repo, branch } = this.settings;
        return { octokit, owner, repo, branch: branch ?? evidence_branch/* EVIDENCE_BRANCH */.b };
    }
    where(key) {
        const t = this.target;
        return `${historyPath(key)} on ${t.owner}/${t.repo} branch ${t.branch}`;
    }
    async read(key) {
        const { octokit, owner, repo, branch } = this.target;
        try {
            const { data } = await octokit.rest.repos.getContent({ owner, repo, path: historyPath(key), ref: branch, mediaType: { format: 'raw' } });
            // With the raw media type the answer is the file's bytes, which Octokit hands over as text.
            if (typeof data !== 'string')
                throw new Error(`expected the file's raw text, got ${Array.isArray(data) ? 'a directory listing' : typeof data}`);
            return data;
        }
        catch (error) {
            // No branch yet, or no history for this key yet.
            if ((0,github_identity/* httpStatus */.n)(error) === 404)
                return undefined;
            throw new errors/* MlgateError */.Bf('github', `reading the monitor history ${this.where(key)} failed: ${message(error)}${(0,github_identity/* httpStatus */.n)(error) === 403 ? "; the monitor job needs 'permissions: contents: read'" : ''}`, { cause: error });
        }
    }
    async write(key, text) {
        const target = this.target;
        try {
            const sha = await (0,branch_files/* createBlob */.gO)(target, Buffer.from(text, 'utf8'));
            await (0,branch_files/* commitFiles */.zu)(target, [{ path: historyPath(key), sha }], `mlgate monitor: ${(0,marker/* sanitizeKey */.Pt)(key)}`);
        }
        catch (error) {
            const status = (0,github_identity/* httpStatus */.n)(error);
            throw new errors/* MlgateError */.Bf('github', `writing the monitor history ${this.where(key)} failed: ${message(error)}${status === 403 || status === 404 ? "; the monitor job needs 'permissions: contents: write' (the history lives on the evidence branch)" : ''}`, { cause: error });
        }
    }
}

// EXTERNAL MODULE: ./src/domain/report/upsert.ts
var upsert = __webpack_require__(55328);
// EXTERNAL MODULE: ./src/adapters/github/octokit.ts + 1 modules
var github_octokit = __webpack_require__(96706);
// EXTERNAL MODULE: ./src/adapters/github/write-once.ts
var write_once = __webpack_require__(33943);
;// CONCATENATED MODULE: ./src/adapters/github/monitor-issues.ts






function withMarker(key, body) {
    return `${(0,marker/* marker */.xL)(key)}\n${body}`;
}
function withoutMarker(key, body) {
    const text = body ?? '';
    if (!(0,marker/* hasMarker */.xY)(text, key))
        return text;
    const newline = text.indexOf('\n');
    return newline < 0 ? '' : text.slice(newline + 1);
}
function toIssue(key, data) {
    return { number: data.number, state: data.state === 'closed' ? 'closed' : 'open', title: data.title, body: withoutMarker(key, data.body), url: data.html_url };
}
/** What failed, GitHub's answer, and the permission a 403 means is missing. */
function githubError(what, error, permission) {
    const status = (0,github_identity/* httpStatus */.n)(error);
    const message = error instanceof Error ? error.message : String(error);
    const hint = status === 403 ? `; the monitor job needs 'permissions: ${permission}'` : status === 410 ? '; issues are disabled in this repository: enable them, or set monitor.on_degraded to fail' : '';
    return new errors/* MlgateError */.Bf('github', `${what} failed${status ? ` (HTTP ${status})` : ''}: ${message}${hint}`, { cause: error });
}
/**
 * The monitor's sticky issue on GitHub (SPEC §8): ours is the issue whose body starts with the key's hidden marker
 * (`<!-- mlgate:monitor/<model>/<environment> -->` for the monitor command's key)
 * AND whose author is this token's identity (someone else's issue with the same marker is left alone; pull
 * requests, which the issues list returns too, are skipped). Reads stop at the first answer: the oldest open one,
 * else the newest closed one.
 */
function createMonitorIssues(settings) {
    const { github, log } = settings;
    let identity = settings.identity;
    let octokit = settings.octokit;
    const where = () => {
        if (!github.repository)
            throw new errors/* MlgateError */.Bf('usage', 'the monitor issue needs a repository (GITHUB_REPOSITORY is not set)');
        return { owner: github.repository.owner, repo: github.repository.repo };
    };
    const client = () => {
        if (!github.token)
            throw new errors/* MlgateError */.Bf('usage', 'the monitor issue needs a GitHub token; set input github-token (or GITHUB_TOKEN for the CLI)');
        octokit ??= (0,github_octokit.createOctokit)({ token: github.token, apiUrl: github.apiUrl, log });
        return octokit;
    };
    const whoAmI = async () => {
        identity ??= await (0,github_identity/* tokenIdentity */.s)(client()).catch((error) => {
            throw githubError('finding the token identity (GET /user)', error, 'issues: read');
        });
        log.debug(`monitor issue identity: ${identity.logins.join(', ')} (${identity.source})`);
        return identity;
    };
    const ours = (key, me, i) => i.pull_request === undefined && (0,upsert/* isOurs */.MU)({ id: i.number, body: i.body, author: i.user?.login ?? null, app: i.performed_via_github_app?.slug ?? null }, key, me);
    /** The first of ours in the list's order, reading a page at a time. */
    const first = async (key, state, direction, match = () => true) => {
        const api = client();
        const me = await whoAmI();
        // A user's login is a documented `creator`; an App bot's login is left to the author check.
        const creator = me.source === 'user' ? { creator: me.logins[0] } : {};
        for await (const page of api.paginate.iterator(api.rest.issues.listForRepo, { ...where(), state, sort: 'created', direction, per_page: 100, ...creator })) {
            const found = page.data.find((i) => ours(key, me, i) && match(i));
            if (found)
                return found;
        }
        return undefined;
    };
    return {
        kind: 'github',
        async find(key) {
            try {
                const found = (await first(key, 'open', 'asc')) ?? (await first(key, 'closed', 'desc'));
                return found ? toIssue(key, found) : undefined;
            }
            catch (error) {
                if (error instanceof errors/* MlgateError */.Bf)
                    throw error;
                throw githubError(`listing the issues of ${where().owner}/${where().repo} for the monitor issue '${key}'`, error, 'issues: read');
            }
        },
        async create(key, content) {
            const api = client();
            const body = withMarker(key, content.body);
            try {
                // A create whose answer was lost (5xx, timeout) may have been made: read back before posting again.
                const made = await (0,write_once/* writeOnce */.F)({
                    send: async () => (await api.rest.issues.create({ ...where(), title: content.title, body })).data,
                    find: () => first(key, 'open', 'desc', (i) => i.title === content.title && (i.body ?? '').trimEnd() === body.trimEnd()),
                });
                // The author of what we made is exactly who we are: later reads by this store need no guessing.
                if (made.user?.login)
                    identity = { logins: [made.user.login], source: 'created' };
                return toIssue(key, made);
            }
            catch (error) {
                if (error instanceof errors/* MlgateError */.Bf)
                    throw error;
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
                    ...(content.state === 'closed' && issue.state === 'open' ? { state_reason: 'completed' } : {}),
                });
                return toIssue(key, data);
            }
            catch (error) {
                throw githubError(`updating the monitor issue #${issue.number} in ${where().owner}/${where().repo}`, error, 'issues: write');
            }
        },
        async comment(issue, body) {
            const api = client();
            const on = { ...where(), issue_number: issue.number };
            try {
                // The comments already there, so that a comment whose answer was lost is recognised as the new one.
                const seen = new Set();
                for await (const page of api.paginate.iterator(api.rest.issues.listComments, { ...on, per_page: 100 }))
                    for (const c of page.data)
                        seen.add(c.id);
                await (0,write_once/* writeOnce */.F)({
                    send: async () => (await api.rest.issues.createComment({ ...on, body })).data.id,
                    find: async () => {
                        for await (const page of api.paginate.iterator(api.rest.issues.listComments, { ...on, per_page: 100 })) {
                            const made = page.data.find((c) => !seen.has(c.id) && (c.body ?? '').trimEnd() === body.trimEnd());
                            if (made)
                                return made.id;
                        }
                        return undefined;
                    },
                });
            }
            catch (error) {
                throw githubError(`commenting on the monitor issue #${issue.number} in ${where().owner}/${where().repo}`, error, 'issues: write');
            }
        },
    };
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
;// CONCATENATED MODULE: ./src/adapters/local/monitor-files.ts


/** Where the local store keeps monitoring (issue files and run histories), relative to the working directory. */
const LOCAL_MONITOR_DIR = external_node_path_default().join('.mlgate', 'monitor');
/** A key (`monitor/<model>/<environment>`) as a file name: each part percent-encoded (dots too), joined by dots. */
function keyFileName(key, suffix) {
    const part = (s) => encodeURIComponent(s).replace(/\./g, '%2E').replace(/\*/g, '%2A');
    return `${key.split('/').map(part).join('.')}${suffix}`;
}
async function readIfExists(file) {
    try {
        return await (0,promises_.readFile)(file, 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return undefined;
        throw error;
    }
}
/** Writes the whole file at once (a killed process leaves the old file or the new one, never half of one). */
async function writeWhole(file, text) {
    await (0,promises_.mkdir)(external_node_path_default().dirname(file), { recursive: true });
    const staging = `${file}.partial-${process.pid}`;
    await (0,promises_.writeFile)(staging, text, 'utf8');
    await (0,promises_.rename)(staging, file);
}

;// CONCATENATED MODULE: ./src/adapters/local/monitor-history-file.ts


/** The run history as `.mlgate/monitor/<key>.history.json` (the domain owns its format). */
class MonitorHistoryFile {
    dir;
    kind = 'local';
    constructor(dir) {
        this.dir = dir;
    }
    fileFor(key) {
        return external_node_path_default().join(this.dir, keyFileName(key, '.history.json'));
    }
    read(key) {
        return readIfExists(this.fileFor(key));
    }
    write(key, text) {
        return writeWhole(this.fileFor(key), text);
    }
}

;// CONCATENATED MODULE: ./src/adapters/local/monitor-issue-file.ts




const STATE_PREFIX = '<!-- mlgate-issue-state: ';
const COMMENTS_LINE = '<!-- mlgate-issue-comments -->';
/**
 * The sticky issue as a Markdown file `.mlgate/monitor/<key>.issue.md`: the marker, its state, `# title`, the body,
 * then the comments (each appended, never rewritten). One file per key, numbered 1.
 */
class MonitorIssueFile {
    dir;
    now;
    kind = 'local';
    constructor(dir, now = () => new Date()) {
        this.dir = dir;
        this.now = now;
    }
    fileFor(key) {
        return external_node_path_default().join(this.dir, keyFileName(key, '.issue.md'));
    }
    async find(key) {
        const file = this.fileFor(key);
        const content = await readIfExists(file);
        if (content === undefined)
            return undefined;
        const parsed = this.parse(content, (0,marker/* marker */.xL)(key), file);
        return this.issue(key, parsed);
    }
    async create(key, content) {
        const file = { state: 'open', title: content.title, body: content.body, comments: '' };
        await this.save(key, file);
        return this.issue(key, file);
    }
    async update(key, _issue, content) {
        const current = await readIfExists(this.fileFor(key));
        const comments = current === undefined ? '' : this.parse(current, (0,marker/* marker */.xL)(key), this.fileFor(key)).comments;
        const file = { state: content.state, title: content.title, body: content.body, comments };
        await this.save(key, file);
        return this.issue(key, file);
    }
    async comment(issue, body) {
        const current = await readIfExists(issue.url);
        if (current === undefined)
            throw (0,errors/* inputError */.Xu)('the issue file to comment on is gone', { file: issue.url });
        const first = current.split('\n', 1)[0] ?? '';
        if (!/^<!-- mlgate:[^>]* -->$/.test(first))
            throw (0,errors/* inputError */.Xu)(`not mlgate's issue file: the first line is ${JSON.stringify(first.slice(0, 80))}`, { file: issue.url, line: 1 });
        const parsed = this.parse(current, first, issue.url);
        parsed.comments += `\n**${this.now().toISOString()}**: ${body.trim()}\n`;
        await writeWhole(issue.url, this.render(first, parsed));
    }
    issue(key, file) {
        return { number: 1, state: file.state, title: file.title, body: file.body, url: this.fileFor(key) };
    }
    /** `expectedMarker`: the first line the file must have. */
    parse(content, expectedMarker, file) {
        const lines = content.split('\n');
        if (lines[0] !== expectedMarker)
            throw (0,errors/* inputError */.Xu)(`not this issue's file: the first line is ${JSON.stringify((lines[0] ?? '').slice(0, 80))}; expected ${expectedMarker}`, { file, line: 1 });
        const stateLine = lines[1] ?? '';
        const state = stateLine === `${STATE_PREFIX}open -->` ? 'open' : stateLine === `${STATE_PREFIX}closed -->` ? 'closed' : undefined;
        if (!state)
            throw (0,errors/* inputError */.Xu)(`line 2 is ${JSON.stringify(stateLine.slice(0, 80))}; expected ${STATE_PREFIX}open --> or ${STATE_PREFIX}closed -->`, { file, line: 2 });
        const titleLine = lines[2] ?? '';
        if (!titleLine.startsWith('# '))
            throw (0,errors/* inputError */.Xu)(`line 3 is ${JSON.stringify(titleLine.slice(0, 80))}; expected '# <title>'`, { file, line: 3 });
        const rest = lines.slice(4).join('\n');
        const at = rest.indexOf(`\n${COMMENTS_LINE}\n`);
        const body = at < 0 ? rest : rest.slice(0, at);
        const comments = at < 0 ? '' : rest.slice(at + COMMENTS_LINE.length + 2);
        return { state, title: titleLine.slice(2), body: body.replace(/\n$/, ''), comments };
    }
    save(key, file) {
        return writeWhole(this.fileFor(key), this.render((0,marker/* marker */.xL)(key), file));
    }
    render(firstLine, file) {
        const text = [firstLine, `${STATE_PREFIX}${file.state} -->`, `# ${file.title.replace(/\s+/g, ' ')}`, '', file.body.replace(/\n$/, ''), '', COMMENTS_LINE, file.comments].join('\n');
        return text.endsWith('\n') ? text : `${text}\n`;
    }
}

// EXTERNAL MODULE: ./src/adapters/release-store.ts + 5 modules
var release_store = __webpack_require__(39300);
;// CONCATENATED MODULE: ./src/adapters/monitor-store.ts









/**
 * The monitor's sticky issue and run history that go with the release store of the same settings: an issue and a file
 * on the mlgate-evidence branch on GitHub, files under `.mlgate/monitor/` locally.
 */
function createMonitorStores(settings) {
    if (!(0,release_store/* githubChosen */.ei)(settings)) {
        const dir = external_node_path_default().resolve(settings.cwd, LOCAL_MONITOR_DIR);
        return { issues: new MonitorIssueFile(dir), history: new MonitorHistoryFile(dir) };
    }
    const { github } = settings;
    if (!github.token || !github.repository)
        throw (0,errors/* usageError */.Wp)("store 'github' needs a token and GITHUB_REPOSITORY=owner/name to keep the monitor's issue and history");
    const octokit = (0,github_octokit.createOctokit)({ token: github.token, apiUrl: github.apiUrl, log: settings.log, ...(settings.retries !== undefined ? { retries: settings.retries } : {}) });
    return {
        issues: createMonitorIssues({ github, log: settings.log, octokit }),
        history: new MonitorHistoryBranch({ octokit, owner: github.repository.owner, repo: github.repository.repo }),
    };
}

// EXTERNAL MODULE: ./src/domain/gate/metric-set.ts + 1 modules
var metric_set = __webpack_require__(52114);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(38816);
;// CONCATENATED MODULE: ./src/domain/monitor/run.ts
/** One monitor run as the history keeps it (SPEC §8): what was measured, the verdict and why, what was done. */

const monitorVerdicts = ['healthy', 'warn', 'degraded'];
/** One reason behind a verdict: `degraded` findings make the run degraded, `warn` ones (and what could not be checked) make it warn. */
const findingSchema = schemas/* object */.Ikc({
    level: schemas/* enum */.k5n(['degraded', 'warn']),
    /** Plain text; untrusted parts (column names, values) are escaped where it is rendered. */
    text: schemas/* string */.YjP(),
});
const driftMeasureSchema = schemas/* object */.Ikc({
    dataset: schemas/* string */.YjP(),
    column: schemas/* string */.YjP(),
    method: schemas/* string */.YjP(),
    score: schemas/* number */.aig(),
    threshold: schemas/* number */.aig(),
    status: schemas/* string */.YjP(),
});
const metricMeasureSchema = schemas/* object */.Ikc({
    name: schemas/* string */.YjP(),
    /** The value stored with the live release, when it has one. */
    release: schemas/* number */.aig().nullable(),
    live: schemas/* number */.aig().nullable(),
    /** Interval of live − release at the gate's level, from the labelled sample. */
    ci: schemas/* tuple */.PVZ([schemas/* number */.aig(), schemas/* number */.aig()]).optional(),
    status: schemas/* string */.YjP(),
    reason: schemas/* string */.YjP(),
});
const monitorRunSchema = schemas/* object */.Ikc({
    run_id: schemas/* string */.YjP().min(1),
    /** ISO 8601. */
    time: schemas/* string */.YjP(),
    release: schemas/* object */.Ikc({ version: schemas/* string */.YjP(), id: schemas/* number */.aig() }).nullable(),
    verdict: schemas/* enum */.k5n(monitorVerdicts),
    findings: schemas/* array */.YOg(findingSchema),
    drift: schemas/* array */.YOg(driftMeasureSchema),
    metrics: schemas/* array */.YOg(metricMeasureSchema),
    /** Labelled examples behind `metrics` (0 when no predictions were given). */
    labelled: schemas/* number */.aig().int().nonnegative(),
    /** What the run did about its verdict (issue, rollback, fail), as sentences. */
    actions: schemas/* array */.YOg(schemas/* string */.YjP()),
    /** Set when `on_degraded: rollback` rolled the release back in this run. */
    rolled_back: schemas/* boolean */.zMY().optional(),
    /**
     * Set (to the rollback's reason, `monitor: …`) when the run, monitoring with `rollback: defer`, found a rollback due
     * and left it to a later job (the rollback job of mlgate-monitor-rollback.yml). Counts like `rolled_back` for
     * "once per degradation".
     */
    rollback_requested: schemas/* string */.YjP().optional(),
});

;// CONCATENATED MODULE: ./src/domain/monitor/history.ts
/** The durable run history of one monitored model and environment: a versioned JSON document, newest run last. */


const HISTORY_FORMAT = 'mlgate-monitor-history';
const HISTORY_VERSION = 1;
/** Runs kept: enough for the trend charts and for a year of weekly runs; the oldest are dropped first. */
const HISTORY_LIMIT = 50;
const historySchema = schemas/* object */.Ikc({
    format: schemas/* literal */.euz(HISTORY_FORMAT),
    version: schemas/* literal */.euz(HISTORY_VERSION),
    model: schemas/* string */.YjP(),
    environment: schemas/* string */.YjP(),
    runs: schemas/* array */.YOg(monitorRunSchema),
});
/** The key of a model's monitoring in an environment: names its history and its sticky issue. */
function monitorKey(model, environment) {
    return `monitor/${model}/${environment}`;
}
function emptyHistory(model, environment) {
    return { format: HISTORY_FORMAT, version: HISTORY_VERSION, model, environment, runs: [] };
}
/** Parses stored history text; a broken or foreign document is refused with why (never overwritten blindly). */
function parseHistory(text, where) {
    let raw;
    try {
        raw = JSON.parse(text);
    }
    catch (error) {
        return { problem: `${where} is not JSON (${error instanceof Error ? error.message : String(error)})` };
    }
    if (raw && typeof raw === 'object' && 'version' in raw && (raw).version !== HISTORY_VERSION && raw.format === HISTORY_FORMAT) {
        return { problem: `${where} has format version ${JSON.stringify((raw).version)}; this mlgate reads version ${HISTORY_VERSION} (upgrade mlgate)` };
    }
    const parsed = historySchema.safeParse(raw);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        return { problem: `${where} is not a monitor history: ${issue ? `${issue.path.join('.') || '(root)'}: ${issue.message}` : 'invalid'}` };
    }
    return parsed.data;
}
function historyText(history) {
    return `${JSON.stringify(history, null, 2)}\n`;
}
function recordedRun(history, runId) {
    return history.runs.find((r) => r.run_id === runId);
}
/** The history with `run` appended, the oldest runs dropped beyond `limit`. */
function appendRun(history, run, limit = HISTORY_LIMIT) {
    const runs = [...history.runs, run];
    return { ...history, runs: runs.slice(Math.max(0, runs.length - limit)) };
}
/**
 * Whether a degraded run should roll back: only the first run of a streak of degraded runs does (a later degraded
 * run monitors the restored release, and rolling back again would walk down the whole release history).
 */
function rollbackDue(history) {
    for (let i = history.runs.length - 1; i >= 0; i--) {
        const run = history.runs[i];
        if (run.verdict !== 'degraded')
            return true;
        if (run.rolled_back || run.rollback_requested !== undefined)
            return false;
    }
    return true;
}
/** The reason a monitor rollback records on the reverted release (`monitor: <the degraded findings>`, at most 100 characters). */
function rollbackReason(run) {
    const why = run.findings.filter((f) => f.level === 'degraded').map((f) => f.text).join('; ');
    return `monitor: ${why}`.slice(0, 100);
}
/** Where a due rollback happens: `here` (this run, the rollback command's code path) or `defer` (a later job does it). */
const rollbackModes = ['here', 'defer'];
/**
 * The decision of a degraded run monitoring with `rollback: defer`: the same "once per degradation" rule as a rollback
 * done here (`rollbackDue`); when due, the run records `rollback_requested` and a later job rolls back.
 */
function deferredRollback(history, run) {
    if (run.verdict !== 'degraded')
        return { due: false, said: 'no rollback: the run is not degraded' };
    if (!rollbackDue(history))
        return { due: false, said: 'no rollback: this degradation was already rolled back (or its rollback requested) by an earlier run' };
    const reason = rollbackReason(run);
    return { due: true, reason, said: `rollback requested: ${reason}` };
}

// EXTERNAL MODULE: ./src/domain/gate/margin.ts
var margin = __webpack_require__(63902);
// EXTERNAL MODULE: ./src/domain/report/chart.ts
var chart = __webpack_require__(78443);
// EXTERNAL MODULE: ./src/domain/report/escape.ts
var report_escape = __webpack_require__(33576);
;// CONCATENATED MODULE: ./src/domain/monitor/issue-body.ts
/** The sticky issue's title and body: the latest verdict first and why, this run's measures, then the trend over recent runs. */



const ICON = { healthy: '✅', warn: '⚠️', degraded: '❌' };
/** Runs charted: enough to see a trend, few enough for readable axis labels. */
const TREND_RUNS = 20;
/** Series charted per kind (each chart is one line: xychart-beta has no legend). */
const MAX_DRIFT_CHARTS = 3;
const MAX_METRIC_CHARTS = 3;
const num = (x) => (x === null || x === undefined ? '—' : (0,margin/* formatNumber */.ZV)(x));
function issueTitle(model, environment, run) {
    const state = run.verdict === 'healthy' ? 'healthy again' : run.verdict;
    // A title is plain text, never Markdown; keep it one line.
    return `mlgate monitor: ${model} in ${environment} is ${state}`.replace(/[\u0000-\u001F\u007F]/g, ' ').slice(0, 250);
}
function releaseText(run) {
    return run.release ? `live release ${(0,report_escape/* text */.Qq)(run.release.version)} (#${run.release.id})` : 'no live release';
}
/** A point label per run: its date and time, short (Mermaid keeps a small alphabet; labels repeat-proofed by the chart). */
function runLabel(run) {
    const m = /^\d{4}-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(run.time);
    return m ? `${m[1]}-${m[2]} ${m[3]}.${m[4]}` : run.run_id;
}
function series(runs, value) {
    return runs.flatMap((r) => {
        const v = value(r);
        return typeof v === 'number' && Number.isFinite(v) ? [{ label: runLabel(r), value: v }] : [];
    });
}
/** Drift series worth charting: the columns scored highest (relative to their threshold) in the latest run. */
function trendCharts(history, latest) {
    const runs = history.runs.slice(-TREND_RUNS);
    const drift = [...latest.drift].sort((a, b) => b.score / (b.threshold || 1) - a.score / (a.threshold || 1)).slice(0, MAX_DRIFT_CHARTS);
    const charts = [];
    for (const d of drift) {
        const points = series(runs, (r) => r.drift.find((x) => x.dataset === d.dataset && x.column === d.column)?.score);
        if (points.length >= 2)
            charts.push((0,chart/* renderChart */.xt)({ metric: `drift ${d.dataset}.${d.column} (${d.method})`, points }));
    }
    for (const m of latest.metrics.filter((x) => x.live !== null).slice(0, MAX_METRIC_CHARTS)) {
        const points = series(runs, (r) => r.metrics.find((x) => x.name === m.name)?.live);
        if (points.length >= 2)
            charts.push((0,chart/* renderChart */.xt)({ metric: `live ${m.name}`, points }));
    }
    return charts;
}
/** The body (without the hidden marker, which the adapter adds). `history` already holds `run` as its newest run. */
function issueBody(input) {
    const { run, history } = input;
    const lines = [];
    lines.push(`## ${ICON[run.verdict]} ${(0,report_escape/* text */.Qq)(input.model)} in ${(0,report_escape/* text */.Qq)(input.environment)}: ${run.verdict}`, '');
    const at = input.runUrl ? `[run ${(0,report_escape/* text */.Qq)(run.run_id)}](${input.runUrl})` : `run ${(0,report_escape/* text */.Qq)(run.run_id)}`;
    lines.push(`Latest: ${at} at ${(0,report_escape/* text */.Qq)(run.time)}, ${releaseText(run)}.`, '');
    if (run.findings.length) {
        lines.push('**Why**', '');
        for (const f of run.findings)
            lines.push(`- ${f.level === 'degraded' ? '❌' : '⚠️'} ${(0,report_escape/* text */.Qq)(f.text, { max: 400 })}`);
        lines.push('');
    }
    else
        lines.push('No evidence of degradation: every data check passed, no column drifted past its threshold and no live metric is worse than its gate allows.', '');
    if (run.actions.length)
        lines.push(`**Done**: ${run.actions.map((a) => (0,report_escape/* text */.Qq)(a, { max: 300 })).join('; ')}.`, '');
    if (run.metrics.length) {
        lines.push(`### Live metrics (${run.labelled} labelled examples)`, '', '| Metric | Release | Live | Interval of live − release | Result |', '|---|---|---|---|---|');
        for (const m of run.metrics)
            lines.push(`| ${(0,report_escape/* text */.Qq)(m.name)} | ${num(m.release)} | ${num(m.live)} | ${m.ci ? `[${num(m.ci[0])}, ${num(m.ci[1])}]` : '—'} | ${(0,report_escape/* text */.Qq)(m.status)}: ${(0,report_escape/* text */.Qq)(m.reason, { max: 160 })} |`);
        lines.push('');
    }
    const drifted = run.drift.filter((d) => d.status !== 'pass');
    if (run.drift.length) {
        lines.push(`### Drift against the live release's data (${drifted.length} of ${run.drift.length} columns past their threshold)`, '');
        if (drifted.length) {
            lines.push('| Dataset | Column | Method | Score | Threshold | Result |', '|---|---|---|---|---|---|');
            for (const d of drifted)
                lines.push(`| ${(0,report_escape/* text */.Qq)(d.dataset)} | ${(0,report_escape/* text */.Qq)(d.column)} | ${(0,report_escape/* text */.Qq)(d.method)} | ${num(d.score)} | ${num(d.threshold)} | ${(0,report_escape/* text */.Qq)(d.status)} |`);
            lines.push('');
        }
    }
    const charts = trendCharts(history, run);
    if (charts.length)
        lines.push(`### Trend over the last ${Math.min(TREND_RUNS, history.runs.length)} runs`, '', ...charts.flatMap((c) => [c, '']));
    const recent = history.runs.slice(-10).reverse();
    lines.push('<details><summary>Recent runs</summary>', '', '| Run | When | Release | Verdict |', '|---|---|---|---|');
    for (const r of recent)
        lines.push(`| ${(0,report_escape/* text */.Qq)(r.run_id)} | ${(0,report_escape/* text */.Qq)(r.time)} | ${r.release ? `${(0,report_escape/* text */.Qq)(r.release.version)} (#${r.release.id})` : '—'} | ${ICON[r.verdict]} ${r.verdict}${r.rolled_back ? ' (rolled back)' : r.rollback_requested !== undefined ? ' (rollback requested)' : ''} |`);
    lines.push('', '</details>', '', `_Kept by \`mlgate monitor\`; ${history.runs.length} run(s) in the history._`);
    return `${lines.join('\n')}\n`;
}

// EXTERNAL MODULE: ./src/domain/drift/evaluate.ts + 8 modules
var evaluate = __webpack_require__(10332);
;// CONCATENATED MODULE: ./src/domain/monitor/verdict.ts


function monitorVerdict(findings) {
    if (findings.some((f) => f.level === 'degraded'))
        return 'degraded';
    return findings.length > 0 ? 'warn' : 'healthy';
}
const list = (items) => (items.length <= 5 ? items.join(', ') : `${items.slice(0, 5).join(', ')} and ${items.length - 5} more`);
/** Findings of one dataset's checks and drift (fresh data against the live release's profile). */
function datasetFindings(ds) {
    const out = [];
    const named = (c) => (c.column ? `${c.column} ${c.check}` : c.check);
    const failed = ds.checks.filter((c) => c.status === 'fail');
    const warned = ds.checks.filter((c) => c.status === 'warn');
    if (failed.length)
        out.push({ level: 'degraded', text: `${ds.name}: ${failed.length} data check(s) of severity error failed (${list(failed.map(named))})` });
    if (warned.length)
        out.push({ level: 'warn', text: `${ds.name}: ${warned.length} data check(s) of severity warn failed (${list(warned.map(named))})` });
    const drift = ds.drift ?? [];
    const describe = (d) => d.message?.startsWith('approximate: cannot tell')
        ? `${d.column} ${d.method} cannot tell (${(0,margin/* formatNumber */.ZV)(d.score)} ± ${(0,margin/* formatNumber */.ZV)(d.error_bound ?? Number.NaN)} against ${(0,margin/* formatNumber */.ZV)(d.threshold)})`
        : `${d.column} ${d.method} ${(0,margin/* formatNumber */.ZV)(d.score)} > ${(0,margin/* formatNumber */.ZV)(d.threshold)}`;
    const drifted = drift.filter((d) => d.status === 'fail');
    const driftWarn = drift.filter((d) => d.status === 'warn');
    if (drifted.length)
        out.push({ level: 'degraded', text: `${ds.name}: drift against the live release's data in ${list(drifted.map(describe))}` });
    if (driftWarn.length)
        out.push({ level: 'warn', text: `${ds.name}: drift (severity warn) against the live release's data in ${list(driftWarn.map(describe))}` });
    for (const d of drift.filter((x) => x.status === 'skipped' && x.column === '(dataset)'))
        out.push({ level: 'warn', text: `${ds.name}: drift not measured: ${d.message ?? 'no reason given'}` });
    // Identifiers are never compared, by design; any other column left out is said.
    const unmeasured = drift.filter((x) => x.status === 'skipped' && x.column !== '(dataset)' && x.message !== evaluate/* IDENTIFIER_SKIPPED */.P7);
    if (unmeasured.length)
        out.push({ level: 'warn', text: `${ds.name}: drift not measured for ${list(unmeasured.map((d) => `${d.column} (${d.message ?? 'no reason given'})`))}` });
    return out;
}
/** The gate's reasons speak of a candidate and a baseline; here they are the live model and the release. */
function liveWording(reason) {
    return reason.replace(/\bcandidate\b/g, 'live').replace(/\bbaseline\b/g, 'release');
}
/**
 * An inconclusive live metric whose point estimate is within what its gate tolerates: monitoring asks "is there evidence
 * that the model got worse?", and an interval that straddles the margin around a good estimate is no such evidence.
 */
function withinTolerance(m) {
    if (m.status !== 'inconclusive' || !m.significance || m.delta === null)
        return false;
    return m.direction === 'higher' ? m.delta >= m.significance.margin : m.delta <= m.significance.margin;
}
/** Findings of the live metrics gated against the release's stored metrics. */
function metricFindings(c) {
    const out = [];
    for (const m of c.metrics) {
        if (m.status === 'fail')
            out.push({ level: 'degraded', text: `live ${m.name}: ${liveWording(m.reason)}` });
        else if (m.status === 'warn' || (m.status === 'inconclusive' && !withinTolerance(m)))
            out.push({ level: 'warn', text: `live ${m.name}: ${liveWording(m.reason)}` });
    }
    return out;
}
/** The drift scores that were measured (skipped columns carry no score). */
function driftMeasures(ds) {
    return (ds.drift ?? []).filter((d) => d.status !== 'skipped').map((d) => ({ dataset: ds.name, column: d.column, method: d.method, score: d.score, threshold: d.threshold, status: d.status }));
}
function metricMeasures(c) {
    return c.metrics.map((m) => ({ name: m.name, release: m.baseline, live: m.candidate, ...(m.ci ? { ci: m.ci } : {}), status: m.status, reason: liveWording(m.reason) }));
}

// EXTERNAL MODULE: ./src/domain/release/state.ts
var state = __webpack_require__(99583);
// EXTERNAL MODULE: ./src/commands/environment.ts
var commands_environment = __webpack_require__(50811);
// EXTERNAL MODULE: ./src/commands/invocation.ts + 2 modules
var invocation = __webpack_require__(58386);
;// CONCATENATED MODULE: ./src/domain/monitor/issue-plan.ts
/**
 * The decision table (docs/monitoring.md). `history` is the history before `run` is appended; a run it already holds
 * is a rerun, which changes nothing.
 */
function planIssueAction(existing, run, history) {
    if (history.runs.some((r) => r.run_id === run.run_id))
        return { kind: 'unchanged', why: `run ${run.run_id} is already recorded; a rerun changes nothing` };
    const release = run.release ? `${run.release.version} (#${run.release.id})` : 'no live release';
    if (!existing)
        return run.verdict === 'degraded' ? { kind: 'create' } : { kind: 'none', why: `${run.verdict} and no issue open` };
    if (existing.state === 'open') {
        if (run.verdict === 'healthy')
            return { kind: 'close', note: `Healthy again in run ${run.run_id} (${run.time}, live release ${release}): closing.` };
        return { kind: 'update' };
    }
    if (run.verdict === 'degraded')
        return { kind: 'reopen', note: `Degraded again in run ${run.run_id} (${run.time}, live release ${release}): reopening.` };
    return { kind: 'unchanged', why: `${run.verdict}; the issue is closed and stays closed` };
}

// EXTERNAL MODULE: ./src/commands/rollback.ts + 1 modules
var rollback = __webpack_require__(50519);
// EXTERNAL MODULE: ./src/commands/options.ts
var commands_options = __webpack_require__(26052);
;// CONCATENATED MODULE: ./src/commands/monitor-act.ts





function onDegradedList(value) {
    if (value === undefined)
        return ['issue'];
    return [...new Set(typeof value === 'string' ? [value] : value)];
}
/** The `rollback` option: `here` (default) or `defer`. */
function parseRollbackMode(value, label) {
    if (value === undefined || value === '')
        return 'here';
    const mode = rollbackModes.find((m) => m === value);
    if (!mode)
        throw (0,errors/* usageError */.Wp)(`${label} is ${(0,errors/* quoted */.TL)(value)}; expected here (roll back in this run) or defer (record that a rollback is due and leave it to a later job)`);
    return mode;
}
/** Rolls back to the previous release through the rollback command's own code path (races, statuses, PR note). */
async function rollbackForMonitor(inv, ctx, run, history, environment, model) {
    if (!rollbackDue(history))
        return { rolledBack: false, said: 'no rollback: this degradation was already rolled back by an earlier run' };
    const reason = rollbackReason(run);
    const options = { [commands_options/* Opt */.e3.Config]: inv.options[commands_options/* Opt */.e3.Config], [commands_options/* Opt */.e3.Store]: inv.options[commands_options/* Opt */.e3.Store], [commands_options/* Opt */.e3.Model]: model, [commands_options/* Opt */.e3.Environment]: environment, [commands_options/* Opt */.e3.To]: 'previous', [commands_options/* Opt */.e3.Reason]: reason };
    const result = await rollback.rollbackCommand.run({ command: 'rollback', options, positionals: [], surface: inv.surface }, ctx);
    const outcome = result.json;
    if (outcome.outcome === 'refused')
        return { rolledBack: false, said: `rollback refused: ${outcome.reason}`, outcome };
    return { rolledBack: outcome.outcome === 'rolled-back', said: `rolled back ${outcome.rolled_back_version} → ${outcome.version} (reason "${reason}")`, outcome };
}
/** Applies the decision of `planIssueAction` through the MonitorIssues port. */
async function applyIssueAction(input) {
    const { issues, key } = input;
    const existing = await issues.find(key);
    if (!input.enabled) {
        if (existing?.state === 'open')
            return { action: 'unchanged', url: existing.url, said: `issue left as it is (on_degraded has no 'issue'): ${existing.url}` };
        return { action: 'none', said: "no issue (on_degraded has no 'issue')" };
    }
    const plan = planIssueAction(existing, input.run, input.history);
    switch (plan.kind) {
        case 'none':
            return { action: 'none', said: `no issue: ${plan.why}` };
        case 'unchanged':
            return { action: 'unchanged', ...(existing ? { url: existing.url } : {}), said: `issue unchanged: ${plan.why}` };
        case 'create': {
            const created = await issues.create(key, input.content());
            return { action: 'create', url: created.url, said: `issue opened: ${created.url}` };
        }
        case 'update': {
            const updated = await issues.update(key, existing, { ...input.content(), state: 'open' });
            return { action: 'update', url: updated.url, said: `issue updated: ${updated.url}` };
        }
        case 'reopen': {
            const reopened = await issues.update(key, existing, { ...input.content(), state: 'open' });
            await issues.comment(reopened, plan.note);
            return { action: 'reopen', url: reopened.url, said: `issue reopened: ${reopened.url}` };
        }
        case 'close': {
            const closed = await issues.update(key, existing, { ...input.content(), state: 'closed' });
            await issues.comment(closed, plan.note);
            return { action: 'close', url: closed.url, said: `issue closed with a note: ${closed.url}` };
        }
    }
}

// EXTERNAL MODULE: ./src/adapters/storage.ts + 2 modules
var storage = __webpack_require__(61648);
// EXTERNAL MODULE: ./src/domain/profile/checks.ts
var checks = __webpack_require__(97713);
// EXTERNAL MODULE: ./src/domain/profile/dataset.ts + 2 modules
var profile_dataset = __webpack_require__(66313);
// EXTERNAL MODULE: ./src/domain/validation/dataset-validator.ts + 2 modules
var dataset_validator = __webpack_require__(81332);
// EXTERNAL MODULE: ./src/io/data/files.ts
var data_files = __webpack_require__(2190);
// EXTERNAL MODULE: ./src/io/data/drift-reference.ts + 1 modules
var drift_reference = __webpack_require__(82629);
// EXTERNAL MODULE: ./src/io/data/read-dataset.ts
var read_dataset = __webpack_require__(13808);
// EXTERNAL MODULE: ./src/io/files/profile-file.ts
var profile_file = __webpack_require__(69980);
// EXTERNAL MODULE: ./src/commands/drift-step.ts
var drift_step = __webpack_require__(89112);
// EXTERNAL MODULE: ./src/commands/production-evidence.ts
var production_evidence = __webpack_require__(18125);
;// CONCATENATED MODULE: ./src/commands/monitor-data.ts
/** The monitor's data part: each fresh dataset validated with its configured checks and its drift measured against the live release's profile. */












/** A fresh file named `.json` is a profile made elsewhere (data files are .csv .tsv .jsonl .ndjson .parquet). */
const isProfile = (fresh) => typeof fresh === 'string' && /\.json$/i.test(fresh);
/**
 * The configured dataset as the monitor reads it: the fresh path, drift always against the live release's profile
 * (with the dataset's own drift settings when it has them), and no leakage check (it compares two datasets of one
 * training run, not production data).
 */
function freshDataset(dataset, fresh) {
    const { leakage: _leakage, ...rest } = dataset;
    return { ...rest, path: fresh, drift: { ...(dataset.drift ?? { method: 'auto' }), reference: 'production' } };
}
async function monitorData(input) {
    const { loaded, context } = input;
    const data = input.model.monitor?.data ?? {};
    const now = input.now ?? Date.now();
    const production = (name) => (0,production_evidence.productionFile)(input.live, input.environment, { profile: name }, input.evidence);
    const results = [];
    const notes = [];
    for (const [name, fresh] of Object.entries(data)) {
        const configured = loaded.config.datasets.find((d) => d.name === name);
        if (configured.leakage)
            notes.push(`${name}: the leakage check (against ${configured.leakage.against}) does not apply to fresh production data and was not run`);
        const dataset = freshDataset(configured, fresh);
        const where = `models[${input.modelIndex}].monitor.data.${name}`;
        if (isProfile(fresh)) {
            const profile = await (0,profile_file/* readProfileFile */.C)(external_node_path_default().resolve(loaded.root, fresh), fresh);
            const result = (0,checks/* profileDatasetResult */.R)(profile, dataset);
            const reference = await (0,drift_reference/* loadReference */.Q)(dataset, loaded.root, where, { cwd: context.cwd, env: context.env, cache: (0,storage/* createCache */.VC)(context), production });
            result.drift =
                'skipped' in reference
                    ? [{ column: '(dataset)', method: dataset.drift.method, score: 0, threshold: 0, status: 'skipped', message: reference.skipped }]
                    : (0,evaluate/* evaluateDrift */.$v)({ reference: await reference.columns, current: (0,profile_dataset/* profileDistributions */.R_)(profile), config: dataset.drift, columns: dataset.columns });
            if (!('skipped' in reference))
                await (0,drift_step.warnUnsaved)(reference, dataset.name, context);
            results.push(result);
            continue;
        }
        const files = await (0,data_files/* resolveDataFiles */.A)(fresh, loaded.root, where, context.cwd);
        const maxExamples = dataset.max_examples ?? loaded.config.report?.max_examples ?? dataset_validator/* DEFAULT_MAX_EXAMPLES */.b8;
        const validator = new dataset_validator/* DatasetValidator */.JJ(dataset, { now, maxExamples }, {});
        const drift = await (0,drift_step.prepareDrift)(dataset, loaded.root, context, where, production);
        await (0,read_dataset/* readForValidation */.bm)(files, dataset, validator, { env: context.env, now, maxExamples, ...(drift.collector ? { drift: drift.collector } : {}), ...(drift.threads ? { threads: drift.threads } : {}) });
        const result = validator.finish();
        result.drift = await drift.finish();
        results.push(result);
    }
    return { datasets: results, notes };
}

// EXTERNAL MODULE: ./src/domain/gate/evaluate.ts + 2 modules
var gate_evaluate = __webpack_require__(79039);
// EXTERNAL MODULE: ./src/domain/stats/classification.ts
var classification = __webpack_require__(9018);
// EXTERNAL MODULE: ./src/domain/stats/continuous.ts
var continuous = __webpack_require__(83793);
// EXTERNAL MODULE: ./src/domain/stats/paired.ts
var paired = __webpack_require__(37859);
// EXTERNAL MODULE: ./src/domain/stats/prng.ts
var stats_prng = __webpack_require__(1615);
// EXTERNAL MODULE: ./src/domain/stats/tests.ts
var tests = __webpack_require__(62005);
;// CONCATENATED MODULE: ./src/domain/monitor/live-metrics.ts





/** Fewer labelled examples than this tell nothing about a metric: its gate is inconclusive. */
const MIN_LABELLED = 30;
/** The metric as a function of per-example bootstrap weights, or why it cannot be computed. */
function weightedMetric(name, data) {
    const metric = (0,paired.exampleMetricOf)(name);
    if (!metric)
        return 'not computable from per-example predictions';
    const n = data.n;
    if (metric === 'auc') {
        if (!data.candScore)
            return 'AUC needs a score column';
        const labels = new Uint8Array(n);
        for (let i = 0; i < n; i++) {
            const y = data.label[i];
            if (y !== 0 && y !== 1)
                return `AUC needs 0/1 labels; found ${Number.isNaN(y) ? 'a non-number' : y} at example ${i + 1}`;
            labels[i] = y;
        }
        const sorted = (0,continuous/* sortScores */.WN)(data.candScore);
        return (w) => (0,continuous/* aucSorted */.nJ)(sorted, labels, w);
    }
    if (metric === 'accuracy' || metric === 'precision' || metric === 'recall' || metric === 'f1') {
        const table = (0,classification/* jointTable */.Fk)(data);
        if (!table)
            return `${metric} needs class labels (at most 100 distinct label and prediction texts)`;
        // Example → its cell of the table (candidate and baseline sides are the same live predictions).
        const C = table.classes;
        const binary = table.positive !== undefined;
        const label = binary ? data.label : data.labelCode;
        const pred = binary ? data.candPred : data.candCode;
        const cellByKey = new Map();
        for (let k = 0; k < table.count.length; k++)
            cellByKey.set((table.label[k] * C + table.cand[k]) * C + table.base[k], k);
        const cellOf = new Int32Array(n);
        for (let i = 0; i < n; i++)
            cellOf[i] = cellByKey.get((label[i] * C + pred[i]) * C + pred[i]);
        const counts = new Float64Array(table.count.length);
        return (w) => {
            if (!w)
                return (0,classification/* classificationMetric */.JQ)(metric, table, table.count, 0);
            counts.fill(0);
            for (let i = 0; i < n; i++)
                counts[cellOf[i]] = counts[cellOf[i]] + w[i];
            return (0,classification/* classificationMetric */.JQ)(metric, table, counts, 0);
        };
    }
    const mean = (0,continuous/* meanMetric */.y8)(metric, data);
    if (typeof mean === 'string')
        return mean;
    return (w) => {
        let s = 0;
        let total = 0;
        for (let i = 0; i < n; i++) {
            const weight = w ? w[i] : 1;
            s += weight * mean.cand[i];
            total += weight;
        }
        const m = s / total;
        return mean.sqrt ? Math.sqrt(m) : m;
    };
}
/** Point values and `resamples` bootstrap replicates of each named metric (resampling examples, seeded). */
function estimateLiveMetrics(data, names, settings) {
    const skipped = [];
    const fns = new Map();
    for (const name of names) {
        const fn = weightedMetric(name, data);
        if (typeof fn === 'string')
            skipped.push({ name, reason: fn });
        else
            fns.set(name, fn);
    }
    const draws = new Map([...fns.keys()].map((name) => [name, new Float64Array(settings.resamples)]));
    const prng = (0,stats_prng/* createPrng */.w)(settings.seed, 0x4d4f4e);
    const weights = new Float64Array(data.n);
    for (let b = 0; b < settings.resamples && fns.size > 0; b++) {
        weights.fill(0);
        for (let i = 0; i < data.n; i++) {
            const j = prng.nextBelow(data.n);
            weights[j] = weights[j] + 1;
        }
        for (const [name, fn] of fns)
            draws.get(name)[b] = fn(weights);
    }
    const estimates = new Map([...fns].map(([name, fn]) => [name, { value: fn(undefined), draws: draws.get(name) }]));
    return { n: data.n, estimates, skipped };
}
/** The interval of live − stored and the Holm-adjusted bootstrap p-value of "no change", per metric with a stored value. */
function liveSignificance(live, stored, alpha) {
    const rows = [];
    for (const [name, estimate] of live.estimates) {
        const base = stored.get(name);
        if (base === undefined || !Number.isFinite(base))
            continue;
        const finite = estimate.draws.filter((d) => !Number.isNaN(d)).sort();
        if (finite.length === 0)
            continue;
        let le = 0;
        let ge = 0;
        for (const d of finite) {
            if (d <= base)
                le++;
            if (d >= base)
                ge++;
        }
        const p = Math.min(1, (2 * (Math.min(le, ge) + 1)) / (finite.length + 1));
        const ci = [(0,tests/* percentileSorted */.vS)(finite, (alpha / 2) * 100) - base, (0,tests/* percentileSorted */.vS)(finite, (1 - alpha / 2) * 100) - base];
        rows.push({ name, ci, p });
    }
    const adjusted = (0,tests/* holmAdjust */.IZ)(rows.map((r) => r.p));
    return new Map(rows.map((r, i) => [r.name, { method: 'bootstrap', ci: r.ci, p_value: adjusted[i], n: live.n }]));
}

;// CONCATENATED MODULE: ./src/commands/monitor-metrics.ts
/** The monitor's performance part: the live metrics from labelled production predictions, gated against the metrics stored with the release. */





async function monitorMetrics(input) {
    const { model, live } = input;
    const file = model.monitor?.predictions;
    if (file === undefined)
        return { labelled: 0, findings: [], notes: [] };
    const findings = [];
    const notes = [];
    const sig = model.significance;
    const columns = { id: sig?.id_column ?? 'id', label: sig?.label_column ?? 'label', prediction: sig?.prediction_column ?? 'prediction', score: sig?.score_column ?? 'score' };
    const { readPredictions, joinPredictions } = await __webpack_require__.e(/* import() */ 1853).then(__webpack_require__.bind(__webpack_require__, 24234));
    const read = await readPredictions(external_node_path_default().resolve(input.loaded.root, file), file, columns);
    // Joined with itself: the paired layout the metric code reads (and a duplicate id is refused, naming its lines).
    const data = joinPredictions(read, read).data;
    if (!live) {
        findings.push({ level: 'warn', text: `live metrics not gated: no live release of ${model.name} in '${input.environment}' to compare with` });
        return { labelled: data.n, findings, notes };
    }
    const gated = Object.keys(model.gates);
    const measurable = gated.filter((g) => (0,paired.exampleMetricOf)(g) !== undefined);
    const unmeasurable = gated.filter((g) => (0,paired.exampleMetricOf)(g) === undefined);
    if (unmeasurable.length)
        notes.push(`not measured from labelled predictions (only accuracy, precision, recall, f1, auc, log_loss, mae, mse, rmse are): ${unmeasurable.join(', ')}`);
    const stored = new Map();
    for (const [name, value] of live.metrics.values)
        stored.set(name, value);
    const enough = data.n >= MIN_LABELLED;
    const estimates = estimateLiveMetrics(data, measurable, { resamples: enough ? (sig?.resamples ?? 2000) : 0, seed: sig?.seed ?? 1 });
    for (const s of estimates.skipped)
        findings.push({ level: 'warn', text: `live ${s.name} not measured: ${s.reason}` });
    const names = [...estimates.estimates.keys()];
    if (names.length === 0) {
        findings.push({ level: 'warn', text: `monitor.predictions is set, but none of the gated metrics (${gated.join(', ') || 'none'}) could be measured from it` });
        return { labelled: data.n, findings, notes };
    }
    const missing = names.filter((n) => !stored.has(n));
    if (missing.length)
        findings.push({ level: 'warn', text: `the live release ${live.version ?? '?'} stored no value of ${missing.join(', ')}; only absolute bounds apply to them` });
    const alpha = sig?.alpha ?? 0.05;
    const tooFew = `only ${data.n} labelled example(s); at least ${MIN_LABELLED} are needed to tell a change from noise`;
    const outcome = (0,gate_evaluate/* evaluateGates */.ud)({
        model: model.name,
        candidate: (0,metric_set/* metricsFromRecord */.pb)(Object.fromEntries(names.map((n) => [n, estimates.estimates.get(n).value]))),
        baseline: live,
        baselineSource: live.source,
        gates: Object.fromEntries(names.map((n) => [n, model.gates[n]])),
        ...(enough ? { significance: liveSignificance(estimates, stored, alpha) } : { significanceSkipped: new Map(names.map((n) => [n, { reason: tooFew, inconclusive: true }])) }),
        alpha,
    });
    return { comparison: outcome.result, labelled: data.n, findings, notes };
}

;// CONCATENATED MODULE: ./src/commands/monitor-text.ts

const MARK = { healthy: '✓', warn: '!', degraded: '✗' };
/** The human summary of a monitor run: verdict, why, the measures, what was done. */
function monitorText(out) {
    const { run } = out;
    const release = run.release ? `live release ${run.release.version} (#${run.release.id})` : 'no live release';
    const lines = [`mlgate monitor ${out.model} in ${out.environment}: ${run.verdict.toUpperCase()} (${release}, run ${run.run_id}${out.rerun ? ', already recorded' : ''})`];
    for (const f of run.findings)
        lines.push(`  ${f.level === 'degraded' ? MARK.degraded : MARK.warn} ${f.text}`);
    if (run.findings.length === 0)
        lines.push(`  ${MARK.healthy} no evidence of degradation: every data check passed, no column drifted past its threshold, no live metric is worse than its gate allows`);
    const drifted = run.drift.filter((d) => d.status !== 'pass');
    if (run.drift.length)
        lines.push(`  drift: ${drifted.length} of ${run.drift.length} column(s) past their threshold`);
    for (const m of run.metrics) {
        const v = (x) => (x === null ? '—' : (0,margin/* formatNumber */.ZV)(x));
        lines.push(`  live ${m.name}: ${v(m.release)} → ${v(m.live)}${m.ci ? ` (interval of the change [${(0,margin/* formatNumber */.ZV)(m.ci[0])}, ${(0,margin/* formatNumber */.ZV)(m.ci[1])}], n=${run.labelled})` : ''} — ${m.status}`);
    }
    for (const a of run.actions)
        lines.push(`  done: ${a}`);
    for (const n of out.notes)
        lines.push(`  note: ${n}`);
    lines.push(`  history: ${out.history.runs} run(s) (${out.history.store} store)`);
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./src/commands/monitor.ts

















const spec = {
    name: 'monitor',
    summary: "Check fresh production data (and labelled predictions) against the live release's evidence; keep one sticky issue.",
    options: [
        commands_options/* configOption */.KJ, commands_options/* jsonOption */.Ec, commands_options/* modelOption */.HI, commands_options/* environmentOption */.dp, commands_options/* storeOption */.XS,
        { name: commands_options/* Opt */.e3.Rollback, type: 'string', default: 'here', description: 'Where `on_degraded: rollback` rolls back: `here` (in this run) or `defer` (this run only records that a rollback is due and sets the `rollback-due` and `rollback-reason` outputs; a later job with `deployments: write` rolls back, as mlgate-monitor-rollback.yml does).' },
        { name: commands_options/* Opt */.e3.GithubToken, type: 'string', default: '${{ github.token }}', only: 'action', description: 'Token for the GitHub API. Needs `deployments: read` and `contents: write` (the run history on the mlgate-evidence branch), `issues: write` for the sticky issue, and `deployments: write` for `on_degraded: rollback`.' },
    ],
    outputs: [
        { name: 'verdict', description: 'healthy, warn or degraded.' },
        { name: 'run-id', description: 'Id of this run in the history (the workflow run id; a rerun of it changes nothing).' },
        { name: 'issue-url', description: 'The sticky issue (or, locally, its file), when there is one.' },
        { name: 'live-version', description: 'Version of the release that was monitored.' },
        { name: 'rolled-back', description: "true when on_degraded: rollback rolled the release back in this run." },
        { name: 'rollback-due', description: 'With `rollback: defer`: true when this run found a rollback due (the first degraded run of a streak; never on a rerun), else false.' },
        { name: 'rollback-reason', description: 'With `rollback: defer` and a rollback due: its reason (`monitor: …`), for the rollback action.' },
    ],
    stepAction: true,
};
function liveBaseline(live, environment) {
    if (!live)
        return undefined;
    return { metrics: (0,metric_set/* metricsFromRecord */.pb)(live.payload.metrics), source: `${environment} release`, version: live.payload.model.version, release: { id: live.id, evidence: live.payload.evidence } };
}
async function readHistory(stores, key, model, environment) {
    const text = await stores.history.read(key);
    if (text === undefined)
        return emptyHistory(model, environment);
    const parsed = parseHistory(text, `the monitor history '${key}' (${stores.history.kind} store)`);
    if ('problem' in parsed)
        throw (0,errors/* inputError */.Xu)(`${parsed.problem}; it was left as it is (fix or remove it to start a new history)`);
    return parsed;
}
function result(out, exitCode, failOnDegraded, markdown) {
    // A rerun never asks for a rollback again (the first attempt's rollback job did, or its own rerun does).
    const requested = out.rerun ? undefined : out.run.rollback_requested;
    const failed = out.run.verdict === 'degraded' && failOnDegraded;
    return {
        exitCode,
        text: monitorText(out),
        json: out,
        markdown,
        outputs: { verdict: out.run.verdict, 'run-id': out.run.run_id, 'issue-url': out.issue.url ?? '', 'live-version': out.run.release?.version ?? '', 'rolled-back': String(out.run.rolled_back === true), 'rollback-due': String(requested !== undefined), 'rollback-reason': requested ?? '' },
        ...(failed ? { failure: `${out.model} in ${out.environment} is degraded: ${out.run.findings.filter((f) => f.level === 'degraded').map((f) => f.text).join('; ')}` } : {}),
    };
}
const monitorCommand = {
    spec,
    async run(inv, ctx) {
        const loaded = await (0,invocation/* loadConfig */.Z9)(inv, ctx);
        const model = (0,invocation/* selectModel */.U8)(inv, loaded.config);
        const modelIndex = loaded.config.models.indexOf(model);
        const monitor = model.monitor;
        if (!monitor)
            throw (0,errors/* configError */.Fj)(`model '${model.name}' has no monitor: section; add models[${modelIndex}].monitor with the fresh data (and labelled predictions) to check (SPEC §8)`, { file: loaded.file, field: `models[${modelIndex}].monitor` });
        if (Object.keys(monitor.data).length === 0 && monitor.predictions === undefined)
            throw (0,errors/* configError */.Fj)(`models[${modelIndex}].monitor names no data and no predictions: nothing to monitor`, { file: loaded.file, field: `models[${modelIndex}].monitor` });
        const environment = (0,commands_environment/* chooseEnvironment */.H)(inv, loaded, monitor.environment ?? model.environment, ctx.cwd);
        const actions = onDegradedList(monitor.on_degraded);
        const settings = { choice: (0,release_store/* parseStoreChoice */.cm)((0,invocation/* stringOption */.Pp)(inv, commands_options/* Opt */.e3.Store), (0,invocation/* optionLabel */.ed)(inv, commands_options/* Opt */.e3.Store)), cwd: ctx.cwd, github: ctx.github, inActions: ctx.inActions, log: ctx.log };
        const stores = createMonitorStores(settings);
        const key = monitorKey(model.name, environment);
        const history = await readHistory(stores, key, model.name, environment);
        const runId = ctx.github.runId !== undefined ? String(ctx.github.runId) : `local-${new Date().toISOString()}`;
        const fail = actions.includes('fail');
        const rollbackMode = parseRollbackMode((0,invocation/* stringOption */.Pp)(inv, commands_options/* Opt */.e3.Rollback), (0,invocation/* optionLabel */.ed)(inv, commands_options/* Opt */.e3.Rollback));
        const recorded = recordedRun(history, runId);
        if (recorded) {
            const issue = await stores.issues.find(key);
            const out = { model: model.name, environment, run: recorded, rerun: true, issue: { action: 'unchanged', ...(issue ? { url: issue.url } : {}) }, notes: [`run ${runId} is already in the history: nothing was done again (no history write, no issue change, no rollback)`], history: { store: stores.history.kind, runs: history.runs.length } };
            return result(out, recorded.verdict === 'degraded' && fail ? 1 : 0, fail, issueBody({ model: model.name, environment, run: recorded, history }));
        }
        const store = (0,release_store.createReleaseStore)(settings);
        const live = (0,state/* findLive */.KI)(await (0,release_store/* loadReleases */.ze)(store, environment, model.name, state/* untilLive */.TB));
        const baseline = liveBaseline(live, environment);
        const evidence = () => Promise.resolve((0,evidence_store.createEvidenceStore)(settings));
        const data = await monitorData({ loaded, model, modelIndex, live: baseline, environment, evidence, context: ctx });
        const metrics = await monitorMetrics({ loaded, model, modelIndex, live: baseline, environment });
        const findings = [
            ...(live ? [] : [{ level: 'warn', text: `no live release of ${model.name} in '${environment}': nothing to compare the fresh data with` }]),
            ...data.datasets.flatMap(datasetFindings),
            ...metrics.findings,
            ...(metrics.comparison ? metricFindings(metrics.comparison) : []),
        ];
        const run = {
            run_id: runId,
            time: new Date().toISOString(),
            release: live ? { version: live.payload.model.version, id: live.id } : null,
            verdict: monitorVerdict(findings),
            findings,
            drift: data.datasets.flatMap(driftMeasures),
            metrics: metrics.comparison ? metricMeasures(metrics.comparison) : [],
            labelled: metrics.labelled,
            actions: [],
        };
        if (run.verdict === 'degraded') {
            if (actions.includes('rollback') && rollbackMode === 'defer') {
                const decision = deferredRollback(history, run);
                run.actions.push(decision.said);
                if (decision.due)
                    run.rollback_requested = decision.reason;
            }
            else if (actions.includes('rollback')) {
                const attempt = await rollbackForMonitor(inv, ctx, run, history, environment, model.name);
                run.actions.push(attempt.said);
                if (attempt.rolledBack)
                    run.rolled_back = true;
            }
            if (fail)
                run.actions.push('failed the run (on_degraded: fail)');
        }
        const next = appendRun(history, { ...run, actions: [...run.actions] });
        const url = (0,github_context/* runUrl */.V)(ctx.github);
        const content = () => ({ title: issueTitle(model.name, environment, run), body: issueBody({ model: model.name, environment, run, history: next, ...(url ? { runUrl: url } : {}) }) });
        const issue = await applyIssueAction({ issues: stores.issues, key, run, history, enabled: actions.includes('issue'), content });
        run.actions.push(issue.said);
        // The history keeps the run with everything it did (the issue's body was rendered before the issue was written).
        await stores.history.write(key, historyText(appendRun(history, run)));
        if (run.verdict === 'degraded' && !fail)
            ctx.log.warning(`${model.name} in ${environment} is degraded: ${run.findings.filter((f) => f.level === 'degraded').map((f) => f.text).join('; ')}`);
        const out = { model: model.name, environment, run, rerun: false, issue: { action: issue.action, ...(issue.url ? { url: issue.url } : {}) }, notes: [...data.notes, ...metrics.notes], history: { store: stores.history.kind, runs: next.runs.length } };
        return result(out, run.verdict === 'degraded' && fail ? 1 : 0, fail, content().body);
    },
};


/***/ }),

/***/ 50519:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createRollbackCommand: () => (/* binding */ createRollbackCommand),
  rollbackCommand: () => (/* binding */ rollbackCommand)
});

// EXTERNAL MODULE: ./src/adapters/github/comments.ts
var comments = __webpack_require__(18598);
// EXTERNAL MODULE: ./src/adapters/release-store.ts + 5 modules
var release_store = __webpack_require__(39300);
// EXTERNAL MODULE: ./src/domain/report/escape.ts
var report_escape = __webpack_require__(33576);
// EXTERNAL MODULE: ./src/domain/report/marker.ts
var marker = __webpack_require__(63925);
;// CONCATENATED MODULE: ./src/domain/release/comment.ts


/** The comment key of the note on the PR that introduced a reverted release (reruns update it, never duplicate). */
function rollbackCommentKey(reverted) {
    return `rollback-${reverted.id}`;
}
/** Markdown for the PR that introduced the reverted release; names, versions and the reason are untrusted. */
function rollbackCommentBody(input) {
    const { reverted, restored } = input;
    return [
        (0,marker/* marker */.xL)(rollbackCommentKey(reverted)),
        `### ⏪ mlgate rolled back ${(0,report_escape/* text */.Qq)(reverted.payload.model.name)} ${(0,report_escape/* text */.Qq)(reverted.payload.model.version)} in ${(0,report_escape/* text */.Qq)(input.environment)}`,
        '',
        `The release this pull request introduced (deployment ${reverted.id}) was rolled back to ${(0,report_escape/* text */.Qq)(restored.payload.model.version)} (deployment ${restored.id}, restored as deployment ${input.newId}).`,
        '',
        `**Reason:** ${(0,report_escape/* text */.Qq)(input.reason, { max: 500 })}`,
        ...(input.runUrl ? ['', `[Rollback run](${encodeURI(input.runUrl)})`] : []),
        '',
    ].join('\n');
}

// EXTERNAL MODULE: ./src/domain/release/plan.ts
var release_plan = __webpack_require__(20171);
// EXTERNAL MODULE: ./src/domain/release/state.ts
var state = __webpack_require__(99583);
// EXTERNAL MODULE: ./src/commands/environment.ts
var commands_environment = __webpack_require__(50811);
// EXTERNAL MODULE: ./src/commands/invocation.ts + 2 modules
var invocation = __webpack_require__(58386);
// EXTERNAL MODULE: ./src/commands/options.ts
var options = __webpack_require__(26052);
;// CONCATENATED MODULE: ./src/commands/rollback.ts








const spec = {
    name: 'rollback',
    summary: 'Revert an environment to an earlier release.',
    options: [
        options/* configOption */.KJ, options/* jsonOption */.Ec, options/* modelOption */.HI, options/* environmentOption */.dp,
        { name: options/* Opt */.e3.To, type: 'string', default: 'previous', description: 'previous, a version, or a deployment id.' },
        { name: options/* Opt */.e3.Reason, type: 'string', description: 'Why (recorded on the reverted release as "rolled back: <reason>").' },
        options/* dryRunOption */.SV, options/* storeOption */.XS, options/* tokenOption */.Pc,
    ],
    outputs: [
        { name: 'version', description: 'Restored model version.' },
        { name: 'uri', description: 'Restored model URI.' },
        { name: 'sha', description: 'Commit of the restored release.' },
        { name: 'artifact-name', description: 'Artifact of the restored release.' },
        { name: 'artifact-run-id', description: 'Run that holds that artifact.' },
        { name: 'deployment-id', description: 'Id of the new deployment.' },
        { name: 'rolled-back-version', description: 'Version that was reverted.' },
    ],
    stepAction: true,
};
function refused(reason) {
    return { exitCode: 1, text: `Refused: ${reason} Nothing changed.`, json: { outcome: 'refused', reason }, failure: reason, markdown: `### mlgate rollback\n\nRefused: ${reason} Nothing changed.\n` };
}
/** A rerun of a rollback that already happened: report the restored release again, change nothing. */
function rerun(live, reason, releases) {
    const p = live.payload;
    const reverted = releases.find((r) => r.id === p.rollback_of);
    const artifact = p.artifact ? { name: p.artifact.name, run_id: p.artifact.run_id ?? null } : null;
    const json = { outcome: 'already-rolled-back', deployment_id: live.id, version: p.model.version, uri: p.model.uri ?? null, sha: live.sha, artifact, target_deployment_id: live.id, rolled_back_deployment_id: p.rollback_of ?? 0, rolled_back_version: reverted?.payload.model.version ?? '', reason: p.rollback_reason ?? '', comment: 'rerun: no new comment' };
    return {
        exitCode: 0,
        text: reason,
        json,
        outputs: { version: p.model.version, uri: p.model.uri ?? '', sha: live.sha, 'artifact-name': artifact?.name ?? '', 'artifact-run-id': artifact?.run_id != null ? String(artifact.run_id) : '', 'deployment-id': String(live.id), 'rolled-back-version': reverted?.payload.model.version ?? '' },
    };
}
async function commentOnPr(sink, reverted, body, log) {
    const pr = reverted.payload.source.pr;
    if (pr === null || pr === undefined)
        return 'no pull request recorded on the reverted release';
    if (!sink)
        return `PR #${pr} not commented: comments go with the GitHub store and a token`;
    try {
        const outcome = await sink.upsert({ issueNumber: pr, key: rollbackCommentKey(reverted), body, mode: 'update' });
        if (outcome.kind === 'read-only' || outcome.kind === 'skipped')
            return `PR #${pr} not commented: ${outcome.reason}`;
        return `PR #${pr} comment ${outcome.kind}: ${outcome.url}`;
    }
    catch (error) {
        const message = `could not comment on PR #${pr}: ${error instanceof Error ? error.message : String(error)}`;
        log.warning(message);
        return message;
    }
}
function createRollbackCommand(deps) {
    return {
        spec,
        async run(inv, ctx) {
            const loaded = await (0,invocation/* loadConfig */.Z9)(inv, ctx);
            const { config } = loaded;
            const model = (0,invocation/* selectModel */.U8)(inv, config);
            const environment = (0,commands_environment/* chooseEnvironment */.H)(inv, loaded, model.environment, ctx.cwd);
            const dryRun = (0,invocation/* booleanOption */.Ic)(inv, options/* Opt */.e3.DryRun);
            const reason = (0,invocation/* stringOption */.Pp)(inv, options/* Opt */.e3.Reason) ?? `rollback by ${ctx.github.actor ?? 'hand'}`;
            const store = (0,release_store.createReleaseStore)({ choice: (0,release_store/* parseStoreChoice */.cm)((0,invocation/* stringOption */.Pp)(inv, options/* Opt */.e3.Store), (0,invocation/* optionLabel */.ed)(inv, options/* Opt */.e3.Store)), cwd: ctx.cwd, github: ctx.github, inActions: ctx.inActions, log: ctx.log });
            const enough = (0,release_plan/* rollbackReadEnough */.hI)((0,invocation/* stringOption */.Pp)(inv, options/* Opt */.e3.To));
            const releases = await (0,release_store/* loadReleases */.ze)(store, environment, model.name, enough);
            const plan = (0,release_plan/* planRollback */.II)({ releases, to: (0,release_plan/* parseRollbackTarget */.Rm)((0,invocation/* stringOption */.Pp)(inv, options/* Opt */.e3.To), releases), reason, ...(ctx.github.runId !== undefined ? { runId: ctx.github.runId } : {}) });
            if (plan.kind === 'refused')
                return refused(plan.reason);
            if (plan.kind === 'noop')
                return rerun(plan.live, plan.reason, releases);
            const { reverted, target } = plan;
            const restored = target.payload;
            const base = {
                version: restored.model.version,
                uri: restored.model.uri ?? null,
                sha: target.sha,
                artifact: restored.artifact ? { name: restored.artifact.name, run_id: restored.artifact.run_id ?? null } : null,
                target_deployment_id: target.id,
                rolled_back_deployment_id: reverted.id,
                rolled_back_version: reverted.payload.model.version,
                reason,
            };
            const outputs = (deploymentId) => ({
                version: base.version,
                uri: base.uri ?? '',
                sha: base.sha,
                'artifact-name': base.artifact?.name ?? '',
                'artifact-run-id': base.artifact?.run_id != null ? String(base.artifact.run_id) : '',
                'deployment-id': deploymentId === null ? '' : String(deploymentId),
                'rolled-back-version': base.rolled_back_version,
            });
            const what = `${model.name} ${reverted.payload.model.version} (#${reverted.id}) → ${restored.model.version} (#${target.id}) in ${environment}`;
            if (dryRun) {
                const text = `Dry run: would roll back ${what}, marking #${reverted.id} "${plan.revertDescription}". Nothing changed.`;
                return { exitCode: 0, text, json: { outcome: 'dry-run', deployment_id: null, ...base, comment: 'dry run' }, outputs: outputs(null), markdown: `### mlgate rollback\n\n${text}\n` };
            }
            // Someone may have released since we looked: check again before writing anything.
            const early = (0,release_plan/* detectRace */.FL)({ snapshot: plan.snapshot, expectedLiveId: reverted.id, ownId: -1, now: await (0,release_store/* loadReleases */.ze)(store, environment, model.name, enough) });
            if (early)
                return refused(early.message);
            const key = (0,release_store/* idempotencyKey */.T5)(ctx.github);
            const created = await store.create({ environment, ref: plan.ref, payload: { ...plan.payload, idempotency_key: key }, description: plan.description, idempotencyKey: key });
            const logUrl = (0,release_store/* runLogUrl */.lm)(ctx.github);
            await store.setStatus(created.id, { state: 'in_progress', description: (0,state/* describe */.q0)(`restoring ${restored.model.version} (#${target.id})`), ...(logUrl ? { logUrl } : {}) });
            const race = (0,release_plan/* detectRace */.FL)({ snapshot: plan.snapshot, expectedLiveId: reverted.id, ownId: created.id, now: await (0,release_store/* loadReleases */.ze)(store, environment, model.name, enough) });
            if (race) {
                await store.setStatus(created.id, { state: 'error', description: (0,state/* describe */.q0)(`not rolled back: ${race.message}`), ...(logUrl ? { logUrl } : {}) });
                return refused(`${race.message} (this attempt is recorded as deployment #${created.id} with state error; the live release is untouched).`);
            }
            await store.setStatus(reverted.id, { state: 'failure', description: plan.revertDescription });
            await store.setStatus(created.id, { state: 'success', description: (0,state/* describe */.q0)(`${restored.model.name} ${restored.model.version} restored (rollback of #${reverted.id})`), ...(config.environments?.[environment]?.url ? { environmentUrl: config.environments[environment].url } : {}), ...(logUrl ? { logUrl } : {}) });
            await (0,release_store/* markSuperseded */.QX)(store, environment, model.name, { id: created.id, version: restored.model.version }, ctx.log);
            // The note on the PR belongs with GitHub releases; the local store (a laptop, the demo) does not comment.
            const comment = await commentOnPr(store.kind === 'github' ? deps.comments(ctx) : undefined, reverted, rollbackCommentBody({ reverted, restored: target, newId: created.id, reason, environment, runUrl: logUrl }), ctx.log);
            const text = [
                `Rolled back ${what} as deployment #${created.id}.`,
                `#${reverted.id} is marked failure: "${plan.revertDescription}".`,
                `Redeploy: version ${base.version}${base.uri ? `, uri ${base.uri}` : ''}, sha ${base.sha}${base.artifact ? `, artifact ${base.artifact.name}` : ''}.`,
                comment,
            ].join('\n');
            return { exitCode: 0, text, json: { outcome: 'rolled-back', deployment_id: created.id, ...base, comment }, outputs: outputs(created.id), markdown: `### mlgate rollback\n\n${text.replace(/\n/g, '\n\n')}\n` };
        },
    };
}
const rollbackCommand = createRollbackCommand({
    comments: (ctx) => (ctx.github.token && ctx.github.repository ? (0,comments/* createCommentSink */.N)({ github: ctx.github, log: ctx.log }) : undefined),
});


/***/ }),

/***/ 9018:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fk: () => (/* binding */ jointTable),
/* harmony export */   JQ: () => (/* binding */ classificationMetric),
/* harmony export */   Rd: () => (/* binding */ swapCells)
/* harmony export */ });
/** Binary when every label and prediction is 0 or 1 (sklearn's default pos_label=1); else macro over classes. */
function jointTable(data) {
    const { n } = data;
    let binary = true;
    for (let i = 0; i < n && binary; i++) {
        const l = data.label[i];
        const a = data.candPred[i];
        const b = data.basePred[i];
        if ((l !== 0 && l !== 1) || (a !== 0 && a !== 1) || (b !== 0 && b !== 1))
            binary = false;
    }
    let C;
    let lc;
    let cc;
    let bc;
    if (binary) {
        C = 2;
        [lc, cc, bc] = [data.label, data.candPred, data.basePred];
    }
    else {
        if (!data.classes || !data.labelCode || !data.candCode || !data.baseCode)
            return undefined;
        C = data.classes.length;
        [lc, cc, bc] = [data.labelCode, data.candCode, data.baseCode];
    }
    // Cell counts in a dense array (C ≤ MAX_CLASSES, so at most 10^6 cells).
    const dense = new Float64Array(C * C * C);
    for (let i = 0; i < n; i++) {
        const key = (lc[i] * C + cc[i]) * C + bc[i];
        dense[key] = dense[key] + 1;
    }
    const cells = new Map();
    for (let key = 0; key < dense.length; key++)
        if (dense[key] > 0)
            cells.set(key, dense[key]);
    const keys = [...cells.keys()].sort((x, y) => x - y);
    const t = {
        classes: C,
        positive: binary ? 1 : undefined,
        label: new Int32Array(keys.length),
        cand: new Int32Array(keys.length),
        base: new Int32Array(keys.length),
        count: new Float64Array(keys.length),
    };
    keys.forEach((key, k) => {
        t.label[k] = Math.floor(key / (C * C));
        t.cand[k] = Math.floor(key / C) % C;
        t.base[k] = key % C;
        t.count[k] = cells.get(key);
    });
    return t;
}
/** sklearn's precision/recall/F1 with zero_division=0 ("warn" returns 0 too). */
function safeDiv(a, b) {
    return b === 0 ? 0 : a / b;
}
/**
 * The metric of one side from cell counts (`side`: 0 candidate, 1 baseline), as scikit-learn computes
 * it: accuracy_score; precision/recall/f1_score with average='binary', pos_label=1 for 0/1 data, else
 * average='macro' over the labels present in y_true ∪ y_pred.
 */
function classificationMetric(metric, t, counts, side) {
    const C = t.classes;
    const pred = side === 0 ? t.cand : t.base;
    const tp = new Float64Array(C);
    const predicted = new Float64Array(C);
    const actual = new Float64Array(C);
    let total = 0;
    let correct = 0;
    for (let k = 0; k < counts.length; k++) {
        const w = counts[k];
        if (w === 0)
            continue;
        const l = t.label[k];
        const p = pred[k];
        total += w;
        predicted[p] = predicted[p] + w;
        actual[l] = actual[l] + w;
        if (l === p) {
            correct += w;
            tp[l] = tp[l] + w;
        }
    }
    if (metric === 'accuracy')
        return correct / total;
    const perClass = (c) => {
        const precision = safeDiv(tp[c], predicted[c]);
        const recall = safeDiv(tp[c], actual[c]);
        if (metric === 'precision')
            return precision;
        if (metric === 'recall')
            return recall;
        return safeDiv(2 * tp[c], predicted[c] + actual[c]);
    };
    if (t.positive !== undefined)
        return perClass(t.positive);
    let sum = 0;
    let present = 0;
    for (let c = 0; c < C; c++) {
        if (predicted[c] === 0 && actual[c] === 0)
            continue;
        sum += perClass(c);
        present++;
    }
    return present === 0 ? 0 : sum / present;
}
/** Cell counts after swapping candidate and baseline in `swapped[k]` examples of cell k. */
function swapCells(t, swapped) {
    const K = t.count.length;
    const table = {
        classes: t.classes,
        positive: t.positive,
        label: new Int32Array(2 * K),
        cand: new Int32Array(2 * K),
        base: new Int32Array(2 * K),
        count: new Float64Array(2 * K),
    };
    for (let k = 0; k < K; k++) {
        table.label[k] = t.label[k];
        table.cand[k] = t.cand[k];
        table.base[k] = t.base[k];
        table.count[k] = t.count[k] - swapped[k];
        table.label[K + k] = t.label[k];
        table.cand[K + k] = t.base[k];
        table.base[K + k] = t.cand[k];
        table.count[K + k] = swapped[k];
    }
    return { table, counts: table.count };
}


/***/ }),

/***/ 83793:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fm: () => (/* binding */ meanValue),
/* harmony export */   WN: () => (/* binding */ sortScores),
/* harmony export */   nJ: () => (/* binding */ aucSorted),
/* harmony export */   y8: () => (/* binding */ meanMetric)
/* harmony export */ });
/* unused harmony export contribution */
/* harmony import */ var _radix_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7902);

const EPS = 2.220446049250313e-16;
function contribution(metric, y, pred, score) {
    switch (metric) {
        case 'mae':
            return Math.abs(y - pred);
        case 'mse':
        case 'rmse':
            return (y - pred) * (y - pred);
        case 'log_loss': {
            const p = Math.min(1 - EPS, Math.max(EPS, score ?? Number.NaN));
            return -(y * Math.log(p) + (1 - y) * Math.log(1 - p));
        }
        default:
            return Number.NaN;
    }
}
/** The contributions of both sides, or a reason why the metric cannot be computed from this data. */
function meanMetric(metric, data) {
    const { n } = data;
    if (metric === 'log_loss') {
        if (!data.candScore || !data.baseScore)
            return 'log loss needs a score column (probability of label 1) in both files';
        for (let i = 0; i < n; i++) {
            const y = data.label[i];
            if (y !== 0 && y !== 1)
                return `log loss needs 0/1 labels; found ${y} at example ${i + 1}`;
        }
    }
    const cand = new Float64Array(n);
    const base = new Float64Array(n);
    for (let i = 0; i < n; i++) {
        cand[i] = contribution(metric, data.label[i], data.candPred[i], data.candScore?.[i]);
        base[i] = contribution(metric, data.label[i], data.basePred[i], data.baseScore?.[i]);
        if (!Number.isFinite(cand[i]) || !Number.isFinite(base[i])) {
            return `${metric} is not defined for example ${i + 1}: label, prediction or score is not a number`;
        }
    }
    return { cand, base, sqrt: metric === 'rmse' };
}
function meanValue(values, sqrt) {
    let s = 0;
    for (let i = 0; i < values.length; i++)
        s += values[i];
    const m = s / values.length;
    return sqrt ? Math.sqrt(m) : m;
}
function sortScores(scores) {
    const n = scores.length;
    const order = (0,_radix_js__WEBPACK_IMPORTED_MODULE_0__/* .argsortDoubles */ .R)(scores);
    const tieStart = new Uint8Array(n);
    for (let k = 0; k < n; k++)
        tieStart[k] = k === 0 || scores[order[k]] !== scores[order[k - 1]] ? 1 : 0;
    return { order, tieStart };
}
/**
 * ROC AUC as scikit-learn's roc_auc_score for binary labels: the Mann–Whitney probability that a
 * positive outscores a negative, ties counting one half. `weights` (bootstrap multiplicities) optional.
 */
function aucSorted(sorted, labels, weights) {
    const { order, tieStart } = sorted;
    const n = order.length;
    let negBelow = 0;
    let sum = 0;
    let pos = 0;
    let k = 0;
    while (k < n) {
        let gp = 0;
        let gn = 0;
        do {
            const i = order[k];
            const w = weights ? weights[i] : 1;
            if (labels[i] === 1)
                gp += w;
            else
                gn += w;
            k++;
        } while (k < n && tieStart[k] === 0);
        sum += gp * (negBelow + 0.5 * gn);
        negBelow += gn;
        pos += gp;
    }
    return sum / (pos * negBelow);
}


/***/ }),

/***/ 37859:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ACCURACY_TYPE: () => (/* binding */ ACCURACY_TYPE),
/* harmony export */   MAX_CLASSES: () => (/* binding */ MAX_CLASSES),
/* harmony export */   exampleMetricOf: () => (/* binding */ exampleMetricOf)
/* harmony export */ });
const MAX_CLASSES = 100;
const ALIASES = {
    accuracy: 'accuracy',
    acc: 'accuracy',
    accuracy_score: 'accuracy',
    precision: 'precision',
    precision_score: 'precision',
    recall: 'recall',
    recall_score: 'recall',
    tpr: 'recall',
    sensitivity: 'recall',
    f1: 'f1',
    f1_score: 'f1',
    auc: 'auc',
    roc_auc: 'auc',
    roc_auc_score: 'auc',
    log_loss: 'log_loss',
    logloss: 'log_loss',
    cross_entropy: 'log_loss',
    mae: 'mae',
    mean_absolute_error: 'mae',
    mse: 'mse',
    mean_squared_error: 'mse',
    rmse: 'rmse',
    root_mean_squared_error: 'rmse',
};
/** The per-example metric a top-level metric name denotes (`roc_auc` → auc), if any. */
function exampleMetricOf(name) {
    if (name.includes('.'))
        return undefined;
    return ALIASES[name.toLowerCase()];
}
const ACCURACY_TYPE = new Set(['accuracy']);


/***/ }),

/***/ 1615:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ createPrng)
/* harmony export */ });
/* unused harmony export seedState */
function seedState(seed, stream) {
    const s = new Uint32Array(4);
    let x = (Math.trunc(seed) ^ Math.imul(stream + 1, 0x9e3779b9)) >>> 0;
    // Mix in the high bits of large seeds too.
    x = (x ^ Math.trunc(seed / 4294967296)) >>> 0;
    for (let i = 0; i < 4; i++) {
        x = (x + 0x9e3779b9) >>> 0;
        let z = x;
        z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
        z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
        s[i] = (z ^ (z >>> 16)) >>> 0;
    }
    if ((s[0] | s[1] | s[2] | s[3]) === 0)
        s[0] = 1;
    return s;
}
function createPrng(seed, stream = 0) {
    const s = seedState(seed, stream);
    let s0 = s[0];
    let s1 = s[1];
    let s2 = s[2];
    let s3 = s[3];
    const nextU32 = () => {
        const r = Math.imul(rotl(Math.imul(s1, 5), 7), 9) >>> 0;
        const t = s1 << 9;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = rotl(s3, 11);
        return r;
    };
    return {
        nextU32,
        nextDouble: () => ((nextU32() >>> 5) * 67108864 + (nextU32() >>> 6)) / 9007199254740992,
        nextBelow: (n) => {
            let m = nextU32() * n;
            let low = m % 4294967296;
            if (low < n) {
                const threshold = (4294967296 - n) % n;
                while (low < threshold) {
                    m = nextU32() * n;
                    low = m % 4294967296;
                }
            }
            return Math.floor(m / 4294967296);
        },
    };
}
function rotl(x, k) {
    return (x << k) | (x >>> (32 - k));
}


/***/ }),

/***/ 7902:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ argsortDoubles),
/* harmony export */   W: () => (/* binding */ argsortU64)
/* harmony export */ });
/**
 * Stable LSD radix argsort on 64-bit keys given as (hi, lo) 32-bit halves: 4 passes of 16 bits,
 * O(n) — a comparator sort of a million indices is ~20× slower in V8.
 */
function argsortU64(hi, lo, n = hi.length) {
    let order = new Int32Array(n);
    for (let i = 0; i < n; i++)
        order[i] = i;
    let next = new Int32Array(n);
    const counts = new Int32Array(65537);
    for (let pass = 0; pass < 4; pass++) {
        const key = pass < 2 ? lo : hi;
        const shift = (pass & 1) * 16;
        counts.fill(0);
        let skip = true;
        const first = (key[order[0] ?? 0] >>> shift) & 0xffff;
        for (let k = 0; k < n; k++) {
            const d = (key[order[k]] >>> shift) & 0xffff;
            counts[d + 1] = counts[d + 1] + 1;
            if (d !== first)
                skip = false;
        }
        if (skip)
            continue;
        for (let d = 0; d < 65536; d++)
            counts[d + 1] = counts[d + 1] + counts[d];
        for (let k = 0; k < n; k++) {
            const i = order[k];
            const d = (key[i] >>> shift) & 0xffff;
            next[counts[d]] = i;
            counts[d] = counts[d] + 1;
        }
        [order, next] = [next, order];
    }
    return order;
}
/** Ascending argsort of doubles (NaN last), stable: IEEE-754 bits mapped to order-preserving unsigned keys. */
function argsortDoubles(values) {
    const n = values.length;
    const view = new Float64Array(1);
    const bits = new Uint32Array(view.buffer);
    const hi = new Uint32Array(n);
    const lo = new Uint32Array(n);
    // Little-endian platforms (every Node target): bits[1] is the high word.
    for (let i = 0; i < n; i++) {
        const x = values[i];
        view[0] = x === 0 ? 0 : x; // -0 sorts with +0
        let h = bits[1];
        let l = bits[0];
        if (Number.isNaN(x)) {
            h = 0xffffffff;
            l = 0xffffffff;
        }
        else if (h & 0x80000000) {
            h = ~h >>> 0;
            l = ~l >>> 0;
        }
        else
            h = (h | 0x80000000) >>> 0;
        hi[i] = h;
        lo[i] = l;
    }
    return argsortU64(hi, lo, n);
}


/***/ }),

/***/ 68235:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ binomialHalfCdf),
/* harmony export */   k: () => (/* binding */ logFactorial)
/* harmony export */ });
/** ln(k!) for integer k ≥ 0: exact sums below 256, Stirling's series (error < 1e-17 relative) above. */
const LOG_FACT_TABLE = (() => {
    const t = new Float64Array(256);
    for (let k = 1; k < 256; k++)
        t[k] = t[k - 1] + Math.log(k);
    return t;
})();
function logFactorial(k) {
    if (k < 256)
        return LOG_FACT_TABLE[k];
    const x = k + 1;
    const inv = 1 / x;
    const inv2 = inv * inv;
    // ln Γ(x) = (x − ½)ln x − x + ½ln 2π + 1/(12x) − 1/(360x³) + 1/(1260x⁵) − 1/(1680x⁷)
    return (x - 0.5) * Math.log(x) - x + 0.9189385332046728 + inv * (1 / 12 - inv2 * (1 / 360 - inv2 * (1 / 1260 - inv2 / 1680)));
}
/** P(X ≤ k) for X ~ Binomial(n, ½), summed in the log domain from k downwards (k ≤ n/2 or not). */
function binomialHalfCdf(k, n) {
    if (k < 0)
        return 0;
    if (k >= n)
        return 1;
    if (k > n / 2)
        return 1 - binomialHalfCdf(n - k - 1, n);
    const logTop = logFactorial(n) - logFactorial(k) - logFactorial(n - k) - n * Math.LN2;
    // Terms fall going down from k (k ≤ n/2): term(j−1) = term(j)·j/(n−j+1).
    let term = 1;
    let sum = 1;
    for (let j = k; j > 0; j--) {
        term *= j / (n - j + 1);
        sum += term;
        if (term < sum * 1e-17)
            break;
    }
    return Math.exp(logTop + Math.log(sum));
}


/***/ }),

/***/ 62005:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B1: () => (/* binding */ mcnemarExact),
/* harmony export */   IZ: () => (/* binding */ holmAdjust),
/* harmony export */   R$: () => (/* binding */ twoSidedPValue),
/* harmony export */   vS: () => (/* binding */ percentileSorted)
/* harmony export */ });
/* harmony import */ var _special_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(68235);

/**
 * McNemar's exact test as statsmodels' `mcnemar(table, exact=True)`: with b and c the discordant
 * counts (candidate right / baseline wrong and the reverse), p = min(1, 2·P(X ≤ min(b, c))), X ~ Bin(b+c, ½).
 */
function mcnemarExact(b, c) {
    const statistic = Math.min(b, c);
    return { statistic, pValue: Math.min(1, 2 * (0,_special_js__WEBPACK_IMPORTED_MODULE_0__/* .binomialHalfCdf */ .e)(statistic, b + c)) };
}
/** Holm–Bonferroni step-down adjusted p-values, as statsmodels `multipletests(p, method='holm')[1]`. */
function holmAdjust(pValues) {
    const m = pValues.length;
    const order = pValues.map((p, i) => [p, i]).sort((x, y) => x[0] - y[0]);
    const adjusted = new Array(m);
    let running = 0;
    order.forEach(([p, i], rank) => {
        running = Math.max(running, Math.min(1, (m - rank) * p));
        adjusted[i] = running;
    });
    return adjusted;
}
/** Percentile with linear interpolation (NumPy's default `np.percentile`, SciPy bootstrap's). `sorted` ascending. */
function percentileSorted(sorted, q) {
    const n = sorted.length;
    if (n === 0)
        return Number.NaN;
    const pos = (q / 100) * (n - 1);
    const lo = Math.floor(pos);
    const hi = Math.min(n - 1, lo + 1);
    const frac = pos - lo;
    const a = sorted[lo];
    const b = sorted[hi];
    return frac === 0 ? a : a + (b - a) * frac;
}
/**
 * Two-sided p-value of a randomisation test as SciPy's `permutation_test`: 2·min(P(T* ≤ t), P(T* ≥ t)),
 * with SciPy's relative tolerance 1e-14 on ties and the +1 correction for random (not exhaustive) resampling.
 */
function twoSidedPValue(nullDistribution, observed, exact) {
    const gamma = Math.abs(1e-14 * observed);
    let less = 0;
    let greater = 0;
    for (let i = 0; i < nullDistribution.length; i++) {
        const t = nullDistribution[i];
        if (t <= observed + gamma)
            less++;
        if (t >= observed - gamma)
            greater++;
    }
    const adj = exact ? 0 : 1;
    const total = nullDistribution.length + adj;
    return Math.min(1, 2 * Math.min((less + adj) / total, (greater + adj) / total));
}


/***/ })

};
