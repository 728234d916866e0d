export const id = 463;
export const ids = [463];
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

/***/ 80463:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   profileArtifactName: () => (/* binding */ profileArtifactName),
/* harmony export */   profileCommand: () => (/* binding */ profileCommand),
/* harmony export */   profileText: () => (/* binding */ profileText),
/* harmony export */   writeProfile: () => (/* binding */ writeProfile)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _adapters_storage_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(61648);
/* harmony import */ var _domain_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(10241);
/* harmony import */ var _domain_profile_format_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(50366);
/* harmony import */ var _io_data_files_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2190);
/* harmony import */ var _io_data_profile_data_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(75942);
/* harmony import */ var _io_data_read_progress_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(81581);
/* harmony import */ var _invocation_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(58386);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(26052);
/* harmony import */ var _domain_profile_row_checks_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(7654);
/* harmony import */ var _domain_validation_dataset_validator_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(81332);
/* harmony import */ var _validate_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(30010);













/** Artifact name of a (shard) profile: what `merge-profiles --artifacts` downloads. */
function profileArtifactName(dataset, shard) {
    return shard && shard.count > 1 ? `mlgate-profile-${dataset}-${shard.index}-of-${shard.count}` : `mlgate-profile-${dataset}`;
}
function profileText(p, file) {
    const shard = p.shard ? ` (shard ${p.shard.index}/${p.shard.count}, by ${p.shard.by})` : p.parts > 1 ? ` (merged from ${p.parts} parts)` : '';
    const lines = [`profile of ${p.dataset}${shard}: ${p.rows} rows, ${p.columns.length} columns → ${file}`];
    for (const c of p.columns) {
        if (c.kind === 'numeric') {
            const n = c.moments.count;
            const eps = n ? c.sketch.rankError / n : 0;
            lines.push(`  ${c.name}: numeric, ${n} values, ${c.nulls} nulls, min ${n ? c.min : '-'}, max ${n ? c.max : '-'}, mean ${n ? c.moments.mean.toPrecision(6) : '-'}, quantile rank error ≤ ${(eps * 100).toFixed(3)}%`);
        }
        else
            lines.push(`  ${c.name}: categorical, ${c.count} values, ${c.nulls} nulls, ~${Math.round(c.distinct.estimate())} distinct${c.top.error ? `, top-k counts within ${c.top.error}` : ''}`);
    }
    const rc = p.rowChecks;
    if (rc) {
        const keys = [...Object.entries(rc.unique).map(([c, t]) => `${c} ${t.file.length}`), ...(rc.duplicates ? [`rows ${rc.duplicates.file.length}`] : [])];
        lines.push(`  row checks of every configured check over ${rc.validator.rows} rows${keys.length ? `; distinct keys (64-bit hashes): ${keys.join(', ')}` : ''}`);
    }
    return lines.join('\n');
}
async function writeProfile(p, file) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(file), { recursive: true });
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(file, `${JSON.stringify((0,_domain_profile_format_js__WEBPACK_IMPORTED_MODULE_4__/* .profileToJson */ .lu)(p))}\n`, 'utf8');
}
function selectDataset(inv, datasets) {
    const name = (0,_invocation_js__WEBPACK_IMPORTED_MODULE_8__/* .stringOption */ .Pp)(inv, _options_js__WEBPACK_IMPORTED_MODULE_9__/* .Opt */ .e3.Dataset);
    const names = datasets.map((d) => d.name);
    if (name === undefined) {
        if (datasets.length === 1)
            return datasets[0];
        throw (0,_domain_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .usageError */ .Wp)(`missing ${(0,_invocation_js__WEBPACK_IMPORTED_MODULE_8__/* .optionLabel */ .ed)(inv, _options_js__WEBPACK_IMPORTED_MODULE_9__/* .Opt */ .e3.Dataset)}: the config defines ${datasets.length} datasets (${names.join(', ') || 'none'}); say which one to profile`);
    }
    const d = datasets.find((x) => x.name === name);
    if (!d)
        throw (0,_domain_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .usageError */ .Wp)(`${(0,_invocation_js__WEBPACK_IMPORTED_MODULE_8__/* .optionLabel */ .ed)(inv, _options_js__WEBPACK_IMPORTED_MODULE_9__/* .Opt */ .e3.Dataset)} is '${name}', which is not in the config; expected one of: ${names.join(', ') || '(none)'}`);
    return d;
}
/**
 * The row checks of a dataset from the config, so that the merged shard profiles answer every check without the
 * rows: a `leakage` check reads its target's keys here, on the shard's runner, which has the data.
 */
async function rowChecksBuilder(dataset, loaded, context) {
    const maxExamples = dataset.max_examples ?? loaded.config.report?.max_examples ?? _domain_validation_dataset_validator_js__WEBPACK_IMPORTED_MODULE_11__/* .DEFAULT_MAX_EXAMPLES */ .b8;
    const leak = dataset.leakage;
    let leakageTarget;
    if (leak) {
        const index = loaded.config.datasets.findIndex((d) => d.name === leak.against);
        const target = loaded.config.datasets[index];
        const files = await (0,_io_data_files_js__WEBPACK_IMPORTED_MODULE_5__/* .resolveDataFiles */ .A)(target.path, loaded.root, `datasets[${index}].path (${target.name})`, context.cwd);
        leakageTarget = await (0,_validate_js__WEBPACK_IMPORTED_MODULE_12__.collectKeys)(target, leak.key, files);
    }
    // The keys other datasets' leakage checks compare with, so that the gate need not read this dataset for them.
    const keyLists = loaded.config.datasets.filter((d) => d.leakage?.against === dataset.name).map((d) => d.leakage.key);
    return new _domain_profile_row_checks_js__WEBPACK_IMPORTED_MODULE_10__/* .RowChecksBuilder */ .tc(dataset, { now: Date.now(), maxExamples }, { leakageTarget, collectKeys: keyLists });
}
const profileCommand = {
    spec: {
        name: 'profile',
        summary: 'Write a mergeable profile (statistics + sketches) of a dataset or one shard of it.',
        positionals: '[files...]',
        options: [
            _options_js__WEBPACK_IMPORTED_MODULE_9__/* .configOption */ .KJ,
            _options_js__WEBPACK_IMPORTED_MODULE_9__/* .jsonOption */ .Ec,
            _options_js__WEBPACK_IMPORTED_MODULE_9__/* .datasetOption */ .kq,
            { name: _options_js__WEBPACK_IMPORTED_MODULE_9__/* .Opt */ .e3.Shard, type: 'string', description: 'i/n: profile only shard i of n (whole files when there are at least n, else blocks of 65,536 rows).' },
            { name: _options_js__WEBPACK_IMPORTED_MODULE_9__/* .Opt */ .e3.Out, type: 'string', description: 'Where to write the profile JSON (default .mlgate/profiles/<dataset>[.<i>-of-<n>].profile.json).' },
            { name: _options_js__WEBPACK_IMPORTED_MODULE_9__/* .Opt */ .e3.Upload, type: 'boolean', default: 'false', description: 'Also upload the profile as artifact mlgate-profile-<dataset>[-<i>-of-<n>] (runner artifact service, or .mlgate/artifacts outside a runner).' },
        ],
        outputs: [
            { name: 'profile-path', description: 'Path of the profile written.' },
            { name: 'artifact', description: 'Name of the artifact uploaded (with upload).' },
        ],
        stepAction: false,
    },
    async run(invocation, context) {
        const shardText = (0,_invocation_js__WEBPACK_IMPORTED_MODULE_8__/* .stringOption */ .Pp)(invocation, _options_js__WEBPACK_IMPORTED_MODULE_9__/* .Opt */ .e3.Shard);
        const shard = shardText === undefined ? undefined : (0,_io_data_profile_data_js__WEBPACK_IMPORTED_MODULE_6__/* .parseShard */ .uK)(shardText, (0,_invocation_js__WEBPACK_IMPORTED_MODULE_8__/* .optionLabel */ .ed)(invocation, _options_js__WEBPACK_IMPORTED_MODULE_9__/* .Opt */ .e3.Shard));
        let dataset;
        let root;
        let rows;
        if (invocation.positionals.length > 0) {
            dataset = { name: (0,_invocation_js__WEBPACK_IMPORTED_MODULE_8__/* .stringOption */ .Pp)(invocation, _options_js__WEBPACK_IMPORTED_MODULE_9__/* .Opt */ .e3.Dataset) ?? 'data', path: [...invocation.positionals] };
            root = context.cwd;
        }
        else {
            const loaded = await (0,_invocation_js__WEBPACK_IMPORTED_MODULE_8__/* .loadConfig */ .Z9)(invocation, context);
            dataset = selectDataset(invocation, loaded.config.datasets);
            root = loaded.root;
            rows = await rowChecksBuilder(dataset, loaded, context);
        }
        const files = await (0,_io_data_files_js__WEBPACK_IMPORTED_MODULE_5__/* .resolveDataFiles */ .A)(dataset.path, root, invocation.positionals.length ? 'files' : `dataset ${dataset.name}: path`, context.cwd);
        const progress = await _io_data_read_progress_js__WEBPACK_IMPORTED_MODULE_7__/* .ReadProgress */ .i.start(context.progress, `profiling ${dataset.name}`, files);
        const profile = await (0,_io_data_profile_data_js__WEBPACK_IMPORTED_MODULE_6__/* .profileFiles */ .xc)(files, dataset, { shard, rows, ...(progress ? { progress } : {}) }).finally(() => progress?.end());
        const suffix = profile.shard ? `.${profile.shard.index}-of-${profile.shard.count}` : '';
        const out = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(context.cwd, (0,_invocation_js__WEBPACK_IMPORTED_MODULE_8__/* .stringOption */ .Pp)(invocation, _options_js__WEBPACK_IMPORTED_MODULE_9__/* .Opt */ .e3.Out) ?? `.mlgate/profiles/${dataset.name}${suffix}.profile.json`);
        await writeProfile(profile, out);
        const outputs = { 'profile-path': out, artifact: '' };
        let text = profileText(profile, node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(context.cwd, out) || out);
        if ((0,_invocation_js__WEBPACK_IMPORTED_MODULE_8__/* .booleanOption */ .Ic)(invocation, _options_js__WEBPACK_IMPORTED_MODULE_9__/* .Opt */ .e3.Upload)) {
            const name = profileArtifactName(dataset.name, shard);
            const ref = await (0,_adapters_storage_js__WEBPACK_IMPORTED_MODULE_2__/* .createArtifacts */ .GC)(context).upload(name, [node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(out)], node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(out));
            outputs.artifact = name;
            text += `\nuploaded as artifact ${name}${ref.id !== undefined ? ` (id ${ref.id})` : ref.location ? ` (${ref.location})` : ''}`;
        }
        return { exitCode: 0, text, json: (0,_domain_profile_format_js__WEBPACK_IMPORTED_MODULE_4__/* .profileToJson */ .lu)(profile), outputs };
    },
};


/***/ })

};
