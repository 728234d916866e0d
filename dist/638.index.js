export const id = 638;
export const ids = [638];
export const modules = {

/***/ 18529:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ fileChunks),
/* harmony export */   U: () => (/* binding */ describeReadError)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _domain_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(10241);



/** Reads a file as Buffers of ~1 MiB, gunzipping when `gzip`; errors name the file. */
async function* fileChunks(file, displayName, gzip, chunkBytes = 1 << 20) {
    const raw = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(file, { highWaterMark: chunkBytes });
    const stream = gzip ? raw.pipe((0,node_zlib__WEBPACK_IMPORTED_MODULE_1__.createGunzip)({ chunkSize: chunkBytes })) : raw;
    if (gzip)
        raw.on('error', (e) => stream.destroy(e));
    try {
        for await (const chunk of stream)
            yield chunk;
    }
    catch (error) {
        throw describeReadError(error, displayName, gzip);
    }
    finally {
        raw.destroy();
        if (stream !== raw)
            stream.destroy();
    }
}
function describeReadError(error, displayName, gzip = false) {
    const e = error;
    if (e.code === 'ENOENT')
        return (0,_domain_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)(`file not found`, { file: displayName }, error);
    if (e.code === 'EISDIR')
        return (0,_domain_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)(`is a directory, expected a data file`, { file: displayName }, error);
    if (e.code === 'EACCES')
        return (0,_domain_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)(`permission denied`, { file: displayName }, error);
    if (gzip && typeof e.code === 'string' && e.code.startsWith('Z_'))
        return (0,_domain_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)(`not valid gzip data (${e.message}); expected a gzip-compressed file because the name ends in .gz`, { file: displayName }, error);
    return (0,_domain_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)(`cannot read: ${e.message}`, { file: displayName }, error);
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
/* harmony import */ var _columns_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(71337);
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
            const columns = requested.map((name, slot) => new _columns_js__WEBPACK_IMPORTED_MODULE_3__/* .CsvColumn */ .xO(name, buf, t.offsets, t.flags, slot, requested.length, rows));
            const lines = t.lines;
            const records = t.records;
            const byName = new Map(columns.map((c) => [c.name, c]));
            const batch = {
                file: this.file,
                length: rows,
                rowOffset,
                columns,
                column: (name) => byName.get(name),
                line: (i) => lines[i],
                rowHash: (i, out) => (0,_hash_js__WEBPACK_IMPORTED_MODULE_4__/* .hashRecordBytes */ .Vt)(buf, records[2 * i], records[2 * i + 1], out),
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

/***/ 8638:
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
// EXTERNAL MODULE: ./src/io/columns.ts + 1 modules
var io_columns = __webpack_require__(71337);
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

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/metadata.js + 1 modules
var metadata = __webpack_require__(96367);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/scan.js + 7 modules
var src_scan = __webpack_require__(14447);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/schema.js
var schema = __webpack_require__(28286);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
// EXTERNAL MODULE: ./node_modules/hyparquet-compressors/src/index.js + 16 modules
var src = __webpack_require__(20138);
// EXTERNAL MODULE: ./node_modules/zstddec/dist/zstddec.mjs
var zstddec = __webpack_require__(28335);
;// CONCATENATED MODULE: ./src/io/parquet/codecs.ts



/** A page claiming more than this uncompressed is corrupt (parquet-mr caps pages far lower). */
const MAX_PAGE_BYTES = 1 << 30;
let zstd;
function checked(name, decode) {
    return (input, outputLength) => {
        if (!(outputLength >= 0 && outputLength <= MAX_PAGE_BYTES))
            throw new Error(`${name} page claims ${outputLength} uncompressed bytes`);
        return decode(input, outputLength);
    };
}
/**
 * Decompressors for the codecs `codecs` uses: zlib's native gzip and brotli, zstd through a WebAssembly
 * build of the reference decoder (about 3x faster than hyparquet-compressors' JavaScript one), and
 * hyparquet-compressors for snappy and LZ4.
 */
async function parquetCompressors(codecs) {
    const out = {
        ...src/* compressors */.Vm,
        GZIP: checked('GZIP', (input) => (0,external_node_zlib_.gunzipSync)(input)),
        BROTLI: checked('BROTLI', (input) => (0,external_node_zlib_.brotliDecompressSync)(input)),
    };
    if (codecs.has('ZSTD')) {
        if (!zstd) {
            const decoder = new zstddec/* ZSTDDecoder */.A();
            await decoder.init();
            zstd = decoder;
        }
        const ready = zstd;
        out.ZSTD = checked('ZSTD', (input, outputLength) => ready.decode(input, outputLength));
    }
    return out;
}

// EXTERNAL MODULE: ./src/domain/validation/iso-time.ts
var iso_time = __webpack_require__(61597);
// EXTERNAL MODULE: ./src/io/hash.ts
var hash = __webpack_require__(34246);
;// CONCATENATED MODULE: ./src/io/parquet/columns.ts


class NumberColumn {
    name;
    kind;
    mode;
    values;
    nulls;
    big;
    length;
    constructor(name, kind, mode, values, nulls, big, length) {
        this.name = name;
        this.kind = kind;
        this.mode = mode;
        this.values = values;
        this.nulls = nulls;
        this.big = big;
        this.length = length;
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
    hash(i, out) {
        if (this.nulls[i] === 1)
            return (0,hash/* hashNull */.yK)(out);
        const v = this.values[i];
        if (this.mode === 'time')
            (0,hash/* hashInteger */.D5)(v, out);
        else if (Number.isSafeInteger(v))
            (0,hash/* hashInteger */.D5)(v, out);
        else if (this.mode === 'int64')
            (0,hash/* hashString */.YZ)(String(this.big?.get(i) ?? v), out);
        else
            (0,hash/* hashDouble */.G_)(v, out);
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
/** Per-entry results for a dictionary-encoded string column: each entry's hash and text computed once. */
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
}
const lossyDecoder = new TextDecoder('utf-8', { ignoreBOM: true });
class StringColumn {
    name;
    kind;
    rows;
    cache;
    length;
    h = new Uint32Array(2);
    constructor(name, kind, rows, cache, length) {
        this.name = name;
        this.kind = kind;
        this.rows = rows;
        this.cache = cache;
        this.length = length;
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
        return r.lossy[s] ? (0,iso_time/* parseIsoString */.K)(this.decode(i), dateOnly) : (0,iso_time/* parseIsoBytes */.y)(r.segs[s], r.start[i], r.end[i], dateOnly);
    }
    decode(i) {
        const r = this.rows;
        const s = r.seg[i];
        const buf = r.segs[s];
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
            (0,hash/* hashBytes */.yi)(r.segs[s], r.start[i], r.end[i], false, out);
    }
    hash(i, out) {
        const r = this.rows;
        if (r.nulls[i] === 1)
            return (0,hash/* hashNull */.yK)(out);
        const e = r.entry ? r.entry[i] : -1;
        const c = this.cache;
        if (e < 0 || !c)
            return this.hashRow(i, out);
        if (c.hashed[e] === 0) {
            this.hashRow(i, this.h);
            c.hi[e] = this.h[0];
            c.lo[e] = this.h[1];
            c.hashed[e] = 1;
        }
        out[0] = c.hi[e];
        out[1] = c.lo[e];
    }
}

;// CONCATENATED MODULE: ./src/io/parquet/batch-builders.ts


function wrongKind(dense, expected) {
    return new Error(`decoded ${dense.kind} values for a ${expected} column`);
}
class NumberBuilder {
    mode;
    n;
    values;
    nulls;
    big;
    filled = 0;
    constructor(mode, n) {
        this.mode = mode;
        this.n = n;
        this.values = new Float64Array(n);
        this.nulls = new Uint8Array(n);
    }
    add({ present, dense, row, value, rows }) {
        if (dense.kind !== 'f64')
            throw wrongKind(dense, 'numeric');
        const at = this.filled;
        const src = dense.values;
        const big = dense.big;
        this.filled += rows;
        if (!present && !big) {
            this.values.set(src.subarray(value, value + rows), at);
            return rows;
        }
        let v = value;
        for (let r = 0; r < rows; r++) {
            if (present && present[row + r] === 0) {
                this.nulls[at + r] = 1;
                continue;
            }
            this.values[at + r] = src[v];
            const b = big?.get(v);
            if (b !== undefined)
                (this.big ??= new Map()).set(at + r, b);
            v++;
        }
        return v - value;
    }
    addGeneric() {
        throw new Error('generic values for a numeric column');
    }
    build(name, kind) {
        return new NumberColumn(name, kind, this.mode, this.values, this.nulls, this.big, this.n);
    }
}
class BooleanBuilder {
    n;
    values;
    nulls;
    filled = 0;
    constructor(n) {
        this.n = n;
        this.values = new Uint8Array(n);
        this.nulls = new Uint8Array(n);
    }
    add({ present, dense, row, value, rows }) {
        if (dense.kind !== 'bool')
            throw wrongKind(dense, 'boolean');
        const at = this.filled;
        this.filled += rows;
        if (!present) {
            this.values.set(dense.values.subarray(value, value + rows), at);
            return rows;
        }
        let v = value;
        for (let r = 0; r < rows; r++) {
            if (present[row + r] === 0)
                this.nulls[at + r] = 1;
            else
                this.values[at + r] = dense.values[v++];
        }
        return v - value;
    }
    addGeneric() {
        throw new Error('generic values for a boolean column');
    }
    build(name, kind) {
        return new BooleanColumn(name, kind, this.values, this.nulls, this.n);
    }
}
class StringBuilder {
    n;
    cacheFor;
    segs = [];
    lossy = [];
    seg;
    start;
    end;
    nulls;
    entry;
    filled = 0;
    constructor(n, cacheFor) {
        this.n = n;
        this.cacheFor = cacheFor;
        this.seg = new Int32Array(n);
        this.start = new Int32Array(n);
        this.end = new Int32Array(n);
        this.nulls = new Uint8Array(n);
    }
    cache;
    add({ present, dense, row, value, rows }) {
        if (dense.kind !== 'bytes')
            throw wrongKind(dense, 'string');
        let s = this.segs.lastIndexOf(dense.buf);
        if (s < 0) {
            s = this.segs.push(dense.buf) - 1;
            this.lossy.push(dense.lossy);
        }
        const entries = dense.entry?.index;
        if (dense.entry && !this.entry) {
            this.entry = new Int32Array(this.n).fill(-1);
            this.cache = this.cacheFor(dense.buf, dense.entry.size);
        }
        if (dense.entry && this.cache?.owner !== dense.buf)
            throw new Error('a second dictionary in one column chunk');
        const at = this.filled;
        let v = value;
        for (let r = 0; r < rows; r++) {
            if (present && present[row + r] === 0) {
                this.nulls[at + r] = 1;
                continue;
            }
            this.seg[at + r] = s;
            this.start[at + r] = dense.start[v];
            this.end[at + r] = dense.end[v];
            if (entries)
                this.entry[at + r] = entries[v];
            v++;
        }
        this.filled += rows;
        return v - value;
    }
    addGeneric() {
        throw new Error('generic values for a string column');
    }
    build(name, kind) {
        const rows = { segs: this.segs, lossy: this.lossy, seg: this.seg, start: this.start, end: this.end, entry: this.entry, nulls: this.nulls };
        return new StringColumn(name, kind, rows, this.cache, this.n);
    }
}
class GenericBuilder {
    values;
    filled = 0;
    constructor(n) {
        this.values = new Array(n);
    }
    add(run) {
        throw wrongKind(run.dense, 'generic');
    }
    addGeneric(values, from, rows) {
        for (let r = 0; r < rows; r++)
            this.values[this.filled + r] = values[from + r];
        this.filled += rows;
    }
    build(name, kind) {
        return new io_columns/* ValueColumn */.IX(name, kind, this.values, 0, this.values.length);
    }
}
function batchBuilder(what, n) {
    switch (what.kind) {
        case 'number':
            return new NumberBuilder(what.mode, n);
        case 'boolean':
            return new BooleanBuilder(n);
        case 'string':
            return new StringBuilder(n, what.cacheFor);
        case 'generic':
            return new GenericBuilder(n);
    }
}

;// CONCATENATED MODULE: ./src/io/parquet/column-cursor.ts


function builderKind(repr, cacheFor) {
    switch (repr.kind) {
        case 'number':
        case 'int64':
        case 'time':
            return { kind: 'number', mode: repr.kind };
        case 'boolean':
        case 'generic':
            return { kind: repr.kind };
        case 'string':
            return { kind: 'string', cacheFor };
    }
}
/**
 * Reads one column chunk (a flat column in one row group) batch by batch: each page is decoded once,
 * when the first batch that needs its rows asks for them.
 */
class ColumnCursor {
    pages;
    decoder;
    name;
    kind;
    page;
    /** Next row and next dense value of `page`. */
    row = 0;
    value = 0;
    taken = 0;
    cache;
    builder;
    constructor(pages, decoder, repr, name, kind) {
        this.pages = pages;
        this.decoder = decoder;
        this.name = name;
        this.kind = kind;
        this.builder = builderKind(repr, (dictionary, size) => {
            if (this.cache?.owner !== dictionary)
                this.cache = new DictionaryCache(dictionary, size);
            return this.cache;
        });
    }
    async nextPage() {
        for (;;) {
            const raw = await this.pages.next();
            if (!raw)
                return undefined;
            const page = this.decoder.decode(raw);
            if (!page || page.rows === 0)
                continue;
            if ('generic' in page && page.generic.length !== page.rows)
                throw new Error(`a page of ${page.rows} rows decoded to ${page.generic.length} values`);
            return page;
        }
    }
    /** The next n rows. */
    async take(n) {
        const builder = batchBuilder(this.builder, n);
        for (let filled = 0; filled < n;) {
            if (!this.page || this.row >= this.page.rows) {
                this.page = await this.nextPage();
                this.row = 0;
                this.value = 0;
                if (!this.page)
                    throw new Error(`the column chunk ends after ${this.taken + filled} rows, expected ${this.taken + n} or more`);
            }
            const page = this.page;
            const rows = Math.min(n - filled, page.rows - this.row);
            if ('generic' in page)
                builder.addGeneric(page.generic, this.row, rows);
            else
                this.value += builder.add({ present: page.present, dense: page.dense, row: this.row, value: this.value, rows });
            this.row += rows;
            filled += rows;
        }
        this.taken += n;
        return builder.build(this.name, this.kind);
    }
    /** Throws when the chunk holds more rows than were taken. */
    async finish() {
        const left = this.page ? this.page.rows - this.row : 0;
        const more = left > 0 ? this.page : await this.nextPage();
        if (more)
            throw new Error(`the column chunk holds more than the row group's ${this.taken} rows`);
    }
}

// EXTERNAL MODULE: ./node_modules/hyparquet/src/column.js
var column = __webpack_require__(16167);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/convert.js + 1 modules
var convert = __webpack_require__(69234);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/datapage.js + 1 modules
var datapage = __webpack_require__(13243);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/encoding.js
var src_encoding = __webpack_require__(23448);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/delta.js
var delta = __webpack_require__(88499);
;// CONCATENATED MODULE: ./src/io/parquet/dense.ts

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
        if (!(0,external_node_buffer_.isUtf8)(buf.subarray(start[k], end[k])))
            return true;
    return false;
}
/** PLAIN BYTE_ARRAY values: a 4-byte little-endian length before each. */
function plainByteArrays(page, offset, count) {
    const view = new DataView(page.buffer, page.byteOffset, page.byteLength);
    const start = new Int32Array(count);
    const end = new Int32Array(count);
    let p = offset;
    let longest = 0;
    for (let k = 0; k < count; k++) {
        const len = view.getUint32(p, true);
        p += 4;
        if (len > page.length - p)
            throw new Error(`string value ${k} of ${len} bytes runs past the end of its page`);
        start[k] = p;
        p += len;
        end[k] = p;
        if (len > longest)
            longest = len;
    }
    const buf = asBuffer(page);
    // With every length below 128 the length prefixes are ASCII, which no multi-byte sequence spans:
    // the whole run is valid UTF-8 exactly when every value is.
    const lossy = count > 0 && (longest < 128 ? !(0,external_node_buffer_.isUtf8)(buf.subarray(offset, p)) : anyInvalid(buf, start, end, count));
    skipBom(buf, start, end, count);
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
function gather(dict, indices, count) {
    for (let k = 0; k < count; k++) {
        const x = indices[k];
        if (x < 0 || x >= dict.count)
            throw new Error(`dictionary index ${x} out of range (the dictionary has ${dict.count} entries)`);
    }
    switch (dict.kind) {
        case 'bytes': {
            const start = new Int32Array(count);
            const end = new Int32Array(count);
            for (let k = 0; k < count; k++) {
                const x = indices[k];
                start[k] = dict.start[x];
                end[k] = dict.end[x];
            }
            return { kind: 'bytes', count, buf: dict.buf, start, end, lossy: dict.lossy, entry: { index: indices.subarray(0, count), size: dict.count } };
        }
        case 'bool': {
            const values = new Uint8Array(count);
            for (let k = 0; k < count; k++)
                values[k] = dict.values[indices[k]];
            return { kind: 'bool', count, values };
        }
        case 'f64': {
            const values = new Float64Array(count);
            for (let k = 0; k < count; k++)
                values[k] = dict.values[indices[k]];
            let big;
            if (dict.big) {
                for (let k = 0; k < count; k++) {
                    const b = dict.big.get(indices[k]);
                    if (b !== undefined)
                        (big ??= new Map()).set(k, b);
                }
            }
            return { kind: 'f64', count, values, big };
        }
    }
}

;// CONCATENATED MODULE: ./src/io/parquet/int64.ts
/**
 * 64-bit integers from their two 32-bit halves (hi signed or unsigned, lo unsigned) without a BigInt
 * per value, giving exactly what hyparquet gives: `Number(bigint)`, and the epoch ms of
 * `new Date(Number(v / 1000n))` for micros (BigInt division truncates toward zero).
 */
const TWO32 = 4294967296;
/** Dates are valid within ±8.64e15 ms of the epoch (ECMAScript TimeClip). */
const MAX_MS = 8.64e15;
/** The Number nearest to hi·2^32 + lo (exact when it is a safe integer). */
function int64Number(hi, lo) {
    return hi * TWO32 + lo;
}
function int64BigInt(hi, lo, unsigned) {
    const v = (BigInt(hi) << 32n) | BigInt(lo);
    return unsigned ? BigInt.asUintN(64, v) : BigInt.asIntN(64, v);
}
/** The ms a Date created from `ms` holds: NaN outside the valid range, and no negative zero. */
function clipMs(ms) {
    return Math.abs(ms) <= MAX_MS ? ms + 0 : NaN;
}
/**
 * trunc((hi·2^32 + lo) / d) for d dividing 10^6 exactly, with d = 1000 or 10^6: split 2^32 = q·d + r
 * so every intermediate is an exact double (beyond ±2^53 ms the date is invalid anyway).
 */
function truncDiv(hi, lo, d, q, r) {
    const low = hi * r + lo;
    let rem = low % d;
    if (rem < 0)
        rem += d;
    const floor = hi * q + (low - rem) / d;
    return hi < 0 && rem !== 0 ? floor + 1 : floor;
}
function microsToMs(hi, lo) {
    return clipMs(truncDiv(hi, lo, 1000, 4294967, 296));
}
function nanosToMs(hi, lo) {
    return clipMs(truncDiv(hi, lo, 1_000_000, 4294, 967296));
}
/** hi and lo (unsigned) halves of a 64-bit value given as a bigint. */
function bigIntHalves(v) {
    return [Number(BigInt.asIntN(32, v >> 32n)), Number(BigInt.asUintN(32, v))];
}

;// CONCATENATED MODULE: ./src/io/parquet/page-values.ts




/** Converts physical values to the representation's numbers (see repr.ts). */
class NumberSink {
    repr;
    count;
    values;
    big;
    constructor(repr, count) {
        this.repr = repr;
        this.count = count;
        this.values = new Float64Array(count);
    }
    int32(k, v) {
        const r = this.repr;
        this.values[k] = r.kind === 'time' ? clipMs(v * 86_400_000) : r.kind === 'number' && r.unsigned ? v >>> 0 : v;
    }
    int64(k, hi, lo) {
        const r = this.repr;
        if (r.kind === 'time') {
            this.values[k] = r.unit === 'micros' ? microsToMs(hi, lo) : r.unit === 'nanos' ? nanosToMs(hi, lo) : clipMs(int64Number(hi, lo));
            return;
        }
        const unsigned = r.kind === 'int64' && r.unsigned;
        const h = unsigned ? hi >>> 0 : hi;
        const n = int64Number(h, lo);
        this.values[k] = n;
        if (!Number.isSafeInteger(n))
            (this.big ??= new Map()).set(k, int64BigInt(h, lo, unsigned));
    }
    dense() {
        return { kind: 'f64', count: this.count, values: this.values, big: this.big };
    }
}
function plainNumbers(view, p, count, type, repr) {
    const sink = new NumberSink(repr, count);
    const width = type === 'INT64' || type === 'DOUBLE' ? 8 : 4;
    if (p + count * width > view.byteLength)
        throw new Error(`${count} ${type} values need ${count * width} bytes, the page has ${view.byteLength - p}`);
    const v = sink.values;
    switch (type) {
        case 'INT32':
            for (let k = 0; k < count; k++)
                sink.int32(k, view.getInt32(p + 4 * k, true));
            break;
        case 'INT64':
            for (let k = 0; k < count; k++)
                sink.int64(k, view.getInt32(p + 8 * k + 4, true), view.getUint32(p + 8 * k, true));
            break;
        case 'FLOAT':
            for (let k = 0; k < count; k++)
                v[k] = view.getFloat32(p + 4 * k, true);
            break;
        case 'DOUBLE':
            for (let k = 0; k < count; k++)
                v[k] = view.getFloat64(p + 8 * k, true);
            break;
        default:
            throw new Error(`unexpected physical type ${type}`);
    }
    return sink.dense();
}
/** Numbers decoded by hyparquet into a typed array (DELTA_BINARY_PACKED, BYTE_STREAM_SPLIT). */
function typedNumbers(data, count, repr) {
    const sink = new NumberSink(repr, count);
    for (let k = 0; k < count; k++) {
        const x = data[k];
        if (typeof x === 'bigint') {
            const [hi, lo] = bigIntHalves(x);
            sink.int64(k, hi, lo);
        }
        else if (data instanceof Int32Array)
            sink.int32(k, x);
        else
            sink.values[k] = x;
    }
    return sink.dense();
}
function plainBooleans(page, p, count) {
    if (p + Math.ceil(count / 8) > page.length)
        throw new Error(`${count} booleans run past the end of their page`);
    const values = new Uint8Array(count);
    for (let k = 0; k < count; k++)
        values[k] = (page[p + (k >> 3)] >> (k & 7)) & 1;
    return { kind: 'bool', count, values };
}
/** PLAIN values (also the encoding of dictionary pages). */
function plainValues(page, p, count, element, repr) {
    if (repr.kind === 'string')
        return plainByteArrays(page, p, count);
    if (repr.kind === 'boolean')
        return plainBooleans(page, p, count);
    return plainNumbers(new DataView(page.buffer, page.byteOffset, page.byteLength), p, count, element.type, repr);
}
/**
 * Decodes `count` non-null values of a data page starting at page[p], for the encodings parquet-mr,
 * Spark, Arrow and DuckDB write (PLAIN, dictionaries, RLE booleans, BYTE_STREAM_SPLIT, DELTA_*).
 */
function pageValues(page, p, count, encoding, element, repr, dictionary) {
    const view = new DataView(page.buffer, page.byteOffset, page.byteLength);
    const reader = { view, offset: p };
    switch (encoding) {
        case 'PLAIN':
            return plainValues(page, p, count, element, repr);
        case 'PLAIN_DICTIONARY':
        case 'RLE_DICTIONARY': {
            if (!dictionary)
                throw new Error(`${encoding} page without a dictionary page before it`);
            const indices = new Int32Array(count);
            if (count > 0) {
                const width = view.getUint8(reader.offset++);
                if (width > 31)
                    throw new Error(`dictionary index bit width ${width}`);
                if (width > 0)
                    (0,src_encoding/* readRleBitPackedHybrid */.z)(reader, width, indices, page.length - reader.offset);
            }
            return gather(dictionary, indices, count);
        }
        case 'RLE': {
            if (repr.kind !== 'boolean')
                throw new Error(`RLE encoding for ${element.type} values (only BOOLEAN values are RLE-encoded)`);
            const values = new Uint8Array(count);
            if (count > 0)
                (0,src_encoding/* readRleBitPackedHybrid */.z)(reader, 1, values);
            return { kind: 'bool', count, values };
        }
        case 'BYTE_STREAM_SPLIT':
            if (repr.kind === 'string' || repr.kind === 'boolean')
                throw new Error(`BYTE_STREAM_SPLIT encoding for ${element.type} values`);
            return typedNumbers((0,src_encoding/* byteStreamSplit */.L)(reader, count, element.type, element.type_length), count, repr);
        case 'DELTA_BINARY_PACKED': {
            if (element.type !== 'INT32' && element.type !== 'INT64')
                throw new Error(`DELTA_BINARY_PACKED encoding for ${element.type} values`);
            const out = element.type === 'INT32' ? new Int32Array(count) : new BigInt64Array(count);
            (0,delta/* deltaBinaryUnpack */._H)(reader, count, out);
            return typedNumbers(out, count, repr);
        }
        case 'DELTA_LENGTH_BYTE_ARRAY':
        case 'DELTA_BYTE_ARRAY': {
            if (repr.kind !== 'string')
                throw new Error(`${encoding} encoding for ${element.type} values`);
            const out = new Array(count);
            if (encoding === 'DELTA_LENGTH_BYTE_ARRAY')
                (0,delta/* deltaLengthByteArray */.MR)(reader, count, out);
            else
                (0,delta/* deltaByteArray */.uY)(reader, count, out);
            return joinedByteArrays(out);
        }
        default:
            throw new Error(`unsupported encoding ${encoding}`);
    }
}

;// CONCATENATED MODULE: ./src/io/parquet/page-decoder.ts





function missing(what) {
    return new Error(`page header without its ${what}`);
}
/** Decodes pages into typed arrays and byte ranges, for every representation but `generic`. */
class TypedPageDecoder {
    column;
    repr;
    dictionary;
    optional;
    constructor(column, repr) {
        this.column = column;
        this.repr = repr;
        this.optional = column.element.repetition_type !== 'REQUIRED';
    }
    decompress(bytes, size) {
        return (0,datapage/* decompressPage */.tC)(bytes, size, this.column.codec, this.column.compressors);
    }
    decode({ header, bytes }) {
        switch (header.type) {
            case 'DICTIONARY_PAGE': {
                const h = header.dictionary_page_header;
                if (!h)
                    throw missing('dictionary_page_header');
                this.dictionary = plainValues(this.decompress(bytes, header.uncompressed_page_size), 0, h.num_values, this.column.element, this.repr);
                return undefined;
            }
            case 'DATA_PAGE': {
                const h = header.data_page_header;
                if (!h)
                    throw missing('data_page_header');
                const page = this.decompress(bytes, header.uncompressed_page_size);
                let present;
                let p = 0;
                if (this.optional) {
                    if (h.definition_level_encoding !== 'RLE')
                        throw new Error(`unsupported definition level encoding ${h.definition_level_encoding}`);
                    present = new Uint8Array(h.num_values);
                    const reader = { view: new DataView(page.buffer, page.byteOffset, page.byteLength), offset: 0 };
                    (0,src_encoding/* readRleBitPackedHybrid */.z)(reader, 1, present);
                    p = reader.offset;
                }
                return this.page(h.num_values, present, page, p, h.encoding);
            }
            case 'DATA_PAGE_V2': {
                const h = header.data_page_header_v2;
                if (!h)
                    throw missing('data_page_header_v2');
                if (h.num_values !== h.num_rows)
                    throw new Error(`page of a flat column with ${h.num_values} values in ${h.num_rows} rows`);
                const levelBytes = h.repetition_levels_byte_length + h.definition_levels_byte_length;
                let present;
                if (this.optional) {
                    present = new Uint8Array(h.num_rows);
                    const reader = { view: new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), offset: h.repetition_levels_byte_length };
                    (0,src_encoding/* readRleBitPackedHybrid */.z)(reader, 1, present, h.definition_levels_byte_length);
                }
                const values = bytes.subarray(levelBytes);
                const page = h.is_compressed === false ? values : this.decompress(values, header.uncompressed_page_size - levelBytes);
                return this.page(h.num_rows, present, page, 0, h.encoding);
            }
            case 'INDEX_PAGE':
                return undefined;
            default:
                throw new Error(`unsupported page type ${String(header.type)}`);
        }
    }
    page(rows, present, page, p, encoding) {
        let count = rows;
        if (present) {
            count = 0;
            for (let r = 0; r < rows; r++) {
                const level = present[r];
                if (level > 1)
                    throw new Error(`definition level ${level} in a flat column (at most 1)`);
                count += level;
            }
        }
        const dense = pageValues(page, p, count, encoding, this.column.element, this.repr, this.dictionary);
        return { rows, present: count === rows ? undefined : present, dense };
    }
}
/** Decodes pages with hyparquet (the values `convert` gives), for the generic representation. */
class GenericPageDecoder {
    dictionary;
    decoder;
    constructor(column) {
        const { element, schemaPath, codec, compressors } = column;
        this.decoder = { pathInSchema: [element.name], type: element.type, element, schemaPath, codec, compressors, parsers: convert/* DEFAULT_PARSERS */.Rc };
    }
    decode({ header, bytes }) {
        if (header.type === 'INDEX_PAGE')
            return undefined;
        const reader = { view: new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), offset: 0 };
        const { data } = (0,column/* readPage */.SP)(reader, header, this.decoder, this.dictionary, undefined, 0);
        if (!data)
            throw new Error(`empty ${header.type}`);
        if (header.type === 'DICTIONARY_PAGE') {
            this.dictionary = (0,convert/* convert */.C6)(data, this.decoder);
            return undefined;
        }
        const rows = header.data_page_header?.num_values ?? header.data_page_header_v2?.num_rows ?? 0;
        return { rows, generic: data };
    }
}
function pageDecoder(column) {
    const { repr } = column;
    return repr.kind === 'generic' ? new GenericPageDecoder(column) : new TypedPageDecoder(column, repr);
}

;// CONCATENATED MODULE: ./src/io/parquet/page-reader.ts

/** Bytes read ahead: a column chunk is read in windows of this size, so memory does not grow with the row group. */
const WINDOW = 4 << 20;
/** Enough for nearly every page header; a longer one (large statistics) is read again with a bigger window. */
const HEADER_BYTES = 64 << 10;
/**
 * The pages of one column chunk, in order, read window by window. The buffers handed out are never
 * reused, so a page stays valid after the next one is read.
 */
class PageReader {
    read;
    end;
    buf = new Uint8Array(0);
    /** File offset of buf[0]. */
    bufStart;
    pos;
    constructor(read, start, end) {
        this.read = read;
        this.end = end;
        this.bufStart = start;
        this.pos = start;
    }
    /** Makes the buffer cover [pos, pos + n) (clipped to the chunk); false when the chunk is shorter. */
    async ensure(n) {
        const want = Math.min(this.pos + n, this.end);
        const have = this.bufStart + this.buf.length;
        if (want <= have)
            return want === this.pos + n;
        const keep = this.buf.subarray(this.pos - this.bufStart);
        const fetchFrom = this.pos + keep.length;
        const fetchTo = Math.min(this.end, Math.max(want, this.pos + WINDOW));
        const fresh = await this.read(fetchFrom, fetchTo - fetchFrom);
        const next = new Uint8Array(keep.length + fresh.length);
        next.set(keep);
        next.set(fresh, keep.length);
        this.buf = next;
        this.bufStart = this.pos;
        return this.pos + n <= this.bufStart + next.length;
    }
    get done() {
        return this.pos >= this.end;
    }
    async next() {
        if (this.done)
            return undefined;
        let header;
        let headerLength = 0;
        for (let window = HEADER_BYTES; header === undefined; window *= 4) {
            const whole = await this.ensure(window);
            const offset = this.pos - this.bufStart;
            const reader = { view: new DataView(this.buf.buffer, this.buf.byteOffset + offset, this.buf.length - offset), offset: 0 };
            try {
                header = (0,column/* parquetHeader */.wK)(reader);
                headerLength = reader.offset;
            }
            catch (error) {
                // A header cut off by the window: read more. Cut off by the end of the chunk: corrupt.
                if (!whole)
                    throw error;
            }
        }
        const size = header.compressed_page_size;
        if (!(size >= 0))
            throw new Error(`page header gives a compressed size of ${size}`);
        this.pos += headerLength;
        if (!(await this.ensure(size)))
            throw new Error(`page of ${size} bytes runs past the end of its column chunk`);
        const offset = this.pos - this.bufStart;
        const bytes = this.buf.subarray(offset, offset + size);
        this.pos += size;
        return { header, bytes };
    }
}

;// CONCATENATED MODULE: ./src/io/parquet/chunk.ts



/** A cursor over the chunk of the flat column `schemaPath` (root, column) in `rowGroup`. */
function columnCursor(readAt, rowGroup, schemaPath, repr, kind, compressors) {
    const element = schemaPath[schemaPath.length - 1].element;
    const chunk = rowGroup.columns.find((c) => c.meta_data?.path_in_schema.length === 1 && c.meta_data.path_in_schema[0] === element.name);
    const meta = chunk?.meta_data;
    if (!chunk || !meta)
        throw new Error('no column chunk in the row group');
    if (chunk.file_path)
        throw new Error(`the column chunk is in another file (${chunk.file_path}), which is not supported`);
    if (meta.type !== element.type)
        throw new Error(`the column chunk holds ${meta.type} values, the schema says ${element.type}`);
    // The chunk starts at its dictionary page when it has one (some writers leave dictionary_page_offset unset or 0).
    const data = Number(meta.data_page_offset);
    const dict = Number(meta.dictionary_page_offset ?? 0);
    const start = dict > 0 && dict < data ? dict : data;
    const end = start + Number(meta.total_compressed_size);
    const pages = new PageReader(readAt, start, end);
    const decoder = pageDecoder({ element, schemaPath, repr, codec: meta.codec, compressors });
    return new ColumnCursor(pages, decoder, repr, element.name, kind);
}

;// CONCATENATED MODULE: ./src/io/parquet/repr.ts
const GENERIC = { kind: 'generic' };
function reprOf(e) {
    const { type, converted_type: ctype, logical_type: ltype } = e;
    if (ctype === 'DECIMAL')
        return GENERIC;
    if (!ctype && type === 'INT96')
        return GENERIC;
    if (ctype === 'DATE')
        return type === 'INT32' ? { kind: 'time', unit: 'days' } : GENERIC;
    if (ctype === 'TIMESTAMP_MILLIS')
        return type === 'INT64' ? { kind: 'time', unit: 'millis' } : GENERIC;
    if (ctype === 'TIMESTAMP_MICROS')
        return type === 'INT64' ? { kind: 'time', unit: 'micros' } : GENERIC;
    if (ctype === 'JSON' || ctype === 'BSON' || ctype === 'INTERVAL')
        return GENERIC;
    if (ltype?.type === 'GEOMETRY' || ltype?.type === 'GEOGRAPHY' || ltype?.type === 'UUID')
        return GENERIC;
    if (ctype === 'UTF8' || ltype?.type === 'STRING' || type === 'BYTE_ARRAY')
        return type === 'BYTE_ARRAY' ? { kind: 'string' } : GENERIC;
    if (ctype === 'UINT_64' || (ltype?.type === 'INTEGER' && ltype.bitWidth === 64 && !ltype.isSigned))
        return type === 'INT64' ? { kind: 'int64', unsigned: true } : GENERIC;
    if (ctype === 'UINT_32' || (ltype?.type === 'INTEGER' && ltype.bitWidth === 32 && !ltype.isSigned))
        return type === 'INT32' ? { kind: 'number', unsigned: true } : GENERIC;
    if (ltype?.type === 'FLOAT16')
        return GENERIC;
    if (ltype?.type === 'TIMESTAMP') {
        if (type !== 'INT64')
            return GENERIC;
        return { kind: 'time', unit: ltype.unit === 'NANOS' ? 'nanos' : ltype.unit === 'MICROS' ? 'micros' : 'millis' };
    }
    switch (type) {
        case 'BOOLEAN':
            return { kind: 'boolean' };
        case 'INT32':
        case 'FLOAT':
        case 'DOUBLE':
            return { kind: 'number', unsigned: false };
        case 'INT64':
            return { kind: 'int64', unsigned: false };
        default:
            return GENERIC;
    }
}

;// CONCATENATED MODULE: ./src/io/parquet.ts









/** Parquet via hyparquet (pure JS; metadata, nested columns, page decoding primitives), every standard codec. Reads only the requested columns, row group by row group. */
class ParquetSource {
    path;
    file;
    format = 'parquet';
    metadata;
    constructor(path, file) {
        this.path = path;
        this.file = file;
    }
    async withFile(fn) {
        let handle;
        try {
            handle = await (0,promises_.open)(this.path, 'r');
        }
        catch (error) {
            throw (0,byte_stream/* describeReadError */.U)(error, this.file);
        }
        try {
            const { size } = await handle.stat();
            const buffer = handleBuffer(handle, size);
            return await fn(buffer);
        }
        catch (error) {
            if (error instanceof errors/* MlgateError */.Bf)
                throw error;
            throw this.corrupt(error);
        }
        finally {
            await handle.close();
        }
    }
    corrupt(error, where) {
        if (error instanceof errors/* MlgateError */.Bf)
            return error;
        const message = error instanceof Error ? error.message : String(error);
        return (0,errors/* inputError */.Xu)(`cannot read Parquet${where ? ` (${where})` : ''}: ${message} (the file is truncated, corrupt or not Parquet)`, { file: this.file }, error);
    }
    async meta(buffer) {
        if (buffer.byteLength < 12)
            throw (0,errors/* inputError */.Xu)(`not a Parquet file: ${buffer.byteLength} bytes, expected at least 12 (PAR1 header and footer)`, { file: this.file });
        this.metadata ??= await (0,metadata/* parquetMetadataAsync */.Ei)(buffer);
        return this.metadata;
    }
    async columnNames() {
        const md = this.metadata ?? (await this.withFile((b) => this.meta(b)));
        return (0,metadata/* parquetSchema */.YR)(md).children.map((c) => c.element.name);
    }
    async knownRowCount() {
        const md = this.metadata ?? (await this.withFile((b) => this.meta(b)));
        return Number(md.num_rows);
    }
    async *batches(options = {}) {
        // The file handle must stay open across yields, so this generator manages it itself.
        let handle;
        try {
            handle = await (0,promises_.open)(this.path, 'r');
        }
        catch (error) {
            throw (0,byte_stream/* describeReadError */.U)(error, this.file);
        }
        try {
            const { size } = await handle.stat();
            const buffer = handleBuffer(handle, size);
            let md;
            try {
                md = await this.meta(buffer);
            }
            catch (error) {
                if (error instanceof errors/* MlgateError */.Bf)
                    throw error;
                throw this.corrupt(error);
            }
            const tree = (0,metadata/* parquetSchema */.YR)(md);
            const all = tree.children.map((c) => c.element.name);
            const wanted = options.columns ? options.columns.filter((c) => all.includes(c)) : all;
            yield* this.read(buffer, md, wanted, options.batchRows ?? 131_072);
        }
        finally {
            await handle.close();
        }
    }
    /**
     * Row group by row group, batches of at most `batchRows` rows. Flat columns (nearly all) are decoded
     * page by page into typed arrays (src/io/parquet/); nested ones by hyparquet's scan.
     */
    async *read(buffer, md, wanted, batchRows) {
        const tree = (0,metadata/* parquetSchema */.YR)(md);
        const byName = new Map(tree.children.map((c) => [c.element.name, c]));
        const flat = wanted.filter((name) => (0,schema/* isFlatColumn */.g7)([tree, byName.get(name)]));
        const nested = wanted.filter((name) => !flat.includes(name));
        const kinds = new Map(tree.children.map((c) => [c.element.name, parquet_kindOf(c.element, c.children.length > 0)]));
        const codecs = new Set(md.row_groups.flatMap((g) => g.columns.map((c) => c.meta_data?.codec ?? 'UNCOMPRESSED')));
        let compressors;
        let scan;
        try {
            compressors = await parquetCompressors(codecs);
            if (nested.length)
                scan = await (0,src_scan/* parquetScan */.Ik)({ file: buffer, metadata: md, columns: nested, compressors });
        }
        catch (error) {
            throw this.corrupt(error);
        }
        const readAt = async (position, length) => new Uint8Array(await buffer.slice(position, position + length));
        let groupStart = 0;
        for (const [g, rowGroup] of md.row_groups.entries()) {
            const groupRows = Number(rowGroup.num_rows);
            const where = (name) => `column "${name}", row group ${g}`;
            const cursors = new Map();
            for (const name of flat) {
                try {
                    cursors.set(name, columnCursor(readAt, rowGroup, [tree, byName.get(name)], reprOf(byName.get(name).element), kinds.get(name), compressors));
                }
                catch (error) {
                    throw this.corrupt(error, where(name));
                }
            }
            for (let start = 0; start < groupRows; start += batchRows) {
                const n = Math.min(batchRows, groupRows - start);
                const rowStart = groupStart + start;
                const columns = [];
                for (const name of wanted) {
                    const cursor = cursors.get(name);
                    try {
                        columns.push(cursor ? await cursor.take(n) : await this.nestedColumn(scan, name, kinds.get(name), rowStart, n));
                    }
                    catch (error) {
                        throw this.corrupt(error, where(name));
                    }
                }
                const index = new Map(columns.map((c) => [c.name, c]));
                yield { file: this.file, length: n, rowOffset: rowStart, columns, column: (c) => index.get(c), line: () => undefined };
            }
            for (const [name, cursor] of cursors) {
                try {
                    await cursor.finish();
                }
                catch (error) {
                    throw this.corrupt(error, where(name));
                }
            }
            groupStart += groupRows;
        }
    }
    async nestedColumn(scan, name, kind, rowStart, n) {
        const data = await scan.readColumn({ column: name, rowStart, rowEnd: rowStart + n });
        if (data.length !== n)
            throw new Error(`${data.length} values in rows ${rowStart}..${rowStart + n}, expected ${n}`);
        return new io_columns/* ValueColumn */.IX(name, kind, data, 0, n);
    }
}
function parquet_kindOf(e, nested) {
    if (nested)
        return 'json';
    const logical = e.logical_type?.type;
    if (logical === 'TIMESTAMP' || logical === 'DATE' || e.converted_type === 'TIMESTAMP_MILLIS' || e.converted_type === 'TIMESTAMP_MICROS' || e.converted_type === 'DATE')
        return 'timestamp';
    if (logical === 'STRING' || e.converted_type === 'UTF8' || logical === 'ENUM' || e.converted_type === 'ENUM')
        return 'string';
    if (logical === 'DECIMAL' || e.converted_type === 'DECIMAL')
        return 'number';
    switch (e.type) {
        case 'BOOLEAN':
            return 'boolean';
        case 'INT32':
        case 'INT64':
            return 'integer';
        case 'FLOAT':
        case 'DOUBLE':
            return 'number';
        case 'INT96':
            return 'timestamp';
        default:
            return 'json';
    }
}
function handleBuffer(handle, size) {
    return {
        byteLength: size,
        async slice(start, end) {
            const stop = Math.min(end ?? size, size);
            const out = new Uint8Array(Math.max(0, stop - start));
            let done = 0;
            while (done < out.length) {
                const { bytesRead } = await handle.read(out, done, out.length - done, start + done);
                if (bytesRead === 0)
                    break;
                done += bytesRead;
            }
            return out.buffer;
        },
    };
}

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
            return new ParquetSource(path, file);
        case 'jsonl':
            return new JsonlSource(path, file, gzip);
        default:
            return new source/* CsvSource */.U(path, file, format, gzip, options.delimiter);
    }
}


/***/ })

};
