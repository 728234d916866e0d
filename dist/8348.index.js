export const id = 8348;
export const ids = [8348];
export const modules = {

/***/ 2190:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ resolveDataFiles)
/* harmony export */ });
/* unused harmony export segmentRegex */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _domain_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(10241);



const GLOB_CHARS = /[*?[{]/;
/** Regex of one glob path segment: `*`, `?`, `[abc]`, `{a,b}`. */
function segmentRegex(segment) {
    let re = '';
    let inBrace = false;
    for (let i = 0; i < segment.length; i++) {
        const c = segment[i];
        if (c === '*')
            re += '[^/]*';
        else if (c === '?')
            re += '[^/]';
        else if (c === '[') {
            const close = segment.indexOf(']', i + 1);
            if (close < 0)
                re += '\\[';
            else {
                const body = segment.slice(i + 1, close);
                re += `[${body.startsWith('!') ? `^${body.slice(1)}` : body}]`;
                i = close;
            }
        }
        else if (c === '{') {
            inBrace = true;
            re += '(?:';
        }
        else if (c === '}' && inBrace) {
            inBrace = false;
            re += ')';
        }
        else if (c === ',' && inBrace)
            re += '|';
        else
            re += c.replace(/[.+^$()|\\]/g, '\\$&');
    }
    return new RegExp(`^${re}$`);
}
/** What `p` is when it is not a regular file one can read ('a directory', 'a symbolic link that loops', …); undefined for a file. */
async function whyNotAFile(p) {
    try {
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(p);
        if (info.isFile())
            return undefined;
        if (info.isDirectory())
            return 'a directory, not a data file';
        if (info.isFIFO())
            return 'a named pipe, not a regular file';
        if (info.isSocket())
            return 'a socket, not a regular file';
        return 'a device, not a regular file';
    }
    catch (error) {
        const code = error.code;
        if (code === 'ELOOP')
            return 'a symbolic link that loops (it leads back to itself)';
        if (code === 'EACCES' || code === 'EPERM')
            return 'not readable (permission denied)';
        if (code === 'ENOTDIR')
            return 'not there: a part of its path is a file, not a directory';
        if (code !== 'ENOENT')
            return `not readable (${code ?? String(error)})`;
        const link = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(p).catch(() => undefined);
        if (link?.isSymbolicLink())
            return `a symbolic link to '${await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readlink)(p).catch(() => '?')}', which does not exist`;
        return 'missing';
    }
}
async function expand(base, segments, walk) {
    if (segments.length === 0) {
        const why = await whyNotAFile(base);
        if (why === undefined)
            return [base];
        // A glob matches files: a directory or a path that is not there is no match, a broken or looping link is reported.
        if (why.startsWith('a symbolic link') || why.startsWith('not readable'))
            walk.broken.push({ path: base, why });
        return [];
    }
    const [head, ...rest] = segments;
    if (head === '**') {
        const here = await expand(base, rest, walk);
        let entries;
        try {
            entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(base, { withFileTypes: true });
        }
        catch {
            return here;
        }
        const deeper = await Promise.all(entries.filter((e) => e.isDirectory() && !e.name.startsWith('.')).map((e) => expand(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(base, e.name), segments, walk)));
        return [...here, ...deeper.flat()];
    }
    if (!GLOB_CHARS.test(head))
        return expand(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(base, head), rest, walk);
    const re = segmentRegex(head);
    let entries;
    try {
        entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(base, { withFileTypes: true });
    }
    catch {
        return [];
    }
    const matches = entries.filter((e) => re.test(e.name) && (e.name.startsWith('.') === head.startsWith('.')));
    const found = await Promise.all(matches.map((e) => expand(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(base, e.name), rest, walk)));
    return found.flat();
}
/**
 * The files a dataset `path` names: plain paths must exist; globs (`*`, `?`, `**`, `[..]`, `{a,b}`) must
 * match at least one file. Sorted by name, without repeats. `where` names the config field in errors.
 */
async function resolveDataFiles(patterns, root, where, displayRoot = root) {
    const list = typeof patterns === 'string' ? [patterns] : patterns;
    const out = new Map();
    for (const pattern of list) {
        const absolute = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(root, pattern);
        let found;
        if (!GLOB_CHARS.test(pattern)) {
            const why = await whyNotAFile(absolute);
            if (why === 'missing')
                throw (0,_domain_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)(`${where}: data file '${pattern}' does not exist (looked in ${node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(absolute)})`, { file: pattern });
            if (why !== undefined)
                throw (0,_domain_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)(`${where}: data file '${pattern}' is ${why}${why.startsWith('a directory') ? `; name its files with a glob such as '${node_path__WEBPACK_IMPORTED_MODULE_1___default().posix.join(pattern.split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).join('/'), '*.csv')}'` : ''}`, { file: pattern });
            found = [absolute];
        }
        else {
            const parts = absolute.split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep));
            const firstGlob = parts.findIndex((p) => GLOB_CHARS.test(p));
            const base = parts.slice(0, firstGlob).join((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)) || (node_path__WEBPACK_IMPORTED_MODULE_1___default().sep);
            const walk = { broken: [] };
            found = await expand(base, parts.slice(firstGlob), walk);
            const [broken] = walk.broken.sort((a, b) => (a.path < b.path ? -1 : 1));
            if (broken)
                throw (0,_domain_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)(`${where}: the glob '${pattern}' matches '${displayName(displayRoot, broken.path)}', which is ${broken.why}`, { file: displayName(displayRoot, broken.path) });
            if (found.length === 0)
                throw (0,_domain_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)(`${where}: the glob '${pattern}' matches no file (under ${base})`, { file: pattern });
        }
        for (const f of found)
            out.set(f, { path: f, name: displayName(displayRoot, f) });
    }
    return [...out.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
function displayName(root, file) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(root, file);
    return (rel.startsWith('..') || node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(rel) ? file : rel).split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).join('/');
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


/***/ })

};
