export const id = 10;
export const ids = [10];
export const modules = {

/***/ 9738:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KI: () => (/* binding */ emitAnnotations)
/* harmony export */ });
/* unused harmony exports ANNOTATIONS_PER_LEVEL, planAnnotations */
/** GitHub shows at most 10 annotations per level per step. */
const ANNOTATIONS_PER_LEVEL = 10;
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
function planAnnotations(result, limit = ANNOTATIONS_PER_LEVEL) {
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
/** Emits the planned annotations through the log (workflow commands in Actions). */
function emitAnnotations(result, log, limit = ANNOTATIONS_PER_LEVEL) {
    const { annotations, omitted } = planAnnotations(result, limit);
    for (const a of annotations) {
        const props = { title: a.title, file: a.file, ...(a.line !== undefined ? { startLine: a.line } : {}) };
        if (a.level === 'error')
            log.error(a.message, props);
        else
            log.warning(a.message, props);
    }
    return { emitted: annotations.length, omitted };
}


/***/ }),

/***/ 95725:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ lazyDriftHook)
/* harmony export */ });
/** The drift step, loaded only when a dataset has `drift:` (its modules take ~30 ms to load, which a run without drift need not pay). */
const lazyDriftHook = async (input) => (await Promise.all(/* import() */[__webpack_require__.e(274), __webpack_require__.e(400), __webpack_require__.e(112)]).then(__webpack_require__.bind(__webpack_require__, 89112))).driftHook(input);


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
/* harmony import */ var _adapters_actions_annotations_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(9738);
/* harmony import */ var _domain_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(10241);
/* harmony import */ var _domain_validation_dataset_validator_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(96475);
/* harmony import */ var _domain_validation_hash_set_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(46521);
/* harmony import */ var _domain_validation_verdict_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(66971);
/* harmony import */ var _io_data_files_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2190);
/* harmony import */ var _io_data_read_dataset_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(81037);
/* harmony import */ var _drift_hook_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(95725);
/* harmony import */ var _invocation_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(58386);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(26052);












const keyId = (key) => JSON.stringify(key);
/** Runs every configured data check; reusable by `check`. Throws MlgateError (exit 2) on bad input. */
async function runValidation(loaded, options, context) {
    const { config } = loaded;
    const all = config.datasets;
    if (options.dataset !== undefined && !all.some((d) => d.name === options.dataset)) {
        throw (0,_domain_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .usageError */ .Wp)(`dataset '${options.dataset}' is not in the config; expected one of: ${all.map((d) => d.name).join(', ') || '(none)'}`);
    }
    const selected = all.filter((d) => options.dataset === undefined || d.name === options.dataset);
    const now = options.now ?? Date.now();
    const filesOf = new Map();
    const files = async (d) => {
        let f = filesOf.get(d.name);
        if (!f) {
            const index = all.indexOf(d);
            f = await (0,_io_data_files_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveDataFiles */ .A)(d.path, loaded.root, `datasets[${index}].path (${d.name})`, context.cwd);
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
        const maxExamples = d.max_examples ?? config.report?.max_examples ?? _domain_validation_dataset_validator_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_MAX_EXAMPLES */ .b8;
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
        const validator = new _domain_validation_dataset_validator_js__WEBPACK_IMPORTED_MODULE_2__/* .DatasetValidator */ .JJ(d, { now, maxExamples }, { leakageTarget, collectKeys: wantedKeys.get(d.name) });
        const dataFiles = await files(d);
        const drift = d.drift && options.drift ? await options.drift({ dataset: d, files: dataFiles, loaded, context }) : undefined;
        await (0,_io_data_read_dataset_js__WEBPACK_IMPORTED_MODULE_5__/* .readForValidation */ .bm)(dataFiles, d, validator, { env: context.env, now, maxExamples, ...(drift?.collector ? { drift: drift.collector } : {}) });
        for (const ks of validator.keySets())
            keySets.set(`${d.name}\u0000${keyId(ks.key)}`, ks);
        const result = validator.finish();
        if (drift)
            result.drift = await drift.finish();
        results.push(result);
    }
    return { verdict: (0,_domain_validation_verdict_js__WEBPACK_IMPORTED_MODULE_3__/* .validationVerdict */ .lL)(results), datasets: results };
}
async function collectKeys(target, key, dataFiles) {
    const hashes = new _domain_validation_hash_set_js__WEBPACK_IMPORTED_MODULE_8__/* .HashSet64 */ .l();
    const acc = new Uint32Array(2);
    const scratch = new Uint32Array(2);
    await (0,_io_data_read_dataset_js__WEBPACK_IMPORTED_MODULE_5__/* .readDataset */ .JP)(dataFiles, target, {
        startFile: (_file, header) => header.filter((h) => key.includes(h)),
        consume: (batch) => {
            for (let i = 0; i < batch.length; i++)
                if ((0,_domain_validation_dataset_validator_js__WEBPACK_IMPORTED_MODULE_2__/* .hashRow */ .vK)(batch, key, i, acc, scratch))
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
            const ex = c.examples.map((e) => `${esc(e.file)}${e.line !== undefined ? `:${e.line}` : ` row ${e.row}`} ${esc(JSON.stringify(e.value) ?? '')}`).join('<br>');
            lines.push(`| ${esc(c.column ?? '')} | ${c.check} | ${c.severity} | ${esc(JSON.stringify(c.observed) ?? '')} | ${esc(JSON.stringify(c.expected) ?? '')} | ${c.failing} (${(c.fraction * 100).toFixed(2)}%) | ${ex} |`);
        }
        lines.push('');
    }
    return lines.join('\n');
}
const validateCommand = {
    spec: {
        name: 'validate',
        summary: 'Run data checks (and drift when a reference is configured).',
        options: [_options_js__WEBPACK_IMPORTED_MODULE_7__/* .configOption */ .KJ, _options_js__WEBPACK_IMPORTED_MODULE_7__/* .jsonOption */ .Ec, _options_js__WEBPACK_IMPORTED_MODULE_7__/* .datasetOption */ .kq, _options_js__WEBPACK_IMPORTED_MODULE_7__/* .storeOption */ .XS, _options_js__WEBPACK_IMPORTED_MODULE_7__/* .tokenOption */ .Pc],
        outputs: [
            { name: 'verdict', description: 'pass, warn or fail.' },
            { name: 'failed-checks', description: 'Number of failed checks of severity error.' },
            { name: 'report-path', description: 'Path of the JSON result.' },
        ],
        stepAction: true,
    },
    async run(invocation, context) {
        const loaded = await (0,_invocation_js__WEBPACK_IMPORTED_MODULE_6__/* .loadConfig */ .Z9)(invocation, context);
        if (loaded.config.datasets.length === 0)
            throw (0,_domain_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .usageError */ .Wp)(`the config defines no datasets; add one under \`datasets:\` (${(0,_invocation_js__WEBPACK_IMPORTED_MODULE_6__/* .optionLabel */ .ed)(invocation, _options_js__WEBPACK_IMPORTED_MODULE_7__/* .Opt */ .e3.Config)})`);
        const result = await runValidation(loaded, { dataset: (0,_invocation_js__WEBPACK_IMPORTED_MODULE_6__/* .stringOption */ .Pp)(invocation, _options_js__WEBPACK_IMPORTED_MODULE_7__/* .Opt */ .e3.Dataset), drift: _drift_hook_js__WEBPACK_IMPORTED_MODULE_9__/* .lazyDriftHook */ .N }, context);
        const failed = (0,_domain_validation_verdict_js__WEBPACK_IMPORTED_MODULE_3__/* .failedErrorChecks */ .hJ)(result);
        if (context.inActions)
            (0,_adapters_actions_annotations_js__WEBPACK_IMPORTED_MODULE_10__/* .emitAnnotations */ .KI)(result, context.log);
        const jsonPath = (0,_invocation_js__WEBPACK_IMPORTED_MODULE_6__/* .stringOption */ .Pp)(invocation, _options_js__WEBPACK_IMPORTED_MODULE_7__/* .Opt */ .e3.Json);
        return {
            exitCode: result.verdict === 'fail' ? 1 : 0,
            text: (0,_domain_validation_verdict_js__WEBPACK_IMPORTED_MODULE_3__/* .validationText */ .nP)(result),
            json: result,
            markdown: validationMarkdown(result),
            outputs: { verdict: result.verdict, 'failed-checks': String(failed), 'report-path': jsonPath ? node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(context.cwd, jsonPath) : '' },
            ...(result.verdict === 'fail' ? { failure: `${failed} data check${failed === 1 ? '' : 's'} of severity error failed` } : {}),
        };
    },
};


/***/ }),

/***/ 96475:
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
        for (const key of options.collectKeys ?? [])
            this.collected.set(keyId(key), { key, hashes: new hash_set/* HashSet64 */.l() });
    }
    /** A new file with this header; returns the columns to read from it. */
    startFile(file, header) {
        this.files.push(file);
        this.header = header;
        const present = new Set(header);
        const wanted = new Set();
        for (const [name, checker] of this.checkers) {
            if (present.has(name))
                wanted.add(name);
            else if (checker.config.required !== false)
                this.missing.set(name, [...(this.missing.get(name) ?? []), file]);
        }
        if (this.config.strict_columns) {
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
        const rowsCfg = cfg.rows;
        const rowsSeverity = rowsCfg?.severity ?? 'error';
        const min = rowsCfg?.min ?? 1;
        const max = rowsCfg?.max;
        const rowsFailed = this.rows < min || (max !== undefined && this.rows > max);
        checks.push((0,findings/* finding */.gk)({ check: 'rows', severity: rowsSeverity, failed: rowsFailed, failing: 0, total: 0, observed: this.rows, expected: { min, ...(max !== undefined ? { max } : {}) }, ...(this.rows === 0 ? { message: 'the dataset has no data rows' } : {}) }));
        for (const [name, checker] of this.checkers) {
            const missingIn = this.missing.get(name);
            if (missingIn) {
                checks.push((0,findings/* finding */.gk)({ column: name, check: 'required', severity: checker.config.severity ?? 'error', failed: true, failing: missingIn.length, total: this.files.length, observed: `missing in ${missingIn.length} of ${this.files.length} file${this.files.length === 1 ? '' : 's'}`, expected: 'present', examples: missingIn.slice(0, this.ctx.maxExamples).map((file) => ({ file, line: 1, value: null })) }));
                if (missingIn.length === this.files.length) {
                    checks.push(...checker.skippedResults(`column "${name}" is missing`));
                    continue;
                }
            }
            checks.push(...checker.results());
        }
        if (cfg.strict_columns) {
            const names = [...new Set([...this.unexpected.values()].flat())];
            checks.push((0,findings/* finding */.gk)({ check: 'strict_columns', severity: 'error', failed: names.length > 0, failing: names.length, total: 0, observed: names, expected: 'only the configured columns', examples: [...this.unexpected.entries()].slice(0, this.ctx.maxExamples).map(([file, cols]) => ({ file, line: 1, value: cols.join(', ') })) }));
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
