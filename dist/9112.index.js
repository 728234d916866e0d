export const id = 9112;
export const ids = [9112];
export const modules = {

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

/***/ 89112:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   driftHook: () => (/* binding */ driftHook),
/* harmony export */   prepareDrift: () => (/* binding */ prepareDrift),
/* harmony export */   warnUnsaved: () => (/* binding */ warnUnsaved)
/* harmony export */ });
/* harmony import */ var _adapters_storage_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61648);
/* harmony import */ var _domain_drift_evaluate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(10332);
/* harmony import */ var _domain_profile_dataset_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(66313);
/* harmony import */ var _io_data_column_values_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(91398);
/* harmony import */ var _io_data_drift_reference_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(82629);
/* harmony import */ var _io_data_read_dataset_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(13808);
/* harmony import */ var _io_workers_sort_workers_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(84032);
/* harmony import */ var _invocation_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(58386);
/** Drift inside `validate`/`check`: the dataset's reference against the current data, column by column. */








/** Waits for the reference's distributions to be cached (`ReferenceDistributions.saved`); a failure is a warning. */
async function warnUnsaved(reference, dataset, context) {
    const failure = await reference.saved;
    if (failure)
        context.log.warning(`drift ${dataset}: ${failure}`);
}
/**
 * Loads the reference of a dataset's drift; the current data's values are collected by the
 * validation pass into `collector` (one read for checks and drift), then `finish` scores them.
 */
async function prepareDrift(dataset, root, context, where, production, profile) {
    const reference = await (0,_io_data_drift_reference_js__WEBPACK_IMPORTED_MODULE_4__/* .loadReference */ .Q)(dataset, root, where, { cwd: context.cwd, env: context.env, cache: (0,_adapters_storage_js__WEBPACK_IMPORTED_MODULE_0__/* .createCache */ .VC)(context), ...(context.progress ? { progress: context.progress } : {}), ...(production ? { production } : {}), alongside: !profile });
    if ('skipped' in reference)
        return { finish: () => Promise.resolve([{ column: '(dataset)', method: dataset.drift.method, score: 0, threshold: 0, status: 'skipped', message: reference.skipped }]) };
    context.log.info(`drift ${dataset.name}: reference from ${reference.source}`);
    if (profile) {
        const results = (0,_domain_drift_evaluate_js__WEBPACK_IMPORTED_MODULE_1__/* .evaluateDrift */ .$v)({ reference: await reference.columns, current: (0,_domain_profile_dataset_js__WEBPACK_IMPORTED_MODULE_2__/* .profileDistributions */ .R_)(profile), config: dataset.drift, columns: dataset.columns });
        await warnUnsaved(reference, dataset.name, context);
        return { finish: () => Promise.resolve(results) };
    }
    const collector = (0,_io_data_column_values_js__WEBPACK_IMPORTED_MODULE_3__/* .exactCollector */ .l5)();
    const sorting = (0,_io_data_read_dataset_js__WEBPACK_IMPORTED_MODULE_5__/* .sortSettings */ .MT)(context.env);
    // Reference data read on a worker thread meanwhile (`busyThreads`): the current data's read has the other threads.
    const busy = reference.busyThreads ?? 0;
    let referenceRead = busy === 0;
    if (!referenceRead)
        void Promise.resolve(reference.columns).then(() => (referenceRead = true), () => (referenceRead = true));
    return {
        collector,
        ...(busy ? { threads: Math.max(1, sorting.threads - busy) } : {}),
        finish: async () => {
            if (!referenceRead) {
                // The worker is still at the reference: the current data's values are sorted here meanwhile, with its help once it is done.
                const current = await collector.finish((columns) => (0,_io_workers_sort_workers_js__WEBPACK_IMPORTED_MODULE_6__/* .sortColumns */ .C)(columns, { ...sorting, spareOnly: true }));
                const results = (0,_domain_drift_evaluate_js__WEBPACK_IMPORTED_MODULE_1__/* .evaluateDrift */ .$v)({ reference: await reference.columns, config: dataset.drift, columns: dataset.columns, current });
                await warnUnsaved(reference, dataset.name, context);
                return results;
            }
            const inputs = { reference: await reference.columns, config: dataset.drift, columns: dataset.columns };
            // The columns that need no sort are scored while the others' values are sorted (the worker threads take more of them).
            let ready;
            const current = await collector.finish((columns) => (0,_io_workers_sort_workers_js__WEBPACK_IMPORTED_MODULE_6__/* .sortColumns */ .C)(columns, sorting), (done) => (ready = (0,_domain_drift_evaluate_js__WEBPACK_IMPORTED_MODULE_1__/* .evaluateDriftColumns */ .w7)({ ...inputs, current: done }, done.keys())));
            const results = (0,_domain_drift_evaluate_js__WEBPACK_IMPORTED_MODULE_1__/* .evaluateDrift */ .$v)({ ...inputs, current }, ready);
            await warnUnsaved(reference, dataset.name, context);
            return results;
        },
    };
}
/**
 * The hook `runValidation` calls for a dataset with `drift:`. The release and evidence stores (and the GitHub
 * client under them, ~1.3 MB of code) are loaded only for `reference: production`.
 */
function driftHook({ dataset, loaded, context, profile }, invocation) {
    const index = loaded.config.datasets.indexOf(dataset);
    // A wrong --store is an error even when the stores are never opened.
    (0,_invocation_js__WEBPACK_IMPORTED_MODULE_7__/* .storeChoice */ .Hz)(invocation);
    const production = async (name) => {
        const [{ evidenceFactory, storeFactory }, { productionProfile }] = await Promise.all([Promise.all(/* import() */[__webpack_require__.e(4119), __webpack_require__.e(6913), __webpack_require__.e(9300), __webpack_require__.e(4385), __webpack_require__.e(3938), __webpack_require__.e(2947), __webpack_require__.e(6130)]).then(__webpack_require__.bind(__webpack_require__, 56130)), Promise.all(/* import() */[__webpack_require__.e(4119), __webpack_require__.e(6913), __webpack_require__.e(9300), __webpack_require__.e(3938), __webpack_require__.e(8125)]).then(__webpack_require__.bind(__webpack_require__, 18125))]);
        return productionProfile(name, loaded.config, { store: storeFactory(invocation, context), evidence: evidenceFactory(invocation, context) });
    };
    return prepareDrift(dataset, loaded.root, context, `datasets[${index}].drift.reference (${dataset.name})`, production, profile);
}


/***/ }),

/***/ 10332:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  P7: () => (/* binding */ IDENTIFIER_SKIPPED),
  $v: () => (/* binding */ evaluateDrift),
  w7: () => (/* binding */ evaluateDriftColumns)
});

// UNUSED EXPORTS: DATASET_ROW

// EXTERNAL MODULE: ./src/domain/drift/sample.ts
var drift_sample = __webpack_require__(41088);
;// CONCATENATED MODULE: ./src/domain/drift/histogram.ts

/** Most bins of a numeric chart, tails included. */
const MAX_BINS = 20;
/** Bins aimed for between the 1st and 99th percentiles. */
const TARGET_BINS = 15;
/** Categories shown before "other". */
const TOP_CATEGORIES = 10;
/** Longest category value kept (code points), then `…`. */
const MAX_CATEGORY_CHARS = 80;
function driftDistribution(reference, current) {
    if (reference.kind === 'numeric' && current.kind === 'numeric')
        return { kind: 'numeric', bins: numericBins(reference, current) };
    if (reference.kind === 'categorical' && current.kind === 'categorical')
        return { kind: 'categorical', bins: categoryBins(reference, current) };
    return undefined;
}
/** 1, 2 or 5 × 10^k, the smallest strictly above `x` when `above`, else at least `x`. */
function roundStep(x, above = false) {
    const power = 10 ** Math.floor(Math.log10(x));
    for (const f of [1, 2, 5, 10])
        if (above ? f * power > x * (1 + 1e-9) : f * power >= x * (1 - 1e-9))
            return f * power;
    return 10 * power;
}
/** Round away float noise (0.1 + 0.2) so edges read as typed. */
const clean = (x) => Number(x.toPrecision(12));
/** Weighted count of values < x. */
function rankBelow(sample, x, cum) {
    const { values } = sample;
    let lo = 0;
    let hi = values.length;
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (values[mid] < x)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo === 0)
        return 0;
    return cum ? cum[lo - 1] : lo;
}
/** Bin edges: round steps covering the 1st–99th percentiles of both sides (the whole range when that is one point). */
function binEdges(reference, current) {
    const min = Math.min(reference.min, current.min);
    const max = Math.max(reference.max, current.max);
    let lo = Math.min((0,drift_sample/* quantile */.YV)(reference.sample, 0.01), (0,drift_sample/* quantile */.YV)(current.sample, 0.01));
    let hi = Math.max((0,drift_sample/* quantile */.YV)(reference.sample, 0.99), (0,drift_sample/* quantile */.YV)(current.sample, 0.99));
    if (!(hi > lo))
        [lo, hi] = [min, max];
    if (!(hi > lo) || !Number.isFinite(hi - lo))
        return [lo, lo];
    // Two tails may join the bounded bins, so those stay at MAX_BINS − 2.
    for (let step = roundStep((hi - lo) / TARGET_BINS);; step = roundStep(step, true)) {
        const start = Math.floor(lo / step) * step;
        const n = Math.max(1, Math.ceil((hi - start) / step - 1e-9));
        if (n <= MAX_BINS - 2)
            return Array.from({ length: n + 1 }, (_, i) => clean(start + i * step));
    }
}
function numericBins(reference, current) {
    const edges = binEdges(reference, current);
    const first = edges[0];
    const last = edges[edges.length - 1];
    const sides = [reference.sample, current.sample].map((s) => ({ s, cum: s.weights ? (0,drift_sample/* cumulativeWeights */.pN)(s) : undefined }));
    const share = (from, to, closedTop) => sides.map(({ s, cum }) => {
        if (s.total <= 0)
            return 0;
        const upper = to === null ? s.total : closedTop ? (0,drift_sample/* rankAtMost */.p_)(s, to, cum) : rankBelow(s, to, cum);
        const lower = from === null ? 0 : rankBelow(s, from, cum);
        return Math.max(0, upper - lower) / s.total;
    });
    const bins = [];
    const push = (from, to, closedTop) => {
        const [r, c] = share(from, to, closedTop);
        bins.push({ from, to, reference: r, current: c });
    };
    const below = share(null, first, false);
    if (below[0] > 0 || below[1] > 0)
        push(null, first, false);
    if (edges.length === 2 && first === last)
        push(first, last, true);
    for (let i = 0; i + 1 < edges.length && first !== last; i++)
        push(edges[i], edges[i + 1], i + 2 === edges.length);
    const above = sides.map(({ s, cum }) => (s.total > 0 ? (s.total - (0,drift_sample/* rankAtMost */.p_)(s, last, cum)) / s.total : 0));
    if (above[0] > 0 || above[1] > 0)
        bins.push({ from: last, to: null, reference: above[0], current: above[1] });
    return bins;
}
function cut(value) {
    const points = Array.from(value);
    return points.length <= MAX_CATEGORY_CHARS ? value : `${points.slice(0, MAX_CATEGORY_CHARS - 1).join('')}…`;
}
function categoryBins(reference, current) {
    const refShare = (v) => (reference.count > 0 ? (reference.counts.get(v) ?? 0) / reference.count : 0);
    const curShare = (v) => (current.count > 0 ? (current.counts.get(v) ?? 0) / current.count : 0);
    const values = [...new Set([...reference.counts.keys(), ...current.counts.keys()])];
    const weight = (v) => Math.max(refShare(v), curShare(v));
    const top = values.sort((a, b) => weight(b) - weight(a) || (a < b ? -1 : a > b ? 1 : 0)).slice(0, TOP_CATEGORIES);
    const bins = top.map((v) => ({ value: cut(v), reference: refShare(v), current: curShare(v) }));
    // Everything not listed, the sketch's uncounted values included.
    const rest = (d) => (d.count > 0 ? Math.max(0, d.count - top.reduce((n, v) => n + (d.counts.get(v) ?? 0), 0)) / d.count : 0);
    const other = { reference: rest(reference), current: rest(current) };
    if (other.reference > 0 || other.current > 0)
        bins.push({ value: null, ...other });
    return bins;
}

;// CONCATENATED MODULE: ./src/domain/drift/distribution.ts

/** Number of reference-quantile bins used by the binned methods on numeric columns. */
const NUMERIC_BINS = 10;
/** Interior bin edges at the reference's i/B quantiles (duplicates removed). */
function quantileEdges(reference, bins = NUMERIC_BINS) {
    const cum = reference.weights ? (0,drift_sample/* cumulativeWeights */.pN)(reference) : undefined;
    const edges = [];
    for (let i = 1; i < bins; i++) {
        const e = (0,drift_sample/* quantile */.YV)(reference, i / bins, cum);
        if (edges.length === 0 || e > edges[edges.length - 1])
            edges.push(e);
    }
    return edges;
}
/** Weighted counts in (−∞, e1], (e1, e2], …, (e_last, ∞). */
function binCounts(sample, edges) {
    const cum = sample.weights ? (0,drift_sample/* cumulativeWeights */.pN)(sample) : undefined;
    const out = new Float64Array(edges.length + 1);
    let prev = 0;
    edges.forEach((e, i) => {
        const r = (0,drift_sample/* rankAtMost */.p_)(sample, e, cum);
        out[i] = r - prev;
        prev = r;
    });
    out[edges.length] = sample.total - prev;
    return out;
}
/**
 * Aligned count vectors over the union of categories (an `other` bucket when either side has one; `pooled` then
 * true, the bucket last).
 */
function alignCategories(reference, current) {
    const { refOnly, curOnly } = listedAlone(reference, current);
    const labels = [];
    for (const l of reference.counts.keys())
        if (refOnly || current.counts.has(l))
            labels.push(l);
    if (curOnly)
        for (const l of current.counts.keys())
            if (!reference.counts.has(l))
                labels.push(l);
    labels.sort();
    const [refOther, curOther] = pooledCounts(reference, current);
    const withOther = refOther > 0 || curOther > 0;
    const size = labels.length + (withOther ? 1 : 0);
    const ref = new Float64Array(size);
    const cur = new Float64Array(size);
    labels.forEach((l, i) => {
        ref[i] = reference.counts.get(l) ?? 0;
        cur[i] = current.counts.get(l) ?? 0;
    });
    if (withOther) {
        ref[size - 1] = refOther;
        cur[size - 1] = curOther;
        labels.push('(other)');
    }
    return { labels, ref, cur, pooled: withOther };
}
/**
 * Whether a value listed by one side alone keeps a place of its own in the aligned tables (`refOnly`: listed by the
 * reference alone). A side with `other` > 0 is a truncated top-k (a profile): a value it does not list may be inside
 * its `other`, so a value listed only by the far side is pooled into (other) on both sides instead of counting as new
 * or vanished. Not so for exact mode's hash sample (exact counts, a sampling level): both sides are at the same level
 * (evaluate.ts), a value the near side lists is one the sample keeps, and the far side lists every such value it has.
 * A value both sides list always keeps its place.
 */
function listedAlone(reference, current) {
    const complete = (far) => far.other === 0 || (far.countError === 0 && far.sampleLevel !== undefined);
    return { refOnly: complete(current), curOnly: complete(reference) };
}
/** What the aligned tables of `alignCategories` pool as (other) on each side: [reference, current]. */
function pooledCounts(reference, current) {
    const { refOnly, curOnly } = listedAlone(reference, current);
    let refOther = reference.other;
    let curOther = current.other;
    if (!refOnly)
        for (const [l, n] of reference.counts)
            if (!current.counts.has(l))
                refOther += n;
    if (!curOnly)
        for (const [l, n] of current.counts)
            if (!reference.counts.has(l))
                curOther += n;
    return [refOther, curOther];
}

;// CONCATENATED MODULE: ./src/domain/drift/category-bound.ts
/**
 * How far a drift score computed on capped category tables (exact mode's hash sample, a profile's Misra–Gries top-k:
 * listed counts plus an `other` bucket) can be from the score on the full tables. The score is computed on the
 * aligned tables (`alignCategories`), which pool into one bucket each side's `other` and the values they cannot
 * compare one by one; write o for the share of a side's non-null values in that bucket. P̂ (the aligned table, the
 * bucket a value of its own) is P with a share o moved into the bucket, so TV(P, P̂) = o and no proportion moves by
 * more than o.
 * - Jensen–Shannon distance (base 2) is a metric with JS ≤ √TV, so by the triangle inequality
 *   |JS(P̂, Q̂) − JS(P, Q)| ≤ √o_ref + √o_cur. When both sides' listed counts are exact, the bucket holds the same
 *   values U on both sides and the divergence is a sum over values of f(p, q) = ½[p log₂(2p/(p+q)) + q log₂(2q/(p+q))],
 *   convex, homogeneous, 0 ≤ f ≤ (p+q)/2. The score S² counts U as f(o_ref, o_cur) ≤ Σ_U f(p_u, q_u) ≤ (o_ref+o_cur)/2,
 *   so S ≤ JS(P, Q) ≤ √(S² + (o_ref+o_cur)/2 − f(o_ref, o_cur)): the bound is that minus S, at most half the other.
 * - L∞ is a metric too, so |L∞(P̂, Q̂) − L∞(P, Q)| ≤ o_ref + o_cur. When both sides' listed counts are exact (exact
 *   mode's hash sample: `countError` 0 on both), the bucket holds the same values on both sides, every other value
 *   is compared with its exact counts, and each pooled value u has |p_u − q_u| ≤ max(p_u, q_u) ≤ max(o_ref, o_cur),
 *   while the bucket's own |o_ref − o_cur| is at most as much: the bound is max(o_ref, o_cur).
 * PSI and χ² are not metrics and depend on the number of bins: no such bound, so they are not computed.
 */

/** A categorical side whose table does not list every value with its exact count. */
function isSummarised(d) {
    return d.kind === 'categorical' && (d.other > 0 || d.countError > 0);
}
/** Share of each side's non-null values that the aligned tables pool as (other): [reference, current]. */
function pooledShares(reference, current) {
    const [refOther, curOther] = pooledCounts(reference, current);
    if (refOther === 0 && curOther === 0)
        return [0, 0];
    const share = (bucket, count) => (count > 0 ? Math.min(1, bucket / count) : 0);
    return [share(refOther, reference.count), share(curOther, current.count)];
}
/** Whether `summaryBound` bounds the method's score (the others are not computed on summarised tables). */
function hasSummaryBound(method) {
    return method === 'jensen_shannon' || method === 'linf';
}
/** ½[p log₂(2p/(p+q)) + q log₂(2q/(p+q))]: one value's share of the Jensen–Shannon divergence (bits). */
function jsTerm(p, q) {
    const m = (p + q) / 2;
    const part = (x) => (x > 0 ? x * Math.log2(x / m) : 0);
    return m > 0 ? (part(p) + part(q)) / 2 : 0;
}
/** Bound on |score − score on the full tables| for a `score` computed on these tables; undefined when the method has none. */
function summaryBound(method, reference, current, score) {
    const [r, c] = pooledShares(reference, current);
    const exactCounts = reference.countError === 0 && current.countError === 0;
    if (method === 'jensen_shannon') {
        if (!exactCounts)
            return Math.min(1, Math.sqrt(r) + Math.sqrt(c));
        const upper = Math.sqrt(Math.min(1, score * score + Math.max(0, (r + c) / 2 - jsTerm(r, c))));
        return Math.min(1, Math.max(0, upper - score));
    }
    if (method === 'linf')
        return Math.min(1, exactCounts ? Math.max(r, c) : r + c);
    return undefined;
}

// EXTERNAL MODULE: ./src/domain/drift/capped-counts.ts
var capped_counts = __webpack_require__(50284);
;// CONCATENATED MODULE: ./src/domain/drift/special.ts
/** Special functions the drift statistics need (pure, double precision). */
const LANCZOS_G = 7;
const LANCZOS = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905,
    -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];
const HALF_LOG_2PI = 0.5 * Math.log(2 * Math.PI);
/** log Γ(x) for x > 0 (Lanczos below 10, Stirling series above; ~1e-15 relative). */
function logGamma(x) {
    if (x < 0.5)
        return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
    if (x >= 10) {
        const r = 1 / x;
        const r2 = r * r;
        const series = r * (1 / 12 - r2 * (1 / 360 - r2 * (1 / 1260 - r2 * (1 / 1680 - r2 * (1 / 1188)))));
        return (x - 0.5) * Math.log(x) - x + HALF_LOG_2PI + series;
    }
    const z = x - 1;
    let a = LANCZOS[0];
    const t = z + LANCZOS_G + 0.5;
    for (let i = 1; i < LANCZOS.length; i++)
        a += LANCZOS[i] / (z + i);
    return HALF_LOG_2PI + (z + 0.5) * Math.log(t) - t + Math.log(a);
}
/** Regularised upper incomplete gamma Q(a, x) = Γ(a, x)/Γ(a). */
function gammaQ(a, x) {
    if (x <= 0)
        return 1;
    if (!Number.isFinite(x))
        return 0;
    const logPrefix = a * Math.log(x) - x - logGamma(a);
    if (x < a + 1) {
        // Series for P(a, x).
        let sum = 1 / a;
        let term = sum;
        for (let n = 1; n < 10_000; n++) {
            term *= x / (a + n);
            sum += term;
            if (Math.abs(term) < Math.abs(sum) * 1e-17)
                break;
        }
        return 1 - sum * Math.exp(logPrefix);
    }
    // Continued fraction for Q(a, x) (modified Lentz).
    const tiny = 1e-300;
    let b = x + 1 - a;
    let c = 1 / tiny;
    let d = 1 / b;
    let h = d;
    for (let i = 1; i < 10_000; i++) {
        const an = -i * (i - a);
        b += 2;
        d = an * d + b;
        if (Math.abs(d) < tiny)
            d = tiny;
        c = b + an / c;
        if (Math.abs(c) < tiny)
            c = tiny;
        d = 1 / d;
        const delta = d * c;
        h *= delta;
        if (Math.abs(delta - 1) < 1e-16)
            break;
    }
    return Math.exp(logPrefix) * h;
}
/** Survival function of the chi-square distribution with `dof` degrees of freedom. */
function chiSquareSf(statistic, dof) {
    if (dof <= 0)
        return Number.NaN;
    return gammaQ(dof / 2, statistic / 2);
}
/** Round half to even (numpy's `round`). */
function roundHalfEven(x) {
    const r = Math.round(x);
    return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}
function gcd(a, b) {
    while (b)
        [a, b] = [b, a % b];
    return a;
}
const clamp01 = (p) => (p < 0 ? 0 : p > 1 ? 1 : p);

;// CONCATENATED MODULE: ./src/domain/drift/distances.ts

/**
 * ∫|F_a − F_b| dx (scipy.stats.wasserstein_distance; with weights, its u_weights/v_weights), by one merge walk: the gap
 * between the CDFs scaled to |ca·nb − cb·na| (ca, cb the weight up to a step; whole numbers for counts, exact while
 * na·nb ≤ 2^53), summed over the steps and divided once by na·nb: distinct values with counts (a tallied column) give
 * the same sum, to the bit, as the same values written out one by one. Samples of one size take `wassersteinPaired`.
 */
function wasserstein1(a, b) {
    if (a.total === b.total && counted(a) && counted(b) && finiteEnds(a.values) && finiteEnds(b.values))
        return wassersteinPaired(a, b);
    const raw = !a.weights && !b.weights && a.total === a.values.length && b.total === b.values.length;
    if (raw && a.total > 0 && b.total > 0)
        return wassersteinUnweighted(a.values, b.values);
    const { values: va, weights: wa, total: na } = a;
    const { values: vb, weights: wb, total: nb } = b;
    const la = va.length;
    const lb = vb.length;
    let i = 0;
    let j = 0;
    let ca = 0;
    let cb = 0;
    let sum = 0;
    let prev = Number.NaN;
    while (i < la || j < lb) {
        const x = j >= lb || (i < la && va[i] <= vb[j]) ? va[i] : vb[j];
        if (!Number.isNaN(prev))
            sum += (x - prev) * Math.abs(ca * nb - cb * na);
        while (i < la && va[i] === x)
            ca += wa ? wa[i++] : (i++, 1);
        while (j < lb && vb[j] === x)
            cb += wb ? wb[j++] : (j++, 1);
        prev = x;
    }
    return sum / (na * nb);
}
/** An exact sample of whole-number weights (raw values, or a tallied column's counts), not empty. */
function counted(s) {
    if (s.rankError !== 0 || !(s.total > 0))
        return false;
    const w = s.weights;
    if (!w)
        return s.total === s.values.length;
    let total = 0;
    for (let k = 0; k < w.length; k++) {
        if (!Number.isSafeInteger(w[k]))
            return false;
        total += w[k];
    }
    return total === s.total;
}
/** Whether the least and greatest values of a sorted, non-empty array are finite. */
const finiteEnds = (v) => Number.isFinite(v[0]) && Number.isFinite(v[v.length - 1]);
/**
 * `wasserstein1` of two exact samples of the same size n (the reference and current data often are): the k-th smallest
 * values paired, W1 = Σ_k |a_(k) − b_(k)| / n, one pass with no merge decisions (the merge walk's were most of its
 * time). A value with a count adds its difference as many times, so distinct values with counts give the same sum,
 * to the bit, as the values written out one by one.
 */
function wassersteinPaired(a, b) {
    const { values: va, weights: wa } = a;
    const { values: vb, weights: wb } = b;
    if (!wa && !wb)
        return pairedSum(va, vb) / a.total;
    const la = va.length;
    const lb = vb.length;
    let i = 0;
    let j = 0;
    let ra = wa ? wa[0] : 1;
    let rb = wb ? wb[0] : 1;
    let sum = 0;
    while (i < la && j < lb) {
        const d = Math.abs(va[i] - vb[j]);
        const m = ra < rb ? ra : rb;
        for (let r = 0; r < m; r++)
            sum += d;
        ra -= m;
        rb -= m;
        if (ra === 0 && ++i < la)
            ra = wa ? wa[i] : 1;
        if (rb === 0 && ++j < lb)
            rb = wb ? wb[j] : 1;
    }
    return sum / a.total;
}
/** Σ |a_k − b_k| over two arrays of one length, in order (the same additions as `wassersteinPaired`'s runs of 1). */
function pairedSum(va, vb) {
    let sum = 0;
    for (let k = 0; k < va.length; k++)
        sum += Math.abs(va[k] - vb[k]);
    return sum;
}
/**
 * `wasserstein1` of two raw samples (every weight 1, neither empty): the gap between the CDFs scaled to whole numbers,
 * |i·nb − j·na| (exact while na·nb ≤ 2^53), summed over the steps and divided once by na·nb. A tight loop of its
 * own: it runs per numeric column over millions of values.
 */
function wassersteinUnweighted(va, vb) {
    const na = va.length;
    const nb = vb.length;
    let i = 0;
    let j = 0;
    let sum = 0;
    // The smallest value opens the walk and adds nothing (as in wasserstein1, also when it is -Infinity).
    const prev0 = va[0] <= vb[0] ? va[0] : vb[0];
    if (va[0] === prev0)
        while (++i < na && va[i] === prev0)
            ;
    if (vb[0] === prev0)
        while (++j < nb && vb[j] === prev0)
            ;
    let prev = prev0;
    while (i < na && j < nb) {
        const a = va[i];
        const b = vb[j];
        const x = a <= b ? a : b;
        sum += (x - prev) * Math.abs(i * nb - j * na);
        if (a === x)
            while (++i < na && va[i] === x)
                ;
        if (b === x)
            while (++j < nb && vb[j] === x)
                ;
        prev = x;
    }
    // One side is used up: its CDF is 1 from here on.
    for (; i < na;) {
        const x = va[i];
        sum += (x - prev) * Math.abs(i * nb - nb * na);
        while (++i < na && va[i] === x)
            ;
        prev = x;
    }
    for (; j < nb;) {
        const x = vb[j];
        sum += (x - prev) * Math.abs(na * nb - j * na);
        while (++j < nb && vb[j] === x)
            ;
        prev = x;
    }
    return sum / (na * nb);
}
/** Floor applied to empty-bin proportions in PSI so a bin seen on one side only stays finite. */
const PSI_EPSILON = 1e-4;
const proportions = (counts) => {
    let total = 0;
    for (let i = 0; i < counts.length; i++)
        total += counts[i];
    const out = new Float64Array(counts.length);
    for (let i = 0; i < counts.length; i++)
        out[i] = total > 0 ? counts[i] / total : 0;
    return out;
};
/** Population stability index Σ (c − r)·ln(c/r) over bins, proportions floored at PSI_EPSILON. */
function psi(reference, current) {
    const r = proportions(reference);
    const c = proportions(current);
    let s = 0;
    for (let i = 0; i < r.length; i++) {
        const ri = Math.max(r[i], PSI_EPSILON);
        const ci = Math.max(c[i], PSI_EPSILON);
        s += (ci - ri) * Math.log(ci / ri);
    }
    return s;
}
const relEntr = (x, y) => (x > 0 && y > 0 ? x * Math.log(x / y) : x === 0 && y >= 0 ? 0 : Infinity);
/** Jensen–Shannon distance, base 2 (scipy.spatial.distance.jensenshannon(p, q, base=2)); in [0, 1]. */
function jensenShannon(reference, current) {
    const p = proportions(reference);
    const q = proportions(current);
    let s = 0;
    for (let i = 0; i < p.length; i++) {
        const m = (p[i] + q[i]) / 2;
        s += relEntr(p[i], m) + relEntr(q[i], m);
    }
    return Math.sqrt(Math.max(0, s / 2) / Math.LN2);
}
/** Largest absolute difference between bin proportions. */
function lInfinity(reference, current) {
    const p = proportions(reference);
    const q = proportions(current);
    let d = 0;
    for (let i = 0; i < p.length; i++)
        d = Math.max(d, Math.abs(p[i] - q[i]));
    return d;
}
/** Pseudo-count added to every reference bin so a bin the reference never saw has a finite expectation. */
const CHI2_PSEUDOCOUNT = 0.5;
/** Expected current counts under the reference distribution (with CHI2_PSEUDOCOUNT smoothing). */
function chiSquareExpected(reference, currentTotal) {
    let total = 0;
    for (let i = 0; i < reference.length; i++)
        total += reference[i];
    const denom = total + CHI2_PSEUDOCOUNT * reference.length;
    const out = new Float64Array(reference.length);
    for (let i = 0; i < reference.length; i++)
        out[i] = (currentTotal * (reference[i] + CHI2_PSEUDOCOUNT)) / denom;
    return out;
}
/** Pearson χ² goodness of fit of current counts against the reference (scipy.stats.chisquare(obs, exp)). */
function chiSquare(reference, current) {
    let n = 0;
    for (let i = 0; i < current.length; i++)
        n += current[i];
    const expected = chiSquareExpected(reference, n);
    let stat = 0;
    for (let i = 0; i < expected.length; i++) {
        const diff = current[i] - expected[i];
        stat += (diff * diff) / expected[i];
    }
    const dof = reference.length - 1;
    return { statistic: stat, pValue: dof > 0 ? chiSquareSf(stat, dof) : 1, dof };
}

;// CONCATENATED MODULE: ./src/domain/drift/kolmogorov.ts
/**
 * The finite-n distribution of the two-sided one-sample Kolmogorov statistic D_n, as needed by the
 * asymptotic two-sample KS p-value (SciPy evaluates it at n = round(n1·n2/(n1+n2))).
 * Algorithm choice follows Simard & L'Ecuyer (2011), "Computing the two-sided Kolmogorov-Smirnov
 * distribution", J. Stat. Software 39(11): exact Durbin matrix (Marsaglia, Tsang & Wang 2003) for
 * small n·d², Birnbaum–Tingey (one-sided, doubled) in the upper tail, Pelz–Good's expansion elsewhere.
 */

const LN2 = Math.LN2;
/** P(D_n^+ ≥ e), Birnbaum & Tingey (1951), summed in log space. */
function smirnovSf(n, e) {
    if (e <= 0)
        return 1;
    if (e >= 1)
        return 0;
    const last = Math.floor(n * (1 - e));
    const lgN = logGamma(n + 1);
    let sum = 0;
    for (let v = 0; v <= last; v++) {
        const a = e + v / n;
        const b = 1 - a;
        if (b <= 0) {
            if (n - v === 0)
                sum += Math.exp(lgN - logGamma(v + 1) + (v - 1) * Math.log(a));
            continue;
        }
        const logTerm = lgN - logGamma(v + 1) - logGamma(n - v + 1) + (v - 1) * Math.log(a) + (n - v) * Math.log(b);
        if (logTerm > -745)
            sum += Math.exp(logTerm);
    }
    return clamp01(e * sum);
}
/** P(D_n < d) by the Durbin matrix method (exact), with power-of-two rescaling to avoid overflow. */
function durbinCdf(n, d) {
    const nd = n * d;
    if (nd <= 0.5)
        return 0;
    if (d >= 1)
        return 1;
    const k = Math.ceil(nd);
    const h = k - nd;
    const m = 2 * k - 1;
    const H = new Float64Array(m * m);
    const invFact = new Float64Array(m + 1);
    invFact[0] = 1;
    for (let i = 1; i <= m; i++)
        invFact[i] = invFact[i - 1] / i;
    for (let i = 0; i < m; i++)
        for (let j = 0; j < m; j++)
            if (i - j + 1 >= 0)
                H[i * m + j] = invFact[i - j + 1];
    for (let i = 0; i < m; i++) {
        H[i * m] = (1 - h ** (i + 1)) * invFact[i + 1];
        H[(m - 1) * m + (m - 1 - i)] = (1 - h ** (i + 1)) * invFact[i + 1];
    }
    H[(m - 1) * m] = (1 - 2 * h ** m + Math.max(0, 2 * h - 1) ** m) * invFact[m];
    const multiply = (A, B) => {
        const C = new Float64Array(m * m);
        for (let i = 0; i < m; i++)
            for (let l = 0; l < m; l++) {
                const a = A[i * m + l];
                if (a === 0)
                    continue;
                for (let j = 0; j < m; j++)
                    C[i * m + j] += a * B[l * m + j];
            }
        return C;
    };
    const SCALE_EXP = 256;
    const SCALE = 2 ** SCALE_EXP;
    const rescale = (A, exp) => {
        let max = 0;
        for (const v of A)
            if (Math.abs(v) > max)
                max = Math.abs(v);
        while (max > SCALE) {
            for (let i = 0; i < A.length; i++)
                A[i] /= SCALE;
            max /= SCALE;
            exp.e += SCALE_EXP;
        }
    };
    let base = H;
    const baseExp = { e: 0 };
    let result;
    const resultExp = { e: 0 };
    for (let p = n; p > 0; p = Math.floor(p / 2)) {
        if (p % 2 === 1) {
            result = result ? multiply(result, base) : base.slice();
            resultExp.e += baseExp.e;
            rescale(result, resultExp);
        }
        if (p > 1) {
            base = multiply(base, base);
            baseExp.e *= 2;
            rescale(base, baseExp);
        }
    }
    const t = result[(k - 1) * m + (k - 1)];
    if (t <= 0)
        return 0;
    const logP = Math.log(t) + resultExp.e * LN2 + logGamma(n + 1) - n * Math.log(n);
    return clamp01(Math.exp(logP));
}
const PI2 = Math.PI * Math.PI;
const SQRT_2PI = Math.sqrt(2 * Math.PI);
/** Pelz & Good (1976) expansion of P(D_n ≤ d) to order n^{-3/2}. */
function pelzGoodCdf(n, d) {
    if (d <= 0)
        return 0;
    if (d >= 1)
        return 1;
    const z = Math.sqrt(n) * d;
    const z2 = z * z;
    const z4 = z2 * z2;
    const z6 = z4 * z2;
    if (-PI2 / 8 / z2 < -745)
        return 0;
    const maxK = Math.ceil((16 * z) / Math.PI);
    // Terms in exp(-(2k-1)²π²/(8z²)), written with m = 2k-1.
    let k0 = 0;
    let k1 = 0;
    let k2 = 0;
    let k3 = 0;
    for (let k = 1; k <= maxK; k++) {
        const m = 2 * k - 1;
        const m2 = m * m;
        const e = Math.exp((-m2 * PI2) / (8 * z2));
        k0 += e;
        k1 += (-z2 + (PI2 * m2) / 4) * e;
        k2 += (6 * z6 + 2 * z4 + ((2 * z4 - 5 * z2) * PI2 * m2) / 4 + ((PI2 * PI2 * (1 - 2 * z2)) / 16) * m2 * m2) * e;
        k3 +=
            (-30 * z6 - 90 * z6 * z2 + ((PI2 * (135 * z4 - 96 * z6)) / 4) * m2 + ((PI2 * PI2 * (212 * z4 - 60 * z2)) / 16) * m2 * m2 +
                ((PI2 * PI2 * PI2 * (5 - 30 * z2)) / 64) * m2 * m2 * m2) *
                e;
    }
    k0 *= SQRT_2PI / z;
    k1 *= SQRT_2PI / (6 * z4);
    k2 *= SQRT_2PI / (72 * z6 * z);
    k3 *= SQRT_2PI / (6480 * z6 * z4);
    // Terms in exp(-k²π²/(2z²)) over all k ≥ 1.
    let s2 = 0;
    let s3 = 0;
    const root3z = Math.sqrt(3) * z;
    for (let k = 1; k <= maxK; k++) {
        const e = k * k * Math.exp((-k * k * PI2) / (2 * z2));
        s2 += e;
        s3 += (root3z * root3z - k * k * PI2) * e;
    }
    k2 += (s2 * PI2 * SQRT_2PI) / (-36 * z2 * z);
    k3 += (s3 * PI2 * SQRT_2PI) / (216 * z6);
    const rootN = Math.sqrt(n);
    return k0 + k1 / rootN + k2 / n + k3 / (n * rootN);
}
/** P(D_n ≥ d): the two-sided Kolmogorov survival function for a sample of size n. */
function kolmogorovSf(n, d) {
    if (!(n > 0) || Number.isNaN(d))
        return Number.NaN;
    if (d >= 1)
        return 0;
    if (d <= 0)
        return 1;
    const t = n * d;
    if (t <= 1) {
        if (t <= 0.5)
            return 1;
        const cdf = Math.exp(logGamma(n + 1) - n * Math.log(n) + n * Math.log(2 * t - 1));
        return clamp01(1 - cdf);
    }
    if (t >= n - 1)
        return clamp01(2 * (1 - d) ** n);
    if (d >= 0.5)
        return clamp01(2 * smirnovSf(n, d));
    const nd2 = t * d;
    if (n <= 140) {
        if (nd2 <= 4)
            return clamp01(1 - durbinCdf(n, d));
        return clamp01(2 * smirnovSf(n, d));
    }
    if (nd2 >= 370)
        return 0;
    if (nd2 >= 2.2)
        return clamp01(2 * smirnovSf(n, d));
    const cdf = n <= 100_000 && n * d ** 1.5 <= 1.4 ? durbinCdf(n, d) : pelzGoodCdf(n, d);
    return clamp01(1 - cdf);
}

;// CONCATENATED MODULE: ./src/domain/drift/ks.ts
/** Two-sample Kolmogorov–Smirnov test, two-sided, matching scipy.stats.ks_2samp(method='auto'). */


/** Largest |F_a(x) − F_b(x)| over all x, by one merge walk of the two sorted samples. */
function ksStatistic(a, b) {
    const va = a.values;
    const vb = b.values;
    const wa = a.weights;
    const wb = b.weights;
    let i = 0;
    let j = 0;
    let ca = 0;
    let cb = 0;
    let d = 0;
    while (i < va.length || j < vb.length) {
        const x = j >= vb.length || (i < va.length && va[i] <= vb[j]) ? va[i] : vb[j];
        while (i < va.length && va[i] === x)
            ca += wa ? wa[i++] : (i++, 1);
        while (j < vb.length && vb[j] === x)
            cb += wb ? wb[j++] : (j++, 1);
        const diff = Math.abs(ca / a.total - cb / b.total);
        if (diff > d)
            d = diff;
    }
    return d;
}
/** 1 − (share of lattice paths from (0,0) to (m,n) that stay strictly inside |x/m − y/n| < h/lcm). */
function exactUnequal(m, n, h) {
    if (m < n)
        [m, n] = [n, m];
    const g = gcd(m, n);
    const mg = m / g;
    const ng = n / g;
    // V[y] holds, for the current x, the share of paths to (x, y) that touched the boundary
    // (Viehmann 2021's recursion for 1−p, numerically stable for small p-values).
    const V = new Float64Array(n + 1).fill(1);
    const windowOf = (x) => {
        const lo = Math.max(0, Math.floor((ng * x - h) / mg) + 1);
        const hi = Math.min(n, Math.ceil((ng * x + h) / mg) - 1);
        return [lo, hi];
    };
    let [lo, hi] = windowOf(0);
    for (let y = lo; y <= hi; y++)
        V[y] = 0;
    for (let x = 1; x <= m; x++) {
        const [nlo, nhi] = windowOf(x);
        for (let y = lo; y < Math.min(nlo, hi + 1); y++)
            V[y] = 1;
        for (let y = nlo; y <= nhi; y++) {
            const left = V[y];
            const below = y === 0 ? 0 : V[y - 1];
            V[y] = (x * left + y * below) / (x + y);
        }
        lo = nlo;
        hi = nhi;
    }
    return V[n];
}
/** P(D ≥ h/n) for two samples of equal size n: 2·Σ_k (−1)^{k+1} C(2n, n−kh)/C(2n, n). */
function exactEqual(n, h) {
    let sum = 0;
    let ratio = 1;
    let j = 0;
    for (let k = 1; k * h <= n; k++) {
        for (; j < k * h; j++)
            ratio *= (n - j) / (n + j + 1);
        if (ratio === 0)
            break;
        sum += k % 2 === 1 ? ratio : -ratio;
    }
    return 2 * sum;
}
const KS_MAX_EXACT_N = 10_000;
/** Two-sided p-value for statistic d between samples of sizes n1 and n2 (SciPy's 'auto' rule). */
function ksPValue(d, n1, n2) {
    const g = gcd(n1, n2);
    const n1g = n1 / g;
    const n2g = n2 / g;
    if (Math.max(n1, n2) <= KS_MAX_EXACT_N && n1g < 2147483647 / n2g) {
        const lcm = n1g * n2;
        const h = roundHalfEven(d * lcm);
        if (h === 0)
            return { pValue: 1, method: 'exact' };
        const p = n1 === n2 ? exactEqual(n1, h) : exactUnequal(n1, n2, h);
        if (p >= 0 && p <= 1)
            return { pValue: p, method: 'exact' };
    }
    const [m, n] = n1 >= n2 ? [n1, n2] : [n2, n1];
    const en = (m * n) / (m + n);
    return { pValue: clamp01(kolmogorovSf(roundHalfEven(en), d)), method: 'asymp' };
}
function ksTest(a, b) {
    const statistic = ksStatistic(a, b);
    const { pValue, method } = ksPValue(statistic, Math.round(a.total), Math.round(b.total));
    return { statistic, pValue, pMethod: method };
}

;// CONCATENATED MODULE: ./src/domain/drift/methods.ts
/** Drift methods, their defaults, and `auto` selection (SPEC §3). */



/**
 * Every method's score is an effect size and a column drifts when its score exceeds the threshold, so one dataset
 * `threshold` means the same under `auto` whichever method it picks. KS's score is its D statistic (the largest gap
 * between the two CDFs); χ²'s is Cohen's w = √(χ²/n) of the current counts against the reference shares. The tests'
 * p-values are reported beside the score, never compared to the threshold (on large data every tiny shift is
 * "significant").
 */
const METHOD_KIND = {
    ks: 'test',
    chi2: 'test',
    psi: 'distance',
    wasserstein: 'distance',
    jensen_shannon: 'distance',
    linf: 'distance',
};
const DEFAULT_THRESHOLD = {
    ks: 0.1,
    chi2: 0.1,
    psi: 0.2,
    wasserstein: 0.1,
    jensen_shannon: 0.1,
    linf: 0.1,
};
/** Below this many non-null reference values `auto` uses a test (KS / χ²); from it on, an effect size. */
const AUTO_SIZE_CUTOFF = 1000;
function autoMethod(reference) {
    const small = reference.count < AUTO_SIZE_CUTOFF;
    if (reference.kind === 'numeric')
        return small ? 'ks' : 'wasserstein';
    return small ? 'chi2' : 'jensen_shannon';
}
const rankEps = (d) => (d.kind === 'numeric' ? d.sample.rankError / Math.max(1, d.sample.total) : 0);
/** Counts per bin (numeric: reference-quantile bins) or per category, aligned. */
function binned(reference, current) {
    if (reference.kind === 'numeric' && current.kind === 'numeric') {
        const edges = quantileEdges(reference.sample);
        return { ref: binCounts(reference.sample, edges), cur: binCounts(current.sample, edges) };
    }
    if (reference.kind === 'categorical' && current.kind === 'categorical')
        return alignCategories(reference, current);
    throw new Error('reference and current column kinds differ');
}
function measure(method, reference, current) {
    const m = measureScore(method, reference, current);
    const eps = rankEps(reference) + rankEps(current);
    if (eps === 0)
        return m;
    if (method === 'ks')
        return { ...m, errorBound: eps };
    if (method === 'linf')
        return { ...m, errorBound: 2 * eps };
    if (method === 'wasserstein' && reference.kind === 'numeric' && current.kind === 'numeric') {
        const range = Math.max(reference.max, current.max) - Math.min(reference.min, current.min);
        return { ...m, errorBound: (eps * range) / (reference.std > 0 ? reference.std : 1) };
    }
    return m;
}
function measureScore(method, reference, current) {
    if (method === 'ks' || method === 'wasserstein') {
        if (reference.kind !== 'numeric' || current.kind !== 'numeric')
            throw new Error(`${method} needs a numeric column`);
        if (method === 'ks') {
            const r = ksTest(reference.sample, current.sample);
            return { method, score: r.statistic, pValue: r.pValue, statistic: r.statistic };
        }
        const w = wasserstein1(reference.sample, current.sample);
        return { method, score: reference.std > 0 ? w / reference.std : w };
    }
    const { ref, cur } = binned(reference, current);
    switch (method) {
        case 'psi':
            return { method, score: psi(ref, cur) };
        case 'jensen_shannon':
            return { method, score: jensenShannon(ref, cur) };
        case 'linf':
            return { method, score: lInfinity(ref, cur) };
        case 'chi2': {
            const r = chiSquare(ref, cur);
            let n = 0;
            for (let i = 0; i < cur.length; i++)
                n += cur[i];
            return { method, score: n > 0 ? Math.sqrt(r.statistic / n) : 0, pValue: r.pValue, statistic: r.statistic };
        }
    }
}
function drifted(m, threshold) {
    return m.score > threshold;
}

;// CONCATENATED MODULE: ./src/domain/drift/evaluate.ts




/** The row that carries the share-of-drifted-columns verdict. */
const DATASET_ROW = '(dataset)';
function settingsFor(column, config) {
    const own = config.columns?.[column];
    const method = own?.method ?? config.method ?? 'auto';
    return { method, threshold: own?.threshold, severity: own?.severity ?? config.severity ?? 'error' };
}
/** Own threshold, else the dataset's, else the method's default; every one is an effect size (see methods.ts). */
function thresholdFor(method, s, config) {
    return s.threshold ?? config.threshold ?? DEFAULT_THRESHOLD[method];
}
/** Why a unique column (an identifier) has no drift: by design, not a problem. */
const IDENTIFIER_SKIPPED = 'unique column (an identifier): not compared';
/** Both sides at the higher of their sampling levels, so they list and pool the same values. */
function sameSample(ref, cur) {
    const level = Math.max(ref.sampleLevel ?? 0, cur.sampleLevel ?? 0);
    return level === 0 ? [ref, cur] : [(0,capped_counts/* atLevel */.G$)(ref, level), (0,capped_counts/* atLevel */.G$)(cur, level)];
}
const percent = (x) => `${(100 * x).toPrecision(3)}%`;
/** What the comparison of summarised tables pooled, per side. */
function pooledMessage(ref, cur) {
    const [r, c] = pooledShares(ref, cur);
    return `${percent(r)} of reference, ${percent(c)} of current values pooled as (other)`;
}
const skipped = (column, method, message) => ({ column, method, score: 0, threshold: 0, status: 'skipped', message });
/** The chart data of a drifted column (only drifted ones: the results stay small). */
function distributionOf(ref, cur) {
    const distribution = driftDistribution(ref, cur);
    return distribution ? { distribution } : {};
}
const skip = (result) => ({ result, compared: false, drifted: false });
/** The drift of one column (in `inputs.current`, `inputs.reference`, or both). */
function columnDrift(column, inputs) {
    const { reference, current, config } = inputs;
    const share = config.max_drifted_share;
    const s = settingsFor(column, config);
    let ref = reference.get(column);
    let cur = current.get(column);
    if (inputs.columns?.[column]?.unique)
        return skip(skipped(column, s.method, IDENTIFIER_SKIPPED));
    if (!ref)
        return skip(skipped(column, s.method, 'not in the reference'));
    if (!cur)
        return skip(skipped(column, s.method, 'not in the current data'));
    if (ref.kind !== cur.kind)
        return skip(skipped(column, s.method, `reference is ${ref.kind}, current is ${cur.kind}`));
    if (ref.count === 0 || cur.count === 0)
        return skip(skipped(column, s.method, `no non-null values in the ${ref.count === 0 ? 'reference' : 'current data'}`));
    const method = s.method === 'auto' ? autoMethod(ref) : s.method;
    if ((method === 'ks' || method === 'wasserstein') && ref.kind !== 'numeric')
        return skip(skipped(column, method, `${method} needs a numeric column; this one is categorical`));
    let summarised;
    let pooled = '';
    if (ref.kind === 'categorical' && cur.kind === 'categorical') {
        [ref, cur] = sameSample(ref, cur);
        if (isSummarised(ref) || isSummarised(cur)) {
            pooled = pooledMessage(ref, cur);
            if (!hasSummaryBound(method)) {
                return skip(skipped(column, method, `${method} needs exact category counts; too many distinct values: ${pooled}`));
            }
            summarised = [ref, cur];
        }
    }
    const threshold = thresholdFor(method, s, config);
    const m = measure(method, ref, cur);
    const bound = summarised ? summaryBound(method, summarised[0], summarised[1], m.score) : undefined;
    const isDrift = drifted(m, threshold);
    // A summarised table's score is only known within its bound: a pass the bound could turn into drift is not a pass.
    const undecided = !isDrift && bound !== undefined && m.score + bound >= threshold;
    const status = undecided ? 'warn' : !isDrift ? 'pass' : share !== undefined || s.severity === 'warn' ? 'warn' : 'fail';
    const approximate = bound === undefined ? undefined : `approximate: ${undecided ? `cannot tell whether it drifted (score ${m.score.toPrecision(3)} ± ${bound.toPrecision(3)} against threshold ${threshold}); ` : ''}${pooled}`;
    const result = {
        column,
        method,
        score: m.score,
        threshold,
        status,
        ...(m.pValue !== undefined ? { p_value: m.pValue } : {}),
        severity: s.severity,
        ...(m.errorBound !== undefined ? { error_bound: m.errorBound } : {}),
        ...(bound !== undefined ? { error_bound: bound, message: approximate } : {}),
        ...(isDrift ? distributionOf(ref, cur) : {}),
    };
    return { result, compared: true, drifted: isDrift };
}
/**
 * The drift of the columns named (each in `inputs.current`): what `evaluateDrift` would give for them, computed
 * ahead (while the other columns' values are still being sorted) and handed to it as `ready`.
 */
function evaluateDriftColumns(inputs, columns) {
    return new Map([...columns].map((column) => [column, columnDrift(column, inputs)]));
}
/** Every column's drift, in column order, then the dataset row when `max_drifted_share` is set; `ready`: columns' drift computed ahead. */
function evaluateDrift(inputs, ready) {
    const { reference, current, config } = inputs;
    const results = [];
    const columns = [...new Set([...current.keys(), ...reference.keys()])];
    const share = config.max_drifted_share;
    let compared = 0;
    let driftedCount = 0;
    for (const column of columns) {
        const outcome = ready?.get(column) ?? columnDrift(column, inputs);
        results.push(outcome.result);
        if (outcome.compared)
            compared++;
        if (outcome.drifted)
            driftedCount++;
    }
    if (share !== undefined) {
        const observed = compared > 0 ? driftedCount / compared : 0;
        const over = observed > share;
        const severity = config.severity ?? 'error';
        results.push({
            column: DATASET_ROW,
            method: 'share_of_drifted_columns',
            score: observed,
            threshold: share,
            status: !over ? 'pass' : severity === 'warn' ? 'warn' : 'fail',
            severity,
            message: `${driftedCount} of ${compared} compared columns drifted`,
        });
    }
    return results;
}


/***/ }),

/***/ 66313:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Ns: () => (/* binding */ mergeProfiles),
  Q0: () => (/* binding */ missingShards),
  R_: () => (/* binding */ profileDistributions)
});

// EXTERNAL MODULE: ./src/domain/errors.ts
var errors = __webpack_require__(10241);
// EXTERNAL MODULE: ./src/domain/profile/moments.ts
var moments = __webpack_require__(19047);
;// CONCATENATED MODULE: ./src/domain/profile/overlap.ts

/**
 * Both profiles counted every row of the same file (by name, and by content where both hashed it). Row shards of
 * one file take interleaved blocks of rows, so their row ranges span each other: which shard holds which rows is
 * told by the shard index (checked with the shard counts), not by the sources.
 */
function sameFile(a, b) {
    if (a.file !== b.file)
        return false;
    if (a.sha256 !== undefined && b.sha256 !== undefined && a.sha256 !== b.sha256)
        return false;
    return !a.rowRange || !b.rowRange;
}
/**
 * Refuses profiles that cover the same rows of the same file (one profile given twice, an unsharded profile with a
 * shard of the same data, a merged profile with one of its parts): merging them would count those rows twice.
 */
function refuseOverlappingProfiles(profiles, label) {
    const seen = [];
    profiles.forEach((profile, i) => {
        for (const source of profile.sources) {
            for (const earlier of seen) {
                if (earlier.owner === i)
                    continue;
                if (!sameFile(earlier.source, source))
                    continue;
                throw new errors/* MlgateError */.Bf('input', `${label(i)} and ${label(earlier.owner)} both profile all of '${source.file}'; merging them would count those rows twice. Merge each shard once (profile --shard i/n gives disjoint parts)`);
            }
        }
        for (const source of profile.sources)
            seen.push({ source, owner: i });
    });
}

// EXTERNAL MODULE: ./src/domain/profile/key-table.ts
var key_table = __webpack_require__(83320);
;// CONCATENATED MODULE: ./src/domain/profile/row-checks-merge.ts
/**
 * Merges the row checks of the parts of one dataset (shards, in shard order) into the row checks of the whole:
 * counts add, examples are the first ones in data order (file order, then line or row), the newest timestamp wins,
 * and the key tables merge into exact cross-part repeat counts for `unique` and `duplicates`.
 */


/** The first `limit` examples in data order of several parts' failures, and their total count. */
function mergeFailures(states, fileOrder, limit) {
    const pos = (e) => [fileOrder.get(e.file) ?? Number.MAX_SAFE_INTEGER, e.line ?? e.row ?? 0];
    const all = states.flatMap((s) => s.examples);
    // Stable: examples at one place (several failures of one row) keep their part's order.
    const examples = all
        .map((e, k) => ({ e, k, p: pos(e) }))
        .sort((a, b) => a.p[0] - b.p[0] || a.p[1] - b.p[1] || a.k - b.k)
        .slice(0, limit)
        .map((x) => x.e);
    return { count: states.reduce((s, x) => s + x.count, 0), examples };
}
function mergeColumnStates(states, fileOrder, limit) {
    const first = states[0];
    let newest = first;
    for (const s of states)
        if (s.newest > newest.newest)
            newest = s;
    return {
        rows: states.reduce((s, x) => s + x.rows, 0),
        nulls: states.reduce((s, x) => s + x.nulls, 0),
        failures: first.failures.map((_, k) => mergeFailures(states.map((s) => s.failures[k]), fileOrder, limit)),
        observedMin: Math.min(...states.map((s) => s.observedMin)),
        observedMax: Math.max(...states.map((s) => s.observedMax)),
        newest: newest.newest,
        newestText: newest.newestText,
    };
}
/** The merged file list (first appearance over the parts in order) and each part's index map into it. */
function mergeFiles(parts) {
    const files = [];
    const byName = new Map();
    const maps = parts.map((p) => p.files.map((f) => {
        let i = byName.get(f.name);
        if (i === undefined) {
            i = files.push({ ...f, header: [...f.header] }) - 1;
            byName.set(f.name, i);
        }
        else if (f.at === 'row')
            files[i].at = 'row';
        return i;
    }));
    return { files, maps };
}
/**
 * Cross-part repeats of one key table: merged table, and the repeats as failures. No part kept the value (a table
 * holds hashes), so an example's value is null and `repeats` names an earlier place of the same key.
 */
function mergeKeys(tables, maps, files, limit) {
    const places = new key_table/* FirstPlaces */.hw(limit);
    const table = (0,key_table/* mergeAllTables */.T4)(tables.map((t, i) => (0,key_table/* remapFiles */.Lr)(t, maps[i])), places);
    const place = (file, at) => {
        const f = files[file];
        return f.at === 'row' ? { file: f.name, row: at } : { file: f.name, line: at };
    };
    const examples = places.places.map((p) => ({ ...place(p.file, p.at), value: null, repeats: place(p.earlier.file, p.earlier.at) }));
    return { table, repeats: { count: places.count, examples } };
}
/** Merges parts given in data order of their shards (shard 1 first). */
function mergeRowChecks(parts, label) {
    const first = parts[0];
    parts.forEach((p, i) => {
        if (p.checks !== first.checks || p.maxExamples !== first.maxExamples)
            throw new errors/* MlgateError */.Bf('input', `${label(i)} was profiled under other checks (or another report.max_examples) than ${label(0)}; profile every shard with the same config`);
    });
    const limit = first.maxExamples;
    const { files, maps } = mergeFiles(parts);
    const fileOrder = new Map(files.map((f, i) => [f.name, i]));
    const merge = (states) => mergeFailures(states, fileOrder, limit);
    const columns = {};
    for (const name of Object.keys(first.validator.columns)) {
        const of = parts.map((p) => p.validator.columns[name]).filter((c) => c !== undefined);
        columns[name] = { checks: mergeColumnStates(of.map((c) => c.checks), fileOrder, limit), repeats: merge(of.map((c) => c.repeats)) };
    }
    const unique = {};
    for (const name of Object.keys(first.unique)) {
        const { table, repeats } = mergeKeys(parts.map((p) => p.unique[name] ?? emptyTable()), maps, files, limit);
        unique[name] = table;
        if (columns[name])
            columns[name].repeats = merge([columns[name].repeats, repeats]);
    }
    let duplicateRows = merge(parts.map((p) => p.validator.duplicateRows));
    let duplicates;
    if (first.duplicates) {
        const keys = mergeKeys(parts.map((p) => p.duplicates ?? emptyTable()), maps, files, limit);
        duplicates = keys.table;
        duplicateRows = merge([duplicateRows, keys.repeats]);
    }
    let leakageKeys;
    if (first.leakageKeys) {
        leakageKeys = {};
        for (const [id, { key }] of Object.entries(first.leakageKeys)) {
            const tables = parts.map((p) => p.leakageKeys?.[id]?.table ?? emptyTable());
            leakageKeys[id] = { key, table: (0,key_table/* mergeAllTables */.T4)(tables, new key_table/* FirstPlaces */.hw(0)) };
        }
    }
    const leaks = parts.map((p) => p.validator.leakage);
    const leakage = leaks.every((l) => l !== undefined)
        ? { rows: leaks.reduce((s, l) => s + l.rows, 0), failures: merge(leaks.map((l) => l.failures)), keyMissing: leaks.some((l) => l.keyMissing) }
        : undefined;
    return {
        checks: first.checks,
        maxExamples: limit,
        files,
        validator: {
            rows: parts.reduce((s, p) => s + p.validator.rows, 0),
            columns,
            duplicateRows,
            duplicateKeys: merge(parts.map((p) => p.validator.duplicateKeys)),
            ...(leakage ? { leakage } : {}),
        },
        unique,
        ...(duplicates ? { duplicates } : {}),
        ...(leakageKeys ? { leakageKeys } : {}),
    };
}
const emptyTable = () => ({ hashes: new Uint32Array(0), file: new Uint32Array(0), at: new Float64Array(0) });

;// CONCATENATED MODULE: ./src/domain/profile/dataset.ts
/** A dataset profile (or one shard's), merging, and the drift view of it. */




function mergeNumeric(a, b) {
    a.sketch.merge(b.sketch);
    a.distinct.merge(b.distinct);
    return {
        ...a,
        nulls: a.nulls + b.nulls,
        moments: (0,moments/* mergeMoments */.iQ)(a.moments, b.moments),
        min: Math.min(a.min, b.min),
        max: Math.max(a.max, b.max),
    };
}
function mergeCategorical(a, b) {
    a.top.merge(b.top);
    a.distinct.merge(b.distinct);
    return {
        ...a,
        nulls: a.nulls + b.nulls,
        count: a.count + b.count,
        minLength: Math.min(a.minLength, b.minLength),
        maxLength: Math.max(a.maxLength, b.maxLength),
    };
}
/**
 * Merges profiles of disjoint parts of one dataset. The first profile's sketches are merged into
 * in place (profiles are parsed fresh from JSON, so callers own them).
 */
function mergeProfiles(profiles, labels = []) {
    if (profiles.length === 0)
        throw new errors/* MlgateError */.Bf('usage', 'no profiles to merge');
    const label = (i) => labels[i] ?? `profile #${i + 1}`;
    const first = profiles[0];
    const columns = new Map();
    profiles.forEach((p, i) => {
        if (p.dataset !== first.dataset)
            throw new errors/* MlgateError */.Bf('input', `${label(i)} profiles dataset '${p.dataset}', but ${label(0)} profiles '${first.dataset}'; merge shards of one dataset`);
        for (const c of p.columns) {
            const have = columns.get(c.name);
            if (!have) {
                columns.set(c.name, c);
                continue;
            }
            if (have.kind !== c.kind)
                throw new errors/* MlgateError */.Bf('input', `column '${c.name}' is ${c.kind} in ${label(i)} but ${have.kind} in an earlier profile; the shards disagree on its type`);
            columns.set(c.name, have.kind === 'numeric' ? mergeNumeric(have, c) : mergeCategorical(have, c));
        }
    });
    const shards = profiles.map((p) => p.shard).filter((s) => s !== undefined);
    if (shards.length === profiles.length && shards.length > 0) {
        const count = shards[0].count;
        const seen = new Set();
        shards.forEach((s, i) => {
            if (s.count !== count)
                throw new errors/* MlgateError */.Bf('input', `${label(i)} is shard ${s.index}/${s.count}, but others are of ${count}`);
            if (seen.has(s.index))
                throw new errors/* MlgateError */.Bf('input', `shard ${s.index}/${count} appears twice (${label(i)})`);
            seen.add(s.index);
        });
    }
    refuseOverlappingProfiles(profiles, label);
    // Row checks merge in data order: shard 1 first (file shards are consecutive blocks of the sorted files).
    const order = profiles.map((p, i) => ({ p, i })).sort((a, b) => (a.p.shard?.index ?? 0) - (b.p.shard?.index ?? 0) || a.i - b.i);
    const parts = order.map(({ p }) => p.rowChecks);
    const rowChecks = parts.every((r) => r !== undefined) ? mergeRowChecks(parts, (k) => label(order[k].i)) : undefined;
    return {
        dataset: first.dataset,
        rows: profiles.reduce((s, p) => s + p.rows, 0),
        columns: [...columns.values()],
        sources: profiles.flatMap((p) => p.sources),
        parts: profiles.reduce((s, p) => s + p.parts, 0),
        ...(rowChecks ? { rowChecks } : {}),
    };
}
/** Which shards of n are missing from a merged set (for a clear message). */
function missingShards(profiles) {
    const count = profiles[0]?.shard?.count;
    if (count === undefined)
        return [];
    const have = new Set(profiles.map((p) => p.shard?.index));
    return Array.from({ length: count }, (_, i) => i + 1).filter((i) => !have.has(i));
}
/** The per-column distributions drift compares, from a profile's sketches. */
function profileDistributions(profile) {
    const out = new Map();
    for (const c of profile.columns) {
        if (c.kind === 'numeric') {
            const { count, mean, m2 } = c.moments;
            out.set(c.name, { kind: 'numeric', sample: c.sketch.toSample(), count, nulls: c.nulls, mean, std: count > 0 ? Math.sqrt(m2 / count) : 0, min: c.min, max: c.max });
        }
        else {
            out.set(c.name, { kind: 'categorical', counts: new Map(c.top.items()), other: c.top.other, countError: c.top.error, count: c.count, nulls: c.nulls });
        }
    }
    return out;
}


/***/ }),

/***/ 61890:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ readExactDistributions)
/* harmony export */ });
/* harmony import */ var _column_values_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(91398);
/* harmony import */ var _read_dataset_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(13808);
/* harmony import */ var _read_progress_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(81581);
/* harmony import */ var _workers_sort_workers_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(84032);




/** Exact distributions of every column of `files`, read with the dataset's format settings and column types (`plans`: see `collectColumns`). */
async function readExactDistributions(files, dataset, env, progress, plans) {
    const c = (0,_column_values_js__WEBPACK_IMPORTED_MODULE_0__/* .exactCollector */ .l5)();
    const reading = await _read_progress_js__WEBPACK_IMPORTED_MODULE_2__/* .ReadProgress */ .i.start(progress, `reading the drift reference of ${dataset.name}`, files);
    try {
        await (0,_read_dataset_js__WEBPACK_IMPORTED_MODULE_1__/* .collectColumns */ .y)(files, dataset, c, env, reading, plans);
    }
    finally {
        reading?.end();
    }
    const sorting = (0,_read_dataset_js__WEBPACK_IMPORTED_MODULE_1__/* .sortSettings */ .MT)(env);
    return c.finish((columns) => (0,_workers_sort_workers_js__WEBPACK_IMPORTED_MODULE_3__/* .sortColumns */ .C)(columns, sorting));
}


/***/ }),

/***/ 82629:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Q: () => (/* binding */ loadReference)
});

// UNUSED EXPORTS: referenceCacheKey

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/domain/errors.ts
var errors = __webpack_require__(10241);
// EXTERNAL MODULE: ./src/domain/profile/dataset.ts + 2 modules
var profile_dataset = __webpack_require__(66313);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: ./src/domain/drift/sample.ts
var drift_sample = __webpack_require__(41088);
;// CONCATENATED MODULE: ./src/io/files/distributions-file.ts
/**
 * The reference cache's files: a reference's exact distributions, as drift read them from the raw data, so a
 * cached run scores drift on exactly what an uncached run reads (a profile's sketches would not: a top-k loses
 * the tail of a text column, a quantile sketch moves the numeric scores). A category table past
 * EXACT_CATEGORY_LIMIT distinct values is the hash sample exact mode itself drew (`other`, `level` beside its counts).
 *
 *   <dir>/distributions.json   { format, version, columns: [ {name, kind: numeric, values: <file>, count, nulls, distinct?}
 *                                                            | {name, kind: categorical, counts: [[value, n]…], count, nulls, other?, level?} ] }
 *   <dir>/<k>.f64              a numeric column: mean, std, min, max, then the sorted values (float64, little-endian);
 *                              with `distinct` (a column of few values, tallied), its `distinct` values ascending, then
 *                              each one's count
 *
 * Bytes rather than JSON numbers for the floats: JSON loses -0 and cannot hold NaN (the min of an all-null column).
 */




const FORMAT = 'mlgate-reference-distributions';
// 2: the hash sample of a capped table is drawn by the hash of the UTF-8 bytes (1: of the UTF-16 code units).
// 3: a numeric column of few distinct values is stored as those values and their counts (`distinct`).
const DISTRIBUTIONS_VERSION = 3;
const INDEX = 'distributions.json';
const STATS = 4;
function assertLittleEndian() {
    if (external_node_os_default().endianness() !== 'LE')
        throw new Error('the reference cache stores float64 little-endian; this machine is big-endian');
}
/** Writes exact distributions (as `ExactCollector.finish` makes them) into `dir`, replacing what was there. */
async function writeDistributionsDir(dir, columns) {
    assertLittleEndian();
    await (0,promises_.rm)(dir, { recursive: true, force: true });
    await (0,promises_.mkdir)(dir, { recursive: true });
    const stored = [];
    // The value files are written at once, once every column is known to be cacheable (the thread pool's threads share
    // the work: a drift run waited ~110-130 ms at its end for the reference's 32 MB written in turn, ~95-105 ms at once).
    const valueFiles = [];
    let k = 0;
    for (const [name, d] of columns) {
        if (d.kind === 'numeric') {
            const { values, weights, total, rankError } = d.sample;
            if (rankError !== 0 || total !== d.count || (weights && !weights.every((w) => Number.isSafeInteger(w) && w > 0)))
                throw new Error(`column '${name}': only exact distributions are cached`);
            const file = `${k++}.f64`;
            // The stats, then the values (and their counts) as they are (no copy of them).
            const bytes = (a) => new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
            valueFiles.push({ file, parts: [bytes(Float64Array.from([d.mean, d.std, d.min, d.max])), bytes(values), ...(weights ? [bytes(weights)] : [])] });
            stored.push({ name, kind: 'numeric', values: file, count: d.count, nulls: d.nulls, ...(weights ? { distinct: values.length } : {}) });
        }
        else {
            if (d.countError !== 0)
                throw new Error(`column '${name}': only exact distributions are cached`);
            const summary = d.sampleLevel ? { other: d.other, level: d.sampleLevel } : {};
            stored.push({ name, kind: 'categorical', counts: [...d.counts], count: d.count, nulls: d.nulls, ...summary });
        }
    }
    // Every write is over before this returns, failed or not.
    const written = await Promise.allSettled(valueFiles.map(({ file, parts }) => (0,promises_.writeFile)(external_node_path_default().join(dir, file), parts)));
    const failed = written.find((w) => w.status === 'rejected');
    if (failed)
        throw failed.reason;
    await (0,promises_.writeFile)(external_node_path_default().join(dir, INDEX), `${JSON.stringify({ format: FORMAT, version: DISTRIBUTIONS_VERSION, columns: stored })}\n`, 'utf8');
}
const isCount = (v) => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
/**
 * A numeric column's file: its stats, and its `count` values (or its `distinct` values and their counts) read
 * straight into the arrays that keep them (the file read whole, then copied into an array and sliced, was three
 * fresh buffers of its size to fault in: most of a cached run's time).
 */
async function readValuesFile(file, name, count, distinct) {
    const handle = await (0,promises_.open)(file, 'r');
    try {
        const size = (await handle.stat()).size;
        const expected = (STATS + (distinct === undefined ? count : 2 * distinct)) * 8;
        if (size !== expected)
            throw new Error(`${name}: ${size} bytes; expected ${expected} for ${distinct === undefined ? `${count} values` : `${distinct} distinct values and their counts`}`);
        const stats = new Float64Array(STATS);
        const values = new Float64Array(distinct ?? count);
        await readFully(handle, new Uint8Array(stats.buffer), 0, name);
        await readFully(handle, new Uint8Array(values.buffer), STATS * 8, name);
        if (distinct === undefined)
            return { stats, values };
        const weights = new Float64Array(distinct);
        await readFully(handle, new Uint8Array(weights.buffer), (STATS + distinct) * 8, name);
        let total = 0;
        for (const w of weights) {
            if (!Number.isSafeInteger(w) || w <= 0)
                throw new Error(`${name}: a count of ${w}; expected a whole number above 0`);
            total += w;
        }
        if (total !== count)
            throw new Error(`${name}: counts add up to ${total}; expected ${count}`);
        return { stats, values, weights };
    }
    finally {
        await handle.close();
    }
}
/** Fills `into` from the file's bytes at `position`; throws when the file ends first. */
async function readFully(handle, into, position, name) {
    for (let at = 0; at < into.length;) {
        const { bytesRead } = await handle.read(into, at, into.length - at, position + at);
        if (bytesRead === 0)
            throw new Error(`${name}: ended after ${position + at} bytes`);
        at += bytesRead;
    }
}
/** Numeric columns' files read at once: each read waits on the disk or on fresh memory, not on this thread. */
const PARALLEL_READS = 4;
/** Reads what writeDistributionsDir wrote; throws (with what is wrong) when the files are not that. */
async function readDistributionsDir(dir) {
    assertLittleEndian();
    const index = JSON.parse(await (0,promises_.readFile)(external_node_path_default().join(dir, INDEX), 'utf8'));
    if (index.format !== FORMAT || index.version !== DISTRIBUTIONS_VERSION || !Array.isArray(index.columns))
        throw new Error(`${INDEX} is not ${FORMAT} version ${DISTRIBUTIONS_VERSION}`);
    const stored = index.columns;
    const names = new Set();
    for (const c of stored) {
        if (typeof c.name !== 'string' || !isCount(c.count) || !isCount(c.nulls) || names.has(c.name))
            throw new Error(`${INDEX}: a malformed column entry`);
        names.add(c.name);
        if (c.kind === 'numeric' && (typeof c.values !== 'string' || !/^\d+\.f64$/.test(c.values)))
            throw new Error(`${INDEX}: column '${c.name}' names no values file`);
        if (c.kind === 'numeric' && c.distinct !== undefined && !(isCount(c.distinct) && c.distinct > 0 && c.distinct <= c.count))
            throw new Error(`${INDEX}: column '${c.name}' has a malformed distinct`);
    }
    const numeric = stored.filter((c) => c.kind === 'numeric');
    const read = new Map();
    let next = 0;
    const reader = async () => {
        for (let c = numeric[next++]; c; c = numeric[next++])
            read.set(c.name, await readValuesFile(external_node_path_default().join(dir, c.values), c.values, c.count, c.distinct));
    };
    await Promise.all(Array.from({ length: Math.min(PARALLEL_READS, numeric.length) }, reader));
    const columns = new Map();
    for (const c of stored) {
        if (c.kind === 'numeric') {
            const { stats, values, weights } = read.get(c.name);
            const [mean, std, min, max] = stats;
            const sample = weights ? { values, weights, total: c.count, rankError: 0 } : (0,drift_sample/* exactSample */.Sv)(values);
            columns.set(c.name, { kind: 'numeric', sample, count: c.count, nulls: c.nulls, mean: mean, std: std, min: min, max: max });
        }
        else if (c.kind === 'categorical') {
            if (!Array.isArray(c.counts) || !c.counts.every((e) => Array.isArray(e) && typeof e[0] === 'string' && isCount(e[1])))
                throw new Error(`${INDEX}: column '${c.name}' has malformed counts`);
            const other = c.other ?? 0;
            const level = c.level ?? 0;
            if (!isCount(other) || !isCount(level) || level > 32 || other > c.count)
                throw new Error(`${INDEX}: column '${c.name}' has a malformed other/level`);
            columns.set(c.name, { kind: 'categorical', counts: new Map(c.counts), other, countError: 0, ...(level > 0 ? { sampleLevel: level } : {}), count: c.count, nulls: c.nulls });
        }
        else
            throw new Error(`${INDEX}: column '${String(c.name)}' is of no known kind`);
    }
    return columns;
}

// EXTERNAL MODULE: ./src/io/files/profile-file.ts
var profile_file = __webpack_require__(69980);
// EXTERNAL MODULE: ./src/io/data/distributions.ts
var distributions = __webpack_require__(61890);
// EXTERNAL MODULE: ./src/io/data/files.ts
var data_files = __webpack_require__(2190);
// EXTERNAL MODULE: ./src/io/data/profile-data.ts + 3 modules
var profile_data = __webpack_require__(75942);
// EXTERNAL MODULE: ./src/io/data/read-dataset.ts
var read_dataset = __webpack_require__(13808);
;// CONCATENATED MODULE: ./src/io/data/drift-reference.ts
/**
 * The reference side of drift: data files (read exactly, their exact distributions cached), or a
 * profile JSON. Used by `validate`/`check` (drift-step) and by `merge-profiles`.
 */











/** JSON with object keys sorted, so the same settings always hash alike. */
function canonicalJson(value) {
    if (Array.isArray(value))
        return `[${value.map(canonicalJson).join(',')}]`;
    if (value !== null && typeof value === 'object') {
        const entries = Object.entries(value).filter(([, v]) => v !== undefined);
        return `{${entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
    }
    return JSON.stringify(value) ?? 'null';
}
/**
 * Cache key of a reference's distributions: everything that shapes them — the data (content hash over the
 * files' names and bytes), how they are read (format, delimiter, the dataset's column settings, which decide
 * each column's type), the cache format and mlgate's version (a reader's fix changes what is read).
 */
function referenceCacheKey(dataset, hash) {
    const shaping = canonicalJson({ mlgate: version/* VERSION */.x, cache: DISTRIBUTIONS_VERSION, data: hash, format: dataset.format, delimiter: dataset.delimiter, columns: dataset.columns ?? {} });
    const slug = dataset.name.replace(/[^A-Za-z0-9_.-]+/g, '_').slice(0, 40);
    return `mlgate-reference-v${DISTRIBUTIONS_VERSION}-${slug}-${(0,external_node_crypto_.createHash)('sha256').update(shaping).digest('hex').slice(0, 40)}`;
}
/**
 * Reference data: read exactly, their exact distributions cached (by a key over everything that shapes them),
 * so a cached run scores exactly what an uncached run does.
 */
async function referenceFromData(files, dataset, reading) {
    // Read alongside the current data (two threads): the worker starts on the reference while this thread hashes it,
    // and stops if its distributions are cached. Else a worker plans the columns from the first rows meanwhile.
    // Either is awaited before this returns, so that the worker is free again when the current data are read.
    const alongside = reading.alongside === true && (await (0,read_dataset/* readsAlongside */.ao)(files, dataset, reading.env));
    const early = alongside ? (await __webpack_require__.e(/* import() */ 6074).then(__webpack_require__.bind(__webpack_require__, 66074))).readReferenceOnWorker({ files: [...files], dataset, env: { ...reading.env }, progress: reading.progress !== undefined }, reading.progress) : undefined;
    const planning = early ? Promise.resolve(undefined) : (0,read_dataset/* planAhead */.ZJ)(files, dataset, reading.env);
    let key;
    let restored;
    try {
        key = referenceCacheKey(dataset, await (0,profile_data/* contentHash */.Ae)(files));
        restored = await reading.cache.restore([`.mlgate/reference/${key}`], key);
    }
    catch (error) {
        await early?.stop();
        throw error;
    }
    const { cache } = reading;
    const cached = `.mlgate/reference/${key}`;
    const cachedAbs = external_node_path_default().resolve(reading.cwd, cached);
    let unreadable = '';
    if (restored) {
        try {
            const columns = await readDistributionsDir(cachedAbs);
            await (early ? early.stop() : planning);
            return { columns, source: `cached distributions ${key} (${cache.kind} cache)` };
        }
        catch (error) {
            unreadable = `; the cached copy was unreadable (${error instanceof Error ? error.message : String(error)}), so it was read again`;
        }
    }
    const plans = await planning;
    const source = `reference data (${files.length} file${files.length === 1 ? '' : 's'}; distributions cached as ${key} in the ${cache.kind} cache${unreadable})`;
    const notCached = (error) => `the distributions of the reference data could not be cached as ${key} (${error instanceof Error ? error.message : String(error)}); the next run reads the reference data again`;
    // Written while the current data are read (read alongside: while they are scored); nothing changes them meanwhile.
    const cacheThem = (columns) => writeDistributionsDir(cachedAbs, columns)
        .then(() => cache.save([cached], key))
        .then(() => undefined, notCached);
    if (early) {
        // Bad input is reported as a read here reports it; should the worker itself fail (out of memory: it has a small
        // heap), the reference is read here after all.
        const columns = early.columns.catch((error) => {
            if (error instanceof errors/* MlgateError */.Bf)
                throw error;
            return (0,distributions/* readExactDistributions */.d)(files, dataset, reading.env, reading.progress);
        });
        return { columns, busyThreads: 1, source, saved: columns.then(cacheThem, () => undefined) };
    }
    const columns = await (0,distributions/* readExactDistributions */.d)(files, dataset, reading.env, reading.progress, plans);
    return { columns, source, saved: cacheThem(columns) };
}
/** The reference of `dataset.drift`, or why it cannot be had; `where` names the config field in errors. */
async function loadReference(dataset, root, where, reading) {
    const ref = dataset.drift.reference;
    if (ref === 'production') {
        if (!reading.production)
            return { skipped: 'reference `production` needs the release store, which this command does not open' };
        const stored = await reading.production(dataset.name);
        if (!stored.ok)
            return { skipped: `reference \`production\` could not be used: ${stored.reason}` };
        try {
            const profile = await (0,profile_file/* readProfileFile */.C)(stored.file, `the profile of ${dataset.name} stored with ${stored.release}`);
            return { columns: (0,profile_dataset/* profileDistributions */.R_)(profile), source: `the profile stored with the live release ${stored.release}` };
        }
        finally {
            await stored.dispose();
        }
    }
    if (/\.json$/i.test(ref)) {
        const file = external_node_path_default().resolve(root, ref);
        const profile = await (0,profile_file/* readProfileFile */.C)(file, ref);
        return { columns: (0,profile_dataset/* profileDistributions */.R_)(profile), source: `profile ${ref}` };
    }
    const files = await (0,data_files/* resolveDataFiles */.A)(ref, root, where, reading.cwd);
    if (files.length === 0)
        throw (0,errors/* inputError */.Xu)(`${where}: no reference data`, { file: ref });
    // Reference data are read with the dataset's own format settings and column types.
    return referenceFromData(files, dataset, reading);
}


/***/ }),

/***/ 69980:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ readProfileFile)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _domain_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(10241);
/* harmony import */ var _domain_profile_format_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(50366);



/** Reads an mlgate profile JSON (written by `profile`, `merge-profiles` or the reference cache); `shown` names it in errors. */
async function readProfileFile(file, shown = file) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8');
    }
    catch (e) {
        throw (0,_domain_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)(`cannot read profile: ${e.message}`, { file: shown }, e);
    }
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (e) {
        throw (0,_domain_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)(`not JSON: ${e.message}; expected an mlgate profile`, { file: shown }, e);
    }
    return (0,_domain_profile_format_js__WEBPACK_IMPORTED_MODULE_2__/* .profileFromJson */ .W6)(data, shown);
}


/***/ }),

/***/ 84032:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ sortColumns)
/* harmony export */ });
/* harmony import */ var _domain_drift_sort_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(67253);
/* harmony import */ var _chunk_workers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(14565);
/* harmony import */ var _worker_pool_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(25159);



/**
 * This thread's sort work arrays, kept from one sort to the next (the reference's columns, then the
 * current data's): 8 MB per million values, and fresh memory costs its page faults each time.
 */
let mainScratch;
/** The buffers under `blocks`, each once (to transfer rather than copy). */
function buffersOf(blocks) {
    return [...new Set(blocks.map((b) => b.buffer))];
}
/**
 * Sorts the values of each column, given as a list of blocks (`sortFloat64Blocks`), into one array
 * per column (in this thread alone when they hold fewer than `minBytes`): this thread takes columns
 * from the end of the list while `threads - 1` chunk worker threads (those the read just used, when
 * it went well: started, and their code compiled) take them from the front, two queued at a time. A column's blocks move to the worker that sorts them (no copy) and
 * its list is emptied; no two blocks of different columns may share a buffer.
 */
async function sortColumns(columns, settings) {
    const { threads } = settings;
    const bytes = columns.reduce((s, blocks) => blocks.reduce((t, b) => t + b.byteLength, s), 0);
    const scratch = (mainScratch ??= new _domain_drift_sort_js__WEBPACK_IMPORTED_MODULE_2__/* .SortScratch */ .zp());
    const sorted = new Array(columns.length);
    const sortHere = (k) => {
        const blocks = columns[k];
        // The blocks go as soon as their column is sorted: a column's blocks and its sorted copy are the only pair alive at once.
        columns[k] = [];
        sorted[k] = (0,_domain_drift_sort_js__WEBPACK_IMPORTED_MODULE_2__/* .sortFloat64Blocks */ .vx)(blocks, scratch);
    };
    if (threads < 2 || columns.length < 2 || bytes < settings.minBytes || !(0,_worker_pool_js__WEBPACK_IMPORTED_MODULE_1__/* .runsFromBundle */ .rI)()) {
        for (let k = 0; k < columns.length; k++)
            sortHere(k);
        return sorted;
    }
    let front = 0;
    let back = columns.length - 1;
    let failed = false;
    const workers = [];
    const done = [];
    const enlist = (worker) => {
        workers.push(worker);
        const finished = new Promise((resolve, reject) => {
            let outstanding = 0;
            const next = () => {
                if (front > back) {
                    if (outstanding === 0)
                        resolve();
                    return;
                }
                const k = front++;
                const blocks = columns[k];
                columns[k] = [];
                const task = { kind: 'sort', k, blocks };
                outstanding++;
                worker.postMessage(task, buffersOf(blocks));
            };
            worker.on('message', ({ k, values }) => {
                sorted[k] = values;
                outstanding--;
                next();
            });
            worker.on('error', (e) => {
                failed = true;
                reject(e);
            });
            worker.on('exit', (code) => {
                failed = true;
                reject(new Error(`sort worker thread exited with status ${code}`));
            });
            // Two columns queued: the worker goes on to the second while this thread, busy with its own work, has not yet
            // taken the first one's reply.
            next();
            next();
        });
        // Should this thread's own sort fail, the workers' outcomes are no longer awaited (nor reported twice).
        finished.catch(() => undefined);
        done.push(finished);
    };
    // `spareOnly`: no worker is started; one busy elsewhere (a reference read) joins once it is spare again.
    if (!settings.spareOnly)
        for (let k = 0; k < Math.min(threads - 1, columns.length - 1); k++)
            enlist((0,_chunk_workers_js__WEBPACK_IMPORTED_MODULE_0__/* .takeChunkWorker */ .r$)(threads));
    try {
        while (back >= front) {
            if (settings.spareOnly && workers.length < threads - 1) {
                const spare = (0,_chunk_workers_js__WEBPACK_IMPORTED_MODULE_0__/* .takeSpareChunkWorker */ .W2)();
                if (spare)
                    enlist(spare);
            }
            // Yield so that the workers' messages are taken in between this thread's sorts.
            await new Promise((resolve) => setImmediate(resolve));
            if (back >= front)
                sortHere(back--);
        }
        await Promise.all(done);
    }
    catch (error) {
        failed = true;
        throw error;
    }
    finally {
        // Idle now (every reply came): back for the next read or sort; after a failure, ended.
        await Promise.all(workers.map(async (w) => (failed ? await w.terminate() : (0,_chunk_workers_js__WEBPACK_IMPORTED_MODULE_0__/* .returnChunkWorker */ .yX)(w))));
    }
    return sorted;
}


/***/ })

};
