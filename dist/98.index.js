export const id = 98;
export const ids = [98];
export const modules = {

/***/ 33098:
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
// EXTERNAL MODULE: ./src/domain/errors.ts
var errors = __webpack_require__(10241);
// EXTERNAL MODULE: ./src/domain/gate/metric-set.ts + 1 modules
var metric_set = __webpack_require__(52114);
// EXTERNAL MODULE: ./src/domain/release/state.ts
var state = __webpack_require__(99583);
// EXTERNAL MODULE: ./src/adapters/release-store.ts + 5 modules
var release_store = __webpack_require__(39300);
;// CONCATENATED MODULE: ./src/io/files/metrics-file.ts



/** Reads a metrics file (JSON/YAML, DVC, MLflow). `displayName` is what errors show. */
async function readMetricsFile(file, displayName = file) {
    let text;
    try {
        text = await (0,promises_.readFile)(file, 'utf8');
    }
    catch (error) {
        const code = error.code;
        throw (0,errors/* inputError */.Xu)(code === 'ENOENT' ? 'metrics file not found' : `cannot read the metrics file (${code ?? String(error)})`, { file: displayName }, error);
    }
    return (0,metric_set/* parseMetricsText */.o0)(text.replace(/^\uFEFF/, ''), displayName);
}

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
        const metrics = await readMetricsFile(external_node_path_default().resolve(deps.root, parsed.path), parsed.path);
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

// EXTERNAL MODULE: ./src/domain/config/schema.ts
var schema = __webpack_require__(66452);
;// CONCATENATED MODULE: ./src/domain/gate/margin.ts

function parseMargin(raw) {
    if (typeof raw === 'number')
        return { kind: 'absolute', value: raw };
    if (!schema/* PERCENT_RE */.eL.test(raw))
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
const fmt = formatNumber;
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
        parts.push(`max_regression ${formatMargin(parseMargin(gate.max_regression))}`);
    if (gate.min_improvement !== undefined)
        parts.push(`min_improvement ${formatMargin(parseMargin(gate.min_improvement))}`);
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
    if (gate.min !== undefined && !nearlyAtLeast(cand, gate.min))
        failures.push(`candidate ${fmt(cand)} is below min ${fmt(gate.min)} by ${fmt(gate.min - cand)}`);
    if (gate.max !== undefined && !nearlyAtLeast(gate.max, cand))
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
                const m = parseMargin(gate.max_regression);
                const allowed = marginAmount(m, base);
                thresholds.push(-allowed);
                if (!nearlyAtLeast(improvement, -allowed)) {
                    const of = m.kind === 'relative' ? ` (${formatMargin(m)} of ${fmt(base)})` : '';
                    relativeFailures.push(`candidate ${fmt(cand)} is ${worse} the ${baseLabel} ${fmt(base)} by ${fmt(-improvement)}; max_regression allows ${fmt(allowed)}${of}, missed by ${fmt(-improvement - allowed)}`);
                }
            }
            if (gate.min_improvement !== undefined) {
                const m = parseMargin(gate.min_improvement);
                const required = marginAmount(m, base);
                thresholds.push(required);
                if (!nearlyAtLeast(improvement, required)) {
                    const of = m.kind === 'relative' ? ` (${formatMargin(m)} of ${fmt(base)})` : '';
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
    const interval = `${Math.round((1 - alpha) * 100)}% interval (unadjusted) of the delta [${fmt(sig.ci[0])}, ${fmt(sig.ci[1])}] (${sig.method}, p=${fmt(sig.p_value)}, n=${sig.n})`;
    const tText = t <= 0 ? `the tolerated regression ${fmt(-t)}` : `the required improvement ${fmt(t)}`;
    if (nearlyAtLeast(lo, t))
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

// EXTERNAL MODULE: ./src/domain/results.ts
var results = __webpack_require__(92106);
// EXTERNAL MODULE: ./src/commands/production-evidence.ts + 1 modules
var production_evidence = __webpack_require__(90381);
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
        __webpack_require__.e(/* import() */ 234).then(__webpack_require__.bind(__webpack_require__, 24234)),
        __webpack_require__.e(/* import() */ 666).then(__webpack_require__.bind(__webpack_require__, 91666)),
        __webpack_require__.e(/* import() */ 859).then(__webpack_require__.bind(__webpack_require__, 37859)),
    ]);
    const names = expandGates(model.gates, [...candidate.values.keys(), ...baseline.metrics.values.keys()])
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
    const runner = deps.runner ?? (await Promise.all(/* import() */[__webpack_require__.e(666), __webpack_require__.e(552)]).then(__webpack_require__.bind(__webpack_require__, 71552))).workerRunner();
    const report = await pairedSignificance(joined.data, names, { alpha: sig.alpha, method: sig.method, resamples: sig.resamples, seed: sig.seed }, runner);
    for (const s of report.skipped)
        notes.push(`significance skipped for ${s.name}: ${s.reason}`);
    const map = new Map();
    for (const t of report.tests) {
        map.set(t.name, { method: t.method, ci: t.ci, p_value: t.pValue, n: t.n });
        const reported = candidate.values.get(t.name);
        if (reported !== undefined && Math.abs(reported - t.candidate) > 1e-6 * Math.max(1, Math.abs(reported))) {
            notes.push(`${t.name}: the metrics file says ${formatNumber(reported)} but the per-example file gives ${formatNumber(t.candidate)}; are they from the same evaluation?`);
        }
        if (t.note)
            notes.push(`${t.name}: ${t.note}`);
    }
    return { tested: map, summary: { baseline: against, status: 'used', paired: joined.data.n } };
}
/** The gate for one model: reads candidate metrics, resolves the baseline, tests significance, evaluates. */
async function runCompare(loaded, model, deps) {
    const notes = [];
    const candidate = await readMetricsFile(external_node_path_default().resolve(loaded.root, model.metrics), model.metrics);
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
    const outcome = evaluateGates({
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
        const value = (x) => (x === null ? '—' : formatNumber(x));
        const ci = m.ci ? ` ci [${formatNumber(m.ci[0])}, ${formatNumber(m.ci[1])}]` : '';
        lines.push(`  ${STATUS_MARK[m.status] ?? ' '} ${m.name}: ${value(m.baseline)} → ${value(m.candidate)}${ci} — ${m.status}: ${m.reason}`);
    }
    for (const n of outcome.notes)
        lines.push(`  note: ${n}`);
    return lines.join('\n');
}
function compareMarkdown(outcome) {
    const r = outcome.result;
    const esc = (s) => s.replace(/[|\\`*_<>[\]@]/g, (c) => `\\${c}`);
    const v = (x) => (x === null ? '—' : formatNumber(x));
    return [
        `### mlgate compare: ${esc(r.model)} — ${r.verdict}`,
        '',
        '| Metric | Baseline | Candidate | Δ | Gate | Result |',
        '|---|---|---|---|---|---|',
        ...r.metrics.map((m) => `| ${esc(m.name)} | ${v(m.baseline)} | ${v(m.candidate)} | ${v(m.delta)} | ${esc(m.gate)} | ${m.status}: ${esc(m.reason)} |`),
        ...outcome.notes.map((n) => `\n> ${esc(n)}`),
        '',
    ].join('\n');
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
        const { createEvidenceStore } = await __webpack_require__.e(/* import() */ 375).then(__webpack_require__.bind(__webpack_require__, 38375));
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

/***/ 90381:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  I: () => (/* binding */ productionFile),
  B: () => (/* binding */ productionProfile)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/domain/evidence/manifest.ts
var manifest = __webpack_require__(39095);
;// CONCATENATED MODULE: ./src/domain/evidence/use.ts

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
    const parsed = manifest/* evidenceSchema */.jU.safeParse(raw);
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

// EXTERNAL MODULE: ./src/io/files/evidence.ts
var files_evidence = __webpack_require__(82911);
// EXTERNAL MODULE: ./src/adapters/release-store.ts + 5 modules
var release_store = __webpack_require__(39300);
// EXTERNAL MODULE: ./src/domain/gate/metric-set.ts + 1 modules
var metric_set = __webpack_require__(52114);
// EXTERNAL MODULE: ./src/domain/release/state.ts
var state = __webpack_require__(99583);
;// CONCATENATED MODULE: ./src/commands/production-evidence.ts








/**
 * One item of the live release's evidence (its predictions or a dataset's profile), verified against its digest
 * and written to a temporary file under its original name, so the usual readers read it. Otherwise why not.
 */
async function productionFile(baseline, environment, role, evidence) {
    if (!baseline?.release)
        return { ok: false, reason: evidenceProblemText({ kind: 'no-release', environment }) };
    const release = `${baseline.version ?? '?'} (#${baseline.release.id})`;
    const item = pickItem(baseline.release.evidence, release, role);
    if (isProblem(item))
        return { ok: false, reason: evidenceProblemText(item) };
    const what = role === 'predictions' ? 'per-example predictions' : `profile of dataset '${role.profile}'`;
    const read = await (0,files_evidence/* readEvidenceItem */.v6)(await evidence(), item, release, what);
    if (!read.ok)
        return { ok: false, reason: evidenceProblemText(read.problem) };
    const dir = await (0,promises_.mkdtemp)(external_node_path_default().join(external_node_os_default().tmpdir(), 'mlgate-evidence-'));
    // The name comes from a payload anyone with deployments: write can set: keep it a plain file name.
    const file = external_node_path_default().join(dir, external_node_path_default().basename((0,files_evidence/* unpackedName */.vH)(item)).replace(/[^A-Za-z0-9._-]/g, '_'));
    await (0,promises_.writeFile)(file, read.bytes);
    return { ok: true, file, release, dispose: () => (0,promises_.rm)(dir, { recursive: true, force: true }) };
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
        const live = (0,state/* findLive */.KI)(await (0,release_store/* loadReleases */.ze)(await stores.store(), environment, model.name, state/* untilLive */.TB));
        const baseline = live ? { metrics: (0,metric_set/* metricsFromRecord */.pb)(live.payload.metrics), source: environment, version: live.payload.model.version, release: { id: live.id, evidence: live.payload.evidence } } : undefined;
        const got = await productionFile(baseline, environment, { profile: dataset }, stores.evidence);
        if (got.ok)
            return got;
        reasons.push(`${model.name}: ${got.reason}`);
    }
    return { ok: false, reason: reasons.join('; ') };
}


/***/ }),

/***/ 39095:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q5: () => (/* binding */ evidencePrefix),
/* harmony export */   hh: () => (/* binding */ EVIDENCE_VERSION),
/* harmony export */   jU: () => (/* binding */ evidenceSchema)
/* harmony export */ });
/* unused harmony exports evidenceItemSchema, dataFileFingerprintSchema, dataFingerprintSchema, evidenceItems */
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

/***/ 52114:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  pb: () => (/* binding */ metricsFromRecord),
  o0: () => (/* binding */ parseMetricsText)
});

// UNUSED EXPORTS: flattenMetrics, metricNumber, metricsFromData, parseLenientJson

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/domain/errors.ts
var errors = __webpack_require__(10241);
// EXTERNAL MODULE: ./src/domain/nesting-limits.ts
var nesting_limits = __webpack_require__(38723);
;// CONCATENATED MODULE: ./src/domain/gate/json-position.ts
/**
 * The offset of the first syntax error in JSON text (Node's JSON.parse does not always say where),
 * or undefined when the text is valid. Accepts NaN/Infinity/-Infinity like Python's json module.
 */
function jsonErrorOffset(text) {
    let i = 0;
    const ws = () => {
        while (i < text.length && ' \t\r\n'.includes(text[i]))
            i++;
    };
    class At extends Error {
        offset;
        constructor(offset) {
            super('json syntax');
            this.offset = offset;
        }
    }
    const fail = () => {
        throw new At(i);
    };
    const value = () => {
        ws();
        const ch = text[i];
        if (ch === '{') {
            i++;
            ws();
            if (text[i] === '}')
                return void i++;
            for (;;) {
                ws();
                if (text[i] !== '"')
                    fail();
                string();
                ws();
                if (text[i] !== ':')
                    fail();
                i++;
                value();
                ws();
                if (text[i] === ',')
                    i++;
                else if (text[i] === '}')
                    return void i++;
                else
                    fail();
            }
        }
        if (ch === '[') {
            i++;
            ws();
            if (text[i] === ']')
                return void i++;
            for (;;) {
                value();
                ws();
                if (text[i] === ',')
                    i++;
                else if (text[i] === ']')
                    return void i++;
                else
                    fail();
            }
        }
        if (ch === '"')
            return string();
        const m = /^(-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?|true|false|null|NaN|-?Infinity)/.exec(text.slice(i, i + 400));
        if (!m)
            fail();
        i += m[0].length;
    };
    const string = () => {
        i++;
        while (i < text.length && text[i] !== '"') {
            if (text[i] === '\n')
                fail();
            i += text[i] === '\\' ? 2 : 1;
        }
        if (i >= text.length)
            fail();
        i++;
    };
    try {
        value();
        ws();
        if (i < text.length)
            fail();
        return undefined;
    }
    catch (error) {
        if (error instanceof At)
            return error.offset;
        throw error;
    }
}

;// CONCATENATED MODULE: ./src/domain/gate/metric-set.ts




const NON_FINITE_WORDS = {
    nan: Number.NaN,
    '+nan': Number.NaN,
    '-nan': Number.NaN,
    inf: Number.POSITIVE_INFINITY,
    '+inf': Number.POSITIVE_INFINITY,
    infinity: Number.POSITIVE_INFINITY,
    '+infinity': Number.POSITIVE_INFINITY,
    '-inf': Number.NEGATIVE_INFINITY,
    '-infinity': Number.NEGATIVE_INFINITY,
};
/** A metric value from JSON/YAML: numbers as-is; numeric text ("0.9", "NaN", "Infinity") parsed; else undefined. */
function metricNumber(value) {
    if (typeof value === 'number')
        return value;
    if (typeof value === 'string') {
        const t = value.trim();
        const word = NON_FINITE_WORDS[t.toLowerCase()];
        if (word !== undefined)
            return word;
        if (/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(t))
            return Number(t);
    }
    return undefined;
}
function describe(value) {
    if (value === null)
        return 'null';
    if (typeof value === 'string')
        return `the text ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
    if (typeof value === 'boolean')
        return `the boolean ${value}`;
    return typeof value;
}
/**
 * Leaves of nested objects (and arrays, by index) under dotted keys. Two key paths that flatten to the same
 * dotted name (`{"a": {"b": 1}, "a.b": 2}`) are an input error naming both: keeping either would silently lose the other.
 */
function leaves(data, file) {
    const out = [];
    const stepOf = new Map();
    const walk = (value, key, step, depth) => {
        if (value !== null && typeof value === 'object') {
            if (depth === nesting_limits/* MAX_METRIC_DEPTH */.AB)
                throw (0,errors/* inputError */.Xu)(`metrics nested more than ${nesting_limits/* MAX_METRIC_DEPTH */.AB} levels deep (under ${JSON.stringify(key.length > 80 ? `${key.slice(0, 80)}…` : key)}); expected metric names of at most ${nesting_limits/* MAX_METRIC_DEPTH */.AB} dotted parts`, { file });
            const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v]) : Object.entries(value);
            for (const [k, v] of entries)
                walk(v, key === '' ? k : `${key}.${k}`, { key: k, parent: step }, depth + 1);
        }
        else if (step !== undefined) {
            const earlier = stepOf.get(key);
            if (earlier)
                throw flatteningCollision(key, earlier, step, file);
            stepOf.set(key, step);
            out.push([key, value]);
        }
    };
    walk(data, '', undefined, 0);
    return out;
}
function keyPath(step) {
    const keys = [];
    for (let s = step; s; s = s.parent)
        keys.push(s.key);
    return keys.reverse();
}
const showKeyPath = (step) => keyPath(step)
    .map((k) => JSON.stringify(k.length > 100 ? `${k.slice(0, 100)}…` : k))
    .join(' → ');
function flatteningCollision(name, first, second, file) {
    const shown = name.length > 200 ? `${name.slice(0, 200)}…` : name;
    return (0,errors/* inputError */.Xu)(`two metrics flatten to the same name '${shown}': the key path ${showKeyPath(first)} and the key path ${showKeyPath(second)}; expected each dotted name once (rename one of them)`, { file });
}
/** Flattens nested objects (and arrays, by index) into dotted keys; `file` names the metrics file in errors. */
function flattenMetrics(data, format = 'plain', file = 'metrics') {
    const set = { values: new Map(), invalid: new Map(), format };
    for (const [key, value] of leaves(data, file)) {
        const n = metricNumber(value);
        if (n === undefined)
            set.invalid.set(key, describe(value));
        else
            set.values.set(key, n);
    }
    return set;
}
const isRecord = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
/**
 * `dvc metrics show --json`: `{ "<rev>": { "data": { "<file>": { "data": {…metrics} } } } }`.
 * Returns the metrics of the only revision (or `workspace`), files merged; undefined when not that shape.
 */
function unwrapDvcShow(data, file) {
    if (!isRecord(data))
        return undefined;
    const revs = Object.entries(data);
    if (revs.length === 0)
        return undefined;
    const looksLikeRev = (v) => isRecord(v) && isRecord(v.data) && Object.values(v.data).length > 0 && Object.values(v.data).every((f) => isRecord(f) && ('data' in f || 'error' in f));
    if (!revs.every(([, v]) => looksLikeRev(v)))
        return undefined;
    const chosen = data.workspace ?? (revs.length === 1 ? revs[0][1] : undefined);
    if (!looksLikeRev(chosen)) {
        throw (0,errors/* inputError */.Xu)(`'dvc metrics show --json' output with several revisions (${revs.map(([r]) => r).join(', ')}); expected one revision or 'workspace'`, { file });
    }
    const merged = {};
    for (const [metricsFile, content] of Object.entries(chosen.data)) {
        if (!isRecord(content) || !isRecord(content.data)) {
            throw (0,errors/* inputError */.Xu)(`DVC could not read metrics file '${metricsFile}': ${JSON.stringify(isRecord(content) ? content.error : content)}`, { file });
        }
        for (const [k, v] of leaves(content.data, file)) {
            if (k in merged)
                throw (0,errors/* inputError */.Xu)(`metric '${k}' appears in more than one DVC metrics file (again in '${metricsFile}')`, { file });
            merged[k] = v;
        }
    }
    return merged;
}
const isMlflowMetricList = (v) => Array.isArray(v) && v.length > 0 && v.every((m) => isRecord(m) && typeof m.key === 'string' && 'value' in m);
/** The latest value (highest step, then newest timestamp) of each key in an MLflow metric list. */
function latestMlflow(list) {
    const best = new Map();
    const num = (v) => (typeof v === 'number' ? v : typeof v === 'string' && v !== '' ? Number(v) : 0);
    for (const m of list) {
        const prev = best.get(m.key);
        if (!prev || num(m.step) > num(prev.step) || (num(m.step) === num(prev.step) && num(m.timestamp) >= num(prev.timestamp)))
            best.set(m.key, m);
    }
    return Object.fromEntries([...best].map(([k, m]) => [k, m.value]));
}
/**
 * MLflow exports: REST `runs/get` (`{run: {data: {metrics: [{key, value, step, timestamp}]}}}`),
 * `mlflow runs describe` / `MlflowClient.get_run().to_dictionary()` (`{info, data: {metrics: {k: v}, params, tags}}`),
 * and `metrics/get-history` (`{metrics: [{key, value, step, timestamp}]}`). Undefined when not MLflow-shaped.
 */
function unwrapMlflow(data) {
    if (!isRecord(data))
        return undefined;
    const run = isRecord(data.run) ? data.run : data;
    if (isRecord(run.data) && ('info' in run || 'params' in run.data || 'tags' in run.data) && 'metrics' in run.data) {
        const m = run.data.metrics;
        if (isMlflowMetricList(m))
            return latestMlflow(m);
        if (isRecord(m))
            return m;
        if (Array.isArray(m) && m.length === 0)
            return {};
    }
    if (Object.keys(data).length === 1 && isMlflowMetricList(data.metrics))
        return latestMlflow(data.metrics);
    return undefined;
}
/** Interprets parsed JSON/YAML as metrics: DVC and MLflow shapes first, else plain nested keys. */
function metricsFromData(data, file) {
    if (data === null || data === undefined)
        throw (0,errors/* inputError */.Xu)('the metrics file is empty; expected a mapping of metric names to numbers', { file });
    if (!isRecord(data))
        throw (0,errors/* inputError */.Xu)(`expected a mapping of metric names to numbers; found ${Array.isArray(data) ? 'a list' : describe(data)}`, { file });
    const mlflow = unwrapMlflow(data);
    if (mlflow)
        return flattenMetrics(mlflow, 'mlflow', file);
    const dvc = unwrapDvcShow(data, file);
    if (dvc)
        return flattenMetrics(dvc, 'dvc', file);
    return flattenMetrics(data, 'plain', file);
}
/**
 * JSON as Python's json module writes it: also accepts the bare words NaN, Infinity and -Infinity
 * (outside strings), which strict JSON rejects.
 */
function parseLenientJson(text) {
    try {
        return JSON.parse(text);
    }
    catch (strictError) {
        let out = '';
        let changed = false;
        let i = 0;
        while (i < text.length) {
            const ch = text[i];
            if (ch === '"') {
                let j = i + 1;
                while (j < text.length && text[j] !== '"')
                    j += text[j] === '\\' ? 2 : 1;
                out += text.slice(i, j + 1);
                i = j + 1;
                continue;
            }
            const m = /^(-?Infinity|NaN)/.exec(text.slice(i, i + 9));
            if (m) {
                out += `"__mlgate_${m[1]}__"`;
                i += m[1].length;
                changed = true;
                continue;
            }
            out += ch;
            i++;
        }
        if (!changed)
            throw strictError;
        return JSON.parse(out, (_k, v) => {
            if (v === '__mlgate_NaN__')
                return Number.NaN;
            if (v === '__mlgate_Infinity__')
                return Number.POSITIVE_INFINITY;
            if (v === '__mlgate_-Infinity__')
                return Number.NEGATIVE_INFINITY;
            return v;
        });
    }
}
/** Parses the text of a metrics file; `.yaml`/`.yml` as YAML, everything else as JSON (falling back to YAML). */
function parseMetricsText(text, file) {
    const yamlFile = /\.ya?ml$/i.test(file);
    let data;
    if (text.trim() === '')
        throw (0,errors/* inputError */.Xu)('the metrics file is empty; expected a mapping of metric names to numbers', { file, line: 1 });
    if (!yamlFile) {
        try {
            data = parseLenientJson(text);
        }
        catch (jsonError) {
            if (/\.json$/i.test(file)) {
                const message = jsonError instanceof Error ? jsonError.message : String(jsonError);
                const offset = jsonErrorOffset(text);
                const line = offset === undefined ? undefined : text.slice(0, offset).split('\n').length;
                throw (0,errors/* inputError */.Xu)(`invalid JSON: ${message.split('\n')[0] ?? message}`, { file, line }, jsonError);
            }
            data = undefined;
        }
    }
    if (data === undefined) {
        try {
            data = (0,dist/* parse */.qg)(text, { uniqueKeys: true, maxAliasCount: nesting_limits/* YAML_ALIAS_EXPANSION_LIMIT */.J9 });
        }
        catch (yamlError) {
            const message = (0,nesting_limits/* nestingLimitMessage */.n_)(yamlError) ?? `invalid YAML: ${yamlError instanceof Error ? yamlError.message.split('\n')[0] : String(yamlError)}`;
            const linePos = yamlError.linePos;
            throw (0,errors/* inputError */.Xu)(message, { file, line: linePos?.[0]?.line }, yamlError);
        }
    }
    return metricsFromData(data, file);
}
/** A metric set from a plain record (release payloads store flat `{name: number|null}`). */
function metricsFromRecord(record) {
    return flattenMetrics(record, 'plain');
}


/***/ }),

/***/ 82911:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GF: () => (/* binding */ itemEntry),
/* harmony export */   hx: () => (/* binding */ gatherEvidence),
/* harmony export */   v6: () => (/* binding */ readEvidenceItem),
/* harmony export */   vH: () => (/* binding */ unpackedName)
/* harmony export */ });
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
/* harmony import */ var _domain_profile_format_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(31623);
/* harmony import */ var _data_files_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2190);
/* harmony import */ var _data_profile_data_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(89586);
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
        const fingerprints = [];
        for (const f of files)
            fingerprints.push({ path: f.name, sha256: await fileSha256(f.path), bytes: (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)(f.path)).size });
        data[dataset.name] = { files: fingerprints, rows: profile.rows, columns: Object.fromEntries(profile.columns.map((c) => [c.name, c.type ?? c.kind])) };
    }
    return { items, data, profiles, missing };
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
