export const id = 529;
export const ids = [529];
export const modules = {

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
