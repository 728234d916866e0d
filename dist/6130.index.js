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
        const stored = await (0,production_evidence/* productionFile */.I)(release, spec.environment, 'predictions', deps.evidence);
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
    const choice = ((0,commands_invocation/* stringOption */.Pp)(invocation, options/* Opt */.e3.Store) ?? 'auto');
    if (!['auto', 'github', 'local'].includes(choice))
        throw (0,errors/* usageError */.Wp)(`${(0,commands_invocation/* optionLabel */.ed)(invocation, options/* Opt */.e3.Store)} is '${String(choice)}'; expected auto, github or local`);
    // Loaded on first use: a file or ref baseline never pays for the GitHub client.
    return async () => {
        const { createReleaseStore } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 39300));
        return createReleaseStore({ choice, cwd: context.cwd, github: context.github, inActions: context.inActions, log: context.log });
    };
}
/** The evidence store that goes with the release store `store` chooses, loaded on first use. */
function evidenceFactory(invocation, context) {
    const choice = ((0,commands_invocation/* stringOption */.Pp)(invocation, options/* Opt */.e3.Store) ?? 'auto');
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

/***/ 18125:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ productionProfile),
/* harmony export */   I: () => (/* binding */ productionFile)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _domain_evidence_use_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(42867);
/* harmony import */ var _io_files_evidence_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(82911);
/* harmony import */ var _adapters_release_store_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(39300);
/* harmony import */ var _domain_gate_metric_set_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(52114);
/* harmony import */ var _domain_release_state_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(99583);








/**
 * One item of the live release's evidence (its predictions or a dataset's profile), verified against its digest
 * and written to a temporary file under its original name, so the usual readers read it. Otherwise why not.
 */
async function productionFile(baseline, environment, role, evidence) {
    if (!baseline?.release)
        return { ok: false, reason: (0,_domain_evidence_use_js__WEBPACK_IMPORTED_MODULE_3__/* .evidenceProblemText */ .SO)({ kind: 'no-release', environment }) };
    const release = `${baseline.version ?? '?'} (#${baseline.release.id})`;
    const item = (0,_domain_evidence_use_js__WEBPACK_IMPORTED_MODULE_3__/* .pickItem */ .pj)(baseline.release.evidence, release, role);
    if ((0,_domain_evidence_use_js__WEBPACK_IMPORTED_MODULE_3__/* .isProblem */ .AN)(item))
        return { ok: false, reason: (0,_domain_evidence_use_js__WEBPACK_IMPORTED_MODULE_3__/* .evidenceProblemText */ .SO)(item) };
    const what = role === 'predictions' ? 'per-example predictions' : `profile of dataset '${role.profile}'`;
    const read = await (0,_io_files_evidence_js__WEBPACK_IMPORTED_MODULE_4__/* .readEvidenceItem */ .v6)(await evidence(), item, release, what);
    if (!read.ok)
        return { ok: false, reason: (0,_domain_evidence_use_js__WEBPACK_IMPORTED_MODULE_3__/* .evidenceProblemText */ .SO)(read.problem) };
    const dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(node_os__WEBPACK_IMPORTED_MODULE_1___default().tmpdir(), 'mlgate-evidence-'));
    // The name comes from a payload anyone with deployments: write can set: keep it a plain file name.
    const file = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, node_path__WEBPACK_IMPORTED_MODULE_2___default().basename((0,_io_files_evidence_js__WEBPACK_IMPORTED_MODULE_4__/* .unpackedName */ .vH)(item)).replace(/[^A-Za-z0-9._-]/g, '_'));
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(file, read.bytes);
    return { ok: true, file, release, dispose: () => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(dir, { recursive: true, force: true }) };
}
/**
 * The profile of `dataset` stored with a live release: the first model of the config (in its environment)
 * whose live release carries one. Otherwise why none could be used.
 */
async function productionProfile(dataset, config, stores) {
    if (config.models.length === 0)
        return { ok: false, reason: 'no model is configured, so there is no release to take the profile from' };
    const reasons = [];
    for (const model of config.models) {
        const environment = model.environment;
        const live = (0,_domain_release_state_js__WEBPACK_IMPORTED_MODULE_7__/* .findLive */ .KI)(await (0,_adapters_release_store_js__WEBPACK_IMPORTED_MODULE_5__/* .loadReleases */ .ze)(await stores.store(), environment, model.name, _domain_release_state_js__WEBPACK_IMPORTED_MODULE_7__/* .untilLive */ .TB));
        const baseline = live ? { metrics: (0,_domain_gate_metric_set_js__WEBPACK_IMPORTED_MODULE_6__/* .metricsFromRecord */ .pb)(live.payload.metrics), source: environment, version: live.payload.model.version, release: { id: live.id, evidence: live.payload.evidence } } : undefined;
        const got = await productionFile(baseline, environment, { profile: dataset }, stores.evidence);
        if (got.ok)
            return got;
        reasons.push(`${model.name}: ${got.reason}`);
    }
    return { ok: false, reason: reasons.join('; ') };
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

/***/ 79039:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ud: () => (/* binding */ evaluateGates),
  Zx: () => (/* binding */ expandGates)
});

// UNUSED EXPORTS: SUPPORT_KEYS, describeGate

;// CONCATENATED MODULE: ./src/domain/gate/direction.ts
/**
 * Name tokens that mean "lower is better" (SPEC §2). A metric name is split on non-alphanumerics and
 * camelCase; the last dotted segment decides (`slices.eu.mae` → `mae`, `latency_p95_ms` → `latency`).
 */
const LOWER_TOKENS = new Set([
    'loss', 'logloss', 'error', 'err', 'errors', 'mae', 'mse', 'rmse', 'msle', 'rmsle', 'mape', 'smape', 'wer', 'cer',
    'latency', 'time', 'runtime', 'duration', 'seconds', 'secs', 'size', 'bytes', 'memory', 'fpr', 'fnr', 'far', 'frr',
    'perplexity', 'brier', 'cost', 'regret', 'ece', 'mce', 'hamming', 'deviance', 'distance',
]);
function nameTokens(name) {
    const last = name.split('.').pop() ?? name;
    return last
        .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
        .toLowerCase()
        .split(/[^a-z0-9]+/)
        .filter((t) => t !== '');
}
/** The direction implied by a metric's name: lower when any token says so, else higher. */
function inferDirection(name) {
    return nameTokens(name).some((t) => LOWER_TOKENS.has(t)) ? 'lower' : 'higher';
}

// EXTERNAL MODULE: ./src/domain/gate/margin.ts
var margin = __webpack_require__(63902);
;// CONCATENATED MODULE: ./src/domain/gate/patterns.ts
/**
 * Gate keys may be glob patterns over dotted metric names: `*` matches within one segment (no dot),
 * `**` matches across segments, `?` one character other than a dot.
 */
function isPattern(key) {
    return /[*?]/.test(key);
}
function globToRegExp(pattern) {
    let re = '';
    for (let i = 0; i < pattern.length; i++) {
        const ch = pattern[i];
        if (ch === '*' && pattern[i + 1] === '*') {
            re += '.*';
            i++;
        }
        else if (ch === '*')
            re += '[^.]*';
        else if (ch === '?')
            re += '[^.]';
        else
            re += ch.replace(/[\\^$+.()|[\]{}]/g, '\\$&');
    }
    return new RegExp(`^${re}$`);
}
/**
 * How specific a gate key is, to pick one gate per metric when several match: an exact name beats
 * any pattern; among patterns, more literal characters win, then fewer wildcards, then config order.
 */
function specificity(key) {
    if (!isPattern(key))
        return [1, key.length, 0];
    const wildcards = (key.match(/\*\*|\*|\?/g) ?? []).length;
    return [0, key.replace(/[*?]/g, '').length, -wildcards];
}
function moreSpecific(a, b) {
    const [x, y] = [specificity(a), specificity(b)];
    for (let i = 0; i < 3; i++)
        if (x[i] !== y[i])
            return x[i] > y[i];
    return false;
}

;// CONCATENATED MODULE: ./src/domain/gate/evaluate.ts



/** Keys beside a slice metric that give the slice's number of examples. */
const SUPPORT_KEYS = ['support', 'n', 'count', 'n_samples', 'samples', 'size'];
const fmt = margin/* formatNumber */.ZV;
/** Every (metric, gate key) pair to evaluate: exact keys as-is, patterns expanded over both metric sets. */
function expandGates(gates, names) {
    const owner = new Map();
    const emptyPatterns = [];
    for (const key of Object.keys(gates)) {
        const re = isPattern(key) ? globToRegExp(key) : undefined;
        const matches = re ? names.filter((n) => re.test(n)) : [key];
        if (matches.length === 0)
            emptyPatterns.push(key);
        for (const name of matches) {
            const current = owner.get(name);
            if (current === undefined || moreSpecific(key, current))
                owner.set(name, key);
        }
    }
    const rows = [...owner].map(([name, key]) => ({ name, key, matched: true }));
    const order = Object.keys(gates);
    rows.sort((a, b) => order.indexOf(a.key) - order.indexOf(b.key) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    return [...rows, ...emptyPatterns.map((key) => ({ name: key, key, matched: false }))];
}
function describeGate(gate, direction, inferred) {
    const parts = [];
    if (gate.min !== undefined)
        parts.push(`min ${fmt(gate.min)}`);
    if (gate.max !== undefined)
        parts.push(`max ${fmt(gate.max)}`);
    if (gate.max_regression !== undefined)
        parts.push(`max_regression ${(0,margin/* formatMargin */.wj)((0,margin/* parseMargin */.ES)(gate.max_regression))}`);
    if (gate.min_improvement !== undefined)
        parts.push(`min_improvement ${(0,margin/* formatMargin */.wj)((0,margin/* parseMargin */.ES)(gate.min_improvement))}`);
    if (gate.min_support !== undefined)
        parts.push(`min_support ${gate.min_support}`);
    parts.push(`${direction} is better${inferred ? ' (inferred)' : ''}`);
    if ((gate.severity ?? 'error') === 'warn')
        parts.push('warn only');
    return parts.join(', ');
}
/** A value for the result row: ±Infinity and NaN kept (the report shows them; results JSON spells them as text). */
const numberOrNull = (x) => (x === undefined ? null : x);
function supportOf(name, sets) {
    const dot = name.lastIndexOf('.');
    if (dot < 0)
        return undefined;
    const prefix = name.slice(0, dot);
    for (const set of sets) {
        for (const k of SUPPORT_KEYS) {
            const v = set?.values.get(`${prefix}.${k}`);
            if (v !== undefined && Number.isFinite(v))
                return v;
        }
    }
    return undefined;
}
/**
 * Why an infinite candidate fails whatever its gate. Infinitely worse is a regression beyond any margin or
 * bound; infinitely better is no more credible (an overflow or a division by zero in the evaluation), so
 * it fails like NaN instead of passing every bound and margin.
 */
function infiniteCandidateReason(cand, direction) {
    const better = direction === 'higher' ? cand > 0 : cand < 0;
    return better
        ? `candidate is ${fmt(cand)}: an infinite improvement of a ${direction}-is-better metric is not a credible measurement (an overflow or a division by zero in the evaluation?); a non-finite value fails the gate like NaN`
        : `candidate is ${fmt(cand)}: infinitely worse for a ${direction}-is-better metric, beyond any bound or margin; a non-finite value fails the gate`;
}
/** Evaluates one metric against its gate. */
function evaluateMetric(name, gate, direction, input, row) {
    const severity = gate.severity ?? 'error';
    const failing = (reason) => ({ status: severity === 'warn' ? 'warn' : 'fail', reason, severity });
    const cand = input.candidate.values.get(name);
    const baseSet = input.baseline?.metrics;
    const base = baseSet?.values.get(name);
    const baseLabel = input.baseline ? `baseline (${input.baseline.source}${input.baseline.version ? ` ${input.baseline.version}` : ''})` : 'baseline';
    if (cand === undefined) {
        const invalid = input.candidate.invalid.get(name);
        if (invalid !== undefined)
            return failing(`candidate value is ${invalid}, not a number`);
        if (gate.required === false)
            return { status: 'skipped', reason: 'not in the candidate metrics (required: false)', severity };
        return failing(`missing from the candidate metrics${base !== undefined ? ` (the ${baseLabel} has ${fmt(base)})` : ''}; a gated metric is required unless \`required: false\``);
    }
    if (Number.isNaN(cand))
        return failing('candidate is NaN (not a number): the evaluation produced no valid value');
    if (!Number.isFinite(cand))
        return failing(infiniteCandidateReason(cand, direction));
    const notes = [];
    if (gate.min_support !== undefined) {
        const support = supportOf(name, [input.candidate, baseSet]);
        row.support = support;
        if (support === undefined)
            notes.push(`support unknown (no ${SUPPORT_KEYS.join('/')} beside it), gated anyway`);
        else if (support < gate.min_support) {
            return { status: 'skipped', reason: `support ${fmt(support)} is below min_support ${gate.min_support}: too few examples to gate`, severity };
        }
    }
    const failures = [];
    const relativeFailures = [];
    if (gate.min !== undefined && !(0,margin/* nearlyAtLeast */.sG)(cand, gate.min))
        failures.push(`candidate ${fmt(cand)} is below min ${fmt(gate.min)} by ${fmt(gate.min - cand)}`);
    if (gate.max !== undefined && !(0,margin/* nearlyAtLeast */.sG)(gate.max, cand))
        failures.push(`candidate ${fmt(cand)} is above max ${fmt(gate.max)} by ${fmt(cand - gate.max)}`);
    const relative = gate.max_regression !== undefined || gate.min_improvement !== undefined;
    let significanceDecided;
    if (relative) {
        if (!input.baseline)
            notes.push(`no ${input.baselineSource} baseline yet: only absolute bounds apply`);
        else if (base === undefined) {
            const invalid = baseSet?.invalid.get(name);
            notes.push(invalid !== undefined ? `${baseLabel} value is ${invalid}: regression gates not applied` : `the ${baseLabel} has no ${name} (new metric): regression gates not applied`);
        }
        else if (!Number.isFinite(base)) {
            notes.push(`the ${baseLabel} is ${fmt(base)}, not a finite measurement: regression gates not applied`);
        }
        else {
            const improvement = direction === 'higher' ? cand - base : base - cand;
            const worse = direction === 'higher' ? 'below' : 'above';
            const thresholds = [];
            if (gate.max_regression !== undefined) {
                const m = (0,margin/* parseMargin */.ES)(gate.max_regression);
                const allowed = (0,margin/* marginAmount */.p9)(m, base);
                thresholds.push(-allowed);
                if (!(0,margin/* nearlyAtLeast */.sG)(improvement, -allowed)) {
                    const of = m.kind === 'relative' ? ` (${(0,margin/* formatMargin */.wj)(m)} of ${fmt(base)})` : '';
                    relativeFailures.push(`candidate ${fmt(cand)} is ${worse} the ${baseLabel} ${fmt(base)} by ${fmt(-improvement)}; max_regression allows ${fmt(allowed)}${of}, missed by ${fmt(-improvement - allowed)}`);
                }
            }
            if (gate.min_improvement !== undefined) {
                const m = (0,margin/* parseMargin */.ES)(gate.min_improvement);
                const required = (0,margin/* marginAmount */.p9)(m, base);
                thresholds.push(required);
                if (!(0,margin/* nearlyAtLeast */.sG)(improvement, required)) {
                    const of = m.kind === 'relative' ? ` (${(0,margin/* formatMargin */.wj)(m)} of ${fmt(base)})` : '';
                    relativeFailures.push(`candidate ${fmt(cand)} improves on the ${baseLabel} ${fmt(base)} by ${fmt(improvement)}; min_improvement requires ${fmt(required)}${of}, missed by ${fmt(required - improvement)}`);
                }
            }
            const sig = input.significance?.get(name);
            if (sig) {
                const threshold = Math.max(...thresholds);
                significanceDecided = decideSignificance(sig, direction, threshold, input.alpha ?? 0.05, severity, gate.inconclusive ?? 'warn');
                row.ci = sig.ci;
                row.p_value = sig.p_value;
                row.significance = { test: sig.method, level: 1 - (input.alpha ?? 0.05), n: sig.n, p_adjustment: 'holm', margin: direction === 'higher' ? threshold : -threshold };
                // Bounds stay point checks; the relative gates are decided by the interval instead.
                relativeFailures.length = 0;
            }
            else {
                const skipped = input.significanceSkipped?.get(name);
                if (skipped?.inconclusive) {
                    // Too little paired evidence decides nothing either way: the relative gates wait for more.
                    const policy = gate.inconclusive ?? 'warn';
                    significanceDecided = { status: 'inconclusive', reason: `inconclusive: ${skipped.reason}`, severity: policy === 'pass' ? severity : policy, inconclusive: policy };
                    relativeFailures.length = 0;
                }
                else if (skipped)
                    notes.push(`not tested for significance: ${skipped.reason}`);
            }
        }
    }
    failures.push(...relativeFailures);
    if (failures.length > 0)
        return failing([...failures, ...notes].join('; '));
    if (significanceDecided)
        return { ...significanceDecided, reason: [significanceDecided.reason, ...notes].join('; ') };
    if (!relative && gate.min === undefined && gate.max === undefined)
        notes.unshift('no bounds or margins configured: reported only');
    const anyGateApplied = gate.min !== undefined || gate.max !== undefined || (relative && input.baseline && base !== undefined && Number.isFinite(base));
    if (!anyGateApplied)
        return { status: 'skipped', reason: notes.join('; '), severity };
    return { status: 'pass', reason: ['within the gate', ...notes].join('; '), severity };
}
/**
 * The relative gate decided on the confidence interval of the improvement (candidate − baseline,
 * oriented so that positive is better) against the gate's threshold t (−margin for max_regression,
 * +margin for min_improvement):
 * - pass: the whole interval is at or above t;
 * - fail: the whole interval is below t, and — when t ≤ 0, i.e. the claim is a regression — the
 *   Holm-adjusted p-value of "no difference" is below alpha (the regression is significant);
 * - inconclusive otherwise: the interval straddles t (it is wider than the distance to the margin).
 */
function decideSignificance(sig, direction, t, alpha, severity, policy) {
    const [lo, hi] = direction === 'higher' ? sig.ci : [-sig.ci[1], -sig.ci[0]];
    const interval = `${Math.round((1 - alpha) * 100)}% interval (unadjusted) of the delta [${fmt(sig.ci[0])}, ${fmt(sig.ci[1])}] (${sig.method}, Holm-adjusted p=${fmt(sig.p_value)}, n=${sig.n})`;
    const tText = t <= 0 ? `the tolerated regression ${fmt(-t)}` : `the required improvement ${fmt(t)}`;
    if ((0,margin/* nearlyAtLeast */.sG)(lo, t))
        return { status: 'pass', reason: `${interval} clears ${tText}`, severity };
    if (hi < t && (t > 0 || sig.p_value < alpha)) {
        return {
            status: severity === 'warn' ? 'warn' : 'fail',
            reason: `significant: ${interval} lies entirely beyond ${tText}, missed by at least ${fmt(t - hi)}`,
            severity,
        };
    }
    const why = hi < t ? `${interval} lies beyond ${tText}, but the Holm-adjusted p=${fmt(sig.p_value)} is not below alpha ${fmt(alpha)}` : `${interval} straddles ${tText}`;
    return {
        status: 'inconclusive',
        reason: `inconclusive: ${why}: not enough evidence either way`,
        severity: policy === 'pass' ? severity : policy,
        inconclusive: policy,
    };
}
/** Gates candidate metrics against the baseline; pure. */
function evaluateGates(input) {
    const names = new Set([...input.candidate.values.keys(), ...input.candidate.invalid.keys()]);
    if (input.baseline)
        for (const k of [...input.baseline.metrics.values.keys(), ...input.baseline.metrics.invalid.keys()])
            names.add(k);
    const rows = [];
    const failureLines = [];
    const failedMetrics = [];
    let verdict = 'pass';
    const worsen = (v) => {
        if (v === 'fail' || (v === 'warn' && verdict === 'pass'))
            verdict = v;
    };
    for (const { name, key, matched } of expandGates(input.gates, [...names].sort())) {
        const gate = input.gates[key];
        const direction = gate.direction ?? inferDirection(name);
        const inferred = gate.direction === undefined;
        const cand = input.candidate.values.get(name);
        const base = input.baseline?.metrics.values.get(name);
        const delta = cand !== undefined && base !== undefined ? cand - base : undefined;
        const row = {
            name,
            direction,
            direction_inferred: inferred,
            baseline: numberOrNull(base),
            candidate: numberOrNull(cand),
            delta: delta === undefined || Number.isNaN(delta) ? null : delta,
            relative_delta: delta !== undefined && base !== undefined && base !== 0 && Number.isFinite(delta / Math.abs(base)) ? delta / Math.abs(base) : null,
            gate: key === name ? describeGate(gate, direction, inferred) : `${key}: ${describeGate(gate, direction, inferred)}`,
            status: 'pass',
            reason: '',
            severity: gate.severity ?? 'error',
        };
        let ev;
        if (!matched) {
            const severity = gate.severity ?? 'error';
            ev =
                gate.required === false
                    ? { status: 'skipped', reason: 'no metric matches this pattern (required: false)', severity }
                    : { status: severity === 'warn' ? 'warn' : 'fail', reason: 'no metric in the candidate or baseline matches this pattern', severity };
        }
        else
            ev = evaluateMetric(name, gate, direction, input, row);
        row.status = ev.status;
        row.reason = ev.reason;
        row.severity = ev.severity;
        rows.push(row);
        const counts = ev.status === 'fail' ? 'fail' : ev.status === 'warn' ? 'warn' : ev.status === 'inconclusive' ? { error: 'fail', warn: 'warn', pass: undefined }[ev.inconclusive ?? 'warn'] : undefined;
        if (counts) {
            worsen(counts);
            failureLines.push(`${counts === 'fail' ? '✗' : '!'} ${name}: ${ev.reason}`);
            if (counts === 'fail')
                failedMetrics.push(name);
        }
    }
    const baseline = input.baseline ? { source: input.baseline.source, ...(input.baseline.version ? { version: input.baseline.version } : {}) } : { source: input.baselineSource };
    return { result: { verdict, model: input.model, baseline, metrics: rows, ...(input.significanceSummary ? { significance: input.significanceSummary } : {}) }, failureLines, failedMetrics };
}


/***/ }),

/***/ 63902:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ES: () => (/* binding */ parseMargin),
/* harmony export */   ZV: () => (/* binding */ formatNumber),
/* harmony export */   p9: () => (/* binding */ marginAmount),
/* harmony export */   sG: () => (/* binding */ nearlyAtLeast),
/* harmony export */   wj: () => (/* binding */ formatMargin)
/* harmony export */ });
/* harmony import */ var _config_schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(66452);

function parseMargin(raw) {
    if (typeof raw === 'number')
        return { kind: 'absolute', value: raw };
    if (!_config_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .PERCENT_RE */ .eL.test(raw))
        throw new Error(`not a margin: ${raw}`);
    return { kind: 'relative', percent: Number(raw.slice(0, -1)) };
}
/** The margin in the metric's units: relative margins are a percentage of |baseline|. */
function marginAmount(margin, baseline) {
    return margin.kind === 'absolute' ? margin.value : (Math.abs(baseline) * margin.percent) / 100;
}
function formatMargin(margin) {
    return margin.kind === 'absolute' ? formatNumber(margin.value) : `${margin.percent}%`;
}
/** Numbers as people read them in a gate line: up to 6 significant digits, no float noise. */
function formatNumber(x) {
    if (Number.isNaN(x))
        return 'NaN';
    if (!Number.isFinite(x))
        return x > 0 ? 'Infinity' : '-Infinity';
    if (x === 0)
        return '0';
    const abs = Math.abs(x);
    if (abs >= 1e6 || abs < 1e-4)
        return x.toPrecision(4).replace(/\.?0+e/, 'e');
    return String(Number(x.toPrecision(6)));
}
/**
 * Values within this tolerance of a bound count as on the bound (so 0.91 - 0.01 vs 0.9 passes):
 * 1e-9 relative to the larger magnitude, at least 1e-12 absolute.
 */
function nearlyAtLeast(value, bound) {
    return value >= bound - Math.max(1e-12, 1e-9 * Math.max(Math.abs(value), Math.abs(bound)));
}


/***/ })

};
