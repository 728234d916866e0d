export const id = 375;
export const ids = [375];
export const modules = {

/***/ 38375:
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
;// CONCATENATED MODULE: ./src/adapters/github/evidence-branch.ts

/** The branch that holds every release's evidence (SPEC §6; docs/evidence.md says why a branch). */
const EVIDENCE_BRANCH = 'mlgate-evidence';
/** Attempts at moving the branch when another release moved it first. */
const MOVE_ATTEMPTS = 5;
const statusOf = (error) => {
    const s = error?.status;
    return typeof s === 'number' ? s : undefined;
};
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
    async save(prefix, items) {
        const { octokit, owner, repo } = this.settings;
        const where = `${owner}/${repo} branch ${this.branch}`;
        try {
            const entries = [];
            const locations = new Map();
            for (const item of items) {
                const blob = await octokit.rest.git.createBlob({ owner, repo, content: Buffer.from(item.bytes).toString('base64'), encoding: 'base64' });
                const path = `${prefix}/${item.name}`;
                entries.push({ path, sha: blob.data.sha });
                locations.set(item.name, `${this.branch}:${path}@${blob.data.sha}`);
            }
            for (let attempt = 1;; attempt++) {
                const head = await this.head();
                const baseTree = head ? (await octokit.rest.git.getCommit({ owner, repo, commit_sha: head })).data.tree.sha : undefined;
                const tree = await octokit.rest.git.createTree({ owner, repo, ...(baseTree ? { base_tree: baseTree } : {}), tree: entries.map((e) => ({ path: e.path, mode: '100644', type: 'blob', sha: e.sha })) });
                const commit = await octokit.rest.git.createCommit({ owner, repo, message: `mlgate evidence: ${prefix}`, tree: tree.data.sha, parents: head ? [head] : [] });
                try {
                    if (head)
                        await octokit.rest.git.updateRef({ owner, repo, ref: `heads/${this.branch}`, sha: commit.data.sha, force: false });
                    else
                        await octokit.rest.git.createRef({ owner, repo, ref: `refs/heads/${this.branch}`, sha: commit.data.sha });
                    return locations;
                }
                catch (error) {
                    // Another release moved (or created) the branch between our read and our write: build on the new head.
                    if (statusOf(error) !== 422 || attempt >= MOVE_ATTEMPTS)
                        throw error;
                }
            }
        }
        catch (error) {
            throw new errors/* MlgateError */.Bf('github', `storing the release's evidence on ${where} failed: ${error instanceof Error ? error.message : String(error)}${statusOf(error) === 403 || statusOf(error) === 404 ? "; the promote job needs 'permissions: contents: write'" : ''}`, { cause: error });
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
    async head() {
        const { octokit, owner, repo } = this.settings;
        try {
            return (await octokit.rest.git.getRef({ owner, repo, ref: `heads/${this.branch}` })).data.object.sha;
        }
        catch (error) {
            if (statusOf(error) === 404)
                return undefined;
            throw error;
        }
    }
}

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
    return new EvidenceBranch({ octokit, owner: github.repository.owner, repo: github.repository.repo });
}


/***/ })

};
