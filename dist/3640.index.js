export const id = 3640;
export const ids = [3640];
export const modules = {

/***/ 39816:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $E: () => (/* binding */ NULL_WORD0),
/* harmony export */   $H: () => (/* binding */ mixCell),
/* harmony export */   Bc: () => (/* binding */ bytesWords),
/* harmony export */   Jw: () => (/* binding */ DUPLICATE_ROW_HASH_VERSION),
/* harmony export */   Ul: () => (/* binding */ NULL_WORD1),
/* harmony export */   nN: () => (/* binding */ mixNumbers),
/* harmony export */   pB: () => (/* binding */ textWords),
/* harmony export */   pz: () => (/* binding */ valueWords),
/* harmony export */   rw: () => (/* binding */ hashDuplicateRows)
/* harmony export */ });
/* unused harmony exports numberWords, canonicalIntegerOfBytes */
/* harmony import */ var _hash_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(68867);
/**
 * Duplicate-row hashes of readers that hand over cells, not record bytes (Parquet): a row's 64-bit hash
 * folds in each cell's two words, column after column. A cell's words follow from its value alone, with
 * the cells `Column.hash` makes equal kept equal (CSV "5" and Parquet 5, true and "true"): a number is its
 * float64 bits (+0 for -0, one NaN), as is a safe bigint, a Date (its epoch ms) and a text that is a safe
 * integer's canonical decimal text (`-?[1-9][0-9]*` or `0`); any other text is `hashRecordBytes` of its
 * UTF-8 bytes, and anything else (a boolean, a bigint past 2^53, a nested value) the words of its text.
 * So a number costs no decimal text, and the same values give the same hash whatever column class holds them.
 * Duplicate rows are only ever compared with rows of the same reader (CSV and JSON Lines hash their record bytes).
 *
 * Collisions: each of the two lanes folds in every word (multiply-xorshift), finalised with fmix32; two
 * different rows share a hash with probability about 2^-64, n rows report a false duplicate with
 * probability about n^2 / 2^65, as `hash.ts` states for cells.
 */

/** Changes whenever a row's hash does (a shard profile's duplicate-row keys are only merged with the same version's). */
const DUPLICATE_ROW_HASH_VERSION = 2;
const SEED_HI = 0x12345678;
const SEED_LO = 0x9abcdef0;
/** A null cell's words (the bits of a NaN, and numbers give one other NaN). */
const NULL_WORD0 = 0x6e756c6c;
const NULL_WORD1 = 0xfff4e554;
/**
 * Folds a cell's words (w0, w1) into row i's lanes: each lane takes both words, in opposite orders and with
 * other constants, a multiply and an xorshift per word (a few operations: it runs once per cell).
 */
function mixCell(hi, lo, i, w0, w1) {
    let h1 = Math.imul(hi[i] ^ w0, 0x9e3779b1);
    h1 = Math.imul(h1 ^ (h1 >>> 15) ^ w1, 0x85ebca6b);
    let h2 = Math.imul(lo[i] ^ w1, 0xc2b2ae35);
    h2 = Math.imul(h2 ^ (h2 >>> 16) ^ w0, 0x27d4eb2d);
    hi[i] = h1 ^ (h1 >>> 13);
    lo[i] = h2 ^ (h2 >>> 15);
}
const f64 = new Float64Array(1);
const f64Words = new Uint32Array(f64.buffer);
/** Which of a float64's two 32-bit words (in this machine's order) is the low one. */
const LOW = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 0 : 1;
/** Number x's words into out: its float64 bits (+0 for -0, one NaN). */
function numberWords(x, out) {
    if (x !== x) {
        out[0] = 0;
        out[1] = 0x7ff80000;
        return;
    }
    f64[0] = x === 0 ? 0 : x;
    out[0] = f64Words[LOW];
    out[1] = f64Words[1 - LOW];
}
/** The safe integer whose canonical decimal text (`0`, `-?[1-9][0-9]*`) b[start, end) is, else NaN. */
function canonicalIntegerOfBytes(b, start, end) {
    let p = start;
    const negative = b[p] === 45;
    if (negative)
        p++;
    const digits = end - p;
    if (digits < 1 || digits > 16)
        return NaN;
    const first = b[p] - 48;
    if (first < 0 || first > 9 || (first === 0 && (digits > 1 || negative)))
        return NaN;
    let v = first;
    for (p++; p < end; p++) {
        const d = b[p] - 48;
        if (d < 0 || d > 9)
            return NaN;
        v = v * 10 + d;
    }
    if (v > Number.MAX_SAFE_INTEGER)
        return NaN;
    return negative ? -v : v;
}
/** Words of the text b[start, end) (UTF-8; `view` is `viewOf(b)`) into out. */
function bytesWords(b, view, start, end, out) {
    if (end - start <= 17) {
        const v = canonicalIntegerOfBytes(b, start, end);
        if (v === v)
            return numberWords(v, out);
    }
    (0,_hash_js__WEBPACK_IMPORTED_MODULE_0__/* .hashRecordBytes */ .Vt)(b, view, start, end, out);
}
const textScratch = new Uint8Array(256);
const textView = new DataView(textScratch.buffer);
const encoder = new TextEncoder();
/** Words of text s into out. */
function textWords(s, out) {
    const n = s.length;
    if (n <= textScratch.length) {
        let ascii = true;
        for (let k = 0; ascii && k < n; k++) {
            const c = s.charCodeAt(k);
            if (c >= 0x80)
                ascii = false;
            else
                textScratch[k] = c;
        }
        if (ascii)
            return bytesWords(textScratch, textView, 0, n, out);
    }
    const bytes = encoder.encode(s);
    bytesWords(bytes, new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), 0, bytes.length, out);
}
/**
 * Folds each row's number values[i] (null where nulls[i] is 1) into rows [0, n): `valueWords` for a
 * column of float64s, its words read straight from the array. `time`: the values are the epoch ms of
 * Dates (a value is clipped as the Date constructor does).
 */
function mixNumbers(hi, lo, n, values, nulls, time, out) {
    const words = new Uint32Array(values.buffer, values.byteOffset, 2 * values.length);
    for (let i = 0; i < n; i++) {
        let w0;
        let w1;
        const x = values[i];
        if (nulls[i] === 1) {
            w0 = NULL_WORD0;
            w1 = NULL_WORD1;
        }
        else if (x !== x || x === 0 || (time && !(Math.abs(x) <= 8.64e15 && Math.trunc(x) === x))) {
            numberWords(time && Math.abs(x) <= 8.64e15 ? Math.trunc(x) : time ? NaN : x, out);
            w0 = out[0];
            w1 = out[1];
        }
        else {
            w0 = words[2 * i + LOW];
            w1 = words[2 * i + 1 - LOW];
        }
        mixCell(hi, lo, i, w0, w1);
    }
}
/** The words of cell i of `col`, from its value (see above), into out. */
function valueWords(col, i, out) {
    const v = col.isNull(i) ? null : col.value(i);
    if (v === null || v === undefined) {
        out[0] = NULL_WORD0;
        out[1] = NULL_WORD1;
    }
    else if (typeof v === 'number')
        numberWords(v, out);
    else if (v instanceof Date)
        numberWords(v.getTime(), out);
    else if (typeof v === 'string')
        textWords(v, out);
    else if (typeof v === 'bigint' && v >= -9007199254740991n && v <= 9007199254740991n)
        numberWords(Number(v), out);
    else
        textWords(col.text(i) ?? '', out);
}
/**
 * Each row's duplicate-row hash (see above) into hi[i] (high word), lo[i], for the n rows of a batch over
 * the given columns, a column at a time (`Column.mixRowHashes` where a column has it, else `valueWords`
 * cell by cell). False when a column is missing from the batch.
 */
function hashDuplicateRows(batch, names, hi, lo, scratch) {
    const n = batch.length;
    hi.fill(SEED_HI, 0, n);
    lo.fill(SEED_LO, 0, n);
    for (const name of names) {
        const col = batch.column(name);
        if (!col)
            return false;
        if (col.mixRowHashes)
            col.mixRowHashes(hi, lo, n);
        else
            for (let i = 0; i < n; i++) {
                valueWords(col, i, scratch);
                mixCell(hi, lo, i, scratch[0], scratch[1]);
            }
    }
    for (let i = 0; i < n; i++) {
        const h1 = hi[i];
        hi[i] = (0,_hash_js__WEBPACK_IMPORTED_MODULE_0__/* .fmix32 */ .sT)(h1 ^ names.length);
        lo[i] = (0,_hash_js__WEBPACK_IMPORTED_MODULE_0__/* .fmix32 */ .sT)((lo[i] ^ Math.imul(h1, 0x27d4eb2d)) >>> 0);
    }
    return true;
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

/***/ 63640:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  TaskRunner: () => (/* binding */ TaskRunner),
  parquetTaskServer: () => (/* binding */ parquetTaskServer),
  preloadParquetCode: () => (/* binding */ preloadParquetCode),
  resultTransferables: () => (/* binding */ resultTransferables)
});

// EXTERNAL MODULE: ./src/domain/validation/column-checker.ts + 1 modules
var column_checker = __webpack_require__(46865);
// EXTERNAL MODULE: ./src/domain/validation/distinct.ts
var distinct = __webpack_require__(21464);
// EXTERNAL MODULE: ./src/domain/table/row-hash.ts
var row_hash = __webpack_require__(39816);
;// CONCATENATED MODULE: ./src/io/data/parquet/column-copy.ts
/**
 * A copy of one batch's column that owns exactly its rows: typed arrays sliced (the batch's are reused
 * by the next batch), a string column's bytes gathered into one buffer (its pages are not copied
 * whole). Without dictionary entries: the copy is for reading cells' text (examples), not hashing.
 */
function compactColumn(d) {
    const n = d.length;
    switch (d.type) {
        case 'number': {
            let big;
            if (d.big)
                for (const [i, b] of d.big)
                    if (i < n)
                        (big ??= new Map()).set(i, b);
            return { ...d, values: d.values.slice(0, n), nulls: d.nulls.slice(0, n), big, entry: undefined };
        }
        case 'boolean':
            return { ...d, values: d.values.slice(0, n), nulls: d.nulls.slice(0, n) };
        case 'value':
            return { ...d, values: d.values.slice(0, n) };
        case 'string': {
            let total = 0;
            let lossy = false;
            for (let i = 0; i < n; i++) {
                if (d.nulls[i] === 1)
                    continue;
                total += d.end[i] - d.start[i];
                lossy ||= d.lossy[d.seg[i]];
            }
            const buf = Buffer.allocUnsafe(total);
            const start = new Int32Array(n);
            const end = new Int32Array(n);
            let p = 0;
            for (let i = 0; i < n; i++) {
                start[i] = p;
                if (d.nulls[i] !== 1) {
                    buf.set(d.segs[d.seg[i]].subarray(d.start[i], d.end[i]), p);
                    p += d.end[i] - d.start[i];
                }
                end[i] = p;
            }
            // Text of valid UTF-8 is the same through either decoder: one flag for the gathered bytes.
            return { ...d, segs: [buf], lossy: [lossy], seg: new Int32Array(n), start, end, nulls: d.nulls.slice(0, n), entry: undefined };
        }
    }
}

// EXTERNAL MODULE: ./src/io/data/parquet/source.ts + 1 modules
var parquet_source = __webpack_require__(42121);
;// CONCATENATED MODULE: ./src/io/data/parquet/worker.ts





/** The column checks of one task's rows, batch after batch, and the hashes uniqueness and duplicate detection need in data order. */
class TaskChecks {
    job;
    rows;
    rowOffset;
    checkers = [];
    unique = {};
    rowHashes;
    h = new Uint32Array(2);
    constructor(job, rows, rowOffset) {
        this.job = job;
        this.rows = rows;
        this.rowOffset = rowOffset;
        const ctx = { now: job.now, maxExamples: job.maxExamples };
        for (const name of job.wanted) {
            const config = job.columns[name];
            if (config)
                this.checkers.push(new column_checker/* ColumnChecker */.q(name, config, ctx));
        }
        for (const name of job.unique)
            if (job.wanted.includes(name))
                this.unique[name] = (0,distinct/* uniqueKeys */.ij)(rows);
        if (job.rowHashes)
            this.rowHashes = { hi: new Uint32Array(rows), lo: new Uint32Array(rows) };
    }
    /** The batch of rows [at, at + batch.length) of the task. */
    checkBatch(batch, at) {
        const n = batch.length;
        for (const checker of this.checkers) {
            const col = batch.column(checker.name);
            if (col)
                checker.consume(batch, col);
        }
        for (const [name, u] of Object.entries(this.unique))
            (0,distinct/* fillUniqueKeys */.ld)(batch.column(name), n, u, at, this.h);
        if (this.rowHashes)
            (0,row_hash/* hashDuplicateRows */.rw)(batch, this.job.header, this.rowHashes.hi.subarray(at, at + n), this.rowHashes.lo.subarray(at, at + n), this.h);
    }
    summary() {
        const states = {};
        for (const checker of this.checkers)
            states[checker.name] = checker.state();
        return { rows: this.rows, lines: new Float64Array(0), rowOffset: this.rowOffset, states, unique: this.unique, ...(this.rowHashes ? { rowHashes: this.rowHashes } : {}) };
    }
}
/**
 * Reads and checks tasks' rows, CHECK_BATCH_ROWS at a time; a task continuing where the last one of this
 * runner stopped reads on, another opens its row group and skips to its start.
 */
class TaskRunner {
    job;
    reader;
    group;
    constructor(job, reader) {
        this.job = job;
        this.reader = reader;
    }
    async run(task) {
        const rowStart = task.groupStart + task.start;
        if (this.group?.group !== task.group || this.group.position > rowStart)
            this.group = this.reader.rowGroup(task.group, task.groupStart);
        const group = this.group;
        if (group.position < rowStart)
            await group.skip(rowStart - group.position);
        const checks = new TaskChecks(this.job, task.rows, rowStart);
        const pieces = [];
        for (let at = 0; at < task.rows; at += parquet_source/* CHECK_BATCH_ROWS */.s) {
            const n = Math.min(parquet_source/* CHECK_BATCH_ROWS */.s, task.rows - at);
            const data = await group.takeData(n);
            const columns = group.columns(data);
            const index = new Map(columns.map((c) => [c.name, c]));
            checks.checkBatch({ file: this.job.file, length: n, rowOffset: rowStart + at, columns, column: (c) => index.get(c), line: () => undefined }, at);
            // The batch's arrays are reused by the next one: what is sent is copied.
            if (task.send.length > 0)
                pieces.push(data.filter((d) => task.send.includes(d.name)).map(compactColumn));
        }
        if (group.position === this.reader.groupStarts()[task.group + 1])
            await group.finish();
        return { summary: checks.summary(), pieces };
    }
}
/** Loads what reading a Parquet file takes beyond this module (the reader and decompressors are imported lazily). */
async function preloadParquetCode() {
    await Promise.all([Promise.all(/* import() */[__webpack_require__.e(503), __webpack_require__.e(2771)]).then(__webpack_require__.bind(__webpack_require__, 2771)), Promise.all(/* import() */[__webpack_require__.e(503), __webpack_require__.e(1304), __webpack_require__.e(7877)]).then(__webpack_require__.bind(__webpack_require__, 17877))]);
}
/** The typed arrays of a result that are not needed after sending it (transferred rather than copied). */
function resultTransferables(summary) {
    const out = new Set();
    for (const u of Object.values(summary.unique))
        for (const a of [u.ints, u.hi, u.lo, u.nulls])
            out.add(a.buffer);
    if (summary.rowHashes)
        for (const a of [summary.rowHashes.hi, summary.rowHashes.lo])
            out.add(a.buffer);
    return [...out];
}
/**
 * A worker thread's side of a Parquet read (src/io/data/parquet/parallel.ts): opens the file for `job`
 * and returns what runs each task message, one task after the other (each awaits file reads, and the
 * next must not start meanwhile), replying on `port`.
 */
function parquetTaskServer(job, port) {
    const source = new parquet_source/* ParquetSource */.W(job.path, job.file);
    const runner = source.open(job.wanted).then(({ reader }) => new TaskRunner(job, reader));
    // A failure to open is reported with the first task.
    runner.catch(() => undefined);
    let queue = Promise.resolve();
    return (task) => {
        queue = queue.then(async () => {
            let reply;
            try {
                reply = { id: task.id, ok: true, ...(await (await runner).run(task)) };
            }
            catch (error) {
                reply = { id: task.id, ok: false, message: source.corrupt(error).message };
            }
            port.postMessage(reply, reply.ok ? resultTransferables(reply.summary) : []);
        });
    };
}


/***/ })

};
