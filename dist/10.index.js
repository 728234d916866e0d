export const id = 10;
export const ids = [10];
export const modules = {

/***/ 9738:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KI: () => (/* binding */ emitAnnotations)
/* harmony export */ });
/* unused harmony exports ANNOTATIONS_PER_LEVEL, RESERVED_FOR_MLGATE, DATA_ANNOTATIONS_PER_LEVEL, planAnnotations */
/* harmony import */ var _domain_example_place_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16484);

/** GitHub keeps at most 10 annotations per level per step and drops later ones. */
const ANNOTATIONS_PER_LEVEL = 10;
/**
 * Slots per level kept for mlgate's own messages, which come later in the step: the step's failure (an error), the
 * fork warning with its fix, and a warning about something configured that could not be used.
 */
const RESERVED_FOR_MLGATE = 3;
/** What failing data rows may use of a step's annotations. */
const DATA_ANNOTATIONS_PER_LEVEL = ANNOTATIONS_PER_LEVEL - RESERVED_FOR_MLGATE;
function describe(check, example) {
    const where = check.column ? `column "${check.column}" ` : '';
    const value = (0,_domain_example_place_js__WEBPACK_IMPORTED_MODULE_0__/* .repeatsText */ .U)(example) ?? `value ${typeof example.value === 'string' ? JSON.stringify(example.value) : JSON.stringify(example.value ?? null)}`;
    const row = example.row !== undefined ? ` (row ${example.row})` : '';
    return `${where}failed ${check.check} (expected ${JSON.stringify(check.expected)}): ${value}${row}`;
}
/**
 * The annotations for failed checks: the first examples of each failed check, round-robin across
 * checks so one noisy check does not crowd out the others, at most `limit` per level. What does not
 * fit stays in the job summary (which lists every example).
 */
function planAnnotations(result, limit = DATA_ANNOTATIONS_PER_LEVEL) {
    const out = [];
    let omitted = 0;
    for (const level of ['error', 'warning']) {
        const queues = [];
        for (const ds of result.datasets) {
            for (const check of ds.checks) {
                const matches = level === 'error' ? check.status === 'fail' : check.status === 'warn';
                if (matches && check.examples.length)
                    queues.push({ check, dataset: ds.name, examples: [...check.examples] });
            }
        }
        let emitted = 0;
        let total = queues.reduce((n, q) => n + q.examples.length, 0);
        while (emitted < limit && total > 0) {
            for (const q of queues) {
                const ex = q.examples.shift();
                if (!ex)
                    continue;
                total--;
                if (emitted >= limit) {
                    omitted++;
                    continue;
                }
                out.push({ level, title: `mlgate: ${q.dataset} ${q.check.check}`, message: describe(q.check, ex), file: ex.file, ...(ex.line !== undefined ? { line: ex.line } : {}) });
                emitted++;
            }
        }
        omitted += total;
    }
    return { annotations: out, omitted };
}
/**
 * Emits the planned annotations through the log (workflow commands in Actions), leaving room for mlgate's own
 * messages, and counts the rows that did not fit in one notice.
 */
function emitAnnotations(result, log, limit = DATA_ANNOTATIONS_PER_LEVEL) {
    const { annotations, omitted } = planAnnotations(result, limit);
    for (const a of annotations) {
        const props = { title: a.title, file: a.file, ...(a.line !== undefined ? { startLine: a.line } : {}) };
        if (a.level === 'error')
            log.error(a.message, props);
        else
            log.warning(a.message, props);
    }
    if (omitted > 0) {
        const message = `${omitted} more failing rows: see the job summary (GitHub shows ${ANNOTATIONS_PER_LEVEL} errors and ${ANNOTATIONS_PER_LEVEL} warnings per step).`;
        if (log.notice)
            log.notice(message);
        else
            log.info(message);
    }
    return { emitted: annotations.length, omitted };
}


/***/ }),

/***/ 10466:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ lazyProductionDataHook)
/* harmony export */ });
/**
 * The hook of a command's invocation (its store option says where releases are read), loaded on first use: a config
 * without models has no releases, and then the release store's code (Octokit, the artifact client) is not loaded.
 */
function lazyProductionDataHook(invocation) {
    let hook;
    return async (input) => {
        if (input.loaded.config.models.length === 0)
            return undefined;
        hook ??= Promise.all(/* import() */[__webpack_require__.e(4119), __webpack_require__.e(6913), __webpack_require__.e(9300), __webpack_require__.e(4849), __webpack_require__.e(3938), __webpack_require__.e(2947), __webpack_require__.e(8880)]).then(__webpack_require__.bind(__webpack_require__, 78880)).then((m) => m.productionDataHook(invocation));
        return (await hook)(input);
    };
}


/***/ }),

/***/ 95725:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ lazyDriftHook)
/* harmony export */ });
/**
 * The drift step of a command's invocation (its store option says where `reference: production` is read from),
 * loaded only when a dataset has `drift:` (its modules take ~30 ms to load, which a run without drift need not pay).
 */
const lazyDriftHook = (invocation) => async (input) => (await Promise.all(/* import() */[__webpack_require__.e(4849), __webpack_require__.e(9112)]).then(__webpack_require__.bind(__webpack_require__, 89112))).driftHook(input, invocation);


/***/ }),

/***/ 30010:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   collectKeys: () => (/* binding */ collectKeys),
/* harmony export */   runValidation: () => (/* binding */ runValidation),
/* harmony export */   validateCommand: () => (/* binding */ validateCommand),
/* harmony export */   validationMarkdown: () => (/* binding */ validationMarkdown)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _adapters_actions_annotations_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9738);
/* harmony import */ var _domain_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(10241);
/* harmony import */ var _domain_validation_dataset_validator_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(81332);
/* harmony import */ var _domain_report_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(24385);
/* harmony import */ var _domain_validation_hash_set_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(46521);
/* harmony import */ var _domain_validation_verdict_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(66971);
/* harmony import */ var _io_data_files_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2190);
/* harmony import */ var _io_data_read_dataset_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(13808);
/* harmony import */ var _io_data_read_progress_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(81581);
/* harmony import */ var _drift_hook_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(95725);
/* harmony import */ var _domain_profile_checks_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(97713);
/* harmony import */ var _domain_profile_row_checks_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(7654);
/* harmony import */ var _invocation_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(58386);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(26052);
/* harmony import */ var _data_vs_production_hook_js__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(10466);

















const keyId = (key) => JSON.stringify(key);
/** Runs every configured data check; reusable by `check`. Throws MlgateError (exit 2) on bad input. */
async function runValidation(loaded, options, context) {
    const { config } = loaded;
    const all = config.datasets;
    if (options.dataset !== undefined && !all.some((d) => d.name === options.dataset)) {
        throw (0,_domain_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .usageError */ .Wp)(`dataset '${options.dataset}' is not in the config; expected one of: ${all.map((d) => d.name).join(', ') || '(none)'}`);
    }
    const selected = all.filter((d) => options.dataset === undefined || d.name === options.dataset);
    const now = options.now ?? Date.now();
    const filesOf = new Map();
    const files = async (d) => {
        let f = filesOf.get(d.name);
        if (!f) {
            const index = all.indexOf(d);
            f = await (0,_io_data_files_js__WEBPACK_IMPORTED_MODULE_6__/* .resolveDataFiles */ .A)(d.path, loaded.root, `datasets[${index}].path (${d.name})`, context.cwd);
            filesOf.set(d.name, f);
        }
        return f;
    };
    // Which key sets each dataset must hand to later datasets' leakage checks.
    const wantedKeys = new Map();
    selected.forEach((d, i) => {
        const leak = d.leakage;
        if (!leak)
            return;
        const targetIndex = selected.findIndex((t) => t.name === leak.against);
        if (targetIndex >= 0 && targetIndex < i)
            wantedKeys.set(leak.against, [...(wantedKeys.get(leak.against) ?? []), leak.key]);
    });
    const keySets = new Map();
    // A profiled dataset's keys come from its profile: a leakage check against it does not read its files.
    for (const [name, { profile }] of options.profiles ?? [])
        for (const ks of profile.rowChecks ? (0,_domain_profile_row_checks_js__WEBPACK_IMPORTED_MODULE_10__/* .leakageKeySets */ .x6)(profile.rowChecks) : [])
            keySets.set(`${name}\u0000${keyId(ks.key)}`, ks);
    const results = [];
    for (const d of selected) {
        const profiled = options.profiles?.get(d.name);
        if (profiled) {
            const result = (0,_domain_profile_checks_js__WEBPACK_IMPORTED_MODULE_9__/* .profileDatasetResult */ .R)(profiled.profile, d, { now, where: profiled.shown });
            if (d.drift && options.drift)
                result.drift = await (await options.drift({ dataset: d, files: [], loaded, context, profile: profiled.profile })).finish();
            const production = options.production ? await options.production({ dataset: d, files: [], loaded, context, result, fromProfiles: true }) : undefined;
            if (production)
                result.production = production;
            results.push(result);
            continue;
        }
        const maxExamples = d.max_examples ?? config.report?.max_examples ?? _domain_validation_dataset_validator_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_MAX_EXAMPLES */ .b8;
        let leakageTarget;
        if (d.leakage) {
            const id = `${d.leakage.against}\u0000${keyId(d.leakage.key)}`;
            leakageTarget = keySets.get(id);
            if (!leakageTarget) {
                const target = all.find((t) => t.name === d.leakage.against);
                leakageTarget = await collectKeys(target, d.leakage.key, await files(target));
                keySets.set(id, leakageTarget);
            }
        }
        const validator = new _domain_validation_dataset_validator_js__WEBPACK_IMPORTED_MODULE_3__/* .DatasetValidator */ .JJ(d, { now, maxExamples }, { leakageTarget, collectKeys: wantedKeys.get(d.name) });
        const dataFiles = await files(d);
        const drift = d.drift && options.drift ? await options.drift({ dataset: d, files: dataFiles, loaded, context }) : undefined;
        const progress = await _io_data_read_progress_js__WEBPACK_IMPORTED_MODULE_8__/* .ReadProgress */ .i.start(context.progress, `reading ${d.name}`, dataFiles);
        try {
            await (0,_io_data_read_dataset_js__WEBPACK_IMPORTED_MODULE_7__/* .readForValidation */ .bm)(dataFiles, d, validator, { env: context.env, now, maxExamples, ...(drift?.collector ? { drift: drift.collector } : {}), ...(drift?.threads ? { threads: drift.threads } : {}), ...(progress ? { progress } : {}) });
        }
        finally {
            progress?.end();
        }
        for (const ks of validator.keySets())
            keySets.set(`${d.name}\u0000${keyId(ks.key)}`, ks);
        const result = validator.finish();
        if (drift)
            result.drift = await drift.finish();
        const production = options.production ? await options.production({ dataset: d, files: dataFiles, loaded, context, result }) : undefined;
        if (production)
            result.production = production;
        results.push(result);
    }
    return { verdict: (0,_domain_validation_verdict_js__WEBPACK_IMPORTED_MODULE_5__/* .validationVerdict */ .lL)(results), datasets: results };
}
/** The key hashes of `target` that a `leakage` check against it compares with. */
async function collectKeys(target, key, dataFiles) {
    const hashes = new _domain_validation_hash_set_js__WEBPACK_IMPORTED_MODULE_13__/* .HashSet64 */ .l();
    const acc = new Uint32Array(2);
    const scratch = new Uint32Array(2);
    await (0,_io_data_read_dataset_js__WEBPACK_IMPORTED_MODULE_7__/* .readDataset */ .JP)(dataFiles, target, {
        startFile: (_file, header) => header.filter((h) => key.includes(h)),
        consume: (batch) => {
            for (let i = 0; i < batch.length; i++)
                if ((0,_domain_validation_dataset_validator_js__WEBPACK_IMPORTED_MODULE_3__/* .hashRow */ .vK)(batch, key, i, acc, scratch))
                    hashes.add(acc);
        },
    });
    return { key, hashes };
}
/** Markdown for the job summary: the data part of the PR report (people's words, escaped, drift with its charts), every example kept. */
function validationMarkdown(result) {
    const examples = result.datasets.reduce((n, d) => d.checks.reduce((m, c) => Math.max(m, c.examples.length), n), 0);
    return (0,_domain_report_index_js__WEBPACK_IMPORTED_MODULE_4__/* .renderReport */ .B1)({ key: 'validate', validation: result, maxExamples: examples }).markdown;
}
const validateCommand = {
    spec: {
        name: 'validate',
        summary: 'Run data checks (and drift when a reference is configured).',
        options: [_options_js__WEBPACK_IMPORTED_MODULE_12__/* .configOption */ .KJ, _options_js__WEBPACK_IMPORTED_MODULE_12__/* .jsonOption */ .Ec, _options_js__WEBPACK_IMPORTED_MODULE_12__/* .datasetOption */ .kq, _options_js__WEBPACK_IMPORTED_MODULE_12__/* .storeOption */ .XS, _options_js__WEBPACK_IMPORTED_MODULE_12__/* .tokenOption */ .Pc],
        outputs: [
            { name: 'verdict', description: 'pass, warn or fail.' },
            { name: 'failed-checks', description: 'Number of failed checks of severity error.' },
            { name: 'report-path', description: 'Path of the JSON result.' },
        ],
        stepAction: true,
    },
    async run(invocation, context) {
        const loaded = await (0,_invocation_js__WEBPACK_IMPORTED_MODULE_11__/* .loadConfig */ .Z9)(invocation, context);
        if (loaded.config.datasets.length === 0)
            throw (0,_domain_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .usageError */ .Wp)(`the config defines no datasets; add one under \`datasets:\` (${(0,_invocation_js__WEBPACK_IMPORTED_MODULE_11__/* .optionLabel */ .ed)(invocation, _options_js__WEBPACK_IMPORTED_MODULE_12__/* .Opt */ .e3.Config)})`);
        const result = await runValidation(loaded, { dataset: (0,_invocation_js__WEBPACK_IMPORTED_MODULE_11__/* .stringOption */ .Pp)(invocation, _options_js__WEBPACK_IMPORTED_MODULE_12__/* .Opt */ .e3.Dataset), drift: (0,_drift_hook_js__WEBPACK_IMPORTED_MODULE_14__/* .lazyDriftHook */ .N)(invocation), production: (0,_data_vs_production_hook_js__WEBPACK_IMPORTED_MODULE_15__/* .lazyProductionDataHook */ .B)(invocation) }, context);
        const failed = (0,_domain_validation_verdict_js__WEBPACK_IMPORTED_MODULE_5__/* .failedErrorChecks */ .hJ)(result);
        if (context.inActions)
            (0,_adapters_actions_annotations_js__WEBPACK_IMPORTED_MODULE_1__/* .emitAnnotations */ .KI)(result, context.log);
        const jsonPath = (0,_invocation_js__WEBPACK_IMPORTED_MODULE_11__/* .stringOption */ .Pp)(invocation, _options_js__WEBPACK_IMPORTED_MODULE_12__/* .Opt */ .e3.Json);
        return {
            exitCode: result.verdict === 'fail' ? 1 : 0,
            text: (0,_domain_validation_verdict_js__WEBPACK_IMPORTED_MODULE_5__/* .validationText */ .nP)(result),
            json: result,
            markdown: validationMarkdown(result),
            outputs: { verdict: result.verdict, 'failed-checks': String(failed), 'report-path': jsonPath ? node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(context.cwd, jsonPath) : '' },
            ...(result.verdict === 'fail' ? { failure: `${failed} data check${failed === 1 ? '' : 's'} of severity error failed` } : {}),
        };
    },
};


/***/ }),

/***/ 67591:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E5: () => (/* binding */ compareData),
/* harmony export */   _D: () => (/* binding */ dataVsProductionText),
/* harmony export */   vk: () => (/* binding */ driftCount)
/* harmony export */ });
/* unused harmony export unchangedData */
/* harmony import */ var _report_shorten_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(30738);

/** The row carrying the share-of-drifted-columns verdict (and a skipped reference's reason). */
const DATASET_ROW = '(dataset)';
/** Compares the dataset's fingerprint now with the one stored with `release`. */
function compareData(release, production, now) {
    const before = new Map(production.files.map((f) => [f.path, f.sha256]));
    const after = new Map(now.files.map((f) => [f.path, f.sha256]));
    const added = now.files.filter((f) => !before.has(f.path)).map((f) => f.path);
    const removed = production.files.filter((f) => !after.has(f.path)).map((f) => f.path);
    const changed = now.files.filter((f) => before.has(f.path) && before.get(f.path) !== f.sha256).map((f) => f.path);
    const unchangedFiles = now.files.filter((f) => before.get(f.path) === f.sha256).length;
    const columnsAdded = Object.entries(now.columns).filter(([name]) => !(name in production.columns)).map(([name, type]) => ({ name, type }));
    const columnsRemoved = Object.entries(production.columns).filter(([name]) => !(name in now.columns)).map(([name, type]) => ({ name, type }));
    const retyped = Object.entries(now.columns)
        .filter(([name, type]) => name in production.columns && production.columns[name] !== type)
        .map(([name, type]) => ({ name, production: production.columns[name], now: type }));
    const unchangedColumns = Object.entries(now.columns).filter(([name, type]) => production.columns[name] === type).length;
    return {
        status: 'compared',
        release,
        files: { added, removed, changed, unchanged: unchangedFiles },
        rows: { production: production.rows, now: now.rows },
        columns: { added: columnsAdded, removed: columnsRemoved, retyped, unchanged: unchangedColumns },
    };
}
/** How many columns drifted against the production profile, from the dataset's drift rows. */
function driftCount(rows) {
    const columns = rows.filter((r) => r.column !== DATASET_ROW && r.status !== 'skipped');
    const skipped = rows.find((r) => r.column === DATASET_ROW && r.status === 'skipped');
    return { compared: columns.length, drifted: columns.filter((r) => r.status === 'fail' || r.status === 'warn').length, ...(skipped?.message ? { skipped: skipped.message } : {}) };
}
/** True when nothing about the data changed since the release: same files, rows and column types. */
function unchangedData(p) {
    const f = p.files;
    const c = p.columns;
    return p.status === 'compared' && !!f && !!c && f.added.length + f.removed.length + f.changed.length + c.added.length + c.removed.length + c.retyped.length === 0 && p.rows?.production === p.rows?.now;
}
/** Characters of names listed per list on stdout; `--json` lists them all. */
const LIST = 200;
/** One line per dataset for stdout: `vs production 1.0.0 (#1): files 1 added, 1 changed; rows 3,000 → 3,100; …`. */
function dataVsProductionText(p) {
    if (p.status === 'unavailable')
        return `data vs production: not compared — ${p.reason ?? 'no reason given'}`;
    const parts = [];
    const f = p.files;
    const fileWords = [f.added.length ? `${f.added.length} added (${(0,_report_shorten_js__WEBPACK_IMPORTED_MODULE_0__/* .listWithMore */ .k)(f.added, LIST)})` : '', f.removed.length ? `${f.removed.length} removed (${(0,_report_shorten_js__WEBPACK_IMPORTED_MODULE_0__/* .listWithMore */ .k)(f.removed, LIST)})` : '', f.changed.length ? `${f.changed.length} changed (${(0,_report_shorten_js__WEBPACK_IMPORTED_MODULE_0__/* .listWithMore */ .k)(f.changed, LIST)})` : ''].filter(Boolean);
    parts.push(`files ${fileWords.length ? fileWords.join(', ') : 'unchanged'}`);
    parts.push(`rows ${p.rows?.production ?? '?'} → ${p.rows?.now ?? '?'}`);
    const c = p.columns;
    const colWords = [
        c.added.length ? `added ${(0,_report_shorten_js__WEBPACK_IMPORTED_MODULE_0__/* .listWithMore */ .k)(c.added.map((x) => `${x.name} (${x.type})`), LIST)}` : '',
        c.removed.length ? `removed ${(0,_report_shorten_js__WEBPACK_IMPORTED_MODULE_0__/* .listWithMore */ .k)(c.removed.map((x) => x.name), LIST)}` : '',
        c.retyped.length ? `retyped ${(0,_report_shorten_js__WEBPACK_IMPORTED_MODULE_0__/* .listWithMore */ .k)(c.retyped.map((x) => `${x.name} ${x.production} → ${x.now}`), LIST)}` : '',
    ].filter(Boolean);
    parts.push(`columns ${colWords.length ? colWords.join('; ') : 'unchanged'}`);
    if (p.drift)
        parts.push(p.drift.skipped ? `drift not compared (${p.drift.skipped})` : `drift in ${p.drift.drifted} of ${p.drift.compared} columns`);
    return `data vs production ${p.release ?? ''}: ${parts.join('; ')}`;
}


/***/ }),

/***/ 66971:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   hJ: () => (/* binding */ failedErrorChecks),
/* harmony export */   lL: () => (/* binding */ validationVerdict),
/* harmony export */   nP: () => (/* binding */ validationText)
/* harmony export */ });
/* harmony import */ var _evidence_data_change_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(67591);
/* harmony import */ var _example_place_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(16484);
/* harmony import */ var _report_describe_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(67518);
/* harmony import */ var _report_drift_section_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(12657);
/* harmony import */ var _report_format_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(47364);
/* harmony import */ var _report_shorten_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(30738);
/* harmony import */ var _failing_units_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1104);







/** fail when any check or drift result failed (severity error), warn when any only warned, else pass. */
function validationVerdict(datasets) {
    let verdict = 'pass';
    for (const ds of datasets) {
        for (const r of [...ds.checks, ...(ds.drift ?? [])]) {
            if (r.status === 'fail')
                return 'fail';
            if (r.status === 'warn')
                verdict = 'warn';
        }
    }
    return verdict;
}
function failedErrorChecks(result) {
    return result.datasets.reduce((n, ds) => n + ds.checks.filter((c) => c.status === 'fail').length + (ds.drift ?? []).filter((d) => d.status === 'fail').length, 0);
}
const ICON = { pass: '✓', fail: '✗', warn: '!', skipped: '-' };
function short(v) {
    const s = typeof v === 'string' ? v : v === null || v === undefined ? '' : typeof v === 'number' || typeof v === 'boolean' ? String(v) : JSON.stringify(v);
    return (0,_report_shorten_js__WEBPACK_IMPORTED_MODULE_2__/* .truncateWords */ .s)(s, 80);
}
/** `drift monthly_charges: Wasserstein / std 0.164 > 0.1 (drifted)`, the p-value as an extra. */
function driftLine(d) {
    const what = d.column === _report_drift_section_js__WEBPACK_IMPORTED_MODULE_1__/* .DATASET_DRIFT_ROW */ .gz ? 'share of drifted columns' : `${d.column}: ${(0,_report_drift_section_js__WEBPACK_IMPORTED_MODULE_1__/* .measureName */ .MT)(d.method)}`;
    const pv = d.p_value !== undefined ? (0,_report_format_js__WEBPACK_IMPORTED_MODULE_3__/* .pValue */ .sp)(d.p_value) : undefined;
    const p = pv !== undefined ? `, p${pv.startsWith('<') ? '' : '='}${pv}` : '';
    const bound = d.error_bound !== undefined ? ` ±${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_3__/* .num */ .bu)(d.error_bound)}` : '';
    return `drift ${what} ${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_3__/* .num */ .bu)(d.score)}${bound} ${d.score > d.threshold ? '>' : '≤'} ${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_3__/* .num */ .bu)(d.threshold)}${p}${d.message ? ` — ${d.message}` : ''}`;
}
/** The human-readable summary printed to stdout. */
function validationText(result) {
    const lines = [];
    for (const ds of result.datasets) {
        const failed = ds.checks.filter((c) => c.status === 'fail' || c.status === 'warn');
        lines.push(`dataset ${ds.name}: ${ds.rows} rows, ${ds.checks.length} checks, ${failed.length} failed`);
        for (const c of failed) {
            const t = (0,_report_describe_js__WEBPACK_IMPORTED_MODULE_0__/* .describeCheck */ .cn)(c);
            lines.push(`  ${ICON[c.status]} ${c.column ? `${c.column}: ` : ''}${c.check} [${c.severity}] expected ${t.expected}, observed ${t.observed}; ${c.failing} failing ${(0,_failing_units_js__WEBPACK_IMPORTED_MODULE_4__/* .unitWord */ .Zf)((0,_failing_units_js__WEBPACK_IMPORTED_MODULE_4__/* .unitOf */ .uF)(c), c.failing)} (${(c.fraction * 100).toFixed(2)}%)${c.message ? ` — ${c.message}` : ''}`);
            for (const ex of c.examples)
                lines.push(`      ${(0,_example_place_js__WEBPACK_IMPORTED_MODULE_5__/* .placeText */ .Z)(ex)}: ${(0,_example_place_js__WEBPACK_IMPORTED_MODULE_5__/* .repeatsText */ .U)(ex) ?? short(ex.value)}`);
        }
        for (const c of ds.checks.filter((x) => x.status === 'skipped'))
            lines.push(`  - ${c.column ? `${c.column}: ` : ''}${c.check} skipped${c.message ? `: ${c.message}` : ''}`);
        for (const d of ds.drift ?? []) {
            if (d.status === 'skipped')
                lines.push(`  - drift ${d.column} not compared${d.message ? `: ${d.message}` : ''}`);
            else if (d.status !== 'pass')
                lines.push(`  ${ICON[d.status]} ${driftLine(d)}`);
        }
        if (ds.production)
            lines.push(`  ${(0,_evidence_data_change_js__WEBPACK_IMPORTED_MODULE_6__/* .dataVsProductionText */ ._D)(ds.production)}`);
    }
    lines.push(`verdict: ${result.verdict}`);
    return lines.join('\n');
}


/***/ })

};
