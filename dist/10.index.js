export const id = 10;
export const ids = [10];
export const modules = {

/***/ 9738:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KI: () => (/* binding */ emitAnnotations)
/* harmony export */ });
/* unused harmony exports ANNOTATIONS_PER_LEVEL, RESERVED_FOR_MLGATE, DATA_ANNOTATIONS_PER_LEVEL, planAnnotations */
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
    const value = typeof example.value === 'string' ? JSON.stringify(example.value) : JSON.stringify(example.value ?? null);
    const row = example.row !== undefined ? ` (row ${example.row})` : '';
    return `${where}failed ${check.check} (expected ${JSON.stringify(check.expected)}): value ${value}${row}`;
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

/***/ 95725:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ lazyDriftHook)
/* harmony export */ });
/**
 * The drift step of a command's invocation (its store option says where `reference: production` is read from),
 * loaded only when a dataset has `drift:` (its modules take ~30 ms to load, which a run without drift need not pay).
 */
const lazyDriftHook = (invocation) => async (input) => (await Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(913), __webpack_require__.e(300), __webpack_require__.e(152), __webpack_require__.e(98), __webpack_require__.e(982), __webpack_require__.e(112)]).then(__webpack_require__.bind(__webpack_require__, 89112))).driftHook(input, invocation);


/***/ }),

/***/ 30010:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runValidation: () => (/* binding */ runValidation),
/* harmony export */   validateCommand: () => (/* binding */ validateCommand),
/* harmony export */   validationMarkdown: () => (/* binding */ validationMarkdown)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _adapters_actions_annotations_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9738);
/* harmony import */ var _domain_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(10241);
/* harmony import */ var _domain_validation_dataset_validator_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(81332);
/* harmony import */ var _domain_validation_failing_units_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(1104);
/* harmony import */ var _domain_validation_hash_set_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(46521);
/* harmony import */ var _domain_validation_verdict_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(66971);
/* harmony import */ var _io_data_files_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2190);
/* harmony import */ var _io_data_read_dataset_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(81037);
/* harmony import */ var _drift_hook_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(95725);
/* harmony import */ var _invocation_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(58386);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(26052);













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
            f = await (0,_io_data_files_js__WEBPACK_IMPORTED_MODULE_5__/* .resolveDataFiles */ .A)(d.path, loaded.root, `datasets[${index}].path (${d.name})`, context.cwd);
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
    const results = [];
    for (const d of selected) {
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
        await (0,_io_data_read_dataset_js__WEBPACK_IMPORTED_MODULE_6__/* .readForValidation */ .bm)(dataFiles, d, validator, { env: context.env, now, maxExamples, ...(drift?.collector ? { drift: drift.collector } : {}) });
        for (const ks of validator.keySets())
            keySets.set(`${d.name}\u0000${keyId(ks.key)}`, ks);
        const result = validator.finish();
        if (drift)
            result.drift = await drift.finish();
        results.push(result);
    }
    return { verdict: (0,_domain_validation_verdict_js__WEBPACK_IMPORTED_MODULE_4__/* .validationVerdict */ .lL)(results), datasets: results };
}
async function collectKeys(target, key, dataFiles) {
    const hashes = new _domain_validation_hash_set_js__WEBPACK_IMPORTED_MODULE_9__/* .HashSet64 */ .l();
    const acc = new Uint32Array(2);
    const scratch = new Uint32Array(2);
    await (0,_io_data_read_dataset_js__WEBPACK_IMPORTED_MODULE_6__/* .readDataset */ .JP)(dataFiles, target, {
        startFile: (_file, header) => header.filter((h) => key.includes(h)),
        consume: (batch) => {
            for (let i = 0; i < batch.length; i++)
                if ((0,_domain_validation_dataset_validator_js__WEBPACK_IMPORTED_MODULE_3__/* .hashRow */ .vK)(batch, key, i, acc, scratch))
                    hashes.add(acc);
        },
    });
    return { key, hashes };
}
/** Markdown for the job summary: every failed check with all its examples. */
function validationMarkdown(result) {
    const esc = (s) => s.replace(/[\\`*_[\]<>|@#&]/g, (c) => `\\${c}`).replace(/\r?\n/g, ' ');
    const lines = [`### mlgate validate: ${result.verdict}`, ''];
    for (const ds of result.datasets) {
        const failed = ds.checks.filter((c) => c.status === 'fail' || c.status === 'warn');
        lines.push(`**${esc(ds.name)}**: ${ds.rows} rows, ${failed.length} of ${ds.checks.length} checks failed`, '');
        if (!failed.length)
            continue;
        lines.push('| Column | Check | Severity | Observed | Expected | Failing | Examples |', '|---|---|---|---|---|---|---|');
        for (const c of failed) {
            const ex = c.examples.map((e) => `${esc(e.file)}${e.line !== undefined ? `:${e.line}` : e.row !== undefined ? ` row ${e.row}` : ''} ${esc(JSON.stringify(e.value) ?? '')}`).join('<br>');
            lines.push(`| ${esc(c.column ?? '')} | ${c.check} | ${c.severity} | ${esc(JSON.stringify(c.observed) ?? '')} | ${esc(JSON.stringify(c.expected) ?? '')} | ${c.failing} ${(0,_domain_validation_failing_units_js__WEBPACK_IMPORTED_MODULE_10__/* .unitWord */ .Zf)((0,_domain_validation_failing_units_js__WEBPACK_IMPORTED_MODULE_10__/* .unitOf */ .uF)(c), c.failing)} (${(c.fraction * 100).toFixed(2)}%) | ${ex} |`);
        }
        lines.push('');
    }
    return lines.join('\n');
}
const validateCommand = {
    spec: {
        name: 'validate',
        summary: 'Run data checks (and drift when a reference is configured).',
        options: [_options_js__WEBPACK_IMPORTED_MODULE_8__/* .configOption */ .KJ, _options_js__WEBPACK_IMPORTED_MODULE_8__/* .jsonOption */ .Ec, _options_js__WEBPACK_IMPORTED_MODULE_8__/* .datasetOption */ .kq, _options_js__WEBPACK_IMPORTED_MODULE_8__/* .storeOption */ .XS, _options_js__WEBPACK_IMPORTED_MODULE_8__/* .tokenOption */ .Pc],
        outputs: [
            { name: 'verdict', description: 'pass, warn or fail.' },
            { name: 'failed-checks', description: 'Number of failed checks of severity error.' },
            { name: 'report-path', description: 'Path of the JSON result.' },
        ],
        stepAction: true,
    },
    async run(invocation, context) {
        const loaded = await (0,_invocation_js__WEBPACK_IMPORTED_MODULE_7__/* .loadConfig */ .Z9)(invocation, context);
        if (loaded.config.datasets.length === 0)
            throw (0,_domain_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .usageError */ .Wp)(`the config defines no datasets; add one under \`datasets:\` (${(0,_invocation_js__WEBPACK_IMPORTED_MODULE_7__/* .optionLabel */ .ed)(invocation, _options_js__WEBPACK_IMPORTED_MODULE_8__/* .Opt */ .e3.Config)})`);
        const result = await runValidation(loaded, { dataset: (0,_invocation_js__WEBPACK_IMPORTED_MODULE_7__/* .stringOption */ .Pp)(invocation, _options_js__WEBPACK_IMPORTED_MODULE_8__/* .Opt */ .e3.Dataset), drift: (0,_drift_hook_js__WEBPACK_IMPORTED_MODULE_11__/* .lazyDriftHook */ .N)(invocation) }, context);
        const failed = (0,_domain_validation_verdict_js__WEBPACK_IMPORTED_MODULE_4__/* .failedErrorChecks */ .hJ)(result);
        if (context.inActions)
            (0,_adapters_actions_annotations_js__WEBPACK_IMPORTED_MODULE_1__/* .emitAnnotations */ .KI)(result, context.log);
        const jsonPath = (0,_invocation_js__WEBPACK_IMPORTED_MODULE_7__/* .stringOption */ .Pp)(invocation, _options_js__WEBPACK_IMPORTED_MODULE_8__/* .Opt */ .e3.Json);
        return {
            exitCode: result.verdict === 'fail' ? 1 : 0,
            text: (0,_domain_validation_verdict_js__WEBPACK_IMPORTED_MODULE_4__/* .validationText */ .nP)(result),
            json: result,
            markdown: validationMarkdown(result),
            outputs: { verdict: result.verdict, 'failed-checks': String(failed), 'report-path': jsonPath ? node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(context.cwd, jsonPath) : '' },
            ...(result.verdict === 'fail' ? { failure: `${failed} data check${failed === 1 ? '' : 's'} of severity error failed` } : {}),
        };
    },
};


/***/ }),

/***/ 81332:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  b8: () => (/* binding */ DEFAULT_MAX_EXAMPLES),
  JJ: () => (/* binding */ DatasetValidator),
  vK: () => (/* binding */ hashRow),
  MP: () => (/* binding */ hashRows)
});

// EXTERNAL MODULE: ./src/domain/table/hash.ts
var hash = __webpack_require__(68867);
// EXTERNAL MODULE: ./src/domain/validation/column-checker.ts + 2 modules
var column_checker = __webpack_require__(60743);
// EXTERNAL MODULE: ./src/domain/validation/failing-units.ts
var failing_units = __webpack_require__(1104);
// EXTERNAL MODULE: ./src/domain/validation/findings.ts
var findings = __webpack_require__(79746);
// EXTERNAL MODULE: ./src/domain/validation/hash-set.ts
var hash_set = __webpack_require__(46521);
// EXTERNAL MODULE: ./src/domain/validation/distinct.ts
var distinct = __webpack_require__(21464);
;// CONCATENATED MODULE: ./src/domain/validation/duplicate-rows.ts

/**
 * The rows seen so far, as 64-bit row hashes, for the `duplicates` check. Two equal rows hold the
 * same value in every column, so when the dataset has a `unique` column (the key) whose value is a
 * canonical integer, the first row with each key keeps its hash in a slot for that key: a later row is
 * a repeat of it when its hash equals the slot's. A row whose slot holds another hash (the key repeats
 * but the row differs), and every row without a usable key, goes to a hash set. The slots are one
 * array read and written mostly in order (ids mostly grow), where a hash-set insert is a cache miss.
 * Each row is compared with every earlier row of its key either way, so the result is the hash set's.
 */
class DuplicateRows {
    keyed;
    others = new hash_set/* HashSet64 */.l();
    /** hi at 2 * k, lo at 2 * k + 1 for the key base + k; (0, 0) empty. */
    slots;
    base = 0;
    expected = 0;
    h = new Uint32Array(2);
    /** `keyed`: the dataset has a key column (the hash set then only holds the exceptions). */
    constructor(keyed) {
        this.keyed = keyed;
    }
    /** About `rows` rows in all will come. */
    reserve(rows) {
        this.expected = Math.max(this.expected, rows);
        if (!this.keyed)
            this.others.reserve(rows);
    }
    /** Adds the row with hash (hi, lo) whose key is `key` (NaN: none); true when no earlier row had this hash. */
    add(hi, lo, key) {
        if (hi === 0 && lo === 0)
            lo = 1;
        if (key === key) {
            let slots = this.slots;
            if (slots === undefined) {
                const size = Math.max(1 << 16, Math.ceil(this.expected * 1.05));
                // A little room below the first key, most of it above.
                this.base = key - (size >> 4);
                slots = this.slots = new Uint32Array(2 * size);
            }
            const k = key - this.base;
            if (k >= 0 && 2 * k < slots.length) {
                const sh = slots[2 * k];
                const sl = slots[2 * k + 1];
                if (sh === 0 && sl === 0) {
                    slots[2 * k] = hi;
                    slots[2 * k + 1] = lo;
                    return true;
                }
                if (sh === hi && sl === lo)
                    return false;
            }
        }
        this.h[0] = hi;
        this.h[1] = lo;
        return this.others.add(this.h);
    }
    /**
     * `add` for rows [0, n) in order: row r has hash (hi[r], lo[r]) and its key in `keys` (the key
     * column's unique keys; none when undefined). fresh[r] = 1 when row r was new.
     */
    addRows(hi, lo, keys, n, fresh) {
        if (keys === undefined) {
            this.others.addMany(hi, lo, 0, n, fresh);
            return;
        }
        for (let r = 0; r < n; r++)
            fresh[r] = this.add(hi[r], lo[r], keys.nulls[r] === 0 ? keys.ints[r] : NaN) ? 1 : 0;
    }
}

;// CONCATENATED MODULE: ./src/domain/validation/file-shape.ts

const MAX_NAMES_SHOWN = 10;
function names(list) {
    const shown = list.slice(0, MAX_NAMES_SHOWN).join(', ');
    return list.length > MAX_NAMES_SHOWN ? `${shown} and ${list.length - MAX_NAMES_SHOWN} more` : shown;
}
/**
 * Findings about the files of a dataset that no check configures, because a read must never lose them
 * (SPEC §3): files of one dataset whose columns differ (`same_columns`: as sets of names, order aside;
 * for JSON Lines the keys of the whole file), and rows a reader read around (`duplicate_keys`: a key
 * repeated in one JSON object). Each is reported only when something was found.
 */
class FileShape {
    first;
    files = 0;
    differing;
    duplicateKeys;
    constructor(maxExamples) {
        this.differing = new findings/* Failures */.oo(maxExamples);
        this.duplicateKeys = new findings/* Failures */.oo(maxExamples);
    }
    startFile(file, header) {
        this.files++;
        if (this.first === undefined) {
            this.first = { file, columns: new Set(header) };
            return;
        }
        const here = new Set(header);
        const { columns } = this.first;
        const missing = [...columns].filter((c) => !here.has(c));
        const extra = header.filter((c) => !columns.has(c));
        if (missing.length === 0 && extra.length === 0)
            return;
        const parts = [...(missing.length ? [`missing ${names(missing)}`] : []), ...(extra.length ? [`extra ${names(extra)}`] : [])];
        this.differing.addLazy(() => ({ file, value: parts.join('; ') }));
    }
    consume(batch) {
        for (const issue of batch.issues ?? [])
            this.duplicateKeys.addLazy(() => ({ file: batch.file, line: issue.line, value: issue.value }));
    }
    results(rows) {
        const out = [];
        const d = this.differing;
        if (d.count > 0 && this.first) {
            out.push((0,findings/* finding */.gk)({ check: 'same_columns', severity: 'error', failed: true, failing: d.count, total: this.files, observed: `${d.count} of ${this.files} files have other columns than ${this.first.file}`, expected: `the columns of ${this.first.file}`, examples: d.examples }));
        }
        const k = this.duplicateKeys;
        if (k.count > 0) {
            out.push((0,findings/* finding */.gk)({ check: 'duplicate_keys', severity: 'error', failed: true, failing: k.count, total: rows, observed: `${k.count} object${k.count === 1 ? '' : 's'} with a repeated key (the last value was read)`, expected: 'each key once per object', examples: k.examples }));
        }
        return out;
    }
}

;// CONCATENATED MODULE: ./src/domain/validation/dataset-validator.ts








const DEFAULT_MAX_EXAMPLES = 5;
const keyId = (key) => JSON.stringify(key);
/**
 * Hashes the given columns of every row of a batch into hi[i], lo[i], column by column (a tight
 * loop per column). False when a column is missing from the batch.
 */
function hashRows(batch, names, hi, lo, scratch, acc) {
    const n = batch.length;
    hi.fill(0x12345678, 0, n);
    lo.fill(0x9abcdef0, 0, n);
    for (const name of names) {
        const col = batch.column(name);
        if (!col)
            return false;
        for (let i = 0; i < n; i++) {
            col.hash(i, scratch);
            acc[0] = hi[i];
            acc[1] = lo[i];
            (0,hash/* combineHash */.ej)(acc, scratch);
            hi[i] = acc[0];
            lo[i] = acc[1];
        }
    }
    return true;
}
/** Hashes the given columns of row i of a batch into `acc`. */
function hashRow(batch, names, i, acc, scratch) {
    acc[0] = 0x12345678;
    acc[1] = 0x9abcdef0;
    for (const name of names) {
        const col = batch.column(name);
        if (!col)
            return false;
        col.hash(i, scratch);
        (0,hash/* combineHash */.ej)(acc, scratch);
    }
    return true;
}
/**
 * Calls `found(r)` for each row r < rows that is not fresh (and not null, when `nulls` is given). A
 * function of its own: as a loop inside `absorbChunk`, it made the engine compile all of that (with
 * what it inlines) on the spot, again after each deoptimisation.
 */
function forEachRepeat(fresh, nulls, rows, found) {
    for (let r = 0; r < rows; r++) {
        if (fresh[r] || (nulls !== undefined && nulls[r]))
            continue;
        found(r);
    }
}
/**
 * All checks of one dataset (SPEC §3), fed file by file and batch by batch in one pass.
 * Pure: the caller reads the files (src/io) and hands over batches.
 */
class DatasetValidator {
    config;
    ctx;
    options;
    checkers = new Map();
    missing = new Map();
    unexpected = new Map();
    /** Every column name in the files' headers (what strict_columns' fraction is a share of). */
    columnsSeen = new Set();
    files = [];
    rows = 0;
    header = [];
    dupRows;
    /** The `unique` column whose values key the duplicate rows (see DuplicateRows). */
    dupKey;
    dupFailures;
    leakFailures;
    collected = new Map();
    acc = new Uint32Array(2);
    scratch = new Uint32Array(2);
    leakRows = 0;
    leakKeyMissing = false;
    shape;
    constructor(config, ctx, options = {}) {
        this.config = config;
        this.ctx = ctx;
        this.options = options;
        for (const [name, cc] of Object.entries(config.columns ?? {}))
            this.checkers.set(name, new column_checker/* ColumnChecker */.q(name, cc, ctx));
        this.dupKey = Object.entries(config.columns ?? {}).find(([, cc]) => cc.unique === true)?.[0];
        if (config.duplicates !== undefined)
            this.dupRows = new DuplicateRows(this.dupKey !== undefined);
        this.dupFailures = new findings/* Failures */.oo(ctx.maxExamples);
        this.leakFailures = new findings/* Failures */.oo(ctx.maxExamples);
        this.shape = new FileShape(ctx.maxExamples);
        for (const key of options.collectKeys ?? [])
            this.collected.set(keyId(key), { key, hashes: new hash_set/* HashSet64 */.l() });
    }
    /** A new file with this header; returns the columns to read from it. */
    startFile(file, header) {
        this.files.push(file);
        this.header = header;
        this.shape.startFile(file, header);
        const present = new Set(header);
        const wanted = new Set();
        for (const [name, checker] of this.checkers) {
            if (present.has(name))
                wanted.add(name);
            else if (checker.config.required !== false)
                this.missing.set(name, [...(this.missing.get(name) ?? []), file]);
        }
        if (this.config.strict_columns) {
            for (const h of header)
                this.columnsSeen.add(h);
            const extra = header.filter((h) => !this.checkers.has(h));
            if (extra.length)
                this.unexpected.set(file, extra);
        }
        if (this.dupRows)
            for (const h of header)
                wanted.add(h);
        const leak = this.config.leakage;
        if (leak)
            for (const k of leak.key)
                if (present.has(k))
                    wanted.add(k);
        for (const { key } of this.collected.values())
            for (const k of key)
                if (present.has(k))
                    wanted.add(k);
        return header.filter((h) => wanted.has(h));
    }
    hi = new Uint32Array(0);
    lo = new Uint32Array(0);
    fresh = new Uint8Array(0);
    consume(batch) {
        const n = batch.length;
        this.rows += n;
        for (const col of batch.columns)
            this.checkers.get(col.name)?.consume(batch, col);
        if (batch.issues)
            this.shape.consume(batch);
        if (this.hi.length < n) {
            this.hi = new Uint32Array(n);
            this.lo = new Uint32Array(n);
        }
        const { acc, scratch, hi, lo } = this;
        if (this.dupRows) {
            const names = this.header;
            const rowHash = batch.rowHash;
            if (!rowHash)
                hashRows(batch, names, hi, lo, scratch, acc);
            const keyCol = this.dupKey !== undefined ? batch.column(this.dupKey) : undefined;
            for (let i = 0; i < n; i++) {
                if (rowHash)
                    rowHash(i, acc);
                else {
                    acc[0] = hi[i];
                    acc[1] = lo[i];
                }
                const key = keyCol && !keyCol.isNull(i) ? (0,distinct/* uniqueInteger */.wF)(keyCol, i) : NaN;
                if (!this.dupRows.add(acc[0], acc[1], key))
                    this.dupFailures.addLazy(() => (0,findings/* exampleAt */.Ez)(batch, i, rowText(batch, names, i)));
            }
        }
        const leak = this.config.leakage;
        const target = this.options.leakageTarget;
        if (leak && target) {
            if (!hashRows(batch, leak.key, hi, lo, scratch, acc))
                this.leakKeyMissing = true;
            else {
                this.leakRows += n;
                for (let i = 0; i < n; i++) {
                    acc[0] = hi[i];
                    acc[1] = lo[i];
                    if (target.hashes.has(acc))
                        this.leakFailures.addLazy(() => (0,findings/* exampleAt */.Ez)(batch, i, rowText(batch, leak.key, i)));
                }
            }
        }
        for (const set of this.collected.values()) {
            if (!hashRows(batch, set.key, hi, lo, scratch, acc))
                continue;
            for (let i = 0; i < n; i++) {
                acc[0] = hi[i];
                acc[1] = lo[i];
                set.hashes.add(acc);
            }
        }
    }
    /** True when the dataset can be read by parallel workers (leakage needs per-row keys: read in one thread). */
    get parallelizable() {
        return this.config.leakage === undefined && this.collected.size === 0;
    }
    /** The column config a worker's checkers use: all checks but `unique` (done here from hashes). */
    workerColumns() {
        const out = {};
        for (const [name, checker] of this.checkers)
            out[name] = { ...checker.config, unique: undefined };
        return out;
    }
    uniqueColumns() {
        return [...this.checkers.values()].filter((c) => c.config.unique === true).map((c) => c.name);
    }
    get checksDuplicates() {
        return this.dupRows !== undefined;
    }
    /** About `rows` more rows will come: sizes the hash sets of uniqueness and duplicate rows once. */
    expectRows(rows) {
        this.dupRows?.reserve(this.rows + rows);
        for (const checker of this.checkers.values())
            checker.expectRows(rows);
    }
    /** Folds in one chunk computed by a worker (chunks must come in file order). */
    absorbChunk(file, c, decode) {
        this.rows += c.rows;
        const at = (r) => (c.rowOffset === undefined ? { line: c.lines[r] } : { row: c.rowOffset + r });
        for (const [name, state] of Object.entries(c.states))
            this.checkers.get(name)?.absorb(state);
        if (this.fresh.length < c.rows)
            this.fresh = new Uint8Array(c.rows);
        const fresh = this.fresh;
        for (const [name, u] of Object.entries(c.unique)) {
            const checker = this.checkers.get(name);
            if (!checker)
                continue;
            checker.observeUniqueRows(u, c.rows, fresh);
            forEachRepeat(fresh, u.nulls, c.rows, (r) => checker.addRepeat(() => ({ file, ...at(r), value: (0,findings/* shortValue */.wm)(decode.field(r, name)) })));
        }
        if (this.dupRows && c.rowHashes) {
            this.dupRows.addRows(c.rowHashes.hi, c.rowHashes.lo, this.dupKey !== undefined ? c.unique[this.dupKey] : undefined, c.rows, fresh);
            forEachRepeat(fresh, undefined, c.rows, (r) => this.dupFailures.addLazy(() => ({ file, ...at(r), value: decode.record(r) })));
        }
    }
    /** Key sets collected for other datasets' leakage checks. */
    keySets() {
        return [...this.collected.values()];
    }
    finish() {
        const cfg = this.config;
        const checks = [];
        checks.push((0,failing_units/* rowsCheck */.y0)(this.rows, cfg.rows));
        for (const [name, checker] of this.checkers) {
            const missingIn = this.missing.get(name);
            if (missingIn) {
                checks.push((0,findings/* finding */.gk)({ column: name, check: 'required', severity: checker.config.severity ?? 'error', failed: true, failing: missingIn.length, total: this.files.length, unit: 'files', observed: `missing in ${missingIn.length} of ${this.files.length} file${this.files.length === 1 ? '' : 's'}`, expected: 'present', examples: missingIn.slice(0, this.ctx.maxExamples).map((file) => ({ file, line: 1, value: null })) }));
                if (missingIn.length === this.files.length) {
                    checks.push(...checker.skippedResults(`column "${name}" is missing`));
                    continue;
                }
            }
            checks.push(...checker.results());
        }
        if (cfg.strict_columns) {
            const names = [...new Set([...this.unexpected.values()].flat())];
            const examples = names.length > 0 ? [...this.unexpected.entries()].slice(0, this.ctx.maxExamples).map(([file, cols]) => ({ file, line: 1, value: cols.join(', ') })) : [];
            checks.push((0,failing_units/* strictColumnsCheck */.Nk)(names, this.columnsSeen.size, examples));
        }
        if (cfg.duplicates !== undefined) {
            const maxFraction = typeof cfg.duplicates === 'number' ? cfg.duplicates : cfg.duplicates.max_fraction;
            const severity = typeof cfg.duplicates === 'number' ? 'error' : (cfg.duplicates.severity ?? 'error');
            const frac = this.rows > 0 ? this.dupFailures.count / this.rows : 0;
            checks.push((0,findings/* finding */.gk)({ check: 'duplicates', severity, failed: frac > maxFraction, failing: this.dupFailures.count, total: this.rows, observed: Number(frac.toPrecision(6)), expected: { max_fraction: maxFraction }, examples: this.dupFailures.examples }));
        }
        const leak = cfg.leakage;
        if (leak) {
            const severity = leak.severity ?? 'error';
            const maxFraction = leak.max_fraction ?? 0;
            if (this.leakKeyMissing || !this.options.leakageTarget) {
                checks.push({ check: 'leakage', severity, status: 'skipped', observed: null, expected: { against: leak.against, key: leak.key }, failing: 0, fraction: 0, examples: [], message: this.leakKeyMissing ? `key column(s) ${leak.key.join(', ')} missing` : `dataset "${leak.against}" was not read` });
            }
            else {
                const frac = this.leakRows > 0 ? this.leakFailures.count / this.leakRows : 0;
                checks.push((0,findings/* finding */.gk)({ check: 'leakage', severity, failed: frac > maxFraction, failing: this.leakFailures.count, total: this.leakRows, observed: `${this.leakFailures.count} row${this.leakFailures.count === 1 ? '' : 's'} share a ${leak.key.join('+')} with ${leak.against}`, expected: { against: leak.against, key: leak.key, max_fraction: maxFraction }, examples: this.leakFailures.examples }));
            }
        }
        checks.push(...this.shape.results(this.rows));
        return { name: cfg.name, files: this.files, rows: this.rows, checks };
    }
}
function rowText(batch, names, i) {
    const out = {};
    for (const n of names)
        out[n] = batch.column(n)?.text(i) ?? null;
    return out;
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
