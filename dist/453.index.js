export const id = 453;
export const ids = [453,524];
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
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/domain/errors.ts
var errors = __webpack_require__(10241);
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
        await (0,promises_.rm)(dir, { recursive: true, force: true });
        await (0,promises_.mkdir)(external_node_path_default().dirname(dir), { recursive: true });
        await (0,promises_.cp)(tmp, dir, { recursive: true });
        await (0,promises_.rm)(tmp, { recursive: true, force: true });
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
        this.impl ??= Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(913), __webpack_require__.e(838), __webpack_require__.e(110), __webpack_require__.e(518), __webpack_require__.e(611)]).then(__webpack_require__.bind(__webpack_require__, 96611)).then((m) => new m.ActionsArtifacts(this.settings));
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
        this.impl ??= Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(838), __webpack_require__.e(110), __webpack_require__.e(91), __webpack_require__.e(534)]).then(__webpack_require__.bind(__webpack_require__, 3534)).then((m) => new m.ActionsCache(this.log));
        return this.impl;
    }
    async restore(paths, key) {
        return (await this.load()).restore(paths, key);
    }
    async save(paths, key) {
        await (await this.load()).save(paths, key);
    }
}
function createArtifacts(ctx) {
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

/***/ 67006:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createPromoteCommand: () => (/* binding */ createPromoteCommand),
  promoteCommand: () => (/* binding */ promoteCommand),
  runDeployCommand: () => (/* binding */ runDeployCommand)
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
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/adapters/storage.ts + 2 modules
var storage = __webpack_require__(61648);
// EXTERNAL MODULE: ./src/adapters/release-store.ts + 2 modules
var release_store = __webpack_require__(45679);
// EXTERNAL MODULE: ./src/domain/errors.ts
var errors = __webpack_require__(10241);
;// CONCATENATED MODULE: ./src/domain/release/inputs.ts
/** Numbers of a nested metrics document, keys joined with '.' (SPEC §4); other values are ignored. */
function flattenMetrics(value, prefix = '', out = {}) {
    if (typeof value === 'number' && Number.isFinite(value) && prefix)
        out[prefix] = value;
    else if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
        for (const [k, v] of Object.entries(value))
            flattenMetrics(v, prefix ? `${prefix}.${k}` : k, out);
    }
    return out;
}
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
    for (const m of comparison.metrics)
        metrics[m.name] = m.candidate;
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
/** GitHub artifact names may not contain " : < > | * ? \r \n \ /. */
function artifactName(model, version) {
    return `mlgate-${model}-${version}`.replace(/["':<>|*?\r\n\\/]/g, '-');
}

// EXTERNAL MODULE: ./src/domain/release/plan.ts
var release_plan = __webpack_require__(20171);
// EXTERNAL MODULE: ./src/domain/release/state.ts
var state = __webpack_require__(99583);
// EXTERNAL MODULE: ./src/commands/invocation.ts + 2 modules
var invocation = __webpack_require__(58386);
// EXTERNAL MODULE: ./src/commands/options.ts
var options = __webpack_require__(26052);
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
            description: "The gate result: the JSON written by `mlgate compare --json` (or `check --json`), or a directory holding it. A failed verdict refuses the release unless `force`. Without it nothing is re-run and the release records `gate: none`.",
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
        return { verdict: 'none', metrics: await readCandidateMetrics(external_node_path_default().resolve(root, model.metrics), ctx.log) };
    const target = external_node_path_default().resolve(ctx.cwd, results);
    const info = await (0,promises_.stat)(target).catch(() => undefined);
    if (!info)
        throw (0,errors/* usageError */.Wp)(`${label} names '${results}', which does not exist; point it at the JSON written by 'mlgate compare --json' (or leave it out to record gate: none)`);
    const files = info.isDirectory()
        ? (await (0,promises_.readdir)(target)).filter((f) => f.endsWith('.json')).sort().map((f) => external_node_path_default().join(target, f))
        : [target];
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
async function readCandidateMetrics(file, log) {
    try {
        const text = await (0,promises_.readFile)(file, 'utf8');
        return flattenMetrics(file.endsWith('.json') ? JSON.parse(text) : (0,dist/* parse */.qg)(text));
    }
    catch (error) {
        log.debug(`no candidate metrics recorded: ${String(error)}`);
        return {};
    }
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
/** Runs the user's deploy command through the shell; resolves to its exit status. */
function runDeployCommand(run) {
    const { release } = run;
    return new Promise((resolve) => {
        const child = (0,external_node_child_process_.spawn)(run.command, {
            cwd: run.cwd,
            shell: true,
            stdio: ['ignore', 'inherit', 'inherit'],
            env: {
                ...run.env,
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
async function markBroken(store, id, description, log) {
    try {
        await store.setStatus(id, { state: 'error', description: (0,state/* describe */.q0)(description) });
    }
    catch (error) {
        log.warning(`could not mark deployment #${id} as error: ${error instanceof Error ? error.message : String(error)}`);
    }
}
function createPromoteCommand(deps) {
    return {
        spec,
        async run(inv, ctx) {
            const { config, root } = await (0,invocation/* loadConfig */.Z9)(inv, ctx);
            const model = (0,invocation/* selectModel */.U8)(inv, config);
            const environment = (0,invocation/* stringOption */.Pp)(inv, options/* Opt */.e3.Environment) ?? model.environment;
            const version = (0,invocation/* requireString */.VW)(inv, options/* Opt */.e3.Version, 'which model version to release');
            const envConfig = config.environments?.[environment];
            const deployCommand = (0,invocation/* stringOption */.Pp)(inv, options/* Opt */.e3.DeployCommand) ?? envConfig?.deploy_command;
            const autoRollback = (0,invocation/* booleanOption */.Ic)(inv, options/* Opt */.e3.AutoRollback) || envConfig?.auto_rollback === true;
            const force = (0,invocation/* booleanOption */.Ic)(inv, options/* Opt */.e3.Force);
            const dryRun = (0,invocation/* booleanOption */.Ic)(inv, options/* Opt */.e3.DryRun);
            const gate = await readGateInput(inv, ctx, model, root);
            const extraFiles = await expandFiles((0,invocation/* stringOption */.Pp)(inv, options/* Opt */.e3.Files), ctx.cwd);
            const store = (0,release_store.createReleaseStore)({ choice: (0,release_store/* parseStoreChoice */.cm)((0,invocation/* stringOption */.Pp)(inv, options/* Opt */.e3.Store), (0,invocation/* optionLabel */.ed)(inv, options/* Opt */.e3.Store)), cwd: ctx.cwd, github: ctx.github, inActions: ctx.inActions, log: ctx.log });
            const sha = ctx.github.sha ?? (await gitHead(ctx.cwd)) ?? 'HEAD';
            const uri = (0,invocation/* stringOption */.Pp)(inv, options/* Opt */.e3.Uri) ?? model.uri ?? null;
            const digest = await localDigest(uri, root);
            const name = artifactName(model.name, version);
            const payload = {
                mlgate: 1,
                model: { name: model.name, version, uri, digest },
                metrics: gate.metrics,
                gate: { verdict: gate.verdict, report_sha256: gate.sha256 ?? null },
                source: { sha, pr: pullRequestOf(await readEvent(ctx)) ?? (await store.pullRequestFor?.(sha)) ?? null, run_id: ctx.github.runId ?? null, actor: ctx.github.actor ?? null },
                artifact: null,
                rollback_of: null,
            };
            const releases = await (0,release_store/* loadReleases */.ze)(store, environment, model.name);
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
            const artifact = await uploadReport(() => deps.artifacts(ctx), name, [...(gate.file ? [gate.file] : []), ...extraFiles], ctx);
            const finalPayload = { ...plan.payload, artifact: artifact ? { name: artifact.name, run_id: artifact.runId ?? ctx.github.runId ?? null } : null };
            const created = await store.create({ environment, ref: sha, payload: finalPayload, description: plan.description });
            const id = created.id;
            const logUrl = (0,release_store/* runLogUrl */.lm)(ctx.github);
            try {
                await store.setStatus(id, { state: 'in_progress', description: (0,state/* describe */.q0)(`releasing ${model.name} ${version}`), ...(logUrl ? { logUrl } : {}) });
                const raceCheck = async () => (0,release_plan/* detectRace */.FL)({ snapshot: plan.snapshot, expectedLiveId: previous?.id, ownId: id, now: await (0,release_store/* loadReleases */.ze)(store, environment, model.name) })?.message;
                let race = await raceCheck();
                if (!race && deployCommand) {
                    ctx.log.info(`Running deploy-command for ${model.name} ${version} (#${id}).`);
                    const code = await runDeployCommand({ command: deployCommand, cwd: root, env: ctx.env, release: { model: model.name, version, uri, sha: created.sha, environment, deploymentId: id, rollback: false } });
                    if (code !== 0)
                        return await deployFailed({ store, id, code, previous, autoRollback, deployCommand, ctx, root, environment, version, modelName: model.name });
                    race = await raceCheck();
                }
                if (race) {
                    await store.setStatus(id, { state: 'error', description: (0,state/* describe */.q0)(`not promoted: ${race}`) });
                    return resultOf({ outcome: 'race', deployment_id: id, version, reason: race }, `Refused: ${race}`, 1, { 'deployment-id': String(id), ...previousOutputs });
                }
                const environmentUrl = envConfig?.url;
                await store.setStatus(id, { state: 'success', description: (0,state/* describe */.q0)(`${model.name} ${version} is live`), ...(environmentUrl ? { environmentUrl } : {}), ...(logUrl ? { logUrl } : {}) });
                const superseded = await (0,release_store/* markSuperseded */.QX)(store, environment, model.name, id, ctx.log);
                const forced = finalPayload.gate?.forced === true;
                const text = [
                    `Released ${model.name} ${version} to ${environment} as deployment #${id}${previous ? `, replacing ${previous.payload.model.version} (#${previous.id})` : ' (first release)'}.`,
                    forced ? 'The gate failed; released anyway because force was set (recorded in the release).' : `Gate: ${gate.verdict}.`,
                    artifact ? `Report uploaded as artifact ${artifact.name}.` : 'No report artifact uploaded.',
                ].join('\n');
                return resultOf({ outcome: 'promoted', deployment_id: id, version, previous_version: previous?.payload.model.version ?? null, previous_deployment_id: previous?.id ?? null, superseded, artifact: artifact ?? null, forced }, text, 0, { 'deployment-id': String(id), version, ...previousOutputs });
            }
            catch (error) {
                await markBroken(store, id, `mlgate promote failed: ${error instanceof Error ? error.message : String(error)}`, ctx.log);
                throw error;
            }
        },
    };
}
async function uploadReport(store, name, files, ctx) {
    if (files.length === 0)
        return undefined;
    const artifacts = store();
    if (!artifacts) {
        ctx.log.warning(`No artifact store is available here; the report (${files.length} file(s)) was not uploaded.`);
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
        const revert = await runDeployCommand({ command: f.deployCommand, cwd: f.root, env: ctx.env, release: { model: p.name, version: p.version, uri: p.uri ?? null, sha: previous.sha, environment: f.environment, deploymentId: previous.id, rollback: true } });
        rolledBack = revert === 0;
        note = rolledBack ? `; auto-rolled back to ${p.version} (#${previous.id})` : `; auto-rollback to ${p.version} also failed (exit ${revert})`;
    }
    else if (f.autoRollback) {
        note = '; nothing was live before, so there is nothing to roll back to';
    }
    await store.setStatus(id, { state: 'failure', description: (0,state/* describe */.q0)(`deploy-command failed (exit ${code})${note}`) });
    const live = (0,state/* findLive */.KI)(await (0,release_store/* loadReleases */.ze)(store, f.environment, f.modelName));
    const text = `deploy-command failed (exit ${code}) releasing ${f.modelName} ${f.version}; deployment #${id} is marked failure${note}. Live: ${live ? `${live.payload.model.version} (#${live.id})` : 'nothing'}.`;
    return resultOf({ outcome: 'deploy-failed', deployment_id: id, version: f.version, exit_code: code, rolled_back: rolledBack, live_version: live?.payload.model.version ?? null, live_deployment_id: live?.id ?? null }, text, 1, { 'deployment-id': String(id), version: live?.payload.model.version ?? '', 'previous-version': previous?.payload.model.version ?? '', 'previous-deployment-id': previous ? String(previous.id) : '' });
}
const promoteCommand = createPromoteCommand({ artifacts: (ctx) => (0,storage/* createArtifacts */.GC)(ctx) });


/***/ }),

/***/ 20524:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cy: () => (/* binding */ readReleasePayload),
/* harmony export */   OT: () => (/* binding */ RELEASE_TASK),
/* harmony export */   fC: () => (/* binding */ releasePayloadSchema)
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
    /** Reference profile of the training data stored with the release (drift against `production`). */
    profile: zod__WEBPACK_IMPORTED_MODULE_0__/* .unknown */ .L5J().optional(),
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


/***/ })

};
