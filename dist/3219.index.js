export const id = 3219;
export const ids = [3219,6130];
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

/***/ 78443:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y8: () => (/* binding */ niceStep),
/* harmony export */   _q: () => (/* binding */ MARK_LEGEND),
/* harmony export */   hs: () => (/* binding */ mermaidNumber),
/* harmony export */   qb: () => (/* binding */ xyChartOpening),
/* harmony export */   xt: () => (/* binding */ renderChart)
/* harmony export */ });
/* unused harmony exports yRange, CHART_WIDTH, CHART_HEIGHT */
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33576);

/** A number as Mermaid's grammar reads it: plain decimal, no exponent. */
function mermaidNumber(value) {
    if (value === 0 || !Number.isFinite(value))
        return '0';
    const digits = Math.max(0, Math.min(12, 5 - Math.floor(Math.log10(Math.abs(value)))));
    const s = value.toFixed(digits);
    return s.includes('.') ? s.replace(/0+$/, '').replace(/\.$/, '') : s;
}
/** 1, 2 or 5 × 10^k, the smallest at least `x`. */
function niceStep(x) {
    if (!(x > 0) || !Number.isFinite(x))
        return 1;
    const power = 10 ** Math.floor(Math.log10(x));
    for (const f of [1, 2, 5, 10])
        if (f * power >= x * (1 - 1e-12))
            return f * power;
    return 10 * power;
}
/**
 * Y range for Mermaid's axis, which asks d3 for about ten ticks: a span of 7.5 nice steps makes d3 tick once per step
 * (8 round labels, never a dozen crowded ones); the range starts on a step and covers the data with a little air.
 */
function yRange(values) {
    const lo = Math.min(...values);
    const hi = Math.max(...values);
    const span = hi - lo || Math.abs(hi) * 0.1 || 1;
    for (let step = niceStep(span / 6);; step = niceStep(step * 1.5)) {
        let min = Math.floor((lo - span * 0.1) / step) * step;
        if (lo >= 0 && min < 0)
            min = 0;
        const max = min + 7.5 * step;
        if (max >= hi + span * 0.05 || step > 1e300)
            return [Number(mermaidNumber(min)), Number(mermaidNumber(max))];
    }
}
const MARK = { candidate: '★ candidate', 'rolled-back': ' ✗', rollback: ' ↩' };
/** The marks' meaning, for a line under the charts (axis labels stay short so they never overlap). */
const MARK_LEGEND = { candidate: '★ this candidate', 'rolled-back': '✗ rolled back', rollback: '↩ restored by a rollback' };
/** Labels are categories: make repeats unique (a version re-released by a rollback appears twice). */
function labels(points) {
    const seen = new Map();
    return points.map((p) => {
        if (p.mark === 'candidate')
            return MARK.candidate;
        const base = (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .mermaidText */ .Hg)(p.label, 14);
        const n = (seen.get(base) ?? 0) + 1;
        seen.set(base, n);
        const mark = p.mark ? MARK[p.mark] : n > 1 ? ` (${n})` : '';
        return `${base}${mark}`;
    });
}
/** Small enough that three charts stay readable in the 780 px comment column. */
const CHART_WIDTH = 700;
const CHART_HEIGHT = 240;
/** GitHub's link blue: the default theme's pale first colour is hard to see as a thin line. */
const LINE_COLOUR = '#0969da';
/** The opening of a Mermaid `xychart-beta` block up to its chart line: the fence and the size and colours front matter. */
function xyChartOpening(height, palette) {
    return ['```mermaid', '---', 'config:', '  xyChart:', `    width: ${CHART_WIDTH}`, `    height: ${height}`, '  themeVariables:', '    xyChart:', `      plotColorPalette: "${palette}"`, '---'];
}
/** A Mermaid `xychart-beta` block (GitHub renders it): one line of a metric over releases, ending at the marked candidate. */
function renderChart(chart) {
    const values = chart.points.map((p) => p.value);
    const [min, max] = yRange(values);
    const name = (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .mermaidText */ .Hg)(chart.metric, 40);
    return [
        ...xyChartOpening(CHART_HEIGHT, LINE_COLOUR),
        'xychart-beta',
        `  title "${name}"`,
        `  x-axis [${labels(chart.points).map((l) => `"${l}"`).join(', ')}]`,
        `  y-axis "${name}" ${mermaidNumber(min)} --> ${mermaidNumber(max)}`,
        `  line [${values.map(mermaidNumber).join(', ')}]`,
        '```',
    ].join('\n');
}


/***/ }),

/***/ 33576:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hg: () => (/* binding */ mermaidText),
/* harmony export */   Qq: () => (/* binding */ text),
/* harmony export */   UV: () => (/* binding */ mermaidCategory),
/* harmony export */   aY: () => (/* binding */ code)
/* harmony export */ });
/* unused harmony exports DEFAULT_MAX, truncate, valueText, stringify */
/* harmony import */ var _shorten_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(30738);
/**
 * Escaping of untrusted text (metric, column and file names, data values, reasons) for GitHub-flavoured Markdown.
 *
 * The output of `text()` is safe in a paragraph, a table cell and inside our own inline HTML (`<summary>`, `<code>`):
 * - every ASCII punctuation character that Markdown or HTML gives meaning to becomes a numeric character reference,
 *   which CommonMark never reads as structure (no emphasis, links, images, tables, headings, code, raw HTML, comments);
 * - line breaks and other control characters become spaces, so nothing can start a new block;
 * - a zero-width space after `@`, `#` and before `://` / after `www` stops GitHub's mention, issue-reference and
 *   autolink filters, which run on the rendered text (where references are already decoded);
 * - bidirectional overrides (Trojan-source tricks) are removed; long strings are cut with an ellipsis.
 */

const ZWSP = '\u200B';
/** Characters replaced by a numeric character reference. `&` first so references we add are not re-escaped. */
const PUNCTUATION = /[&<>"'`*_[\]()#!|~\\{}+=:$^]/g;
// C0/C1 controls, DEL, line/paragraph separators.
const CONTROL = /[\u0000-\u001F\u007F-\u009F\u2028\u2029]/g;
// Bidi embeddings/overrides/isolates and the byte-order mark.
const BIDI = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C\uFEFF]/g;
/** Text made only of these needs no escaping (the common case: plain names and numbers). */
const SAFE = /^[A-Za-z0-9 ,.%/-]*$/;
const DEFAULT_MAX = 200;
/** Cuts to `max` code points (never inside a surrogate pair) at a word boundary where there is one, appending `…`. */
function truncate(value, max) {
    if (value.length <= max)
        return value;
    return (0,_shorten_js__WEBPACK_IMPORTED_MODULE_0__/* .truncateWords */ .s)(value, max);
}
/** Untrusted text as inert inline Markdown. */
function text(value, options = {}) {
    if (SAFE.test(value) && !/www\./i.test(value) && value.length <= (options.max ?? DEFAULT_MAX))
        return value;
    const clean = truncate(value.replace(BIDI, '').replace(CONTROL, ' '), options.max ?? DEFAULT_MAX);
    return clean
        .replace(/(@|#)/g, `$1${ZWSP}`)
        .replace(/(www)(\.)/gi, `$1${ZWSP}$2`)
        .replace(/:(?=\/\/)/g, `${ZWSP}:`)
        .replace(PUNCTUATION, (c) => `&#${c.charCodeAt(0)};`);
}
/** Any value (a data value, an observed/expected value) as inline text: strings as they are, others as JSON. */
function valueText(value, options = {}) {
    return text(stringify(value), options);
}
/** A value in `<code>`, or an italic placeholder for empty / missing values. */
function code(value, options = {}) {
    if (value === undefined)
        return '_missing_';
    if (value === null)
        return '_null_';
    const s = stringify(value);
    if (s === '')
        return '_empty_';
    return `<code>${text(s, options)}</code>`;
}
function stringify(value) {
    if (typeof value === 'string')
        return value;
    if (value === undefined)
        return '';
    if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
        return String(value);
    try {
        return JSON.stringify(value) ?? typeof value;
    }
    catch {
        return typeof value;
    }
}
/**
 * Text for a quoted Mermaid string (`"…"`), e.g. an axis label or a title. Mermaid reads `#…;` as an entity and
 * renders HTML in labels, and a backtick line could end the code fence: keep a small safe alphabet only.
 */
function mermaidText(value, max = 24) {
    const kept = value
        .replace(BIDI, '')
        .replace(/[^A-Za-z0-9 ._+/-]/g, '_')
        .replace(/\s+/g, ' ')
        .trim();
    return truncate(kept, max) || '_';
}
/**
 * A category value as a Mermaid axis label: letters and digits of any script (NFC) and a few safe marks; quotes,
 * brackets, `%%`, `#`, `;`, line breaks, combining marks, bidi and zero-width characters become `_`.
 */
function mermaidCategory(value, max = 14) {
    const kept = value
        .normalize('NFC')
        .replace(BIDI, '')
        .replace(/[^\p{L}\p{N} ._+/-]/gu, '_')
        .replace(/\s+/g, ' ')
        .trim();
    return truncate(kept, max) || '_';
}


/***/ }),

/***/ 47364:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KN: () => (/* binding */ percent),
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   U9: () => (/* binding */ count),
/* harmony export */   bu: () => (/* binding */ num),
/* harmony export */   sp: () => (/* binding */ pValue),
/* harmony export */   uM: () => (/* binding */ share),
/* harmony export */   x8: () => (/* binding */ signed)
/* harmony export */ });
/** Number formatting for the report: compact, sign-aware, never `NaN` on the page. */
const MINUS = '−';
/** A metric value: 4 significant digits below 1000, grouped thousands above. */
function num(value) {
    if (value === null || value === undefined)
        return '—';
    if (!Number.isFinite(value))
        return Number.isNaN(value) ? 'NaN' : value > 0 ? '∞' : `${MINUS}∞`;
    const abs = Math.abs(value);
    let s;
    if (abs === 0)
        s = '0';
    else if (abs >= 1000)
        s = groupThousands(abs.toFixed(abs >= 100_000 ? 0 : 1).replace(/\.0$/, ''));
    else if (abs < 1e-4)
        s = abs.toExponential(2);
    else
        s = trimZeros(abs.toPrecision(4));
    return value < 0 ? `${MINUS}${s}` : s;
}
/** A difference, always signed (`+0.012`, `−3.1`, `±0`). */
function signed(value) {
    if (value === null || value === undefined)
        return '—';
    if (value === 0)
        return '±0';
    const s = num(value);
    return value > 0 ? `+${s}` : s;
}
/** A relative difference as a signed percentage. */
function percent(fraction, digits = 2) {
    if (fraction === null || fraction === undefined || !Number.isFinite(fraction))
        return '—';
    if (fraction === 0)
        return '±0%';
    const s = trimZeros((Math.abs(fraction) * 100).toFixed(digits));
    return `${fraction > 0 ? '+' : MINUS}${s}%`;
}
/** A share of a whole (0.0123 → `1.23%`). */
function share(fraction) {
    if (!Number.isFinite(fraction))
        return '—';
    if (fraction > 0 && fraction < 0.0001)
        return '<0.01%';
    return `${trimZeros((fraction * 100).toFixed(2))}%`;
}
function count(n) {
    return Number.isFinite(n) ? groupThousands(String(Math.round(n))) : '—';
}
function pValue(p) {
    if (!Number.isFinite(p))
        return '—';
    if (p < 0.001)
        return '<0.001';
    return trimZeros(p.toFixed(3));
}
function plural(n, one, many = `${one}s`) {
    return `${count(n)} ${n === 1 ? one : many}`;
}
function trimZeros(s) {
    return s.includes('.') && !s.includes('e') ? s.replace(/0+$/, '').replace(/\.$/, '') : s;
}
function groupThousands(s) {
    const [int = '', frac] = s.split('.');
    const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
    return frac === undefined ? grouped : `${grouped}.${frac}`;
}


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

/***/ 30738:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ listWithMore),
/* harmony export */   s: () => (/* binding */ truncateWords)
/* harmony export */ });
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(47364);
/** Shortening that never cuts a name or a word: lists end in "and N more", text ends at a word boundary. */

/**
 * Whole items joined with ", " while they fit in `maxChars` (at least `minItems`), then "and N more".
 * An item is never cut: a list of long names shows fewer names, not pieces of them.
 */
function listWithMore(items, maxChars, minItems = 1) {
    if (items.length === 0)
        return '';
    const shown = [];
    let length = 0;
    for (const item of items) {
        const rest = items.length - shown.length - 1;
        const tail = rest > 0 ? ` and ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .count */ .U9)(rest)} more`.length : 0;
        const add = (shown.length ? 2 : 0) + item.length;
        if (shown.length >= minItems && length + add + tail > maxChars)
            break;
        shown.push(item);
        length += add;
    }
    const more = items.length - shown.length;
    if (more === 0)
        return shown.length === 1 ? shown[0] : `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
    return `${shown.join(', ')} and ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .count */ .U9)(more)} more`;
}
/** Cuts `value` to at most `max` code points at a word boundary (space or punctuation), adding `…`. */
function truncateWords(value, max) {
    const points = Array.from(value);
    if (points.length <= max)
        return value;
    const head = points.slice(0, Math.max(1, max - 1));
    // Back off to the end of a word in the last third; a single very long token is cut where it must be.
    for (let i = head.length - 1; i >= Math.floor(head.length * 0.66); i--) {
        if (/\s/u.test(points[i + 1] ?? '') && !/\s/u.test(points[i]))
            return `${head.slice(0, i + 1).join('').replace(/[,;:]$/u, '')}…`;
    }
    return `${head.join('')}…`;
}


/***/ }),

/***/ 1104:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nk: () => (/* binding */ strictColumnsCheck),
/* harmony export */   Zf: () => (/* binding */ unitWord),
/* harmony export */   uF: () => (/* binding */ unitOf),
/* harmony export */   y0: () => (/* binding */ rowsCheck)
/* harmony export */ });
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(79746);

const unitOf = (c) => c.unit ?? 'rows';
/** `1 column`, `19 columns`, `0 rows`. */
function unitWord(unit, n) {
    return n === 1 ? unit.slice(0, -1) : unit;
}
/** The `rows` check: the data's row count against `rows.min` (default 1) and `rows.max`. */
function rowsCheck(rows, cfg) {
    const min = cfg?.min ?? 1;
    const max = cfg?.max;
    const short = rows < min ? min - rows : 0;
    const over = max !== undefined && rows > max ? rows - max : 0;
    return (0,_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .finding */ .gk)({
        check: 'rows',
        severity: cfg?.severity ?? 'error',
        failed: short > 0 || over > 0,
        failing: short || over,
        total: short > 0 ? min : rows,
        observed: rows,
        expected: { min, ...(max !== undefined ? { max } : {}) },
        ...(rows === 0 ? { message: 'the dataset has no data rows' } : {}),
    });
}
/** The `strict_columns` check: columns not listed under `columns`, out of every column the data has. */
function strictColumnsCheck(unexpected, columnCount, examples = []) {
    return (0,_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .finding */ .gk)({
        check: 'strict_columns',
        severity: 'error',
        failed: unexpected.length > 0,
        failing: unexpected.length,
        total: columnCount,
        unit: 'columns',
        observed: [...unexpected],
        expected: 'only the configured columns',
        examples,
    });
}


/***/ }),

/***/ 79746:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ez: () => (/* binding */ exampleAt),
/* harmony export */   gk: () => (/* binding */ finding),
/* harmony export */   oo: () => (/* binding */ Failures),
/* harmony export */   wm: () => (/* binding */ shortValue)
/* harmony export */ });
const MAX_EXAMPLE_TEXT = 200;
/** Counts failures of one check and keeps the first `limit` examples. */
class Failures {
    limit;
    count = 0;
    examples = [];
    constructor(limit) {
        this.limit = limit;
    }
    add(batch, i, value) {
        this.count++;
        if (this.examples.length < this.limit)
            this.examples.push(exampleAt(batch, i, value));
    }
    /** A failing cell: its text (`text`, or read from the column) is built only if the example is kept. */
    addCell(batch, i, text, col) {
        this.count++;
        if (this.examples.length < this.limit)
            this.examples.push(exampleAt(batch, i, text ?? col.text(i)));
    }
    /** One failure whose example is built only if it will be kept. */
    addLazy(example) {
        this.count++;
        if (this.examples.length < this.limit)
            this.examples.push(example());
    }
    get full() {
        return this.examples.length >= this.limit;
    }
    /** Folds in the failures of a later part of the data (examples stay the first ones in data order). */
    absorb(other) {
        this.count += other.count;
        for (const ex of other.examples)
            if (this.examples.length < this.limit)
                this.examples.push(ex);
    }
    state() {
        return { count: this.count, examples: this.examples };
    }
}
function shortValue(value) {
    return typeof value === 'string' && value.length > MAX_EXAMPLE_TEXT ? `${value.slice(0, MAX_EXAMPLE_TEXT)}…` : value;
}
function exampleAt(batch, i, value) {
    const shown = typeof value === 'string' && value.length > MAX_EXAMPLE_TEXT ? `${value.slice(0, MAX_EXAMPLE_TEXT)}…` : value;
    const line = batch.line(i);
    return line === undefined ? { file: batch.file, row: batch.rowOffset + i, value: shown } : { file: batch.file, line, value: shown };
}
/** A finished check: status from whether it failed and its severity. */
function finding(parts) {
    const { failed, severity, total, examples } = parts;
    const fraction = total > 0 ? parts.failing / total : 0;
    // Keys in the order of SPEC §4.
    return {
        ...(parts.column !== undefined ? { column: parts.column } : {}),
        check: parts.check,
        severity,
        status: failed ? (severity === 'warn' ? 'warn' : 'fail') : 'pass',
        observed: parts.observed,
        expected: parts.expected,
        failing: parts.failing,
        fraction: Number(fraction.toPrecision(6)),
        ...(parts.unit !== undefined ? { unit: parts.unit } : {}),
        examples: failed ? (examples ?? []) : [],
        ...(parts.message !== undefined ? { message: parts.message } : {}),
    };
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
