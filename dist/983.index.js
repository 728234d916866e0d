export const id = 983;
export const ids = [983];
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

/***/ 87983:
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
    const header = ['#', 'version', 'when', 'who', 'state', 'gate', ...metricNames, 'links'];
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


/***/ })

};
