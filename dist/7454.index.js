export const id = 7454;
export const ids = [7454];
export const modules = {

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

/***/ 49220:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  historyCommand: () => (/* binding */ historyCommand)
});

// EXTERNAL MODULE: ./src/adapters/release-store.ts + 5 modules
var release_store = __webpack_require__(39300);
// EXTERNAL MODULE: ./src/domain/errors.ts
var errors = __webpack_require__(10241);
// EXTERNAL MODULE: ./src/domain/evidence/manifest.ts
var manifest = __webpack_require__(39095);
// EXTERNAL MODULE: ./src/domain/evidence/use.ts
var use = __webpack_require__(42867);
;// CONCATENATED MODULE: ./src/domain/evidence/summary.ts
/** A release's evidence as `history` shows it: every stored item (digest, size, location), what was not stored and why. */


function evidenceSummary(raw, release) {
    const evidence = (0,use/* readEvidence */.At)(raw, release);
    if ('kind' in evidence)
        return { status: evidence.kind === 'malformed' ? 'malformed' : 'none', reason: (0,use/* evidenceProblemText */.SO)(evidence) };
    const items = (0,manifest/* evidenceItems */.C6)(evidence).map(({ role, item }) => ({ role, ...item }));
    return { status: 'recorded', store: evidence.store, items, bytes: items.reduce((n, i) => n + i.bytes, 0), missing: evidence.missing, datasets: Object.keys(evidence.data) };
}
/** A few words for the history table: `4 items, 25.6 KiB`, `… ; not stored: predictions`, or `none`. */
function evidenceWords(s) {
    if (s.status !== 'recorded')
        return s.status;
    const size = s.bytes < 1024 ? `${s.bytes} B` : s.bytes < 1024 * 1024 ? `${(s.bytes / 1024).toFixed(1)} KiB` : `${(s.bytes / 1024 / 1024).toFixed(1)} MiB`;
    const missing = Object.keys(s.missing).map((k) => k.replace(/^profile:/, 'profile of '));
    return `${s.items.length} item${s.items.length === 1 ? '' : 's'}, ${size}${missing.length ? `; not stored: ${missing.join(', ')}` : ''}`;
}

// EXTERNAL MODULE: ./src/domain/release/state.ts
var state = __webpack_require__(99583);
;// CONCATENATED MODULE: ./src/domain/release/history.ts


function stateOf(release, liveIds) {
    if (liveIds.has(release.id))
        return 'live';
    if (release.rolledBack)
        return 'rolled back';
    if (release.abandoned !== undefined)
        return 'abandoned';
    switch (release.latest) {
        case 'success':
            return 'success';
        case 'inactive':
            return release.reachedSuccess ? 'superseded' : 'failed';
        case 'failure':
            return 'failed';
        case 'error':
            return 'error';
        case 'in_progress':
            return 'in progress';
        case 'queued':
            return 'queued';
        case 'pending':
            return 'pending';
        case undefined:
            return 'created';
    }
}
/** The environment's releases, newest first, with derived states and rollback links. */
function buildHistory(releases, environment, model, limit) {
    const sorted = [...releases].sort((a, b) => b.id - a.id);
    const live = (0,state/* findLive */.KI)(sorted);
    // Several models may share the environment: each has its own live release.
    const liveIds = new Set();
    for (const name of new Set(sorted.map((r) => r.payload.model.name))) {
        const own = (0,state/* findLive */.KI)(sorted.filter((r) => r.payload.model.name === name));
        if (own)
            liveIds.add(own.id);
    }
    const rolledBackBy = new Map();
    for (const r of sorted) {
        const of = r.payload.rollback_of;
        if (of !== null && !rolledBackBy.has(of))
            rolledBackBy.set(of, r.id);
    }
    const shown = limit !== undefined ? sorted.slice(0, limit) : sorted;
    return {
        environment,
        model: model ?? null,
        live: live ? { id: live.id, version: live.payload.model.version } : null,
        releases: shown.map((r) => ({
            id: r.id,
            model: r.payload.model.name,
            version: r.payload.model.version,
            uri: r.payload.model.uri ?? null,
            state: stateOf(r, liveIds),
            status: r.latest ?? null,
            description: r.abandoned ?? r.statuses[0]?.description ?? null,
            created_at: r.createdAt,
            actor: r.payload.source.actor ?? r.creator,
            sha: r.sha,
            gate: r.payload.gate?.verdict ?? 'none',
            forced: r.payload.gate?.forced === true,
            metrics: r.payload.metrics,
            rollback_of: r.payload.rollback_of,
            rolled_back_by: rolledBackBy.get(r.id) ?? null,
            rollback_reason: r.rollbackReason ?? r.payload.rollback_reason ?? null,
            pr: r.payload.source.pr ?? null,
            evidence: evidenceSummary(r.payload.evidence, `${r.payload.model.version} (#${r.id})`),
        })),
    };
}
function formatMetric(value) {
    if (value === null)
        return '–';
    return Number.isInteger(value) ? String(value) : value.toPrecision(4).replace(/\.?0+$/, '');
}
/** A plain-text table for stdout. `headline` picks the metric columns (default: up to three from the newest release). */
function renderHistoryTable(history, headline) {
    const head = [`Releases of ${history.model ?? 'all models'} in ${history.environment}`, history.live ? `live: ${history.live.version} (#${history.live.id})` : 'nothing live'].join(' — ');
    if (history.releases.length === 0)
        return `${head}\n(no releases yet)\n`;
    const metricNames = (headline?.length ? [...headline] : Object.keys(history.releases[0]?.metrics ?? {})).slice(0, 3);
    const header = ['#', 'version', 'when', 'who', 'state', 'gate', ...metricNames, 'evidence', 'links'];
    const rows = history.releases.map((e) => {
        const links = [];
        if (e.rollback_of !== null)
            links.push(`rollback of #${e.rollback_of}`);
        if (e.rolled_back_by !== null)
            links.push(`rolled back by #${e.rolled_back_by}`);
        if (e.state === 'rolled back' && e.rollback_reason)
            links.push(`reason: ${e.rollback_reason}`);
        return [
            String(e.id),
            e.version,
            e.created_at.replace('T', ' ').replace(/\.\d+Z$|Z$/, ''),
            e.actor,
            e.state,
            `${e.gate}${e.forced ? ' (forced)' : ''}`,
            ...metricNames.map((m) => formatMetric(e.metrics[m] ?? null)),
            evidenceWords(e.evidence),
            links.join('; '),
        ];
    });
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
    const line = (cells) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ').trimEnd();
    return [head, line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line), ''].join('\n');
}

// EXTERNAL MODULE: ./src/commands/environment.ts
var commands_environment = __webpack_require__(50811);
// EXTERNAL MODULE: ./src/commands/invocation.ts + 2 modules
var invocation = __webpack_require__(58386);
// EXTERNAL MODULE: ./src/commands/options.ts
var options = __webpack_require__(26052);
;// CONCATENATED MODULE: ./src/commands/history.ts







const historyCommand = {
    spec: {
        name: 'history',
        summary: "List an environment's releases.",
        options: [options/* configOption */.KJ, options/* jsonOption */.Ec, options/* modelOption */.HI, options/* environmentOption */.dp, { name: options/* Opt */.e3.Limit, type: 'string', default: '20', description: 'How many releases to list (newest first); `all` for every one.' }, options/* storeOption */.XS, options/* tokenOption */.Pc],
        outputs: [
            { name: 'live-version', description: 'Version live now.' },
            { name: 'live-deployment-id', description: 'Id of the live release.' },
        ],
        stepAction: true,
    },
    async run(inv, ctx) {
        const loaded = await (0,invocation/* loadConfig */.Z9)(inv, ctx);
        const { config } = loaded;
        // With several models and no --model, list every model's releases in the environment.
        const model = (0,invocation/* stringOption */.Pp)(inv, options/* Opt */.e3.Model) !== undefined || config.models.length === 1 ? (0,invocation/* selectModel */.U8)(inv, config) : undefined;
        const environment = (0,commands_environment/* chooseEnvironment */.H)(inv, loaded, model?.environment ?? 'production', ctx.cwd);
        const limitText = (0,invocation/* stringOption */.Pp)(inv, options/* Opt */.e3.Limit) ?? '20';
        if (limitText !== 'all' && !/^\d+$/.test(limitText))
            throw (0,errors/* usageError */.Wp)(`${(0,invocation/* optionLabel */.ed)(inv, options/* Opt */.e3.Limit)} is '${limitText}'; expected a whole number or 'all'`);
        const limit = limitText === 'all' ? undefined : Number(limitText);
        const store = (0,release_store.createReleaseStore)({ choice: (0,release_store/* parseStoreChoice */.cm)((0,invocation/* stringOption */.Pp)(inv, options/* Opt */.e3.Store), (0,invocation/* optionLabel */.ed)(inv, options/* Opt */.e3.Store)), cwd: ctx.cwd, github: ctx.github, inActions: ctx.inActions, log: ctx.log });
        // One model: stop reading once `limit` releases and the live one are known (all models: every model's live is needed).
        const enough = model && limit !== undefined ? (rs) => rs.length >= limit && (0,state/* untilLive */.TB)(rs) : undefined;
        const history = buildHistory(await (0,release_store/* loadReleases */.ze)(store, environment, model?.name, enough), environment, model?.name, limit);
        const headline = model?.headline ?? (model ? Object.keys(model.gates).filter((g) => !g.includes('*')) : undefined);
        const table = renderHistoryTable(history, headline);
        return {
            exitCode: 0,
            text: table,
            json: { ...history, store: store.kind },
            outputs: { 'live-version': history.live?.version ?? '', 'live-deployment-id': history.live ? String(history.live.id) : '' },
            markdown: `### mlgate history\n\n\`\`\`text\n${table}\`\`\`\n`,
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


/***/ })

};
