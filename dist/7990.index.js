export const id = 7990;
export const ids = [7990];
export const modules = {

/***/ 92882:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FX: () => (/* binding */ compileLinearPattern),
/* harmony export */   JM: () => (/* binding */ PatternError),
/* harmony export */   YK: () => (/* binding */ cellMatches)
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
/**
 * Patterns compiled in this thread, by source: a column checker is made per chunk of a big file, and
 * its pattern's lazy DFA would otherwise start cold each time (compiling and re-learning its states
 * cost ~25 ms per million rows of emails). A compiled pattern keeps no state between calls but its DFA
 * cache, which only saves work.
 */
const compiled = new Map();
/** Compiles a JavaScript pattern for the linear-time engine (once per thread); throws PatternError with a message for the config. */
function compileLinearPattern(source) {
    let pattern = compiled.get(source);
    if (pattern === undefined) {
        pattern = compileAnew(source);
        compiled.set(source, pattern);
    }
    return pattern;
}
function compileAnew(source) {
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
    const engine = preferLazyDfa(re);
    return { test: (text) => re.test(text), testAscii: engine === 'lazy-dfa' ? asciiRunner(re) : () => undefined, engine };
}
/**
 * re2js answers `test` with its one-pass matcher whenever the pattern is one-pass (most anchored patterns users
 * write, such as `^[^@\s]+@[^@\s]+$`), and that matcher allocates per call: 1.0 s per million short cells, against
 * 0.2 s for its lazy DFA, which it uses for every other pattern (and which falls back to the NFA by itself when
 * its state budget runs out, so the answer and the linear bound are the same). A match without captures needs no
 * one-pass matcher, so it is dropped. Internal to re2js 2.x: if its shape changes, `test` stays right and only
 * `engine` (checked by a test) tells.
 */
function preferLazyDfa(re) {
    const program = Reflect.get(re, 're2Input');
    if (typeof program !== 'object' || program === null || !('onepass' in program) || !('lazyDFA' in program))
        return 'one-pass-or-nfa';
    Reflect.set(program, 'onepass', null);
    return 'lazy-dfa';
}
/** `test` of cell i of `col` (not null): from its bytes while they are ASCII (no string is built), else from its text. */
function cellMatches(pattern, col, i, span) {
    const b = col.textBytes?.(i, span);
    const ok = b === undefined ? undefined : pattern.testAscii(b, span[0], span[1]);
    return ok ?? pattern.test((col.textView ? col.textView(i) : col.text(i)));
}
// re2js's RE2Flags.UNANCHORED, Utils.EMPTY_BEGIN_LINE | Utils.EMPTY_BEGIN_TEXT (the context at the start of a text) and END_TEXT.
const UNANCHORED = 0;
const BEGIN_OF_TEXT = { context: () => 1 | 4 };
const END_TEXT = -1;
function isDfa(x) {
    if (typeof x !== 'object' || x === null)
        return false;
    const d = x;
    return d.latin1Class instanceof Int32Array && typeof d.numClasses === 'number' && typeof d.start === 'function' && typeof d.stepOrReset === 'function';
}
/** States the flat transition table of `asciiRunner` numbers (4 MiB) before it leaves further cells to `test`. */
const TABLE_STATES = 4096;
/**
 * An entry of `walk`'s table (256 a state, one per byte): the target state's first entry (its number times 256), or,
 * at or above STOP as an unsigned number, a reason to stop: not yet learnt, a non-ASCII byte, or MATCH_BIT + the first
 * entry of a match state. One unsigned compare a byte tells all three apart from an ordinary step.
 */
const UNKNOWN = -1;
const NON_ASCII = -2;
const MATCH_BIT = 1 << 30;
const STOP = MATCH_BIT >>> 0;
/** How `walk` stopped. */
const RAN_TO_END = 0;
const MATCHED = 1;
const NOT_ASCII = 2;
const UNKNOWN_STEP = 3;
/**
 * Steps from state at[0] (its first entry) over the bytes b[at[1], end) along `next`; stops at a match state, a
 * non-ASCII byte, or a transition not yet learnt (at[0] and at[1] then say from which state and at which byte). A
 * function of its own, its arrays as arguments: the loop runs on locals (in the closure it ran at half the speed).
 */
function walk(b, end, next, at) {
    let s = at[0];
    for (let p = at[1]; p < end; p++) {
        const t = next[s + b[p]];
        if (t >>> 0 >= STOP) {
            if (t === UNKNOWN) {
                at[0] = s;
                at[1] = p;
                return UNKNOWN_STEP;
            }
            return t === NON_ASCII ? NOT_ASCII : MATCHED;
        }
        s = t;
    }
    at[0] = s;
    return RAN_TO_END;
}
/**
 * What re2js does for `test` once the one-pass matcher is dropped (RE2.executeEngine with no captures: its lazy
 * DFA, unanchored, answering at the first match state; DFA.run), fed bytes instead of a string's characters. An
 * ASCII byte is the same rune and the same character class as the character it encodes, so every state and the
 * answer are the ones `test` reaches on the string. re2js's prefilter is skipped: it only saves work on a
 * mismatch. Anything else (a non-ASCII byte, a DFA out of budget, an unexpected shape) leaves it to `test`.
 *
 * The states re2js reaches are numbered here, and their transitions copied into one Int32Array as re2js learns
 * them (re2js keeps them in each state object's own array): a step is then one load from that array. Following the
 * state objects took 100-130 ns per e-mail address, a table by character class ~70 ns, by byte (no class lookup, no
 * separate ASCII test) ~55 ns (a million addresses, warm; the e-mail pattern is the largest check on this thread when
 * a big Parquet file's pages are decoded on a worker). A state re2js makes anew after resetting its cache only gets
 * another number; past the table's size the cell goes to `test`.
 */
function asciiRunner(re) {
    const program = Reflect.get(re, 're2Input');
    const dfa = typeof program === 'object' && program !== null && Reflect.get(program, 'prog') !== undefined ? Reflect.get(program, 'dfa') : undefined;
    if (!isDfa(dfa) || dfa.failed)
        return () => undefined;
    const classes = dfa.latin1Class;
    const width = dfa.numClasses;
    const search = { resetPos: -1 };
    const states = [];
    const numbers = new Map();
    // Per state: its entry for each byte (see UNKNOWN, NON_ASCII, MATCH_BIT), and its answer at the end of the text (-1: not yet).
    let next = new Int32Array(0);
    let atEnd = new Int8Array(0);
    const numberOf = (state) => {
        let n = numbers.get(state);
        if (n !== undefined)
            return n;
        n = states.length;
        if (n === TABLE_STATES)
            return -1;
        if (n === atEnd.length) {
            const room = Math.min(TABLE_STATES, Math.max(16, 2 * n));
            const grown = new Int32Array(room * 256).fill(UNKNOWN);
            for (let k = n; k < room; k++)
                grown.fill(NON_ASCII, k * 256 + 128, k * 256 + 256);
            grown.set(next);
            next = grown;
            const ends = new Int8Array(room).fill(-1);
            ends.set(atEnd);
            atEnd = ends;
        }
        states.push(state);
        numbers.set(state, n);
        return n;
    };
    let first = -2;
    const at = new Int32Array(2);
    return (b, start, end) => {
        search.resetPos = -1;
        if (first === -2) {
            const state = dfa.start(BEGIN_OF_TEXT, 0);
            if (state === null)
                return undefined;
            first = numberOf(state);
        }
        if (first < 0)
            return undefined;
        at[0] = first * 256;
        at[1] = start;
        for (;;) {
            const stop = walk(b, end, next, at);
            if (stop !== UNKNOWN_STEP) {
                if (stop !== RAN_TO_END)
                    return stop === MATCHED ? true : undefined;
                break;
            }
            const from = at[0];
            const p = at[1];
            const cls = classes[b[p]];
            const stepped = dfa.stepOrReset(states[from >> 8], cls, b[p], UNANCHORED, p - start, search);
            if (stepped === null)
                return undefined;
            const t = numberOf(stepped);
            if (t < 0)
                return undefined;
            // Every ASCII byte of the class steps the same way.
            const entry = (stepped.isMatch ? MATCH_BIT : 0) | (t * 256);
            for (let c = 0; c < 128; c++)
                if (classes[c] === cls)
                    next[from + c] = entry;
        }
        const s = at[0] >> 8;
        let answer = atEnd[s];
        if (answer < 0) {
            const last = dfa.stepOrReset(states[s], width, END_TEXT, UNANCHORED, end - start, search);
            if (last === null)
                return undefined;
            answer = last.isMatch ? 1 : 0;
            atEnd[s] = answer;
        }
        return answer === 1;
    };
}


/***/ }),

/***/ 65735:
/***/ ((__unused_webpack_module, __unused_webpack___webpack_exports__, __webpack_require__) => {


// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(75919);
// EXTERNAL MODULE: ./src/domain/drift/sort.ts
var sort = __webpack_require__(67253);
// EXTERNAL MODULE: ./src/domain/errors.ts
var errors = __webpack_require__(10241);
// EXTERNAL MODULE: ./src/io/workers/chunk-workers.ts + 1 modules
var chunk_workers = __webpack_require__(14565);
// EXTERNAL MODULE: ./src/io/data/jsonl/chunk.ts
var chunk = __webpack_require__(19005);
// EXTERNAL MODULE: ./src/io/data/csv/chunk-worker.ts
var chunk_worker = __webpack_require__(22862);
// EXTERNAL MODULE: ./src/io/data/column-values.ts + 4 modules
var column_values = __webpack_require__(91398);
// EXTERNAL MODULE: ./src/io/data/csv/source.ts
var source = __webpack_require__(97105);
;// CONCATENATED MODULE: ./src/io/data/csv/plan-ahead.ts


/** The plans a read of the file fixes from its first rows; undefined when they cannot be had (bad input: the read itself then reports it). */
async function plansFromFirstRows(request) {
    try {
        const table = new source/* CsvSource */.U(request.path, request.file, request.format, request.gzip, request.delimiter);
        const plans = new Map();
        for await (const first of table.batches({ batchRows: column_values/* PLAN_SAMPLE_ROWS */.lD })) {
            (0,column_values/* planColumns */.j7)(first, Array.from({ length: first.length }, (_, i) => i), request.columns, plans);
            break;
        }
        return [...plans];
    }
    catch {
        return undefined;
    }
}

// EXTERNAL MODULE: ./src/io/data/csv/row-arrays.ts
var row_arrays = __webpack_require__(30393);
// EXTERNAL MODULE: ./src/io/data/csv/tokenizer.ts
var tokenizer = __webpack_require__(55915);
;// CONCATENATED MODULE: ./src/io/data/csv/chunk-worker-main.ts
/**
 * The message loop of a chunk worker thread (its entry, `startCsvChunkWorker`): chunks of a read, sorts, plans,
 * Parquet tasks, a Parquet file's pages decoded for the reading thread and a reference read, each answered in turn.
 */









if (!external_node_worker_threads_.isMainThread && external_node_worker_threads_.parentPort && external_node_worker_threads_.workerData?.tag === chunk_workers/* CHUNK_WORKER_TAG */.q$) {
    const port = external_node_worker_threads_.parentPort;
    let job;
    /** A Parquet read's code (loaded only for a Parquet file) and task runner. */
    let parquetCode;
    const loadParquet = () => (parquetCode ??= __webpack_require__.e(/* import() */ 3640).then(__webpack_require__.bind(__webpack_require__, 63640)).then(async (m) => (await m.preloadParquetCode(), m)));
    let parquet;
    /** Work arrays of the sorts this thread does (`sortColumns` gives idle chunk workers columns to sort). */
    let sortScratch;
    port.on('message', (msg) => {
        if (msg.kind === 'parquet-pages') {
            const { job: pagesJob, reply } = msg;
            void __webpack_require__.e(/* import() */ 2248).then(__webpack_require__.bind(__webpack_require__, 12248))
                .then((m) => m.feedPages(pagesJob, reply))
                .catch((error) => {
                reply.postMessage({ kind: 'lost', error: { name: 'Error', message: error instanceof Error ? error.message : String(error) } });
                reply.close();
            });
            return;
        }
        if (msg.kind === 'reference') {
            const { reply } = msg;
            const stop = new AbortController();
            reply.on('message', (m) => {
                if (m.kind === 'stop')
                    stop.abort();
            });
            void Promise.all(/* import() */[__webpack_require__.e(9504), __webpack_require__.e(4909)]).then(__webpack_require__.bind(__webpack_require__, 99901))
                .then((m) => m.readReferenceHere(msg.job, (message, transfer) => reply.postMessage(message, transfer ?? []), stop.signal))
                .catch((error) => reply.postMessage({ kind: 'failed', error: { message: error instanceof Error ? error.message : String(error) } }))
                .finally(() => reply.close());
            return;
        }
        if (msg.kind === 'plan') {
            const { reply } = msg;
            void plansFromFirstRows(msg.request).then((plans) => {
                reply.postMessage(plans ?? null);
                reply.close();
            });
            return;
        }
        if (msg.kind === 'sort') {
            const reply = { k: msg.k, values: (0,sort/* sortFloat64Blocks */.vx)(msg.blocks, (sortScratch ??= new sort/* SortScratch */.zp())) };
            port.postMessage(reply, [reply.values.buffer]);
            return;
        }
        if (msg.kind === 'preload-parquet') {
            void loadParquet();
            return;
        }
        if (msg.kind === 'job') {
            const j = msg.job;
            if ('format' in j && j.format === 'parquet')
                parquet = loadParquet().then((m) => m.parquetTaskServer(j, port));
            else
                job = j;
            return;
        }
        if (msg.kind === 'parquet-task') {
            const { task } = msg;
            void parquet.then((run) => run(task));
            return;
        }
        (0,row_arrays/* recycleRowArrays */.G)(msg.spare);
        const buf = Buffer.from(msg.buf.buffer, msg.buf.byteOffset, msg.buf.byteLength);
        let reply;
        try {
            const result = 'format' in job ? (0,chunk/* processJsonlChunk */.P)(job, buf, msg.startLine, msg.lines) : (0,chunk_worker/* processChunk */.l)(job, buf, msg.startLine, msg.lines, msg.driftFloors);
            reply = { id: msg.id, ok: true, result, buf: msg.buf };
        }
        catch (error) {
            const line = error instanceof tokenizer/* CsvSyntaxError */.oC ? error.line : error instanceof errors/* MlgateError */.Bf ? (error.location.line ?? msg.startLine) : msg.startLine;
            reply = { id: msg.id, ok: false, message: error instanceof Error ? error.message : String(error), line, buf: msg.buf };
        }
        port.postMessage(reply, [msg.buf.buffer, ...(reply.ok ? (0,chunk_worker/* resultBuffers */.B)(reply.result) : [])]);
    });
}


/***/ }),

/***/ 19005:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ processJsonlChunk)
/* harmony export */ });
/* unused harmony export jobColumns */
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4573);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_buffer__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _domain_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(10241);
/* harmony import */ var _domain_validation_column_checker_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(46865);
/* harmony import */ var _domain_validation_distinct_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(21464);
/* harmony import */ var _csv_row_arrays_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(30393);
/* harmony import */ var _line_feeds_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(42771);
/* harmony import */ var _line_reader_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4996);
/* harmony import */ var _rows_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(39635);








/** Rows read and checked at a time: their cells stay in the core's cache while each column's checks read them. */
const SUB_BATCH_ROWS = 4096;
/**
 * One line reader per job in each thread (it keeps the keys it has met from chunk to chunk), and the
 * rows it reads into, reused from chunk to chunk (their cells are ~0.9 MB for 12 columns).
 */
const readers = new WeakMap();
/** The columns a job reads: the configured ones and the unique ones. */
function jobColumns(job) {
    return [...new Set([...Object.keys(job.columns), ...job.unique])];
}
/** The line of the first byte of buf[from, end) that is not valid UTF-8. */
function firstBadLine(buf, from, end, line) {
    for (let p = from; p < end; line++) {
        const q = buf.indexOf(10, p);
        const e = q < 0 || q > end ? end : q;
        if (!(0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isUtf8)(buf.subarray(p, e)))
            return line;
        p = e + 1;
    }
    return line;
}
/** Jobs whose checks have run once in this thread (see `warmUp`). */
const warmed = new WeakSet();
/** The warm-up reads the whole lines in the first 32 KiB of the first chunk (~150 rows), twice. */
const WARM_UP_BYTES = 32 << 10;
/**
 * Reads and checks the first lines of the chunk and drops the result, before the real pass, as the
 * CSV chunks do (`csv/chunk-worker.ts`): a check loop compiled while it runs has no type feedback for
 * the code after it, which the engine then threw away at the end of every batch (400 times per
 * million rows for the newest-date code of a datetime column's range check).
 */
function warmUp(job, buf, startLine) {
    warmed.add(job);
    const end = buf.lastIndexOf(10, Math.min(buf.length, WARM_UP_BYTES) - 1) + 1;
    if (end === 0 || end === buf.length)
        return;
    try {
        // The second run leaves out the last line feed: a last line without one is read too.
        for (const lines of [buf.subarray(0, end), buf.subarray(0, end - 1)]) {
            (0,_csv_row_arrays_js__WEBPACK_IMPORTED_MODULE_6__/* .recycleRowArrays */ .G)((0,_csv_row_arrays_js__WEBPACK_IMPORTED_MODULE_6__/* .rowArrayBuffers */ .r)(checkJsonlChunk(job, lines, startLine, (0,_line_feeds_js__WEBPACK_IMPORTED_MODULE_7__/* .countLines */ .l)(lines))));
        }
    }
    catch {
        // Bad input in these lines: the real pass reports it.
    }
}
/**
 * Reads one chunk of whole lines (starting on line `startLine`, holding `lineCount` line feeds) and
 * runs the column checks on it; collects the hashes that uniqueness and duplicate rows need, in data
 * order. Bad input is thrown as the reader throws it (the chunk up to its last line feed is checked
 * for UTF-8 before its lines are read).
 */
function processJsonlChunk(job, buf, startLine, lineCount) {
    if (!warmed.has(job))
        warmUp(job, buf, startLine);
    return checkJsonlChunk(job, buf, startLine, lineCount);
}
function checkJsonlChunk(job, buf, startLine, lineCount) {
    const requested = jobColumns(job);
    let kept = readers.get(job);
    if (kept === undefined) {
        const reader = new _line_reader_js__WEBPACK_IMPORTED_MODULE_4__/* .JsonlLineReader */ .K(requested, job.rowHashes);
        kept = { reader, rows: new _rows_js__WEBPACK_IMPORTED_MODULE_5__/* .JsonlRows */ .g(reader, job.file, SUB_BATCH_ROWS, job.rowHashes) };
        readers.set(job, kept);
    }
    const { reader, rows } = kept;
    reader.startChunk();
    reader.useBuffer(buf);
    // Left with rows when the last chunk threw.
    rows.clear();
    const capacity = lineCount + 1;
    const lines = (0,_csv_row_arrays_js__WEBPACK_IMPORTED_MODULE_6__/* .rowArray */ .kH)(Float64Array, capacity);
    const records = (0,_csv_row_arrays_js__WEBPACK_IMPORTED_MODULE_6__/* .rowArray */ .kH)(Int32Array, 2 * capacity);
    const unique = {};
    for (const name of job.unique)
        unique[name] = { ints: (0,_csv_row_arrays_js__WEBPACK_IMPORTED_MODULE_6__/* .rowArray */ .kH)(Float64Array, capacity), hi: (0,_csv_row_arrays_js__WEBPACK_IMPORTED_MODULE_6__/* .rowArray */ .kH)(Uint32Array, capacity), lo: (0,_csv_row_arrays_js__WEBPACK_IMPORTED_MODULE_6__/* .rowArray */ .kH)(Uint32Array, capacity), nulls: (0,_csv_row_arrays_js__WEBPACK_IMPORTED_MODULE_6__/* .rowArray */ .kH)(Uint8Array, capacity) };
    const rowHashes = job.rowHashes ? { hi: (0,_csv_row_arrays_js__WEBPACK_IMPORTED_MODULE_6__/* .rowArray */ .kH)(Uint32Array, capacity), lo: (0,_csv_row_arrays_js__WEBPACK_IMPORTED_MODULE_6__/* .rowArray */ .kH)(Uint32Array, capacity) } : undefined;
    const ctx = { now: job.now, maxExamples: job.maxExamples };
    const checkers = Object.entries(job.columns).map(([name, cfg]) => new _domain_validation_column_checker_js__WEBPACK_IMPORTED_MODULE_2__/* .ColumnChecker */ .q(name, cfg, ctx));
    const issues = [];
    const h = new Uint32Array(2);
    const ascii = (0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isAscii)(buf);
    let done = 0;
    const flush = () => {
        const n = rows.rows;
        if (n === 0)
            return;
        // Every requested column, met or not: whether a key occurs in the file is decided where the chunks are folded.
        const batch = rows.batch(buf, done, ascii, true);
        for (const checker of checkers)
            checker.consume(batch, batch.column(checker.name));
        for (const [name, u] of Object.entries(unique))
            (0,_domain_validation_distinct_js__WEBPACK_IMPORTED_MODULE_3__/* .fillUniqueKeys */ .ld)(batch.column(name), n, u, done, h);
        lines.set(rows.lines.subarray(0, n), done);
        records.set(rows.records.subarray(0, 2 * n), 2 * done);
        if (rowHashes) {
            rowHashes.hi.set(rows.hi.subarray(0, n), done);
            rowHashes.lo.set(rows.lo.subarray(0, n), done);
        }
        issues.push(...rows.issues);
        done += n;
        rows.clear();
    };
    const last = buf.lastIndexOf(10);
    const checkUtf8 = (from, end, line) => {
        if (!ascii && !(0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isUtf8)(buf.subarray(from, end)))
            throw (0,_domain_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)('invalid UTF-8 (expected UTF-8 text)', { file: job.file, line: firstBadLine(buf, from, end, line) });
    };
    checkUtf8(0, Math.max(0, last), startLine);
    let line = startLine;
    let p = 0;
    for (; p <= last; line++) {
        const q = buf.indexOf(10, p);
        rows.addLine(buf, p, q, line);
        if (rows.full)
            flush();
        p = q + 1;
    }
    if (p < buf.length) {
        checkUtf8(p, buf.length, line);
        rows.addLine(buf, p, buf.length, line);
    }
    flush();
    const states = {};
    for (const checker of checkers)
        states[checker.name] = checker.state();
    const trim = (a, len) => a.subarray(0, len);
    for (const u of Object.values(unique))
        Object.assign(u, { ints: trim(u.ints, done), hi: trim(u.hi, done), lo: trim(u.lo, done), nulls: trim(u.nulls, done) });
    const summary = { rows: done, lines: trim(lines, done), states, unique, ...(rowHashes ? { rowHashes: { hi: trim(rowHashes.hi, done), lo: trim(rowHashes.lo, done) } } : {}), ...(issues.length > 0 ? { issues } : {}) };
    return { summary, records: trim(records, 2 * done), keys: reader.chunkKeys };
}


/***/ })

};
