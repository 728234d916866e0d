export const id = 861;
export const ids = [861,169,241,463];
export const modules = {

/***/ 96475:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  b8: () => (/* binding */ DEFAULT_MAX_EXAMPLES),
  JJ: () => (/* binding */ DatasetValidator),
  vK: () => (/* binding */ hashRow),
  MP: () => (/* binding */ hashRows)
});

// EXTERNAL MODULE: ./src/io/hash.ts
var hash = __webpack_require__(34246);
// EXTERNAL MODULE: ./src/domain/validation/column-checker.ts + 1 modules
var column_checker = __webpack_require__(46865);
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
            for (let r = 0; r < c.rows; r++) {
                if (fresh[r] || u.nulls[r])
                    continue;
                checker.addRepeat(() => ({ file, ...at(r), value: (0,findings/* shortValue */.wm)(decode.field(r, name)) }));
            }
        }
        if (this.dupRows && c.rowHashes) {
            this.dupRows.addRows(c.rowHashes.hi, c.rowHashes.lo, this.dupKey !== undefined ? c.unique[this.dupKey] : undefined, c.rows, fresh);
            for (let r = 0; r < c.rows; r++) {
                if (!fresh[r])
                    this.dupFailures.addLazy(() => ({ file, ...at(r), value: decode.record(r) }));
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


/***/ }),

/***/ 27169:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   countLines: () => (/* binding */ countLines),
/* harmony export */   processChunk: () => (/* binding */ processChunk),
/* harmony export */   resultBuffers: () => (/* binding */ resultBuffers)
/* harmony export */ });
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4573);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_buffer__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(75919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _domain_validation_column_checker_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(46865);
/* harmony import */ var _domain_validation_distinct_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(21464);
/* harmony import */ var _chunk_workers_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(88719);
/* harmony import */ var _columns_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(41333);
/* harmony import */ var _hash_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(34246);
/* harmony import */ var _column_values_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(59439);
/* harmony import */ var _tokenizer_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(49070);









/**
 * Rows tokenized and checked at a time: the fields' offsets and the bytes of 4,096 rows stay in the
 * core's cache while each column's checks read them.
 */
const SUB_BATCH_ROWS = 4096;
/** Line feeds in the chunk (Buffer's indexOf is a native memchr; Uint8Array's is several times slower). */
function countLines(buf) {
    let n = 0;
    for (let p = buf.indexOf(10); p >= 0; p = buf.indexOf(10, p + 1))
        n++;
    return n;
}
function firstBadLine(buf, startLine) {
    let line = startLine;
    let p = 0;
    while (p < buf.length) {
        let q = buf.indexOf(10, p);
        if (q < 0)
            q = buf.length;
        if (!(0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isUtf8)(buf.subarray(p, q)))
            return line;
        line++;
        p = q + 1;
    }
    return line;
}
/**
 * Tokenizes one chunk (whole records, starting on line `startLine`) and runs the column checks on
 * it; collects the hashes that uniqueness and duplicate rows need, in data order.
 */
function processChunk(job, buf, startLine) {
    if (!(0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isUtf8)(buf))
        throw new _tokenizer_js__WEBPACK_IMPORTED_MODULE_8__/* .CsvSyntaxError */ .oC('invalid UTF-8 (expected UTF-8 text; re-encode the file, e.g. iconv -t UTF-8)', firstBadLine(buf, startLine));
    const ascii = (0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isAscii)(buf);
    const requested = job.header.filter((h) => h in job.columns || job.unique.includes(h) || (job.drift !== undefined && h in job.drift.plans));
    const slotOf = new Int32Array(job.header.length).fill(-1);
    requested.forEach((name, slot) => {
        slotOf[job.header.indexOf(name)] = slot;
    });
    const capacity = countLines(buf) + 1;
    const lines = new Float64Array(capacity);
    const records = new Int32Array(2 * capacity);
    const unique = Object.fromEntries(job.unique.filter((n) => requested.includes(n)).map((n) => [n, (0,_domain_validation_distinct_js__WEBPACK_IMPORTED_MODULE_3__/* .uniqueKeys */ .ij)(capacity)]));
    const rowHashes = job.rowHashes ? { hi: new Uint32Array(capacity), lo: new Uint32Array(capacity) } : undefined;
    const ctx = { now: job.now, maxExamples: job.maxExamples };
    const checkers = requested.flatMap((name, slot) => {
        const cfg = job.columns[name];
        return cfg ? [{ slot, checker: new _domain_validation_column_checker_js__WEBPACK_IMPORTED_MODULE_2__/* .ColumnChecker */ .q(name, cfg, ctx) }] : [];
    });
    const collector = job.drift ? (0,_column_values_js__WEBPACK_IMPORTED_MODULE_7__/* .exactCollector */ .l5)() : undefined;
    const streamer = job.drift && collector ? new _column_values_js__WEBPACK_IMPORTED_MODULE_7__/* .ColumnStreamer */ .iI(job.drift.columns, collector.sinks, new Map(Object.entries(job.drift.plans))) : undefined;
    const tok = new _tokenizer_js__WEBPACK_IMPORTED_MODULE_8__/* .CsvTokenizer */ .YB(job.delimiter, job.header.length, slotOf, requested.length, SUB_BATCH_ROWS);
    tok.line = startLine;
    const h = new Uint32Array(2);
    const view = (0,_hash_js__WEBPACK_IMPORTED_MODULE_6__/* .viewOf */ .du)(buf);
    let rows = 0;
    let pos = 0;
    while (pos < buf.length) {
        const res = tok.tokenize(buf, pos, buf.length, true);
        const n = res.rows;
        pos = res.consumed;
        if (n === 0)
            break;
        const columns = requested.map((name, slot) => new _columns_js__WEBPACK_IMPORTED_MODULE_5__/* .CsvColumn */ .xO(name, buf, tok.offsets, tok.flags, slot, requested.length, n, ascii));
        const byName = new Map(columns.map((c) => [c.name, c]));
        const subLines = tok.lines;
        const batch = { file: job.file, length: n, rowOffset: rows, columns, column: (name) => byName.get(name), line: (i) => subLines[i] };
        for (const { slot, checker } of checkers)
            checker.consume(batch, columns[slot]);
        streamer?.consume(batch);
        for (const [name, u] of Object.entries(unique))
            (0,_domain_validation_distinct_js__WEBPACK_IMPORTED_MODULE_3__/* .fillUniqueKeys */ .ld)(byName.get(name), n, u, rows, h);
        lines.set(subLines.subarray(0, n), rows);
        records.set(tok.records.subarray(0, 2 * n), 2 * rows);
        if (rowHashes) {
            for (let i = 0; i < n; i++) {
                (0,_hash_js__WEBPACK_IMPORTED_MODULE_6__/* .hashRecordBytes */ .Vt)(buf, view, records[2 * (rows + i)], records[2 * (rows + i) + 1], h);
                rowHashes.hi[rows + i] = h[0];
                rowHashes.lo[rows + i] = h[1];
            }
        }
        rows += n;
    }
    const states = {};
    for (const { checker } of checkers)
        states[checker.name] = checker.state();
    const trim = (a, len) => a.subarray(0, len);
    for (const u of Object.values(unique)) {
        u.ints = trim(u.ints, rows);
        u.hi = trim(u.hi, rows);
        u.lo = trim(u.lo, rows);
        u.nulls = trim(u.nulls, rows);
    }
    const summary = { rows, lines: trim(lines, rows), states, unique, ...(rowHashes ? { rowHashes: { hi: trim(rowHashes.hi, rows), lo: trim(rowHashes.lo, rows) } } : {}) };
    return { summary, records: trim(records, 2 * rows), ...(collector ? { drift: collector.export() } : {}) };
}
/** The typed arrays of a result, to transfer rather than copy. */
function resultBuffers(result) {
    const s = result.summary;
    const out = [s.lines.buffer, result.records.buffer];
    for (const u of Object.values(s.unique))
        out.push(u.ints.buffer, u.hi.buffer, u.lo.buffer, u.nulls.buffer);
    if (s.rowHashes)
        out.push(s.rowHashes.hi.buffer, s.rowHashes.lo.buffer);
    for (const c of Object.values(result.drift?.numeric ?? {}))
        out.push(c.values.buffer);
    return out;
}
if (!node_worker_threads__WEBPACK_IMPORTED_MODULE_1__.isMainThread && node_worker_threads__WEBPACK_IMPORTED_MODULE_1__.parentPort && node_worker_threads__WEBPACK_IMPORTED_MODULE_1__.workerData?.tag === _chunk_workers_js__WEBPACK_IMPORTED_MODULE_4__/* .CHUNK_WORKER_TAG */ .q$) {
    const port = node_worker_threads__WEBPACK_IMPORTED_MODULE_1__.parentPort;
    let job;
    port.on('message', (msg) => {
        if (msg.kind === 'job') {
            job = msg.job;
            return;
        }
        const buf = Buffer.from(msg.buf.buffer, msg.buf.byteOffset, msg.buf.byteLength);
        let reply;
        try {
            reply = { id: msg.id, ok: true, result: processChunk(job, buf, msg.startLine), buf: msg.buf };
        }
        catch (error) {
            reply = { id: msg.id, ok: false, message: error instanceof Error ? error.message : String(error), line: error instanceof _tokenizer_js__WEBPACK_IMPORTED_MODULE_8__/* .CsvSyntaxError */ .oC ? error.line : msg.startLine, buf: msg.buf };
        }
        port.postMessage(reply, [msg.buf.buffer, ...(reply.ok ? resultBuffers(reply.result) : [])]);
    });
}


/***/ }),

/***/ 13958:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ CsvSource)
/* harmony export */ });
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4573);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_buffer__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _domain_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(10241);
/* harmony import */ var _byte_stream_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(18529);
/* harmony import */ var _columns_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(41333);
/* harmony import */ var _hash_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(34246);
/* harmony import */ var _tokenizer_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(49070);






const DEFAULT_BATCH_ROWS = 4096;
const MAX_HEADER_FIELDS = 1 << 16;
/** CSV/TSV file (optionally gzip) read in one streaming pass. */
class CsvSource {
    path;
    file;
    format;
    gzip;
    delimiter;
    header;
    constructor(path, file, format, gzip, delimiter) {
        this.path = path;
        this.file = file;
        this.format = format;
        this.gzip = gzip;
        this.delimiter = delimiter;
    }
    async columnNames() {
        if (!this.header) {
            for await (const batch of this.batches({ columns: [], batchRows: 1 })) {
                void batch;
                break;
            }
        }
        return this.header.names;
    }
    /** The parsed header (reads the start of the file once). */
    async headerInfo() {
        await this.columnNames();
        return this.header;
    }
    /** What `fileChunks` needs to read this file again. */
    get location() {
        return { path: this.path, gzip: this.gzip };
    }
    knownRowCount() {
        return Promise.resolve(undefined);
    }
    async *batches(options = {}) {
        const batchRows = Math.max(1, options.batchRows ?? DEFAULT_BATCH_ROWS);
        let pending;
        let tok;
        let names = [];
        let rowOffset = 0;
        let firstChunk = true;
        let requested = [];
        let sawAnyByte = false;
        const fail = (error, line) => {
            if (error instanceof _tokenizer_js__WEBPACK_IMPORTED_MODULE_5__/* .CsvSyntaxError */ .oC)
                throw (0,_domain_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)(error.message, { file: this.file, line: error.line });
            throw (0,_domain_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)(String(error), { file: this.file, line });
        };
        const makeBatch = (buf, rows) => {
            const t = tok;
            const ascii = rows > 0 && (0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isAscii)(buf.subarray(t.records[0], t.records[2 * rows - 1]));
            const columns = requested.map((name, slot) => new _columns_js__WEBPACK_IMPORTED_MODULE_3__/* .CsvColumn */ .xO(name, buf, t.offsets, t.flags, slot, requested.length, rows, ascii));
            const lines = t.lines;
            const records = t.records;
            const view = (0,_hash_js__WEBPACK_IMPORTED_MODULE_4__/* .viewOf */ .du)(buf);
            const byName = new Map(columns.map((c) => [c.name, c]));
            const batch = {
                file: this.file,
                length: rows,
                rowOffset,
                columns,
                column: (name) => byName.get(name),
                line: (i) => lines[i],
                rowHash: (i, out) => (0,_hash_js__WEBPACK_IMPORTED_MODULE_4__/* .hashRecordBytes */ .Vt)(buf, view, records[2 * i], records[2 * i + 1], out),
            };
            rowOffset += rows;
            return batch;
        };
        const checkUtf8 = (buf, start, end, firstLine) => {
            if ((0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isUtf8)(buf.subarray(start, end)))
                return;
            let line = firstLine;
            let p = start;
            while (p < end) {
                let q = buf.indexOf(10, p);
                if (q < 0 || q >= end)
                    q = end;
                if (!(0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isUtf8)(buf.subarray(p, q)))
                    throw (0,_domain_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)('invalid UTF-8 (expected UTF-8 text; re-encode the file, e.g. iconv -t UTF-8)', { file: this.file, line });
                line++;
                p = q + 1;
            }
        };
        const readHeader = (buf, final) => {
            let start = 0;
            if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf)
                start = 3;
            // skip leading empty lines
            const delimiter = this.delimiter !== undefined ? this.delimiter.charCodeAt(0) : this.format === 'tsv' ? 9 : (0,_tokenizer_js__WEBPACK_IMPORTED_MODULE_5__/* .detectDelimiter */ .T6)(buf, start, buf.length);
            const identity = new Int32Array(MAX_HEADER_FIELDS).map((_, i) => i);
            const headerTok = new _tokenizer_js__WEBPACK_IMPORTED_MODULE_5__/* .CsvTokenizer */ .YB(delimiter, -1, identity, MAX_HEADER_FIELDS, 1);
            let res;
            try {
                res = headerTok.tokenize(buf, start, buf.length, final);
            }
            catch (error) {
                return fail(error);
            }
            if (res.rows === 0)
                return -1;
            checkUtf8(buf, start, res.consumed, 1);
            const count = headerTok.lastFieldCount;
            names = [];
            for (let f = 0; f < count; f++) {
                const s = headerTok.offsets[2 * f];
                const e = headerTok.offsets[2 * f + 1];
                const t = buf.toString('utf8', s, e);
                names.push(headerTok.flags[f] === 2 ? t.replaceAll('""', '"') : t);
            }
            const seen = new Set();
            names.forEach((n, i) => {
                if (n === '')
                    throw (0,_domain_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)(`header field ${i + 1} is empty; expected a column name`, { file: this.file, line: headerTok.lines[0] });
                if (seen.has(n))
                    throw (0,_domain_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)(`duplicate column name "${n}" in the header`, { file: this.file, line: headerTok.lines[0] });
                seen.add(n);
            });
            this.header = { names, delimiter, endOffset: res.consumed, nextLine: headerTok.line };
            requested = options.columns ? options.columns.filter((c) => names.includes(c)) : [...names];
            const slotOf = new Int32Array(names.length).fill(-1);
            requested.forEach((name, slot) => {
                slotOf[names.indexOf(name)] = slot;
            });
            tok = new _tokenizer_js__WEBPACK_IMPORTED_MODULE_5__/* .CsvTokenizer */ .YB(delimiter, names.length, slotOf, requested.length, batchRows);
            tok.line = headerTok.line;
            return res.consumed;
        };
        for await (const chunk of (0,_byte_stream_js__WEBPACK_IMPORTED_MODULE_2__/* .fileChunks */ .T)(this.path, this.file, this.gzip)) {
            if (chunk.length > 0)
                sawAnyByte = true;
            let buf = pending && pending.length > 0 ? Buffer.concat([pending, chunk]) : chunk;
            let pos = 0;
            if (!tok) {
                pos = readHeader(buf, false);
                if (pos < 0) {
                    pending = buf;
                    continue;
                }
                if (options.columns && options.columns.length === 0 && options.batchRows === 1 && firstChunk)
                    return;
            }
            firstChunk = false;
            for (;;) {
                const startLine = tok.line;
                let res;
                try {
                    res = tok.tokenize(buf, pos, buf.length, false);
                }
                catch (error) {
                    return fail(error);
                }
                if (res.rows === 0)
                    break;
                checkUtf8(buf, pos, res.consumed, startLine);
                yield makeBatch(buf, res.rows);
                pos = res.consumed;
                if (pos >= buf.length)
                    break;
            }
            pending = pos < buf.length ? buf.subarray(pos) : undefined;
            buf = Buffer.alloc(0);
        }
        // end of input
        const rest = pending ?? Buffer.alloc(0);
        let pos = 0;
        if (!tok) {
            if (!sawAnyByte || rest.every((c) => c === 10 || c === 13 || c === 32))
                throw (0,_domain_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)('empty file: expected a header line with column names', { file: this.file, line: 1 });
            pos = readHeader(rest, true);
            if (pos < 0)
                throw (0,_domain_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)('empty file: expected a header line with column names', { file: this.file, line: 1 });
            if (options.columns && options.columns.length === 0 && options.batchRows === 1)
                return;
        }
        while (pos < rest.length) {
            const startLine = tok.line;
            let res;
            try {
                res = tok.tokenize(rest, pos, rest.length, true);
            }
            catch (error) {
                return fail(error);
            }
            if (res.rows === 0 && res.consumed === pos)
                break;
            checkUtf8(rest, pos, res.consumed, startLine);
            if (res.rows > 0)
                yield makeBatch(rest, res.rows);
            pos = res.consumed;
        }
    }
}


/***/ }),

/***/ 33839:
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

/***/ 16889:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  R: () => (/* binding */ openTable)
});

// UNUSED EXPORTS: detectFormat

// EXTERNAL MODULE: ./src/domain/errors.ts
var errors = __webpack_require__(10241);
// EXTERNAL MODULE: ./src/io/csv/source.ts
var source = __webpack_require__(13958);
// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
// EXTERNAL MODULE: ./src/io/byte-stream.ts
var byte_stream = __webpack_require__(18529);
// EXTERNAL MODULE: ./src/io/columns.ts + 2 modules
var io_columns = __webpack_require__(41333);
;// CONCATENATED MODULE: ./src/io/jsonl.ts




const DEFAULT_BATCH_ROWS = 16_384;
/** JSON Lines: one object per line; blank lines skipped; missing keys are null; nested values stay objects. */
class JsonlSource {
    path;
    file;
    gzip;
    format = 'jsonl';
    names;
    constructor(path, file, gzip) {
        this.path = path;
        this.file = file;
        this.gzip = gzip;
    }
    async columnNames() {
        if (!this.names) {
            const seen = new Set();
            // Keys can appear on any line: one streaming pass over the file collects them all.
            for await (const batch of this.objects(DEFAULT_BATCH_ROWS)) {
                for (const o of batch.rows)
                    for (const k of Object.keys(o))
                        seen.add(k);
            }
            this.names = [...seen];
        }
        return this.names;
    }
    knownRowCount() {
        return Promise.resolve(undefined);
    }
    async *objects(batchRows) {
        let pending;
        let line = 1;
        let rows = [];
        let lines = [];
        let any = false;
        const parseLine = (buf, s, e) => {
            if (e > s && buf[e - 1] === 13)
                e--;
            let blank = true;
            for (let p = s; p < e; p++) {
                const c = buf[p];
                if (c !== 32 && c !== 9) {
                    blank = false;
                    break;
                }
            }
            if (!blank) {
                const slice = buf.subarray(s, e);
                if (!(0,external_node_buffer_.isUtf8)(slice))
                    throw (0,errors/* inputError */.Xu)('invalid UTF-8 (expected UTF-8 text)', { file: this.file, line });
                let v;
                try {
                    v = JSON.parse(slice.toString('utf8'));
                }
                catch (error) {
                    throw (0,errors/* inputError */.Xu)(`invalid JSON: ${error.message}`, { file: this.file, line }, error);
                }
                if (v === null || typeof v !== 'object' || Array.isArray(v))
                    throw (0,errors/* inputError */.Xu)(`expected a JSON object on each line, found ${Array.isArray(v) ? 'an array' : JSON.stringify(v)?.slice(0, 40)}`, { file: this.file, line });
                rows.push(v);
                lines.push(line);
                any = true;
            }
            line++;
        };
        for await (const chunk of (0,byte_stream/* fileChunks */.T)(this.path, this.file, this.gzip)) {
            const buf = pending ? Buffer.concat([pending, chunk]) : chunk;
            let p = 0;
            for (;;) {
                const q = buf.indexOf(10, p);
                if (q < 0)
                    break;
                parseLine(buf, p, q);
                p = q + 1;
                if (rows.length >= batchRows) {
                    yield { rows, lines };
                    rows = [];
                    lines = [];
                }
            }
            pending = p < buf.length ? Buffer.from(buf.subarray(p)) : undefined;
        }
        if (pending && pending.length > 0)
            parseLine(pending, 0, pending.length);
        if (!any)
            throw (0,errors/* inputError */.Xu)('empty file: expected JSON objects, one per line', { file: this.file, line: 1 });
        if (rows.length > 0)
            yield { rows, lines };
    }
    async *batches(options = {}) {
        const batchRows = Math.max(1, options.batchRows ?? DEFAULT_BATCH_ROWS);
        let rowOffset = 0;
        const known = new Set(this.names ?? []);
        const order = [...known];
        for await (const { rows, lines } of this.objects(batchRows)) {
            for (const o of rows)
                for (const k of Object.keys(o))
                    if (!known.has(k)) {
                        known.add(k);
                        order.push(k);
                    }
            if (!this.names || this.names.length < order.length)
                this.names = [...order];
            const wanted = options.columns ? options.columns.filter((c) => known.has(c)) : order;
            const columns = wanted.map((name) => {
                const values = rows.map((o) => o[name]);
                return new io_columns/* ValueColumn */.IX(name, kindOf(values), values, 0, rows.length);
            });
            const byName = new Map(columns.map((c) => [c.name, c]));
            yield { file: this.file, length: rows.length, rowOffset, columns, column: (n) => byName.get(n), line: (i) => lines[i] };
            rowOffset += rows.length;
        }
    }
}
function kindOf(values) {
    let kind;
    for (const v of values) {
        if (v === null || v === undefined)
            continue;
        const k = typeof v === 'number' ? (Number.isInteger(v) ? 'integer' : 'number') : typeof v === 'boolean' ? 'boolean' : typeof v === 'string' ? 'string' : 'json';
        if (kind === undefined)
            kind = k;
        else if (kind !== k) {
            if ((kind === 'integer' && k === 'number') || (kind === 'number' && k === 'integer'))
                kind = 'number';
            else
                return 'json';
        }
    }
    return kind ?? 'json';
}

// EXTERNAL MODULE: ./src/io/parquet.ts + 13 modules
var parquet = __webpack_require__(67232);
;// CONCATENATED MODULE: ./src/io/open.ts




const EXTENSIONS = { csv: 'csv', tsv: 'tsv', tab: 'tsv', txt: 'csv', jsonl: 'jsonl', ndjson: 'jsonl', parquet: 'parquet', pq: 'parquet' };
/** Format and gzip from the file name: `x.csv`, `x.tsv.gz`, `x.ndjson`, `x.parquet`. */
function detectFormat(file, override) {
    const lower = file.toLowerCase();
    const gzip = lower.endsWith('.gz');
    const base = gzip ? lower.slice(0, -3) : lower;
    const ext = base.slice(base.lastIndexOf('.') + 1);
    const format = override ?? EXTENSIONS[ext];
    if (!format)
        throw (0,errors/* inputError */.Xu)(`cannot tell the data format from the name; expected .csv, .tsv, .jsonl, .ndjson or .parquet (optionally .gz for text), or set \`format:\` on the dataset`, { file });
    if (format === 'parquet' && gzip)
        throw (0,errors/* inputError */.Xu)('a gzip-compressed Parquet file is not supported: Parquet compresses its pages itself', { file });
    return { format, gzip };
}
/** Opens a data file as a streaming table. `path` is what is read; `displayName` (default `path`) is what errors and examples show. */
function openTable(path, options = {}) {
    const file = options.displayName ?? path;
    const { format, gzip } = detectFormat(path, options.format);
    switch (format) {
        case 'parquet':
            return new parquet/* ParquetSource */.W(path, file);
        case 'jsonl':
            return new JsonlSource(path, file, gzip);
        default:
            return new source/* CsvSource */.U(path, file, format, gzip, options.delimiter);
    }
}


/***/ }),

/***/ 20241:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PARQUET_WORKER_TAG: () => (/* binding */ PARQUET_WORKER_TAG),
/* harmony export */   summarize: () => (/* binding */ summarize)
/* harmony export */ });
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(75919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _domain_validation_column_checker_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(46865);
/* harmony import */ var _domain_validation_distinct_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(21464);
/* harmony import */ var _domain_validation_dataset_validator_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(96475);
/* harmony import */ var _parquet_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(67232);





/** Marks a worker thread started by src/io/parquet/parallel.ts. */
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
            source = new _parquet_js__WEBPACK_IMPORTED_MODULE_4__/* .ParquetSource */ .W(msg.job.path, msg.job.file);
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


/***/ }),

/***/ 84863:
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
// EXTERNAL MODULE: ./src/io/chunk-workers.ts
var chunk_workers = __webpack_require__(88719);
// EXTERNAL MODULE: ./src/domain/errors.ts
var errors = __webpack_require__(10241);
// EXTERNAL MODULE: ./src/io/csv/chunk-worker.ts
var chunk_worker = __webpack_require__(27169);
// EXTERNAL MODULE: ./src/io/csv/tokenizer.ts
var tokenizer = __webpack_require__(49070);
// EXTERNAL MODULE: ./src/io/byte-stream.ts
var byte_stream = __webpack_require__(18529);
;// CONCATENATED MODULE: ./src/io/csv/record-chunks.ts


/**
 * ArrayBuffers for chunks, handed back once a chunk has been folded: a file is read into a few
 * buffers over and over instead of a new one per chunk (each a fresh mapping of memory to fault in,
 * and garbage to collect).
 */
class ChunkBuffers {
    chunkBytes;
    free = [];
    /** Bytes of a pooled buffer: a chunk plus room for the part-record carried over from the previous one. */
    size;
    constructor(chunkBytes) {
        this.chunkBytes = chunkBytes;
        this.size = chunkBytes + (chunkBytes >> 4);
    }
    take(atLeast) {
        if (atLeast <= this.size)
            return this.free.pop() ?? new ArrayBuffer(this.size);
        return new ArrayBuffer(atLeast);
    }
    give(buffer) {
        if (buffer.byteLength === this.size && buffer instanceof ArrayBuffer && this.free.length < 16)
            this.free.push(buffer);
    }
}
/**
 * The data of a CSV file from byte `start` (past the header) as chunks of whole records of about
 * `buffers.chunkBytes` bytes, each at the start of an ArrayBuffer of its own (so it can move to a
 * worker thread without a copy). A plain file is read straight into the buffers; a gzip one through
 * the gunzip stream.
 */
async function* recordChunks(source, start, buffers) {
    if (source.gzip) {
        yield* streamedChunks(source, start, buffers);
        return;
    }
    const bytes = buffers.chunkBytes;
    let handle;
    try {
        handle = await (0,promises_.open)(source.path, 'r');
    }
    catch (error) {
        throw (0,byte_stream/* describeReadError */.U)(error, source.file);
    }
    let pos = start;
    /** Reads on into buf from `from` until it is full or the file ends; resolves to the bytes it holds. */
    const fill = async (buf, from) => {
        let len = from;
        while (len < buf.length) {
            let n;
            try {
                n = (await handle.read(buf, len, buf.length - len, pos)).bytesRead;
            }
            catch (error) {
                throw (0,byte_stream/* describeReadError */.U)(error, source.file);
            }
            if (n === 0)
                break;
            len += n;
            pos += n;
        }
        return len;
    };
    const next = (carry) => {
        const carried = carry?.length ?? 0;
        const buf = Buffer.from(buffers.take(carried + bytes), 0, carried + bytes);
        if (carry)
            buf.set(carry);
        const filled = fill(buf, carried);
        // Awaited below; this keeps an early failure from being reported as unhandled meanwhile.
        filled.catch(() => undefined);
        return { buf, filled };
    };
    try {
        let reading = next(undefined);
        for (;;) {
            const { buf } = reading;
            const len = await reading.filled;
            if (len < buf.length) {
                if (len > 0)
                    yield buf.subarray(0, len);
                return;
            }
            const cut = lastRecordEnd(buf, len);
            // The next read starts now, while this chunk is being checked. No record ends in the
            // buffer (a record longer than a chunk): it all moves on into a bigger one.
            reading = next(buf.subarray(cut, len));
            if (cut > 0)
                yield buf.subarray(0, cut);
            else
                buffers.give(buf.buffer);
        }
    }
    finally {
        await handle.close();
    }
}
async function* streamedChunks(source, start, buffers) {
    let skip = start;
    let pending;
    for await (let raw of (0,byte_stream/* fileChunks */.T)(source.path, source.file, source.gzip, buffers.chunkBytes)) {
        if (skip > 0) {
            const drop = Math.min(skip, raw.length);
            skip -= drop;
            raw = raw.subarray(drop);
            if (raw.length === 0)
                continue;
        }
        const size = (pending?.length ?? 0) + raw.length;
        const buf = Buffer.from(buffers.take(size), 0, size);
        if (pending)
            buf.set(pending);
        buf.set(raw, pending?.length ?? 0);
        const cut = buf.length < buffers.chunkBytes ? 0 : lastRecordEnd(buf, buf.length);
        pending = Uint8Array.prototype.slice.call(buf, cut);
        if (cut > 0)
            yield buf.subarray(0, cut);
        else
            buffers.give(buf.buffer);
    }
    if (pending && pending.length > 0) {
        const buf = Buffer.from(buffers.take(pending.length), 0, pending.length);
        buf.set(pending);
        yield buf;
    }
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

;// CONCATENATED MODULE: ./src/io/csv/parallel.ts





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
            const worker = (0,chunk_workers/* takeChunkWorker */.r$)();
            const slot = { worker, queued: 0 };
            worker.on('message', (reply) => {
                slot.queued--;
                const buf = Buffer.from(reply.buf.buffer, reply.buf.byteOffset, reply.buf.byteLength);
                this.done(reply.id, reply.ok ? { ok: true, result: reply.result, buf } : { ok: false, message: reply.message, line: reply.line });
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
    offer(id, chunk, startLine) {
        const slot = this.workers.reduce((best, w) => (w.queued < QUEUE_PER_WORKER && (!best || w.queued < best.queued) ? w : best), undefined);
        if (!slot)
            return false;
        slot.queued++;
        slot.worker.postMessage({ kind: 'chunk', id, buf: chunk, startLine }, [chunk.buffer]);
        return true;
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
function runHere(job, chunk, startLine) {
    const buf = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    try {
        return { ok: true, result: (0,chunk_worker.processChunk)(job, buf, startLine), buf };
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
    const buffers = new ChunkBuffers(threads.chunkBytes);
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
            // Examples were decoded in absorbChunk: the chunk's bytes are no longer needed.
            buffers.give(outcome.buf.buffer);
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
        if (!pool?.offer(id, chunk, startLine))
            ready.set(id, runHere(job, chunk, startLine));
        fold();
    };
    try {
        for await (const chunk of recordChunks(source, header.endOffset, buffers)) {
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

// EXTERNAL MODULE: ./src/io/csv/source.ts
var source = __webpack_require__(13958);
// EXTERNAL MODULE: ./src/io/open.ts + 1 modules
var io_open = __webpack_require__(16889);
// EXTERNAL MODULE: ./src/io/column-values.ts
var column_values = __webpack_require__(59439);
// EXTERNAL MODULE: ./src/io/parquet.ts + 13 modules
var parquet = __webpack_require__(67232);
// EXTERNAL MODULE: ./src/io/worker-pool.ts
var worker_pool = __webpack_require__(17607);
// EXTERNAL MODULE: ./src/io/parquet/columns.ts + 1 modules
var columns = __webpack_require__(14909);
// EXTERNAL MODULE: ./src/io/parquet/worker.ts
var worker = __webpack_require__(20241);
;// CONCATENATED MODULE: ./src/io/parquet/parallel.ts




/** Rows per task: one batch of the one-thread reader, so a task's data stays ~10 MB. */
const TASK_ROWS = 131_072;
function parallel_decoder(columns, header) {
    const byName = new Map(columns.map((c) => [c.name, c]));
    const text = (r, name) => byName.get(name)?.text(r) ?? null;
    return {
        field: (r, name) => text(r, name),
        record: (r) => Object.fromEntries(header.map((name) => [name, text(r, name)])),
    };
}
/** Row group by row group, tasks of at most TASK_ROWS rows. */
function tasks(starts) {
    const out = [];
    for (let g = 0; g + 1 < starts.length; g++) {
        const rows = starts[g + 1] - starts[g];
        for (let start = 0; start < rows; start += TASK_ROWS)
            out.push({ id: out.length, group: g, groupStart: starts[g], start, rows: Math.min(TASK_ROWS, rows - start) });
    }
    return out;
}
/**
 * Validates a Parquet file on `workers` threads: each reads and checks batches of rows, and the results
 * are folded into `validator` in file order, so counts and examples equal a one-thread read. The data of
 * the columns examples may show (unique columns, every column when duplicates are checked) comes back
 * with each batch, for the few rows shown.
 */
async function readParquetParallel(path, table, header, wanted, validator, context, workers) {
    const unique = validator.uniqueColumns();
    const send = validator.checksDuplicates ? header : unique;
    const job = { path, file: table.file, header, wanted, columns: validator.workerColumns(), unique, rowHashes: validator.checksDuplicates, send, now: context.now, maxExamples: context.maxExamples };
    const starts = await table.rowGroupStarts();
    const pool = new worker_pool/* BundleWorkerPool */.tg('startParquetWorker', worker.PARQUET_WORKER_TAG, workers, job, { maxOldGenerationSizeMb: 96, maxYoungGenerationSizeMb: 16 });
    const inFlight = [];
    const settle = async () => {
        const reply = await inFlight.shift();
        if (!reply.ok)
            throw (0,errors/* inputError */.Xu)(reply.message, { file: table.file });
        validator.absorbChunk(table.file, reply.summary, parallel_decoder(reply.columns.map((d) => (0,columns/* toColumn */._T)(d)), header));
    };
    try {
        for (const task of tasks(starts)) {
            inFlight.push(pool.run(task));
            if (inFlight.length >= workers * 2)
                await settle();
        }
        while (inFlight.length > 0)
            await settle();
    }
    finally {
        // After a failure, the tasks still running fail when their workers stop: nobody waits for them.
        for (const p of inFlight)
            p.catch(() => undefined);
        await pool.close();
    }
}

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
/** CSV files (and columns to sort) at least this big are handled by worker threads too: starting one costs ~50 ms of CPU, which less data does not repay. MLGATE_PARALLEL_MIN_BYTES overrides (tests). */
const PARALLEL_MIN_BYTES = 16 << 20;
function minParallelBytes(env) {
    const n = Number(env.MLGATE_PARALLEL_MIN_BYTES ?? '');
    return Number.isFinite(n) && n > 0 ? n : PARALLEL_MIN_BYTES;
}
/** Reads one file with the chunk pipeline when it is a big CSV file; false when it is not (read it batch by batch). */
async function readChunked(table, f, env, checks, sink, streamer, drift) {
    const threads = (0,chunk_workers/* parallelThreads */.xb)(env);
    if (!(table instanceof source/* CsvSource */.U) || threads < 2)
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
        const table = (0,io_open/* openTable */.R)(f.path, { displayName: f.name, format: dataset.format, delimiter: dataset.delimiter });
        const header = await table.columnNames();
        const columns = validator.startFile(f.name, header);
        if (validator.parallelizable && (await readChunked(table, f, options.env, checks, validator, streamer, options.drift)))
            continue;
        // The footer gives the row count: the hash sets of uniqueness and duplicates are sized once (up to a
        // bound: a damaged footer must not make them huge; past it they grow as they fill).
        if (table instanceof parquet/* ParquetSource */.W)
            validator.expectRows(Math.max(0, Math.min((await table.knownRowCount()) || 0, 1 << 22)));
        if (table instanceof parquet/* ParquetSource */.W && validator.parallelizable && !streamer && (await readParquetThreads(table, f, header, columns, validator, options)))
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
        const table = (0,io_open/* openTable */.R)(f.path, { displayName: f.name, format: dataset.format, delimiter: dataset.delimiter });
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
