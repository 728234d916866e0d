export const id = 4909;
export const ids = [4909];
export const modules = {

/***/ 61890:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ readExactDistributions)
/* harmony export */ });
/* harmony import */ var _column_values_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(91398);
/* harmony import */ var _read_dataset_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(13808);
/* harmony import */ var _read_progress_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(81581);
/* harmony import */ var _workers_sort_workers_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(84032);




/** Exact distributions of every column of `files`, read with the dataset's format settings and column types (`plans`: see `collectColumns`). */
async function readExactDistributions(files, dataset, env, progress, plans) {
    const c = (0,_column_values_js__WEBPACK_IMPORTED_MODULE_0__/* .exactCollector */ .l5)();
    const reading = await _read_progress_js__WEBPACK_IMPORTED_MODULE_2__/* .ReadProgress */ .i.start(progress, `reading the drift reference of ${dataset.name}`, files);
    try {
        await (0,_read_dataset_js__WEBPACK_IMPORTED_MODULE_1__/* .collectColumns */ .y)(files, dataset, c, env, reading, plans);
    }
    finally {
        reading?.end();
    }
    const sorting = (0,_read_dataset_js__WEBPACK_IMPORTED_MODULE_1__/* .sortSettings */ .MT)(env);
    return c.finish((columns) => (0,_workers_sort_workers_js__WEBPACK_IMPORTED_MODULE_3__/* .sortColumns */ .C)(columns, sorting));
}


/***/ }),

/***/ 21179:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ JsonlSource)
/* harmony export */ });
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4573);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_buffer__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _domain_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(10241);
/* harmony import */ var _byte_stream_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6052);
/* harmony import */ var _line_reader_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4996);
/* harmony import */ var _rows_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(39635);





const DEFAULT_BATCH_ROWS = 16_384;
/**
 * JSON Lines: one object per line (a UTF-8 BOM before the first is skipped); blank lines skipped; missing
 * keys are null; nested values stay objects. Integers beyond 2^53 are bigints with their exact value (a
 * number with a fraction or exponent is a double, as `JSON.parse` reads it); a key repeated in one object
 * is a `RowIssue` of the batch (the last value is kept, as `JSON.parse` does). Read from bytes
 * (`line-reader.ts`); big files are also read in chunks on worker threads (`parallel.ts`).
 */
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
    /** What `fileChunks` needs to read this file again. */
    get location() {
        return { path: this.path, gzip: this.gzip };
    }
    async columnNames() {
        if (!this.names) {
            // Keys can appear on any line: one streaming pass over the file collects them all.
            const reader = new _line_reader_js__WEBPACK_IMPORTED_MODULE_3__/* .JsonlLineReader */ .K([], false);
            for await (const _ of this.rows(reader, DEFAULT_BATCH_ROWS))
                ;
            this.names = reader.order;
        }
        return this.names;
    }
    knownRowCount() {
        return Promise.resolve(undefined);
    }
    /**
     * The file's rows, `batchRows` at a time (the last batch may have fewer): the rows stay valid
     * until the iterator is advanced. Reads as the line-by-line reader did: each ~1 MiB read is checked
     * for UTF-8 up to its last line feed before its lines are read.
     */
    async *rows(reader, batchRows) {
        const rows = new _rows_js__WEBPACK_IMPORTED_MODULE_4__/* .JsonlRows */ .g(reader, this.file, batchRows, false);
        let buf = Buffer.alloc(0);
        /** Where the rows being gathered start in buf, and where the lines not yet read do. */
        let batchStart = 0;
        let next = 0;
        let line = 1;
        let any = false;
        const check = (end) => {
            if (!(0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isUtf8)(buf.subarray(next, end)))
                throw (0,_domain_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)('invalid UTF-8 (expected UTF-8 text)', { file: this.file, line: line + badUtf8Line(buf, next, end) });
        };
        const readLine = (s, e) => {
            // A BOM before the first line (the first bytes of the file) is skipped.
            if (line === 1 && s === 0 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf)
                s = 3;
            const before = rows.rows;
            rows.addLine(buf, s, e, line);
            if (rows.rows > before)
                any = true;
            line++;
        };
        for await (const chunk of (0,_byte_stream_js__WEBPACK_IMPORTED_MODULE_2__/* .fileChunks */ .T9)(this.path, this.file, this.gzip)) {
            // The rows gathered so far keep their bytes: they move with the rest to the new buffer.
            if (rows.rows > 0)
                rows.shift(-batchStart);
            buf = Buffer.concat([buf.subarray(batchStart), chunk]);
            reader.useBuffer(buf);
            next -= batchStart;
            batchStart = 0;
            const last = buf.lastIndexOf(10);
            if (last < next)
                continue;
            check(last);
            while (next <= last) {
                const q = buf.indexOf(10, next);
                readLine(next, q);
                next = q + 1;
                if (rows.full) {
                    yield { rows, buf };
                    rows.clear();
                    batchStart = next;
                }
            }
            if (rows.rows === 0)
                batchStart = next;
        }
        if (next < buf.length) {
            check(buf.length);
            readLine(next, buf.length);
        }
        if (!any)
            throw (0,_domain_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)('empty file: expected JSON objects, one per line', { file: this.file, line: 1 });
        if (rows.rows > 0)
            yield { rows, buf };
    }
    async *batches(options = {}) {
        const batchRows = Math.max(1, options.batchRows ?? DEFAULT_BATCH_ROWS);
        const reader = new _line_reader_js__WEBPACK_IMPORTED_MODULE_3__/* .JsonlLineReader */ .K(options.columns, false);
        // Keys found by an earlier pass are known from the first batch on.
        for (const name of this.names ?? [])
            reader.know(name);
        let rowOffset = 0;
        for await (const { rows, buf } of this.rows(reader, batchRows)) {
            if (!this.names || this.names.length < reader.order.length)
                this.names = [...reader.order];
            yield rows.batch(buf, rowOffset, (0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isAscii)(buf.subarray(rows.records[0], rows.records[2 * rows.rows - 1])));
            rowOffset += rows.rows;
        }
    }
}
/** Lines before the first one in buf[from, end) that is not valid UTF-8. */
function badUtf8Line(buf, from, end) {
    let skipped = 0;
    for (let p = from; p < end; skipped++) {
        const q = buf.indexOf(10, p);
        const e = q < 0 || q > end ? end : q;
        if (!(0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isUtf8)(buf.subarray(p, e)))
            return skipped;
        p = e + 1;
    }
    return skipped;
}


/***/ }),

/***/ 67633:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ openTable)
/* harmony export */ });
/* unused harmony export detectFormat */
/* harmony import */ var _domain_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(10241);
/* harmony import */ var _csv_source_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(97105);
/* harmony import */ var _jsonl_source_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(21179);
/* harmony import */ var _parquet_source_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(42121);




const EXTENSIONS = { csv: 'csv', tsv: 'tsv', tab: 'tsv', txt: 'csv', jsonl: 'jsonl', ndjson: 'jsonl', parquet: 'parquet', pq: 'parquet' };
/** Format and gzip from the file name: `x.csv`, `x.tsv.gz`, `x.ndjson`, `x.parquet`. */
function detectFormat(file, override) {
    const lower = file.toLowerCase();
    const gzip = lower.endsWith('.gz');
    const base = gzip ? lower.slice(0, -3) : lower;
    const ext = base.slice(base.lastIndexOf('.') + 1);
    const format = override ?? EXTENSIONS[ext];
    if (!format)
        throw (0,_domain_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(`cannot tell the data format from the name; expected .csv, .tsv, .jsonl, .ndjson or .parquet (optionally .gz for text), or set \`format:\` on the dataset`, { file });
    if (format === 'parquet' && gzip)
        throw (0,_domain_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)('a gzip-compressed Parquet file is not supported: Parquet compresses its pages itself', { file });
    return { format, gzip };
}
/** Opens a data file as a streaming table. `path` is what is read; `displayName` (default `path`) is what errors and examples show. */
function openTable(path, options = {}) {
    const file = options.displayName ?? path;
    const { format, gzip } = detectFormat(path, options.format);
    switch (format) {
        case 'parquet':
            return new _parquet_source_js__WEBPACK_IMPORTED_MODULE_3__/* .ParquetSource */ .W(path, file);
        case 'jsonl':
            return new _jsonl_source_js__WEBPACK_IMPORTED_MODULE_2__/* .JsonlSource */ .s(path, file, gzip);
        default:
            return new _csv_source_js__WEBPACK_IMPORTED_MODULE_1__/* .CsvSource */ .U(path, file, format, gzip, options.delimiter);
    }
}


/***/ }),

/***/ 42121:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  s: () => (/* binding */ CHECK_BATCH_ROWS),
  W: () => (/* binding */ ParquetSource)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/domain/errors.ts
var errors = __webpack_require__(10241);
// EXTERNAL MODULE: ./src/io/data/byte-stream.ts
var byte_stream = __webpack_require__(6052);
;// CONCATENATED MODULE: ./src/io/data/parquet/footer-frame.ts

/** A Parquet file: `PAR1`, the pages, the footer (Thrift FileMetaData), its length (uint32 LE), `PAR1`. */
const MAGIC = 'PAR1';
/** The trailing magic of a file whose footer is encrypted (Parquet modular encryption). */
const ENCRYPTED_MAGIC = 'PARE';
/** The header magic, the footer length and the trailing magic. */
const FRAME_BYTES = 12;
function shown(bytes) {
    const text = Buffer.from(bytes).toString('latin1');
    return /^[\x20-\x7e]*$/.test(text) ? `'${text}'` : `bytes ${Buffer.from(bytes).toString('hex')}`;
}
/**
 * Checks the frame around a Parquet footer (magic numbers, a footer length the file can hold) before the footer is
 * decoded, so a damaged file is named for what is wrong with it rather than for what the decoder tripped over.
 */
async function readFooterFrame(buffer, file) {
    const size = buffer.byteLength;
    const fail = (what) => (0,errors/* inputError */.Xu)(`not a readable Parquet file: ${what}`, { file });
    if (size < FRAME_BYTES)
        throw fail(`${size} bytes, expected at least ${FRAME_BYTES} (the PAR1 header, the footer length and the PAR1 trailer)`);
    const head = new Uint8Array(await buffer.slice(0, 4));
    const tail = new Uint8Array(await buffer.slice(size - 8, size));
    const trailer = Buffer.from(tail.subarray(4)).toString('latin1');
    if (trailer === ENCRYPTED_MAGIC)
        throw fail('its footer is encrypted (trailing magic PARE); mlgate reads only unencrypted Parquet files');
    if (trailer !== MAGIC)
        throw fail(`the file does not end with the Parquet magic PAR1 (found ${shown(tail.subarray(4))}); it is truncated or not Parquet`);
    if (Buffer.from(head).toString('latin1') !== MAGIC)
        throw fail(`the file does not start with the Parquet magic PAR1 (found ${shown(head)}); its first bytes are damaged or it is not Parquet`);
    const length = new DataView(tail.buffer, tail.byteOffset, 4).getUint32(0, true);
    if (length === 0)
        throw fail('the footer length (the 4 bytes before the trailing PAR1) is 0, so the file has no footer (schema, row groups); it is damaged');
    const room = size - FRAME_BYTES;
    if (length > room)
        throw fail(`the footer length (the 4 bytes before the trailing PAR1) is ${length} bytes, but the file (${size} bytes) has room for at most ${room}; it is truncated or damaged`);
    return { offset: size - 8 - length, length };
}
/** The error for a footer whose frame is sound but whose content does not decode. */
function undecodableFooter(frame, file, error) {
    // A decoder's TypeError or RangeError says where its code tripped, not what is wrong with the file.
    const reason = error instanceof TypeError ? 'required fields such as the schema are missing' : error instanceof RangeError ? 'it runs past its end' : error instanceof Error ? error.message : String(error);
    return (0,errors/* inputError */.Xu)(`not a readable Parquet file: the footer (${frame.length} bytes at byte ${frame.offset}) does not decode as Parquet metadata (${reason}); the file is damaged`, { file }, error);
}

;// CONCATENATED MODULE: ./src/io/data/parquet/source.ts




/** hyparquet and the page decoders (~450 KB of code), loaded with the first Parquet file: reading CSV does not pay for them. */
const hyparquet = () => Promise.all(/* import() */[__webpack_require__.e(503), __webpack_require__.e(2771)]).then(__webpack_require__.bind(__webpack_require__, 2771));
const fileReader = () => Promise.all(/* import() */[__webpack_require__.e(503), __webpack_require__.e(1304), __webpack_require__.e(7877), __webpack_require__.e(2997)]).then(__webpack_require__.bind(__webpack_require__, 17877));
/**
 * Rows validation reads and checks at a time (decoded pages are cut into batches of this many rows):
 * each column's arrays stay in the core's cache while the checks and the row hash read them.
 */
const CHECK_BATCH_ROWS = 8192;
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
    /** The input error for a failure to read this file (an MlgateError as it is). */
    corrupt(error) {
        if (error instanceof errors/* MlgateError */.Bf)
            return error;
        const message = error instanceof Error ? error.message : String(error);
        // UnsupportedParquetError (src/io/data/parquet/codecs.ts, not imported here: CSV reads do not load that code)
        if (error instanceof Error && error.name === 'UnsupportedParquetError')
            return (0,errors/* inputError */.Xu)(`cannot read Parquet: ${message}`, { file: this.file }, error);
        return (0,errors/* inputError */.Xu)(`cannot read Parquet: ${message} (the file is truncated, corrupt or not Parquet)`, { file: this.file }, error);
    }
    async meta(buffer) {
        if (this.metadata)
            return this.metadata;
        const frame = await readFooterFrame(buffer, this.file);
        try {
            const metadata = await (await hyparquet()).parquetMetadataAsync(buffer);
            if (!Array.isArray(metadata.schema) || metadata.schema.length === 0 || !Array.isArray(metadata.row_groups))
                throw new Error('no schema or no row groups');
            this.metadata = metadata;
        }
        catch (error) {
            throw undecodableFooter(frame, this.file, error);
        }
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
        const columns = options.decodePages ? reader.typedFlatColumns() : [];
        let pages;
        if (options.decodePages && columns.length > 0) {
            const claims = new Int32Array(new SharedArrayBuffer(4 * reader.metadata.row_groups.length));
            pages = options.decodePages({ path: this.path, file: this.file, columns, claims });
            if (pages)
                reader.decodeOn(pages.feed, claims);
        }
        try {
            yield* this.read(reader, options.batchRows ?? 131_072, options.firstBatchRows);
        }
        finally {
            await pages?.close();
            await close();
        }
    }
    /** Decodes every page of `columns` in every row group without building batches: damage there is an error too. */
    async decodeColumns(columns) {
        if (columns.length === 0)
            return;
        const { reader, close } = await this.open(columns);
        try {
            const starts = reader.groupStarts();
            for (let g = 0; g + 1 < starts.length; g++) {
                try {
                    await reader.rowGroup(g, starts[g]).decodeAll(starts[g + 1] - starts[g]);
                }
                catch (error) {
                    throw this.corrupt(error);
                }
            }
        }
        finally {
            await close();
        }
    }
    /** Row group by row group, batches of at most `batchRows` rows (the first of at most `firstRows`). */
    async *read(reader, batchRows, firstRows = batchRows) {
        const starts = reader.groupStarts();
        let ahead;
        let size = firstRows;
        for (let g = 0; g + 1 < starts.length; g++) {
            const groupRows = starts[g + 1] - starts[g];
            try {
                const group = ahead ?? reader.rowGroup(g, starts[g]);
                ahead = undefined;
                for (let start = 0, n = 0; start < groupRows; start += n) {
                    n = Math.min(size, groupRows - start);
                    size = batchRows;
                    // With the last batch of a row group, the next group's chunks start to be read (see PageReader).
                    if (start + n === groupRows && g + 2 < starts.length)
                        ahead = reader.rowGroup(g + 1, starts[g + 1]);
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
            handle = await (0,promises_.open)(this.path, 'r');
        }
        catch (error) {
            throw (0,byte_stream/* describeReadError */.U)(error, this.file);
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


/***/ }),

/***/ 99901:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   distributionBuffers: () => (/* binding */ distributionBuffers),
/* harmony export */   readReferenceHere: () => (/* binding */ readReferenceHere)
/* harmony export */ });
/* harmony import */ var _domain_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(10241);
/* harmony import */ var _distributions_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(61890);


/** The buffers under the distributions' arrays, each once (to move them). */
function distributionBuffers(columns) {
    const out = new Set();
    for (const [, d] of columns) {
        if (d.kind !== 'numeric')
            continue;
        out.add(d.sample.values.buffer);
        if (d.sample.weights)
            out.add(d.sample.weights.buffer);
    }
    return [...out].filter((b) => b instanceof ArrayBuffer);
}
/**
 * Reads the reference on this thread alone and answers through `send`; never throws. `stop` aborted (the main thread
 * found the distributions cached meanwhile): the read stops at its next chunk and answers `failed`.
 */
async function readReferenceHere(job, send, stop) {
    // The read reports each chunk to its progress: where it learns that it is no longer wanted.
    const progress = {
        start(task) {
            if (job.progress)
                send({ kind: 'progress-start', task });
            return {
                update: (done, bytes) => {
                    stop.throwIfAborted();
                    if (job.progress)
                        send({ kind: 'progress', done, ...(bytes ? { bytes } : {}) });
                },
                end: () => {
                    if (job.progress)
                        send({ kind: 'progress-end' });
                },
            };
        },
    };
    try {
        const columns = [...(await (0,_distributions_js__WEBPACK_IMPORTED_MODULE_1__/* .readExactDistributions */ .d)(job.files, job.dataset, { ...job.env, MLGATE_THREADS: '1' }, progress))];
        stop.throwIfAborted();
        send({ kind: 'done', columns }, distributionBuffers(columns));
    }
    catch (error) {
        if (stop.aborted)
            send({ kind: 'failed', error: { message: 'stopped: the distributions were found cached' } });
        else
            send({ kind: 'failed', error: error instanceof _domain_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MlgateError */ .Bf ? { kind: error.kind, message: error.message, location: error.location } : { message: error instanceof Error ? error.message : String(error) } });
    }
}


/***/ }),

/***/ 84032:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ sortColumns)
/* harmony export */ });
/* harmony import */ var _domain_drift_sort_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(67253);
/* harmony import */ var _chunk_workers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(14565);
/* harmony import */ var _worker_pool_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(25159);



/**
 * This thread's sort work arrays, kept from one sort to the next (the reference's columns, then the
 * current data's): 8 MB per million values, and fresh memory costs its page faults each time.
 */
let mainScratch;
/** The buffers under `blocks`, each once (to transfer rather than copy). */
function buffersOf(blocks) {
    return [...new Set(blocks.map((b) => b.buffer))];
}
/**
 * Sorts the values of each column, given as a list of blocks (`sortFloat64Blocks`), into one array
 * per column (in this thread alone when they hold fewer than `minBytes`): this thread takes columns
 * from the end of the list while `threads - 1` chunk worker threads (those the read just used, when
 * it went well: started, and their code compiled) take them from the front, two queued at a time. A column's blocks move to the worker that sorts them (no copy) and
 * its list is emptied; no two blocks of different columns may share a buffer.
 */
async function sortColumns(columns, settings) {
    const { threads } = settings;
    const bytes = columns.reduce((s, blocks) => blocks.reduce((t, b) => t + b.byteLength, s), 0);
    const scratch = (mainScratch ??= new _domain_drift_sort_js__WEBPACK_IMPORTED_MODULE_2__/* .SortScratch */ .zp());
    const sorted = new Array(columns.length);
    const sortHere = (k) => {
        const blocks = columns[k];
        // The blocks go as soon as their column is sorted: a column's blocks and its sorted copy are the only pair alive at once.
        columns[k] = [];
        sorted[k] = (0,_domain_drift_sort_js__WEBPACK_IMPORTED_MODULE_2__/* .sortFloat64Blocks */ .vx)(blocks, scratch);
    };
    if (threads < 2 || columns.length < 2 || bytes < settings.minBytes || !(0,_worker_pool_js__WEBPACK_IMPORTED_MODULE_1__/* .runsFromBundle */ .rI)()) {
        for (let k = 0; k < columns.length; k++)
            sortHere(k);
        return sorted;
    }
    let front = 0;
    let back = columns.length - 1;
    let failed = false;
    const workers = [];
    const done = [];
    const enlist = (worker) => {
        workers.push(worker);
        const finished = new Promise((resolve, reject) => {
            let outstanding = 0;
            const next = () => {
                if (front > back) {
                    if (outstanding === 0)
                        resolve();
                    return;
                }
                const k = front++;
                const blocks = columns[k];
                columns[k] = [];
                const task = { kind: 'sort', k, blocks };
                outstanding++;
                worker.postMessage(task, buffersOf(blocks));
            };
            worker.on('message', ({ k, values }) => {
                sorted[k] = values;
                outstanding--;
                next();
            });
            worker.on('error', (e) => {
                failed = true;
                reject(e);
            });
            worker.on('exit', (code) => {
                failed = true;
                reject(new Error(`sort worker thread exited with status ${code}`));
            });
            // Two columns queued: the worker goes on to the second while this thread, busy with its own work, has not yet
            // taken the first one's reply.
            next();
            next();
        });
        // Should this thread's own sort fail, the workers' outcomes are no longer awaited (nor reported twice).
        finished.catch(() => undefined);
        done.push(finished);
    };
    // `spareOnly`: no worker is started; one busy elsewhere (a reference read) joins once it is spare again.
    if (!settings.spareOnly)
        for (let k = 0; k < Math.min(threads - 1, columns.length - 1); k++)
            enlist((0,_chunk_workers_js__WEBPACK_IMPORTED_MODULE_0__/* .takeChunkWorker */ .r$)(threads));
    try {
        while (back >= front) {
            if (settings.spareOnly && workers.length < threads - 1) {
                const spare = (0,_chunk_workers_js__WEBPACK_IMPORTED_MODULE_0__/* .takeSpareChunkWorker */ .W2)();
                if (spare)
                    enlist(spare);
            }
            // Yield so that the workers' messages are taken in between this thread's sorts.
            await new Promise((resolve) => setImmediate(resolve));
            if (back >= front)
                sortHere(back--);
        }
        await Promise.all(done);
    }
    catch (error) {
        failed = true;
        throw error;
    }
    finally {
        // Idle now (every reply came): back for the next read or sort; after a failure, ended.
        await Promise.all(workers.map(async (w) => (failed ? await w.terminate() : (0,_chunk_workers_js__WEBPACK_IMPORTED_MODULE_0__/* .returnChunkWorker */ .yX)(w))));
    }
    return sorted;
}


/***/ })

};
