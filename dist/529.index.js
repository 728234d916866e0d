export const id = 529;
export const ids = [529];
export const modules = {

/***/ 19005:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ processJsonlChunk)
/* harmony export */ });
/* unused harmony export jobColumns */
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4573);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_buffer__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _domain_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(10241);
/* harmony import */ var _domain_validation_column_checker_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(46865);
/* harmony import */ var _domain_validation_distinct_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(21464);
/* harmony import */ var _csv_row_arrays_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(30393);
/* harmony import */ var _line_feeds_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(42771);
/* harmony import */ var _line_reader_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4996);
/* harmony import */ var _rows_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(39635);








/** Rows read and checked at a time: their cells stay in the core's cache while each column's checks read them. */
const SUB_BATCH_ROWS = 4096;
/**
 * One line reader per job in each thread (it keeps the keys it has met from chunk to chunk), and the
 * rows it reads into, reused from chunk to chunk (their cells are ~0.9 MB for 12 columns).
 */
const readers = new WeakMap();
/** The columns a job reads: the configured ones and the unique ones. */
function jobColumns(job) {
    return [...new Set([...Object.keys(job.columns), ...job.unique])];
}
/** The line of the first byte of buf[from, end) that is not valid UTF-8. */
function firstBadLine(buf, from, end, line) {
    for (let p = from; p < end; line++) {
        const q = buf.indexOf(10, p);
        const e = q < 0 || q > end ? end : q;
        if (!(0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isUtf8)(buf.subarray(p, e)))
            return line;
        p = e + 1;
    }
    return line;
}
/** Jobs whose checks have run once in this thread (see `warmUp`). */
const warmed = new WeakSet();
/** The warm-up reads the whole lines in the first 32 KiB of the first chunk (~150 rows), twice. */
const WARM_UP_BYTES = 32 << 10;
/**
 * Reads and checks the first lines of the chunk and drops the result, before the real pass, as the
 * CSV chunks do (`csv/chunk-worker.ts`): a check loop compiled while it runs has no type feedback for
 * the code after it, which the engine then threw away at the end of every batch (400 times per
 * million rows for the newest-date code of a datetime column's range check).
 */
function warmUp(job, buf, startLine) {
    warmed.add(job);
    const end = buf.lastIndexOf(10, Math.min(buf.length, WARM_UP_BYTES) - 1) + 1;
    if (end === 0 || end === buf.length)
        return;
    try {
        // The second run leaves out the last line feed: a last line without one is read too.
        for (const lines of [buf.subarray(0, end), buf.subarray(0, end - 1)]) {
            (0,_csv_row_arrays_js__WEBPACK_IMPORTED_MODULE_6__/* .recycleRowArrays */ .G)((0,_csv_row_arrays_js__WEBPACK_IMPORTED_MODULE_6__/* .rowArrayBuffers */ .r)(checkJsonlChunk(job, lines, startLine, (0,_line_feeds_js__WEBPACK_IMPORTED_MODULE_7__/* .countLines */ .l)(lines))));
        }
    }
    catch {
        // Bad input in these lines: the real pass reports it.
    }
}
/**
 * Reads one chunk of whole lines (starting on line `startLine`, holding `lineCount` line feeds) and
 * runs the column checks on it; collects the hashes that uniqueness and duplicate rows need, in data
 * order. Bad input is thrown as the reader throws it (the chunk up to its last line feed is checked
 * for UTF-8 before its lines are read).
 */
function processJsonlChunk(job, buf, startLine, lineCount) {
    if (!warmed.has(job))
        warmUp(job, buf, startLine);
    return checkJsonlChunk(job, buf, startLine, lineCount);
}
function checkJsonlChunk(job, buf, startLine, lineCount) {
    const requested = jobColumns(job);
    let kept = readers.get(job);
    if (kept === undefined) {
        const reader = new _line_reader_js__WEBPACK_IMPORTED_MODULE_4__/* .JsonlLineReader */ .K(requested, job.rowHashes);
        kept = { reader, rows: new _rows_js__WEBPACK_IMPORTED_MODULE_5__/* .JsonlRows */ .g(reader, job.file, SUB_BATCH_ROWS, job.rowHashes) };
        readers.set(job, kept);
    }
    const { reader, rows } = kept;
    reader.startChunk();
    reader.useBuffer(buf);
    // Left with rows when the last chunk threw.
    rows.clear();
    const capacity = lineCount + 1;
    const lines = (0,_csv_row_arrays_js__WEBPACK_IMPORTED_MODULE_6__/* .rowArray */ .kH)(Float64Array, capacity);
    const records = (0,_csv_row_arrays_js__WEBPACK_IMPORTED_MODULE_6__/* .rowArray */ .kH)(Int32Array, 2 * capacity);
    const unique = {};
    for (const name of job.unique)
        unique[name] = { ints: (0,_csv_row_arrays_js__WEBPACK_IMPORTED_MODULE_6__/* .rowArray */ .kH)(Float64Array, capacity), hi: (0,_csv_row_arrays_js__WEBPACK_IMPORTED_MODULE_6__/* .rowArray */ .kH)(Uint32Array, capacity), lo: (0,_csv_row_arrays_js__WEBPACK_IMPORTED_MODULE_6__/* .rowArray */ .kH)(Uint32Array, capacity), nulls: (0,_csv_row_arrays_js__WEBPACK_IMPORTED_MODULE_6__/* .rowArray */ .kH)(Uint8Array, capacity) };
    const rowHashes = job.rowHashes ? { hi: (0,_csv_row_arrays_js__WEBPACK_IMPORTED_MODULE_6__/* .rowArray */ .kH)(Uint32Array, capacity), lo: (0,_csv_row_arrays_js__WEBPACK_IMPORTED_MODULE_6__/* .rowArray */ .kH)(Uint32Array, capacity) } : undefined;
    const ctx = { now: job.now, maxExamples: job.maxExamples };
    const checkers = Object.entries(job.columns).map(([name, cfg]) => new _domain_validation_column_checker_js__WEBPACK_IMPORTED_MODULE_2__/* .ColumnChecker */ .q(name, cfg, ctx));
    const issues = [];
    const h = new Uint32Array(2);
    const ascii = (0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isAscii)(buf);
    let done = 0;
    const flush = () => {
        const n = rows.rows;
        if (n === 0)
            return;
        // Every requested column, met or not: whether a key occurs in the file is decided where the chunks are folded.
        const batch = rows.batch(buf, done, ascii, true);
        for (const checker of checkers)
            checker.consume(batch, batch.column(checker.name));
        for (const [name, u] of Object.entries(unique))
            (0,_domain_validation_distinct_js__WEBPACK_IMPORTED_MODULE_3__/* .fillUniqueKeys */ .ld)(batch.column(name), n, u, done, h);
        lines.set(rows.lines.subarray(0, n), done);
        records.set(rows.records.subarray(0, 2 * n), 2 * done);
        if (rowHashes) {
            rowHashes.hi.set(rows.hi.subarray(0, n), done);
            rowHashes.lo.set(rows.lo.subarray(0, n), done);
        }
        issues.push(...rows.issues);
        done += n;
        rows.clear();
    };
    const last = buf.lastIndexOf(10);
    const checkUtf8 = (from, end, line) => {
        if (!ascii && !(0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isUtf8)(buf.subarray(from, end)))
            throw (0,_domain_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)('invalid UTF-8 (expected UTF-8 text)', { file: job.file, line: firstBadLine(buf, from, end, line) });
    };
    checkUtf8(0, Math.max(0, last), startLine);
    let line = startLine;
    let p = 0;
    for (; p <= last; line++) {
        const q = buf.indexOf(10, p);
        rows.addLine(buf, p, q, line);
        if (rows.full)
            flush();
        p = q + 1;
    }
    if (p < buf.length) {
        checkUtf8(p, buf.length, line);
        rows.addLine(buf, p, buf.length, line);
    }
    flush();
    const states = {};
    for (const checker of checkers)
        states[checker.name] = checker.state();
    const trim = (a, len) => a.subarray(0, len);
    for (const u of Object.values(unique))
        Object.assign(u, { ints: trim(u.ints, done), hi: trim(u.hi, done), lo: trim(u.lo, done), nulls: trim(u.nulls, done) });
    const summary = { rows: done, lines: trim(lines, done), states, unique, ...(rowHashes ? { rowHashes: { hi: trim(rowHashes.hi, done), lo: trim(rowHashes.lo, done) } } : {}), ...(issues.length > 0 ? { issues } : {}) };
    return { summary, records: trim(records, 2 * done), keys: reader.chunkKeys };
}


/***/ }),

/***/ 80529:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readJsonlParallel: () => (/* binding */ readJsonlParallel)
/* harmony export */ });
/* harmony import */ var _domain_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(10241);
/* harmony import */ var _csv_row_arrays_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(30393);
/* harmony import */ var _line_feeds_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(42771);
/* harmony import */ var _csv_parallel_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2019);
/* harmony import */ var _csv_record_chunks_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(41304);
/* harmony import */ var _columns_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(65690);
/* harmony import */ var _chunk_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(19005);
/* harmony import */ var _line_object_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1904);









/** After the last line feed: JSON text holds no raw line feed, so every one ends a line. */
const afterLastLine = (buf, end) => buf.lastIndexOf(10, end - 1) + 1;
/**
 * Text of a chunk's rows for examples, read again from their lines. Each whole-row example names
 * the keys met so far; `examples` keeps them, to be given the keys met later (as nulls) once the
 * file is read.
 */
function decoder(file, buf, records, header, examples) {
    const row = (r) => (0,_line_object_js__WEBPACK_IMPORTED_MODULE_5__/* .readLineObject */ .M)(buf.utf8Slice(records[2 * r], records[2 * r + 1]), { file, line: 0 }, new Set(), []).row;
    const text = (o, key) => (Object.hasOwn(o, key) ? (0,_columns_js__WEBPACK_IMPORTED_MODULE_3__/* .valueText */ .Ru)(o[key]) : null);
    return {
        field: (r, column) => text(row(r), column),
        record: (r) => {
            const o = row(r);
            const out = {};
            for (const key of header)
                out[key] = text(o, key);
            examples.push(out);
            return out;
        },
    };
}
const noDecoder = { field: () => null, record: () => ({}) };
/**
 * Reads a big JSON Lines file in chunks cut after a line feed; `threads - 1` worker threads and this
 * one read and check them, and the results are folded into `sink` in file order, so counts and
 * examples equal a one-thread read. One pass: the file's keys (its columns, in order of first
 * appearance) are gathered as the chunks are folded and returned. A configured column is checked
 * over every row from the first chunk on once its key is met anywhere in the file (rows without it
 * are null), and not at all when it is never met, as when the keys are read first.
 */
async function readJsonlParallel(source, job, sink, threads) {
    const header = [];
    const met = new Set();
    /** States of configured columns not met yet, in chunk order. */
    const waiting = new Map();
    const examples = [];
    let rows = 0;
    const ready = new Map();
    const pool = threads.count > 1 ? new _csv_parallel_js__WEBPACK_IMPORTED_MODULE_1__/* .WorkerPool */ .T$(threads.count - 1, job, (id, outcome) => ready.set(id, outcome)) : undefined;
    const buffers = _csv_record_chunks_js__WEBPACK_IMPORTED_MODULE_2__/* .ChunkBuffers */ .Jg.shared(threads.chunkBytes);
    let nextId = 0;
    let folded = 0;
    const absorb = (outcome) => {
        const { summary, records, keys } = outcome.result;
        for (const key of keys) {
            if (met.has(key))
                continue;
            met.add(key);
            header.push(key);
            const before = waiting.get(key);
            if (before === undefined)
                continue;
            waiting.delete(key);
            // The rows before its key was met: nulls, checked now (chunks in order).
            for (const state of before)
                sink.absorbChunk(source.file, { rows: 0, lines: new Float64Array(0), states: { [key]: state }, unique: {} }, noDecoder);
        }
        const states = {};
        for (const [name, state] of Object.entries(summary.states)) {
            if (met.has(name))
                states[name] = state;
            else
                waiting.set(name, [...(waiting.get(name) ?? []), state]);
        }
        rows += summary.rows;
        sink.absorbChunk(source.file, { ...summary, states }, decoder(source.file, outcome.buf, records, header, examples));
    };
    const fold = () => {
        for (let outcome = ready.get(folded); outcome; outcome = ready.get(folded)) {
            ready.delete(folded++);
            if (!outcome.ok)
                throw (0,_domain_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(outcome.message, { file: source.file, line: outcome.line });
            absorb(outcome);
            buffers.give(outcome.buf.buffer);
            const spent = (0,_csv_row_arrays_js__WEBPACK_IMPORTED_MODULE_6__/* .rowArrayBuffers */ .r)(outcome.result);
            if (outcome.worker < 0)
                (0,_csv_row_arrays_js__WEBPACK_IMPORTED_MODULE_6__/* .recycleRowArrays */ .G)(spent);
            else
                pool?.giveBack(outcome.worker, spent);
        }
    };
    const runHere = (chunk, startLine, lines) => {
        try {
            return { ok: true, result: (0,_chunk_js__WEBPACK_IMPORTED_MODULE_4__/* .processJsonlChunk */ .P)(job, chunk, startLine, lines), buf: chunk, worker: -1 };
        }
        catch (error) {
            const line = error.location?.line;
            if (line === undefined)
                throw error;
            return { ok: false, message: error.message, line };
        }
    };
    let line = 1;
    try {
        // A UTF-8 BOM before the first line is skipped.
        const start = (await hasBom(source)) ? 3 : 0;
        for await (const chunk of (0,_csv_record_chunks_js__WEBPACK_IMPORTED_MODULE_2__/* .recordChunks */ .WB)(source, start, 10, buffers, afterLastLine)) {
            if (pool?.error)
                throw pool.error;
            const id = nextId++;
            const startLine = line;
            const lines = (0,_line_feeds_js__WEBPACK_IMPORTED_MODULE_7__/* .countLines */ .l)(chunk);
            line += lines;
            if (id === 0 && !source.gzip)
                sink.expectRows(Math.ceil((source.size / chunk.length) * lines * 1.05));
            if (!pool?.offer(id, chunk, startLine, lines))
                ready.set(id, runHere(chunk, startLine, lines));
            fold();
        }
        fold();
        while (folded < nextId) {
            if (pool?.error)
                throw pool.error;
            await pool.nextReply();
            fold();
        }
    }
    finally {
        await pool?.close();
    }
    if (rows === 0)
        throw (0,_domain_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)('empty file: expected JSON objects, one per line', { file: source.file, line: 1 });
    // Whole-row examples name every key of the file, in order (the ones met after them as nulls).
    for (const example of examples)
        for (const key of header)
            if (!Object.hasOwn(example, key))
                example[key] = null;
    return header;
}
/** Whether the file starts with a UTF-8 BOM. */
async function hasBom(source) {
    for await (const first of (0,_csv_record_chunks_js__WEBPACK_IMPORTED_MODULE_2__/* .recordChunks */ .WB)(source, 0, 10, new _csv_record_chunks_js__WEBPACK_IMPORTED_MODULE_2__/* .ChunkBuffers */ .Jg(1024), (_b, end) => end))
        return first.length >= 3 && first[0] === 0xef && first[1] === 0xbb && first[2] === 0xbf;
    return false;
}


/***/ })

};
