export const id = 6130;
export const ids = [6130];
export const modules = {

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
