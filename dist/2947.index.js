export const id = 2947;
export const ids = [2947,8125];
export const modules = {

/***/ 18125:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   productionFile: () => (/* binding */ productionFile),
/* harmony export */   productionProfile: () => (/* binding */ productionProfile)
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
