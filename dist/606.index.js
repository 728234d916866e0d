export const id = 606;
export const ids = [606,859];
export const modules = {

/***/ 37859:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ACCURACY_TYPE: () => (/* binding */ ACCURACY_TYPE),
/* harmony export */   MAX_CLASSES: () => (/* binding */ MAX_CLASSES),
/* harmony export */   exampleMetricOf: () => (/* binding */ exampleMetricOf)
/* harmony export */ });
const MAX_CLASSES = 100;
const ALIASES = {
    accuracy: 'accuracy',
    acc: 'accuracy',
    accuracy_score: 'accuracy',
    precision: 'precision',
    precision_score: 'precision',
    recall: 'recall',
    recall_score: 'recall',
    tpr: 'recall',
    sensitivity: 'recall',
    f1: 'f1',
    f1_score: 'f1',
    auc: 'auc',
    roc_auc: 'auc',
    roc_auc_score: 'auc',
    log_loss: 'log_loss',
    logloss: 'log_loss',
    cross_entropy: 'log_loss',
    mae: 'mae',
    mean_absolute_error: 'mae',
    mse: 'mse',
    mean_squared_error: 'mse',
    rmse: 'rmse',
    root_mean_squared_error: 'rmse',
};
/** The per-example metric a top-level metric name denotes (`roc_auc` → auc), if any. */
function exampleMetricOf(name) {
    if (name.includes('.'))
        return undefined;
    return ALIASES[name.toLowerCase()];
}
const ACCURACY_TYPE = new Set(['accuracy']);


/***/ }),

/***/ 7902:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ argsortDoubles),
/* harmony export */   W: () => (/* binding */ argsortU64)
/* harmony export */ });
/**
 * Stable LSD radix argsort on 64-bit keys given as (hi, lo) 32-bit halves: 4 passes of 16 bits,
 * O(n) — a comparator sort of a million indices is ~20× slower in V8.
 */
function argsortU64(hi, lo, n = hi.length) {
    let order = new Int32Array(n);
    for (let i = 0; i < n; i++)
        order[i] = i;
    let next = new Int32Array(n);
    const counts = new Int32Array(65537);
    for (let pass = 0; pass < 4; pass++) {
        const key = pass < 2 ? lo : hi;
        const shift = (pass & 1) * 16;
        counts.fill(0);
        let skip = true;
        const first = (key[order[0] ?? 0] >>> shift) & 0xffff;
        for (let k = 0; k < n; k++) {
            const d = (key[order[k]] >>> shift) & 0xffff;
            counts[d + 1] = counts[d + 1] + 1;
            if (d !== first)
                skip = false;
        }
        if (skip)
            continue;
        for (let d = 0; d < 65536; d++)
            counts[d + 1] = counts[d + 1] + counts[d];
        for (let k = 0; k < n; k++) {
            const i = order[k];
            const d = (key[i] >>> shift) & 0xffff;
            next[counts[d]] = i;
            counts[d] = counts[d] + 1;
        }
        [order, next] = [next, order];
    }
    return order;
}
/** Ascending argsort of doubles (NaN last), stable: IEEE-754 bits mapped to order-preserving unsigned keys. */
function argsortDoubles(values) {
    const n = values.length;
    const view = new Float64Array(1);
    const bits = new Uint32Array(view.buffer);
    const hi = new Uint32Array(n);
    const lo = new Uint32Array(n);
    // Little-endian platforms (every Node target): bits[1] is the high word.
    for (let i = 0; i < n; i++) {
        const x = values[i];
        view[0] = x === 0 ? 0 : x; // -0 sorts with +0
        let h = bits[1];
        let l = bits[0];
        if (Number.isNaN(x)) {
            h = 0xffffffff;
            l = 0xffffffff;
        }
        else if (h & 0x80000000) {
            h = ~h >>> 0;
            l = ~l >>> 0;
        }
        else
            h = (h | 0x80000000) >>> 0;
        hi[i] = h;
        lo[i] = l;
    }
    return argsortU64(hi, lo, n);
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

/***/ 49070:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T6: () => (/* binding */ detectDelimiter),
/* harmony export */   YB: () => (/* binding */ CsvTokenizer),
/* harmony export */   oC: () => (/* binding */ CsvSyntaxError)
/* harmony export */ });
/**
 * RFC 4180 tokenizer over bytes: quoted fields, `""` escapes, embedded newlines (counted as lines),
 * CRLF / LF / lone CR record ends, any one-byte delimiter. It never builds strings: it records
 * [start, end) byte offsets of the fields it is asked for and a flag per field (0 unquoted,
 * 1 quoted, 2 quoted with `""` escapes).
 *
 * Strictness: a character other than a delimiter or line end right after a closing quote is an
 * error; a quote inside an unquoted field is kept literally (as pandas and most writers do);
 * completely empty lines are skipped; a record whose field count differs from the header's is an
 * error naming its line.
 */
const QUOTE = 34;
const LF = 10;
const CR = 13;
class CsvSyntaxError extends Error {
    line;
    constructor(message, line) {
        super(message);
        this.line = line;
        this.name = 'CsvSyntaxError';
    }
}
class CsvTokenizer {
    delimiter;
    expectedFields;
    slotOf;
    slots;
    capacity;
    /** 1-based line number of the next byte to read. */
    line = 1;
    /** `[start, end)` per stored field, at `(row * slots + slot) * 2`. */
    offsets;
    /** Per stored field: 0 unquoted, 1 quoted, 2 quoted with `""` escapes. */
    flags;
    /** Line where each record starts. */
    lines;
    /** Byte range of each record without its line end, at `2 * row`. */
    records;
    /** Fields in the last record read (for the header). */
    lastFieldCount = 0;
    /**
     * @param delimiter byte of the delimiter
     * @param expectedFields fields per record (the header's count), or -1 to accept any (header)
     * @param slotOf for each field index, the slot it is stored in, or -1 to skip it
     * @param capacity maximum records per call
     */
    constructor(delimiter, expectedFields, slotOf, slots, capacity) {
        this.delimiter = delimiter;
        this.expectedFields = expectedFields;
        this.slotOf = slotOf;
        this.slots = slots;
        this.capacity = capacity;
        this.offsets = new Int32Array(Math.max(1, capacity * slots * 2));
        this.flags = new Uint8Array(Math.max(1, capacity * slots));
        this.lines = new Float64Array(capacity);
        this.records = new Int32Array(2 * capacity);
    }
    /**
     * Tokenizes complete records of b[pos, end). Without `final`, a record that may continue past `end`
     * is left for the next call; with `final`, `end` is the end of input (a last record without a line
     * end is complete; an open quote is an error).
     */
    tokenize(b, pos, end, final) {
        const { delimiter, slotOf, slots, offsets, flags, lines, records, expectedFields, capacity } = this;
        const nSlotOf = slotOf.length;
        const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
        const dRep = Math.imul(delimiter, 0x01010101);
        /** Last position a four-byte word can be read from. */
        const lastWord = Math.min(end, b.length) - 4;
        let line = this.line;
        let rows = 0;
        let consumed = pos;
        records: while (pos < end && rows < capacity) {
            const recStart = pos;
            const recLine = line;
            let c = b[pos];
            if (c === LF || c === CR) {
                // an empty line
                if (c === CR) {
                    if (pos + 1 < end)
                        pos += b[pos + 1] === LF ? 2 : 1;
                    else if (final)
                        pos++;
                    else
                        break;
                }
                else
                    pos++;
                line++;
                consumed = pos;
                continue;
            }
            const base = rows * slots;
            let field = 0;
            let recEnd = pos;
            for (;;) {
                let fs;
                let fe;
                let flag = 0;
                if (pos < end && b[pos] === QUOTE) {
                    flag = 1;
                    let p = pos + 1;
                    fs = p;
                    for (;;) {
                        while (p < end) {
                            c = b[p];
                            if (c === QUOTE)
                                break;
                            if (c === LF)
                                line++;
                            p++;
                        }
                        if (p >= end) {
                            if (final)
                                throw new CsvSyntaxError(`unterminated quoted field (the quote opened on line ${recLine} is never closed)`, recLine);
                            line = recLine;
                            break records;
                        }
                        if (p + 1 < end) {
                            if (b[p + 1] === QUOTE) {
                                flag = 2;
                                p += 2;
                                continue;
                            }
                        }
                        else if (!final) {
                            line = recLine;
                            break records;
                        }
                        break;
                    }
                    fe = p;
                    pos = p + 1;
                    if (pos < end) {
                        c = b[pos];
                        if (c !== delimiter && c !== LF && c !== CR) {
                            throw new CsvSyntaxError(`unexpected character '${String.fromCharCode(c)}' after a closing quote (field ${field + 1}); expected a delimiter or the end of the line`, line);
                        }
                    }
                }
                else {
                    fs = pos;
                    // Four bytes at a time: a byte of the word is a delimiter or line end when (word ^ that
                    // byte repeated) has a zero byte; the lowest flagged byte is exact.
                    while (pos <= lastWord) {
                        const w = view.getInt32(pos, true);
                        const xd = w ^ dRep;
                        const xl = w ^ 0x0a0a0a0a;
                        const xc = w ^ 0x0d0d0d0d;
                        const m = (((xd - 0x01010101) & ~xd) | ((xl - 0x01010101) & ~xl) | ((xc - 0x01010101) & ~xc)) & 0x80808080;
                        if (m === 0) {
                            pos += 4;
                            continue;
                        }
                        pos += (31 - Math.clz32(m & -m)) >>> 3;
                        break;
                    }
                    if (pos > lastWord) {
                        while (pos < end) {
                            c = b[pos];
                            if (c === delimiter || c === LF || c === CR)
                                break;
                            pos++;
                        }
                    }
                    fe = pos;
                }
                if (pos >= end && !final) {
                    line = recLine;
                    break records;
                }
                if (field < nSlotOf) {
                    const slot = slotOf[field];
                    if (slot >= 0) {
                        const k = base + slot;
                        offsets[2 * k] = fs;
                        offsets[2 * k + 1] = fe;
                        flags[k] = flag;
                    }
                }
                field++;
                recEnd = pos;
                if (pos >= end)
                    break;
                c = b[pos];
                if (c === delimiter) {
                    pos++;
                    continue;
                }
                if (c === CR) {
                    if (pos + 1 < end)
                        pos += b[pos + 1] === LF ? 2 : 1;
                    else if (final)
                        pos++;
                    else {
                        line = recLine;
                        break records;
                    }
                }
                else
                    pos++;
                line++;
                break;
            }
            if (expectedFields >= 0 && field !== expectedFields) {
                throw new CsvSyntaxError(`ragged row: ${field} field${field === 1 ? '' : 's'} where the header has ${expectedFields}`, recLine);
            }
            this.lastFieldCount = field;
            lines[rows] = recLine;
            records[2 * rows] = recStart;
            records[2 * rows + 1] = recEnd;
            rows++;
            consumed = pos;
        }
        this.line = line;
        return { rows, consumed };
    }
}
/** Picks the delimiter of a header line: the candidate (`,` `;` tab `|`) seen most often outside quotes; `,` when none. */
function detectDelimiter(b, start, end) {
    const candidates = [44, 59, 9, 124];
    const counts = [0, 0, 0, 0];
    let inQuotes = false;
    for (let p = start; p < end; p++) {
        const c = b[p];
        if (c === QUOTE)
            inQuotes = !inQuotes;
        else if (!inQuotes) {
            if (c === LF || c === CR)
                break;
            const k = candidates.indexOf(c);
            if (k >= 0)
                counts[k]++;
        }
    }
    let best = 0;
    for (let k = 1; k < 4; k++)
        if (counts[k] > counts[best])
            best = k;
    return counts[best] > 0 ? candidates[best] : 44;
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

/***/ 68606:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   joinPredictions: () => (/* binding */ joinPredictions),
/* harmony export */   readPredictions: () => (/* binding */ readPredictions)
/* harmony export */ });
/* harmony import */ var _domain_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(10241);
/* harmony import */ var _domain_stats_paired_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37859);
/* harmony import */ var _domain_stats_radix_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7902);
/* harmony import */ var _open_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(16889);




const hashKey = (h) => h[0] * 2097152 + (h[1] >>> 11);
function grow(a, size) {
    if (a.length >= size)
        return a;
    const b = new a.constructor(Math.max(size, a.length * 2));
    b.set(a);
    return b;
}
/** A cell as a number; "true"/"false" (any case) read as 1/0 like booleans in JSON/Parquet. */
function cellNumber(col, i) {
    const x = col.number(i);
    if (!Number.isNaN(x))
        return x;
    const t = col.text(i)?.trim().toLowerCase();
    return t === 'true' ? 1 : t === 'false' ? 0 : Number.NaN;
}
/** Reads a per-example results file (CSV/TSV/JSON Lines/Parquet) in one streaming pass. */
async function readPredictions(path, displayName, columns) {
    const source = (0,_open_js__WEBPACK_IMPORTED_MODULE_2__/* .openTable */ .R)(path, { displayName });
    const names = await source.columnNames();
    const missing = [columns.id, columns.label, columns.prediction].filter((c) => !names.includes(c));
    if (missing.length > 0) {
        throw (0,_domain_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(`per-example file lacks column${missing.length > 1 ? 's' : ''} ${missing.map((c) => `'${c}'`).join(', ')}; found ${names.map((c) => `'${c}'`).join(', ')} (expected id, label, prediction[, score]; rename them under significance: id_column, label_column, prediction_column, score_column)`, {
            file: displayName,
            line: 1,
        });
    }
    const hasScore = names.includes(columns.score);
    let cap = 1 << 16;
    const out = {
        file: displayName,
        n: 0,
        idHi: new Uint32Array(cap),
        idLo: new Uint32Array(cap),
        line: new Uint32Array(cap),
        label: new Float64Array(cap),
        pred: new Float64Array(cap),
        score: hasScore ? new Float64Array(cap) : undefined,
        labelKey: new Float64Array(cap),
        predKey: new Float64Array(cap),
        keyText: new Map(),
    };
    const h = new Uint32Array(2);
    const wanted = [columns.id, columns.label, columns.prediction, ...(hasScore ? [columns.score] : [])];
    for await (const batch of source.batches({ columns: wanted })) {
        const idCol = batch.column(columns.id);
        const labelCol = batch.column(columns.label);
        const predCol = batch.column(columns.prediction);
        const scoreCol = hasScore ? batch.column(columns.score) : undefined;
        const need = out.n + batch.length;
        if (need > cap) {
            cap = Math.max(need, cap * 2);
            out.idHi = grow(out.idHi, cap);
            out.idLo = grow(out.idLo, cap);
            out.line = grow(out.line, cap);
            out.label = grow(out.label, cap);
            out.pred = grow(out.pred, cap);
            if (out.score)
                out.score = grow(out.score, cap);
            out.labelKey = grow(out.labelKey, cap);
            out.predKey = grow(out.predKey, cap);
        }
        for (let i = 0; i < batch.length; i++) {
            const r = out.n + i;
            const where = () => ({ file: displayName, line: batch.line(i) });
            if (idCol.isNull(i))
                throw (0,_domain_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(`empty id in column '${columns.id}'; every example needs an id to pair candidate and baseline`, where());
            idCol.hash(i, h);
            out.idHi[r] = h[0];
            out.idLo[r] = h[1];
            out.line[r] = batch.line(i) ?? 0;
            if (labelCol.isNull(i))
                throw (0,_domain_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(`empty label in column '${columns.label}'`, where());
            if (predCol.isNull(i))
                throw (0,_domain_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(`empty prediction in column '${columns.prediction}'`, where());
            out.label[r] = cellNumber(labelCol, i);
            out.pred[r] = cellNumber(predCol, i);
            labelCol.hash(i, h);
            let key = hashKey(h);
            out.labelKey[r] = key;
            if (out.keyText.size <= _domain_stats_paired_js__WEBPACK_IMPORTED_MODULE_1__.MAX_CLASSES && !out.keyText.has(key))
                out.keyText.set(key, labelCol.text(i) ?? '');
            predCol.hash(i, h);
            key = hashKey(h);
            out.predKey[r] = key;
            if (out.keyText.size <= _domain_stats_paired_js__WEBPACK_IMPORTED_MODULE_1__.MAX_CLASSES && !out.keyText.has(key))
                out.keyText.set(key, predCol.text(i) ?? '');
            if (out.score && scoreCol) {
                const s = scoreCol.isNull(i) ? Number.NaN : scoreCol.number(i);
                if (Number.isNaN(s))
                    throw (0,_domain_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(`score in column '${columns.score}' is '${scoreCol.text(i) ?? ''}', not a number`, where());
                out.score[r] = s;
            }
        }
        out.n += batch.length;
    }
    if (out.n === 0)
        throw (0,_domain_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)('the per-example file has a header but no rows', { file: displayName, line: 2 });
    return out;
}
/** Row order sorted by id hash. */
function sortedById(f) {
    return (0,_domain_stats_radix_js__WEBPACK_IMPORTED_MODULE_3__/* .argsortU64 */ .W)(f.idHi, f.idLo, f.n);
}
/**
 * Pairs candidate and baseline rows on id (by 64-bit id hashes: sorted merge, or a straight pass when
 * both files list the ids in the same order). Duplicate ids and conflicting labels are input errors.
 */
function joinPredictions(cand, base) {
    const same = cand.n === base.n && cand.idHi.subarray(0, cand.n).every((x, i) => x === base.idHi[i] && cand.idLo[i] === base.idLo[i]);
    let ci;
    let bi;
    let onlyCandidate = 0;
    let onlyBaseline = 0;
    const co = same ? undefined : sortedById(cand);
    const bo = same ? undefined : sortedById(base);
    const dupCheck = (f, order) => {
        if (!order)
            return;
        for (let k = 1; k < f.n; k++) {
            const [a, b] = [order[k - 1], order[k]];
            if (f.idHi[a] === f.idHi[b] && f.idLo[a] === f.idLo[b]) {
                throw (0,_domain_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(`duplicate id: the example on line ${f.line[Math.min(a, b)]} appears again on line ${f.line[Math.max(a, b)]}; ids must be unique to pair candidate and baseline`, { file: f.file, line: f.line[Math.max(a, b)] });
            }
        }
    };
    if (same) {
        // Same order: ids still must be unique; check on a sorted copy.
        dupCheck(cand, sortedById(cand));
        ci = new Int32Array(cand.n).map((_, i) => i);
        bi = ci;
    }
    else {
        dupCheck(cand, co);
        dupCheck(base, bo);
        const pc = [];
        const pb = [];
        let i = 0;
        let j = 0;
        while (i < cand.n && j < base.n) {
            const a = co[i];
            const b = bo[j];
            const cmp = cand.idHi[a] - base.idHi[b] || cand.idLo[a] - base.idLo[b];
            if (cmp === 0) {
                pc.push(a);
                pb.push(b);
                i++;
                j++;
            }
            else if (cmp < 0) {
                onlyCandidate++;
                i++;
            }
            else {
                onlyBaseline++;
                j++;
            }
        }
        onlyCandidate += cand.n - i;
        onlyBaseline += base.n - j;
        // Keep the candidate file's order for the pairs.
        const order = pc.map((_, k) => k).sort((x, y) => pc[x] - pc[y]);
        ci = Int32Array.from(order, (k) => pc[k]);
        bi = Int32Array.from(order, (k) => pb[k]);
    }
    const n = ci.length;
    if (n === 0)
        throw (0,_domain_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(`no id of the candidate's per-example file occurs in the baseline's ('${base.file}'); they must be evaluated on the same examples`, { file: cand.file });
    const label = new Float64Array(n);
    const candPred = new Float64Array(n);
    const basePred = new Float64Array(n);
    const candScore = cand.score && base.score ? new Float64Array(n) : undefined;
    const baseScore = candScore ? new Float64Array(n) : undefined;
    const keyCode = new Map();
    const classes = [];
    let codable = true;
    const labelCode = new Int32Array(n);
    const candCode = new Int32Array(n);
    const baseCode = new Int32Array(n);
    const code = (key, texts) => {
        let c = keyCode.get(key);
        if (c === undefined) {
            c = classes.length;
            if (c >= _domain_stats_paired_js__WEBPACK_IMPORTED_MODULE_1__.MAX_CLASSES || !texts.has(key)) {
                codable = false;
                return 0;
            }
            keyCode.set(key, c);
            classes.push(texts.get(key));
        }
        return c;
    };
    for (let k = 0; k < n; k++) {
        const a = ci[k];
        const b = bi[k];
        const la = cand.label[a];
        const lb = base.label[b];
        if (cand.labelKey[a] !== base.labelKey[b] && !(la === lb && !Number.isNaN(la))) {
            throw (0,_domain_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(`the label of the example on line ${cand.line[a]} differs from the baseline's ('${base.file}' line ${base.line[b]}): both must be scored on the same ground truth`, { file: cand.file, line: cand.line[a] });
        }
        label[k] = la;
        candPred[k] = cand.pred[a];
        basePred[k] = base.pred[b];
        if (candScore && baseScore) {
            candScore[k] = cand.score[a];
            baseScore[k] = base.score[b];
        }
        if (codable) {
            labelCode[k] = code(cand.labelKey[a], cand.keyText);
            candCode[k] = code(cand.predKey[a], cand.keyText);
            baseCode[k] = code(base.predKey[b], base.keyText);
        }
    }
    const data = { n, label, candPred, basePred, ...(candScore ? { candScore, baseScore } : {}) };
    if (codable)
        Object.assign(data, { classes, labelCode, candCode, baseCode });
    return { data, onlyCandidate, onlyBaseline };
}


/***/ })

};
