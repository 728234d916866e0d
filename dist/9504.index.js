export const id = 9504;
export const ids = [9504];
export const modules = {

/***/ 2019:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T$: () => (/* binding */ WorkerPool),
/* harmony export */   nr: () => (/* binding */ chunkBytes),
/* harmony export */   yq: () => (/* binding */ readCsvParallel)
/* harmony export */ });
/* harmony import */ var _domain_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(10241);
/* harmony import */ var _workers_chunk_workers_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(14565);
/* harmony import */ var _line_feeds_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(42771);
/* harmony import */ var _chunk_worker_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(22862);
/* harmony import */ var _row_arrays_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(30393);
/* harmony import */ var _column_values_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(91398);
/* harmony import */ var _tokenizer_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(55915);
/* harmony import */ var _record_chunks_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(41304);









/** Bytes per chunk (cut at a record boundary). MLGATE_CHUNK_BYTES overrides (tests: many chunks from a small file). */
const CHUNK_BYTES = 1 << 20;
function chunkBytes(env) {
    const n = Number(env.MLGATE_CHUNK_BYTES ?? '');
    return Number.isInteger(n) && n >= 1024 ? n : CHUNK_BYTES;
}
/** Chunks queued per worker: one it works on, one waiting, so it never idles between messages. */
const QUEUE_PER_WORKER = 2;
/** The chunk workers of one read: a CSV job (`ChunkJob`, results `ChunkResult`) or another format's (JSON Lines). */
class WorkerPool {
    done;
    workers = [];
    failure;
    wake;
    constructor(count, job, done) {
        this.done = done;
        for (let k = 0; k < count; k++) {
            const worker = (0,_workers_chunk_workers_js__WEBPACK_IMPORTED_MODULE_1__/* .takeChunkWorker */ .r$)(count + 1);
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
    offer(id, chunk, startLine, lines, driftFloors) {
        const slot = this.workers.reduce((best, w) => (w.queued < QUEUE_PER_WORKER && (!best || w.queued < best.queued) ? w : best), undefined);
        if (!slot)
            return false;
        slot.queued++;
        const spare = slot.spare.splice(0);
        slot.worker.postMessage({ kind: 'chunk', id, buf: chunk, startLine, lines, spare, ...(driftFloors ? { driftFloors } : {}) }, [chunk.buffer, ...spare]);
        return true;
    }
    /** Keeps the buffers of worker k's folded result, for its next chunk. */
    giveBack(k, buffers) {
        this.workers[k]?.spare.push(...buffers);
    }
    /** Ends the workers; after a read that went well, the idle ones go back for the next read (`returnChunkWorker`). */
    async close() {
        const failed = this.failure !== undefined;
        await Promise.all(this.workers.map(async (w) => {
            if (failed || w.queued > 0)
                await w.worker.terminate();
            else
                (0,_workers_chunk_workers_js__WEBPACK_IMPORTED_MODULE_1__/* .returnChunkWorker */ .yX)(w.worker);
        }));
    }
}
function decoder(buf, records, header) {
    const n = header.names.length;
    const fields = (r) => {
        const tok = new _tokenizer_js__WEBPACK_IMPORTED_MODULE_4__/* .CsvTokenizer */ .YB(header.delimiter, -1, Int32Array.from({ length: n }, (_, k) => k), n, 1);
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
function runHere(job, chunk, startLine, lines, driftFloors, into) {
    const buf = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    try {
        return { ok: true, result: (0,_chunk_worker_js__WEBPACK_IMPORTED_MODULE_2__/* .processChunk */ .l)(job, buf, startLine, lines, driftFloors, into), buf, worker: -1 };
    }
    catch (error) {
        if (error instanceof _tokenizer_js__WEBPACK_IMPORTED_MODULE_4__/* .CsvSyntaxError */ .oC)
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
    const buffers = _record_chunks_js__WEBPACK_IMPORTED_MODULE_5__/* .ChunkBuffers */ .Jg.shared(threads.chunkBytes);
    let nextId = 0;
    let folded = 0;
    const fold = () => {
        for (let outcome = ready.get(folded); outcome; outcome = ready.get(folded)) {
            ready.delete(folded++);
            if (!outcome.ok)
                throw (0,_domain_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(outcome.message, { file: source.file, line: outcome.line });
            sink.absorbChunk(source.file, outcome.result.summary, decoder(outcome.buf, outcome.result.records, header));
            const part = drift && outcome.result.drift;
            if (part)
                drift.absorb(part);
            // Examples were decoded in absorbChunk: the chunk's bytes and row arrays are no longer needed, nor its drift
            // values (absorb copies them).
            buffers.give(outcome.buf.buffer);
            const spent = part ? [...(0,_row_arrays_js__WEBPACK_IMPORTED_MODULE_6__/* .rowArrayBuffers */ .r)(outcome.result), ...(0,_column_values_js__WEBPACK_IMPORTED_MODULE_3__/* .partBuffers */ .vq)(part)] : (0,_row_arrays_js__WEBPACK_IMPORTED_MODULE_6__/* .rowArrayBuffers */ .r)(outcome.result);
            if (outcome.worker < 0)
                (0,_row_arrays_js__WEBPACK_IMPORTED_MODULE_6__/* .recycleRowArrays */ .G)(spent);
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
        const lines = (0,_line_feeds_js__WEBPACK_IMPORTED_MODULE_7__/* .countLines */ .l)(chunk);
        line += lines;
        if (id === 0 && !source.gzip) {
            const rows = Math.ceil((source.size / chunk.length) * lines * 1.05);
            sink.expectRows(rows);
            drift?.expectRows(rows);
        }
        const floors = drift?.levels();
        // On this thread alone, every chunk comes here in order: its drift values go straight into the read's collector.
        if (!pool?.offer(id, chunk, startLine, lines, floors))
            ready.set(id, runHere(job, chunk, startLine, lines, floors, pool ? undefined : drift));
        fold();
    };
    try {
        for await (const chunk of (0,_record_chunks_js__WEBPACK_IMPORTED_MODULE_5__/* .recordChunks */ .WB)(source, header.endOffset, header.delimiter, buffers)) {
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


/***/ }),

/***/ 13808:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JP: () => (/* binding */ readDataset),
/* harmony export */   MT: () => (/* binding */ sortSettings),
/* harmony export */   ZJ: () => (/* binding */ planAhead),
/* harmony export */   ao: () => (/* binding */ readsAlongside),
/* harmony export */   bm: () => (/* binding */ readForValidation),
/* harmony export */   y: () => (/* binding */ collectColumns)
/* harmony export */ });
/* unused harmony exports minParallelBytes, parquetRowsHint */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _workers_chunk_workers_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(14565);
/* harmony import */ var _csv_parallel_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2019);
/* harmony import */ var _csv_source_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(97105);
/* harmony import */ var _jsonl_source_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(21179);
/* harmony import */ var _open_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(67633);
/* harmony import */ var _column_values_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(91398);
/* harmony import */ var _parquet_source_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(42121);








/** Streams every file of a dataset into `sink`, one file after the other. */
async function readDataset(files, dataset, sink, progress) {
    for (const f of files) {
        const table = (0,_open_js__WEBPACK_IMPORTED_MODULE_5__/* .openTable */ .R)(f.path, { displayName: f.name, format: dataset.format, delimiter: dataset.delimiter });
        const header = await table.columnNames();
        const columns = sink.startFile(f.name, header);
        await progress?.file(f, await knownRows(table));
        for await (const batch of table.batches({ columns })) {
            sink.consume(batch);
            progress?.addRows(batch.length);
        }
    }
}
/** The file's row count when its format states it up front (Parquet's footer), for progress. */
async function knownRows(table) {
    return table instanceof _parquet_source_js__WEBPACK_IMPORTED_MODULE_7__/* .ParquetSource */ .W ? await table.knownRowCount() : undefined;
}
/** `sink` that also reports each folded chunk's rows. */
function counted(sink, progress) {
    if (!progress)
        return sink;
    return {
        absorbChunk: (file, summary, decode) => {
            sink.absorbChunk(file, summary, decode);
            progress.addRows(summary.rows);
        },
        expectRows: (rows) => sink.expectRows(rows),
    };
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
async function readChunked(table, f, env, checks, sink, streamer, drift, progress, maxThreads) {
    const threads = Math.min((0,_workers_chunk_workers_js__WEBPACK_IMPORTED_MODULE_1__/* .parallelThreads */ .xb)(env), maxThreads ?? Infinity);
    if (!(table instanceof _csv_source_js__WEBPACK_IMPORTED_MODULE_3__/* .CsvSource */ .U))
        return false;
    const size = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(f.path)).size;
    if (size < minParallelBytes(env))
        return false;
    const info = await table.headerInfo();
    // Plans worked out ahead (`planAhead`) spare reading the first rows twice.
    if (streamer && !info.names.every((name) => streamer.plans.has(name))) {
        // The columns' plans come from the file's first rows, as a one-thread read decides them.
        for await (const first of table.batches({ batchRows: _column_values_js__WEBPACK_IMPORTED_MODULE_6__/* .PLAN_SAMPLE_ROWS */ .lD })) {
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
    await (0,_csv_parallel_js__WEBPACK_IMPORTED_MODULE_2__/* .readCsvParallel */ .yq)({ ...table.location, file: f.name, size }, info, job, counted(sink, progress), { count: threads, chunkBytes: (0,_csv_parallel_js__WEBPACK_IMPORTED_MODULE_2__/* .chunkBytes */ .nr)(env) }, drift);
    return true;
}
/**
 * Validates a big JSON Lines file with the chunk pipeline (its keys gathered in the same pass, then
 * handed to the validator as the file's header); false when it is not big enough to pay.
 */
async function readJsonlChunked(table, f, env, checks, validator, progress) {
    const size = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(f.path)).size;
    if (size < minParallelBytes(env))
        return false;
    await progress?.file(f);
    const { readJsonlParallel } = await __webpack_require__.e(/* import() */ 529).then(__webpack_require__.bind(__webpack_require__, 80529));
    const job = { format: 'jsonl', file: f.name, columns: checks.columns, unique: checks.unique, rowHashes: checks.rowHashes, now: checks.now, maxExamples: checks.maxExamples };
    const header = await readJsonlParallel({ ...table.location, file: f.name, size }, job, counted(validator, progress), { count: (0,_workers_chunk_workers_js__WEBPACK_IMPORTED_MODULE_1__/* .parallelThreads */ .xb)(env), chunkBytes: (0,_csv_parallel_js__WEBPACK_IMPORTED_MODULE_2__/* .chunkBytes */ .nr)(env) });
    validator.startFile(f.name, header);
    return true;
}
/**
 * Threads that read a big Parquet file's row groups in parallel, this one included: one unless MLGATE_THREADS asks
 * for three or more. On the 2-core bench machine, row groups on this thread and a worker took 3.1 s wall and 3.2 s
 * CPU for 1M rows x 12 columns against 2.1 s and 2.0 s on this thread alone (runs in turn, load ~3.3; DuckDB with
 * 2 threads 1.9 s): V8's compiler and garbage-collector threads, which a one-thread read has the other core for,
 * then compete with the two readers, and each thread compiles and warms up the same code. Two threads split the
 * work by stage instead (`decodePagesFor`).
 */
function parquetThreads(env) {
    const threads = env.MLGATE_THREADS === undefined ? 1 : (0,_workers_chunk_workers_js__WEBPACK_IMPORTED_MODULE_1__/* .parallelThreads */ .xb)(env);
    return threads >= 3 ? threads : 1;
}
/** Whether a worker thread takes part in reading a Parquet file: two threads or more allowed, and enough data for it to pay. */
async function worthAWorker(table, env) {
    return (0,_workers_chunk_workers_js__WEBPACK_IMPORTED_MODULE_1__/* .parallelThreads */ .xb)(env) > 1 && (await table.uncompressedBytes()) >= minParallelBytes(env);
}
/**
 * Where a big Parquet file read row group after row group (not in parallel) has its pages decoded: on a spare
 * worker thread, which reads, decompresses and decodes them a row group or two ahead while this thread checks
 * them, when there are two threads or more and the file holds MLGATE_PARALLEL_MIN_BYTES or more uncompressed.
 */
async function decodePagesFor(table, env) {
    if (!(await worthAWorker(table, env)))
        return undefined;
    const { decodePagesOnWorker } = await __webpack_require__.e(/* import() */ 8766).then(__webpack_require__.bind(__webpack_require__, 28766));
    return decodePagesOnWorker;
}
/**
 * Validates one big Parquet file (by uncompressed size) on this thread and worker threads, row groups
 * in parallel, when `parquetThreads` gives more than one. False when not used.
 */
async function readParquetThreads(table, f, header, columns, validator, options) {
    const threads = parquetThreads(options.env);
    if (threads < 2 || (await table.uncompressedBytes()) < minParallelBytes(options.env))
        return false;
    const { readParquetParallel } = await __webpack_require__.e(/* import() */ 4507).then(__webpack_require__.bind(__webpack_require__, 94507));
    await readParquetParallel(f.path, table, header, columns, validator, { now: options.now, maxExamples: options.maxExamples, onFolded: (rows) => options.progress?.addRows(rows) }, threads);
    return true;
}
/**
 * The first batch of a Parquet file of at least WARM_UP_MIN_ROWS rows: the checks run on it twice in a throwaway
 * validator first (DatasetValidator.warmUp). bench/validate (1M rows x 12 columns, 10-12 paired interleaved runs):
 * snappy 0.08 s and zstd 0.06 s faster on Node 20, snappy 0.10 s on Node 24.
 */
const WARM_UP_ROWS = 512;
const WARM_UP_MIN_ROWS = 100_000;
/**
 * Feeds a dataset to its validator (and, with `drift`, every column's values to the collector):
 * big CSV/TSV files through the chunk pipeline (both cores), big JSON Lines files too (without drift), big Parquet files (without drift) row
 * groups in parallel on the same threads when MLGATE_THREADS asks for three or more, everything else batch by batch in this thread (a big
 * Parquet file's pages decoded on a spare worker: `decodePagesFor`). Results are identical either way.
 */
async function readForValidation(files, dataset, validator, options) {
    const streamer = options.drift ? new _column_values_js__WEBPACK_IMPORTED_MODULE_6__/* .ColumnStreamer */ .iI(dataset, options.drift.sinks) : undefined;
    const checks = { columns: validator.workerColumns(), unique: validator.uniqueColumns(), rowHashes: validator.checksDuplicates, now: options.now, maxExamples: options.maxExamples };
    for (const f of files) {
        const table = (0,_open_js__WEBPACK_IMPORTED_MODULE_5__/* .openTable */ .R)(f.path, { displayName: f.name, format: dataset.format, delimiter: dataset.delimiter });
        if (table instanceof _jsonl_source_js__WEBPACK_IMPORTED_MODULE_4__/* .JsonlSource */ .s && validator.parallelizable && !streamer && (await readJsonlChunked(table, f, options.env, checks, validator, options.progress)))
            continue;
        const header = await table.columnNames();
        // The footer is read: a spare worker that will decode the pages (or read row groups) loads that code meanwhile.
        if (table instanceof _parquet_source_js__WEBPACK_IMPORTED_MODULE_7__/* .ParquetSource */ .W && (await worthAWorker(table, options.env)))
            (0,_workers_chunk_workers_js__WEBPACK_IMPORTED_MODULE_1__/* .preloadParquetInSpareWorkers */ .nY)();
        const columns = validator.startFile(f.name, header);
        const progress = options.progress;
        await progress?.file(f, await knownRows(table));
        if (validator.parallelizable && (await readChunked(table, f, options.env, checks, validator, streamer, options.drift, progress, options.threads)))
            continue;
        if (table instanceof _parquet_source_js__WEBPACK_IMPORTED_MODULE_7__/* .ParquetSource */ .W)
            validator.expectRows(await parquetRowsHint(table, f.path));
        if (!(table instanceof _parquet_source_js__WEBPACK_IMPORTED_MODULE_7__/* .ParquetSource */ .W && validator.parallelizable && !streamer && (await readParquetThreads(table, f, header, columns, validator, options)))) {
            let warm = table instanceof _parquet_source_js__WEBPACK_IMPORTED_MODULE_7__/* .ParquetSource */ .W && ((await table.knownRowCount()) ?? 0) >= WARM_UP_MIN_ROWS;
            const parquet = table instanceof _parquet_source_js__WEBPACK_IMPORTED_MODULE_7__/* .ParquetSource */ .W ? { batchRows: _parquet_source_js__WEBPACK_IMPORTED_MODULE_7__/* .CHECK_BATCH_ROWS */ .s, firstBatchRows: warm ? WARM_UP_ROWS : undefined, decodePages: await decodePagesFor(table, options.env) } : {};
            for await (const batch of table.batches(streamer ? { ...parquet, batchRows: _column_values_js__WEBPACK_IMPORTED_MODULE_6__/* .PLAN_SAMPLE_ROWS */ .lD } : { columns, ...parquet })) {
                if (warm)
                    validator.warmUp(batch);
                warm = false;
                validator.consume(batch);
                streamer?.consume(batch);
                progress?.addRows(batch.length);
            }
        }
        // Every file is read whole (SPEC §3): the text formats tokenise every record whatever the columns
        // asked for; a Parquet file's other columns are decoded here, page by page, without building values.
        if (table instanceof _parquet_source_js__WEBPACK_IMPORTED_MODULE_7__/* .ParquetSource */ .W && !streamer) {
            const read = new Set(columns);
            await table.decodeColumns(header.filter((h) => !read.has(h)));
        }
    }
}
/**
 * The row count a Parquet file's footer gives, to size the hash sets and the id windows of uniqueness and
 * duplicate rows once (ids past a window's end go to a hash set, a cache miss each and 2-3 times the
 * memory). Bounded, as a damaged footer must not make them huge: at most one row per byte of the file
 * (or 4M rows); past the bound the hash sets grow as they fill.
 */
async function parquetRowsHint(table, path) {
    const claimed = (await table.knownRowCount()) || 0;
    return Math.max(0, Math.min(claimed, Math.max(1 << 22, (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(path)).size)));
}
/** How `sortColumns` should sort under this environment. */
function sortSettings(env) {
    return { threads: (0,_workers_chunk_workers_js__WEBPACK_IMPORTED_MODULE_1__/* .parallelThreads */ .xb)(env), minBytes: minParallelBytes(env) };
}
/** Counts the rows of chunks whose checks are not wanted. */
class RowCount {
    rows = 0;
    absorbChunk(_file, summary) {
        this.rows += summary.rows;
    }
    expectRows() { }
}
/**
 * Plans the drift columns of the first of `files` on a spare worker thread, when it is a CSV file big enough to be
 * read on the worker threads: this thread may meanwhile hash the files. Resolves to the plans for `collectColumns`,
 * or undefined (the read plans them itself); never rejects.
 */
async function planAhead(files, dataset, env) {
    const f = files[0];
    if (!f || (0,_workers_chunk_workers_js__WEBPACK_IMPORTED_MODULE_1__/* .parallelThreads */ .xb)(env) < 2)
        return undefined;
    try {
        const table = (0,_open_js__WEBPACK_IMPORTED_MODULE_5__/* .openTable */ .R)(f.path, { displayName: f.name, format: dataset.format, delimiter: dataset.delimiter });
        if (!(table instanceof _csv_source_js__WEBPACK_IMPORTED_MODULE_3__/* .CsvSource */ .U) || (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(f.path)).size < minParallelBytes(env))
            return undefined;
        const { planOnSpareWorker } = await __webpack_require__.e(/* import() */ 5573).then(__webpack_require__.bind(__webpack_require__, 95573));
        return await planOnSpareWorker({ path: f.path, file: f.name, format: table.format, gzip: table.location.gzip, delimiter: dataset.delimiter, columns: dataset.columns });
    }
    catch {
        return undefined;
    }
}
/**
 * Whether reference data should be read on a worker thread while this thread reads the current data
 * (`readReferenceOnWorker`): when two threads are all there are and the reference is CSV big enough for the chunk
 * pipeline. With more threads both files are read in turn on all of them.
 */
async function readsAlongside(files, dataset, env) {
    if ((0,_workers_chunk_workers_js__WEBPACK_IMPORTED_MODULE_1__/* .parallelThreads */ .xb)(env) !== 2)
        return false;
    let size = 0;
    for (const f of files) {
        if (!((0,_open_js__WEBPACK_IMPORTED_MODULE_5__/* .openTable */ .R)(f.path, { displayName: f.name, format: dataset.format, delimiter: dataset.delimiter }) instanceof _csv_source_js__WEBPACK_IMPORTED_MODULE_3__/* .CsvSource */ .U))
            return false;
        size += (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(f.path)).size;
    }
    return size >= minParallelBytes(env);
}
/**
 * Every value of every column of `files` into `collector` (exact drift, reference profiles): big CSV files on both cores.
 * `plans`: how to read each column, as `planAhead` found them (the read fixes the others from the first rows).
 */
async function collectColumns(files, dataset, collector, env, progress, plans) {
    const streamer = new _column_values_js__WEBPACK_IMPORTED_MODULE_6__/* .ColumnStreamer */ .iI(dataset, collector.sinks, new Map(plans));
    const noChecks = { columns: {}, unique: [], rowHashes: false, now: 0, maxExamples: 0 };
    let rows = 0;
    const sources = [];
    for (const f of files) {
        const table = (0,_open_js__WEBPACK_IMPORTED_MODULE_5__/* .openTable */ .R)(f.path, { displayName: f.name, format: dataset.format, delimiter: dataset.delimiter });
        let fileRows = 0;
        const count = new RowCount();
        await progress?.file(f, await knownRows(table));
        if (await readChunked(table, f, env, noChecks, count, streamer, collector, progress))
            fileRows = count.rows;
        else {
            for await (const batch of table.batches({ batchRows: _column_values_js__WEBPACK_IMPORTED_MODULE_6__/* .PLAN_SAMPLE_ROWS */ .lD })) {
                streamer.consume(batch);
                fileRows += batch.length;
                progress?.addRows(batch.length);
            }
        }
        rows += fileRows;
        sources.push({ file: f.name, rows: fileRows });
    }
    return { rows, sources };
}


/***/ }),

/***/ 81581:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ ReadProgress)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _byte_stream_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6052);
/**
 * Progress of reading a dataset's files: rows as batches and chunks arrive, bytes from the byte streams every text
 * format reads through (`rawBytesRead`), and for a file that reads no bytes that way (Parquet) its share estimated
 * from the rows of its known row count.
 */


class ReadProgress {
    meter;
    totalBytes;
    rows = 0;
    finished = 0;
    size = 0;
    byteStart = 0;
    fileRows = 0;
    knownRows;
    constructor(meter, totalBytes) {
        this.meter = meter;
        this.totalBytes = totalBytes;
    }
    /** Starts the task `label` over `files` (undefined without a Progress: nothing to report to). */
    static async start(progress, label, files) {
        if (!progress)
            return undefined;
        let total = 0;
        for (const f of files)
            total += await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(f.path).then((s) => s.size, () => 0);
        return new ReadProgress(progress.start({ label, unit: 'rows' }), total);
    }
    /** A file begins; `knownRows` when its row count is known up front (Parquet's footer). */
    async file(f, knownRows) {
        this.finished += this.size;
        this.size = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(f.path).then((s) => s.size, () => 0);
        this.byteStart = (0,_byte_stream_js__WEBPACK_IMPORTED_MODULE_1__/* .rawBytesRead */ .yc)();
        this.fileRows = 0;
        this.knownRows = knownRows !== undefined && knownRows > 0 ? knownRows : undefined;
    }
    addRows(n) {
        this.rows += n;
        this.fileRows += n;
        const inFile = this.knownRows !== undefined ? (this.size * Math.min(1, this.fileRows / this.knownRows)) : Math.min(this.size, (0,_byte_stream_js__WEBPACK_IMPORTED_MODULE_1__/* .rawBytesRead */ .yc)() - this.byteStart);
        this.meter.update(this.rows, { done: this.finished + inFile, total: this.totalBytes });
    }
    end() {
        this.meter.end();
    }
}


/***/ })

};
