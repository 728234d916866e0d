export const id = 9238;
export const ids = [9238];
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
