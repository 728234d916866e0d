export const id = 2114;
export const ids = [2114,7815];
export const modules = {

/***/ 1104:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nk: () => (/* binding */ strictColumnsCheck),
/* harmony export */   Zf: () => (/* binding */ unitWord),
/* harmony export */   uF: () => (/* binding */ unitOf),
/* harmony export */   y0: () => (/* binding */ rowsCheck)
/* harmony export */ });
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(79746);

const unitOf = (c) => c.unit ?? 'rows';
/** `1 column`, `19 columns`, `0 rows`. */
function unitWord(unit, n) {
    return n === 1 ? unit.slice(0, -1) : unit;
}
/** The `rows` check: the data's row count against `rows.min` (default 1) and `rows.max`. */
function rowsCheck(rows, cfg) {
    const min = cfg?.min ?? 1;
    const max = cfg?.max;
    const short = rows < min ? min - rows : 0;
    const over = max !== undefined && rows > max ? rows - max : 0;
    return (0,_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .finding */ .gk)({
        check: 'rows',
        severity: cfg?.severity ?? 'error',
        failed: short > 0 || over > 0,
        failing: short || over,
        total: short > 0 ? min : rows,
        observed: rows,
        expected: { min, ...(max !== undefined ? { max } : {}) },
        ...(rows === 0 ? { message: 'the dataset has no data rows' } : {}),
    });
}
/** The `strict_columns` check: columns not listed under `columns`, out of every column the data has. */
function strictColumnsCheck(unexpected, columnCount, examples = []) {
    return (0,_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .finding */ .gk)({
        check: 'strict_columns',
        severity: 'error',
        failed: unexpected.length > 0,
        failing: unexpected.length,
        total: columnCount,
        unit: 'columns',
        observed: [...unexpected],
        expected: 'only the configured columns',
        examples,
    });
}


/***/ }),

/***/ 79746:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ez: () => (/* binding */ exampleAt),
/* harmony export */   gk: () => (/* binding */ finding),
/* harmony export */   oo: () => (/* binding */ Failures),
/* harmony export */   wm: () => (/* binding */ shortValue)
/* harmony export */ });
const MAX_EXAMPLE_TEXT = 200;
/** Counts failures of one check and keeps the first `limit` examples. */
class Failures {
    limit;
    count = 0;
    examples = [];
    constructor(limit) {
        this.limit = limit;
    }
    add(batch, i, value) {
        this.count++;
        if (this.examples.length < this.limit)
            this.examples.push(exampleAt(batch, i, value));
    }
    /** A failing cell: its text (`text`, or read from the column) is built only if the example is kept. */
    addCell(batch, i, text, col) {
        this.count++;
        if (this.examples.length < this.limit)
            this.examples.push(exampleAt(batch, i, text ?? col.text(i)));
    }
    /** One failure whose example is built only if it will be kept. */
    addLazy(example) {
        this.count++;
        if (this.examples.length < this.limit)
            this.examples.push(example());
    }
    get full() {
        return this.examples.length >= this.limit;
    }
    /** Folds in the failures of a later part of the data (examples stay the first ones in data order). */
    absorb(other) {
        this.count += other.count;
        for (const ex of other.examples)
            if (this.examples.length < this.limit)
                this.examples.push(ex);
    }
    state() {
        return { count: this.count, examples: this.examples };
    }
}
function shortValue(value) {
    return typeof value === 'string' && value.length > MAX_EXAMPLE_TEXT ? `${value.slice(0, MAX_EXAMPLE_TEXT)}…` : value;
}
function exampleAt(batch, i, value) {
    const shown = typeof value === 'string' && value.length > MAX_EXAMPLE_TEXT ? `${value.slice(0, MAX_EXAMPLE_TEXT)}…` : value;
    const line = batch.line(i);
    return line === undefined ? { file: batch.file, row: batch.rowOffset + i, value: shown } : { file: batch.file, line, value: shown };
}
/** A finished check: status from whether it failed and its severity. */
function finding(parts) {
    const { failed, severity, total, examples } = parts;
    const fraction = total > 0 ? parts.failing / total : 0;
    // Keys in the order of SPEC §4.
    return {
        ...(parts.column !== undefined ? { column: parts.column } : {}),
        check: parts.check,
        severity,
        status: failed ? (severity === 'warn' ? 'warn' : 'fail') : 'pass',
        observed: parts.observed,
        expected: parts.expected,
        failing: parts.failing,
        fraction: Number(fraction.toPrecision(6)),
        ...(parts.unit !== undefined ? { unit: parts.unit } : {}),
        examples: failed ? (examples ?? []) : [],
        ...(parts.message !== undefined ? { message: parts.message } : {}),
    };
}


/***/ }),

/***/ 92882:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FX: () => (/* binding */ compileLinearPattern),
/* harmony export */   JM: () => (/* binding */ PatternError)
/* harmony export */ });
/* unused harmony export translatePattern */
/* harmony import */ var re2js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2856);

class PatternError extends Error {
}
// JavaScript's \s (ECMA-262 WhiteSpace and LineTerminator), as RE2 class ranges.
const JS_SPACE = '\\x09-\\x0D\\x20\\xA0\\x{1680}\\x{2000}-\\x{200A}\\x{2028}\\x{2029}\\x{202F}\\x{205F}\\x{3000}\\x{FEFF}';
const JS_NON_SPACE = '\\x00-\\x08\\x0E-\\x1F\\x21-\\x9F\\xA1-\\x{167F}\\x{1681}-\\x{1FFF}\\x{200B}-\\x{2027}\\x{202A}-\\x{202E}\\x{2030}-\\x{205E}\\x{2060}-\\x{2FFF}\\x{3001}-\\x{FEFE}\\x{FF00}-\\x{10FFFF}';
const JS_DOT = '[^\\n\\r\\x{2028}\\x{2029}]';
const ANY = '\\x00-\\x{10FFFF}';
const hex = (code) => `\\x{${code.toString(16).toUpperCase()}}`;
const isHex = (s) => /^[0-9A-Fa-f]+$/.test(s);
/** Translates a JavaScript (`u`) pattern to RE2 syntax; throws PatternError naming what RE2 cannot do. */
function translatePattern(source) {
    let out = '';
    let inClass = false;
    let i = 0;
    const unsupported = (what) => {
        throw new PatternError(`${what} is not supported: patterns run on a linear-time engine (RE2), which has no backreferences or lookaround`);
    };
    while (i < source.length) {
        const ch = source[i];
        if (ch === '\\') {
            const next = source[i + 1] ?? '';
            if (/[1-9]/.test(next))
                unsupported(`the backreference \\${next}`);
            if (next === 'k')
                unsupported('the named backreference \\k<…>');
            if (next === 's' || next === 'S') {
                const ranges = next === 's' ? JS_SPACE : JS_NON_SPACE;
                out += inClass ? ranges : `[${ranges}]`;
                i += 2;
                continue;
            }
            if (next === 'u') {
                const braced = /^\{([0-9A-Fa-f]+)\}/.exec(source.slice(i + 2));
                if (braced) {
                    out += hex(parseInt(braced[1], 16));
                    i += 2 + braced[0].length;
                    continue;
                }
                const unit = source.slice(i + 2, i + 6);
                if (unit.length === 4 && isHex(unit)) {
                    let code = parseInt(unit, 16);
                    i += 6;
                    const low = source.slice(i + 2, i + 6);
                    if (code >= 0xd800 && code <= 0xdbff && source.startsWith('\\u', i) && isHex(low) && parseInt(low, 16) >= 0xdc00 && parseInt(low, 16) <= 0xdfff) {
                        code = 0x10000 + ((code - 0xd800) << 10) + (parseInt(low, 16) - 0xdc00);
                        i += 6;
                    }
                    out += hex(code);
                    continue;
                }
            }
            if ((next === 'p' || next === 'P') && source[i + 2] === '{') {
                const end = source.indexOf('}', i);
                const name = source.slice(i + 3, end).replace(/^(Script|sc|General_Category|gc)=/, '');
                out += `\\${next}{${name}}`;
                i = end + 1;
                continue;
            }
            if (next === 'c' && /[A-Za-z]/.test(source[i + 2] ?? '')) {
                out += hex(source.charCodeAt(i + 2) % 32);
                i += 3;
                continue;
            }
            if (next === '0')
                out += '\\x00';
            else if (next === 'v')
                out += '\\x0B';
            else if (next === 'b' && inClass)
                out += '\\x08';
            else if (next === '/')
                out += '/';
            else
                out += `\\${next}`;
            i += 2;
            continue;
        }
        if (inClass) {
            if (ch === ']')
                inClass = false;
            out += ch === '[' ? '\\[' : ch;
            i++;
            continue;
        }
        if (ch === '[') {
            if (source.startsWith('[]', i)) {
                out += `[^${ANY}]`;
                i += 2;
            }
            else if (source.startsWith('[^]', i)) {
                out += `[${ANY}]`;
                i += 3;
            }
            else {
                const negated = source[i + 1] === '^';
                inClass = true;
                out += negated ? '[^' : '[';
                i += negated ? 2 : 1;
            }
            continue;
        }
        if (ch === '(' && source[i + 1] === '?') {
            const head = source.slice(i, i + 4);
            if (head.startsWith('(?=') || head.startsWith('(?!'))
                unsupported(`the lookahead ${head.slice(0, 3)}…)`);
            if (head === '(?<=' || head === '(?<!')
                unsupported(`the lookbehind ${head}…)`);
            if (head.startsWith('(?<')) {
                out += '(?P<';
                i += 3;
                continue;
            }
        }
        if (ch === '.')
            out += JS_DOT;
        else
            out += ch;
        i++;
    }
    return out;
}
/** Compiles a JavaScript pattern for the linear-time engine; throws PatternError with a message for the config. */
function compileLinearPattern(source) {
    try {
        new RegExp(source, 'u');
    }
    catch (error) {
        throw new PatternError(`not a valid regular expression (${error instanceof Error ? error.message : String(error)})`);
    }
    const translated = translatePattern(source);
    let re;
    try {
        re = re2js__WEBPACK_IMPORTED_MODULE_0__/* .RE2JS */ .L3.compile(translated);
    }
    catch (error) {
        const detail = error instanceof Error ? error.message.replace(/^error parsing regexp: /, '') : String(error);
        throw new PatternError(`not supported by the linear-time engine (RE2): ${detail}`);
    }
    return { test: (text) => re.test(text) };
}


/***/ }),

/***/ 42121:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
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
const fileReader = () => Promise.all(/* import() */[__webpack_require__.e(503), __webpack_require__.e(1304), __webpack_require__.e(6843)]).then(__webpack_require__.bind(__webpack_require__, 76843));
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
        try {
            yield* this.read(reader, options.batchRows ?? 131_072);
        }
        finally {
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

/***/ 83838:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PARQUET_WORKER_TAG: () => (/* binding */ PARQUET_WORKER_TAG),
/* harmony export */   summarize: () => (/* binding */ summarize)
/* harmony export */ });
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(75919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _domain_validation_column_checker_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(60743);
/* harmony import */ var _domain_validation_distinct_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(21464);
/* harmony import */ var _domain_validation_dataset_validator_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(81332);
/* harmony import */ var _source_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(42121);





/** Marks a worker thread started by src/io/data/parquet/parallel.ts. */
const PARQUET_WORKER_TAG = 'mlgate-parquet-worker';
/** The column checks of one batch, and the hashes uniqueness and duplicate detection need in data order. */
function summarize(job, batch) {
    const rows = batch.length;
    const ctx = { now: job.now, maxExamples: job.maxExamples };
    const states = {};
    for (const col of batch.columns) {
        const config = job.columns[col.name];
        if (!config)
            continue;
        const checker = new _domain_validation_column_checker_js__WEBPACK_IMPORTED_MODULE_1__/* .ColumnChecker */ .q(col.name, config, ctx);
        checker.consume(batch, col);
        states[col.name] = checker.state();
    }
    const h = new Uint32Array(2);
    const unique = {};
    for (const name of job.unique) {
        const col = batch.column(name);
        if (!col)
            continue;
        const u = (0,_domain_validation_distinct_js__WEBPACK_IMPORTED_MODULE_2__/* .uniqueKeys */ .ij)(rows);
        (0,_domain_validation_distinct_js__WEBPACK_IMPORTED_MODULE_2__/* .fillUniqueKeys */ .ld)(col, rows, u, 0, h);
        unique[name] = u;
    }
    let rowHashes;
    if (job.rowHashes) {
        rowHashes = { hi: new Uint32Array(rows), lo: new Uint32Array(rows) };
        (0,_domain_validation_dataset_validator_js__WEBPACK_IMPORTED_MODULE_3__/* .hashRows */ .MP)(batch, job.header, rowHashes.hi, rowHashes.lo, h, new Uint32Array(2));
    }
    return { rows, lines: new Float64Array(0), rowOffset: batch.rowOffset, states, unique, ...(rowHashes ? { rowHashes } : {}) };
}
/** Reads the tasks' rows; a task continuing where the last one of this worker stopped reads on, another skips to its start. */
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
        const data = await group.takeData(task.rows);
        if (group.position === this.reader.groupStarts()[task.group + 1])
            await group.finish();
        const columns = group.columns(data);
        const index = new Map(columns.map((c) => [c.name, c]));
        const batch = { file: this.job.file, length: task.rows, rowOffset: rowStart, columns, column: (n) => index.get(n), line: () => undefined };
        // The data sent is copied (structured clone), so pages shared with the next task stay intact here.
        return { summary: summarize(this.job, batch), columns: data.filter((d) => this.job.send.includes(d.name)) };
    }
}
function transferables(reply) {
    if (!reply.ok)
        return [];
    const s = reply.summary;
    const out = new Set();
    for (const u of Object.values(s.unique))
        for (const a of [u.ints, u.hi, u.lo, u.nulls])
            out.add(a.buffer);
    if (s.rowHashes)
        for (const a of [s.rowHashes.hi, s.rowHashes.lo])
            out.add(a.buffer);
    return [...out];
}
if (!node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.isMainThread && node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.parentPort && node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.workerData?.tag === PARQUET_WORKER_TAG) {
    const port = node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.parentPort;
    let source;
    let runner;
    // Tasks run one after the other: each awaits file reads, and the next must not start meanwhile.
    let queue = Promise.resolve();
    port.on('message', (msg) => {
        if (msg.kind === 'job') {
            source = new _source_js__WEBPACK_IMPORTED_MODULE_4__/* .ParquetSource */ .W(msg.job.path, msg.job.file);
            const job = msg.job;
            runner = source.open(job.wanted).then(({ reader }) => new TaskRunner(job, reader));
            return;
        }
        const { task } = msg;
        const [file, tasks] = [source, runner];
        queue = queue.then(async () => {
            let reply;
            try {
                reply = { id: task.id, ok: true, ...(await (await tasks).run(task)) };
            }
            catch (error) {
                reply = { id: task.id, ok: false, message: file.corrupt(error).message };
            }
            port.postMessage(reply, transferables(reply));
        });
    });
}


/***/ })

};
