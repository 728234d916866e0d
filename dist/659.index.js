export const id = 659;
export const ids = [659,452,738];
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
// EXTERNAL MODULE: ./src/domain/profile/dataset.ts + 1 modules
var profile_dataset = __webpack_require__(4908);
// EXTERNAL MODULE: ./src/domain/profile/format.ts
var format = __webpack_require__(31623);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/domain/drift/evaluate.ts + 6 modules
var evaluate = __webpack_require__(12100);
// EXTERNAL MODULE: ./src/domain/validation/failing-units.ts
var failing_units = __webpack_require__(1104);
// EXTERNAL MODULE: ./src/domain/validation/findings.ts
var findings = __webpack_require__(79746);
;// CONCATENATED MODULE: ./src/domain/profile/checks.ts


const ROW_LEVEL = ['pattern', 'unique', 'min_length', 'max_length', 'max_age'];
function skipped(column, check, severity, why) {
    return { column, check, severity, status: 'skipped', observed: null, expected: null, failing: 0, fraction: 0, examples: [], message: why };
}
function columnChecks(name, cfg, col, rows, files) {
    const severity = cfg.severity ?? 'error';
    const out = [];
    if (!col) {
        // A merged profile has every column any shard saw: missing from it is missing from every file profiled.
        const missingIn = Math.max(1, files);
        if (cfg.required !== false)
            out.push((0,findings/* finding */.gk)({ column: name, check: 'required', severity, failed: true, failing: missingIn, total: missingIn, unit: 'files', observed: 'missing from the profile', expected: 'present' }));
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
    checks.push((0,failing_units/* rowsCheck */.y0)(profile.rows, dataset.rows));
    const byName = new Map(profile.columns.map((c) => [c.name, c]));
    for (const [name, cfg] of Object.entries(dataset.columns ?? {}))
        checks.push(...columnChecks(name, cfg, byName.get(name), profile.rows, profile.sources.length));
    if (dataset.strict_columns) {
        const extra = profile.columns.map((c) => c.name).filter((c) => !(dataset.columns && c in dataset.columns));
        checks.push((0,failing_units/* strictColumnsCheck */.Nk)(extra, profile.columns.length));
    }
    for (const key of ['duplicates', 'leakage'])
        if (dataset[key] !== undefined)
            checks.push({ check: key, severity: 'error', status: 'skipped', observed: null, expected: null, failing: 0, fraction: 0, examples: [], message: 'needs the rows; not answerable from a profile' });
    return { name: dataset.name, files: profile.sources.map((s) => s.file), rows: profile.rows, checks };
}

// EXTERNAL MODULE: ./src/domain/validation/verdict.ts
var verdict = __webpack_require__(66971);
// EXTERNAL MODULE: ./src/io/data/drift-reference.ts + 2 modules
var drift_reference = __webpack_require__(26676);
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
            { name: 'verdict', description: "pass, warn or fail: the dataset's checks and drift answered from the merged profile (empty when the config does not define the dataset). As with validate, fail exits 1." },
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
/* harmony import */ var _io_data_profile_data_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(89586);
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

/***/ 67518:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cn: () => (/* binding */ describeCheck)
/* harmony export */ });
/* unused harmony exports dateText, valueWords */
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(47364);
/* harmony import */ var _shorten_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(30738);


/** Row-level checks that `mostly` relaxes: the config's value is wrapped as `{ value, mostly }`. */
function unwrap(expected) {
    if (isRecord(expected) && 'mostly' in expected && 'value' in expected && typeof expected.mostly === 'number')
        return { value: expected.value, mostly: expected.mostly };
    return { value: expected };
}
function isRecord(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
/** A date-time as a date when it is midnight UTC, else to the minute. */
function dateText(iso) {
    const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/.exec(iso);
    if (!m)
        return iso;
    const [, day = '', hm = '', sec = '', , zone = ''] = m;
    if (hm === '00:00' && /^(:00(\.0+)?)?$/.test(sec) && (zone === 'Z' || zone === '' || /^[+-]00:?00$/.test(zone)))
        return day;
    return `${day} ${hm}${zone === 'Z' ? ' UTC' : zone ? ` ${zone}` : ''}`;
}
/** Any value in words: numbers formatted, dates as dates, lists shortened, objects as `key value` pairs. */
function valueWords(v) {
    if (v === null || v === undefined)
        return '—';
    if (typeof v === 'number')
        return (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .num */ .bu)(v);
    if (typeof v === 'string')
        return dateText(v);
    if (typeof v === 'boolean' || typeof v === 'bigint')
        return String(v);
    if (Array.isArray(v))
        return (0,_shorten_js__WEBPACK_IMPORTED_MODULE_1__/* .listWithMore */ .k)(v.map(valueWords), 60);
    if (isRecord(v))
        return Object.entries(v).map(([k, x]) => `${k.replace(/_/g, ' ')} ${valueWords(x)}`).join(', ');
    return typeof v; // functions and symbols never come from results
}
/** Counts inside the validator's sentences (`3413 not matching`) grouped like the rest (`3,413`); dates untouched. */
function groupNumbers(s) {
    return s.replace(/(?<![\d.:/-])\d{4,}(?![\d.:/-])/g, (d) => (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .count */ .U9)(Number(d)));
}
/** An observed value: the validator's sentences with their counts grouped. */
function observedWords(v) {
    return typeof v === 'string' ? groupNumbers(dateText(v)) : valueWords(v);
}
function ageText(hours) {
    if (hours < 48)
        return `${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .num */ .bu)(Number(hours.toFixed(1)))} hours`;
    return (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(Math.round(hours / 24), 'day');
}
function bound(op, v) {
    return `${op} ${valueWords(v)}`;
}
/** What a row-level check expects of each value; `mostly` turns it into a share. */
const ROW_EXPECTED = {
    type: (v) => `${valueWords(v)}`,
    min: (v) => bound('≥', v),
    max: (v) => bound('≤', v),
    in: (v) => `one of ${Array.isArray(v) ? (0,_shorten_js__WEBPACK_IMPORTED_MODULE_1__/* .listWithMore */ .k)(v.map(valueWords), 50) : valueWords(v)}`,
    not_in: (v) => `none of ${Array.isArray(v) ? (0,_shorten_js__WEBPACK_IMPORTED_MODULE_1__/* .listWithMore */ .k)(v.map(valueWords), 50) : valueWords(v)}`,
    pattern: (v) => `matches /${String(v)}/`,
    min_length: (v) => `length ≥ ${valueWords(v)}`,
    max_length: (v) => `length ≤ ${valueWords(v)}`,
};
function rowLevel(c) {
    const { value, mostly } = unwrap(c.expected);
    const base = ROW_EXPECTED[c.check](value);
    const expected = mostly !== undefined ? `${base} in ≥ ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .share */ .uM)(mostly)} of values` : base;
    let observed;
    if (c.check === 'min' || c.check === 'max') {
        const word = typeof c.observed === 'string' ? (c.check === 'min' ? 'earliest' : 'latest') : c.check;
        observed = c.observed === null || c.observed === undefined ? 'no valid values' : `${word} ${valueWords(c.observed)}`;
    }
    else
        observed = observedWords(c.observed);
    if (mostly !== undefined && c.failing > 0)
        observed = `${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .share */ .uM)(1 - c.fraction)} ok (${observed})`;
    return { expected, observed };
}
const DATASET = {
    rows: (c) => {
        const e = isRecord(c.expected) ? c.expected : {};
        const min = typeof e.min === 'number' ? e.min : undefined;
        const max = typeof e.max === 'number' ? e.max : undefined;
        const expected = min !== undefined && max !== undefined ? `${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .count */ .U9)(min)}–${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .count */ .U9)(max)} rows` : max !== undefined ? `≤ ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .count */ .U9)(max)} rows` : `≥ ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .count */ .U9)(min ?? 0)} rows`;
        return { expected, observed: typeof c.observed === 'number' ? (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(c.observed, 'row') : valueWords(c.observed) };
    },
    duplicates: (c) => {
        const e = isRecord(c.expected) ? c.expected : {};
        const max = typeof e.max_fraction === 'number' ? e.max_fraction : 0;
        return { expected: `≤ ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .share */ .uM)(max)} duplicate rows`, observed: typeof c.observed === 'number' ? `${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .share */ .uM)(c.observed)} duplicate rows` : valueWords(c.observed) };
    },
    leakage: (c) => {
        const e = isRecord(c.expected) ? c.expected : {};
        const key = Array.isArray(e.key) ? e.key.map(String).join('+') : valueWords(e.key);
        const max = typeof e.max_fraction === 'number' ? e.max_fraction : 0;
        return { expected: `≤ ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .share */ .uM)(max)} of rows share a ${key} with ${valueWords(e.against)}`, observed: observedWords(c.observed) };
    },
    strict_columns: (c) => ({ expected: valueWords(c.expected), observed: Array.isArray(c.observed) ? (c.observed.length ? `extra: ${(0,_shorten_js__WEBPACK_IMPORTED_MODULE_1__/* .listWithMore */ .k)(c.observed.map(String), 60)}` : 'no extra columns') : valueWords(c.observed) }),
    nullable: (c) => ({ expected: 'no nulls', observed: typeof c.observed === 'number' ? (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(c.observed, 'null') : valueWords(c.observed) }),
    max_null_fraction: (c) => ({ expected: `≤ ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .share */ .uM)(Number(c.expected))} nulls`, observed: typeof c.observed === 'number' ? `${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .share */ .uM)(c.observed)} nulls` : valueWords(c.observed) }),
    max_age: (c) => {
        const o = c.observed;
        const observed = isRecord(o) && typeof o.age_hours === 'number' ? `newest ${dateText(String(o.newest))} (${ageText(o.age_hours)} old)` : valueWords(o);
        return { expected: typeof c.expected === 'string' ? c.expected.replace(/^newest value at most (.*) old$/, 'newest at most $1 old') : valueWords(c.expected), observed };
    },
};
/** Expected and observed of one check, in words. */
function describeCheck(c) {
    if (c.status === 'skipped')
        return { expected: c.expected === null || c.expected === undefined ? '—' : valueWords(unwrap(c.expected).value), observed: '—' };
    if (c.check in ROW_EXPECTED)
        return rowLevel(c);
    const own = DATASET[c.check];
    if (own)
        return own(c);
    return { expected: valueWords(c.expected), observed: observedWords(c.observed) };
}


/***/ }),

/***/ 73958:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MT: () => (/* binding */ measureName),
/* harmony export */   gv: () => (/* binding */ driftSummary),
/* harmony export */   gz: () => (/* binding */ DATASET_DRIFT_ROW),
/* harmony export */   tX: () => (/* binding */ driftSection)
/* harmony export */ });
/* unused harmony export DRIFT_MEASURE */
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(33576);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(47364);



/** The row carrying the share-of-drifted-columns verdict: a dataset finding, not a column. */
const DATASET_DRIFT_ROW = '(dataset)';
/** What each method's score is, in words. */
const DRIFT_MEASURE = {
    ks: 'KS distance D',
    chi2: "Cohen's w",
    psi: 'PSI',
    wasserstein: 'Wasserstein / std',
    jensen_shannon: 'Jensen–Shannon distance',
    linf: 'L∞ distance',
    share_of_drifted_columns: 'share of drifted columns',
};
function measureName(method) {
    return DRIFT_MEASURE[method] ?? method;
}
const isDrift = (x) => x.status === 'fail' || x.status === 'warn';
const columnsOf = (d) => (d.drift ?? []).filter((x) => x.column !== DATASET_DRIFT_ROW);
/** `drift in 2 of 33 compared columns` for the dataset's summary line. */
function driftSummary(d) {
    const compared = columnsOf(d).filter((x) => x.status !== 'skipped');
    if (compared.length === 0)
        return '';
    return `drift in ${compared.filter(isDrift).length} of ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(compared.length, 'compared column')}`;
}
/** `0.31 > 0.1` (drifted) or `0.02 ≤ 0.1`, the p-value as an extra. */
function scoreCell(x) {
    const over = isDrift(x);
    const bound = x.error_bound !== undefined ? ` ±${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .num */ .bu)(x.error_bound)}` : '';
    const p = x.p_value !== undefined ? `<br><sub>${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq)(`p${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .pValue */ .sp)(x.p_value).startsWith('<') ? '' : '='}${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .pValue */ .sp)(x.p_value)}`)}</sub>` : '';
    return `${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .num */ .bu)(x.score)}${bound} ${over ? '&gt;' : '≤'} ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .num */ .bu)(x.threshold)}${p}`;
}
function row(x) {
    const word = x.status === 'fail' ? '❌ drifted' : x.status === 'warn' ? '⚠️ drifted' : x.status === 'skipped' ? '⏭️ skipped' : '✅ stable';
    const message = x.message ? `<br><sub>${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq)(x.message, { max: 90 })}</sub>` : '';
    const name = x.column === DATASET_DRIFT_ROW ? '_(all columns)_' : (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(x.column, { max: 40 });
    const score = x.status === 'skipped' ? '—' : scoreCell(x);
    return `| ${name} | ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq)(measureName(x.method), { max: 30 })} | ${score} | ${word}${message} |`;
}
const HEADER = ['| Column | Measure | Score vs threshold | Result |', '|:--|:--|--:|:--|'];
function driftSection(d, plan, notes) {
    const drift = d.drift ?? [];
    if (drift.length === 0)
        return [];
    const ratio = (x) => x.score / (x.threshold || 1);
    const problems = drift.filter(isDrift).sort((a, b) => (a.status === b.status ? ratio(b) - ratio(a) : a.status === 'fail' ? -1 : 1));
    const shown = problems.slice(0, plan.rowCap);
    const rest = drift.filter((x) => !isDrift(x)).sort((a, b) => (a.status === b.status ? ratio(b) - ratio(a) : a.status === 'pass' ? -1 : 1));
    const out = [`**Drift against the reference** (${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq)(d.name, { max: 40 })})`, ''];
    if (shown.length > 0)
        out.push(...HEADER, ...shown.map(row), '');
    if (problems.length > shown.length)
        notes.add('drift-rows', problems.length - shown.length, (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(d.name));
    const stable = rest.filter((x) => x.status === 'pass' && x.column !== DATASET_DRIFT_ROW).length;
    const skipped = rest.filter((x) => x.status === 'skipped').length;
    const restWords = [stable ? `${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(stable, problems.length ? 'other column' : 'column')} did not drift` : '', skipped ? `${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(skipped, 'column')} not compared` : ''].filter(Boolean).join('; ');
    if (rest.length > 0) {
        if (plan.passingDrift)
            out.push(`<details><summary>${restWords || (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(rest.length, 'other row')}</summary>`, '', ...HEADER, ...rest.map(row), '', '</details>', '');
        else {
            out.push(`${restWords || (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(rest.length, 'other row')}.`, '');
            notes.add('drift-rows', rest.length, (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(d.name));
        }
    }
    else if (shown.length === 0)
        out.push('_No column was compared._', '');
    return out;
}


/***/ }),

/***/ 33576:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hg: () => (/* binding */ mermaidText),
/* harmony export */   Qq: () => (/* binding */ text),
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

/***/ 66971:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   hJ: () => (/* binding */ failedErrorChecks),
/* harmony export */   lL: () => (/* binding */ validationVerdict),
/* harmony export */   nP: () => (/* binding */ validationText)
/* harmony export */ });
/* harmony import */ var _report_describe_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(67518);
/* harmony import */ var _report_drift_section_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73958);
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
    return `drift ${what} ${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_3__/* .num */ .bu)(d.score)} > ${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_3__/* .num */ .bu)(d.threshold)}${p}${d.message ? ` — ${d.message}` : ''}`;
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
                lines.push(`      ${ex.file}${ex.line !== undefined ? `:${ex.line}` : ex.row !== undefined ? ` row ${ex.row}` : ''}: ${short(ex.value)}`);
        }
        for (const c of ds.checks.filter((x) => x.status === 'skipped'))
            lines.push(`  - ${c.column ? `${c.column}: ` : ''}${c.check} skipped${c.message ? `: ${c.message}` : ''}`);
        for (const d of ds.drift ?? []) {
            if (d.status === 'skipped')
                lines.push(`  - drift ${d.column} not compared${d.message ? `: ${d.message}` : ''}`);
            else if (d.status !== 'pass')
                lines.push(`  ${ICON[d.status]} ${driftLine(d)}`);
        }
    }
    lines.push(`verdict: ${result.verdict}`);
    return lines.join('\n');
}


/***/ })

};
