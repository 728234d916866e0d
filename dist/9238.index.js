export const id = 9238;
export const ids = [9238,6130];
export const modules = {

/***/ 99238:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_RESULTS_DIR: () => (/* binding */ DEFAULT_RESULTS_DIR),
/* harmony export */   checkCommand: () => (/* binding */ checkCommand)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _adapters_actions_annotations_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9738);
/* harmony import */ var _adapters_release_store_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(39300);
/* harmony import */ var _domain_validation_verdict_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(66971);
/* harmony import */ var _io_files_results_dir_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(38088);
/* harmony import */ var _domain_errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(10241);
/* harmony import */ var _compare_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(56130);
/* harmony import */ var _drift_hook_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(95725);
/* harmony import */ var _data_vs_production_hook_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(10466);
/* harmony import */ var _invocation_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(58386);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(26052);
/* harmony import */ var _report_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(8938);
/* harmony import */ var _validate_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(30010);
/* harmony import */ var _merged_profiles_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(11375);















const DEFAULT_RESULTS_DIR = node_path__WEBPACK_IMPORTED_MODULE_1___default().join('.mlgate', 'results');
/** How many earlier releases the report charts. */
const HISTORY_DEPTH = 10;
function worst(verdicts) {
    return verdicts.includes('fail') ? 'fail' : verdicts.includes('warn') ? 'warn' : 'pass';
}
/** The live and earlier good releases of a model, newest first, for the report's charts. */
async function releaseHistory(store, environment, model, log) {
    try {
        const releases = await (0,_adapters_release_store_js__WEBPACK_IMPORTED_MODULE_3__/* .loadReleases */ .ze)(await store(), environment, model, (rs) => rs.filter((r) => r.reachedSuccess).length >= HISTORY_DEPTH);
        return releases.filter((r) => r.reachedSuccess).slice(0, HISTORY_DEPTH).map((r) => r.payload);
    }
    catch (error) {
        log.warning(`The report has no release history for ${model} in ${environment}: ${error instanceof Error ? error.message : String(error)}`);
        return [];
    }
}
/** What the comment stage needs to match these results to the pull request (only inside Actions). */
async function resultsMeta(context) {
    const { github } = context;
    if (!context.inActions || !github.repository || github.runId === undefined)
        return undefined;
    let event = {};
    if (github.eventPath) {
        try {
            event = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(github.eventPath, 'utf8'));
        }
        catch {
            event = {};
        }
    }
    const pr = typeof event.pull_request?.number === 'number' ? event.pull_request.number : null;
    const headSha = typeof event.pull_request?.head?.sha === 'string' ? event.pull_request.head.sha : github.sha;
    if (!headSha || !/^[0-9a-f]{40}$/.test(headSha))
        return undefined;
    return {
        mlgate: 1,
        repository: `${github.repository.owner}/${github.repository.repo}`,
        pr,
        head_sha: headSha,
        run_id: github.runId,
        ...(github.runAttempt !== undefined ? { run_attempt: github.runAttempt } : {}),
        ...(github.workflow ? { workflow: github.workflow.slice(0, 200) } : {}),
        ...(github.eventName ? { event: github.eventName } : {}),
    };
}
const checkCommand = {
    spec: {
        name: 'check',
        summary: 'Validate, compare and report in one process (the PR gate).',
        options: [
            _options_js__WEBPACK_IMPORTED_MODULE_9__/* .configOption */ .KJ,
            _options_js__WEBPACK_IMPORTED_MODULE_9__/* .jsonOption */ .Ec,
            _options_js__WEBPACK_IMPORTED_MODULE_9__/* .modelOption */ .HI,
            _options_js__WEBPACK_IMPORTED_MODULE_9__/* .datasetOption */ .kq,
            _options_js__WEBPACK_IMPORTED_MODULE_9__/* .commentOption */ .jW,
            {
                name: _options_js__WEBPACK_IMPORTED_MODULE_9__/* .Opt */ .e3.Results,
                type: 'string',
                default: DEFAULT_RESULTS_DIR,
                description: 'Directory the results are written to (validation, comparisons, history, meta): upload it as the artifact the fork-safe comment stage reads.',
            },
            {
                name: _options_js__WEBPACK_IMPORTED_MODULE_9__/* .Opt */ .e3.Profiles,
                type: 'string',
                description: "Merged shard profiles (from merge-profiles; comma- or newline-separated): each profiled dataset's checks and drift are answered from its profile, and its data files are not read.",
            },
            _options_js__WEBPACK_IMPORTED_MODULE_9__/* .storeOption */ .XS,
            _options_js__WEBPACK_IMPORTED_MODULE_9__/* .tokenOption */ .Pc,
        ],
        outputs: [
            { name: 'verdict', description: 'pass, warn or fail.' },
            { name: 'failed-metrics', description: 'Comma-separated names of metrics that failed their gate.' },
            { name: 'failed-checks', description: 'Number of failed data checks of severity error.' },
            { name: 'report-path', description: 'Path of the rendered Markdown report.' },
            { name: 'results-path', description: 'Directory holding the results (upload it for the comment stage).' },
            { name: 'comment-url', description: 'URL of the sticky comment, when one was posted.' },
        ],
        stepAction: true,
    },
    async run(invocation, context) {
        const loaded = await (0,_invocation_js__WEBPACK_IMPORTED_MODULE_8__/* .loadConfig */ .Z9)(invocation, context);
        const { config } = loaded;
        const modelName = (0,_invocation_js__WEBPACK_IMPORTED_MODULE_8__/* .stringOption */ .Pp)(invocation, _options_js__WEBPACK_IMPORTED_MODULE_9__/* .Opt */ .e3.Model);
        const models = modelName !== undefined || config.models.length === 1 ? [(0,_invocation_js__WEBPACK_IMPORTED_MODULE_8__/* .selectModel */ .U8)(invocation, config)] : config.models;
        if (config.datasets.length === 0 && models.length === 0) {
            throw (0,_domain_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .usageError */ .Wp)(`the config defines neither datasets nor models (${(0,_invocation_js__WEBPACK_IMPORTED_MODULE_8__/* .optionLabel */ .ed)(invocation, _options_js__WEBPACK_IMPORTED_MODULE_9__/* .Opt */ .e3.Config)})`);
        }
        const text = [];
        let validation;
        if (config.datasets.length > 0) {
            const profiles = await (0,_merged_profiles_js__WEBPACK_IMPORTED_MODULE_12__/* .readMergedProfiles */ .X)(invocation, context, config.datasets.map((d) => d.name));
            validation = await (0,_validate_js__WEBPACK_IMPORTED_MODULE_11__.runValidation)(loaded, { dataset: (0,_invocation_js__WEBPACK_IMPORTED_MODULE_8__/* .stringOption */ .Pp)(invocation, _options_js__WEBPACK_IMPORTED_MODULE_9__/* .Opt */ .e3.Dataset), drift: (0,_drift_hook_js__WEBPACK_IMPORTED_MODULE_13__/* .lazyDriftHook */ .N)(invocation), production: (0,_data_vs_production_hook_js__WEBPACK_IMPORTED_MODULE_14__/* .lazyProductionDataHook */ .B)(invocation), profiles }, context);
            if (context.inActions)
                (0,_adapters_actions_annotations_js__WEBPACK_IMPORTED_MODULE_2__/* .emitAnnotations */ .KI)(validation, context.log);
            text.push((0,_domain_validation_verdict_js__WEBPACK_IMPORTED_MODULE_4__/* .validationText */ .nP)(validation));
        }
        const deps = (0,_compare_js__WEBPACK_IMPORTED_MODULE_7__.compareDeps)(invocation, context);
        const comparisons = [];
        const failedMetrics = [];
        const history = {};
        for (const model of models) {
            const outcome = await (0,_compare_js__WEBPACK_IMPORTED_MODULE_7__.runCompare)(loaded, model, deps);
            comparisons.push(outcome.result);
            failedMetrics.push(...outcome.failedMetrics.map((m) => (models.length > 1 ? `${model.name}:${m}` : m)));
            text.push((0,_compare_js__WEBPACK_IMPORTED_MODULE_7__.compareText)(outcome));
            history[model.name] = { environment: model.environment, releases: await releaseHistory(deps.store, model.environment, model.name, context.log) };
        }
        const resultsDir = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(context.cwd, (0,_invocation_js__WEBPACK_IMPORTED_MODULE_8__/* .stringOption */ .Pp)(invocation, _options_js__WEBPACK_IMPORTED_MODULE_9__/* .Opt */ .e3.Results) ?? DEFAULT_RESULTS_DIR);
        const meta = await resultsMeta(context);
        await (0,_io_files_results_dir_js__WEBPACK_IMPORTED_MODULE_5__/* .writeResultsDir */ .Dn)(resultsDir, { meta, validation, comparisons, history });
        const report = await _report_js__WEBPACK_IMPORTED_MODULE_10__.reportCommand.run({
            command: 'report',
            surface: invocation.surface,
            positionals: [],
            options: {
                [_options_js__WEBPACK_IMPORTED_MODULE_9__/* .Opt */ .e3.Config]: invocation.options[_options_js__WEBPACK_IMPORTED_MODULE_9__/* .Opt */ .e3.Config],
                [_options_js__WEBPACK_IMPORTED_MODULE_9__/* .Opt */ .e3.Results]: resultsDir,
                [_options_js__WEBPACK_IMPORTED_MODULE_9__/* .Opt */ .e3.Out]: node_path__WEBPACK_IMPORTED_MODULE_1___default().join(resultsDir, 'report.md'),
                [_options_js__WEBPACK_IMPORTED_MODULE_9__/* .Opt */ .e3.Comment]: invocation.options[_options_js__WEBPACK_IMPORTED_MODULE_9__/* .Opt */ .e3.Comment],
                [_options_js__WEBPACK_IMPORTED_MODULE_9__/* .Opt */ .e3.GithubToken]: invocation.options[_options_js__WEBPACK_IMPORTED_MODULE_9__/* .Opt */ .e3.GithubToken],
            },
        }, context);
        text.push(report.text);
        const verdict = worst([...(validation ? [validation.verdict] : []), ...comparisons.map((c) => c.verdict)]);
        const failedChecks = validation ? (0,_domain_validation_verdict_js__WEBPACK_IMPORTED_MODULE_4__/* .failedErrorChecks */ .hJ)(validation) : 0;
        const reasons = [
            ...(failedChecks > 0 ? [`${failedChecks} data check${failedChecks === 1 ? '' : 's'} of severity error failed`] : []),
            ...(failedMetrics.length > 0 ? [(0,_compare_js__WEBPACK_IMPORTED_MODULE_7__.gateFailureLine)(failedMetrics)] : []),
        ];
        return {
            exitCode: verdict === 'fail' ? 1 : 0,
            text: text.join('\n\n'),
            json: { verdict, validation: validation ?? null, comparisons },
            markdown: report.markdown,
            outputs: {
                verdict,
                'failed-metrics': failedMetrics.join(','),
                'failed-checks': String(failedChecks),
                'report-path': report.outputs?.['report-path'] ?? '',
                'results-path': resultsDir,
                'comment-url': report.outputs?.['comment-url'] ?? '',
            },
            ...(verdict === 'fail' ? { failure: reasons.join('; ') || 'the gate failed' } : {}),
        };
    },
};


/***/ }),

/***/ 56130:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  compareCommand: () => (/* binding */ compareCommand),
  compareDeps: () => (/* binding */ compareDeps),
  compareText: () => (/* binding */ compareText),
  evidenceFactory: () => (/* binding */ evidenceFactory),
  gateFailureLine: () => (/* binding */ gateFailureLine),
  gitRunner: () => (/* binding */ gitRunner),
  runCompare: () => (/* binding */ runCompare),
  storeFactory: () => (/* binding */ storeFactory)
});

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/domain/report/shorten.ts
var shorten = __webpack_require__(30738);
// EXTERNAL MODULE: ./src/domain/report/index.ts + 10 modules
var domain_report = __webpack_require__(24385);
// EXTERNAL MODULE: ./src/domain/errors.ts
var errors = __webpack_require__(10241);
// EXTERNAL MODULE: ./src/domain/gate/metric-set.ts + 1 modules
var metric_set = __webpack_require__(52114);
// EXTERNAL MODULE: ./src/domain/release/state.ts
var state = __webpack_require__(99583);
// EXTERNAL MODULE: ./src/adapters/release-store.ts + 5 modules
var release_store = __webpack_require__(39300);
// EXTERNAL MODULE: ./src/io/files/metrics-file.ts
var metrics_file = __webpack_require__(72004);
;// CONCATENATED MODULE: ./src/adapters/baseline/resolve.ts






function parseBaselineSpec(spec) {
    if (spec.startsWith('file:'))
        return { kind: 'file', path: spec.slice(5) };
    if (spec.startsWith('ref:')) {
        const rest = spec.slice(4);
        const colon = rest.indexOf(':');
        if (colon <= 0 || colon === rest.length - 1)
            throw (0,errors/* usageError */.Wp)(`baseline '${spec}' is not ref:<git-ref>:<path>`);
        return { kind: 'ref', ref: rest.slice(0, colon), path: rest.slice(colon + 1) };
    }
    return { kind: 'release', environment: spec };
}
/** The live release of a model in an environment, as promote and rollback see it (SPEC §6). */
function liveRelease(records, environment, model) {
    return findLive(releasesOf(records, { environment, model }));
}
/** The file at a git ref: local git first, then the contents API (Actions checkouts are often shallow). */
async function readAtRef(ref, file, deps) {
    const local = await deps.git(['show', `${ref}:./${file.replace(/^\.\//, '')}`], deps.root);
    if (local.ok)
        return local.stdout;
    if (deps.contents) {
        const repoPath = external_node_path_default().relative(deps.workspace ?? deps.root, external_node_path_default().resolve(deps.root, file)).split((external_node_path_default()).sep).join('/');
        deps.log.debug(`git show ${ref}:${file} failed (${local.message.trim()}); asking the contents API for ${repoPath}@${ref}`);
        try {
            return await deps.contents(repoPath, ref);
        }
        catch (error) {
            const status = error.status;
            throw (0,errors/* inputError */.Xu)(status === 404 ? `'${repoPath}' does not exist at ref '${ref}' (GitHub contents API: 404)` : `cannot read '${repoPath}' at ref '${ref}' from GitHub: ${error instanceof Error ? error.message : String(error)}`, { file }, error);
        }
    }
    throw (0,errors/* inputError */.Xu)(`cannot read '${file}' at git ref '${ref}': ${local.message.trim().split('\n')[0] ?? 'git failed'}. In Actions, check out with fetch-depth: 0 or pass a token so mlgate can use the contents API.`, { file });
}
/** Resolves the configured baseline; undefined means there is none yet (first release). */
async function resolveBaseline(spec, deps) {
    const parsed = parseBaselineSpec(spec);
    if (parsed.kind === 'file') {
        const metrics = await (0,metrics_file/* readMetricsFile */._)(external_node_path_default().resolve(deps.root, parsed.path), parsed.path);
        return { metrics, source: spec };
    }
    if (parsed.kind === 'ref') {
        const bytes = await readAtRef(parsed.ref, parsed.path, deps);
        return { metrics: (0,metric_set/* parseMetricsText */.o0)(bytes.toString('utf8').replace(/^\uFEFF/, ''), `${parsed.ref}:${parsed.path}`), source: spec };
    }
    let releases;
    try {
        releases = await (0,release_store/* loadReleases */.ze)(await deps.store(), parsed.environment, deps.modelName, state/* untilLive */.TB);
    }
    catch (error) {
        if (error instanceof errors/* MlgateError */.Bf)
            throw error;
        throw new errors/* MlgateError */.Bf('github', `cannot list the releases of environment '${parsed.environment}': ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
    const live = (0,state/* findLive */.KI)(releases);
    if (!live)
        return undefined;
    return { metrics: (0,metric_set/* metricsFromRecord */.pb)(live.payload.metrics), source: parsed.environment, version: live.payload.model.version, release: { id: live.id, evidence: live.payload.evidence } };
}
/** The contents API through the one Octokit factory, loaded only when needed (keeps start-up lean). */
function contentsReader(github, log) {
    const { token, repository } = github;
    if (!token || !repository)
        return undefined;
    return async (repoPath, ref) => {
        const { createOctokit } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 96706));
        const octokit = createOctokit({ token, apiUrl: github.apiUrl, log });
        const response = await octokit.rest.repos.getContent({ ...repository, path: repoPath, ref, mediaType: { format: 'raw' } });
        const data = response.data;
        if (typeof data === 'string')
            return Buffer.from(data, 'utf8');
        if (data instanceof ArrayBuffer)
            return Buffer.from(data);
        if (data && typeof data === 'object' && 'content' in data && typeof data.content === 'string')
            return Buffer.from(data.content, 'base64');
        throw (0,errors/* inputError */.Xu)(`GitHub returned no file content for '${repoPath}' at '${ref}' (is it a directory?)`, { file: repoPath });
    };
}

// EXTERNAL MODULE: ./src/domain/gate/evaluate.ts + 2 modules
var evaluate = __webpack_require__(79039);
// EXTERNAL MODULE: ./src/domain/gate/margin.ts
var margin = __webpack_require__(63902);
// EXTERNAL MODULE: ./src/domain/results.ts
var results = __webpack_require__(92106);
// EXTERNAL MODULE: ./src/commands/production-evidence.ts
var production_evidence = __webpack_require__(18125);
// EXTERNAL MODULE: ./src/commands/invocation.ts + 2 modules
var commands_invocation = __webpack_require__(58386);
// EXTERNAL MODULE: ./src/commands/options.ts
var options = __webpack_require__(26052);
;// CONCATENATED MODULE: ./src/commands/compare.ts














/** Everything compare touches besides the files named in the config. */
/** Names up to about this many characters in the final failure line, then "and N more" (the report lists them all). */
const FAILURE_LINE_NAMES = 300;
/** The one line a failed gate ends with: `3 metric(s) failed their gate: a, b and c` (long lists shortened). */
function gateFailureLine(failedMetrics) {
    return `${failedMetrics.length} metric(s) failed their gate: ${(0,shorten/* listWithMore */.k)(failedMetrics, FAILURE_LINE_NAMES)}`;
}
function gitRunner() {
    return (args, cwd) => new Promise((resolve) => {
        (0,external_node_child_process_.execFile)('git', [...args], { cwd, encoding: 'buffer', maxBuffer: 512 * 1024 * 1024 }, (error, stdout, stderr) => {
            if (error)
                resolve({ ok: false, message: stderr.toString('utf8') || error.message });
            else
                resolve({ ok: true, stdout });
        });
    });
}
/** Fewer paired examples than this decide nothing: the relative gates are inconclusive. */
const MIN_PAIRED = 10;
/** Per-example significance for the gated metrics that can be computed from the per-example files. */
async function significanceFor(loaded, model, candidate, baseline, baselineDeps, deps, notes) {
    const sig = model.significance;
    // SPEC §2: `production` (or an environment), or a file path; file:/ref: prefixes also work.
    const looksLikeFile = /[/\\]|\.(csv|tsv|txt|jsonl|ndjson|parquet|pq)(\.gz)?$/i.test(sig.baseline) && !/^(file|ref):/.test(sig.baseline);
    const spec = looksLikeFile ? { kind: 'file', path: sig.baseline } : parseBaselineSpec(sig.baseline);
    // Heavy modules only when significance is configured.
    const [{ readPredictions, joinPredictions }, { pairedSignificance }, { exampleMetricOf }] = await Promise.all([
        __webpack_require__.e(/* import() */ 4234).then(__webpack_require__.bind(__webpack_require__, 24234)),
        __webpack_require__.e(/* import() */ 1430).then(__webpack_require__.bind(__webpack_require__, 71430)),
        __webpack_require__.e(/* import() */ 7859).then(__webpack_require__.bind(__webpack_require__, 37859)),
    ]);
    const names = (0,evaluate/* expandGates */.Zx)(model.gates, [...candidate.values.keys(), ...baseline.metrics.values.keys()])
        .filter((g) => g.matched && exampleMetricOf(g.name) !== undefined)
        .map((g) => g.name);
    if (names.length === 0) {
        notes.push('significance: no gated metric can be computed from per-example data (accuracy, precision, recall, f1, auc, log_loss, mae, mse, rmse)');
        return {};
    }
    const unavailable = (reason, inconclusive = false) => {
        notes.push(`significance against ${sig.baseline} not tested: ${reason}`);
        return { skipped: new Map(names.map((n) => [n, { reason, inconclusive }])), summary: { baseline: sig.baseline, status: 'unavailable', reason } };
    };
    const columns = { id: sig.id_column, label: sig.label_column, prediction: sig.prediction_column, score: sig.score_column };
    const candFile = await readPredictions(external_node_path_default().resolve(loaded.root, sig.candidate), sig.candidate, columns);
    let baseFile;
    let against = sig.baseline;
    if (spec.kind === 'file')
        baseFile = await readPredictions(external_node_path_default().resolve(loaded.root, spec.path), spec.path, columns);
    else if (spec.kind === 'release') {
        const release = sig.baseline === model.baseline ? baseline : await resolveBaseline(sig.baseline, baselineDeps);
        const stored = await (0,production_evidence.productionFile)(release, spec.environment, 'predictions', deps.evidence);
        if (!stored.ok)
            return unavailable(stored.reason);
        against = `${spec.environment} ${stored.release}`;
        try {
            baseFile = await readPredictions(stored.file, `per-example predictions stored with ${against}`, columns);
        }
        finally {
            await stored.dispose();
        }
    }
    else {
        const bytes = await readAtRef(spec.ref, spec.path, baselineDeps);
        const dir = await (0,promises_.mkdtemp)(external_node_path_default().join(external_node_os_default().tmpdir(), 'mlgate-baseline-'));
        try {
            const local = external_node_path_default().join(dir, external_node_path_default().basename(spec.path));
            await (0,promises_.writeFile)(local, bytes);
            baseFile = await readPredictions(local, `${spec.ref}:${spec.path}`, columns);
        }
        finally {
            await (0,promises_.rm)(dir, { recursive: true, force: true });
        }
    }
    const joined = joinPredictions(candFile, baseFile);
    if (joined.onlyCandidate + joined.onlyBaseline > 0) {
        notes.push(`significance: ${joined.onlyCandidate} example(s) only in the candidate file and ${joined.onlyBaseline} only in the baseline (${against}) were left out; ${joined.data.n} paired`);
    }
    if (joined.data.n < MIN_PAIRED)
        return unavailable(`only ${joined.data.n} example id(s) are in both the candidate file and the baseline (${against}); at least ${MIN_PAIRED} are needed`, true);
    const workers = await Promise.all(/* import() */[__webpack_require__.e(1430), __webpack_require__.e(1552)]).then(__webpack_require__.bind(__webpack_require__, 71552));
    const runner = workers.reportingRunner(deps.runner ?? workers.workerRunner(), deps.progress, `significance of ${model.name}`);
    const report = await pairedSignificance(joined.data, names, { alpha: sig.alpha, method: sig.method, resamples: sig.resamples, seed: sig.seed }, runner);
    for (const s of report.skipped)
        notes.push(`significance skipped for ${s.name}: ${s.reason}`);
    const map = new Map();
    for (const t of report.tests) {
        map.set(t.name, { method: t.method, ci: t.ci, p_value: t.pValue, n: t.n });
        const reported = candidate.values.get(t.name);
        if (reported !== undefined && Math.abs(reported - t.candidate) > 1e-6 * Math.max(1, Math.abs(reported))) {
            notes.push(`${t.name}: the metrics file says ${(0,margin/* formatNumber */.ZV)(reported)} but the per-example file gives ${(0,margin/* formatNumber */.ZV)(t.candidate)}; are they from the same evaluation?`);
        }
        if (t.note)
            notes.push(`${t.name}: ${t.note}`);
    }
    return { tested: map, summary: { baseline: against, status: 'used', paired: joined.data.n } };
}
/** The gate for one model: reads candidate metrics, resolves the baseline, tests significance, evaluates. */
async function runCompare(loaded, model, deps) {
    const notes = [];
    const candidate = await (0,metrics_file/* readMetricsFile */._)(external_node_path_default().resolve(loaded.root, model.metrics), model.metrics);
    const baselineDeps = {
        root: loaded.root,
        modelName: model.name,
        store: deps.store,
        git: deps.git ?? gitRunner(),
        contents: deps.contents,
        workspace: deps.workspace,
        log: deps.log,
    };
    const baseline = await resolveBaseline(model.baseline, baselineDeps);
    if (!baseline)
        notes.push(`no ${model.baseline} baseline yet: only absolute bounds apply (first release)`);
    const significance = model.significance && baseline ? await significanceFor(loaded, model, candidate, baseline, baselineDeps, deps, notes) : {};
    const outcome = (0,evaluate/* evaluateGates */.ud)({
        model: model.name,
        candidate,
        baseline,
        baselineSource: model.baseline,
        gates: model.gates,
        significance: significance.tested,
        significanceSkipped: significance.skipped,
        significanceSummary: significance.summary,
        alpha: model.significance?.alpha ?? 0.05,
    });
    return { ...outcome, notes };
}
const STATUS_MARK = { pass: '✓', fail: '✗', warn: '!', skipped: '-', inconclusive: '?' };
/** The human summary: verdict, one line per metric, failure lines and notes. */
function compareText(outcome) {
    const r = outcome.result;
    const base = r.baseline.version ? `${r.baseline.source} ${r.baseline.version}` : r.baseline.source;
    const lines = [`mlgate compare ${r.model}: ${r.verdict.toUpperCase()} (baseline: ${base})`];
    for (const m of r.metrics) {
        const value = (x) => (x === null ? '—' : (0,margin/* formatNumber */.ZV)(x));
        // The reason of a significance decision quotes the labelled interval already.
        const level = m.significance ? `${(0,margin/* formatNumber */.ZV)(m.significance.level * 100)}% ` : '';
        const ci = m.ci && !m.reason.includes('interval') ? `, Δ ${level}interval (unadjusted) [${(0,margin/* formatNumber */.ZV)(m.ci[0])}, ${(0,margin/* formatNumber */.ZV)(m.ci[1])}]` : '';
        lines.push(`  ${STATUS_MARK[m.status] ?? ' '} ${m.name}: ${value(m.baseline)} → ${value(m.candidate)}${ci} — ${m.status}: ${m.reason}`);
    }
    for (const n of outcome.notes)
        lines.push(`  note: ${n}`);
    return lines.join('\n');
}
/** Markdown for the job summary: the model part of the PR report, then compare's notes. */
function compareMarkdown(outcome) {
    const report = (0,domain_report/* renderReport */.B1)({ key: `compare/${outcome.result.model}`, comparisons: [outcome.result] }).markdown;
    return [report, ...outcome.notes.map((n) => `> ${(0,domain_report/* text */.Qq)(n, { max: 1000 })}\n`)].join('\n');
}
function storeFactory(invocation, context) {
    const choice = (0,commands_invocation/* storeChoice */.Hz)(invocation);
    // Loaded on first use: a file or ref baseline never pays for the GitHub client.
    return async () => {
        const { createReleaseStore } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 39300));
        return createReleaseStore({ choice, cwd: context.cwd, github: context.github, inActions: context.inActions, log: context.log });
    };
}
/** The evidence store that goes with the release store `store` chooses, loaded on first use. */
function evidenceFactory(invocation, context) {
    const choice = (0,commands_invocation/* storeChoice */.Hz)(invocation);
    return async () => {
        const { createEvidenceStore } = await __webpack_require__.e(/* import() */ 4158).then(__webpack_require__.bind(__webpack_require__, 74158));
        return createEvidenceStore({ choice, cwd: context.cwd, github: context.github, inActions: context.inActions, log: context.log });
    };
}
function compareDeps(invocation, context, github = context.github) {
    return {
        log: context.log,
        store: storeFactory(invocation, context),
        evidence: evidenceFactory(invocation, context),
        contents: context.inActions ? contentsReader(github, context.log) : undefined,
        workspace: context.env.GITHUB_WORKSPACE,
        ...(context.progress ? { progress: context.progress } : {}),
    };
}
const compareCommand = {
    spec: {
        name: 'compare',
        summary: 'Gate candidate metrics against the baseline.',
        options: [options/* configOption */.KJ, options/* jsonOption */.Ec, options/* modelOption */.HI, options/* storeOption */.XS, options/* tokenOption */.Pc],
        outputs: [
            { name: 'verdict', description: 'pass, warn or fail.' },
            { name: 'failed-metrics', description: 'Comma-separated names of metrics that failed their gate.' },
            { name: 'report-path', description: 'Path of the JSON result.' },
        ],
        stepAction: true,
    },
    async run(invocation, context) {
        const loaded = await (0,commands_invocation/* loadConfig */.Z9)(invocation, context);
        const model = (0,commands_invocation/* selectModel */.U8)(invocation, loaded.config);
        const outcome = await runCompare(loaded, model, compareDeps(invocation, context));
        const jsonPath = (0,commands_invocation/* stringOption */.Pp)(invocation, options/* Opt */.e3.Json);
        let reportPath = jsonPath ? external_node_path_default().resolve(context.cwd, jsonPath) : '';
        if (!jsonPath && context.inActions) {
            // In Actions the JSON result is always written, so later steps can read `report-path`.
            reportPath = external_node_path_default().join(context.env.RUNNER_TEMP || context.cwd, `mlgate-compare-${model.name.replace(/[^\w.-]/g, '_')}.json`);
            await (0,promises_.writeFile)(reportPath, (0,results/* resultsJson */.j)(outcome.result), 'utf8');
        }
        const { verdict } = outcome.result;
        return {
            exitCode: verdict === 'fail' ? 1 : 0,
            text: compareText(outcome),
            json: outcome.result,
            markdown: compareMarkdown(outcome),
            outputs: { verdict, 'failed-metrics': outcome.failedMetrics.join(','), 'report-path': reportPath },
            ...(verdict === 'fail' ? { failure: gateFailureLine(outcome.failedMetrics) } : {}),
        };
    },
};


/***/ }),

/***/ 11375:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ mergeShardProfiles),
/* harmony export */   X: () => (/* binding */ readMergedProfiles)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _domain_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(10241);
/* harmony import */ var _domain_profile_dataset_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(66313);
/* harmony import */ var _io_files_profile_file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(69980);
/* harmony import */ var _invocation_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(58386);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(26052);
/**
 * `check --profiles`: the profiles whose datasets the gate answers without reading their data. Merged profiles, or
 * the shard profiles themselves, merged here as `merge-profiles` merges them, so that a merge that cannot be done
 * (a shard missing, profiles that disagree) is an error of `check`, which replaces the sticky comment with it.
 */






/** The profiles of one dataset merged into the whole dataset; throws when shards are missing. */
function mergeShardProfiles(profiles, shown) {
    const missing = (0,_domain_profile_dataset_js__WEBPACK_IMPORTED_MODULE_2__/* .missingShards */ .Q0)(profiles);
    if (missing.length)
        throw (0,_domain_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)(`got ${profiles.length} of ${profiles[0].shard.count} shard profiles of ${profiles[0].dataset}; missing shard${missing.length > 1 ? 's' : ''} ${missing.join(', ')}. A partial merge would not describe the whole dataset`);
    return (0,_domain_profile_dataset_js__WEBPACK_IMPORTED_MODULE_2__/* .mergeProfiles */ .Ns)(profiles, shown);
}
/** Reads the profiles named by `--profiles` (merged, or every shard of a dataset) and merges them per dataset. */
async function readMergedProfiles(invocation, context, datasets) {
    const names = ((0,_invocation_js__WEBPACK_IMPORTED_MODULE_4__/* .stringOption */ .Pp)(invocation, _options_js__WEBPACK_IMPORTED_MODULE_5__/* .Opt */ .e3.Profiles) ?? '').split(/[\n,]/).map((x) => x.trim()).filter(Boolean);
    if (names.length === 0)
        return undefined;
    const label = (0,_invocation_js__WEBPACK_IMPORTED_MODULE_4__/* .optionLabel */ .ed)(invocation, _options_js__WEBPACK_IMPORTED_MODULE_5__/* .Opt */ .e3.Profiles);
    const byDataset = new Map();
    for (const shown of names) {
        const profile = await (0,_io_files_profile_file_js__WEBPACK_IMPORTED_MODULE_3__/* .readProfileFile */ .C)(node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(context.cwd, shown), shown);
        if (!datasets.includes(profile.dataset))
            throw (0,_domain_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .usageError */ .Wp)(`${shown} (in ${label}) profiles dataset '${profile.dataset}', which is not in the config; expected one of: ${datasets.join(', ') || '(none)'}`);
        const group = byDataset.get(profile.dataset) ?? { profiles: [], shown: [] };
        group.profiles.push(profile);
        group.shown.push(shown);
        byDataset.set(profile.dataset, group);
    }
    const out = new Map();
    for (const [dataset, group] of byDataset) {
        const shown = group.shown.length === 1 ? group.shown[0] : `the ${group.shown.length} profiles of ${dataset} in ${label}`;
        out.set(dataset, { profile: mergeShardProfiles(group.profiles, group.shown), shown });
    }
    return out;
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


/***/ })

};
