export const id = 4158;
export const ids = [4158];
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


/***/ })

};
