export const id = 455;
export const ids = [455];
export const modules = {

/***/ 49659:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  mergeProfilesCommand: () => (/* binding */ mergeProfilesCommand)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/adapters/storage.ts + 2 modules
var storage = __webpack_require__(61648);
// EXTERNAL MODULE: ./src/domain/errors.ts
var errors = __webpack_require__(10241);
// EXTERNAL MODULE: ./src/domain/profile/dataset.ts
var profile_dataset = __webpack_require__(69838);
// EXTERNAL MODULE: ./src/domain/profile/format.ts
var format = __webpack_require__(31623);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/domain/drift/evaluate.ts + 6 modules
var evaluate = __webpack_require__(12100);
// EXTERNAL MODULE: ./src/domain/validation/findings.ts
var findings = __webpack_require__(79746);
;// CONCATENATED MODULE: ./src/domain/profile/checks.ts

const ROW_LEVEL = ['pattern', 'unique', 'min_length', 'max_length', 'max_age'];
function skipped(column, check, severity, why) {
    return { column, check, severity, status: 'skipped', observed: null, expected: null, failing: 0, fraction: 0, examples: [], message: why };
}
function columnChecks(name, cfg, col, rows) {
    const severity = cfg.severity ?? 'error';
    const out = [];
    if (!col) {
        if (cfg.required !== false)
            out.push((0,findings/* finding */.gk)({ column: name, check: 'required', severity, failed: true, failing: 1, total: 1, observed: 'missing from the profile', expected: 'present' }));
        return out;
    }
    const nulls = col.nulls;
    if (cfg.nullable === false)
        out.push((0,findings/* finding */.gk)({ column: name, check: 'nullable', severity, failed: nulls > 0, failing: nulls, total: rows, observed: nulls, expected: 0 }));
    if (cfg.max_null_fraction !== undefined) {
        const frac = rows ? nulls / rows : 0;
        out.push((0,findings/* finding */.gk)({ column: name, check: 'max_null_fraction', severity, failed: frac > cfg.max_null_fraction, failing: nulls, total: rows, observed: Number(frac.toPrecision(6)), expected: cfg.max_null_fraction }));
    }
    // Row-level checks pass while the failing share stays within 1 − mostly.
    const tooMany = (failing, total) => failing > 0 && failing / Math.max(1, total) > 1 - (cfg.mostly ?? 1);
    if (col.kind === 'numeric') {
        const sample = col.sketch.toSample();
        const n = col.moments.count;
        const note = col.sketch.rankError > 0 ? { message: `failing rows estimated from the quantile sketch (±${col.sketch.rankError})` } : {};
        let below = 0;
        let atMostMax = 0;
        for (let i = 0; i < sample.values.length; i++) {
            const w = sample.weights ? sample.weights[i] : 1;
            if (typeof cfg.min === 'number' && sample.values[i] < cfg.min)
                below += w;
            if (typeof cfg.max === 'number' && sample.values[i] <= cfg.max)
                atMostMax += w;
        }
        if (typeof cfg.min === 'number') {
            const failing = col.min < cfg.min ? Math.max(1, below) : 0;
            out.push((0,findings/* finding */.gk)({ column: name, check: 'min', severity, failed: tooMany(failing, n), failing, total: n, observed: col.min, expected: cfg.min, ...(failing ? note : {}) }));
        }
        if (typeof cfg.max === 'number') {
            const failing = col.max > cfg.max ? Math.max(1, n - atMostMax) : 0;
            out.push((0,findings/* finding */.gk)({ column: name, check: 'max', severity, failed: tooMany(failing, n), failing, total: n, observed: col.max, expected: cfg.max, ...(failing ? note : {}) }));
        }
    }
    else {
        for (const key of ['in', 'not_in']) {
            const list = cfg[key];
            if (!list)
                continue;
            if (col.top.error > 0) {
                out.push(skipped(name, key, severity, `more distinct values than the top-k sketch holds exactly (${col.top.capacity}); needs the rows`));
                continue;
            }
            const allowed = new Set(list.map(String));
            const bad = col.top.items().filter(([v]) => (key === 'in' ? !allowed.has(v) : allowed.has(v)));
            const failing = bad.reduce((s, [, c]) => s + c, 0);
            out.push((0,findings/* finding */.gk)({ column: name, check: key, severity, failed: tooMany(failing, col.count), failing, total: col.count, observed: bad.slice(0, 5).map(([v]) => v), expected: list }));
        }
    }
    for (const key of ROW_LEVEL)
        if (cfg[key] !== undefined)
            out.push(skipped(name, key, severity, 'needs the rows; not answerable from a profile'));
    return out;
}
/** Checks of `dataset` answered from `profile` (rows from the profile; drift is added by the caller). */
function profileDatasetResult(profile, dataset) {
    const checks = [];
    const rowsCfg = dataset.rows;
    const min = rowsCfg?.min ?? 1;
    const max = rowsCfg?.max;
    checks.push((0,findings/* finding */.gk)({ check: 'rows', severity: rowsCfg?.severity ?? 'error', failed: profile.rows < min || (max !== undefined && profile.rows > max), failing: 0, total: 0, observed: profile.rows, expected: { min, ...(max !== undefined ? { max } : {}) } }));
    const byName = new Map(profile.columns.map((c) => [c.name, c]));
    for (const [name, cfg] of Object.entries(dataset.columns ?? {}))
        checks.push(...columnChecks(name, cfg, byName.get(name), profile.rows));
    if (dataset.strict_columns) {
        const extra = profile.columns.map((c) => c.name).filter((c) => !(dataset.columns && c in dataset.columns));
        checks.push((0,findings/* finding */.gk)({ check: 'strict_columns', severity: 'error', failed: extra.length > 0, failing: extra.length, total: 0, observed: extra, expected: 'only the configured columns' }));
    }
    for (const key of ['duplicates', 'leakage'])
        if (dataset[key] !== undefined)
            checks.push({ check: key, severity: 'error', status: 'skipped', observed: null, expected: null, failing: 0, fraction: 0, examples: [], message: 'needs the rows; not answerable from a profile' });
    return { name: dataset.name, files: profile.sources.map((s) => s.file), rows: profile.rows, checks };
}

// EXTERNAL MODULE: ./src/domain/validation/verdict.ts
var verdict = __webpack_require__(66971);
// EXTERNAL MODULE: ./src/io/data/drift-reference.ts + 1 modules
var drift_reference = __webpack_require__(79491);
// EXTERNAL MODULE: ./src/io/files/profile-file.ts
var profile_file = __webpack_require__(69980);
// EXTERNAL MODULE: ./src/commands/invocation.ts + 2 modules
var commands_invocation = __webpack_require__(58386);
// EXTERNAL MODULE: ./src/commands/options.ts
var options = __webpack_require__(26052);
// EXTERNAL MODULE: ./src/commands/profile.ts
var profile = __webpack_require__(80463);
;// CONCATENATED MODULE: ./src/commands/merge-profiles.ts
















const list = (s) => (s ?? '').split(/[\n,]/).map((x) => x.trim()).filter(Boolean);
/** With a config that defines the profiled dataset: its checks and drift, answered from the merged profile. */
async function validateProfile(merged, invocation, context) {
    const explicit = (0,commands_invocation/* stringOption */.Pp)(invocation, options/* Opt */.e3.Config);
    // Not a literal file name: ncc's asset relocator would rewrite path.resolve(<dir>, 'mlgate.yml') into dist/ whenever
    // the repository holds a file of that name (templates/mlgate.yml, examples/churn/mlgate.yml).
    if (explicit === undefined && !(0,external_node_fs_.existsSync)(external_node_path_default().resolve(context.cwd, options/* configOption */.KJ.default ?? 'mlgate.yml')))
        return undefined;
    const loaded = await (0,commands_invocation/* loadConfig */.Z9)(invocation, context);
    const index = loaded.config.datasets.findIndex((d) => d.name === merged.dataset);
    if (index < 0)
        return undefined;
    const dataset = loaded.config.datasets[index];
    const ds = profileDatasetResult(merged, dataset);
    if (dataset.drift) {
        const where = `datasets[${index}].drift.reference (${dataset.name})`;
        const reference = await (0,drift_reference/* loadReference */.Q)(dataset, loaded.root, where, { cwd: context.cwd, env: context.env, cache: (0,storage/* createCache */.VC)(context) });
        ds.drift =
            'skipped' in reference
                ? [{ column: '(dataset)', method: dataset.drift.method, score: 0, threshold: 0, status: 'skipped', message: reference.skipped }]
                : (0,evaluate/* evaluateDrift */.$)({ reference: reference.columns, current: (0,profile_dataset/* profileDistributions */.R_)(merged), config: dataset.drift, columns: dataset.columns });
    }
    return { result: { verdict: (0,verdict/* validationVerdict */.lL)([ds]), datasets: [ds] } };
}
const mergeProfilesCommand = {
    spec: {
        name: 'merge-profiles',
        summary: 'Merge shard profiles into one; with a config defining the dataset, also answer its checks and drift from the merged profile.',
        positionals: '<profiles...>',
        options: [
            options/* configOption */.KJ,
            options/* jsonOption */.Ec,
            { name: options/* Opt */.e3.Files, type: 'string', description: 'Profile files to merge (comma- or newline-separated); the CLI also takes them as arguments.' },
            { name: options/* Opt */.e3.Artifacts, type: 'string', description: 'Artifacts holding shard profiles to download and merge (comma- or newline-separated names, as `profile` with upload names them).' },
            { name: options/* Opt */.e3.Out, type: 'string', description: 'Where to write the merged profile (default .mlgate/profiles/<dataset>.profile.json).' },
        ],
        outputs: [
            { name: 'profile-path', description: 'Path of the merged profile.' },
            { name: 'verdict', description: "pass, warn or fail: the dataset's checks and drift answered from the merged profile (empty when the config does not define the dataset)." },
        ],
        stepAction: false,
    },
    async run(invocation, context) {
        const files = [...invocation.positionals, ...list((0,commands_invocation/* stringOption */.Pp)(invocation, options/* Opt */.e3.Files))].map((f) => ({ path: external_node_path_default().resolve(context.cwd, f), shown: f }));
        const artifactNames = list((0,commands_invocation/* stringOption */.Pp)(invocation, options/* Opt */.e3.Artifacts));
        if (files.length + artifactNames.length === 0)
            throw (0,errors/* usageError */.Wp)(`nothing to merge: give profile files${invocation.surface === 'cli' ? ' as arguments' : ` in ${(0,commands_invocation/* optionLabel */.ed)(invocation, options/* Opt */.e3.Files)}`} or artifact names in ${(0,commands_invocation/* optionLabel */.ed)(invocation, options/* Opt */.e3.Artifacts)}`);
        let scratch;
        try {
            if (artifactNames.length) {
                scratch = await (0,promises_.mkdtemp)(external_node_path_default().join((0,external_node_os_.tmpdir)(), 'mlgate-profiles-'));
                const artifacts = (0,storage/* createArtifacts */.GC)(context);
                for (const [i, name] of artifactNames.entries()) {
                    const dir = await artifacts.download(name, external_node_path_default().join(scratch, String(i)));
                    const found = (await (0,promises_.readdir)(dir)).filter((f) => f.endsWith('.json'));
                    if (found.length !== 1)
                        throw (0,errors/* inputError */.Xu)(`artifact '${name}' holds ${found.length} JSON files (${found.join(', ') || 'none'}); expected one profile`);
                    files.push({ path: external_node_path_default().join(dir, found[0]), shown: `artifact ${name}/${found[0]}` });
                }
            }
            const profiles = await Promise.all(files.map((f) => (0,profile_file/* readProfileFile */.C)(f.path, f.shown)));
            const missing = (0,profile_dataset/* missingShards */.Q0)(profiles);
            if (missing.length)
                throw (0,errors/* inputError */.Xu)(`got ${profiles.length} of ${profiles[0].shard.count} shard profiles; missing shard${missing.length > 1 ? 's' : ''} ${missing.join(', ')}. A partial merge would not describe the whole dataset`);
            const merged = (0,profile_dataset/* mergeProfiles */.Ns)(profiles, files.map((f) => f.shown));
            const out = external_node_path_default().resolve(context.cwd, (0,commands_invocation/* stringOption */.Pp)(invocation, options/* Opt */.e3.Out) ?? `.mlgate/profiles/${merged.dataset}.profile.json`);
            await (0,profile.writeProfile)(merged, out);
            const text = (0,profile.profileText)(merged, external_node_path_default().relative(context.cwd, out) || out);
            const validated = await validateProfile(merged, invocation, context);
            if (!validated)
                return { exitCode: 0, text, json: (0,format/* profileToJson */.lu)(merged), outputs: { 'profile-path': out, verdict: '' } };
            const { result } = validated;
            const failed = (0,verdict/* failedErrorChecks */.hJ)(result);
            return {
                exitCode: result.verdict === 'fail' ? 1 : 0,
                text: `${text}\n${(0,verdict/* validationText */.nP)(result)}`,
                json: result,
                outputs: { 'profile-path': out, verdict: result.verdict },
                ...(result.verdict === 'fail' ? { failure: `${failed} data check${failed === 1 ? '' : 's'} of severity error failed (from the merged profile)` } : {}),
            };
        }
        finally {
            if (scratch)
                await (0,promises_.rm)(scratch, { recursive: true, force: true });
        }
    },
};


/***/ }),

/***/ 80463:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   profileArtifactName: () => (/* binding */ profileArtifactName),
/* harmony export */   profileCommand: () => (/* binding */ profileCommand),
/* harmony export */   profileText: () => (/* binding */ profileText),
/* harmony export */   writeProfile: () => (/* binding */ writeProfile)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _adapters_storage_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(61648);
/* harmony import */ var _domain_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(10241);
/* harmony import */ var _domain_profile_format_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(31623);
/* harmony import */ var _io_data_files_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2190);
/* harmony import */ var _io_data_profile_data_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(60325);
/* harmony import */ var _invocation_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(58386);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(26052);









/** Artifact name of a (shard) profile: what `merge-profiles --artifacts` downloads. */
function profileArtifactName(dataset, shard) {
    return shard && shard.count > 1 ? `mlgate-profile-${dataset}-${shard.index}-of-${shard.count}` : `mlgate-profile-${dataset}`;
}
function profileText(p, file) {
    const shard = p.shard ? ` (shard ${p.shard.index}/${p.shard.count}, by ${p.shard.by})` : p.parts > 1 ? ` (merged from ${p.parts} parts)` : '';
    const lines = [`profile of ${p.dataset}${shard}: ${p.rows} rows, ${p.columns.length} columns → ${file}`];
    for (const c of p.columns) {
        if (c.kind === 'numeric') {
            const n = c.moments.count;
            const eps = n ? c.sketch.rankError / n : 0;
            lines.push(`  ${c.name}: numeric, ${n} values, ${c.nulls} nulls, min ${n ? c.min : '-'}, max ${n ? c.max : '-'}, mean ${n ? c.moments.mean.toPrecision(6) : '-'}, quantile rank error ≤ ${(eps * 100).toFixed(3)}%`);
        }
        else
            lines.push(`  ${c.name}: categorical, ${c.count} values, ${c.nulls} nulls, ~${Math.round(c.distinct.estimate())} distinct${c.top.error ? `, top-k counts within ${c.top.error}` : ''}`);
    }
    return lines.join('\n');
}
async function writeProfile(p, file) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(file), { recursive: true });
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(file, `${JSON.stringify((0,_domain_profile_format_js__WEBPACK_IMPORTED_MODULE_4__/* .profileToJson */ .lu)(p))}\n`, 'utf8');
}
function selectDataset(inv, datasets) {
    const name = (0,_invocation_js__WEBPACK_IMPORTED_MODULE_7__/* .stringOption */ .Pp)(inv, _options_js__WEBPACK_IMPORTED_MODULE_8__/* .Opt */ .e3.Dataset);
    const names = datasets.map((d) => d.name);
    if (name === undefined) {
        if (datasets.length === 1)
            return datasets[0];
        throw (0,_domain_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .usageError */ .Wp)(`missing ${(0,_invocation_js__WEBPACK_IMPORTED_MODULE_7__/* .optionLabel */ .ed)(inv, _options_js__WEBPACK_IMPORTED_MODULE_8__/* .Opt */ .e3.Dataset)}: the config defines ${datasets.length} datasets (${names.join(', ') || 'none'}); say which one to profile`);
    }
    const d = datasets.find((x) => x.name === name);
    if (!d)
        throw (0,_domain_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .usageError */ .Wp)(`${(0,_invocation_js__WEBPACK_IMPORTED_MODULE_7__/* .optionLabel */ .ed)(inv, _options_js__WEBPACK_IMPORTED_MODULE_8__/* .Opt */ .e3.Dataset)} is '${name}', which is not in the config; expected one of: ${names.join(', ') || '(none)'}`);
    return d;
}
const profileCommand = {
    spec: {
        name: 'profile',
        summary: 'Write a mergeable profile (statistics + sketches) of a dataset or one shard of it.',
        positionals: '[files...]',
        options: [
            _options_js__WEBPACK_IMPORTED_MODULE_8__/* .configOption */ .KJ,
            _options_js__WEBPACK_IMPORTED_MODULE_8__/* .jsonOption */ .Ec,
            _options_js__WEBPACK_IMPORTED_MODULE_8__/* .datasetOption */ .kq,
            { name: _options_js__WEBPACK_IMPORTED_MODULE_8__/* .Opt */ .e3.Shard, type: 'string', description: 'i/n: profile only shard i of n (whole files when there are at least n, else blocks of 65,536 rows).' },
            { name: _options_js__WEBPACK_IMPORTED_MODULE_8__/* .Opt */ .e3.Out, type: 'string', description: 'Where to write the profile JSON (default .mlgate/profiles/<dataset>[.<i>-of-<n>].profile.json).' },
            { name: _options_js__WEBPACK_IMPORTED_MODULE_8__/* .Opt */ .e3.Upload, type: 'boolean', default: 'false', description: 'Also upload the profile as artifact mlgate-profile-<dataset>[-<i>-of-<n>] (runner artifact service, or .mlgate/artifacts outside a runner).' },
        ],
        outputs: [
            { name: 'profile-path', description: 'Path of the profile written.' },
            { name: 'artifact', description: 'Name of the artifact uploaded (with upload).' },
        ],
        stepAction: false,
    },
    async run(invocation, context) {
        const shardText = (0,_invocation_js__WEBPACK_IMPORTED_MODULE_7__/* .stringOption */ .Pp)(invocation, _options_js__WEBPACK_IMPORTED_MODULE_8__/* .Opt */ .e3.Shard);
        const shard = shardText === undefined ? undefined : (0,_io_data_profile_data_js__WEBPACK_IMPORTED_MODULE_6__/* .parseShard */ .uK)(shardText, (0,_invocation_js__WEBPACK_IMPORTED_MODULE_7__/* .optionLabel */ .ed)(invocation, _options_js__WEBPACK_IMPORTED_MODULE_8__/* .Opt */ .e3.Shard));
        let dataset;
        let root;
        if (invocation.positionals.length > 0) {
            dataset = { name: (0,_invocation_js__WEBPACK_IMPORTED_MODULE_7__/* .stringOption */ .Pp)(invocation, _options_js__WEBPACK_IMPORTED_MODULE_8__/* .Opt */ .e3.Dataset) ?? 'data', path: [...invocation.positionals] };
            root = context.cwd;
        }
        else {
            const loaded = await (0,_invocation_js__WEBPACK_IMPORTED_MODULE_7__/* .loadConfig */ .Z9)(invocation, context);
            dataset = selectDataset(invocation, loaded.config.datasets);
            root = loaded.root;
        }
        const files = await (0,_io_data_files_js__WEBPACK_IMPORTED_MODULE_5__/* .resolveDataFiles */ .A)(dataset.path, root, invocation.positionals.length ? 'files' : `dataset ${dataset.name}: path`, context.cwd);
        const profile = await (0,_io_data_profile_data_js__WEBPACK_IMPORTED_MODULE_6__/* .profileFiles */ .xc)(files, dataset, { shard });
        const suffix = profile.shard ? `.${profile.shard.index}-of-${profile.shard.count}` : '';
        const out = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(context.cwd, (0,_invocation_js__WEBPACK_IMPORTED_MODULE_7__/* .stringOption */ .Pp)(invocation, _options_js__WEBPACK_IMPORTED_MODULE_8__/* .Opt */ .e3.Out) ?? `.mlgate/profiles/${dataset.name}${suffix}.profile.json`);
        await writeProfile(profile, out);
        const outputs = { 'profile-path': out, artifact: '' };
        let text = profileText(profile, node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(context.cwd, out) || out);
        if ((0,_invocation_js__WEBPACK_IMPORTED_MODULE_7__/* .booleanOption */ .Ic)(invocation, _options_js__WEBPACK_IMPORTED_MODULE_8__/* .Opt */ .e3.Upload)) {
            const name = profileArtifactName(dataset.name, shard);
            const ref = await (0,_adapters_storage_js__WEBPACK_IMPORTED_MODULE_2__/* .createArtifacts */ .GC)(context).upload(name, [node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(out)], node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(out));
            outputs.artifact = name;
            text += `\nuploaded as artifact ${name}${ref.id !== undefined ? ` (id ${ref.id})` : ref.location ? ` (${ref.location})` : ''}`;
        }
        return { exitCode: 0, text, json: (0,_domain_profile_format_js__WEBPACK_IMPORTED_MODULE_4__/* .profileToJson */ .lu)(profile), outputs };
    },
};


/***/ }),

/***/ 66971:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   hJ: () => (/* binding */ failedErrorChecks),
/* harmony export */   lL: () => (/* binding */ validationVerdict),
/* harmony export */   nP: () => (/* binding */ validationText)
/* harmony export */ });
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
    const s = typeof v === 'string' ? v : JSON.stringify(v);
    return s.length > 80 ? `${s.slice(0, 77)}...` : s;
}
/** The human-readable summary printed to stdout. */
function validationText(result) {
    const lines = [];
    for (const ds of result.datasets) {
        const failed = ds.checks.filter((c) => c.status === 'fail' || c.status === 'warn');
        lines.push(`dataset ${ds.name}: ${ds.rows} rows, ${ds.checks.length} checks, ${failed.length} failed`);
        for (const c of failed) {
            lines.push(`  ${ICON[c.status]} ${c.column ? `${c.column}: ` : ''}${c.check} [${c.severity}] observed ${short(c.observed)}, expected ${short(c.expected)}; ${c.failing} failing (${(c.fraction * 100).toFixed(2)}%)${c.message ? ` — ${c.message}` : ''}`);
            for (const ex of c.examples)
                lines.push(`      ${ex.file}${ex.line !== undefined ? `:${ex.line}` : ` row ${ex.row}`}: ${short(ex.value)}`);
        }
        for (const c of ds.checks.filter((x) => x.status === 'skipped'))
            lines.push(`  - ${c.column ? `${c.column}: ` : ''}${c.check} skipped${c.message ? `: ${c.message}` : ''}`);
        for (const d of ds.drift ?? [])
            if (d.status !== 'pass')
                lines.push(`  ${ICON[d.status]} drift ${d.column}: ${d.method} ${d.score.toPrecision(4)} > ${d.threshold}`);
    }
    lines.push(`verdict: ${result.verdict}`);
    return lines.join('\n');
}


/***/ }),

/***/ 2190:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ resolveDataFiles)
/* harmony export */ });
/* unused harmony export segmentRegex */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _domain_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(10241);



const GLOB_CHARS = /[*?[{]/;
/** Regex of one glob path segment: `*`, `?`, `[abc]`, `{a,b}`. */
function segmentRegex(segment) {
    let re = '';
    let inBrace = false;
    for (let i = 0; i < segment.length; i++) {
        const c = segment[i];
        if (c === '*')
            re += '[^/]*';
        else if (c === '?')
            re += '[^/]';
        else if (c === '[') {
            const close = segment.indexOf(']', i + 1);
            if (close < 0)
                re += '\\[';
            else {
                const body = segment.slice(i + 1, close);
                re += `[${body.startsWith('!') ? `^${body.slice(1)}` : body}]`;
                i = close;
            }
        }
        else if (c === '{') {
            inBrace = true;
            re += '(?:';
        }
        else if (c === '}' && inBrace) {
            inBrace = false;
            re += ')';
        }
        else if (c === ',' && inBrace)
            re += '|';
        else
            re += c.replace(/[.+^$()|\\]/g, '\\$&');
    }
    return new RegExp(`^${re}$`);
}
async function isFile(p) {
    try {
        return (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(p)).isFile();
    }
    catch {
        return false;
    }
}
async function expand(base, segments) {
    if (segments.length === 0)
        return (await isFile(base)) ? [base] : [];
    const [head, ...rest] = segments;
    if (head === '**') {
        const here = await expand(base, rest);
        let entries;
        try {
            entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(base, { withFileTypes: true });
        }
        catch {
            return here;
        }
        const deeper = await Promise.all(entries.filter((e) => e.isDirectory() && !e.name.startsWith('.')).map((e) => expand(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(base, e.name), segments)));
        return [...here, ...deeper.flat()];
    }
    if (!GLOB_CHARS.test(head))
        return expand(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(base, head), rest);
    const re = segmentRegex(head);
    let entries;
    try {
        entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(base, { withFileTypes: true });
    }
    catch {
        return [];
    }
    const matches = entries.filter((e) => re.test(e.name) && (e.name.startsWith('.') === head.startsWith('.')));
    const found = await Promise.all(matches.map((e) => expand(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(base, e.name), rest)));
    return found.flat();
}
/**
 * The files a dataset `path` names: plain paths must exist; globs (`*`, `?`, `**`, `[..]`, `{a,b}`) must
 * match at least one file. Sorted by name, without repeats. `where` names the config field in errors.
 */
async function resolveDataFiles(patterns, root, where, displayRoot = root) {
    const list = typeof patterns === 'string' ? [patterns] : patterns;
    const out = new Map();
    for (const pattern of list) {
        const absolute = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(root, pattern);
        let found;
        if (!GLOB_CHARS.test(pattern)) {
            if (!(await isFile(absolute)))
                throw (0,_domain_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)(`${where}: data file '${pattern}' does not exist (looked in ${node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(absolute)})`, { file: pattern });
            found = [absolute];
        }
        else {
            const parts = absolute.split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep));
            const firstGlob = parts.findIndex((p) => GLOB_CHARS.test(p));
            const base = parts.slice(0, firstGlob).join((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)) || (node_path__WEBPACK_IMPORTED_MODULE_1___default().sep);
            found = await expand(base, parts.slice(firstGlob));
            if (found.length === 0)
                throw (0,_domain_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)(`${where}: the glob '${pattern}' matches no file (under ${base})`, { file: pattern });
        }
        for (const f of found)
            out.set(f, { path: f, name: displayName(displayRoot, f) });
    }
    return [...out.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
function displayName(root, file) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(root, file);
    return (rel.startsWith('..') || node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(rel) ? file : rel).split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).join('/');
}


/***/ }),

/***/ 81037:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  y: () => (/* binding */ collectColumns),
  JP: () => (/* binding */ readDataset),
  bm: () => (/* binding */ readForValidation),
  MT: () => (/* binding */ sortSettings)
});

// UNUSED EXPORTS: minParallelBytes

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/io/workers/chunk-workers.ts + 1 modules
var chunk_workers = __webpack_require__(14565);
// EXTERNAL MODULE: ./src/domain/errors.ts
var errors = __webpack_require__(10241);
// EXTERNAL MODULE: ./src/io/data/csv/chunk-worker.ts
var chunk_worker = __webpack_require__(22862);
// EXTERNAL MODULE: ./src/io/data/csv/tokenizer.ts
var tokenizer = __webpack_require__(55915);
// EXTERNAL MODULE: ./src/io/data/csv/record-chunks.ts
var record_chunks = __webpack_require__(41304);
// EXTERNAL MODULE: ./src/io/data/csv/row-arrays.ts
var row_arrays = __webpack_require__(30393);
;// CONCATENATED MODULE: ./src/io/data/csv/parallel.ts






/** Bytes per chunk (cut at a record boundary). MLGATE_CHUNK_BYTES overrides (tests: many chunks from a small file). */
const CHUNK_BYTES = 1 << 20;
function chunkBytes(env) {
    const n = Number(env.MLGATE_CHUNK_BYTES ?? '');
    return Number.isInteger(n) && n >= 1024 ? n : CHUNK_BYTES;
}
/** Chunks queued per worker: one it works on, one waiting, so it never idles between messages. */
const QUEUE_PER_WORKER = 2;
class WorkerPool {
    done;
    workers = [];
    failure;
    wake;
    constructor(count, job, done) {
        this.done = done;
        for (let k = 0; k < count; k++) {
            const worker = (0,chunk_workers/* takeChunkWorker */.r$)(count + 1);
            const slot = { worker, queued: 0, spare: [] };
            worker.on('message', (reply) => {
                slot.queued--;
                const buf = Buffer.from(reply.buf.buffer, reply.buf.byteOffset, reply.buf.byteLength);
                this.done(reply.id, reply.ok ? { ok: true, result: reply.result, buf, worker: k } : { ok: false, message: reply.message, line: reply.line });
                this.notify();
            });
            worker.on('error', (e) => {
                this.failure ??= e;
                this.notify();
            });
            worker.on('exit', (code) => {
                if (code !== 0)
                    this.failure ??= new Error(`worker thread exited with status ${code}`);
                this.notify();
            });
            worker.postMessage({ kind: 'job', job });
            this.workers.push(slot);
        }
    }
    get error() {
        return this.failure;
    }
    notify() {
        const wake = this.wake;
        this.wake = undefined;
        wake?.();
    }
    /** Resolves at the next reply or failure of a worker. */
    nextReply() {
        return new Promise((resolve) => {
            this.wake = resolve;
        });
    }
    /** Hands the chunk to a worker with room in its queue; false when all are busy. */
    offer(id, chunk, startLine, lines) {
        const slot = this.workers.reduce((best, w) => (w.queued < QUEUE_PER_WORKER && (!best || w.queued < best.queued) ? w : best), undefined);
        if (!slot)
            return false;
        slot.queued++;
        const spare = slot.spare.splice(0);
        slot.worker.postMessage({ kind: 'chunk', id, buf: chunk, startLine, lines, spare }, [chunk.buffer, ...spare]);
        return true;
    }
    /** Keeps the buffers of worker k's folded result, for its next chunk. */
    giveBack(k, buffers) {
        this.workers[k]?.spare.push(...buffers);
    }
    async close() {
        await Promise.all(this.workers.map((w) => w.worker.terminate()));
    }
}
function decoder(buf, records, header) {
    const n = header.names.length;
    const fields = (r) => {
        const tok = new tokenizer/* CsvTokenizer */.YB(header.delimiter, -1, Int32Array.from({ length: n }, (_, k) => k), n, 1);
        tok.tokenize(buf, records[2 * r], records[2 * r + 1], true);
        return header.names.map((_, k) => {
            const s = tok.offsets[2 * k];
            const e = tok.offsets[2 * k + 1];
            const flag = tok.flags[k];
            if (flag === 0 && s === e)
                return null;
            const t = buf.toString('utf8', s, e);
            return flag === 2 ? t.replaceAll('""', '"') : t;
        });
    };
    return {
        record: (r) => {
            const values = fields(r);
            return Object.fromEntries(header.names.map((name, k) => [name, values[k] ?? null]));
        },
        field: (r, column) => fields(r)[header.names.indexOf(column)] ?? null,
    };
}
function runHere(job, chunk, startLine, lines) {
    const buf = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    try {
        return { ok: true, result: (0,chunk_worker.processChunk)(job, buf, startLine, lines), buf, worker: -1 };
    }
    catch (error) {
        if (error instanceof tokenizer/* CsvSyntaxError */.oC)
            return { ok: false, message: error.message, line: error.line };
        throw error;
    }
}
/**
 * Reads a CSV file in chunks cut at record boundaries; `threads - 1` worker threads and this one
 * tokenize and check them (this thread takes a chunk whenever every worker's queue is full), and the
 * results are folded into `sink` (and the columns' values into `drift`) in file order, so counts and
 * examples equal a one-thread read.
 */
async function readCsvParallel(source, header, job, sink, threads, drift) {
    const ready = new Map();
    const pool = threads.count > 1 ? new WorkerPool(threads.count - 1, job, (id, outcome) => ready.set(id, outcome)) : undefined;
    const buffers = new record_chunks/* ChunkBuffers */.Jg(threads.chunkBytes);
    let nextId = 0;
    let folded = 0;
    const fold = () => {
        for (let outcome = ready.get(folded); outcome; outcome = ready.get(folded)) {
            ready.delete(folded++);
            if (!outcome.ok)
                throw (0,errors/* inputError */.Xu)(outcome.message, { file: source.file, line: outcome.line });
            sink.absorbChunk(source.file, outcome.result.summary, decoder(outcome.buf, outcome.result.records, header));
            if (outcome.result.drift)
                drift?.absorb(outcome.result.drift);
            // Examples were decoded in absorbChunk: the chunk's bytes and row arrays are no longer needed.
            buffers.give(outcome.buf.buffer);
            const spent = (0,chunk_worker.rowArrayBuffers)(outcome.result);
            if (outcome.worker < 0)
                (0,row_arrays/* recycleRowArrays */.G)(spent);
            else
                pool?.giveBack(outcome.worker, spent);
        }
    };
    const checkPool = () => {
        if (pool?.error)
            throw pool.error;
    };
    let line = header.nextLine;
    // Buffer's indexOf is a native memchr; Uint8Array's is several times slower.
    const dispatch = (chunk) => {
        const id = nextId++;
        const startLine = line;
        const lines = (0,chunk_worker.countLines)(chunk);
        line += lines;
        if (id === 0 && !source.gzip)
            sink.expectRows(Math.ceil((source.size / chunk.length) * lines * 1.05));
        if (!pool?.offer(id, chunk, startLine, lines))
            ready.set(id, runHere(job, chunk, startLine, lines));
        fold();
    };
    try {
        for await (const chunk of (0,record_chunks/* recordChunks */.WB)(source, header.endOffset, header.delimiter, buffers)) {
            checkPool();
            dispatch(chunk);
        }
        fold();
        while (folded < nextId) {
            checkPool();
            await pool.nextReply();
            fold();
        }
    }
    finally {
        await pool?.close();
    }
}

// EXTERNAL MODULE: ./src/io/data/csv/source.ts
var source = __webpack_require__(97105);
// EXTERNAL MODULE: ./src/io/data/open.ts + 1 modules
var data_open = __webpack_require__(35210);
// EXTERNAL MODULE: ./src/io/data/column-values.ts
var column_values = __webpack_require__(45626);
// EXTERNAL MODULE: ./src/io/data/parquet/source.ts
var parquet_source = __webpack_require__(50489);
;// CONCATENATED MODULE: ./src/io/data/read-dataset.ts







/** Streams every file of a dataset into `sink`, one file after the other. */
async function readDataset(files, dataset, sink) {
    for (const f of files) {
        const table = (0,data_open/* openTable */.R)(f.path, { displayName: f.name, format: dataset.format, delimiter: dataset.delimiter });
        const header = await table.columnNames();
        const columns = sink.startFile(f.name, header);
        for await (const batch of table.batches({ columns }))
            sink.consume(batch);
    }
}
/** CSV files (and columns to sort) at least this big are handled by worker threads too: starting one costs ~50 ms of CPU, which less data does not repay. MLGATE_PARALLEL_MIN_BYTES overrides (tests). */
const PARALLEL_MIN_BYTES = 16 << 20;
function minParallelBytes(env) {
    const n = Number(env.MLGATE_PARALLEL_MIN_BYTES ?? '');
    return Number.isFinite(n) && n > 0 ? n : PARALLEL_MIN_BYTES;
}
/**
 * Reads one file with the chunk pipeline when it is a big CSV file (on this thread alone too, where
 * its 4,096-row batches are faster than the streaming reader's); false when it is not (read it batch by batch).
 */
async function readChunked(table, f, env, checks, sink, streamer, drift) {
    const threads = (0,chunk_workers/* parallelThreads */.xb)(env);
    if (!(table instanceof source/* CsvSource */.U))
        return false;
    const size = (await (0,promises_.stat)(f.path)).size;
    if (size < minParallelBytes(env))
        return false;
    const info = await table.headerInfo();
    if (streamer) {
        // The columns' plans come from the file's first rows, as a one-thread read decides them.
        for await (const first of table.batches({ batchRows: column_values/* PLAN_SAMPLE_ROWS */.lD })) {
            streamer.plan(first);
            break;
        }
    }
    const job = {
        ...checks,
        file: f.name,
        header: info.names,
        delimiter: info.delimiter,
        ...(streamer ? { drift: { plans: Object.fromEntries(streamer.plans), columns: { columns: streamer.declared } } } : {}),
    };
    await readCsvParallel({ ...table.location, file: f.name, size }, info, job, sink, { count: threads, chunkBytes: chunkBytes(env) }, drift);
    return true;
}
/**
 * Validates one big Parquet file (by uncompressed size) on worker threads, only when MLGATE_THREADS asks
 * for them: on the shared 2-core bench machine two workers took ~1.5x the CPU and ~2x the memory of one
 * thread (over the 300 MiB target for 1M rows) and were not faster under load. False when not used.
 */
async function readParquetThreads(table, f, header, columns, validator, options) {
    const threads = (0,chunk_workers/* parallelThreads */.xb)(options.env);
    if (options.env.MLGATE_THREADS === undefined || threads < 2 || (await table.uncompressedBytes()) < minParallelBytes(options.env))
        return false;
    const { readParquetParallel } = await Promise.all(/* import() */[__webpack_require__.e(457), __webpack_require__.e(507)]).then(__webpack_require__.bind(__webpack_require__, 94507));
    await readParquetParallel(f.path, table, header, columns, validator, { now: options.now, maxExamples: options.maxExamples }, threads);
    return true;
}
/**
 * Feeds a dataset to its validator (and, with `drift`, every column's values to the collector):
 * big CSV/TSV files through the chunk pipeline (both cores), big Parquet files (without drift) on
 * worker threads when MLGATE_THREADS asks for them, everything else batch by batch in this thread. Results are identical either way.
 */
async function readForValidation(files, dataset, validator, options) {
    const streamer = options.drift ? new column_values/* ColumnStreamer */.iI(dataset, options.drift.sinks) : undefined;
    const checks = { columns: validator.workerColumns(), unique: validator.uniqueColumns(), rowHashes: validator.checksDuplicates, now: options.now, maxExamples: options.maxExamples };
    for (const f of files) {
        const table = (0,data_open/* openTable */.R)(f.path, { displayName: f.name, format: dataset.format, delimiter: dataset.delimiter });
        const header = await table.columnNames();
        const columns = validator.startFile(f.name, header);
        if (validator.parallelizable && (await readChunked(table, f, options.env, checks, validator, streamer, options.drift)))
            continue;
        // The footer gives the row count: the hash sets of uniqueness and duplicates are sized once (up to a
        // bound: a damaged footer must not make them huge; past it they grow as they fill).
        if (table instanceof parquet_source/* ParquetSource */.W)
            validator.expectRows(Math.max(0, Math.min((await table.knownRowCount()) || 0, 1 << 22)));
        if (table instanceof parquet_source/* ParquetSource */.W && validator.parallelizable && !streamer && (await readParquetThreads(table, f, header, columns, validator, options)))
            continue;
        for await (const batch of table.batches(streamer ? { batchRows: column_values/* PLAN_SAMPLE_ROWS */.lD } : { columns })) {
            validator.consume(batch);
            streamer?.consume(batch);
        }
    }
}
/** How `sortColumns` should sort under this environment. */
function sortSettings(env) {
    return { threads: (0,chunk_workers/* parallelThreads */.xb)(env), minBytes: minParallelBytes(env) };
}
/** Counts the rows of chunks whose checks are not wanted. */
class RowCount {
    rows = 0;
    absorbChunk(_file, summary) {
        this.rows += summary.rows;
    }
    expectRows() { }
}
/** Every value of every column of `files` into `collector` (exact drift, reference profiles): big CSV files on both cores. */
async function collectColumns(files, dataset, collector, env) {
    const streamer = new column_values/* ColumnStreamer */.iI(dataset, collector.sinks);
    const noChecks = { columns: {}, unique: [], rowHashes: false, now: 0, maxExamples: 0 };
    let rows = 0;
    const sources = [];
    for (const f of files) {
        const table = (0,data_open/* openTable */.R)(f.path, { displayName: f.name, format: dataset.format, delimiter: dataset.delimiter });
        let fileRows = 0;
        const count = new RowCount();
        if (await readChunked(table, f, env, noChecks, count, streamer, collector))
            fileRows = count.rows;
        else {
            for await (const batch of table.batches({ batchRows: column_values/* PLAN_SAMPLE_ROWS */.lD })) {
                streamer.consume(batch);
                fileRows += batch.length;
            }
        }
        rows += fileRows;
        sources.push({ file: f.name, rows: fileRows });
    }
    return { rows, sources };
}


/***/ })

};
