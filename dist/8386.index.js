export const id = 8386;
export const ids = [8386];
export const modules = {

/***/ 58386:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Ic: () => (/* binding */ booleanOption),
  Z9: () => (/* binding */ loadConfig),
  ed: () => (/* binding */ optionLabel),
  VW: () => (/* binding */ requireString),
  U8: () => (/* binding */ selectModel),
  Hz: () => (/* binding */ storeChoice),
  Pp: () => (/* binding */ stringOption)
});

// EXTERNAL MODULE: ./src/domain/errors.ts
var errors = __webpack_require__(10241);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(38816);
// EXTERNAL MODULE: ./src/domain/nesting-limits.ts
var nesting_limits = __webpack_require__(38723);
// EXTERNAL MODULE: ./src/domain/text.ts
var domain_text = __webpack_require__(3373);
// EXTERNAL MODULE: ./src/domain/config/schema.ts
var config_schema = __webpack_require__(66452);
;// CONCATENATED MODULE: ./src/domain/config/parse.ts






/** Parses and validates the text of an mlgate.yml; errors name the file, line and field. */
function parseConfig(text, file) {
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
    if (doc.errors.length > 0) {
        const first = doc.errors[0];
        const pos = lineCounter.linePos(first.pos[0]);
        const message = (0,nesting_limits/* nestingLimitMessage */.n_)(first) ?? `invalid YAML: ${first.message.split('\n')[0] ?? first.message}`;
        throw (0,errors/* configError */.Fj)(message, { file, line: pos.line, column: pos.col });
    }
    let data;
    let parsed;
    try {
        data = doc.toJS({ maxAliasCount: nesting_limits/* YAML_ALIAS_EXPANSION_LIMIT */.J9 });
        if (data === null || data === undefined) {
            throw (0,errors/* configError */.Fj)('the file is empty; expected a mapping with `version: 1`', { file, line: 1 });
        }
        parsed = config_schema/* configSchema */.Qn.safeParse(data);
    }
    catch (error) {
        const limit = (0,nesting_limits/* nestingLimitMessage */.n_)(error);
        if (limit === undefined)
            throw error;
        throw new errors/* MlgateError */.Bf('config', limit, { location: { file, ...firstAliasLine(doc, lineCounter, error) }, cause: error });
    }
    if (parsed.success)
        return parsed.data;
    const problems = parsed.error.issues.map((issue) => describeIssue(issue, doc, lineCounter, file, data));
    const [first, ...rest] = problems;
    throw new errors/* MlgateError */.Bf('config', first.message, {
        location: first.location,
        details: rest.map((p) => `${file}:${p.location.line ?? '?'}: ${p.message}`),
        cause: parsed.error,
    });
}
/** For an alias bomb: the line of the first alias, where the expansion starts. */
function firstAliasLine(doc, lc, error) {
    if (!(error instanceof ReferenceError))
        return {};
    let offset;
    (0,dist/* visit */.YR)(doc, {
        Alias(_key, node) {
            offset = node.range?.[0];
            return dist/* visit */.YR.BREAK;
        },
    });
    if (offset === undefined)
        return {};
    const pos = lc.linePos(offset);
    return { line: pos.line, column: pos.col };
}
function describeIssue(issue, doc, lc, file, data) {
    const path = issue.path.filter((p) => typeof p !== 'symbol');
    if (issue.code === 'unrecognized_keys') {
        const key = issue.keys[0] ?? '';
        const valid = knownKeys(path, data);
        const suggestion = (0,domain_text/* closest */.k)(key, valid);
        const field = formatPath([...path, key]);
        const node = keyNode(doc, path, key);
        const pos = node?.range ? lc.linePos(node.range[0]) : nodeLine(doc, lc, path);
        const hint = suggestion ? `; did you mean "${suggestion}"?` : valid.length ? `; expected one of: ${valid.join(', ')}` : '';
        return { message: `unknown key "${key}" at ${field}${hint}`, location: { file, line: pos?.line, column: pos?.col, field } };
    }
    const field = formatPath(path);
    const pos = nodeLine(doc, lc, path);
    const value = valueAt(data, path);
    // YAML's .nan/.inf are numbers to the parser but never a valid bound, threshold or count.
    const expected = typeof value === 'number' && !Number.isFinite(value) ? 'expected a finite number' : issueText(issue);
    return { message: `${field || '(root)'}: ${expected} (found ${describeFound(value)})`, location: { file, line: pos?.line, column: pos?.col, field } };
}
function issueText(issue) {
    if (issue.code === 'invalid_type')
        return `expected ${issue.expected}`;
    if (issue.code === 'invalid_value')
        return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    return issue.message;
}
function describeFound(v) {
    if (v === undefined)
        return 'nothing';
    if (v === null)
        return 'null';
    if (typeof v === 'number' && Number.isNaN(v))
        return '.nan, not a number';
    if (v === Number.POSITIVE_INFINITY)
        return '.inf, infinity';
    if (v === Number.NEGATIVE_INFINITY)
        return '-.inf, minus infinity';
    if (Array.isArray(v))
        return 'a list';
    if (typeof v === 'object')
        return 'a mapping';
    const s = JSON.stringify(v);
    return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}
function formatPath(path) {
    let out = '';
    for (const p of path)
        out += typeof p === 'number' ? `[${p}]` : out ? `.${p}` : p;
    return out;
}
function valueAt(data, path) {
    let cur = data;
    for (const p of path) {
        if (cur === null || typeof cur !== 'object')
            return undefined;
        cur = cur[p];
    }
    return cur;
}
function nodeLine(doc, lc, path) {
    for (let n = path.length; n >= 0; n--) {
        const node = doc.getIn(path.slice(0, n), true);
        if (node && ((0,dist/* isMap */.jh)(node) || (0,dist/* isSeq */.oP)(node) || (0,dist/* isScalar */.jn)(node)) && node.range)
            return lc.linePos(node.range[0]);
    }
    return undefined;
}
function keyNode(doc, path, key) {
    const parent = path.length === 0 ? doc.contents : doc.getIn(path, true);
    if (!(0,dist/* isMap */.jh)(parent))
        return undefined;
    for (const pair of parent.items) {
        if ((0,dist/* isScalar */.jn)(pair.key) && String(pair.key.value) === key)
            return pair.key;
    }
    return undefined;
}
/** The keys the schema accepts at `path` (for "did you mean"). */
function knownKeys(path, data) {
    let schema = config_schema/* configSchema */.Qn;
    for (const p of path) {
        schema = schema && unwrap(schema);
        if (!schema)
            return [];
        if (schema instanceof schemas/* ZodObject */.bvH)
            schema = schema.shape[String(p)];
        else if (schema instanceof schemas/* ZodArray */.naA)
            schema = schema.element;
        else if (schema instanceof schemas/* ZodRecord */.b8S)
            schema = schema.valueType;
        else
            return [];
    }
    schema = schema && unwrap(schema);
    if (schema instanceof schemas/* ZodObject */.bvH)
        return Object.keys(schema.shape);
    void data;
    return [];
}
function unwrap(schema) {
    let s = schema;
    for (;;) {
        if (s instanceof schemas/* ZodOptional */.IiU || s instanceof schemas/* ZodDefault */.XiL || s instanceof schemas/* ZodNullable */.l1C)
            s = s.unwrap();
        else if (s instanceof schemas/* ZodPipe */.utH)
            s = s.in;
        else if (s instanceof schemas/* ZodUnion */.fZ7) {
            const obj = s.options.find((o) => unwrap(o) instanceof schemas/* ZodObject */.bvH);
            if (!obj)
                return s;
            s = obj;
        }
        else
            return s;
    }
}

;// CONCATENATED MODULE: ./src/io/files/config-file.ts




/** Reads and validates mlgate.yml. `how` names the input/flag for the error ("input 'config'" / "--config"). */
async function loadConfigFile(configPath, cwd, how) {
    const file = external_node_path_default().resolve(cwd, configPath);
    let text;
    try {
        text = await (0,promises_.readFile)(file, 'utf8');
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT') {
            throw (0,errors/* usageError */.Wp)(`${how} names '${configPath}', which does not exist (looked in ${external_node_path_default().dirname(file)}); create an mlgate.yml or point ${how} at yours.`);
        }
        throw new errors/* MlgateError */.Bf('input', `cannot read config '${configPath}': ${code ?? String(error)}`, { location: { file: configPath }, cause: error });
    }
    const rel = external_node_path_default().relative(cwd, file) || configPath;
    return { config: parseConfig(text, rel), file, root: external_node_path_default().dirname(file) };
}

// EXTERNAL MODULE: ./src/commands/options.ts
var options = __webpack_require__(26052);
;// CONCATENATED MODULE: ./src/commands/invocation.ts



/** How a user refers to an option on this surface: `--model` or input 'model'. */
function optionLabel(inv, name) {
    return inv.surface === 'cli' ? `--${name}` : `input '${name}'`;
}
function stringOption(inv, name) {
    const v = inv.options[name];
    if (typeof v === 'boolean')
        throw (0,errors/* usageError */.Wp)(`${optionLabel(inv, name)} takes a value`);
    return v === undefined || v === '' ? undefined : v;
}
/** The `store` option, checked (`auto` when not given). */
function storeChoice(inv) {
    const choice = stringOption(inv, options/* Opt */.e3.Store) ?? 'auto';
    if (choice === 'auto' || choice === 'github' || choice === 'local')
        return choice;
    throw (0,errors/* usageError */.Wp)(`${optionLabel(inv, options/* Opt */.e3.Store)} is '${choice}'; expected auto, github or local`);
}
function requireString(inv, name, why) {
    const v = stringOption(inv, name);
    if (v === undefined)
        throw (0,errors/* usageError */.Wp)(`missing ${optionLabel(inv, name)}${why ? `: ${why}` : ''}`);
    return v;
}
function booleanOption(inv, name) {
    return inv.options[name] === true;
}
function loadConfig(inv, ctx) {
    const configPath = stringOption(inv, options/* Opt */.e3.Config) ?? 'mlgate.yml';
    return loadConfigFile(configPath, ctx.cwd, optionLabel(inv, options/* Opt */.e3.Config));
}
/** The model named by `model`, or the only one in the config. */
function selectModel(inv, config) {
    const name = stringOption(inv, options/* Opt */.e3.Model);
    const names = config.models.map((m) => m.name);
    if (name === undefined) {
        if (config.models.length === 1)
            return config.models[0];
        if (config.models.length === 0)
            throw (0,errors/* usageError */.Wp)('the config defines no models; add one under `models:`');
        throw (0,errors/* usageError */.Wp)(`missing ${optionLabel(inv, options/* Opt */.e3.Model)}: the config defines ${names.length} models (${names.join(', ')}); say which one`);
    }
    const model = config.models.find((m) => m.name === name);
    if (!model)
        throw (0,errors/* usageError */.Wp)(`${optionLabel(inv, options/* Opt */.e3.Model)} is '${name}', which is not in the config; expected one of: ${names.join(', ') || '(none)'}`);
    return model;
}


/***/ }),

/***/ 66452:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qn: () => (/* binding */ configSchema),
/* harmony export */   eL: () => (/* binding */ PERCENT_RE)
/* harmony export */ });
/* unused harmony exports DURATION_RE, columnTypes, columnSchema, driftColumnSchema, driftSchema, datasetSchema, gateSchema, significanceSchema, onDegradedActions, monitorSchema, BASELINE_RE, modelSchema, environmentSchema, reportSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38816);
/* harmony import */ var _validation_linear_pattern_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(92882);


/** `"2%"` → relative margin; plain numbers are absolute. */
const PERCENT_RE = /^-?\d+(\.\d+)?%$/;
/** `30d`, `12h`, `90m`, `45s`, `2w`. */
const DURATION_RE = /^\d+(\.\d+)?(s|m|h|d|w)$/;
const severity = zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['error', 'warn']).describe('`error` (default) fails the verdict; `warn` only reports.');
const fraction = zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().min(0).max(1);
const margin = zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().min(0), zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(PERCENT_RE, 'a percentage like "2%"')])
    .describe('Absolute number, or a relative margin as a string ending in % (e.g. "2%").');
const scalar = zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY()]);
const regex = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().superRefine((source, ctx) => {
    try {
        (0,_validation_linear_pattern_js__WEBPACK_IMPORTED_MODULE_0__/* .compileLinearPattern */ .FX)(source);
    }
    catch (error) {
        if (!(error instanceof _validation_linear_pattern_js__WEBPACK_IMPORTED_MODULE_0__/* .PatternError */ .JM))
            throw error;
        ctx.addIssue({ code: 'custom', message: error.message });
    }
});
const columnTypes = ['integer', 'number', 'boolean', 'string', 'category', 'date', 'datetime'];
const columnSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    type: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(columnTypes).optional().describe('Expected type of every non-null value.'),
    required: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().optional().describe('The column must be present (default true for listed columns).'),
    nullable: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().optional().describe('false: any null fails.'),
    max_null_fraction: fraction.optional().describe('Largest tolerated fraction of nulls.'),
    min: zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()]).optional().describe('Lower bound (number, or ISO date for date/datetime).'),
    max: zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()]).optional().describe('Upper bound (number, or ISO date for date/datetime).'),
    in: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(scalar).min(1).optional().describe('Allowed values.'),
    not_in: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(scalar).min(1).optional().describe('Forbidden values.'),
    pattern: regex
        .optional()
        .describe('Regular expression (JavaScript syntax) every value must match somewhere (anchor with ^…$ for the whole value). Runs in linear time (RE2) with JavaScript\'s meaning of \\s, \\d, \\w and .; refused: backreferences, lookaround, repeat counts over 1000 and Unicode property names RE2 lacks (use \\p{L}, \\p{Lu}, \\p{Greek}, not \\p{Letter}).'),
    min_length: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(0).optional().describe('Shortest allowed string.'),
    max_length: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(0).optional().describe('Longest allowed string.'),
    unique: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().optional().describe('No value may repeat.'),
    max_age: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(DURATION_RE, 'a duration like "30d", "12h"').optional().describe('Freshness: the newest value is at most this old.'),
    mostly: fraction.optional().describe('Fraction of non-null values that must pass row-level checks.'),
    severity: severity.optional(),
})
    .describe('Checks on one column.');
const driftMethods = ['auto', 'psi', 'ks', 'wasserstein', 'jensen_shannon', 'chi2', 'linf'];
const driftColumnSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    method: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(driftMethods).optional().describe('Drift measure for this column.'),
    threshold: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().min(0).optional().describe('Effect size above which the column has drifted (see drift.threshold).'),
    severity: severity.optional(),
});
const driftSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    reference: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).describe('A data file, a profile JSON, or `production` (the profile stored with the live release).'),
    method: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(driftMethods).default('auto').describe('auto picks by column type and size (KS or normalised Wasserstein; chi-square or Jensen-Shannon).'),
    threshold: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().min(0).optional().describe("Effect size above which a column has drifted, for every method auto picks (default per method: psi 0.2; KS statistic D 0.1; chi2 Cohen's w = sqrt(chi2/n) 0.1; normalised Wasserstein, Jensen-Shannon, L-infinity 0.1). KS and chi2 p-values are reported beside the score, never compared with it."),
    columns: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), driftColumnSchema).optional().describe('Per-column method and threshold.'),
    max_drifted_share: fraction.optional().describe('Dataset-level verdict: fail when more than this share of columns drifted.'),
    severity: severity.optional(),
});
const datasetSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    name: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).describe('Name used in reports and by --dataset.'),
    path: zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1), zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1)).min(1)]).describe('File or glob (or a list); .csv .tsv .jsonl .ndjson .parquet, .gz for text. Parquet: every standard codec and encoding, only the columns checks need; a FLOAT reads as the decimal tools print for it (1.1f is 1.1).'),
    format: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['csv', 'tsv', 'jsonl', 'parquet']).optional().describe('Overrides detection by file extension.'),
    delimiter: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().length(1).optional().describe('CSV delimiter (default: detected).'),
    columns: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), columnSchema).optional().describe('Checks per column name.'),
    rows: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({ min: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(0).optional(), max: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(0).optional(), severity: severity.optional() }).optional().describe('Row count bounds.'),
    strict_columns: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().optional().describe('Columns not listed under `columns` fail.'),
    duplicates: zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([fraction, zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({ max_fraction: fraction, severity: severity.optional() })])
        .optional()
        .describe('Maximum fraction of duplicate rows.'),
    leakage: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
        against: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1),
        key: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1)).min(1),
        max_fraction: fraction.optional(),
        severity: severity.optional(),
    })
        .optional()
        .describe('Rows that also occur in another dataset (`against`) on the `key` columns.'),
    drift: driftSchema.optional().describe('Drift against a reference.'),
    max_examples: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(0).max(1000).optional().describe('Failing examples kept per check.'),
});
const gateSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    min: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().optional().describe('Absolute lower bound.'),
    max: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().optional().describe('Absolute upper bound.'),
    max_regression: margin.optional(),
    min_improvement: zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(PERCENT_RE, 'a percentage like "2%"')]).optional().describe('Required improvement over the baseline (absolute, or "2%").'),
    direction: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['higher', 'lower']).optional().describe('Inferred from the name when absent (loss, error, latency… are lower).'),
    severity: severity.optional(),
    required: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().optional().describe('A gated metric missing from the candidate fails (default true).'),
    min_support: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(0).optional().describe('Slices with fewer examples are skipped.'),
    inconclusive: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['error', 'warn', 'pass']).optional().describe('How an inconclusive significance result counts (default warn).'),
});
const significanceSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    candidate: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).describe("The candidate's per-example results (id, label, prediction[, score])."),
    baseline: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).default('production').describe('`production` (stored with the live release) or a file.'),
    alpha: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().gt(0).lt(1).default(0.05).describe('Significance level, Holm-corrected across gated metrics.'),
    method: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['auto', 'bootstrap', 'mcnemar', 'permutation']).default('auto').describe('auto: McNemar for accuracy-type metrics, paired permutation otherwise, bootstrap intervals.'),
    resamples: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(100).max(1_000_000).default(2000).describe('Bootstrap / permutation resamples.'),
    seed: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().default(1).describe('Seed: results are reproducible.'),
    id_column: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().default('id'),
    label_column: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().default('label'),
    prediction_column: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().default('prediction'),
    score_column: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().default('score'),
});
const onDegradedActions = ['issue', 'fail', 'rollback'];
const monitorSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    environment: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).optional().describe("The environment whose live release is monitored (default: the model's `environment`)."),
    data: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1), zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1)).min(1)]))
        .default({})
        .describe("Dataset name (from `datasets:`) → where its fresh production data is: a file or glob (or a list), read with that dataset's checks and drift settings, or a profile JSON (`mlgate profile` / `merge-profiles` output) made elsewhere."),
    predictions: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).optional().describe('Labelled production predictions (id, label, prediction[, score]; column names from `significance:`): the live metrics, gated against the metrics stored with the release.'),
    on_degraded: zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(onDegradedActions), zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(onDegradedActions)).min(1)], { error: `expected one of ${onDegradedActions.join(', ')}, or a list of them` })
        .default('issue')
        .describe('What a degraded verdict does: `issue` (open or update the sticky issue), `fail` (exit 1), `rollback` (roll back to the previous release, once per degradation); one or a list.'),
})
    .describe('Monitoring of the live release (`mlgate monitor`, SPEC §8).');
const BASELINE_RE = /^(production|file:.+|ref:[^:]+:.+|[A-Za-z0-9_.-]+)$/;
const modelSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    name: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).describe('Name used in reports, releases and by --model.'),
    metrics: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).describe('Candidate metrics file (JSON or YAML; nested keys flattened with ".").'),
    baseline: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(BASELINE_RE, 'production | <environment> | file:path | ref:<git-ref>:path').default('production').describe('production | <environment> | file:path | ref:<git-ref>:path'),
    environment: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).default('production').describe('Where promote and rollback act.'),
    uri: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional().describe('Where the model artifact lives (recorded in the release).'),
    gates: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), gateSchema).default({}).describe('Gates per metric name (glob patterns allowed, e.g. "slices.*.accuracy").'),
    headline: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()).optional().describe('Metrics charted over releases in the report (default: the first gated ones).'),
    significance: significanceSchema.optional().describe('Per-example results make the gate statistical.'),
    monitor: monitorSchema.optional(),
});
const environmentSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    url: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional().describe('environment_url of its releases.'),
    deploy_command: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional().describe('Default deploy-command of promote.'),
    auto_rollback: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().optional().describe('Default auto-rollback of promote.'),
});
const reportSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    comment_key: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional().describe('Key of the sticky comment marker (default: workflow/model).'),
    mode: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['update', 'recreate']).optional().describe('update the comment in place, or delete and re-post it.'),
    max_examples: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(0).max(100).optional().describe('Failing examples shown per check.'),
});
const configSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    version: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(1).describe('Format version: 1.'),
    datasets: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(datasetSchema).default([]).describe('Datasets and their checks.'),
    models: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(modelSchema).default([]).describe('Models and their gates.'),
    environments: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), environmentSchema).optional().describe('Settings per release environment.'),
    report: reportSchema.optional().describe('The PR report.'),
})
    .superRefine((cfg, ctx) => {
    const names = new Set();
    cfg.datasets.forEach((d, i) => {
        if (names.has(d.name))
            ctx.addIssue({ code: 'custom', path: ['datasets', i, 'name'], message: `duplicate dataset name "${d.name}"` });
        names.add(d.name);
    });
    cfg.datasets.forEach((d, i) => {
        if (d.leakage && !names.has(d.leakage.against))
            ctx.addIssue({ code: 'custom', path: ['datasets', i, 'leakage', 'against'], message: `no dataset named "${d.leakage.against}"; expected one of: ${[...names].join(', ')}` });
    });
    const models = new Set();
    cfg.models.forEach((m, i) => {
        if (models.has(m.name))
            ctx.addIssue({ code: 'custom', path: ['models', i, 'name'], message: `duplicate model name "${m.name}"` });
        models.add(m.name);
        for (const name of Object.keys(m.monitor?.data ?? {})) {
            if (!names.has(name))
                ctx.addIssue({ code: 'custom', path: ['models', i, 'monitor', 'data', name], message: `no dataset named ${JSON.stringify(name)}; monitor.data names datasets defined under \`datasets:\` (expected one of: ${[...names].join(', ') || 'none defined'})` });
        }
    });
})
    .describe('mlgate configuration (mlgate.yml)');


/***/ }),

/***/ 38723:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AB: () => (/* binding */ MAX_METRIC_DEPTH),
/* harmony export */   J9: () => (/* binding */ YAML_ALIAS_EXPANSION_LIMIT),
/* harmony export */   n_: () => (/* binding */ nestingLimitMessage)
/* harmony export */ });
/**
 * Limits on nested and aliased input (mlgate.yml, metrics files), and the messages for them: a file past a limit
 * is an input error naming the file, never `unexpected error: Maximum call stack size exceeded`.
 */
/**
 * How far YAML aliases may expand (the `yaml` package's `maxAliasCount`: uses of an anchor times the aliases nested
 * in it). Real configs reuse a column spec with `*alias` hundreds of times; an alias bomb (aliases of aliases,
 * growing geometrically) passes any such bound within a few levels.
 */
const YAML_ALIAS_EXPANSION_LIMIT = 10_000;
/** Metrics nest by slice and class (`slices.region.north.accuracy`); deeper than this is not a metrics file. */
const MAX_METRIC_DEPTH = 64;
/** The message for a parser that gave up on nesting or aliases, or undefined for any other error. */
function nestingLimitMessage(error) {
    // Matched by text: the yaml package reports its own stack overflow as a YAML error carrying V8's message.
    const message = error instanceof Error ? error.message : '';
    if (/Maximum call stack size exceeded/.test(message))
        return 'nested too deeply to read (the parser ran out of stack)';
    if (/Excessive alias count/.test(message)) {
        return `its YAML aliases expand past ${YAML_ALIAS_EXPANSION_LIMIT.toLocaleString('en-US')} nodes (aliases of aliases, as in an alias bomb); expand them in the file or use fewer levels of aliases`;
    }
    return undefined;
}


/***/ }),

/***/ 92882:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FX: () => (/* binding */ compileLinearPattern),
/* harmony export */   JM: () => (/* binding */ PatternError),
/* harmony export */   YK: () => (/* binding */ cellMatches)
/* harmony export */ });
/* unused harmony export translatePattern */
/* harmony import */ var re2js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2856);

class PatternError extends Error {
}
// JavaScript's \s (ECMA-262 WhiteSpace and LineTerminator), as RE2 class ranges.
const JS_SPACE = '\\x09-\\x0D\\x20\\xA0\\x{1680}\\x{2000}-\\x{200A}\\x{2028}\\x{2029}\\x{202F}\\x{205F}\\x{3000}\\x{FEFF}';
const JS_NON_SPACE = '\\x00-\\x08\\x0E-\\x1F\\x21-\\x9F\\xA1-\\x{167F}\\x{1681}-\\x{1FFF}\\x{200B}-\\x{2027}\\x{202A}-\\x{202E}\\x{2030}-\\x{205E}\\x{2060}-\\x{2FFF}\\x{3001}-\\x{FEFE}\\x{FF00}-\\x{10FFFF}';
const JS_DOT = '[^\\n\\r\\x{2028}\\x{2029}]';
const ANY = '\\x00-\\x{10FFFF}';
const hex = (code) => `\\x{${code.toString(16).toUpperCase()}}`;
const isHex = (s) => /^[0-9A-Fa-f]+$/.test(s);
/** Translates a JavaScript (`u`) pattern to RE2 syntax; throws PatternError naming what RE2 cannot do. */
function translatePattern(source) {
    let out = '';
    let inClass = false;
    let i = 0;
    const unsupported = (what) => {
        throw new PatternError(`${what} is not supported: patterns run on a linear-time engine (RE2), which has no backreferences or lookaround`);
    };
    while (i < source.length) {
        const ch = source[i];
        if (ch === '\\') {
            const next = source[i + 1] ?? '';
            if (/[1-9]/.test(next))
                unsupported(`the backreference \\${next}`);
            if (next === 'k')
                unsupported('the named backreference \\k<…>');
            if (next === 's' || next === 'S') {
                const ranges = next === 's' ? JS_SPACE : JS_NON_SPACE;
                out += inClass ? ranges : `[${ranges}]`;
                i += 2;
                continue;
            }
            if (next === 'u') {
                const braced = /^\{([0-9A-Fa-f]+)\}/.exec(source.slice(i + 2));
                if (braced) {
                    out += hex(parseInt(braced[1], 16));
                    i += 2 + braced[0].length;
                    continue;
                }
                const unit = source.slice(i + 2, i + 6);
                if (unit.length === 4 && isHex(unit)) {
                    let code = parseInt(unit, 16);
                    i += 6;
                    const low = source.slice(i + 2, i + 6);
                    if (code >= 0xd800 && code <= 0xdbff && source.startsWith('\\u', i) && isHex(low) && parseInt(low, 16) >= 0xdc00 && parseInt(low, 16) <= 0xdfff) {
                        code = 0x10000 + ((code - 0xd800) << 10) + (parseInt(low, 16) - 0xdc00);
                        i += 6;
                    }
                    out += hex(code);
                    continue;
                }
            }
            if ((next === 'p' || next === 'P') && source[i + 2] === '{') {
                const end = source.indexOf('}', i);
                const name = source.slice(i + 3, end).replace(/^(Script|sc|General_Category|gc)=/, '');
                out += `\\${next}{${name}}`;
                i = end + 1;
                continue;
            }
            if (next === 'c' && /[A-Za-z]/.test(source[i + 2] ?? '')) {
                out += hex(source.charCodeAt(i + 2) % 32);
                i += 3;
                continue;
            }
            if (next === '0')
                out += '\\x00';
            else if (next === 'v')
                out += '\\x0B';
            else if (next === 'b' && inClass)
                out += '\\x08';
            else if (next === '/')
                out += '/';
            else
                out += `\\${next}`;
            i += 2;
            continue;
        }
        if (inClass) {
            if (ch === ']')
                inClass = false;
            out += ch === '[' ? '\\[' : ch;
            i++;
            continue;
        }
        if (ch === '[') {
            if (source.startsWith('[]', i)) {
                out += `[^${ANY}]`;
                i += 2;
            }
            else if (source.startsWith('[^]', i)) {
                out += `[${ANY}]`;
                i += 3;
            }
            else {
                const negated = source[i + 1] === '^';
                inClass = true;
                out += negated ? '[^' : '[';
                i += negated ? 2 : 1;
            }
            continue;
        }
        if (ch === '(' && source[i + 1] === '?') {
            const head = source.slice(i, i + 4);
            if (head.startsWith('(?=') || head.startsWith('(?!'))
                unsupported(`the lookahead ${head.slice(0, 3)}…)`);
            if (head === '(?<=' || head === '(?<!')
                unsupported(`the lookbehind ${head}…)`);
            if (head.startsWith('(?<')) {
                out += '(?P<';
                i += 3;
                continue;
            }
        }
        if (ch === '.')
            out += JS_DOT;
        else
            out += ch;
        i++;
    }
    return out;
}
/**
 * Patterns compiled in this thread, by source: a column checker is made per chunk of a big file, and
 * its pattern's lazy DFA would otherwise start cold each time (compiling and re-learning its states
 * cost ~25 ms per million rows of emails). A compiled pattern keeps no state between calls but its DFA
 * cache, which only saves work.
 */
const compiled = new Map();
/** Compiles a JavaScript pattern for the linear-time engine (once per thread); throws PatternError with a message for the config. */
function compileLinearPattern(source) {
    let pattern = compiled.get(source);
    if (pattern === undefined) {
        pattern = compileAnew(source);
        compiled.set(source, pattern);
    }
    return pattern;
}
function compileAnew(source) {
    try {
        new RegExp(source, 'u');
    }
    catch (error) {
        throw new PatternError(`not a valid regular expression (${error instanceof Error ? error.message : String(error)})`);
    }
    const translated = translatePattern(source);
    let re;
    try {
        re = re2js__WEBPACK_IMPORTED_MODULE_0__/* .RE2JS */ .L3.compile(translated);
    }
    catch (error) {
        const detail = error instanceof Error ? error.message.replace(/^error parsing regexp: /, '') : String(error);
        throw new PatternError(`not supported by the linear-time engine (RE2): ${detail}`);
    }
    const engine = preferLazyDfa(re);
    return { test: (text) => re.test(text), testAscii: engine === 'lazy-dfa' ? asciiRunner(re) : () => undefined, engine };
}
/**
 * re2js answers `test` with its one-pass matcher whenever the pattern is one-pass (most anchored patterns users
 * write, such as `^[^@\s]+@[^@\s]+$`), and that matcher allocates per call: 1.0 s per million short cells, against
 * 0.2 s for its lazy DFA, which it uses for every other pattern (and which falls back to the NFA by itself when
 * its state budget runs out, so the answer and the linear bound are the same). A match without captures needs no
 * one-pass matcher, so it is dropped. Internal to re2js 2.x: if its shape changes, `test` stays right and only
 * `engine` (checked by a test) tells.
 */
function preferLazyDfa(re) {
    const program = Reflect.get(re, 're2Input');
    if (typeof program !== 'object' || program === null || !('onepass' in program) || !('lazyDFA' in program))
        return 'one-pass-or-nfa';
    Reflect.set(program, 'onepass', null);
    return 'lazy-dfa';
}
/** `test` of cell i of `col` (not null): from its bytes while they are ASCII (no string is built), else from its text. */
function cellMatches(pattern, col, i, span) {
    const b = col.textBytes?.(i, span);
    const ok = b === undefined ? undefined : pattern.testAscii(b, span[0], span[1]);
    return ok ?? pattern.test((col.textView ? col.textView(i) : col.text(i)));
}
// re2js's RE2Flags.UNANCHORED, Utils.EMPTY_BEGIN_LINE | Utils.EMPTY_BEGIN_TEXT (the context at the start of a text) and END_TEXT.
const UNANCHORED = 0;
const BEGIN_OF_TEXT = { context: () => 1 | 4 };
const END_TEXT = -1;
function isDfa(x) {
    if (typeof x !== 'object' || x === null)
        return false;
    const d = x;
    return d.latin1Class instanceof Int32Array && typeof d.numClasses === 'number' && typeof d.start === 'function' && typeof d.stepOrReset === 'function';
}
/** States the flat transition table of `asciiRunner` numbers (4 MiB) before it leaves further cells to `test`. */
const TABLE_STATES = 4096;
/**
 * An entry of `walk`'s table (256 a state, one per byte): the target state's first entry (its number times 256), or,
 * at or above STOP as an unsigned number, a reason to stop: not yet learnt, a non-ASCII byte, or MATCH_BIT + the first
 * entry of a match state. One unsigned compare a byte tells all three apart from an ordinary step.
 */
const UNKNOWN = -1;
const NON_ASCII = -2;
const MATCH_BIT = 1 << 30;
const STOP = MATCH_BIT >>> 0;
/** How `walk` stopped. */
const RAN_TO_END = 0;
const MATCHED = 1;
const NOT_ASCII = 2;
const UNKNOWN_STEP = 3;
/**
 * Steps from state at[0] (its first entry) over the bytes b[at[1], end) along `next`; stops at a match state, a
 * non-ASCII byte, or a transition not yet learnt (at[0] and at[1] then say from which state and at which byte). A
 * function of its own, its arrays as arguments: the loop runs on locals (in the closure it ran at half the speed).
 */
function walk(b, end, next, at) {
    let s = at[0];
    for (let p = at[1]; p < end; p++) {
        const t = next[s + b[p]];
        if (t >>> 0 >= STOP) {
            if (t === UNKNOWN) {
                at[0] = s;
                at[1] = p;
                return UNKNOWN_STEP;
            }
            return t === NON_ASCII ? NOT_ASCII : MATCHED;
        }
        s = t;
    }
    at[0] = s;
    return RAN_TO_END;
}
/**
 * What re2js does for `test` once the one-pass matcher is dropped (RE2.executeEngine with no captures: its lazy
 * DFA, unanchored, answering at the first match state; DFA.run), fed bytes instead of a string's characters. An
 * ASCII byte is the same rune and the same character class as the character it encodes, so every state and the
 * answer are the ones `test` reaches on the string. re2js's prefilter is skipped: it only saves work on a
 * mismatch. Anything else (a non-ASCII byte, a DFA out of budget, an unexpected shape) leaves it to `test`.
 *
 * The states re2js reaches are numbered here, and their transitions copied into one Int32Array as re2js learns
 * them (re2js keeps them in each state object's own array): a step is then one load from that array. Following the
 * state objects took 100-130 ns per e-mail address, a table by character class ~70 ns, by byte (no class lookup, no
 * separate ASCII test) ~55 ns (a million addresses, warm; the e-mail pattern is the largest check on this thread when
 * a big Parquet file's pages are decoded on a worker). A state re2js makes anew after resetting its cache only gets
 * another number; past the table's size the cell goes to `test`.
 */
function asciiRunner(re) {
    const program = Reflect.get(re, 're2Input');
    const dfa = typeof program === 'object' && program !== null && Reflect.get(program, 'prog') !== undefined ? Reflect.get(program, 'dfa') : undefined;
    if (!isDfa(dfa) || dfa.failed)
        return () => undefined;
    const classes = dfa.latin1Class;
    const width = dfa.numClasses;
    const search = { resetPos: -1 };
    const states = [];
    const numbers = new Map();
    // Per state: its entry for each byte (see UNKNOWN, NON_ASCII, MATCH_BIT), and its answer at the end of the text (-1: not yet).
    let next = new Int32Array(0);
    let atEnd = new Int8Array(0);
    const numberOf = (state) => {
        let n = numbers.get(state);
        if (n !== undefined)
            return n;
        n = states.length;
        if (n === TABLE_STATES)
            return -1;
        if (n === atEnd.length) {
            const room = Math.min(TABLE_STATES, Math.max(16, 2 * n));
            const grown = new Int32Array(room * 256).fill(UNKNOWN);
            for (let k = n; k < room; k++)
                grown.fill(NON_ASCII, k * 256 + 128, k * 256 + 256);
            grown.set(next);
            next = grown;
            const ends = new Int8Array(room).fill(-1);
            ends.set(atEnd);
            atEnd = ends;
        }
        states.push(state);
        numbers.set(state, n);
        return n;
    };
    let first = -2;
    const at = new Int32Array(2);
    return (b, start, end) => {
        search.resetPos = -1;
        if (first === -2) {
            const state = dfa.start(BEGIN_OF_TEXT, 0);
            if (state === null)
                return undefined;
            first = numberOf(state);
        }
        if (first < 0)
            return undefined;
        at[0] = first * 256;
        at[1] = start;
        for (;;) {
            const stop = walk(b, end, next, at);
            if (stop !== UNKNOWN_STEP) {
                if (stop !== RAN_TO_END)
                    return stop === MATCHED ? true : undefined;
                break;
            }
            const from = at[0];
            const p = at[1];
            const cls = classes[b[p]];
            const stepped = dfa.stepOrReset(states[from >> 8], cls, b[p], UNANCHORED, p - start, search);
            if (stepped === null)
                return undefined;
            const t = numberOf(stepped);
            if (t < 0)
                return undefined;
            // Every ASCII byte of the class steps the same way.
            const entry = (stepped.isMatch ? MATCH_BIT : 0) | (t * 256);
            for (let c = 0; c < 128; c++)
                if (classes[c] === cls)
                    next[from + c] = entry;
        }
        const s = at[0] >> 8;
        let answer = atEnd[s];
        if (answer < 0) {
            const last = dfa.stepOrReset(states[s], width, END_TEXT, UNANCHORED, end - start, search);
            if (last === null)
                return undefined;
            answer = last.isMatch ? 1 : 0;
            atEnd[s] = answer;
        }
        return answer === 1;
    };
}


/***/ })

};
