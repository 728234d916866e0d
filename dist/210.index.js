export const id = 210;
export const ids = [210];
export const modules = {

/***/ 97105:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ CsvSource)
/* harmony export */ });
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4573);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_buffer__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _domain_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(10241);
/* harmony import */ var _byte_stream_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6052);
/* harmony import */ var _columns_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(27985);
/* harmony import */ var _domain_table_hash_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(68867);
/* harmony import */ var _tokenizer_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(55915);






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
            const view = (0,_domain_table_hash_js__WEBPACK_IMPORTED_MODULE_4__/* .viewOf */ .du)(buf);
            const byName = new Map(columns.map((c) => [c.name, c]));
            const batch = {
                file: this.file,
                length: rows,
                rowOffset,
                columns,
                column: (name) => byName.get(name),
                line: (i) => lines[i],
                rowHash: (i, out) => (0,_domain_table_hash_js__WEBPACK_IMPORTED_MODULE_4__/* .hashRecordBytes */ .Vt)(buf, view, records[2 * i], records[2 * i + 1], out),
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

/***/ 35210:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  R: () => (/* binding */ openTable)
});

// UNUSED EXPORTS: detectFormat

// EXTERNAL MODULE: ./src/domain/errors.ts
var errors = __webpack_require__(10241);
// EXTERNAL MODULE: ./src/io/data/csv/source.ts
var source = __webpack_require__(97105);
// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
// EXTERNAL MODULE: ./src/io/data/byte-stream.ts
var byte_stream = __webpack_require__(6052);
// EXTERNAL MODULE: ./src/io/data/columns.ts + 2 modules
var data_columns = __webpack_require__(27985);
;// CONCATENATED MODULE: ./src/io/data/jsonl/source.ts




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
                return new data_columns/* ValueColumn */.IX(name, kindOf(values), values, 0, rows.length);
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

// EXTERNAL MODULE: ./src/io/data/parquet/source.ts
var parquet_source = __webpack_require__(50489);
;// CONCATENATED MODULE: ./src/io/data/open.ts




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
            return new parquet_source/* ParquetSource */.W(path, file);
        case 'jsonl':
            return new JsonlSource(path, file, gzip);
        default:
            return new source/* CsvSource */.U(path, file, format, gzip, options.delimiter);
    }
}


/***/ }),

/***/ 50489:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ ParquetSource)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _domain_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(10241);
/* harmony import */ var _byte_stream_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6052);



/** hyparquet and the page decoders (~450 KB of code), loaded with the first Parquet file: reading CSV does not pay for them. */
const hyparquet = () => Promise.all(/* import() */[__webpack_require__.e(503), __webpack_require__.e(771)]).then(__webpack_require__.bind(__webpack_require__, 2771));
const fileReader = () => Promise.all(/* import() */[__webpack_require__.e(503), __webpack_require__.e(304), __webpack_require__.e(843)]).then(__webpack_require__.bind(__webpack_require__, 76843));
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
            handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(this.path, 'r');
        }
        catch (error) {
            throw (0,_byte_stream_js__WEBPACK_IMPORTED_MODULE_2__/* .describeReadError */ .U)(error, this.file);
        }
        try {
            const { size } = await handle.stat();
            const buffer = handleBuffer(handle, size);
            return await fn(buffer);
        }
        catch (error) {
            if (error instanceof _domain_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .MlgateError */ .Bf)
                throw error;
            throw this.corrupt(error);
        }
        finally {
            await handle.close();
        }
    }
    /** The input error for a failure to read this file (an MlgateError as it is). */
    corrupt(error) {
        if (error instanceof _domain_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .MlgateError */ .Bf)
            return error;
        const message = error instanceof Error ? error.message : String(error);
        // UnsupportedParquetError (src/io/data/parquet/codecs.ts, not imported here: CSV reads do not load that code)
        if (error instanceof Error && error.name === 'UnsupportedParquetError')
            return (0,_domain_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)(`cannot read Parquet: ${message}`, { file: this.file }, error);
        return (0,_domain_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)(`cannot read Parquet: ${message} (the file is truncated, corrupt or not Parquet)`, { file: this.file }, error);
    }
    async meta(buffer) {
        if (buffer.byteLength < 12)
            throw (0,_domain_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)(`not a Parquet file: ${buffer.byteLength} bytes, expected at least 12 (PAR1 header and footer)`, { file: this.file });
        this.metadata ??= await (await hyparquet()).parquetMetadataAsync(buffer);
        return this.metadata;
    }
    async footer() {
        return this.metadata ?? (await this.withFile((b) => this.meta(b)));
    }
    async columnNames() {
        const footer = await this.footer();
        return (await hyparquet()).parquetSchema(footer).children.map((c) => c.element.name);
    }
    async knownRowCount() {
        return Number((await this.footer()).num_rows);
    }
    /** The data's size uncompressed, from the footer (what reading it costs, roughly). */
    async uncompressedBytes() {
        return (await this.footer()).row_groups.reduce((sum, g) => sum + Number(g.total_byte_size), 0);
    }
    /** Row index of the first row of each row group, and the number of rows. */
    async rowGroupStarts() {
        const footer = await this.footer();
        return (await fileReader()).groupStarts(footer);
    }
    async *batches(options = {}) {
        const all = await this.columnNames();
        const wanted = options.columns ? options.columns.filter((c) => all.includes(c)) : all;
        // The file must stay open across yields, so this generator closes it itself.
        const { reader, close } = await this.open(wanted);
        try {
            yield* this.read(reader, options.batchRows ?? 131_072);
        }
        finally {
            await close();
        }
    }
    /** Row group by row group, batches of at most `batchRows` rows. */
    async *read(reader, batchRows) {
        const starts = reader.groupStarts();
        for (let g = 0; g + 1 < starts.length; g++) {
            const groupRows = starts[g + 1] - starts[g];
            try {
                const group = reader.rowGroup(g, starts[g]);
                for (let start = 0; start < groupRows; start += batchRows) {
                    const n = Math.min(batchRows, groupRows - start);
                    const rowOffset = group.position;
                    const columns = await group.take(n);
                    const index = new Map(columns.map((c) => [c.name, c]));
                    yield { file: this.file, length: n, rowOffset, columns, column: (c) => index.get(c), line: () => undefined };
                }
                await group.finish();
            }
            catch (error) {
                throw this.corrupt(error);
            }
        }
    }
    /** Opens the file for reading `wanted` columns (worker threads read row groups through this). */
    async open(wanted) {
        let handle;
        try {
            handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(this.path, 'r');
        }
        catch (error) {
            throw (0,_byte_stream_js__WEBPACK_IMPORTED_MODULE_2__/* .describeReadError */ .U)(error, this.file);
        }
        try {
            const buffer = handleBuffer(handle, (await handle.stat()).size);
            const md = await this.meta(buffer);
            const { ParquetFileReader } = await fileReader();
            return { reader: await ParquetFileReader.open(buffer, md, wanted, columnKind), close: () => handle.close() };
        }
        catch (error) {
            await handle.close();
            throw this.corrupt(error);
        }
    }
}
/** A repeated field (a list in parquet-protobuf's layout) holds lists, as groups do. */
function columnKind(tree) {
    return kindOf(tree.element, tree.children.length > 0 || tree.element.repetition_type === 'REPEATED');
}
function kindOf(e, nested) {
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


/***/ })

};
