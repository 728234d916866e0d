export const id = 3797;
export const ids = [3797,4158];
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

/***/ 49201:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  verifyEvidenceCommand: () => (/* binding */ verifyEvidenceCommand)
});

// EXTERNAL MODULE: ./src/adapters/evidence-store.ts + 1 modules
var evidence_store = __webpack_require__(74158);
// EXTERNAL MODULE: ./src/adapters/release-store.ts + 5 modules
var release_store = __webpack_require__(39300);
// EXTERNAL MODULE: ./src/domain/errors.ts
var errors = __webpack_require__(10241);
// EXTERNAL MODULE: ./src/domain/evidence/manifest.ts
var manifest = __webpack_require__(39095);
// EXTERNAL MODULE: ./src/domain/evidence/use.ts
var use = __webpack_require__(42867);
;// CONCATENATED MODULE: ./src/domain/evidence/verify.ts
/**
 * `mlgate verify-evidence`: every stored item of a release's evidence, re-read and checked against the sha256 its
 * payload records, so a reviewer can check a decision later (SPEC §6 "Evidence"). Pure: the command reads, this
 * judges and renders.
 */

/** The rows of one release: each recorded item with its check's outcome, then what promote said it could not store. */
function verifiedItems(evidence, outcome) {
    const rows = (0,manifest/* evidenceItems */.C6)(evidence).map(({ role, item }) => {
        const got = outcome(role);
        const base = { role, name: item.name, location: item.location, sha256: item.sha256, bytes: item.bytes, ...(got.ms !== undefined ? { load_ms: got.ms } : {}) };
        if (got.ok)
            return { ...base, status: 'ok' };
        const p = got.problem;
        if (p.kind === 'digest-mismatch')
            return { ...base, status: 'mismatch', found_sha256: p.found, message: `sha256 ${p.found} found, ${p.expected} recorded` };
        return { ...base, status: 'unreadable', message: p.kind === 'unreadable' ? p.message : p.kind };
    });
    for (const [role, why] of Object.entries(evidence.missing)) {
        rows.push({ role: role.replace(/^profile:/, 'profile of '), name: null, location: null, sha256: null, bytes: null, status: 'not-stored', message: why });
    }
    return rows;
}
function releaseStatus(items) {
    return items.some((i) => i.status === 'mismatch' || i.status === 'unreadable') ? 'failed' : 'verified';
}
/** Fails on any mismatch, unreadable item, or release whose evidence cannot be verified at all. */
function verifyVerdict(releases) {
    return releases.every((r) => r.status === 'verified') ? 'pass' : 'fail';
}
const WORD = { ok: 'ok', mismatch: 'MISMATCH', unreadable: 'UNREADABLE', 'not-stored': 'not stored' };
/** A plain-text table per release for stdout. */
function renderVerifyText(result) {
    const out = [];
    for (const r of result.releases) {
        out.push(`Evidence of ${result.model} ${r.version} (#${r.id}${r.live ? ', live' : ''}) in ${result.environment}${r.store ? `, ${r.store} store` : ''}: ${r.status}${r.message ? ` — ${r.message}` : ''}`);
        if (r.items.length === 0)
            continue;
        const rows = r.items.map((i) => [i.role, i.sha256 ? i.sha256.slice(0, 12) : '–', i.bytes !== null ? String(i.bytes) : '–', `${WORD[i.status]}${i.message ? `: ${i.message}` : ''}`]);
        const header = ['item', 'sha256', 'bytes', 'result'];
        const widths = header.map((h, k) => Math.max(h.length, ...rows.map((row) => (row[k] ?? '').length)));
        const line = (cells) => cells.map((c, k) => (k === 2 ? c.padStart(widths[k] ?? 0) : c.padEnd(k === cells.length - 1 ? 0 : (widths[k] ?? 0)))).join('  ').trimEnd();
        out.push(`  ${line(header)}`, ...rows.map((row) => `  ${line(row)}`));
    }
    const failed = result.releases.filter((r) => r.status !== 'verified').length;
    out.push(result.verdict === 'pass' ? `verified: every stored item of ${result.releases.length} release(s) matches its recorded sha256` : `NOT verified: ${failed} of ${result.releases.length} release(s) have evidence that does not match, cannot be read, or was never recorded`);
    return `${out.join('\n')}\n`;
}

// EXTERNAL MODULE: ./src/domain/release/state.ts
var state = __webpack_require__(99583);
// EXTERNAL MODULE: ./src/io/files/evidence.ts
var files_evidence = __webpack_require__(82911);
// EXTERNAL MODULE: ./src/commands/environment.ts
var commands_environment = __webpack_require__(50811);
// EXTERNAL MODULE: ./src/commands/invocation.ts + 2 modules
var invocation = __webpack_require__(58386);
// EXTERNAL MODULE: ./src/commands/options.ts
var options = __webpack_require__(26052);
;// CONCATENATED MODULE: ./src/commands/verify-evidence.ts











/** Re-reads every stored item of one release and checks it against the digest its payload records. */
async function verifyRelease(release, live, store) {
    const label = `${release.payload.model.version} (#${release.id})`;
    const base = { id: release.id, version: release.payload.model.version, live };
    const evidence = (0,use/* readEvidence */.At)(release.payload.evidence, label);
    if ('kind' in evidence)
        return { ...base, store: null, status: 'no-evidence', message: (0,use/* evidenceProblemText */.SO)(evidence), items: [] };
    const outcomes = new Map();
    for (const { role, item } of (0,manifest/* evidenceItems */.C6)(evidence)) {
        const started = performance.now();
        const read = await (0,files_evidence/* readEvidenceItem */.v6)(store(), item, label, role);
        const ms = Math.round((performance.now() - started) * 10) / 10;
        outcomes.set(role, read.ok ? { ok: true, ms } : { ...read, ms });
    }
    const items = verifiedItems(evidence, (role) => outcomes.get(role));
    return { ...base, store: evidence.store, status: releaseStatus(items), items };
}
/** Which releases to verify: the live one (default), every one of `--version`, or `--all`. */
function pick(releases, inv, model, environment) {
    const version = (0,invocation/* stringOption */.Pp)(inv, options/* Opt */.e3.Version);
    if ((0,invocation/* booleanOption */.Ic)(inv, options/* Opt */.e3.All)) {
        if (version !== undefined)
            throw (0,errors/* usageError */.Wp)(`${(0,invocation/* optionLabel */.ed)(inv, options/* Opt */.e3.All)} and ${(0,invocation/* optionLabel */.ed)(inv, options/* Opt */.e3.Version)} '${version}' were both given; pass one`);
        if (releases.length === 0)
            throw (0,errors/* usageError */.Wp)(`${model} has no releases in '${environment}'; nothing to verify`);
        return [...releases];
    }
    if (version !== undefined) {
        const matching = releases.filter((r) => r.payload.model.version === version);
        if (matching.length === 0) {
            const known = [...new Set(releases.map((r) => r.payload.model.version))];
            throw (0,errors/* usageError */.Wp)(`${(0,invocation/* optionLabel */.ed)(inv, options/* Opt */.e3.Version)} is '${version}', but ${model} has no release of that version in '${environment}'; found: ${known.join(', ') || '(no releases)'}`);
        }
        return matching;
    }
    const live = (0,state/* findLive */.KI)(releases);
    if (!live)
        throw (0,errors/* usageError */.Wp)(`${model} has no live release in '${environment}'; pass ${(0,invocation/* optionLabel */.ed)(inv, options/* Opt */.e3.Version)} <version> or ${(0,invocation/* optionLabel */.ed)(inv, options/* Opt */.e3.All)} to verify others`);
    return [live];
}
const verifyEvidenceCommand = {
    spec: {
        name: 'verify-evidence',
        summary: "Re-read a release's stored evidence and check every item against the sha256 its payload records.",
        options: [
            options/* configOption */.KJ,
            options/* jsonOption */.Ec,
            options/* modelOption */.HI,
            options/* environmentOption */.dp,
            { name: options/* Opt */.e3.Version, type: 'string', description: 'Verify the release(s) of this model version (default: the live release).' },
            { name: options/* Opt */.e3.All, type: 'boolean', default: 'false', description: 'Verify every release of the model in the environment.' },
            options/* storeOption */.XS,
            options/* tokenOption */.Pc,
        ],
        outputs: [{ name: 'verdict', description: 'pass (every stored item matches its recorded sha256) or fail.' }],
        stepAction: false,
    },
    async run(inv, ctx) {
        const loaded = await (0,invocation/* loadConfig */.Z9)(inv, ctx);
        const model = (0,invocation/* selectModel */.U8)(inv, loaded.config);
        const environment = (0,commands_environment/* chooseEnvironment */.H)(inv, loaded, model.environment, ctx.cwd);
        const settings = { choice: (0,release_store/* parseStoreChoice */.cm)((0,invocation/* stringOption */.Pp)(inv, options/* Opt */.e3.Store), (0,invocation/* optionLabel */.ed)(inv, options/* Opt */.e3.Store)), cwd: ctx.cwd, github: ctx.github, inActions: ctx.inActions, log: ctx.log };
        const everything = (0,invocation/* booleanOption */.Ic)(inv, options/* Opt */.e3.All) || (0,invocation/* stringOption */.Pp)(inv, options/* Opt */.e3.Version) !== undefined;
        const releases = await (0,release_store/* loadReleases */.ze)((0,release_store.createReleaseStore)(settings), environment, model.name, everything ? undefined : state/* untilLive */.TB);
        const chosen = pick(releases, inv, model.name, environment);
        const liveId = (0,state/* findLive */.KI)(releases)?.id;
        let evidence;
        const store = () => (evidence ??= (0,evidence_store.createEvidenceStore)(settings));
        const verified = [];
        for (const release of chosen)
            verified.push(await verifyRelease(release, release.id === liveId, store));
        const result = { model: model.name, environment, verdict: verifyVerdict(verified), releases: verified };
        const text = renderVerifyText(result);
        const bad = verified.flatMap((r) => r.items.filter((i) => i.status === 'mismatch' || i.status === 'unreadable').map((i) => `${r.version} (#${r.id}) ${i.role}: ${i.status}`));
        const none = verified.filter((r) => r.status === 'no-evidence').map((r) => `${r.version} (#${r.id}): ${r.message ?? 'no evidence'}`);
        return {
            exitCode: result.verdict === 'pass' ? 0 : 1,
            text,
            json: result,
            markdown: `### mlgate verify-evidence\n\n\`\`\`text\n${text.replace(/`{3,}/g, "'''")}\`\`\`\n`,
            outputs: { verdict: result.verdict },
            ...(result.verdict === 'fail' ? { failure: [...bad, ...none].join('; ') } : {}),
        };
    },
};


/***/ }),

/***/ 39095:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C6: () => (/* binding */ evidenceItems),
/* harmony export */   Q5: () => (/* binding */ evidencePrefix),
/* harmony export */   hh: () => (/* binding */ EVIDENCE_VERSION),
/* harmony export */   jU: () => (/* binding */ evidenceSchema)
/* harmony export */ });
/* unused harmony exports evidenceItemSchema, dataFileFingerprintSchema, dataFingerprintSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38816);

/**
 * What a release stores for the gates that come after it (SPEC §6 "Evidence"): the per-example predictions
 * the gate used, a profile of every configured dataset, the metrics, the report and the data fingerprints.
 * Every item records the sha256 of the bytes as stored, and where they live; a read verifies the digest.
 */
const EVIDENCE_VERSION = 1;
const sha256Hex = zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().regex(/^[0-9a-f]{64}$/, 'a sha256 in hex');
const evidenceItemSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    /** The item's file name as stored, e.g. `predictions.csv.gz`. */
    name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1),
    sha256: sha256Hex,
    /** Bytes as stored (compressed when `encoding` is gzip). */
    bytes: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative(),
    encoding: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['gzip', 'identity']),
    /** Where the store keeps it (local: a path under .mlgate/evidence; GitHub: `<branch>:<path>@<blob sha>`). */
    location: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1),
});
const dataFileFingerprintSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ path: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), sha256: sha256Hex, bytes: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative() });
const dataFingerprintSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    files: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(dataFileFingerprintSchema),
    rows: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative().nullable(),
    /** Column name → the kind the profile found (numeric, categorical, …). */
    columns: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()).default({}),
});
const evidenceSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    version: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz(EVIDENCE_VERSION),
    store: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['local', 'github']),
    predictions: evidenceItemSchema.nullable().default(null),
    profiles: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), evidenceItemSchema).default({}),
    metrics: evidenceItemSchema.nullable().default(null),
    report: evidenceItemSchema.nullable().default(null),
    data: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), dataFingerprintSchema).default({}),
    /** What promote could not store, by role (`predictions`, `profile:<dataset>`), and why. */
    missing: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()).default({}),
});
/** Every stored item of a release's evidence, with the role it plays. */
function evidenceItems(evidence) {
    return [
        ...(evidence.predictions ? [{ role: 'predictions', item: evidence.predictions }] : []),
        ...Object.entries(evidence.profiles).map(([dataset, item]) => ({ role: `profile of ${dataset}`, item })),
        ...(evidence.metrics ? [{ role: 'metrics', item: evidence.metrics }] : []),
        ...(evidence.report ? [{ role: 'report', item: evidence.report }] : []),
    ];
}
/** The path prefix one release's evidence is stored under: environment, model, version and the run that made it. */
function evidencePrefix(release) {
    const part = (s) => s.replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^\.+/, '_').slice(0, 80) || '_';
    return [part(release.environment), part(release.model), `${part(release.version)}-${part(release.key)}`].join('/');
}


/***/ }),

/***/ 42867:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AN: () => (/* binding */ isProblem),
/* harmony export */   At: () => (/* binding */ readEvidence),
/* harmony export */   SO: () => (/* binding */ evidenceProblemText),
/* harmony export */   pj: () => (/* binding */ pickItem)
/* harmony export */ });
/* harmony import */ var _manifest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(39095);

function evidenceProblemText(p) {
    switch (p.kind) {
        case 'no-release':
            return `no live release in '${p.environment}' yet`;
        case 'no-evidence':
            return `the live release ${p.release} was made before mlgate stored evidence with releases`;
        case 'malformed':
            return `the evidence record of the live release ${p.release} is malformed (${p.message})`;
        case 'no-item':
            return `the live release ${p.release} stored no ${p.item}${p.why ? ` (${p.why})` : ''}`;
        case 'digest-mismatch':
            return `the stored ${p.item} of ${p.release} does not match its recorded digest (sha256 ${p.expected.slice(0, 12)}…, found ${p.found.slice(0, 12)}…); it was not used`;
        case 'unreadable':
            return `the stored ${p.item} of ${p.release} cannot be read (${p.message})`;
    }
}
/** A release payload's `evidence`, or why it cannot be used. */
function readEvidence(raw, release) {
    if (raw === undefined || raw === null)
        return { kind: 'no-evidence', release };
    const parsed = _manifest_js__WEBPACK_IMPORTED_MODULE_0__/* .evidenceSchema */ .jU.safeParse(raw);
    if (parsed.success)
        return parsed.data;
    const issue = parsed.error.issues[0];
    return { kind: 'malformed', release, message: issue ? `${issue.path.join('.') || '(root)'}: ${issue.message}` : 'invalid' };
}
/** The item of the release's evidence for `role`, or the problem in its way. */
function pickItem(raw, release, role) {
    const evidence = readEvidence(raw, release);
    if ('kind' in evidence)
        return evidence;
    const why = (key) => (evidence.missing[key] !== undefined ? { why: evidence.missing[key] } : {});
    if (role === 'predictions')
        return evidence.predictions ?? { kind: 'no-item', release, item: 'per-example predictions', ...why('predictions') };
    return evidence.profiles[role.profile] ?? { kind: 'no-item', release, item: `profile of dataset '${role.profile}'`, ...why(`profile:${role.profile}`) };
}
const isProblem = (x) => 'kind' in x;


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

/***/ 82911:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GF: () => (/* binding */ itemEntry),
/* harmony export */   dq: () => (/* binding */ fingerprintDataset),
/* harmony export */   hx: () => (/* binding */ gatherEvidence),
/* harmony export */   v6: () => (/* binding */ readEvidenceItem),
/* harmony export */   vH: () => (/* binding */ unpackedName)
/* harmony export */ });
/* unused harmony export fingerprintOf */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(38522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _domain_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(10241);
/* harmony import */ var _domain_profile_format_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(50366);
/* harmony import */ var _data_files_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2190);
/* harmony import */ var _data_profile_data_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(75942);
/**
 * Gathering a release's evidence from the working tree (promote) and reading it back verified (compare, drift,
 * verify-evidence). Text items are stored gzip-compressed; Parquet predictions as they are.
 */









const sha256 = (bytes) => (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex');
async function fileSha256(file) {
    const h = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    for await (const chunk of (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(file))
        h.update(chunk);
    return h.digest('hex');
}
function packed(role, name, raw) {
    // Parquet is compressed already; everything else is text that gzip shrinks several times.
    if (/\.(parquet|pq|gz)$/i.test(name))
        return { role, name, bytes: raw, encoding: 'identity' };
    return { role, name: `${name}.gz`, bytes: (0,node_zlib__WEBPACK_IMPORTED_MODULE_4__.gzipSync)(raw, { level: 6 }), encoding: 'gzip' };
}
/** Everything a release stores for the gates after it: predictions, a profile and fingerprints of every dataset, metrics, report. */
async function gatherEvidence(input) {
    const { config, model, root } = input;
    const items = [];
    const missing = {};
    if (model.significance) {
        const file = node_path__WEBPACK_IMPORTED_MODULE_3___default().resolve(root, model.significance.candidate);
        if (await isFile(file))
            items.push(packed('predictions', `predictions${extensionOf(file)}`, await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)(file)));
        else
            missing.predictions = `significance.candidate '${model.significance.candidate}' was not in the release job's checkout`;
    }
    const metricsFile = node_path__WEBPACK_IMPORTED_MODULE_3___default().resolve(root, model.metrics);
    if (await isFile(metricsFile))
        items.push(packed('metrics', `metrics${extensionOf(metricsFile)}`, await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)(metricsFile)));
    if (input.resultsFile)
        items.push(packed('report', 'gate-result.json', await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)(input.resultsFile)));
    const data = {};
    const profiles = new Map();
    for (const [index, dataset] of config.datasets.entries()) {
        // A release job often runs without the data (it lives in DVC, a bucket, …): the release is still recorded, and
        // what could not be stored says why, so the gates after it can say so too.
        let files;
        let profile;
        try {
            files = await (0,_data_files_js__WEBPACK_IMPORTED_MODULE_7__/* .resolveDataFiles */ .A)(dataset.path, root, `datasets[${index}].path (${dataset.name})`, input.cwd);
            profile = await (0,_data_profile_data_js__WEBPACK_IMPORTED_MODULE_8__/* .profileFiles */ .xc)(files, dataset);
        }
        catch (error) {
            if (!(error instanceof _domain_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .MlgateError */ .Bf) || error.kind !== 'input')
                throw error;
            missing[`profile:${dataset.name}`] = error.message;
            continue;
        }
        profiles.set(dataset.name, profile);
        items.push(packed({ profile: dataset.name }, `profile-${safeName(dataset.name)}.json`, Buffer.from(`${JSON.stringify((0,_domain_profile_format_js__WEBPACK_IMPORTED_MODULE_6__/* .profileToJson */ .lu)(profile))}\n`, 'utf8')));
        data[dataset.name] = await fingerprintOf(files, profile);
    }
    return { items, data, profiles, missing };
}
/** The fingerprint of a dataset's files (path, sha256, bytes) with its profile's rows and column types: what promote records. */
async function fingerprintOf(files, profile) {
    const fingerprints = [];
    for (const f of files)
        fingerprints.push({ path: f.name, sha256: await fileSha256(f.path), bytes: (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)(f.path)).size });
    return { files: fingerprints, rows: profile.rows, columns: Object.fromEntries(profile.columns.map((c) => [c.name, c.type ?? c.kind])) };
}
/** A dataset's fingerprint computed the way promote computes it (one profiling pass, then each file's sha256). */
async function fingerprintDataset(files, dataset) {
    return fingerprintOf(files, await (0,_data_profile_data_js__WEBPACK_IMPORTED_MODULE_8__/* .profileFiles */ .xc)(files, dataset, { hash: false }));
}
const safeName = (s) => s.replace(/[^A-Za-z0-9._-]+/g, '_');
function extensionOf(file) {
    const m = /(\.[A-Za-z0-9]+)(\.gz)?$/.exec(node_path__WEBPACK_IMPORTED_MODULE_3___default().basename(file));
    return m ? `${m[1]}${m[2] ?? ''}` : '';
}
async function isFile(file) {
    return (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)(file).catch(() => undefined))?.isFile() === true;
}
/** The manifest entry of a stored item. */
function itemEntry(item, location) {
    return { name: item.name, sha256: sha256(item.bytes), bytes: item.bytes.byteLength, encoding: item.encoding, location };
}
/** Reads one item back, verifies its digest, and undoes its encoding; never returns bytes that do not match. */
async function readEvidenceItem(store, item, release, what) {
    let stored;
    try {
        stored = await store.load(item.location);
    }
    catch (error) {
        return { ok: false, problem: { kind: 'unreadable', release, item: what, message: error instanceof Error ? error.message : String(error) } };
    }
    const found = sha256(stored);
    if (found !== item.sha256)
        return { ok: false, problem: { kind: 'digest-mismatch', release, item: what, expected: item.sha256, found } };
    if (item.encoding === 'identity')
        return { ok: true, bytes: stored };
    try {
        return { ok: true, bytes: (0,node_zlib__WEBPACK_IMPORTED_MODULE_4__.gunzipSync)(stored) };
    }
    catch (error) {
        return { ok: false, problem: { kind: 'unreadable', release, item: what, message: `not gzip: ${error.message}` } };
    }
}
/** The name a stored item had before packing (e.g. `predictions.csv` for `predictions.csv.gz` stored gzip). */
function unpackedName(item) {
    return item.encoding === 'gzip' ? item.name.replace(/\.gz$/, '') : item.name;
}


/***/ })

};
