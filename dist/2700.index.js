export const id = 2700;
export const ids = [2700];
export const modules = {

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

/***/ 89100:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ZI: () => (/* binding */ DictionaryCache),
  _T: () => (/* binding */ toColumn)
});

// UNUSED EXPORTS: BooleanColumn, NumberColumn, StringColumn

// EXTERNAL MODULE: ./src/domain/validation/iso-time.ts
var iso_time = __webpack_require__(61597);
// EXTERNAL MODULE: ./src/io/data/columns.ts
var columns = __webpack_require__(65690);
// EXTERNAL MODULE: ./src/domain/table/hash.ts
var hash = __webpack_require__(68867);
// EXTERNAL MODULE: ./src/io/data/parquet/dense.ts
var dense = __webpack_require__(96897);
;// CONCATENATED MODULE: ./src/io/data/parquet/integer-hash.ts

const digits = new Uint8Array(24);
/**
 * Exactly `hashInteger(n)` (the hash of the decimal text), with int32 arithmetic on two halves of at
 * most 8 digits instead of a floating division per digit: ids and timestamps are hashed once per row.
 */
function hashSafeInteger(n, out) {
    let v = n < 0 ? -n : n;
    if (!(v <= Number.MAX_SAFE_INTEGER) || !Number.isInteger(v))
        return (0,hash/* hashInteger */.D5)(n, out);
    let p = digits.length;
    if (v >= 1e8) {
        const high = Math.floor(v / 1e8);
        let low = v - high * 1e8;
        for (let k = 0; k < 8; k++) {
            const q = (low / 10) | 0;
            digits[--p] = 48 + low - q * 10;
            low = q;
        }
        v = high;
    }
    let w = v | 0;
    do {
        const q = (w / 10) | 0;
        digits[--p] = 48 + w - q * 10;
        w = q;
    } while (w > 0);
    if (n < 0)
        digits[--p] = 45;
    (0,hash/* hashBytes */.yi)(digits, p, digits.length, false, out);
}

;// CONCATENATED MODULE: ./src/io/data/parquet/columns.ts





class NumberColumn {
    name;
    kind;
    mode;
    values;
    nulls;
    big;
    length;
    entry;
    cache;
    constructor(name, kind, mode, values, nulls, big, length, 
    /** Each row's dictionary entry (-1: none), and the cache of the entries' hashes. */
    entry = undefined, cache = undefined) {
        this.name = name;
        this.kind = kind;
        this.mode = mode;
        this.values = values;
        this.nulls = nulls;
        this.big = big;
        this.length = length;
        this.entry = entry;
        this.cache = cache;
    }
    isNull(i) {
        return this.nulls[i] === 1;
    }
    number(i) {
        return this.nulls[i] === 1 ? NaN : this.values[i];
    }
    isInteger(i) {
        if (this.nulls[i] === 1)
            return false;
        return this.mode === 'int64' || (this.mode === 'number' && Number.isInteger(this.values[i]));
    }
    datetime(i, dateOnly) {
        if (this.mode !== 'time' || this.nulls[i] === 1)
            return NaN;
        const ms = this.values[i];
        return dateOnly && ms % 86_400_000 !== 0 ? NaN : ms;
    }
    text(i) {
        if (this.nulls[i] === 1)
            return null;
        const v = this.values[i];
        if (this.mode === 'time')
            return Number.isNaN(v) ? 'Invalid Date' : new Date(v).toISOString();
        return String(this.big?.get(i) ?? v);
    }
    value(i) {
        if (this.nulls[i] === 1)
            return null;
        const v = this.values[i];
        if (this.mode === 'time')
            return new Date(v);
        if (this.mode === 'int64')
            return this.big?.get(i) ?? BigInt(v);
        return v;
    }
    hashValue(i, out) {
        const v = this.values[i];
        if (this.mode === 'time' || Number.isSafeInteger(v))
            hashSafeInteger(v, out);
        else if (this.mode === 'int64')
            (0,hash/* hashString */.YZ)(String(this.big?.get(i) ?? v), out);
        else
            (0,hash/* hashDouble */.G_)(v, out);
    }
    hash(i, out) {
        if (this.nulls[i] === 1)
            return (0,hash/* hashNull */.yK)(out);
        const e = this.entry ? this.entry[i] : -1;
        const c = this.cache;
        if (e < 0 || !c)
            return this.hashValue(i, out);
        if (c.load(e, out))
            return;
        this.hashValue(i, out);
        c.store(e, out);
    }
}
const trueHash = new Uint32Array(2);
const falseHash = new Uint32Array(2);
(0,hash/* hashString */.YZ)('true', trueHash);
(0,hash/* hashString */.YZ)('false', falseHash);
class BooleanColumn {
    name;
    kind;
    values;
    nulls;
    length;
    constructor(name, kind, values, nulls, length) {
        this.name = name;
        this.kind = kind;
        this.values = values;
        this.nulls = nulls;
        this.length = length;
    }
    isNull(i) {
        return this.nulls[i] === 1;
    }
    number(i) {
        return this.nulls[i] === 1 ? NaN : this.values[i];
    }
    isInteger() {
        return false;
    }
    datetime() {
        return NaN;
    }
    text(i) {
        return this.nulls[i] === 1 ? null : this.values[i] ? 'true' : 'false';
    }
    value(i) {
        return this.nulls[i] === 1 ? null : this.values[i] === 1;
    }
    hash(i, out) {
        if (this.nulls[i] === 1)
            return (0,hash/* hashNull */.yK)(out);
        const h = this.values[i] ? trueHash : falseHash;
        out[0] = h[0];
        out[1] = h[1];
    }
}
/** Per-entry results for a dictionary-encoded column: each entry's hash (and text) computed once. */
class DictionaryCache {
    owner;
    hi;
    lo;
    hashed;
    texts;
    constructor(owner, size) {
        this.owner = owner;
        this.hi = new Uint32Array(size);
        this.lo = new Uint32Array(size);
        this.hashed = new Uint8Array(size);
        this.texts = new Array(size);
    }
    /** Entry e's hash into out; false when it is not known yet. */
    load(e, out) {
        if (this.hashed[e] === 0)
            return false;
        out[0] = this.hi[e];
        out[1] = this.lo[e];
        return true;
    }
    store(e, h) {
        this.hi[e] = h[0];
        this.lo[e] = h[1];
        this.hashed[e] = 1;
    }
}
const lossyDecoder = new TextDecoder('utf-8', { ignoreBOM: true });
class StringColumn {
    name;
    kind;
    rows;
    cache;
    length;
    segs;
    constructor(name, kind, rows, cache, length) {
        this.name = name;
        this.kind = kind;
        this.rows = rows;
        this.cache = cache;
        this.length = length;
        this.segs = rows.segs.map(dense/* asBuffer */.bS);
    }
    isNull(i) {
        return this.rows.nulls[i] === 1;
    }
    number() {
        return NaN;
    }
    isInteger() {
        return false;
    }
    datetime(i, dateOnly) {
        const r = this.rows;
        if (r.nulls[i] === 1)
            return NaN;
        const s = r.seg[i];
        return r.lossy[s] ? (0,iso_time/* parseIsoString */.K)(this.decode(i), dateOnly) : (0,iso_time/* parseIsoBytes */.y)(this.segs[s], r.start[i], r.end[i], dateOnly);
    }
    decode(i) {
        const r = this.rows;
        const s = r.seg[i];
        const buf = this.segs[s];
        return r.lossy[s] ? lossyDecoder.decode(buf.subarray(r.start[i], r.end[i])) : buf.utf8Slice(r.start[i], r.end[i]);
    }
    text(i) {
        const r = this.rows;
        if (r.nulls[i] === 1)
            return null;
        const e = r.entry ? r.entry[i] : -1;
        if (e < 0 || !this.cache)
            return this.decode(i);
        return (this.cache.texts[e] ??= this.decode(i));
    }
    value(i) {
        return this.text(i);
    }
    hashRow(i, out) {
        const r = this.rows;
        const s = r.seg[i];
        if (r.lossy[s])
            (0,hash/* hashString */.YZ)(this.decode(i), out);
        else
            (0,hash/* hashBytes */.yi)(this.segs[s], r.start[i], r.end[i], false, out);
    }
    hash(i, out) {
        const r = this.rows;
        if (r.nulls[i] === 1)
            return (0,hash/* hashNull */.yK)(out);
        const e = r.entry ? r.entry[i] : -1;
        const c = this.cache;
        if (e < 0 || !c)
            return this.hashRow(i, out);
        if (c.load(e, out))
            return;
        this.hashRow(i, out);
        c.store(e, out);
    }
}
/** `cache`: the cache of the entries of the dictionary the column's `entry` refers to (one per column chunk). */
function toColumn(d, cache) {
    switch (d.type) {
        case 'number':
            return new NumberColumn(d.name, d.kind, d.mode, d.values, d.nulls, d.big, d.length, d.entry, d.entry ? cache : undefined);
        case 'boolean':
            return new BooleanColumn(d.name, d.kind, d.values, d.nulls, d.length);
        case 'string':
            return new StringColumn(d.name, d.kind, d, d.entry ? cache : undefined, d.length);
        case 'value':
            return new columns/* ValueColumn */.IX(d.name, d.kind, d.values, 0, d.length);
    }
}


/***/ }),

/***/ 96897:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J3: () => (/* binding */ plainByteArrays),
/* harmony export */   bS: () => (/* binding */ asBuffer),
/* harmony export */   k9: () => (/* binding */ joinedByteArrays),
/* harmony export */   kg: () => (/* binding */ gather)
/* harmony export */ });
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4573);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_buffer__WEBPACK_IMPORTED_MODULE_0__);

function asBuffer(b) {
    return Buffer.isBuffer(b) ? b : Buffer.from(b.buffer, b.byteOffset, b.byteLength);
}
/**
 * Drops a leading byte order mark from each value: hyparquet decodes with a default TextDecoder,
 * which drops it, so the value's text, hash and bytes then agree.
 */
function skipBom(buf, start, end, count) {
    for (let k = 0; k < count; k++) {
        const s = start[k];
        if (s + 3 <= end[k] && buf[s] === 0xef && buf[s + 1] === 0xbb && buf[s + 2] === 0xbf)
            start[k] = s + 3;
    }
}
/** True when some value is not valid UTF-8. */
function anyInvalid(buf, start, end, count) {
    for (let k = 0; k < count; k++)
        if (!(0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isUtf8)(buf.subarray(start[k], end[k])))
            return true;
    return false;
}
/** PLAIN BYTE_ARRAY values: a 4-byte little-endian length before each. */
function plainByteArrays(page, offset, count, arrays) {
    if (4 * count > page.length - offset)
        throw new Error(`${count} strings need at least ${4 * count} bytes, the page has ${page.length - offset}`);
    const view = new DataView(page.buffer, page.byteOffset, page.byteLength);
    const start = arrays.i32('start', count);
    const end = arrays.i32('end', count);
    let p = offset;
    let longest = 0;
    for (let k = 0; k < count; k++) {
        const len = view.getUint32(p, true);
        p += 4;
        if (len > page.length - p)
            throw new Error(`string value ${k} of ${len} bytes runs past the end of its page`);
        // As skipBom does (dropping a valid sequence changes no value's validity).
        start[k] = page[p] === 0xef && len >= 3 && page[p + 1] === 0xbb && page[p + 2] === 0xbf ? p + 3 : p;
        p += len;
        end[k] = p;
        if (len > longest)
            longest = len;
    }
    const buf = asBuffer(page);
    // With every length below 128 the length prefixes are ASCII, which no multi-byte sequence spans:
    // the whole run is valid UTF-8 exactly when every value is.
    const lossy = count > 0 && (longest < 128 ? !(0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isUtf8)(buf.subarray(offset, p)) : anyInvalid(buf, start, end, count));
    return { kind: 'bytes', count, buf, start, end, lossy, entry: undefined };
}
/** Separately allocated values (DELTA_* encodings) copied into one buffer. */
function joinedByteArrays(values) {
    const count = values.length;
    let total = 0;
    for (const v of values)
        total += v.length;
    const buf = Buffer.allocUnsafe(total);
    const start = new Int32Array(count);
    const end = new Int32Array(count);
    let p = 0;
    values.forEach((v, k) => {
        buf.set(v, p);
        start[k] = p;
        p += v.length;
        end[k] = p;
    });
    const lossy = anyInvalid(buf, start, end, count);
    skipBom(buf, start, end, count);
    return { kind: 'bytes', count, buf, start, end, lossy, entry: undefined };
}
/** Values of a dictionary-encoded page: the dictionary's values at `indices`. */
function gather(dict, indices, count, arrays) {
    // One pass per kind; an index outside the dictionary reads `undefined` from its typed array.
    const outOfRange = (k) => new Error(`dictionary index ${indices[k]} out of range (the dictionary has ${dict.count} entries)`);
    switch (dict.kind) {
        case 'bytes': {
            const start = arrays.i32('start', count);
            const end = arrays.i32('end', count);
            for (let k = 0; k < count; k++) {
                const x = indices[k];
                const s = dict.start[x];
                if (s === undefined)
                    throw outOfRange(k);
                start[k] = s;
                end[k] = dict.end[x];
            }
            return { kind: 'bytes', count, buf: dict.buf, start, end, lossy: dict.lossy, entry: { index: indices, owner: dict, size: dict.count } };
        }
        case 'bool': {
            const values = arrays.u8('bool', count);
            for (let k = 0; k < count; k++) {
                const v = dict.values[indices[k]];
                if (v === undefined)
                    throw outOfRange(k);
                values[k] = v;
            }
            return { kind: 'bool', count, values };
        }
        case 'f64': {
            const values = arrays.f64('values', count);
            for (let k = 0; k < count; k++) {
                const v = dict.values[indices[k]];
                if (v === undefined)
                    throw outOfRange(k);
                values[k] = v;
            }
            let big;
            if (dict.big) {
                for (let k = 0; k < count; k++) {
                    const b = dict.big.get(indices[k]);
                    if (b !== undefined)
                        (big ??= new Map()).set(k, b);
                }
            }
            return { kind: 'f64', count, values, big, entry: { index: indices, owner: dict, size: dict.count } };
        }
    }
}


/***/ }),

/***/ 94507:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readParquetParallel: () => (/* binding */ readParquetParallel)
/* harmony export */ });
/* harmony import */ var _domain_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(10241);
/* harmony import */ var _workers_worker_pool_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(25159);
/* harmony import */ var _columns_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(89100);
/* harmony import */ var _worker_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83838);




/** Rows per task: one batch of the one-thread reader, so a task's data stays ~10 MB. */
const TASK_ROWS = 131_072;
function decoder(columns, header) {
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
    const pool = new _workers_worker_pool_js__WEBPACK_IMPORTED_MODULE_1__/* .BundleWorkerPool */ .tg('startParquetWorker', _worker_js__WEBPACK_IMPORTED_MODULE_3__.PARQUET_WORKER_TAG, workers, job, { maxOldGenerationSizeMb: 96, maxYoungGenerationSizeMb: 16 });
    const inFlight = [];
    const settle = async () => {
        const reply = await inFlight.shift();
        if (!reply.ok)
            throw (0,_domain_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(reply.message, { file: table.file });
        validator.absorbChunk(table.file, reply.summary, decoder(reply.columns.map((d) => (0,_columns_js__WEBPACK_IMPORTED_MODULE_2__/* .toColumn */ ._T)(d)), header));
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
