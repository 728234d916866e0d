export const id = 457;
export const ids = [457];
export const modules = {

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

/***/ 83838:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PARQUET_WORKER_TAG: () => (/* binding */ PARQUET_WORKER_TAG),
/* harmony export */   summarize: () => (/* binding */ summarize)
/* harmony export */ });
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(75919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _domain_validation_column_checker_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(60743);
/* harmony import */ var _domain_validation_distinct_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(21464);
/* harmony import */ var _domain_validation_dataset_validator_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(81332);
/* harmony import */ var _source_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(42121);





/** Marks a worker thread started by src/io/data/parquet/parallel.ts. */
const PARQUET_WORKER_TAG = 'mlgate-parquet-worker';
/** The column checks of one batch, and the hashes uniqueness and duplicate detection need in data order. */
function summarize(job, batch) {
    const rows = batch.length;
    const ctx = { now: job.now, maxExamples: job.maxExamples };
    const states = {};
    for (const col of batch.columns) {
        const config = job.columns[col.name];
        if (!config)
            continue;
        const checker = new _domain_validation_column_checker_js__WEBPACK_IMPORTED_MODULE_1__/* .ColumnChecker */ .q(col.name, config, ctx);
        checker.consume(batch, col);
        states[col.name] = checker.state();
    }
    const h = new Uint32Array(2);
    const unique = {};
    for (const name of job.unique) {
        const col = batch.column(name);
        if (!col)
            continue;
        const u = (0,_domain_validation_distinct_js__WEBPACK_IMPORTED_MODULE_2__/* .uniqueKeys */ .ij)(rows);
        (0,_domain_validation_distinct_js__WEBPACK_IMPORTED_MODULE_2__/* .fillUniqueKeys */ .ld)(col, rows, u, 0, h);
        unique[name] = u;
    }
    let rowHashes;
    if (job.rowHashes) {
        rowHashes = { hi: new Uint32Array(rows), lo: new Uint32Array(rows) };
        (0,_domain_validation_dataset_validator_js__WEBPACK_IMPORTED_MODULE_3__/* .hashRows */ .MP)(batch, job.header, rowHashes.hi, rowHashes.lo, h, new Uint32Array(2));
    }
    return { rows, lines: new Float64Array(0), rowOffset: batch.rowOffset, states, unique, ...(rowHashes ? { rowHashes } : {}) };
}
/** Reads the tasks' rows; a task continuing where the last one of this worker stopped reads on, another skips to its start. */
class TaskRunner {
    job;
    reader;
    group;
    constructor(job, reader) {
        this.job = job;
        this.reader = reader;
    }
    async run(task) {
        const rowStart = task.groupStart + task.start;
        if (this.group?.group !== task.group || this.group.position > rowStart)
            this.group = this.reader.rowGroup(task.group, task.groupStart);
        const group = this.group;
        if (group.position < rowStart)
            await group.skip(rowStart - group.position);
        const data = await group.takeData(task.rows);
        if (group.position === this.reader.groupStarts()[task.group + 1])
            await group.finish();
        const columns = group.columns(data);
        const index = new Map(columns.map((c) => [c.name, c]));
        const batch = { file: this.job.file, length: task.rows, rowOffset: rowStart, columns, column: (n) => index.get(n), line: () => undefined };
        // The data sent is copied (structured clone), so pages shared with the next task stay intact here.
        return { summary: summarize(this.job, batch), columns: data.filter((d) => this.job.send.includes(d.name)) };
    }
}
function transferables(reply) {
    if (!reply.ok)
        return [];
    const s = reply.summary;
    const out = new Set();
    for (const u of Object.values(s.unique))
        for (const a of [u.ints, u.hi, u.lo, u.nulls])
            out.add(a.buffer);
    if (s.rowHashes)
        for (const a of [s.rowHashes.hi, s.rowHashes.lo])
            out.add(a.buffer);
    return [...out];
}
if (!node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.isMainThread && node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.parentPort && node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.workerData?.tag === PARQUET_WORKER_TAG) {
    const port = node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.parentPort;
    let source;
    let runner;
    // Tasks run one after the other: each awaits file reads, and the next must not start meanwhile.
    let queue = Promise.resolve();
    port.on('message', (msg) => {
        if (msg.kind === 'job') {
            source = new _source_js__WEBPACK_IMPORTED_MODULE_4__/* .ParquetSource */ .W(msg.job.path, msg.job.file);
            const job = msg.job;
            runner = source.open(job.wanted).then(({ reader }) => new TaskRunner(job, reader));
            return;
        }
        const { task } = msg;
        const [file, tasks] = [source, runner];
        queue = queue.then(async () => {
            let reply;
            try {
                reply = { id: task.id, ok: true, ...(await (await tasks).run(task)) };
            }
            catch (error) {
                reply = { id: task.id, ok: false, message: file.corrupt(error).message };
            }
            port.postMessage(reply, transferables(reply));
        });
    });
}


/***/ })

};
