export const id = 2248;
export const ids = [2248];
export const modules = {

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

/***/ 1505:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ CLAIMED_BY_FEED),
/* harmony export */   u: () => (/* binding */ CLAIMED_BY_READER)
/* harmony export */ });
const CLAIMED_BY_FEED = 1;
const CLAIMED_BY_READER = 2;


/***/ }),

/***/ 12248:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   feedPages: () => (/* binding */ feedPages)
/* harmony export */ });
/* harmony import */ var _page_stream_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1024);
/* harmony import */ var _source_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(42121);
/* harmony import */ var _page_feed_protocol_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1505);
/* harmony import */ var _wire_page_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(31781);




/**
 * Decoded bytes the worker keeps in flight (sent, not yet taken) before it waits: two or three row groups of
 * DuckDB's size, so the reading thread rarely waits on the worker once it has started, and memory stays bounded
 * (10M rows x 12 columns: peak RSS 350-360 MiB against 365-383 MiB with 48 MiB, the same time; 16 MiB was slower).
 */
const IN_FLIGHT_BYTES = 32 << 20;
/** Flow control of the worker's side: in-flight bytes, the reader's requests for one more page, and its stop. */
class Flow {
    limit;
    inFlight = 0;
    nudges = 0;
    wake;
    stopped = false;
    constructor(limit) {
        this.limit = limit;
    }
    control(m) {
        if (m.kind === 'credit')
            this.inFlight -= m.bytes;
        else if (m.kind === 'more')
            this.nudges++;
        else
            this.stopped = true;
        const wake = this.wake;
        this.wake = undefined;
        wake?.();
    }
    sent(bytes) {
        this.inFlight += bytes;
    }
    /** Resolves when another page may be sent: room in flight, or the reader waits for one. */
    async room() {
        while (!this.stopped && this.inFlight >= this.limit && this.nudges === 0)
            await new Promise((resolve) => (this.wake = resolve));
        if (this.nudges > 0)
            this.nudges--;
    }
}
function errorOf(error) {
    return error instanceof Error ? { name: error.name, message: error.message } : { name: 'Error', message: String(error) };
}
/** The next event of a chunk's pages, as a cursor reading them here would meet it; `paged`: the chunk's rows so far. */
async function nextEvent(pages, paged, groupRows, transfer) {
    let header;
    try {
        header = await pages.header();
    }
    catch (error) {
        return { event: { kind: 'failed', header: undefined, error: errorOf(error) }, paged };
    }
    if (!header)
        return { event: { kind: 'end' }, paged };
    let rows;
    try {
        rows = (0,_page_stream_js__WEBPACK_IMPORTED_MODULE_2__/* .countPageRows */ .qT)(header, paged, groupRows);
    }
    catch {
        return { event: { kind: 'stopped', header }, paged };
    }
    try {
        const page = await pages.decode(header);
        // The dictionary is copied, not moved: this side's pages still refer to it.
        if (header.type === 'DICTIONARY_PAGE' && pages.dictionary)
            return { event: { kind: 'dictionary', header, dictionary: (0,_wire_page_js__WEBPACK_IMPORTED_MODULE_1__/* .denseToWire */ .oH)(pages.dictionary, new Set()) }, paged: rows };
        return { event: { kind: 'page', header, page: page && (0,_wire_page_js__WEBPACK_IMPORTED_MODULE_1__/* .pageToWire */ .Cv)(page, transfer) }, paged: rows };
    }
    catch (error) {
        return { event: { kind: 'failed', header, error: errorOf(error) }, paged: rows };
    }
}
function post(port, flow, group, column, event, transfer) {
    const bytes = (0,_wire_page_js__WEBPACK_IMPORTED_MODULE_1__/* .transferBytes */ .v7)(transfer);
    const message = { kind: 'event', group, column, event, bytes };
    port.postMessage(message, [...transfer]);
    flow.sent(bytes);
}
/**
 * Decodes the job's columns row group by row group and sends each page's values on `port` as soon as it is
 * decoded, the pages of a row group's columns interleaved by the rows they start at (the order the reader
 * needs them in). A chunk's stream ends at its end or at its first failure, as a read there would.
 */
async function feed(reader, job, port, flow) {
    const starts = reader.groupStarts();
    for (let g = 0; g + 1 < starts.length && !flow.stopped; g++) {
        // The groups the reader took are skipped (a group may also be given to the feed in advance).
        if (Atomics.compareExchange(job.claims, g, 0, _page_feed_protocol_js__WEBPACK_IMPORTED_MODULE_3__/* .CLAIMED_BY_FEED */ .D) === _page_feed_protocol_js__WEBPACK_IMPORTED_MODULE_3__/* .CLAIMED_BY_READER */ .u)
            continue;
        const groupRows = starts[g + 1] - starts[g];
        const streams = job.columns.map((name, column) => {
            try {
                return { column, pages: reader.pageStream(g, name), paged: 0 };
            }
            catch (error) {
                // The reading side meets the same error when it opens the chunk (in case it does not, its first page fails).
                post(port, flow, g, column, { kind: 'failed', header: undefined, error: errorOf(error) }, new Set());
                return undefined;
            }
        });
        let live = streams.filter((s) => s !== undefined);
        while (live.length > 0) {
            await flow.room();
            if (flow.stopped)
                return;
            const next = live.reduce((a, b) => (b.paged < a.paged ? b : a));
            const transfer = new Set();
            const { event, paged } = await nextEvent(next.pages, next.paged, groupRows, transfer);
            next.paged = paged;
            post(port, flow, g, next.column, event, transfer);
            if (event.kind !== 'page' && event.kind !== 'dictionary')
                live = live.filter((s) => s !== next);
        }
    }
}
/** A worker thread's side of decoding a file's pages for the thread that reads it (`decodePagesOnWorker`). */
async function feedPages(job, port) {
    const flow = new Flow(job.inFlightBytes ?? IN_FLIGHT_BYTES);
    port.on('message', (m) => flow.control(m));
    const source = new _source_js__WEBPACK_IMPORTED_MODULE_0__/* .ParquetSource */ .W(job.path, job.file);
    try {
        const { reader, close } = await source.open(job.columns);
        try {
            await feed(reader, job, port, flow);
        }
        finally {
            await close();
        }
        port.postMessage({ kind: 'done' });
    }
    catch (error) {
        port.postMessage({ kind: 'lost', error: errorOf(error) });
    }
    finally {
        port.close();
    }
}


/***/ }),

/***/ 1024:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cv: () => (/* binding */ LocalPages),
/* harmony export */   qT: () => (/* binding */ countPageRows),
/* harmony export */   r: () => (/* binding */ pageRows)
/* harmony export */ });
/** Rows of a data page (undefined for dictionary and index pages). */
function pageRows(header) {
    return header.data_page_header?.num_values ?? header.data_page_header_v2?.num_rows;
}
/**
 * Rows of the chunk's pages once `header`'s page is counted (`paged` before it); throws when the page claims
 * more rows than the row group has left (such a page is corrupt and is not decoded).
 */
function countPageRows(header, paged, groupRows) {
    const rows = pageRows(header);
    if (rows === undefined)
        return paged;
    if (!(rows >= 0 && rows <= groupRows - paged))
        throw new Error(`a page of ${rows} rows after ${paged}, in a row group of ${groupRows}`);
    return paged + rows;
}
/** Pages read from the file and decoded on this thread. */
class LocalPages {
    reader;
    decoder;
    constructor(reader, decoder) {
        this.reader = reader;
        this.decoder = decoder;
    }
    header() {
        return this.reader.header();
    }
    skip() {
        this.reader.skipBody();
    }
    async decode(header) {
        return this.decoder.decode({ header, bytes: await this.reader.body() });
    }
    /** The dictionary the chunk's pages refer to, once its page is decoded. */
    get dictionary() {
        return this.decoder.dictionary;
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

/***/ 31781:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cv: () => (/* binding */ pageToWire),
/* harmony export */   bT: () => (/* binding */ denseFromWire),
/* harmony export */   oH: () => (/* binding */ denseToWire),
/* harmony export */   v7: () => (/* binding */ transferBytes),
/* harmony export */   vu: () => (/* binding */ pageFromWire)
/* harmony export */ });
/* harmony import */ var _dense_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96897);

/**
 * `a` on storage of its own, so that the storage can be transferred: a view of a larger buffer (a window of the
 * file, a pooled Buffer) is copied, as transferring would take the rest of that buffer away from its owner.
 */
function own(a) {
    return a.byteOffset === 0 && a.byteLength === a.buffer.byteLength && a.buffer instanceof ArrayBuffer ? a : a.slice();
}
/** `a` on storage of its own, added to the buffers to transfer. */
function moved(a, transfer) {
    const owned = own(a);
    transfer.add(owned.buffer);
    return owned;
}
/** `dense` for sending; `transfer` collects the buffers to move with it. */
function denseToWire(dense, transfer) {
    const take = (a) => moved(a, transfer);
    switch (dense.kind) {
        case 'f64':
            return { kind: 'f64', count: dense.count, values: take(dense.values), big: dense.big, index: dense.entry && take(dense.entry.index) };
        case 'bool':
            return { kind: 'bool', count: dense.count, values: take(dense.values) };
        case 'bytes':
            return { kind: 'bytes', count: dense.count, buf: dense.entry ? undefined : take(dense.buf), start: take(dense.start), end: take(dense.end), lossy: dense.lossy, index: dense.entry && take(dense.entry.index) };
    }
}
function pageToWire(page, transfer) {
    if ('generic' in page)
        throw new Error('a page of the generic representation is decoded where it is read');
    return { rows: page.rows, present: page.present && moved(page.present, transfer), dense: denseToWire(page.dense, transfer) };
}
/** Bytes of the buffers of an event (what the sending side counts as in flight). */
function transferBytes(transfer) {
    let n = 0;
    for (const b of transfer)
        n += b.byteLength;
    return n;
}
/** The values sent, with `dictionary` (this side's copy of the chunk's dictionary) for a dictionary-encoded page. */
function denseFromWire(w, dictionary) {
    if (w.kind === 'bool')
        return w;
    if (w.index && !dictionary)
        throw new Error('a dictionary-encoded page without a dictionary page before it');
    const entry = w.index && dictionary ? { index: w.index, owner: dictionary, size: dictionary.count } : undefined;
    if (w.kind === 'f64')
        return { kind: 'f64', count: w.count, values: w.values, big: w.big, entry };
    const buf = entry ? dictionary.buf : w.buf && (0,_dense_js__WEBPACK_IMPORTED_MODULE_0__/* .asBuffer */ .bS)(w.buf);
    if (!buf)
        throw new Error('a page of strings without its bytes');
    return { kind: 'bytes', count: w.count, buf, start: w.start, end: w.end, lossy: w.lossy, entry };
}
function pageFromWire(w, dictionary) {
    return { rows: w.rows, present: w.present, dense: denseFromWire(w.dense, dictionary) };
}


/***/ })

};
