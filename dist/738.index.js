export const id = 738;
export const ids = [738];
export const modules = {

/***/ 80055:
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

/***/ 56738:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runValidation: () => (/* binding */ runValidation),
  validateCommand: () => (/* binding */ validateCommand),
  validationMarkdown: () => (/* binding */ validationMarkdown)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/adapters/actions/annotations.ts
var annotations = __webpack_require__(80055);
// EXTERNAL MODULE: ./src/domain/errors.ts
var errors = __webpack_require__(60794);
// EXTERNAL MODULE: ./src/io/hash.ts
var hash = __webpack_require__(58665);
// EXTERNAL MODULE: ./src/domain/validation/column-checker.ts + 1 modules
var column_checker = __webpack_require__(37567);
// EXTERNAL MODULE: ./src/domain/validation/findings.ts
var findings = __webpack_require__(19915);
// EXTERNAL MODULE: ./src/domain/validation/hash-set.ts
var hash_set = __webpack_require__(34140);
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
        if (config.duplicates !== undefined)
            this.dupRows = new hash_set/* HashSet64 */.l();
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
            for (let i = 0; i < n; i++) {
                if (rowHash)
                    rowHash(i, acc);
                else {
                    acc[0] = hi[i];
                    acc[1] = lo[i];
                }
                if (!this.dupRows.add(acc))
                    this.dupFailures.add(batch, i, rowText(batch, names, i));
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
                        this.leakFailures.add(batch, i, rowText(batch, leak.key, i));
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
    /** Folds in one chunk computed by a worker (chunks must come in file order). */
    absorbChunk(file, c, decode) {
        this.rows += c.rows;
        for (const [name, state] of Object.entries(c.states))
            this.checkers.get(name)?.absorb(state);
        const acc = this.acc;
        for (const [name, u] of Object.entries(c.unique)) {
            const checker = this.checkers.get(name);
            if (!checker)
                continue;
            for (let r = 0; r < c.rows; r++) {
                if (u.nulls[r])
                    continue;
                acc[0] = u.hi[r];
                acc[1] = u.lo[r];
                if (!checker.observeUnique(acc))
                    checker.addRepeat(() => ({ file, line: c.lines[r], value: (0,findings/* shortValue */.wm)(decode.field(r, name)) }));
            }
        }
        if (this.dupRows && c.rowHashes) {
            for (let r = 0; r < c.rows; r++) {
                acc[0] = c.rowHashes.hi[r];
                acc[1] = c.rowHashes.lo[r];
                if (!this.dupRows.add(acc))
                    this.dupFailures.addLazy(() => ({ file, line: c.lines[r], value: decode.record(r) }));
            }
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

// EXTERNAL MODULE: ./src/domain/validation/verdict.ts
var verdict = __webpack_require__(27432);
// EXTERNAL MODULE: ./src/io/files.ts
var io_files = __webpack_require__(30798);
// EXTERNAL MODULE: ./src/io/read-dataset.ts + 1 modules
var read_dataset = __webpack_require__(57832);
// EXTERNAL MODULE: ./src/commands/drift-step.ts
var drift_step = __webpack_require__(83515);
// EXTERNAL MODULE: ./src/commands/invocation.ts + 2 modules
var commands_invocation = __webpack_require__(57984);
// EXTERNAL MODULE: ./src/commands/options.ts
var options = __webpack_require__(82505);
;// CONCATENATED MODULE: ./src/commands/validate.ts












const validate_keyId = (key) => JSON.stringify(key);
/** Runs every configured data check; reusable by `check`. Throws MlgateError (exit 2) on bad input. */
async function runValidation(loaded, options, context) {
    const { config } = loaded;
    const all = config.datasets;
    if (options.dataset !== undefined && !all.some((d) => d.name === options.dataset)) {
        throw (0,errors/* usageError */.Wp)(`dataset '${options.dataset}' is not in the config; expected one of: ${all.map((d) => d.name).join(', ') || '(none)'}`);
    }
    const selected = all.filter((d) => options.dataset === undefined || d.name === options.dataset);
    const now = options.now ?? Date.now();
    const filesOf = new Map();
    const files = async (d) => {
        let f = filesOf.get(d.name);
        if (!f) {
            const index = all.indexOf(d);
            f = await (0,io_files/* resolveDataFiles */.A)(d.path, loaded.root, `datasets[${index}].path (${d.name})`, context.cwd);
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
        const maxExamples = d.max_examples ?? config.report?.max_examples ?? DEFAULT_MAX_EXAMPLES;
        let leakageTarget;
        if (d.leakage) {
            const id = `${d.leakage.against}\u0000${validate_keyId(d.leakage.key)}`;
            leakageTarget = keySets.get(id);
            if (!leakageTarget) {
                const target = all.find((t) => t.name === d.leakage.against);
                leakageTarget = await collectKeys(target, d.leakage.key, await files(target));
                keySets.set(id, leakageTarget);
            }
        }
        const validator = new DatasetValidator(d, { now, maxExamples }, { leakageTarget, collectKeys: wantedKeys.get(d.name) });
        const dataFiles = await files(d);
        await (0,read_dataset/* readForValidation */.b)(dataFiles, d, validator, { env: context.env, now, maxExamples });
        for (const ks of validator.keySets())
            keySets.set(`${d.name}\u0000${validate_keyId(ks.key)}`, ks);
        const result = validator.finish();
        if (d.drift && options.drift) {
            const drift = await options.drift({ dataset: d, files: dataFiles, loaded, context });
            if (drift)
                result.drift = drift;
        }
        results.push(result);
    }
    return { verdict: (0,verdict/* validationVerdict */.lL)(results), datasets: results };
}
async function collectKeys(target, key, dataFiles) {
    const hashes = new hash_set/* HashSet64 */.l();
    const acc = new Uint32Array(2);
    const scratch = new Uint32Array(2);
    await (0,read_dataset/* readDataset */.J)(dataFiles, target, {
        startFile: (_file, header) => header.filter((h) => key.includes(h)),
        consume: (batch) => {
            for (let i = 0; i < batch.length; i++)
                if (hashRow(batch, key, i, acc, scratch))
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
        options: [options/* configOption */.KJ, options/* jsonOption */.Ec, options/* datasetOption */.kq, options/* storeOption */.XS, options/* tokenOption */.Pc],
        outputs: [
            { name: 'verdict', description: 'pass, warn or fail.' },
            { name: 'failed-checks', description: 'Number of failed checks of severity error.' },
            { name: 'report-path', description: 'Path of the JSON result.' },
        ],
        stepAction: true,
    },
    async run(invocation, context) {
        const loaded = await (0,commands_invocation/* loadConfig */.Z9)(invocation, context);
        if (loaded.config.datasets.length === 0)
            throw (0,errors/* usageError */.Wp)(`the config defines no datasets; add one under \`datasets:\` (${(0,commands_invocation/* optionLabel */.ed)(invocation, options/* Opt */.e3.Config)})`);
        const result = await runValidation(loaded, { dataset: (0,commands_invocation/* stringOption */.Pp)(invocation, options/* Opt */.e3.Dataset), drift: drift_step/* driftHook */.zi }, context);
        const failed = (0,verdict/* failedErrorChecks */.hJ)(result);
        if (context.inActions)
            (0,annotations/* emitAnnotations */.KI)(result, context.log);
        const jsonPath = (0,commands_invocation/* stringOption */.Pp)(invocation, options/* Opt */.e3.Json);
        return {
            exitCode: result.verdict === 'fail' ? 1 : 0,
            text: (0,verdict/* validationText */.nP)(result),
            json: result,
            markdown: validationMarkdown(result),
            outputs: { verdict: result.verdict, 'failed-checks': String(failed), 'report-path': jsonPath ? external_node_path_default().resolve(context.cwd, jsonPath) : '' },
            ...(result.verdict === 'fail' ? { failure: `${failed} data check${failed === 1 ? '' : 's'} of severity error failed` } : {}),
        };
    },
};


/***/ }),

/***/ 57832:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  J: () => (/* binding */ readDataset),
  b: () => (/* binding */ readForValidation)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(75919);
// EXTERNAL MODULE: ./src/domain/errors.ts
var errors = __webpack_require__(60794);
// EXTERNAL MODULE: ./src/io/byte-stream.ts
var byte_stream = __webpack_require__(18468);
// EXTERNAL MODULE: ./src/io/csv/chunk-worker.ts
var chunk_worker = __webpack_require__(82030);
// EXTERNAL MODULE: ./src/io/csv/tokenizer.ts
var tokenizer = __webpack_require__(22859);
;// CONCATENATED MODULE: ./src/io/csv/parallel.ts






/** Bytes per chunk handed to a worker (cut at a record boundary). */
const CHUNK_BYTES = 4 << 20;
/**
 * Worker threads can only load the bundle (dist/index.js): the sources are TypeScript. MLGATE_THREADS
 * sets the number of workers (1 = read in the main thread).
 */
function parallelWorkers(env) {
    if (!import.meta.url.endsWith('.js'))
        return 1;
    const asked = Number(env.MLGATE_THREADS ?? '');
    if (Number.isInteger(asked) && asked >= 1)
        return Math.min(asked, 16);
    return Math.min((0,external_node_os_.availableParallelism)(), 4);
}
/**
 * End (exclusive) of the last complete record in buf[0, end), given that buf starts at a record
 * boundary: the last newline outside quotes. 0 when there is none.
 */
function lastRecordEnd(buf, end) {
    let last = -1;
    let p = 0;
    for (;;) {
        const q = buf.indexOf(34, p);
        const segEnd = q < 0 || q >= end ? end : q;
        if (segEnd > p) {
            const nl = buf.lastIndexOf(10, segEnd - 1);
            if (nl >= p)
                last = nl;
        }
        if (q < 0 || q >= end)
            break;
        const close = buf.indexOf(34, q + 1);
        if (close < 0 || close >= end)
            break;
        p = close + 1;
    }
    return last + 1;
}
function countNewlines(buf, end) {
    let n = 0;
    for (let p = buf.indexOf(10); p >= 0 && p < end; p = buf.indexOf(10, p + 1))
        n++;
    return n;
}
class Pool {
    workers = [];
    waiting = new Map();
    failure;
    constructor(count, job) {
        // This module sits in a chunk of the bundle; the worker loads the bundle's entry, which loads the worker code.
        // (Not `new URL('./index.js', import.meta.url)`: the bundler would rewrite that as an asset.)
        const entry = import.meta.url.replace(/[^/]*$/, 'index.js');
        const code = `process.argv[1] = 'mlgate-worker'; import(${JSON.stringify(entry)}).then((m) => m.startCsvChunkWorker());`;
        for (let k = 0; k < count; k++) {
            // A worker holds one 4 MiB chunk and its offsets at a time: a small heap keeps the process's RSS low.
            const w = new external_node_worker_threads_.Worker(code, { eval: true, workerData: { tag: chunk_worker.CHUNK_WORKER_TAG }, resourceLimits: { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 16 } });
            w.on('message', (reply) => {
                const pending = this.waiting.get(reply.id);
                this.waiting.delete(reply.id);
                pending?.resolve(reply);
            });
            w.on('error', (e) => this.fail(e));
            w.on('exit', (code) => {
                if (code !== 0)
                    this.fail(new Error(`worker thread exited with status ${code}`));
            });
            w.postMessage({ kind: 'job', job });
            this.workers.push(w);
        }
    }
    fail(e) {
        this.failure ??= e;
        for (const p of this.waiting.values())
            p.reject(e);
        this.waiting.clear();
    }
    run(id, buf, startLine, rowOffset) {
        if (this.failure)
            return Promise.reject(this.failure instanceof Error ? this.failure : new Error('worker thread failed'));
        return new Promise((resolve, reject) => {
            this.waiting.set(id, { resolve, reject });
            const copy = new Uint8Array(buf.length);
            copy.set(buf);
            this.workers[id % this.workers.length].postMessage({ kind: 'chunk', id, buf: copy, startLine, rowOffset }, [copy.buffer]);
        });
    }
    async close() {
        await Promise.all(this.workers.map((w) => w.terminate()));
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
/**
 * Reads a CSV file in chunks cut at record boundaries and has `workers` threads tokenize and check
 * them; results are folded into `sink` in file order, so counts and examples equal a one-thread read.
 */
async function readCsvParallel(source, header, job, sink, workers) {
    const pool = new Pool(workers, job);
    const inFlight = [];
    const settle = async () => {
        const next = inFlight.shift();
        const reply = await next.promise;
        if (!reply.ok)
            throw (0,errors/* inputError */.Xu)(reply.message, { file: source.file, line: reply.line });
        sink.absorbChunk(source.file, reply.summary, decoder(next.buf, reply.records, header));
    };
    try {
        let skip = header.endOffset;
        let pending;
        let line = header.nextLine;
        let id = 0;
        const rowOffset = 0;
        const dispatch = async (chunk) => {
            if (chunk.length === 0)
                return;
            inFlight.push({ promise: pool.run(id++, chunk, line, rowOffset), buf: chunk });
            line += countNewlines(chunk, chunk.length);
            if (inFlight.length >= workers * 2)
                await settle();
        };
        for await (let raw of (0,byte_stream/* fileChunks */.T)(source.path, source.file, source.gzip, CHUNK_BYTES)) {
            if (skip > 0) {
                const drop = Math.min(skip, raw.length);
                skip -= drop;
                raw = raw.subarray(drop);
                if (raw.length === 0)
                    continue;
            }
            const buf = pending ? Buffer.concat([pending, raw]) : raw;
            if (buf.length < CHUNK_BYTES) {
                pending = buf === raw ? Buffer.from(raw) : buf;
                continue;
            }
            const cut = lastRecordEnd(buf, buf.length);
            if (cut === 0) {
                pending = buf;
                continue;
            }
            await dispatch(Buffer.from(buf.subarray(0, cut)));
            pending = cut < buf.length ? Buffer.from(buf.subarray(cut)) : undefined;
        }
        if (pending && pending.length > 0)
            await dispatch(pending);
        while (inFlight.length > 0)
            await settle();
    }
    finally {
        await pool.close();
    }
}

// EXTERNAL MODULE: ./src/io/csv/source.ts
var source = __webpack_require__(40465);
// EXTERNAL MODULE: ./src/io/open.ts + 2 modules
var io_open = __webpack_require__(49367);
;// CONCATENATED MODULE: ./src/io/read-dataset.ts




/** Streams every file of a dataset into `sink`, one file after the other. */
async function readDataset(files, dataset, sink) {
    for (const f of files) {
        const table = (0,io_open/* openTable */.R)(f.path, { displayName: f.name, format: dataset.format, delimiter: dataset.delimiter });
        const header = await table.columnNames();
        const columns = sink.startFile(f.name, header);
        for await (const batch of table.batches({ columns }))
            sink.consume(batch);
    }
}
/** CSV files at least this big are checked by worker threads: each worker loads the whole bundle (~0.4 s of CPU), which smaller files do not repay. MLGATE_PARALLEL_MIN_BYTES overrides (tests). */
const PARALLEL_MIN_BYTES = 48 << 20;
function minParallelBytes(env) {
    const n = Number(env.MLGATE_PARALLEL_MIN_BYTES ?? '');
    return Number.isFinite(n) && n > 0 ? n : PARALLEL_MIN_BYTES;
}
/**
 * Feeds a dataset to its validator: big CSV/TSV files through worker threads (both cores), everything
 * else in this thread. Results are identical either way.
 */
async function readForValidation(files, dataset, validator, options) {
    const workers = parallelWorkers(options.env);
    for (const f of files) {
        const table = (0,io_open/* openTable */.R)(f.path, { displayName: f.name, format: dataset.format, delimiter: dataset.delimiter });
        const header = await table.columnNames();
        const columns = validator.startFile(f.name, header);
        if (table instanceof source/* CsvSource */.U && workers > 1 && validator.parallelizable && (await (0,promises_.stat)(f.path)).size >= minParallelBytes(options.env)) {
            const info = await table.headerInfo();
            const job = {
                file: f.name,
                header: info.names,
                delimiter: info.delimiter,
                columns: validator.workerColumns(),
                unique: validator.uniqueColumns(),
                rowHashes: validator.checksDuplicates,
                now: options.now,
                maxExamples: options.maxExamples,
            };
            await readCsvParallel({ ...table.location, file: f.name }, info, job, validator, workers);
            continue;
        }
        for await (const batch of table.batches({ columns }))
            validator.consume(batch);
    }
}


/***/ })

};
