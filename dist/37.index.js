export const id = 37;
export const ids = [37];
export const modules = {

/***/ 22862:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   countLines: () => (/* binding */ countLines),
/* harmony export */   processChunk: () => (/* binding */ processChunk),
/* harmony export */   resultBuffers: () => (/* binding */ resultBuffers),
/* harmony export */   rowArrayBuffers: () => (/* binding */ rowArrayBuffers)
/* harmony export */ });
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4573);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_buffer__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(75919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _domain_validation_column_checker_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(60743);
/* harmony import */ var _domain_validation_distinct_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(21464);
/* harmony import */ var _workers_chunk_workers_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(14565);
/* harmony import */ var _columns_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(27985);
/* harmony import */ var _domain_table_hash_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(68867);
/* harmony import */ var _column_values_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(45626);
/* harmony import */ var _record_chunks_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(41304);
/* harmony import */ var _row_arrays_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(30393);
/* harmony import */ var _tokenizer_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(55915);











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
/** A copy of `a` in a new array of `size` elements (the rest zero). */
function grown(a, size) {
    const out = new a.constructor(size);
    out.set(a);
    return out;
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
 * The hash of each record from..to (its byte range at records[2r], records[2r + 1]). Its own function:
 * a hot loop in `processChunk` would make the engine compile that whole function (and all it inlines)
 * on the spot, again after each of its deoptimisations.
 */
function hashRows(buf, view, records, from, to, out, h) {
    const { hi, lo } = out;
    for (let r = from; r < to; r++) {
        (0,_domain_table_hash_js__WEBPACK_IMPORTED_MODULE_6__/* .hashRecordBytes */ .Vt)(buf, view, records[2 * r], records[2 * r + 1], h);
        hi[r] = h[0];
        lo[r] = h[1];
    }
}
/** One tokenizer per job, reused from chunk to chunk (its arrays hold a 4,096-row batch: ~0.4 MB for 12 columns). */
const tokenizers = new WeakMap();
function tokenizerFor(job, slotOf, slots) {
    let tok = tokenizers.get(job);
    if (tok === undefined) {
        tok = new _tokenizer_js__WEBPACK_IMPORTED_MODULE_9__/* .CsvTokenizer */ .YB(job.delimiter, job.header.length, slotOf, slots, SUB_BATCH_ROWS);
        tokenizers.set(job, tok);
    }
    return tok;
}
/** Jobs whose checks have run once in this thread (see `warmUp`). */
const warmed = new WeakSet();
/** The warm-up reads the whole records in the first 32 KiB of the first chunk (~300 rows), twice. */
const WARM_UP_BYTES = 32 << 10;
const WARM_UP_RUNS = 2;
/**
 * Runs the checks on the first records of the chunk and drops the result, before the real pass. A
 * check loop that gets hot is compiled while it runs, so the code after it has not yet run; the
 * engine then throws that compiled code away as soon as the loop ends (for want of type feedback)
 * and compiles it again, in each thread. Two small runs first give every common path its feedback:
 * on bench/validate (2 threads) deoptimisations fell from 41 to 11 and CPU time by 9% (1.73 -> 1.57 s).
 */
function warmUp(job, buf, startLine) {
    warmed.add(job);
    const end = (0,_record_chunks_js__WEBPACK_IMPORTED_MODULE_8__/* .lastRecordEnd */ .R6)(buf, Math.min(buf.length, WARM_UP_BYTES), job.delimiter);
    if (end === 0 || end === buf.length)
        return;
    const prefix = buf.subarray(0, end);
    // The second run leaves out the last line feed: the tokenizer then also reads a field up to the end of its input.
    const unterminated = buf.subarray(0, buf[end - 2] === 13 ? end - 2 : end - 1);
    try {
        for (let k = 0; k < WARM_UP_RUNS; k++) {
            const records = k === 0 ? prefix : unterminated;
            (0,_row_arrays_js__WEBPACK_IMPORTED_MODULE_10__/* .recycleRowArrays */ .G)(rowArrayBuffers(checkChunk(job, records, startLine, countLines(records))));
        }
    }
    catch {
        // Bad input in these records: the real pass reports it.
    }
}
/**
 * Tokenizes one chunk (whole records, starting on line `startLine`, holding `lineCount` line feeds) and runs the column checks on
 * it; collects the hashes that uniqueness and duplicate rows need, in data order.
 */
function processChunk(job, buf, startLine, lineCount) {
    if (!warmed.has(job))
        warmUp(job, buf, startLine);
    return checkChunk(job, buf, startLine, lineCount);
}
function checkChunk(job, buf, startLine, lineCount) {
    // ASCII is valid UTF-8 (and lets texts be cut cheaply, see TextWindow).
    const ascii = (0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isAscii)(buf);
    if (!ascii && !(0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isUtf8)(buf))
        throw new _tokenizer_js__WEBPACK_IMPORTED_MODULE_9__/* .CsvSyntaxError */ .oC('invalid UTF-8 (expected UTF-8 text; re-encode the file, e.g. iconv -t UTF-8)', firstBadLine(buf, startLine));
    const requested = job.header.filter((h) => h in job.columns || job.unique.includes(h) || (job.drift !== undefined && h in job.drift.plans));
    const slotOf = new Int32Array(job.header.length).fill(-1);
    requested.forEach((name, slot) => {
        slotOf[job.header.indexOf(name)] = slot;
    });
    // One record per line feed, plus a last unterminated line; a file with lone CR line ends has more,
    // and the arrays grow for them.
    let capacity = lineCount + 1;
    let lines = (0,_row_arrays_js__WEBPACK_IMPORTED_MODULE_10__/* .rowArray */ .kH)(Float64Array, capacity);
    let records = (0,_row_arrays_js__WEBPACK_IMPORTED_MODULE_10__/* .rowArray */ .kH)(Int32Array, 2 * capacity);
    const keys = () => ({ ints: (0,_row_arrays_js__WEBPACK_IMPORTED_MODULE_10__/* .rowArray */ .kH)(Float64Array, capacity), hi: (0,_row_arrays_js__WEBPACK_IMPORTED_MODULE_10__/* .rowArray */ .kH)(Uint32Array, capacity), lo: (0,_row_arrays_js__WEBPACK_IMPORTED_MODULE_10__/* .rowArray */ .kH)(Uint32Array, capacity), nulls: (0,_row_arrays_js__WEBPACK_IMPORTED_MODULE_10__/* .rowArray */ .kH)(Uint8Array, capacity) });
    const unique = Object.fromEntries(job.unique.filter((n) => requested.includes(n)).map((n) => [n, keys()]));
    const rowHashes = job.rowHashes ? { hi: (0,_row_arrays_js__WEBPACK_IMPORTED_MODULE_10__/* .rowArray */ .kH)(Uint32Array, capacity), lo: (0,_row_arrays_js__WEBPACK_IMPORTED_MODULE_10__/* .rowArray */ .kH)(Uint32Array, capacity) } : undefined;
    const ensure = (need) => {
        if (need <= capacity)
            return;
        capacity = Math.max(need, 2 * capacity);
        lines = grown(lines, capacity);
        records = grown(records, 2 * capacity);
        for (const u of Object.values(unique))
            Object.assign(u, { ints: grown(u.ints, capacity), hi: grown(u.hi, capacity), lo: grown(u.lo, capacity), nulls: grown(u.nulls, capacity) });
        if (rowHashes)
            Object.assign(rowHashes, { hi: grown(rowHashes.hi, capacity), lo: grown(rowHashes.lo, capacity) });
    };
    const ctx = { now: job.now, maxExamples: job.maxExamples };
    const checkers = requested.flatMap((name, slot) => {
        const cfg = job.columns[name];
        return cfg ? [{ slot, checker: new _domain_validation_column_checker_js__WEBPACK_IMPORTED_MODULE_2__/* .ColumnChecker */ .q(name, cfg, ctx) }] : [];
    });
    const collector = job.drift ? (0,_column_values_js__WEBPACK_IMPORTED_MODULE_7__/* .exactCollector */ .l5)() : undefined;
    const streamer = job.drift && collector ? new _column_values_js__WEBPACK_IMPORTED_MODULE_7__/* .ColumnStreamer */ .iI(job.drift.columns, collector.sinks, new Map(Object.entries(job.drift.plans))) : undefined;
    const tok = tokenizerFor(job, slotOf, requested.length);
    tok.line = startLine;
    const h = new Uint32Array(2);
    const view = (0,_domain_table_hash_js__WEBPACK_IMPORTED_MODULE_6__/* .viewOf */ .du)(buf);
    let rows = 0;
    let pos = 0;
    while (pos < buf.length) {
        const res = tok.tokenize(buf, pos, buf.length, true);
        const n = res.rows;
        pos = res.consumed;
        if (n === 0)
            break;
        ensure(rows + n);
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
        if (rowHashes)
            hashRows(buf, view, records, rows, rows + n, rowHashes, h);
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
/** The buffers of a result's row arrays (`rowArray`): once the result is folded, they can be recycled. */
function rowArrayBuffers(result) {
    const s = result.summary;
    const out = [s.lines.buffer, result.records.buffer];
    for (const u of Object.values(s.unique))
        out.push(u.ints.buffer, u.hi.buffer, u.lo.buffer, u.nulls.buffer);
    if (s.rowHashes)
        out.push(s.rowHashes.hi.buffer, s.rowHashes.lo.buffer);
    return out;
}
/** The typed arrays of a result, to transfer rather than copy. */
function resultBuffers(result) {
    const out = rowArrayBuffers(result);
    for (const c of Object.values(result.drift?.numeric ?? {}))
        out.push(c.values.buffer);
    return out;
}
if (!node_worker_threads__WEBPACK_IMPORTED_MODULE_1__.isMainThread && node_worker_threads__WEBPACK_IMPORTED_MODULE_1__.parentPort && node_worker_threads__WEBPACK_IMPORTED_MODULE_1__.workerData?.tag === _workers_chunk_workers_js__WEBPACK_IMPORTED_MODULE_4__/* .CHUNK_WORKER_TAG */ .q$) {
    const port = node_worker_threads__WEBPACK_IMPORTED_MODULE_1__.parentPort;
    let job;
    port.on('message', (msg) => {
        if (msg.kind === 'job') {
            job = msg.job;
            return;
        }
        (0,_row_arrays_js__WEBPACK_IMPORTED_MODULE_10__/* .recycleRowArrays */ .G)(msg.spare);
        const buf = Buffer.from(msg.buf.buffer, msg.buf.byteOffset, msg.buf.byteLength);
        let reply;
        try {
            reply = { id: msg.id, ok: true, result: processChunk(job, buf, msg.startLine, msg.lines), buf: msg.buf };
        }
        catch (error) {
            reply = { id: msg.id, ok: false, message: error instanceof Error ? error.message : String(error), line: error instanceof _tokenizer_js__WEBPACK_IMPORTED_MODULE_9__/* .CsvSyntaxError */ .oC ? error.line : msg.startLine, buf: msg.buf };
        }
        port.postMessage(reply, [msg.buf.buffer, ...(reply.ok ? resultBuffers(reply.result) : [])]);
    });
}


/***/ }),

/***/ 41304:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jg: () => (/* binding */ ChunkBuffers),
/* harmony export */   R6: () => (/* binding */ lastRecordEnd),
/* harmony export */   WB: () => (/* binding */ recordChunks)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _byte_stream_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6052);


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
 * The data of a CSV file (fields split by byte `delimiter`) from byte `start` (past the header) as chunks of whole records of about
 * `buffers.chunkBytes` bytes, each at the start of an ArrayBuffer of its own (so it can move to a
 * worker thread without a copy). A plain file is read straight into the buffers; a gzip one through
 * the gunzip stream.
 */
async function* recordChunks(source, start, delimiter, buffers) {
    if (source.gzip) {
        yield* streamedChunks(source, start, delimiter, buffers);
        return;
    }
    const bytes = buffers.chunkBytes;
    let handle;
    try {
        handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(source.path, 'r');
    }
    catch (error) {
        throw (0,_byte_stream_js__WEBPACK_IMPORTED_MODULE_1__/* .describeReadError */ .U)(error, source.file);
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
                throw (0,_byte_stream_js__WEBPACK_IMPORTED_MODULE_1__/* .describeReadError */ .U)(error, source.file);
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
            const cut = lastRecordEnd(buf, len, delimiter);
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
async function* streamedChunks(source, start, delimiter, buffers) {
    let skip = start;
    let pending;
    for await (let raw of (0,_byte_stream_js__WEBPACK_IMPORTED_MODULE_1__/* .fileChunks */ .T)(source.path, source.file, source.gzip, buffers.chunkBytes)) {
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
        const cut = buf.length < buffers.chunkBytes ? 0 : lastRecordEnd(buf, buf.length, delimiter);
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
 * boundary: the last line feed outside quoted fields. 0 when there is none. Quotes are read as the
 * tokenizer reads them: a quote opens a quoted field only at the start of a field (after the
 * delimiter or a line end), `""` inside one is a quote, and a quote elsewhere is a literal character.
 */
function lastRecordEnd(buf, end, delimiter) {
    let last = -1;
    let p = 0;
    // The first line feed at or after p. Every scan, forward or back, covers bytes no other scan did,
    // so a chunk without line feeds (lone CR line ends) costs one pass, not one per quoted field.
    let nextLf = buf.indexOf(10, 0);
    while (nextLf >= 0 && nextLf < end) {
        let open = buf.indexOf(34, p);
        while (open > 0 && open < end && !opensField(buf[open - 1], delimiter))
            open = buf.indexOf(34, open + 1);
        const stretchEnd = open < 0 || open >= end ? end : open;
        // This stretch outside quotes holds a line feed: take its last one (the backward scan stops in the stretch).
        if (nextLf < stretchEnd)
            last = buf.lastIndexOf(10, stretchEnd - 1);
        if (stretchEnd === end)
            break;
        let close = buf.indexOf(34, open + 1);
        while (close >= 0 && close + 1 < end && buf[close + 1] === 34)
            close = buf.indexOf(34, close + 2);
        if (close < 0 || close >= end)
            break;
        p = close + 1;
        if (nextLf < p)
            nextLf = buf.indexOf(10, p);
    }
    return last + 1;
}
/** A quote after this byte starts a quoted field. */
function opensField(before, delimiter) {
    return before === delimiter || before === 10 || before === 13;
}


/***/ }),

/***/ 30393:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ recycleRowArrays),
/* harmony export */   kH: () => (/* binding */ rowArray)
/* harmony export */ });
/* unused harmony export spareRowBuffers */
/**
 * Buffers of a chunk's row arrays (line numbers, record ranges, key hashes) that the thread they went
 * to has finished with and handed back. A chunk's arrays are ~40 bytes a row; allocated afresh, they
 * cost page faults here and, as garbage, memory wherever they end (until a GC gets to them).
 */
const spare = [];
/** Enough for the chunks in flight (about eight arrays each); more are left to the GC. */
const MAX_SPARE = 64;
/** A zeroed array of `length` elements, on a spare buffer when one fits (not more than 4 times too big). */
function rowArray(type, length) {
    const bytes = length * type.BYTES_PER_ELEMENT;
    for (let k = spare.length - 1; k >= 0; k--) {
        const b = spare[k];
        if (b.byteLength < bytes || b.byteLength > 4 * bytes + 4096)
            continue;
        spare[k] = spare[spare.length - 1];
        spare.pop();
        return new type(b, 0, length).fill(0);
    }
    return new type(length);
}
/** Hands back buffers of row arrays nothing refers to any more (the oldest spare ones go when there are too many). */
function recycleRowArrays(buffers) {
    for (const b of buffers) {
        if (b.byteLength === 0 || spare.includes(b))
            continue;
        spare.push(b);
    }
    if (spare.length > MAX_SPARE)
        spare.splice(0, spare.length - MAX_SPARE);
}
/** Spare buffers held (for tests). */
function spareRowBuffers() {
    return spare.length;
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
// EXTERNAL MODULE: ./src/io/data/open.ts + 3 modules
var data_open = __webpack_require__(56884);
// EXTERNAL MODULE: ./src/io/data/column-values.ts
var column_values = __webpack_require__(45626);
// EXTERNAL MODULE: ./src/io/data/parquet/source.ts + 1 modules
var parquet_source = __webpack_require__(42121);
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
        if (!(table instanceof parquet_source/* ParquetSource */.W && validator.parallelizable && !streamer && (await readParquetThreads(table, f, header, columns, validator, options)))) {
            for await (const batch of table.batches(streamer ? { batchRows: column_values/* PLAN_SAMPLE_ROWS */.lD } : { columns })) {
                validator.consume(batch);
                streamer?.consume(batch);
            }
        }
        // Every file is read whole (SPEC §3): the text formats tokenise every record whatever the columns
        // asked for; a Parquet file's other columns are decoded here, page by page, without building values.
        if (table instanceof parquet_source/* ParquetSource */.W && !streamer) {
            const read = new Set(columns);
            await table.decodeColumns(header.filter((h) => !read.has(h)));
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
