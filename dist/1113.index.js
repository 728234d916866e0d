export const id = 1113;
export const ids = [1113];
export const modules = {

/***/ 61113:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   mergeProfilesCommand: () => (/* binding */ mergeProfilesCommand)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _adapters_storage_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(61648);
/* harmony import */ var _domain_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(10241);
/* harmony import */ var _domain_profile_dataset_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(66313);
/* harmony import */ var _merged_profiles_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(11375);
/* harmony import */ var _domain_profile_format_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(50366);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_8___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_8__);
/* harmony import */ var _domain_drift_evaluate_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(10332);
/* harmony import */ var _domain_profile_checks_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(97713);
/* harmony import */ var _domain_validation_verdict_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(66971);
/* harmony import */ var _io_data_drift_reference_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(82629);
/* harmony import */ var _drift_step_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(89112);
/* harmony import */ var _io_files_profile_file_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(69980);
/* harmony import */ var _invocation_js__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(58386);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_16__ = __webpack_require__(26052);
/* harmony import */ var _profile_js__WEBPACK_IMPORTED_MODULE_17__ = __webpack_require__(80463);


















const list = (s) => (s ?? '').split(/[\n,]/).map((x) => x.trim()).filter(Boolean);
/** With a config that defines the profiled dataset: its checks and drift, answered from the merged profile. */
async function validateProfile(merged, invocation, context) {
    const explicit = (0,_invocation_js__WEBPACK_IMPORTED_MODULE_15__/* .stringOption */ .Pp)(invocation, _options_js__WEBPACK_IMPORTED_MODULE_16__/* .Opt */ .e3.Config);
    // Not a literal file name: ncc's asset relocator would rewrite path.resolve(<dir>, 'mlgate.yml') into dist/ whenever
    // the repository holds a file of that name (templates/mlgate.yml, examples/churn/mlgate.yml).
    if (explicit === undefined && !(0,node_fs__WEBPACK_IMPORTED_MODULE_8__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(context.cwd, _options_js__WEBPACK_IMPORTED_MODULE_16__/* .configOption */ .KJ.default ?? 'mlgate.yml')))
        return undefined;
    const loaded = await (0,_invocation_js__WEBPACK_IMPORTED_MODULE_15__/* .loadConfig */ .Z9)(invocation, context);
    const index = loaded.config.datasets.findIndex((d) => d.name === merged.dataset);
    if (index < 0)
        return undefined;
    const dataset = loaded.config.datasets[index];
    const ds = (0,_domain_profile_checks_js__WEBPACK_IMPORTED_MODULE_10__/* .profileDatasetResult */ .R)(merged, dataset);
    if (dataset.drift) {
        const where = `datasets[${index}].drift.reference (${dataset.name})`;
        const reference = await (0,_io_data_drift_reference_js__WEBPACK_IMPORTED_MODULE_12__/* .loadReference */ .Q)(dataset, loaded.root, where, { cwd: context.cwd, env: context.env, cache: (0,_adapters_storage_js__WEBPACK_IMPORTED_MODULE_3__/* .createCache */ .VC)(context) });
        ds.drift =
            'skipped' in reference
                ? [{ column: '(dataset)', method: dataset.drift.method, score: 0, threshold: 0, status: 'skipped', message: reference.skipped }]
                : (0,_domain_drift_evaluate_js__WEBPACK_IMPORTED_MODULE_9__/* .evaluateDrift */ .$v)({ reference: await reference.columns, current: (0,_domain_profile_dataset_js__WEBPACK_IMPORTED_MODULE_5__/* .profileDistributions */ .R_)(merged), config: dataset.drift, columns: dataset.columns });
        if (!('skipped' in reference))
            await (0,_drift_step_js__WEBPACK_IMPORTED_MODULE_13__.warnUnsaved)(reference, dataset.name, context);
    }
    return { result: { verdict: (0,_domain_validation_verdict_js__WEBPACK_IMPORTED_MODULE_11__/* .validationVerdict */ .lL)([ds]), datasets: [ds] } };
}
const mergeProfilesCommand = {
    spec: {
        name: 'merge-profiles',
        summary: 'Merge shard profiles into one; with a config defining the dataset, also answer its checks and drift from the merged profile.',
        positionals: '<profiles...>',
        options: [
            _options_js__WEBPACK_IMPORTED_MODULE_16__/* .configOption */ .KJ,
            _options_js__WEBPACK_IMPORTED_MODULE_16__/* .jsonOption */ .Ec,
            { name: _options_js__WEBPACK_IMPORTED_MODULE_16__/* .Opt */ .e3.Files, type: 'string', description: 'Profile files to merge (comma- or newline-separated); the CLI also takes them as arguments.' },
            { name: _options_js__WEBPACK_IMPORTED_MODULE_16__/* .Opt */ .e3.Artifacts, type: 'string', description: 'Artifacts holding shard profiles to download and merge (comma- or newline-separated names, as `profile` with upload names them).' },
            { name: _options_js__WEBPACK_IMPORTED_MODULE_16__/* .Opt */ .e3.Out, type: 'string', description: 'Where to write the merged profile (default .mlgate/profiles/<dataset>.profile.json).' },
        ],
        outputs: [
            { name: 'profile-path', description: 'Path of the merged profile.' },
            { name: 'verdict', description: "pass, warn or fail: the dataset's checks and drift answered from the merged profile (empty when the config does not define the dataset). As with validate, fail exits 1." },
        ],
        stepAction: false,
    },
    async run(invocation, context) {
        const files = [...invocation.positionals, ...list((0,_invocation_js__WEBPACK_IMPORTED_MODULE_15__/* .stringOption */ .Pp)(invocation, _options_js__WEBPACK_IMPORTED_MODULE_16__/* .Opt */ .e3.Files))].map((f) => ({ path: node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(context.cwd, f), shown: f }));
        const artifactNames = list((0,_invocation_js__WEBPACK_IMPORTED_MODULE_15__/* .stringOption */ .Pp)(invocation, _options_js__WEBPACK_IMPORTED_MODULE_16__/* .Opt */ .e3.Artifacts));
        if (files.length + artifactNames.length === 0)
            throw (0,_domain_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .usageError */ .Wp)(`nothing to merge: give profile files${invocation.surface === 'cli' ? ' as arguments' : ` in ${(0,_invocation_js__WEBPACK_IMPORTED_MODULE_15__/* .optionLabel */ .ed)(invocation, _options_js__WEBPACK_IMPORTED_MODULE_16__/* .Opt */ .e3.Files)}`} or artifact names in ${(0,_invocation_js__WEBPACK_IMPORTED_MODULE_15__/* .optionLabel */ .ed)(invocation, _options_js__WEBPACK_IMPORTED_MODULE_16__/* .Opt */ .e3.Artifacts)}`);
        let scratch;
        try {
            if (artifactNames.length) {
                scratch = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join((0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'mlgate-profiles-'));
                const artifacts = (0,_adapters_storage_js__WEBPACK_IMPORTED_MODULE_3__/* .createArtifacts */ .GC)(context);
                for (const [i, name] of artifactNames.entries()) {
                    const dir = await artifacts.download(name, node_path__WEBPACK_IMPORTED_MODULE_2___default().join(scratch, String(i)));
                    const found = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir)).filter((f) => f.endsWith('.json'));
                    if (found.length !== 1)
                        throw (0,_domain_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .inputError */ .Xu)(`artifact '${name}' holds ${found.length} JSON files (${found.join(', ') || 'none'}); expected one profile`);
                    files.push({ path: node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, found[0]), shown: `artifact ${name}/${found[0]}` });
                }
            }
            const profiles = await Promise.all(files.map((f) => (0,_io_files_profile_file_js__WEBPACK_IMPORTED_MODULE_14__/* .readProfileFile */ .C)(f.path, f.shown)));
            const merged = (0,_merged_profiles_js__WEBPACK_IMPORTED_MODULE_6__/* .mergeShardProfiles */ .T)(profiles, files.map((f) => f.shown));
            const out = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(context.cwd, (0,_invocation_js__WEBPACK_IMPORTED_MODULE_15__/* .stringOption */ .Pp)(invocation, _options_js__WEBPACK_IMPORTED_MODULE_16__/* .Opt */ .e3.Out) ?? `.mlgate/profiles/${merged.dataset}.profile.json`);
            await (0,_profile_js__WEBPACK_IMPORTED_MODULE_17__.writeProfile)(merged, out);
            const text = (0,_profile_js__WEBPACK_IMPORTED_MODULE_17__.profileText)(merged, node_path__WEBPACK_IMPORTED_MODULE_2___default().relative(context.cwd, out) || out);
            const validated = await validateProfile(merged, invocation, context);
            if (!validated)
                return { exitCode: 0, text, json: (0,_domain_profile_format_js__WEBPACK_IMPORTED_MODULE_7__/* .profileToJson */ .lu)(merged), outputs: { 'profile-path': out, verdict: '' } };
            const { result } = validated;
            const failed = (0,_domain_validation_verdict_js__WEBPACK_IMPORTED_MODULE_11__/* .failedErrorChecks */ .hJ)(result);
            return {
                exitCode: result.verdict === 'fail' ? 1 : 0,
                text: `${text}\n${(0,_domain_validation_verdict_js__WEBPACK_IMPORTED_MODULE_11__/* .validationText */ .nP)(result)}`,
                json: result,
                outputs: { 'profile-path': out, verdict: result.verdict },
                ...(result.verdict === 'fail' ? { failure: `${failed} data check${failed === 1 ? '' : 's'} of severity error failed (from the merged profile)` } : {}),
            };
        }
        finally {
            if (scratch)
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(scratch, { recursive: true, force: true });
        }
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
/* harmony import */ var _domain_profile_format_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(50366);
/* harmony import */ var _io_data_files_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2190);
/* harmony import */ var _io_data_profile_data_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(75942);
/* harmony import */ var _io_data_read_progress_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(81581);
/* harmony import */ var _invocation_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(58386);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(26052);
/* harmony import */ var _domain_profile_row_checks_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(7654);
/* harmony import */ var _domain_validation_dataset_validator_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(81332);
/* harmony import */ var _validate_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(30010);













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
    const rc = p.rowChecks;
    if (rc) {
        const keys = [...Object.entries(rc.unique).map(([c, t]) => `${c} ${t.file.length}`), ...(rc.duplicates ? [`rows ${rc.duplicates.file.length}`] : [])];
        lines.push(`  row checks of every configured check over ${rc.validator.rows} rows${keys.length ? `; distinct keys (64-bit hashes): ${keys.join(', ')}` : ''}`);
    }
    return lines.join('\n');
}
async function writeProfile(p, file) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(file), { recursive: true });
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(file, `${JSON.stringify((0,_domain_profile_format_js__WEBPACK_IMPORTED_MODULE_4__/* .profileToJson */ .lu)(p))}\n`, 'utf8');
}
function selectDataset(inv, datasets) {
    const name = (0,_invocation_js__WEBPACK_IMPORTED_MODULE_8__/* .stringOption */ .Pp)(inv, _options_js__WEBPACK_IMPORTED_MODULE_9__/* .Opt */ .e3.Dataset);
    const names = datasets.map((d) => d.name);
    if (name === undefined) {
        if (datasets.length === 1)
            return datasets[0];
        throw (0,_domain_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .usageError */ .Wp)(`missing ${(0,_invocation_js__WEBPACK_IMPORTED_MODULE_8__/* .optionLabel */ .ed)(inv, _options_js__WEBPACK_IMPORTED_MODULE_9__/* .Opt */ .e3.Dataset)}: the config defines ${datasets.length} datasets (${names.join(', ') || 'none'}); say which one to profile`);
    }
    const d = datasets.find((x) => x.name === name);
    if (!d)
        throw (0,_domain_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .usageError */ .Wp)(`${(0,_invocation_js__WEBPACK_IMPORTED_MODULE_8__/* .optionLabel */ .ed)(inv, _options_js__WEBPACK_IMPORTED_MODULE_9__/* .Opt */ .e3.Dataset)} is '${name}', which is not in the config; expected one of: ${names.join(', ') || '(none)'}`);
    return d;
}
/**
 * The row checks of a dataset from the config, so that the merged shard profiles answer every check without the
 * rows: a `leakage` check reads its target's keys here, on the shard's runner, which has the data.
 */
async function rowChecksBuilder(dataset, loaded, context) {
    const maxExamples = dataset.max_examples ?? loaded.config.report?.max_examples ?? _domain_validation_dataset_validator_js__WEBPACK_IMPORTED_MODULE_11__/* .DEFAULT_MAX_EXAMPLES */ .b8;
    const leak = dataset.leakage;
    let leakageTarget;
    if (leak) {
        const index = loaded.config.datasets.findIndex((d) => d.name === leak.against);
        const target = loaded.config.datasets[index];
        const files = await (0,_io_data_files_js__WEBPACK_IMPORTED_MODULE_5__/* .resolveDataFiles */ .A)(target.path, loaded.root, `datasets[${index}].path (${target.name})`, context.cwd);
        leakageTarget = await (0,_validate_js__WEBPACK_IMPORTED_MODULE_12__.collectKeys)(target, leak.key, files);
    }
    // The keys other datasets' leakage checks compare with, so that the gate need not read this dataset for them.
    const keyLists = loaded.config.datasets.filter((d) => d.leakage?.against === dataset.name).map((d) => d.leakage.key);
    return new _domain_profile_row_checks_js__WEBPACK_IMPORTED_MODULE_10__/* .RowChecksBuilder */ .tc(dataset, { now: Date.now(), maxExamples }, { leakageTarget, collectKeys: keyLists });
}
const profileCommand = {
    spec: {
        name: 'profile',
        summary: 'Write a mergeable profile (statistics + sketches) of a dataset or one shard of it.',
        positionals: '[files...]',
        options: [
            _options_js__WEBPACK_IMPORTED_MODULE_9__/* .configOption */ .KJ,
            _options_js__WEBPACK_IMPORTED_MODULE_9__/* .jsonOption */ .Ec,
            _options_js__WEBPACK_IMPORTED_MODULE_9__/* .datasetOption */ .kq,
            { name: _options_js__WEBPACK_IMPORTED_MODULE_9__/* .Opt */ .e3.Shard, type: 'string', description: 'i/n: profile only shard i of n (whole files when there are at least n, else blocks of 65,536 rows).' },
            { name: _options_js__WEBPACK_IMPORTED_MODULE_9__/* .Opt */ .e3.Out, type: 'string', description: 'Where to write the profile JSON (default .mlgate/profiles/<dataset>[.<i>-of-<n>].profile.json).' },
            { name: _options_js__WEBPACK_IMPORTED_MODULE_9__/* .Opt */ .e3.Upload, type: 'boolean', default: 'false', description: 'Also upload the profile as artifact mlgate-profile-<dataset>[-<i>-of-<n>] (runner artifact service, or .mlgate/artifacts outside a runner).' },
        ],
        outputs: [
            { name: 'profile-path', description: 'Path of the profile written.' },
            { name: 'artifact', description: 'Name of the artifact uploaded (with upload).' },
        ],
        stepAction: false,
    },
    async run(invocation, context) {
        const shardText = (0,_invocation_js__WEBPACK_IMPORTED_MODULE_8__/* .stringOption */ .Pp)(invocation, _options_js__WEBPACK_IMPORTED_MODULE_9__/* .Opt */ .e3.Shard);
        const shard = shardText === undefined ? undefined : (0,_io_data_profile_data_js__WEBPACK_IMPORTED_MODULE_6__/* .parseShard */ .uK)(shardText, (0,_invocation_js__WEBPACK_IMPORTED_MODULE_8__/* .optionLabel */ .ed)(invocation, _options_js__WEBPACK_IMPORTED_MODULE_9__/* .Opt */ .e3.Shard));
        let dataset;
        let root;
        let rows;
        if (invocation.positionals.length > 0) {
            dataset = { name: (0,_invocation_js__WEBPACK_IMPORTED_MODULE_8__/* .stringOption */ .Pp)(invocation, _options_js__WEBPACK_IMPORTED_MODULE_9__/* .Opt */ .e3.Dataset) ?? 'data', path: [...invocation.positionals] };
            root = context.cwd;
        }
        else {
            const loaded = await (0,_invocation_js__WEBPACK_IMPORTED_MODULE_8__/* .loadConfig */ .Z9)(invocation, context);
            dataset = selectDataset(invocation, loaded.config.datasets);
            root = loaded.root;
            rows = await rowChecksBuilder(dataset, loaded, context);
        }
        const files = await (0,_io_data_files_js__WEBPACK_IMPORTED_MODULE_5__/* .resolveDataFiles */ .A)(dataset.path, root, invocation.positionals.length ? 'files' : `dataset ${dataset.name}: path`, context.cwd);
        const progress = await _io_data_read_progress_js__WEBPACK_IMPORTED_MODULE_7__/* .ReadProgress */ .i.start(context.progress, `profiling ${dataset.name}`, files);
        const profile = await (0,_io_data_profile_data_js__WEBPACK_IMPORTED_MODULE_6__/* .profileFiles */ .xc)(files, dataset, { shard, rows, ...(progress ? { progress } : {}) }).finally(() => progress?.end());
        const suffix = profile.shard ? `.${profile.shard.index}-of-${profile.shard.count}` : '';
        const out = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(context.cwd, (0,_invocation_js__WEBPACK_IMPORTED_MODULE_8__/* .stringOption */ .Pp)(invocation, _options_js__WEBPACK_IMPORTED_MODULE_9__/* .Opt */ .e3.Out) ?? `.mlgate/profiles/${dataset.name}${suffix}.profile.json`);
        await writeProfile(profile, out);
        const outputs = { 'profile-path': out, artifact: '' };
        let text = profileText(profile, node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(context.cwd, out) || out);
        if ((0,_invocation_js__WEBPACK_IMPORTED_MODULE_8__/* .booleanOption */ .Ic)(invocation, _options_js__WEBPACK_IMPORTED_MODULE_9__/* .Opt */ .e3.Upload)) {
            const name = profileArtifactName(dataset.name, shard);
            const ref = await (0,_adapters_storage_js__WEBPACK_IMPORTED_MODULE_2__/* .createArtifacts */ .GC)(context).upload(name, [node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(out)], node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(out));
            outputs.artifact = name;
            text += `\nuploaded as artifact ${name}${ref.id !== undefined ? ` (id ${ref.id})` : ref.location ? ` (${ref.location})` : ''}`;
        }
        return { exitCode: 0, text, json: (0,_domain_profile_format_js__WEBPACK_IMPORTED_MODULE_4__/* .profileToJson */ .lu)(profile), outputs };
    },
};


/***/ })

};
