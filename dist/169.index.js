export const id = 169;
export const ids = [169];
export const modules = {

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


/***/ })

};
