export const id = 3938;
export const ids = [3938];
export const modules = {

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
/* harmony export */   dq: () => (/* binding */ fingerprintDataset),
/* harmony export */   hx: () => (/* binding */ gatherEvidence),
/* harmony export */   v6: () => (/* binding */ readEvidenceItem),
/* harmony export */   vH: () => (/* binding */ unpackedName)
/* harmony export */ });
/* unused harmony export fingerprintOf */
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
/* harmony import */ var _domain_profile_format_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(50366);
/* harmony import */ var _data_files_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2190);
/* harmony import */ var _data_profile_data_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(75942);
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
        data[dataset.name] = await fingerprintOf(files, profile);
    }
    return { items, data, profiles, missing };
}
/** The fingerprint of a dataset's files (path, sha256, bytes) with its profile's rows and column types: what promote records. */
async function fingerprintOf(files, profile) {
    const fingerprints = [];
    for (const f of files)
        fingerprints.push({ path: f.name, sha256: await fileSha256(f.path), bytes: (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)(f.path)).size });
    return { files: fingerprints, rows: profile.rows, columns: Object.fromEntries(profile.columns.map((c) => [c.name, c.type ?? c.kind])) };
}
/** A dataset's fingerprint computed the way promote computes it (one profiling pass, then each file's sha256). */
async function fingerprintDataset(files, dataset) {
    return fingerprintOf(files, await (0,_data_profile_data_js__WEBPACK_IMPORTED_MODULE_8__/* .profileFiles */ .xc)(files, dataset, { hash: false }));
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
