export const id = 602;
export const ids = [602];
export const modules = {

/***/ 54602:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  inferSchemaCommand: () => (/* binding */ inferSchemaCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/domain/errors.ts
var errors = __webpack_require__(10241);
// EXTERNAL MODULE: ./src/domain/validation/column-checker.ts + 2 modules
var column_checker = __webpack_require__(60743);
// EXTERNAL MODULE: ./src/domain/validation/hash-set.ts
var hash_set = __webpack_require__(46521);
;// CONCATENATED MODULE: ./src/domain/validation/infer.ts


/** At most this many distinct values make a column a candidate for `in:`. */
const MAX_IN_VALUES = 12;
/** Share of the observed range added on each side of proposed min/max. */
const RANGE_MARGIN = 0.1;
const BOOL = new Set(column_checker/* BOOLEAN_WORDS */.z);
class ColumnStats {
    rows = 0;
    nulls = 0;
    allInteger = true;
    allNumber = true;
    allBoolean = true;
    allDate = true;
    allDateTime = true;
    min = Infinity;
    max = -Infinity;
    distinct = new Map();
    seen = new hash_set/* HashSet64 */.l();
    h = new Uint32Array(2);
    consume(col, n) {
        this.rows += n;
        for (let i = 0; i < n; i++) {
            if (col.isNull(i)) {
                this.nulls++;
                continue;
            }
            const num = col.number(i);
            if (this.allInteger && !col.isInteger(i))
                this.allInteger = false;
            if (this.allNumber) {
                if (Number.isNaN(num) || col.kind === 'boolean' || col.kind === 'timestamp')
                    this.allNumber = false;
                else {
                    if (num < this.min)
                        this.min = num;
                    if (num > this.max)
                        this.max = num;
                }
            }
            if (this.allBoolean && col.kind !== 'boolean') {
                const t = col.text(i);
                if (t === null || !BOOL.has(t))
                    this.allBoolean = false;
            }
            if (this.allDate && Number.isNaN(col.datetime(i, true)))
                this.allDate = false;
            if (this.allDateTime && Number.isNaN(col.datetime(i, false)))
                this.allDateTime = false;
            if (this.distinct) {
                const t = col.text(i) ?? '';
                this.distinct.set(t, (this.distinct.get(t) ?? 0) + 1);
                if (this.distinct.size > MAX_IN_VALUES)
                    this.distinct = undefined;
            }
            if (this.seen) {
                col.hash(i, this.h);
                // Stop tracking a column as soon as it repeats a value: only key-like columns keep their set.
                if (!this.seen.add(this.h))
                    this.seen = undefined;
            }
        }
    }
    propose(name) {
        const nonNull = this.rows - this.nulls;
        const out = {};
        const integer = nonNull > 0 && this.allInteger && this.allNumber;
        const number = nonNull > 0 && this.allNumber;
        const boolean = nonNull > 0 && this.allBoolean && !number; // 0/1 columns stay integers (labels)
        const type = integer && !boolean ? 'integer' : number && !boolean ? 'number' : boolean ? 'boolean' : nonNull > 0 && this.allDate ? 'date' : nonNull > 0 && this.allDateTime ? 'datetime' : 'string';
        const lowCardinality = this.distinct !== undefined && nonNull >= 20 && this.distinct.size * 4 <= nonNull;
        out.type = type === 'string' && lowCardinality ? 'category' : type;
        if (this.nulls === 0)
            out.nullable = false;
        else
            out.max_null_fraction = Math.min(1, Math.ceil((this.nulls / this.rows) * 1.2 * 1000 + 1) / 1000);
        if ((type === 'integer' || type === 'number') && !lowCardinality && Number.isFinite(this.min)) {
            const span = this.max - this.min || Math.abs(this.max) || 1;
            let lo = this.min - span * RANGE_MARGIN;
            let hi = this.max + span * RANGE_MARGIN;
            if (this.min >= 0 && lo < 0)
                lo = 0;
            if (type === 'integer') {
                lo = Math.floor(lo);
                hi = Math.ceil(hi);
            }
            else {
                lo = roundDown(lo);
                hi = roundUp(hi);
            }
            out.min = lo;
            out.max = hi;
        }
        if (lowCardinality && this.distinct && type !== 'boolean') {
            const values = [...this.distinct.keys()].sort();
            out.in = type === 'integer' || type === 'number' ? values.map(Number).sort((a, b) => a - b) : values;
        }
        if (this.seen && nonNull > 1 && this.nulls === 0 && (type === 'integer' || type === 'string') && isKeyLike(name, type))
            out.unique = true;
        return out;
    }
}
function isKeyLike(name, type) {
    return type === 'string' || /(^|_)(id|key|uuid|guid)$|Id$|ID$/.test(name);
}
function roundDown(x) {
    const p = 10 ** (Math.floor(Math.log10(Math.abs(x) || 1)) - 2);
    return Math.floor(x / p) * p;
}
function roundUp(x) {
    const p = 10 ** (Math.floor(Math.log10(Math.abs(x) || 1)) - 2);
    return Math.ceil(x / p) * p;
}
/**
 * Proposes a `columns:` block from data: types, nullability (or a null-fraction bound with a 20%
 * margin), numeric ranges widened by 10% of the observed span, `in` for low-cardinality columns
 * (at most 12 values, each seen 4 times on average), `unique` for key-like columns without repeats.
 * What it proposes validates the data it came from.
 */
class SchemaInferrer {
    stats = new Map();
    order = [];
    rows = 0;
    startFile(_file, header) {
        for (const h of header)
            if (!this.stats.has(h)) {
                this.stats.set(h, new ColumnStats());
                this.order.push(h);
            }
        return header;
    }
    consume(batch) {
        this.rows += batch.length;
        for (const col of batch.columns)
            this.stats.get(col.name).consume(col, batch.length);
    }
    columns() {
        const out = {};
        for (const name of this.order)
            out[name] = this.stats.get(name).propose(name);
        return out;
    }
}

// EXTERNAL MODULE: ./src/io/data/files.ts
var data_files = __webpack_require__(2190);
// EXTERNAL MODULE: ./src/io/data/read-dataset.ts + 1 modules
var read_dataset = __webpack_require__(81037);
// EXTERNAL MODULE: ./src/commands/invocation.ts + 2 modules
var commands_invocation = __webpack_require__(58386);
// EXTERNAL MODULE: ./src/commands/options.ts
var options = __webpack_require__(26052);
;// CONCATENATED MODULE: ./src/commands/infer-schema.ts








const inferSchemaCommand = {
    spec: {
        name: 'infer-schema',
        summary: 'Propose the datasets[].columns block of mlgate.yml from data.',
        positionals: '<files...>',
        options: [options/* jsonOption */.Ec, { name: 'name', type: 'string', description: 'Dataset name for the proposed block (default: the first file name without extension).' }],
        outputs: [],
        stepAction: false,
    },
    async run(invocation, context) {
        const patterns = invocation.positionals;
        if (patterns.length === 0)
            throw (0,errors/* usageError */.Wp)("'mlgate infer-schema' needs data files or globs, e.g. mlgate infer-schema data/train/*.parquet");
        const files = await (0,data_files/* resolveDataFiles */.A)(patterns, context.cwd, 'infer-schema', context.cwd);
        const inferrer = new SchemaInferrer();
        await (0,read_dataset/* readDataset */.JP)(files, {}, inferrer);
        const name = (0,commands_invocation/* stringOption */.Pp)(invocation, 'name') ?? external_node_path_default().basename(files[0].name).replace(/(\.[a-z]+)?(\.gz)?$/i, '');
        const columns = inferrer.columns();
        const dataset = { name, path: patterns.length === 1 ? patterns[0] : [...patterns], columns };
        const doc = new dist/* Document */.yo({ datasets: [dataset] });
        // one line per column: `age: { type: integer, min: 0, max: 120 }`
        for (const column of Object.keys(columns)) {
            const node = doc.getIn(['datasets', 0, 'columns', column], true);
            if ((0,dist/* isMap */.jh)(node))
                node.flow = true;
        }
        const yaml = doc.toString({ lineWidth: 0 });
        return {
            exitCode: 0,
            text: `# Proposed from ${files.length} file${files.length === 1 ? '' : 's'}, ${inferrer.rows} rows. Review before committing.\n${yaml}`,
            json: dataset,
        };
    },
};


/***/ }),

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
async function isFile(p) {
    try {
        return (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(p)).isFile();
    }
    catch {
        return false;
    }
}
async function expand(base, segments) {
    if (segments.length === 0)
        return (await isFile(base)) ? [base] : [];
    const [head, ...rest] = segments;
    if (head === '**') {
        const here = await expand(base, rest);
        let entries;
        try {
            entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(base, { withFileTypes: true });
        }
        catch {
            return here;
        }
        const deeper = await Promise.all(entries.filter((e) => e.isDirectory() && !e.name.startsWith('.')).map((e) => expand(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(base, e.name), segments)));
        return [...here, ...deeper.flat()];
    }
    if (!GLOB_CHARS.test(head))
        return expand(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(base, head), rest);
    const re = segmentRegex(head);
    let entries;
    try {
        entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(base, { withFileTypes: true });
    }
    catch {
        return [];
    }
    const matches = entries.filter((e) => re.test(e.name) && (e.name.startsWith('.') === head.startsWith('.')));
    const found = await Promise.all(matches.map((e) => expand(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(base, e.name), rest)));
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
            if (!(await isFile(absolute)))
                throw (0,_domain_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)(`${where}: data file '${pattern}' does not exist (looked in ${node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(absolute)})`, { file: pattern });
            found = [absolute];
        }
        else {
            const parts = absolute.split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep));
            const firstGlob = parts.findIndex((p) => GLOB_CHARS.test(p));
            const base = parts.slice(0, firstGlob).join((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)) || (node_path__WEBPACK_IMPORTED_MODULE_1___default().sep);
            found = await expand(base, parts.slice(firstGlob));
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
// EXTERNAL MODULE: ./src/io/data/open.ts + 1 modules
var data_open = __webpack_require__(35210);
// EXTERNAL MODULE: ./src/io/data/column-values.ts
var column_values = __webpack_require__(45626);
// EXTERNAL MODULE: ./src/io/data/parquet/source.ts
var parquet_source = __webpack_require__(50489);
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
        if (table instanceof parquet_source/* ParquetSource */.W && validator.parallelizable && !streamer && (await readParquetThreads(table, f, header, columns, validator, options)))
            continue;
        for await (const batch of table.batches(streamer ? { batchRows: column_values/* PLAN_SAMPLE_ROWS */.lD } : { columns })) {
            validator.consume(batch);
            streamer?.consume(batch);
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
