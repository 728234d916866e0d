export const id = 3089;
export const ids = [3089,4158];
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

/***/ 61648:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  GC: () => (/* binding */ createArtifacts),
  VC: () => (/* binding */ createCache)
});

// UNUSED EXPORTS: localArtifactDir, localCacheDir

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/domain/errors.ts
var errors = __webpack_require__(10241);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
;// CONCATENATED MODULE: ./src/adapters/local/artifacts-dir.ts



const NAME_RE = /^[^\\/":<>|*?\r\n]+$/;
/** Artifacts outside a runner: `<root>/<name>/<files relative to rootDirectory>`. */
class LocalArtifacts {
    root;
    kind = 'local';
    constructor(root) {
        this.root = root;
    }
    dirOf(name) {
        if (!NAME_RE.test(name))
            throw (0,errors/* usageError */.Wp)(`artifact name '${name}' contains a character artifacts do not allow (\\ / " : < > | * ? or a newline)`);
        return external_node_path_default().join(this.root, name);
    }
    async upload(name, files, rootDirectory) {
        const dir = this.dirOf(name);
        await (0,promises_.rm)(dir, { recursive: true, force: true });
        for (const f of files) {
            const rel = external_node_path_default().relative(rootDirectory, external_node_path_default().resolve(rootDirectory, f));
            if (rel.startsWith('..') || external_node_path_default().isAbsolute(rel))
                throw (0,errors/* usageError */.Wp)(`artifact file '${f}' is not under its root directory '${rootDirectory}'`);
            const target = external_node_path_default().join(dir, rel);
            await (0,promises_.mkdir)(external_node_path_default().dirname(target), { recursive: true });
            await (0,promises_.cp)(external_node_path_default().resolve(rootDirectory, f), target);
        }
        return { name, location: dir };
    }
    async download(name, destination) {
        const dir = this.dirOf(name);
        try {
            await (0,promises_.stat)(dir);
        }
        catch {
            const have = await (0,promises_.readdir)(this.root).catch(() => []);
            throw (0,errors/* inputError */.Xu)(`no artifact named '${name}' in ${this.root}; found: ${have.join(', ') || '(none)'}`);
        }
        await (0,promises_.mkdir)(destination, { recursive: true });
        await (0,promises_.cp)(dir, destination, { recursive: true });
        return destination;
    }
}

;// CONCATENATED MODULE: ./src/adapters/local/cache-dir.ts


const keyDir = (key) => key.replace(/[^A-Za-z0-9._-]/g, '_');
/** A cache outside a runner: `<root>/<key>/<n>/` holds a copy of the n-th path. Exact keys only. */
class LocalCache {
    root;
    cwd;
    kind = 'local';
    constructor(root, cwd) {
        this.root = root;
        this.cwd = cwd;
    }
    async restore(paths, key) {
        const dir = external_node_path_default().join(this.root, keyDir(key));
        try {
            await (0,promises_.stat)(dir);
        }
        catch {
            return undefined;
        }
        for (const [i, p] of paths.entries()) {
            const from = external_node_path_default().join(dir, String(i));
            try {
                await (0,promises_.stat)(from);
            }
            catch {
                return undefined;
            }
            const to = external_node_path_default().resolve(this.cwd, p);
            await (0,promises_.mkdir)(external_node_path_default().dirname(to), { recursive: true });
            await (0,promises_.cp)(from, to, { recursive: true });
        }
        return key;
    }
    async save(paths, key) {
        const dir = external_node_path_default().join(this.root, keyDir(key));
        const tmp = `${dir}.tmp-${process.pid}`;
        await (0,promises_.rm)(tmp, { recursive: true, force: true });
        for (const [i, p] of paths.entries())
            await (0,promises_.cp)(external_node_path_default().resolve(this.cwd, p), external_node_path_default().join(tmp, String(i)), { recursive: true });
        // Copied once, then put in place by a rename (the same directory): a reader never sees half an entry.
        await (0,promises_.rm)(dir, { recursive: true, force: true });
        await (0,promises_.rename)(tmp, dir);
    }
}

;// CONCATENATED MODULE: ./src/adapters/storage.ts
/** Picks the runner's artifact and cache services inside Actions, local directories elsewhere. */




/** `MLGATE_ARTIFACT_DIR` / `MLGATE_CACHE_DIR` override the local directories (default `.mlgate/artifacts`, `.mlgate/cache`). */
function localArtifactDir(ctx) {
    return external_node_path_default().resolve(ctx.cwd, ctx.env.MLGATE_ARTIFACT_DIR || '.mlgate/artifacts');
}
function localCacheDir(ctx) {
    return external_node_path_default().resolve(ctx.cwd, ctx.env.MLGATE_CACHE_DIR || '.mlgate/cache');
}
const hasArtifactService = (env) => Boolean(env.ACTIONS_RUNTIME_TOKEN && env.ACTIONS_RESULTS_URL);
/** The cache service: v2 (ACTIONS_CACHE_SERVICE_V2) lives at ACTIONS_RESULTS_URL, v1 at ACTIONS_CACHE_URL (as @actions/cache decides). */
const hasCacheService = (env) => Boolean(env.ACTIONS_RUNTIME_TOKEN && (env.ACTIONS_CACHE_SERVICE_V2 ? env.ACTIONS_RESULTS_URL : env.ACTIONS_CACHE_URL));
/**
 * The runner's services, loaded on first use: @actions/artifact and @actions/cache with their HTTP
 * stacks are most of the bundle, and a command that never touches them should not pay for loading them.
 */
class RunnerArtifacts {
    settings;
    kind = 'actions';
    impl;
    constructor(settings) {
        this.settings = settings;
    }
    load() {
        this.impl ??= Promise.all(/* import() */[__webpack_require__.e(4119), __webpack_require__.e(6913), __webpack_require__.e(3838), __webpack_require__.e(8110), __webpack_require__.e(6518), __webpack_require__.e(6611)]).then(__webpack_require__.bind(__webpack_require__, 96611)).then((m) => new m.ActionsArtifacts(this.settings));
        return this.impl;
    }
    async upload(name, files, rootDirectory) {
        return (await this.load()).upload(name, files, rootDirectory);
    }
    async download(name, destination, from) {
        return (await this.load()).download(name, destination, from);
    }
}
class RunnerCache {
    log;
    kind = 'actions';
    impl;
    constructor(log) {
        this.log = log;
    }
    load() {
        this.impl ??= Promise.all(/* import() */[__webpack_require__.e(4119), __webpack_require__.e(3838), __webpack_require__.e(8110), __webpack_require__.e(8091), __webpack_require__.e(3534)]).then(__webpack_require__.bind(__webpack_require__, 3534)).then((m) => new m.ActionsCache(this.log));
        return this.impl;
    }
    async restore(paths, key) {
        return (await this.load()).restore(paths, key);
    }
    async save(paths, key) {
        await (await this.load()).save(paths, key);
    }
}
/** Hosts of GitHub.com and GHE.com, where the artifact service @actions/artifact v2 speaks exists (as the toolkit tells them apart). */
function onGitHubEnterpriseServer(serverUrl) {
    let host;
    try {
        host = new URL(serverUrl).hostname.toLowerCase();
    }
    catch {
        return undefined;
    }
    const cloud = host === 'github.com' || host.endsWith('.ghe.com') || host.endsWith('.localhost');
    return cloud ? undefined : host;
}
/** Artifacts on GitHub Enterprise Server: @actions/artifact v2 refuses it, so every call says so plainly. */
class RefusedArtifacts {
    unavailable;
    kind = 'actions';
    constructor(unavailable) {
        this.unavailable = unavailable;
    }
    upload() {
        return Promise.reject(new errors/* MlgateError */.Bf('github', this.unavailable));
    }
    download() {
        return Promise.reject(new errors/* MlgateError */.Bf('github', this.unavailable));
    }
}
function createArtifacts(ctx) {
    const ghes = hasArtifactService(ctx.env) ? onGitHubEnterpriseServer(ctx.github.serverUrl) : undefined;
    if (ghes)
        return new RefusedArtifacts(`GitHub Enterprise Server (${ghes}) does not offer the artifact service mlgate uses (@actions/artifact v2, as upload-artifact@v4); artifacts cannot be stored here`);
    if (hasArtifactService(ctx.env))
        return new RunnerArtifacts({ token: ctx.github.token, repository: ctx.github.repository });
    const dir = localArtifactDir(ctx);
    ctx.log.info(`artifacts: no runner artifact service (ACTIONS_RUNTIME_TOKEN / ACTIONS_RESULTS_URL unset); using the local directory ${dir}`);
    return new LocalArtifacts(dir);
}
function createCache(ctx) {
    if (hasCacheService(ctx.env))
        return new RunnerCache(ctx.log);
    const dir = localCacheDir(ctx);
    ctx.log.info(`cache: no runner cache service (ACTIONS_RUNTIME_TOKEN with ACTIONS_RESULTS_URL or ACTIONS_CACHE_URL unset); using the local directory ${dir}`);
    return new LocalCache(dir, ctx.cwd);
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

/***/ 23285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createPromoteCommand: () => (/* binding */ createPromoteCommand),
  promoteCommand: () => (/* binding */ promoteCommand)
});

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/adapters/storage.ts + 2 modules
var storage = __webpack_require__(61648);
// EXTERNAL MODULE: ./src/adapters/release-store.ts + 5 modules
var release_store = __webpack_require__(39300);
;// CONCATENATED MODULE: ./src/io/files/gate-results.ts


/** Where a results directory keeps one comparison per model (`check --results`, see results-dir.ts). */
const COMPARISONS = 'comparisons';
async function jsonFiles(dir) {
    const entries = await (0,promises_.readdir)(dir, { withFileTypes: true }).catch(() => []);
    return entries.filter((e) => e.isFile() && e.name.endsWith('.json')).map((e) => external_node_path_default().join(dir, e.name)).sort();
}
/**
 * The JSON files a directory given to `promote --results` may hold a gate verdict in: a results directory's
 * `comparisons/*.json` (as `check` writes them), then the directory's own `*.json` (`compare --json` output put there).
 */
async function gateResultFiles(dir) {
    return [...(await jsonFiles(external_node_path_default().join(dir, COMPARISONS))), ...(await jsonFiles(dir))];
}

// EXTERNAL MODULE: ./src/domain/errors.ts
var errors = __webpack_require__(10241);
;// CONCATENATED MODULE: ./src/domain/release/inputs.ts
function isComparison(value) {
    if (value === null || typeof value !== 'object')
        return false;
    const v = value;
    return (v.verdict === 'pass' || v.verdict === 'fail' || v.verdict === 'warn') && typeof v.model === 'string' && Array.isArray(v.metrics);
}
/** Every comparison result in a `compare --json` or `check --json` document (searched two levels deep). */
function findComparisons(value, depth = 0) {
    if (isComparison(value))
        return [value];
    if (depth >= 2 || value === null || typeof value !== 'object')
        return [];
    const children = Array.isArray(value) ? value : Object.values(value);
    return children.flatMap((c) => findComparisons(c, depth + 1));
}
/** The gate verdict and candidate metrics of `model` in a results document. */
function readGate(document, model) {
    const all = findComparisons(document);
    const mine = all.filter((c) => c.model === model);
    if (mine.length === 0) {
        return { kind: 'missing', reason: all.length ? `it holds comparisons of ${[...new Set(all.map((c) => c.model))].join(', ')}, not of model '${model}'` : 'it holds no comparison result ({ verdict, model, metrics: [...] })' };
    }
    const comparison = mine[0];
    const metrics = {};
    // Results JSON spells a non-finite candidate as text ("Infinity"); a release payload holds finite numbers or null.
    for (const m of comparison.metrics)
        metrics[m.name] = typeof m.candidate === 'number' && Number.isFinite(m.candidate) ? m.candidate : null;
    return { kind: 'found', verdict: comparison.verdict, metrics, comparison };
}
/** The pull request that introduced a commit, from the event payload (a PR event, or a merge/squash commit message). */
function pullRequestOf(event) {
    if (event === null || typeof event !== 'object')
        return undefined;
    const e = event;
    if (typeof e.pull_request?.number === 'number')
        return e.pull_request.number;
    const message = typeof e.head_commit?.message === 'string' ? e.head_commit.message : '';
    const firstLine = message.split('\n')[0] ?? '';
    const merge = /^Merge pull request #(\d+)\b/.exec(firstLine) ?? /\(#(\d+)\)\s*$/.exec(firstLine);
    return merge ? Number(merge[1]) : undefined;
}
/**
 * The report artifact of a release: unique per environment and run attempt, because GitHub keeps one artifact of a
 * name per workflow run (a second upload, even from a rerun, is a 409), and one run may promote a version to
 * staging and then production. Artifact names may not contain " : < > | * ? \r \n \ / (@actions/artifact).
 */
function artifactName(release) {
    const attempt = release.attempt !== undefined ? `-attempt-${release.attempt}` : '';
    return `mlgate-${release.model}-${release.version}-${release.environment}${attempt}`.replace(/["':<>|*?\r\n\\/]/g, '-');
}

// EXTERNAL MODULE: ./src/io/files/metrics-file.ts
var metrics_file = __webpack_require__(72004);
// EXTERNAL MODULE: ./src/domain/release/plan.ts
var release_plan = __webpack_require__(20171);
// EXTERNAL MODULE: ./src/domain/release/state.ts
var state = __webpack_require__(99583);
// EXTERNAL MODULE: ./src/commands/environment.ts
var commands_environment = __webpack_require__(50811);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./src/commands/deploy-command.ts




/** Variables a deploy command never inherits: the API token under its usual names, the runner's internal one. */
const WITHHELD = new Set(['GITHUB_TOKEN', 'GH_TOKEN', 'ACTIONS_RUNTIME_TOKEN']);
/**
 * The step's environment minus every credential the mlgate step holds: the token (under any name), the step's
 * inputs (`INPUT_*`, one of which is `github-token`) and the runner's internal token. A deploy command that needs
 * credentials gets them as the workflow's declared secrets or through OIDC (`ACTIONS_ID_TOKEN_REQUEST_*` pass).
 */
function deployEnvironment(env, token) {
    const out = {};
    for (const [name, value] of Object.entries(env)) {
        if (value === undefined || WITHHELD.has(name.toUpperCase()) || name.toUpperCase().startsWith('INPUT_'))
            continue;
        if (token && value.includes(token))
            continue;
        out[name] = value;
    }
    return out;
}
/**
 * The shell a deploy command runs in: `sh` on Linux and macOS, and on Windows Git for Windows' bash, which is what
 * a workflow's `shell: bash` means there, so that one command (`./deploy.sh "$MLGATE_VERSION"`) works on every
 * runner. cmd.exe, Node's default, would not expand `$MLGATE_VERSION`; the `bash` first on PATH may be WSL's.
 */
function deployShell(platform, env, exists = external_node_fs_.existsSync) {
    if (platform !== 'win32')
        return { kind: 'found', shell: '/bin/sh' };
    const roots = [env.ProgramFiles, env.PROGRAMFILES, env.ProgramW6432, 'C:\\Program Files'].filter((r) => Boolean(r));
    const candidates = [...new Set(roots)].map((root) => external_node_path_default().win32.join(root, 'Git', 'bin', 'bash.exe'));
    const found = candidates.find(exists);
    if (found)
        return { kind: 'found', shell: found };
    return { kind: 'missing', reason: `deploy-command runs in Git for Windows' bash (as a step's \`shell: bash\` does on Windows), which is not at ${candidates.join(' or ')}; install Git for Windows or run the release job on Linux` };
}
/** The deploy shell, or a usage error saying why there is none; checked before a release is recorded. */
function requireDeployShell(env, platform = process.platform) {
    const shell = deployShell(platform, env);
    if (shell.kind === 'missing')
        throw new errors/* MlgateError */.Bf('usage', shell.reason);
    return shell.shell;
}
/** Runs the user's deploy command through the shell; resolves to its exit status. */
function runDeployCommand(run, platform = process.platform) {
    const { release } = run;
    let shell;
    try {
        shell = requireDeployShell(run.env, platform);
    }
    catch (error) {
        return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
    return new Promise((resolve) => {
        const child = (0,external_node_child_process_.spawn)(run.command, {
            cwd: run.cwd,
            shell,
            stdio: ['ignore', 'inherit', 'inherit'],
            env: {
                ...deployEnvironment(run.env, run.token),
                MLGATE_MODEL: release.model,
                MLGATE_VERSION: release.version,
                MLGATE_URI: release.uri ?? '',
                MLGATE_SHA: release.sha,
                MLGATE_ENVIRONMENT: release.environment,
                MLGATE_DEPLOYMENT_ID: String(release.deploymentId),
                MLGATE_ROLLBACK: release.rollback ? 'true' : 'false',
            },
        });
        child.on('error', () => resolve(127));
        child.on('close', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
    });
}

// EXTERNAL MODULE: ./src/commands/invocation.ts + 2 modules
var invocation = __webpack_require__(58386);
// EXTERNAL MODULE: ./src/commands/options.ts
var options = __webpack_require__(26052);
// EXTERNAL MODULE: ./src/adapters/evidence-store.ts + 1 modules
var evidence_store = __webpack_require__(74158);
// EXTERNAL MODULE: ./src/domain/evidence/manifest.ts
var manifest = __webpack_require__(39095);
// EXTERNAL MODULE: ./src/io/files/evidence.ts
var files_evidence = __webpack_require__(82911);
;// CONCATENATED MODULE: ./src/commands/promote-evidence.ts



/** Gathers and stores the evidence of the release being made (SPEC §6); returns the manifest for its payload. */
async function storeReleaseEvidence(input) {
    const { ctx } = input;
    const draft = await (0,files_evidence/* gatherEvidence */.hx)({ config: input.config, model: input.model, root: input.root, cwd: ctx.cwd, ...(input.resultsFile ? { resultsFile: input.resultsFile } : {}) });
    const store = (0,evidence_store.createEvidenceStore)(input.settings);
    const key = ctx.github.runId !== undefined ? `run${ctx.github.runId}-${ctx.github.runAttempt ?? 1}` : `local${Date.now()}`;
    const prefix = (0,manifest/* evidencePrefix */.Q5)({ environment: input.environment, model: input.model.name, version: input.version, key });
    const locations = await store.save(prefix, draft.items.map((i) => ({ name: i.name, bytes: i.bytes })));
    const evidence = { version: manifest/* EVIDENCE_VERSION */.hh, store: store.kind, predictions: null, profiles: {}, metrics: null, report: null, data: draft.data, missing: draft.missing };
    for (const item of draft.items) {
        const entry = (0,files_evidence/* itemEntry */.GF)(item, locations.get(item.name));
        if (typeof item.role === 'object')
            evidence.profiles[item.role.profile] = entry;
        else
            evidence[item.role] = entry;
    }
    const bytes = draft.items.reduce((n, i) => n + i.bytes.byteLength, 0);
    ctx.log.info(`Evidence stored (${store.kind}: ${prefix}): ${draft.items.length} item(s), ${(bytes / 1024).toFixed(1)} KiB compressed.`);
    for (const [role, why] of Object.entries(draft.missing))
        ctx.log.warning(`Not stored with this release: ${role.replace(/^profile:/, 'the profile of dataset ')}: ${why}. Later gates will say they could not compare against it.`);
    return evidence;
}

;// CONCATENATED MODULE: ./src/commands/promote.ts

















const spec = {
    name: 'promote',
    summary: 'Record a release of a model version in an environment.',
    options: [
        options/* configOption */.KJ, options/* jsonOption */.Ec, options/* modelOption */.HI, options/* environmentOption */.dp,
        { name: options/* Opt */.e3.Version, type: 'string', description: 'Model version to release (required).' },
        { name: options/* Opt */.e3.Uri, type: 'string', description: "Where the model artifact lives (default: the model's uri)." },
        {
            name: options/* Opt */.e3.Results,
            type: 'string',
            description: "The gate result: the JSON written by `mlgate compare --json` (or `check --json`), or a directory holding it (such as the results directory `check` writes, with comparisons/<model>.json). A failed verdict refuses the release unless `force`. Without it nothing is re-run and the release records `gate: none`.",
        },
        { name: options/* Opt */.e3.Force, type: 'boolean', default: 'false', description: 'Release even though the gate failed (recorded in the release).' },
        { name: options/* Opt */.e3.DeployCommand, type: 'string', description: "Shell command run between in_progress and success (default: the environment's deploy_command); it gets MLGATE_MODEL, MLGATE_VERSION, MLGATE_URI, MLGATE_SHA, MLGATE_ENVIRONMENT, MLGATE_DEPLOYMENT_ID. A failure marks the release failure." },
        { name: options/* Opt */.e3.AutoRollback, type: 'boolean', default: 'false', description: 'When deploy-command fails, run it again for the release that was live (MLGATE_ROLLBACK=true), which stays live.' },
        { name: options/* Opt */.e3.Files, type: 'string', description: 'Extra files (newline- or comma-separated paths; * matches within a file name) uploaded with the report.' },
        options/* dryRunOption */.SV, options/* storeOption */.XS, options/* tokenOption */.Pc,
    ],
    outputs: [
        { name: 'deployment-id', description: 'Id of the new release (of the live one when the version was already live).' },
        { name: 'version', description: 'Version now live.' },
        { name: 'previous-version', description: 'Version that was live before.' },
        { name: 'previous-deployment-id', description: 'Id of the release that was live before.' },
    ],
    stepAction: true,
};
async function readJson(file, label) {
    let text;
    try {
        text = await (0,promises_.readFile)(file, 'utf8');
    }
    catch (error) {
        throw (0,errors/* inputError */.Xu)(`${label} names '${file}', which cannot be read (${error.code ?? String(error)}); expected the JSON written by 'mlgate compare --json'`, { file }, error);
    }
    try {
        return JSON.parse(text);
    }
    catch (error) {
        throw (0,errors/* inputError */.Xu)(`${label}: '${file}' is not valid JSON (${error.message}); expected the JSON written by 'mlgate compare --json'`, { file }, error);
    }
}
/** The gate verdict from `results` (a file or a directory of JSON files), else `none` with the metrics file's values. */
async function readGateInput(inv, ctx, model, root) {
    const results = (0,invocation/* stringOption */.Pp)(inv, options/* Opt */.e3.Results);
    const label = (0,invocation/* optionLabel */.ed)(inv, options/* Opt */.e3.Results);
    if (results === undefined)
        return { verdict: 'none', metrics: await readCandidateMetrics(external_node_path_default().resolve(root, model.metrics), model.metrics, ctx.log) };
    const target = external_node_path_default().resolve(ctx.cwd, results);
    const info = await (0,promises_.stat)(target).catch(() => undefined);
    if (!info)
        throw (0,errors/* usageError */.Wp)(`${label} names '${results}', which does not exist; point it at the JSON written by 'mlgate compare --json' (or leave it out to record gate: none)`);
    const files = info.isDirectory() ? await gateResultFiles(target) : [target];
    const reasons = [];
    for (const file of files) {
        const document = await readJson(file, label);
        const gate = readGate(document, model.name);
        if (gate.kind === 'found') {
            const bytes = await (0,promises_.readFile)(file);
            return { verdict: gate.verdict, metrics: gate.metrics, file, sha256: (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex') };
        }
        reasons.push(`${external_node_path_default().relative(ctx.cwd, file) || file}: ${gate.reason}`);
    }
    throw (0,errors/* inputError */.Xu)(`${label} names '${results}', but no comparison result for model '${model.name}' is in it`, { file: results }, reasons.length ? new Error(reasons.join('; ')) : undefined);
}
/**
 * The candidate's metrics recorded with a release made without a gate result. A metrics file that is absent is
 * said plainly (the release records none); one that is present but malformed is an input error, like in compare.
 */
async function readCandidateMetrics(file, displayName, log) {
    if (!(await (0,promises_.stat)(file).catch(() => undefined))?.isFile()) {
        log.warning(`the release records no metrics: the model's metrics file '${displayName}' does not exist`);
        return {};
    }
    const set = await (0,metrics_file/* readMetricsFile */._)(file, displayName);
    for (const [name, found] of set.invalid)
        log.warning(`metric '${name}' in '${displayName}' is not recorded with the release: found ${found}, expected a number`);
    return Object.fromEntries([...set.values].map(([name, value]) => [name, Number.isFinite(value) ? value : null]));
}
/** Paths from `files`: comma/newline separated, `*` matching within the last path segment. */
async function expandFiles(spec, cwd) {
    if (!spec)
        return [];
    const out = [];
    for (const entry of spec.split(/[\n,]/).map((s) => s.trim()).filter(Boolean)) {
        const abs = external_node_path_default().resolve(cwd, entry);
        const base = external_node_path_default().basename(abs);
        if (!base.includes('*')) {
            if (!(await (0,promises_.stat)(abs).catch(() => undefined))?.isFile())
                throw (0,errors/* usageError */.Wp)(`files: '${entry}' is not a file`);
            out.push(abs);
            continue;
        }
        const re = new RegExp(`^${base.split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('[^/]*')}$`);
        const dir = external_node_path_default().dirname(abs);
        const matches = (await (0,promises_.readdir)(dir).catch(() => [])).filter((f) => re.test(f)).map((f) => external_node_path_default().join(dir, f));
        if (matches.length === 0)
            throw (0,errors/* usageError */.Wp)(`files: '${entry}' matches no file`);
        out.push(...matches.sort());
    }
    return out;
}
/** `sha256:<hex>` of the model when its uri is a local file (a path or file:), else null (remote URIs are not fetched). */
async function localDigest(uri, root) {
    if (!uri)
        return null;
    let file;
    if (uri.startsWith('file://'))
        file = new URL(uri).pathname;
    else if (uri.startsWith('file:'))
        file = uri.slice('file:'.length);
    else if (/^[a-z][a-z0-9+.-]*:\/\//i.test(uri))
        return null;
    else
        file = uri;
    const abs = external_node_path_default().resolve(root, file);
    if (!(await (0,promises_.stat)(abs).catch(() => undefined))?.isFile())
        return null;
    return `sha256:${(0,external_node_crypto_.createHash)('sha256').update(await (0,promises_.readFile)(abs)).digest('hex')}`;
}
async function readEvent(ctx) {
    if (!ctx.github.eventPath)
        return undefined;
    try {
        return JSON.parse(await (0,promises_.readFile)(ctx.github.eventPath, 'utf8'));
    }
    catch {
        return undefined;
    }
}
function gitHead(cwd) {
    return new Promise((resolve) => {
        const child = (0,external_node_child_process_.spawn)('git', ['rev-parse', 'HEAD'], { cwd, stdio: ['ignore', 'pipe', 'ignore'] });
        let out = '';
        child.stdout.on('data', (d) => (out += d.toString()));
        child.on('error', () => resolve(undefined));
        child.on('close', (code) => resolve(code === 0 && out.trim() ? out.trim() : undefined));
    });
}
function resultOf(outcome, text, exitCode, outputs) {
    return { exitCode, text, json: outcome, outputs, markdown: `### mlgate promote\n\n${text}\n`, ...(exitCode ? { failure: text.split('\n')[0] } : {}) };
}
/** Marks our own deployment so a crash never leaves it looking in progress; errors here must not hide the first one. */
async function markBroken(store, id, description, logUrl, log) {
    try {
        await store.setStatus(id, { state: 'error', description: (0,state/* describe */.q0)(description), ...(logUrl ? { logUrl } : {}) });
    }
    catch (error) {
        log.warning(`could not mark deployment #${id} as error: ${error instanceof Error ? error.message : String(error)}`);
    }
}
function createPromoteCommand(deps) {
    return {
        spec,
        async run(inv, ctx) {
            const loaded = await (0,invocation/* loadConfig */.Z9)(inv, ctx);
            const { config, root } = loaded;
            const model = (0,invocation/* selectModel */.U8)(inv, config);
            const environment = (0,commands_environment/* chooseEnvironment */.H)(inv, loaded, model.environment, ctx.cwd);
            const version = (0,invocation/* requireString */.VW)(inv, options/* Opt */.e3.Version, 'which model version to release');
            const envConfig = config.environments?.[environment];
            const deployCommand = (0,invocation/* stringOption */.Pp)(inv, options/* Opt */.e3.DeployCommand) ?? envConfig?.deploy_command;
            const autoRollback = (0,invocation/* booleanOption */.Ic)(inv, options/* Opt */.e3.AutoRollback) || envConfig?.auto_rollback === true;
            const force = (0,invocation/* booleanOption */.Ic)(inv, options/* Opt */.e3.Force);
            const dryRun = (0,invocation/* booleanOption */.Ic)(inv, options/* Opt */.e3.DryRun);
            const gate = await readGateInput(inv, ctx, model, root);
            const extraFiles = await expandFiles((0,invocation/* stringOption */.Pp)(inv, options/* Opt */.e3.Files), ctx.cwd);
            const storeSettings = { choice: (0,release_store/* parseStoreChoice */.cm)((0,invocation/* stringOption */.Pp)(inv, options/* Opt */.e3.Store), (0,invocation/* optionLabel */.ed)(inv, options/* Opt */.e3.Store)), cwd: ctx.cwd, github: ctx.github, inActions: ctx.inActions, log: ctx.log };
            const store = (0,release_store.createReleaseStore)(storeSettings);
            const sha = ctx.github.sha ?? (await gitHead(ctx.cwd)) ?? 'HEAD';
            const uri = (0,invocation/* stringOption */.Pp)(inv, options/* Opt */.e3.Uri) ?? model.uri ?? null;
            const digest = await localDigest(uri, root);
            const name = artifactName({ model: model.name, version, environment, attempt: ctx.github.runAttempt });
            const payload = {
                mlgate: 1,
                model: { name: model.name, version, uri, digest },
                metrics: gate.metrics,
                gate: { verdict: gate.verdict, report_sha256: gate.sha256 ?? null },
                source: { sha, pr: pullRequestOf(await readEvent(ctx)) ?? (await store.pullRequestFor?.(sha)) ?? null, run_id: ctx.github.runId ?? null, actor: ctx.github.actor ?? null },
                artifact: null,
                rollback_of: null,
            };
            const releases = await (0,release_store/* loadReleases */.ze)(store, environment, model.name, state/* untilLive */.TB);
            const plan = (0,release_plan/* planPromote */.S5)({ releases, payload, force });
            if (plan.kind === 'refused') {
                return resultOf({ outcome: 'refused', reason: plan.reason }, `Refused: ${plan.reason}`, 1, {});
            }
            if (plan.kind === 'noop') {
                return resultOf({ outcome: 'noop', deployment_id: plan.live.id, version, reason: plan.reason }, plan.reason, 0, {
                    'deployment-id': String(plan.live.id),
                    version,
                    'previous-version': version,
                    'previous-deployment-id': String(plan.live.id),
                });
            }
            const previous = plan.previous;
            const previousOutputs = { 'previous-version': previous?.payload.model.version ?? '', 'previous-deployment-id': previous ? String(previous.id) : '' };
            if (dryRun) {
                const text = `Dry run: would release ${model.name} ${version} to ${environment}${previous ? `, replacing ${previous.payload.model.version} (#${previous.id})` : ' (first release)'}${deployCommand ? `, running: ${deployCommand}` : ''}. Nothing changed.`;
                return resultOf({ outcome: 'dry-run', version, previous_version: previous?.payload.model.version ?? null, previous_deployment_id: previous?.id ?? null, payload: plan.payload }, text, 0, { version, ...previousOutputs });
            }
            if (deployCommand)
                requireDeployShell(ctx.env);
            const artifact = await uploadReport(() => deps.artifacts(ctx), name, [...(gate.file ? [gate.file] : []), ...extraFiles], ctx);
            const evidence = await storeReleaseEvidence({ config, model, root, environment, version, ...(gate.file ? { resultsFile: gate.file } : {}), settings: storeSettings, ctx });
            const key = (0,release_store/* idempotencyKey */.T5)(ctx.github);
            const finalPayload = { ...plan.payload, artifact: artifact ? { name: artifact.name, run_id: artifact.runId ?? ctx.github.runId ?? null } : null, evidence, idempotency_key: key };
            const created = await store.create({ environment, ref: sha, payload: finalPayload, description: plan.description, idempotencyKey: key });
            const id = created.id;
            const logUrl = (0,release_store/* runLogUrl */.lm)(ctx.github);
            try {
                await store.setStatus(id, { state: 'in_progress', description: (0,state/* describe */.q0)(`releasing ${model.name} ${version}`), ...(logUrl ? { logUrl } : {}) });
                const raceCheck = async () => (0,release_plan/* detectRace */.FL)({ snapshot: plan.snapshot, expectedLiveId: previous?.id, ownId: id, now: await (0,release_store/* loadReleases */.ze)(store, environment, model.name, state/* untilLive */.TB) })?.message;
                let race = await raceCheck();
                if (!race && deployCommand) {
                    ctx.log.info(`Running deploy-command for ${model.name} ${version} (#${id}).`);
                    const code = await runDeployCommand({ command: deployCommand, cwd: root, env: ctx.env, ...(ctx.github.token ? { token: ctx.github.token } : {}), release: { model: model.name, version, uri, sha: created.sha, environment, deploymentId: id, rollback: false } });
                    if (code !== 0)
                        return await deployFailed({ store, id, code, logUrl, previous, autoRollback, deployCommand, ctx, root, environment, version, modelName: model.name });
                    race = await raceCheck();
                }
                if (race) {
                    await store.setStatus(id, { state: 'error', description: (0,state/* describe */.q0)(`not promoted: ${race}`), ...(logUrl ? { logUrl } : {}) });
                    return resultOf({ outcome: 'race', deployment_id: id, version, reason: race }, `Refused: ${race}`, 1, { 'deployment-id': String(id), ...previousOutputs });
                }
                const environmentUrl = envConfig?.url;
                await store.setStatus(id, { state: 'success', description: (0,state/* describe */.q0)(`${model.name} ${version} is live`), ...(environmentUrl ? { environmentUrl } : {}), ...(logUrl ? { logUrl } : {}) });
                const superseded = await (0,release_store/* markSuperseded */.QX)(store, environment, model.name, { id, version }, ctx.log);
                const forced = finalPayload.gate?.forced === true;
                const text = [
                    `Released ${model.name} ${version} to ${environment} as deployment #${id}${previous ? `, replacing ${previous.payload.model.version} (#${previous.id})` : ' (first release)'}.`,
                    forced ? 'The gate failed; released anyway because force was set (recorded in the release).' : `Gate: ${gate.verdict}.`,
                    artifact ? `Report uploaded as artifact ${artifact.name}.` : 'No report artifact uploaded.',
                ].join('\n');
                return resultOf({ outcome: 'promoted', deployment_id: id, version, previous_version: previous?.payload.model.version ?? null, previous_deployment_id: previous?.id ?? null, superseded, artifact: artifact ?? null, forced }, text, 0, { 'deployment-id': String(id), version, ...previousOutputs });
            }
            catch (error) {
                await markBroken(store, id, `mlgate promote failed: ${error instanceof Error ? error.message : String(error)}`, logUrl, ctx.log);
                throw error;
            }
        },
    };
}
async function uploadReport(store, name, files, ctx) {
    if (files.length === 0)
        return undefined;
    const artifacts = store();
    if (!artifacts || artifacts.unavailable) {
        // The release still records the gate result with its evidence; an artifact is a convenience, not the record.
        ctx.log.warning(`${artifacts?.unavailable ?? 'No artifact store is available here'}; the report (${files.length} file(s)) was not uploaded as an artifact.`);
        return undefined;
    }
    const rootDir = commonDirectory(files);
    try {
        return await artifacts.upload(name, files, rootDir);
    }
    catch (error) {
        throw new errors/* MlgateError */.Bf('github', `uploading the report artifact ${name} failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
}
function commonDirectory(files) {
    const dirs = files.map((f) => external_node_path_default().dirname(f).split((external_node_path_default()).sep));
    const first = dirs[0] ?? [];
    let n = first.length;
    for (const d of dirs) {
        let i = 0;
        while (i < n && d[i] === first[i])
            i++;
        n = i;
    }
    return first.slice(0, n).join((external_node_path_default()).sep) || (external_node_path_default()).sep;
}
/** deploy-command failed: mark the release failure; with auto-rollback, redeploy the release that is still live. */
async function deployFailed(f) {
    const { store, id, code, previous, ctx } = f;
    let rolledBack = false;
    let note = '';
    if (f.autoRollback && previous) {
        ctx.log.info(`deploy-command failed (exit ${code}); auto-rollback: redeploying ${previous.payload.model.version} (#${previous.id}).`);
        const p = previous.payload.model;
        const revert = await runDeployCommand({ command: f.deployCommand, cwd: f.root, env: ctx.env, ...(ctx.github.token ? { token: ctx.github.token } : {}), release: { model: p.name, version: p.version, uri: p.uri ?? null, sha: previous.sha, environment: f.environment, deploymentId: previous.id, rollback: true } });
        rolledBack = revert === 0;
        note = rolledBack ? `; auto-rolled back to ${p.version} (#${previous.id})` : `; auto-rollback to ${p.version} also failed (exit ${revert})`;
    }
    else if (f.autoRollback) {
        note = '; nothing was live before, so there is nothing to roll back to';
    }
    await store.setStatus(id, { state: 'failure', description: (0,state/* describe */.q0)(`deploy-command failed (exit ${code})${note}`), ...(f.logUrl ? { logUrl: f.logUrl } : {}) });
    const live = (0,state/* findLive */.KI)(await (0,release_store/* loadReleases */.ze)(store, f.environment, f.modelName, state/* untilLive */.TB));
    const text = `deploy-command failed (exit ${code}) releasing ${f.modelName} ${f.version}; deployment #${id} is marked failure${note}. Live: ${live ? `${live.payload.model.version} (#${live.id})` : 'nothing'}.`;
    return resultOf({ outcome: 'deploy-failed', deployment_id: id, version: f.version, exit_code: code, rolled_back: rolledBack, live_version: live?.payload.model.version ?? null, live_deployment_id: live?.id ?? null }, text, 1, { 'deployment-id': String(id), version: live?.payload.model.version ?? '', 'previous-version': previous?.payload.model.version ?? '', 'previous-deployment-id': previous ? String(previous.id) : '' });
}
const promoteCommand = createPromoteCommand({ artifacts: (ctx) => (0,storage/* createArtifacts */.GC)(ctx) });


/***/ }),

/***/ 63925:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pt: () => (/* binding */ sanitizeKey),
/* harmony export */   Td: () => (/* binding */ commentKey),
/* harmony export */   xL: () => (/* binding */ marker),
/* harmony export */   xY: () => (/* binding */ hasMarker)
/* harmony export */ });
/** The hidden marker that identifies our sticky comment: `<!-- mlgate:<key> -->` on the first line. */
/** A key as it may appear inside an HTML comment: a small alphabet, no `--`, no `>`. */
function sanitizeKey(key) {
    const s = key
        .toLowerCase()
        .replace(/[^a-z0-9._/]+/g, '-')
        .replace(/-{2,}/g, '-')
        .replace(/^[-/]+|[-/]+$/g, '');
    return s.slice(0, 100) || 'default';
}
/** Key from the workflow and model (`report.comment_key` in the config overrides it). */
function commentKey(options) {
    if (options.override !== undefined && options.override.trim() !== '')
        return sanitizeKey(options.override);
    return sanitizeKey([options.workflow ?? 'mlgate', options.model ?? 'report'].join('/'));
}
function marker(key) {
    return `<!-- mlgate:${sanitizeKey(key)} -->`;
}
/** Whether a comment body is the one for `key`: the marker must be the body's first line, exactly. */
function hasMarker(body, key) {
    if (!body)
        return false;
    const first = body.split('\n', 1)[0]?.replace(/\r$/, '').trim();
    return first === marker(key);
}


/***/ }),

/***/ 72004:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ readMetricsFile)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _domain_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(10241);
/* harmony import */ var _domain_gate_metric_set_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(52114);



/** Reads a metrics file (JSON/YAML, DVC, MLflow). `displayName` is what errors show. */
async function readMetricsFile(file, displayName = file) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8');
    }
    catch (error) {
        const code = error.code;
        throw (0,_domain_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)(code === 'ENOENT' ? 'metrics file not found' : `cannot read the metrics file (${code ?? String(error)})`, { file: displayName }, error);
    }
    return (0,_domain_gate_metric_set_js__WEBPACK_IMPORTED_MODULE_2__/* .parseMetricsText */ .o0)(text.replace(/^\uFEFF/, ''), displayName);
}


/***/ })

};
