export const id = 862;
export const ids = [862];
export const modules = {

/***/ 41088:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Sv: () => (/* binding */ exactSample),
/* harmony export */   YV: () => (/* binding */ quantile),
/* harmony export */   pN: () => (/* binding */ cumulativeWeights),
/* harmony export */   p_: () => (/* binding */ rankAtMost)
/* harmony export */ });
/* unused harmony exports sampleFromValues, meanStd */
/**
 * A numeric distribution as drift sees it: sorted values with weights (unit weights for raw data,
 * compactor weights for a quantile sketch). Exact and profile mode share every statistic through it.
 */

function exactSample(sorted) {
    return { values: sorted, total: sorted.length, rankError: 0 };
}
/** Sorts a copy (typed-array sort is numeric), dropping NaN. */
function sampleFromValues(values) {
    let n = 0;
    const out = new Float64Array(values.length);
    for (let i = 0; i < values.length; i++) {
        const v = values[i];
        if (!Number.isNaN(v))
            out[n++] = v;
    }
    const sorted = n === out.length ? out : out.slice(0, n);
    return exactSample(sortFloat64(sorted));
}
/** Weighted count of values ≤ x (binary search over the sorted values). */
function rankAtMost(sample, x, cumulative) {
    const { values } = sample;
    let lo = 0;
    let hi = values.length;
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (values[mid] <= x)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (!sample.weights)
        return lo;
    const cum = cumulative ?? cumulativeWeights(sample);
    return lo === 0 ? 0 : cum[lo - 1];
}
function cumulativeWeights(sample) {
    const w = sample.weights;
    const out = new Float64Array(sample.values.length);
    let acc = 0;
    for (let i = 0; i < out.length; i++) {
        acc += w ? w[i] : 1;
        out[i] = acc;
    }
    return out;
}
/** The value at normalised rank q ∈ [0,1]: the first value whose cumulative weight reaches ⌊q·total⌋+1 (clamped). */
function quantile(sample, q, cumulative) {
    const { values } = sample;
    if (values.length === 0)
        return Number.NaN;
    const target = Math.min(Math.floor(q * sample.total) + 1, sample.total);
    if (!sample.weights)
        return values[Math.min(target - 1, values.length - 1)];
    const cum = cumulative ?? cumulativeWeights(sample);
    let lo = 0;
    let hi = cum.length - 1;
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (cum[mid] >= target)
            hi = mid;
        else
            lo = mid + 1;
    }
    return values[lo];
}
/** Mean and population standard deviation of the sample (two-pass, for raw data). */
function meanStd(sample) {
    const { values, weights, total } = sample;
    let s = 0;
    for (let i = 0; i < values.length; i++)
        s += values[i] * (weights ? weights[i] : 1);
    const mean = s / total;
    let ss = 0;
    for (let i = 0; i < values.length; i++) {
        const d = values[i] - mean;
        ss += d * d * (weights ? weights[i] : 1);
    }
    return { mean, std: Math.sqrt(ss / total) };
}


/***/ }),

/***/ 67253:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ sortFloat64),
/* harmony export */   z: () => (/* binding */ SortScratch)
/* harmony export */ });
/**
 * Ascending sort of a Float64Array (no NaN): LSD radix sort on the high 32 bits of order-preserving
 * keys (16 bits per pass, skipping a pass where every key shares the digit), then each run of equal
 * high words is ordered by its low words. Real data rarely share 32 high bits (sign, exponent and 20
 * mantissa bits), so this is two scatter passes where a full 64-bit radix sort needs four; on 1M
 * values it is several times faster than the built-in comparison sort. -0 sorts before +0 (same as
 * equality for drift).
 */
function sortFloat64(values, scratch = new SortScratch()) {
    const n = values.length;
    if (n < 2048)
        return values.sort();
    const bits = new Uint32Array(values.buffer, values.byteOffset, n * 2);
    const [a, b, c, d] = scratch.words(n);
    let lo = a;
    let hi = b;
    const low16 = scratch.low16.fill(0);
    const high16 = scratch.high16.fill(0);
    // Keys (flip the sign bit of non-negatives, all bits of negatives; little-endian [lo, hi]) and both digits' counts.
    for (let i = 0; i < n; i++) {
        const h = bits[2 * i + 1];
        const l = bits[2 * i];
        let k;
        if (h & 0x80000000) {
            k = ~h >>> 0;
            lo[i] = ~l >>> 0;
        }
        else {
            k = (h | 0x80000000) >>> 0;
            lo[i] = l;
        }
        hi[i] = k;
        low16[k & 0xffff]++;
        high16[k >>> 16]++;
    }
    let lo2 = c;
    let hi2 = d;
    for (const [counts, shift] of [[low16, 0], [high16, 16]]) {
        if (counts[(hi[0] >>> shift) & 0xffff] === n)
            continue;
        let sum = 0;
        for (let d = 0; d < 65536; d++) {
            const c = counts[d];
            counts[d] = sum;
            sum += c;
        }
        for (let i = 0; i < n; i++) {
            const k = hi[i];
            const j = counts[(k >>> shift) & 0xffff]++;
            lo2[j] = lo[i];
            hi2[j] = k;
        }
        [lo, lo2] = [lo2, lo];
        [hi, hi2] = [hi2, hi];
    }
    for (let start = 0; start < n;) {
        const h = hi[start];
        let end = start + 1;
        while (end < n && hi[end] === h)
            end++;
        // A run of equal high words: order it by the low words (unsigned, as the keys are).
        if (end - start > 32)
            lo.subarray(start, end).sort();
        else {
            for (let i = start + 1; i < end; i++) {
                const v = lo[i];
                let j = i - 1;
                while (j >= start && lo[j] > v) {
                    lo[j + 1] = lo[j];
                    j--;
                }
                lo[j + 1] = v;
            }
        }
        for (let i = start; i < end; i++) {
            if (h & 0x80000000) {
                bits[2 * i + 1] = (h & 0x7fffffff) >>> 0;
                bits[2 * i] = lo[i];
            }
            else {
                bits[2 * i + 1] = ~h >>> 0;
                bits[2 * i] = ~lo[i] >>> 0;
            }
        }
        start = end;
    }
    return values;
}
/**
 * Work arrays of `sortFloat64`, reused from one column to the next: four arrays of 4 MB per call of
 * 1M values would otherwise be fresh external memory each time, and V8 answers that with full GCs.
 */
class SortScratch {
    low16 = new Uint32Array(65536);
    high16 = new Uint32Array(65536);
    buffer = new Uint32Array(0);
    words(n) {
        if (this.buffer.length < 4 * n)
            this.buffer = new Uint32Array(4 * n);
        const b = this.buffer;
        return [b.subarray(0, n), b.subarray(n, 2 * n), b.subarray(2 * n, 3 * n), b.subarray(3 * n, 4 * n)];
    }
}


/***/ }),

/***/ 45626:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   iI: () => (/* binding */ ColumnStreamer),
/* harmony export */   l5: () => (/* binding */ exactCollector),
/* harmony export */   lD: () => (/* binding */ PLAN_SAMPLE_ROWS)
/* harmony export */ });
/* harmony import */ var _domain_drift_sample_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(41088);
/* harmony import */ var _domain_drift_sort_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(67253);


/**
 * Distinct texts per column looked up by the 64-bit hash of their bytes, so a string is built once
 * per value, not per cell (two distinct values share a hash with probability ~4096² / 2^65). Past
 * this many distinct texts every further new text is read cell by cell.
 */
const TEXT_CACHE_LIMIT = 4096;
const TEXT_TABLE_SLOTS = 8192;
/**
 * Counts a text column's cells per distinct text. Counts wait in the table and go to the sink in
 * `flush`, in the order the texts became pending, so a text new to the sink arrives in data order.
 */
class TextTally {
    hi = new Uint32Array(TEXT_TABLE_SLOTS);
    lo = new Uint32Array(TEXT_TABLE_SLOTS);
    index = new Int32Array(TEXT_TABLE_SLOTS).fill(-1);
    texts = [];
    counts = new Float64Array(TEXT_CACHE_LIMIT);
    /** Texts with a count waiting, in the order their first waiting cell came. */
    pending = new Int32Array(TEXT_CACHE_LIMIT);
    pendingLength = 0;
    h = new Uint32Array(2);
    /** Counts cell i (false when it is null); a text past the cache goes to the sink at once, after what waits. */
    add(col, i, sink) {
        const h = this.h;
        col.hash(i, h);
        const h0 = h[0];
        const h1 = h[1];
        let slot = (h0 ^ Math.imul(h1, 0x9e3779b1)) & (TEXT_TABLE_SLOTS - 1);
        for (;;) {
            const k = this.index[slot];
            if (k < 0)
                break;
            if (this.hi[slot] === h0 && this.lo[slot] === h1) {
                if (this.counts[k]++ === 0)
                    this.pending[this.pendingLength++] = k;
                return true;
            }
            slot = (slot + 1) & (TEXT_TABLE_SLOTS - 1);
        }
        const t = col.text(i);
        if (t === null)
            return false;
        const k = this.texts.length;
        if (k < TEXT_CACHE_LIMIT) {
            this.hi[slot] = h0;
            this.lo[slot] = h1;
            this.index[slot] = k;
            this.counts[k] = 1;
            this.pending[this.pendingLength++] = k;
            this.texts.push(t);
        }
        else {
            this.flush(sink);
            sink.add(t, 1);
        }
        return true;
    }
    flush(sink) {
        const { texts, counts, pending } = this;
        for (let p = 0; p < this.pendingLength; p++) {
            const k = pending[p];
            sink.add(texts[k], counts[k]);
            counts[k] = 0;
        }
        this.pendingLength = 0;
    }
}
const NUMERIC_TYPES = new Set(['integer', 'number', 'date', 'datetime']);
const CATEGORICAL_TYPES = new Set(['string', 'category', 'boolean']);
/** Rows of a CSV file's first batch, from which undeclared text columns are found numeric or not. */
const PLAN_SAMPLE_ROWS = 65_536;
function planColumn(col, rows, declared) {
    const type = declared?.type;
    if (type && NUMERIC_TYPES.has(type))
        return { kind: 'numeric', type, dates: (type === 'date' || type === 'datetime') && col.kind !== 'timestamp' && col.kind !== 'number' && col.kind !== 'integer' };
    if (type && CATEGORICAL_TYPES.has(type))
        return { kind: 'categorical', type };
    if (col.kind === 'number' || col.kind === 'integer' || col.kind === 'timestamp')
        return { kind: 'numeric', type: col.kind === 'timestamp' ? 'datetime' : 'number', dates: false };
    if (col.kind !== 'text')
        return { kind: 'categorical', type: col.kind === 'boolean' ? 'boolean' : 'string' };
    let seen = 0;
    for (const i of rows) {
        if (col.isNull(i))
            continue;
        seen++;
        if (Number.isNaN(col.number(i)))
            return { kind: 'categorical', type: 'string' };
    }
    return seen > 0 ? { kind: 'numeric', type: 'number', dates: false } : { kind: 'categorical', type: 'string' };
}
/**
 * Feeds batches into per-column sinks. A column's plan is fixed by the first batch that has it
 * (or given up front, as chunk workers get it).
 */
class ColumnStreamer {
    dataset;
    sinks;
    plans;
    tallies = new Map();
    buffer = new Float64Array(4096);
    all = [];
    constructor(dataset, sinks, plans = new Map()) {
        this.dataset = dataset;
        this.sinks = sinks;
        this.plans = plans;
    }
    /** The dataset's declared columns (their types decide plans). */
    get declared() {
        return this.dataset.columns;
    }
    /** Fixes the plans of the batch's columns that have none yet. */
    plan(batch, take = this.allRows(batch.length)) {
        for (const col of batch.columns)
            if (!this.plans.has(col.name))
                this.plans.set(col.name, planColumn(col, take, this.dataset.columns?.[col.name]));
    }
    allRows(n) {
        while (this.all.length < n)
            this.all.push(this.all.length);
        return this.all.length === n ? this.all : this.all.slice(0, n);
    }
    /** Rows `take` of the batch (default: all of them). */
    consume(batch, take = this.allRows(batch.length)) {
        if (take.length === 0)
            return;
        this.plan(batch, take);
        if (this.buffer.length < take.length)
            this.buffer = new Float64Array(take.length);
        const buffer = this.buffer;
        for (const col of batch.columns) {
            const p = this.plans.get(col.name);
            if (p.kind === 'numeric') {
                const sink = this.sinks.numeric(col.name, p.type);
                let n = 0;
                let nulls = 0;
                if (p.dates) {
                    for (const i of take) {
                        if (col.isNull(i)) {
                            nulls++;
                            continue;
                        }
                        let v = col.number(i);
                        if (Number.isNaN(v))
                            v = Date.parse(col.text(i) ?? '');
                        if (Number.isNaN(v))
                            nulls++;
                        else
                            buffer[n++] = v;
                    }
                }
                else {
                    // number() is NaN for a null cell too, and nulls and non-numbers count alike here.
                    for (const i of take) {
                        const v = col.number(i);
                        if (Number.isNaN(v))
                            nulls++;
                        else
                            buffer[n++] = v;
                    }
                }
                if (nulls)
                    sink.addNulls(nulls);
                if (n)
                    sink.addValues(buffer, n);
            }
            else {
                const sink = this.sinks.categorical(col.name, p.type);
                let nulls = 0;
                if (col.kind === 'text') {
                    let tally = this.tallies.get(col.name);
                    if (!tally)
                        this.tallies.set(col.name, (tally = new TextTally()));
                    for (const i of take) {
                        if (col.isNull(i) || !tally.add(col, i, sink))
                            nulls++;
                    }
                    tally.flush(sink);
                }
                else {
                    for (const i of take) {
                        const t = col.isNull(i) ? null : col.text(i);
                        if (t === null)
                            nulls++;
                        else
                            sink.add(t, 1);
                    }
                }
                if (nulls)
                    sink.addNulls(nulls);
            }
        }
    }
}
/** A column's values as a list of blocks: appending never moves what is there; `toArray` copies once. */
class Float64Blocks {
    blocks = [];
    tail = new Float64Array(0);
    tailLength = 0;
    length = 0;
    /** Copies values[0, n) (the caller reuses its buffer). */
    push(values, n) {
        let from = 0;
        while (from < n) {
            if (this.tailLength === this.tail.length) {
                this.tail = new Float64Array(Math.max(BLOCK_VALUES, n - from));
                this.tailLength = 0;
                this.blocks.push(this.tail);
            }
            const take = Math.min(n - from, this.tail.length - this.tailLength);
            this.tail.set(values.subarray(from, from + take), this.tailLength);
            this.tailLength += take;
            from += take;
        }
        this.length += n;
    }
    /** Keeps `values` itself as a block (it must not change afterwards). */
    adopt(values) {
        if (values.length === 0)
            return;
        this.blocks.push(values);
        this.length += values.length;
        this.tail = new Float64Array(0);
        this.tailLength = 0;
    }
    toArray() {
        const out = new Float64Array(this.length);
        let at = 0;
        for (const b of this.blocks) {
            const used = b === this.tail ? this.tailLength : b.length;
            out.set(used === b.length ? b : b.subarray(0, used), at);
            at += used;
        }
        return out;
    }
}
const BLOCK_VALUES = 1 << 16;
/** Collects every value of every column (exact-mode drift). */
function exactCollector() {
    const types = new Map();
    const numeric = new Map();
    const categorical = new Map();
    const numericColumn = (name, type) => {
        let c = numeric.get(name);
        if (!c) {
            numeric.set(name, (c = { values: new Float64Blocks(), nulls: 0 }));
            types.set(name, type);
        }
        return c;
    };
    const categoricalColumn = (name, type) => {
        let c = categorical.get(name);
        if (!c) {
            categorical.set(name, (c = { counts: new Map(), count: 0, nulls: 0 }));
            types.set(name, type);
        }
        return c;
    };
    const sinks = {
        numeric(name, type) {
            const col = numericColumn(name, type);
            return { addValues: (v, n) => col.values.push(v, n), addNulls: (n) => (col.nulls += n) };
        },
        categorical(name, type) {
            const col = categoricalColumn(name, type);
            return {
                add: (v, count) => {
                    col.counts.set(v, (col.counts.get(v) ?? 0) + count);
                    col.count += count;
                },
                addNulls: (n) => (col.nulls += n),
            };
        },
    };
    const exportColumns = () => ({
        types: Object.fromEntries(types),
        numeric: Object.fromEntries([...numeric].map(([name, c]) => [name, { values: c.values.toArray(), nulls: c.nulls }])),
        categorical: Object.fromEntries([...categorical].map(([name, c]) => [name, { values: [...c.counts.keys()], counts: [...c.counts.values()], nulls: c.nulls }])),
    });
    const absorb = (part) => {
        for (const [name, c] of Object.entries(part.numeric)) {
            const col = numericColumn(name, part.types[name]);
            col.values.adopt(c.values);
            col.nulls += c.nulls;
        }
        for (const [name, c] of Object.entries(part.categorical)) {
            const sink = sinks.categorical(name, part.types[name]);
            c.values.forEach((v, k) => sink.add(v, c.counts[k]));
            sink.addNulls(c.nulls);
        }
    };
    const finish = async (sort) => {
        const names = [...numeric.keys()];
        const arrays = names.map((name) => numeric.get(name).values.toArray());
        if (sort)
            await sort(arrays);
        else {
            const scratch = new _domain_drift_sort_js__WEBPACK_IMPORTED_MODULE_0__/* .SortScratch */ .z();
            for (const a of arrays)
                (0,_domain_drift_sort_js__WEBPACK_IMPORTED_MODULE_0__/* .sortFloat64 */ .f)(a, scratch);
        }
        const columns = new Map();
        names.forEach((name, k) => {
            const sorted = arrays[k];
            const n = sorted.length;
            let s = 0;
            for (let i = 0; i < n; i++)
                s += sorted[i];
            const mean = n ? s / n : 0;
            let ss = 0;
            for (let i = 0; i < n; i++)
                ss += (sorted[i] - mean) ** 2;
            columns.set(name, { kind: 'numeric', sample: (0,_domain_drift_sample_js__WEBPACK_IMPORTED_MODULE_1__/* .exactSample */ .Sv)(sorted), count: n, nulls: numeric.get(name).nulls, mean, std: n ? Math.sqrt(ss / n) : 0, min: n ? sorted[0] : NaN, max: n ? sorted[n - 1] : NaN });
        });
        for (const [name, c] of categorical)
            columns.set(name, { kind: 'categorical', counts: c.counts, other: 0, countError: 0, count: c.count, nulls: c.nulls });
        return columns;
    };
    return { sinks, types, export: exportColumns, absorb, finish };
}


/***/ }),

/***/ 22862:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   countLines: () => (/* binding */ countLines),
/* harmony export */   processChunk: () => (/* binding */ processChunk),
/* harmony export */   resultBuffers: () => (/* binding */ resultBuffers),
/* harmony export */   rowArrayBuffers: () => (/* binding */ rowArrayBuffers)
/* harmony export */ });
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4573);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_buffer__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(75919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _domain_validation_column_checker_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(60743);
/* harmony import */ var _domain_validation_distinct_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(21464);
/* harmony import */ var _workers_chunk_workers_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(14565);
/* harmony import */ var _columns_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(27985);
/* harmony import */ var _domain_table_hash_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(68867);
/* harmony import */ var _column_values_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(45626);
/* harmony import */ var _record_chunks_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(41304);
/* harmony import */ var _row_arrays_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(30393);
/* harmony import */ var _tokenizer_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(55915);











/**
 * Rows tokenized and checked at a time: the fields' offsets and the bytes of 4,096 rows stay in the
 * core's cache while each column's checks read them.
 */
const SUB_BATCH_ROWS = 4096;
/** Line feeds in the chunk (Buffer's indexOf is a native memchr; Uint8Array's is several times slower). */
function countLines(buf) {
    let n = 0;
    for (let p = buf.indexOf(10); p >= 0; p = buf.indexOf(10, p + 1))
        n++;
    return n;
}
/** A copy of `a` in a new array of `size` elements (the rest zero). */
function grown(a, size) {
    const out = new a.constructor(size);
    out.set(a);
    return out;
}
function firstBadLine(buf, startLine) {
    let line = startLine;
    let p = 0;
    while (p < buf.length) {
        let q = buf.indexOf(10, p);
        if (q < 0)
            q = buf.length;
        if (!(0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isUtf8)(buf.subarray(p, q)))
            return line;
        line++;
        p = q + 1;
    }
    return line;
}
/**
 * The hash of each record from..to (its byte range at records[2r], records[2r + 1]). Its own function:
 * a hot loop in `processChunk` would make the engine compile that whole function (and all it inlines)
 * on the spot, again after each of its deoptimisations.
 */
function hashRows(buf, view, records, from, to, out, h) {
    const { hi, lo } = out;
    for (let r = from; r < to; r++) {
        (0,_domain_table_hash_js__WEBPACK_IMPORTED_MODULE_6__/* .hashRecordBytes */ .Vt)(buf, view, records[2 * r], records[2 * r + 1], h);
        hi[r] = h[0];
        lo[r] = h[1];
    }
}
/** One tokenizer per job, reused from chunk to chunk (its arrays hold a 4,096-row batch: ~0.4 MB for 12 columns). */
const tokenizers = new WeakMap();
function tokenizerFor(job, slotOf, slots) {
    let tok = tokenizers.get(job);
    if (tok === undefined) {
        tok = new _tokenizer_js__WEBPACK_IMPORTED_MODULE_9__/* .CsvTokenizer */ .YB(job.delimiter, job.header.length, slotOf, slots, SUB_BATCH_ROWS);
        tokenizers.set(job, tok);
    }
    return tok;
}
/** Jobs whose checks have run once in this thread (see `warmUp`). */
const warmed = new WeakSet();
/** The warm-up reads the whole records in the first 32 KiB of the first chunk (~300 rows), twice. */
const WARM_UP_BYTES = 32 << 10;
const WARM_UP_RUNS = 2;
/**
 * Runs the checks on the first records of the chunk and drops the result, before the real pass. A
 * check loop that gets hot is compiled while it runs, so the code after it has not yet run; the
 * engine then throws that compiled code away as soon as the loop ends (for want of type feedback)
 * and compiles it again, in each thread. Two small runs first give every common path its feedback:
 * on bench/validate (2 threads) deoptimisations fell from 41 to 11 and CPU time by 9% (1.73 -> 1.57 s).
 */
function warmUp(job, buf, startLine) {
    warmed.add(job);
    const end = (0,_record_chunks_js__WEBPACK_IMPORTED_MODULE_8__/* .lastRecordEnd */ .R6)(buf, Math.min(buf.length, WARM_UP_BYTES), job.delimiter);
    if (end === 0 || end === buf.length)
        return;
    const prefix = buf.subarray(0, end);
    // The second run leaves out the last line feed: the tokenizer then also reads a field up to the end of its input.
    const unterminated = buf.subarray(0, buf[end - 2] === 13 ? end - 2 : end - 1);
    try {
        for (let k = 0; k < WARM_UP_RUNS; k++) {
            const records = k === 0 ? prefix : unterminated;
            (0,_row_arrays_js__WEBPACK_IMPORTED_MODULE_10__/* .recycleRowArrays */ .G)(rowArrayBuffers(checkChunk(job, records, startLine, countLines(records))));
        }
    }
    catch {
        // Bad input in these records: the real pass reports it.
    }
}
/**
 * Tokenizes one chunk (whole records, starting on line `startLine`, holding `lineCount` line feeds) and runs the column checks on
 * it; collects the hashes that uniqueness and duplicate rows need, in data order.
 */
function processChunk(job, buf, startLine, lineCount) {
    if (!warmed.has(job))
        warmUp(job, buf, startLine);
    return checkChunk(job, buf, startLine, lineCount);
}
function checkChunk(job, buf, startLine, lineCount) {
    // ASCII is valid UTF-8 (and lets texts be cut cheaply, see TextWindow).
    const ascii = (0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isAscii)(buf);
    if (!ascii && !(0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isUtf8)(buf))
        throw new _tokenizer_js__WEBPACK_IMPORTED_MODULE_9__/* .CsvSyntaxError */ .oC('invalid UTF-8 (expected UTF-8 text; re-encode the file, e.g. iconv -t UTF-8)', firstBadLine(buf, startLine));
    const requested = job.header.filter((h) => h in job.columns || job.unique.includes(h) || (job.drift !== undefined && h in job.drift.plans));
    const slotOf = new Int32Array(job.header.length).fill(-1);
    requested.forEach((name, slot) => {
        slotOf[job.header.indexOf(name)] = slot;
    });
    // One record per line feed, plus a last unterminated line; a file with lone CR line ends has more,
    // and the arrays grow for them.
    let capacity = lineCount + 1;
    let lines = (0,_row_arrays_js__WEBPACK_IMPORTED_MODULE_10__/* .rowArray */ .kH)(Float64Array, capacity);
    let records = (0,_row_arrays_js__WEBPACK_IMPORTED_MODULE_10__/* .rowArray */ .kH)(Int32Array, 2 * capacity);
    const keys = () => ({ ints: (0,_row_arrays_js__WEBPACK_IMPORTED_MODULE_10__/* .rowArray */ .kH)(Float64Array, capacity), hi: (0,_row_arrays_js__WEBPACK_IMPORTED_MODULE_10__/* .rowArray */ .kH)(Uint32Array, capacity), lo: (0,_row_arrays_js__WEBPACK_IMPORTED_MODULE_10__/* .rowArray */ .kH)(Uint32Array, capacity), nulls: (0,_row_arrays_js__WEBPACK_IMPORTED_MODULE_10__/* .rowArray */ .kH)(Uint8Array, capacity) });
    const unique = Object.fromEntries(job.unique.filter((n) => requested.includes(n)).map((n) => [n, keys()]));
    const rowHashes = job.rowHashes ? { hi: (0,_row_arrays_js__WEBPACK_IMPORTED_MODULE_10__/* .rowArray */ .kH)(Uint32Array, capacity), lo: (0,_row_arrays_js__WEBPACK_IMPORTED_MODULE_10__/* .rowArray */ .kH)(Uint32Array, capacity) } : undefined;
    const ensure = (need) => {
        if (need <= capacity)
            return;
        capacity = Math.max(need, 2 * capacity);
        lines = grown(lines, capacity);
        records = grown(records, 2 * capacity);
        for (const u of Object.values(unique))
            Object.assign(u, { ints: grown(u.ints, capacity), hi: grown(u.hi, capacity), lo: grown(u.lo, capacity), nulls: grown(u.nulls, capacity) });
        if (rowHashes)
            Object.assign(rowHashes, { hi: grown(rowHashes.hi, capacity), lo: grown(rowHashes.lo, capacity) });
    };
    const ctx = { now: job.now, maxExamples: job.maxExamples };
    const checkers = requested.flatMap((name, slot) => {
        const cfg = job.columns[name];
        return cfg ? [{ slot, checker: new _domain_validation_column_checker_js__WEBPACK_IMPORTED_MODULE_2__/* .ColumnChecker */ .q(name, cfg, ctx) }] : [];
    });
    const collector = job.drift ? (0,_column_values_js__WEBPACK_IMPORTED_MODULE_7__/* .exactCollector */ .l5)() : undefined;
    const streamer = job.drift && collector ? new _column_values_js__WEBPACK_IMPORTED_MODULE_7__/* .ColumnStreamer */ .iI(job.drift.columns, collector.sinks, new Map(Object.entries(job.drift.plans))) : undefined;
    const tok = tokenizerFor(job, slotOf, requested.length);
    tok.line = startLine;
    const h = new Uint32Array(2);
    const view = (0,_domain_table_hash_js__WEBPACK_IMPORTED_MODULE_6__/* .viewOf */ .du)(buf);
    let rows = 0;
    let pos = 0;
    while (pos < buf.length) {
        const res = tok.tokenize(buf, pos, buf.length, true);
        const n = res.rows;
        pos = res.consumed;
        if (n === 0)
            break;
        ensure(rows + n);
        const columns = requested.map((name, slot) => new _columns_js__WEBPACK_IMPORTED_MODULE_5__/* .CsvColumn */ .xO(name, buf, tok.offsets, tok.flags, slot, requested.length, n, ascii));
        const byName = new Map(columns.map((c) => [c.name, c]));
        const subLines = tok.lines;
        const batch = { file: job.file, length: n, rowOffset: rows, columns, column: (name) => byName.get(name), line: (i) => subLines[i] };
        for (const { slot, checker } of checkers)
            checker.consume(batch, columns[slot]);
        streamer?.consume(batch);
        for (const [name, u] of Object.entries(unique))
            (0,_domain_validation_distinct_js__WEBPACK_IMPORTED_MODULE_3__/* .fillUniqueKeys */ .ld)(byName.get(name), n, u, rows, h);
        lines.set(subLines.subarray(0, n), rows);
        records.set(tok.records.subarray(0, 2 * n), 2 * rows);
        if (rowHashes)
            hashRows(buf, view, records, rows, rows + n, rowHashes, h);
        rows += n;
    }
    const states = {};
    for (const { checker } of checkers)
        states[checker.name] = checker.state();
    const trim = (a, len) => a.subarray(0, len);
    for (const u of Object.values(unique)) {
        u.ints = trim(u.ints, rows);
        u.hi = trim(u.hi, rows);
        u.lo = trim(u.lo, rows);
        u.nulls = trim(u.nulls, rows);
    }
    const summary = { rows, lines: trim(lines, rows), states, unique, ...(rowHashes ? { rowHashes: { hi: trim(rowHashes.hi, rows), lo: trim(rowHashes.lo, rows) } } : {}) };
    return { summary, records: trim(records, 2 * rows), ...(collector ? { drift: collector.export() } : {}) };
}
/** The buffers of a result's row arrays (`rowArray`): once the result is folded, they can be recycled. */
function rowArrayBuffers(result) {
    const s = result.summary;
    const out = [s.lines.buffer, result.records.buffer];
    for (const u of Object.values(s.unique))
        out.push(u.ints.buffer, u.hi.buffer, u.lo.buffer, u.nulls.buffer);
    if (s.rowHashes)
        out.push(s.rowHashes.hi.buffer, s.rowHashes.lo.buffer);
    return out;
}
/** The typed arrays of a result, to transfer rather than copy. */
function resultBuffers(result) {
    const out = rowArrayBuffers(result);
    for (const c of Object.values(result.drift?.numeric ?? {}))
        out.push(c.values.buffer);
    return out;
}
if (!node_worker_threads__WEBPACK_IMPORTED_MODULE_1__.isMainThread && node_worker_threads__WEBPACK_IMPORTED_MODULE_1__.parentPort && node_worker_threads__WEBPACK_IMPORTED_MODULE_1__.workerData?.tag === _workers_chunk_workers_js__WEBPACK_IMPORTED_MODULE_4__/* .CHUNK_WORKER_TAG */ .q$) {
    const port = node_worker_threads__WEBPACK_IMPORTED_MODULE_1__.parentPort;
    let job;
    port.on('message', (msg) => {
        if (msg.kind === 'job') {
            job = msg.job;
            return;
        }
        (0,_row_arrays_js__WEBPACK_IMPORTED_MODULE_10__/* .recycleRowArrays */ .G)(msg.spare);
        const buf = Buffer.from(msg.buf.buffer, msg.buf.byteOffset, msg.buf.byteLength);
        let reply;
        try {
            reply = { id: msg.id, ok: true, result: processChunk(job, buf, msg.startLine, msg.lines), buf: msg.buf };
        }
        catch (error) {
            reply = { id: msg.id, ok: false, message: error instanceof Error ? error.message : String(error), line: error instanceof _tokenizer_js__WEBPACK_IMPORTED_MODULE_9__/* .CsvSyntaxError */ .oC ? error.line : msg.startLine, buf: msg.buf };
        }
        port.postMessage(reply, [msg.buf.buffer, ...(reply.ok ? resultBuffers(reply.result) : [])]);
    });
}


/***/ }),

/***/ 41304:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jg: () => (/* binding */ ChunkBuffers),
/* harmony export */   R6: () => (/* binding */ lastRecordEnd),
/* harmony export */   WB: () => (/* binding */ recordChunks)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _byte_stream_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6052);


/**
 * ArrayBuffers for chunks, handed back once a chunk has been folded: a file is read into a few
 * buffers over and over instead of a new one per chunk (each a fresh mapping of memory to fault in,
 * and garbage to collect).
 */
class ChunkBuffers {
    chunkBytes;
    free = [];
    /** Bytes of a pooled buffer: a chunk plus room for the part-record carried over from the previous one. */
    size;
    constructor(chunkBytes) {
        this.chunkBytes = chunkBytes;
        this.size = chunkBytes + (chunkBytes >> 4);
    }
    take(atLeast) {
        if (atLeast <= this.size)
            return this.free.pop() ?? new ArrayBuffer(this.size);
        return new ArrayBuffer(atLeast);
    }
    give(buffer) {
        if (buffer.byteLength === this.size && buffer instanceof ArrayBuffer && this.free.length < 16)
            this.free.push(buffer);
    }
}
/**
 * The data of a CSV file (fields split by byte `delimiter`) from byte `start` (past the header) as chunks of whole records of about
 * `buffers.chunkBytes` bytes, each at the start of an ArrayBuffer of its own (so it can move to a
 * worker thread without a copy). A plain file is read straight into the buffers; a gzip one through
 * the gunzip stream.
 */
async function* recordChunks(source, start, delimiter, buffers) {
    if (source.gzip) {
        yield* streamedChunks(source, start, delimiter, buffers);
        return;
    }
    const bytes = buffers.chunkBytes;
    let handle;
    try {
        handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(source.path, 'r');
    }
    catch (error) {
        throw (0,_byte_stream_js__WEBPACK_IMPORTED_MODULE_1__/* .describeReadError */ .U)(error, source.file);
    }
    let pos = start;
    /** Reads on into buf from `from` until it is full or the file ends; resolves to the bytes it holds. */
    const fill = async (buf, from) => {
        let len = from;
        while (len < buf.length) {
            let n;
            try {
                n = (await handle.read(buf, len, buf.length - len, pos)).bytesRead;
            }
            catch (error) {
                throw (0,_byte_stream_js__WEBPACK_IMPORTED_MODULE_1__/* .describeReadError */ .U)(error, source.file);
            }
            if (n === 0)
                break;
            len += n;
            pos += n;
        }
        return len;
    };
    const next = (carry) => {
        const carried = carry?.length ?? 0;
        const buf = Buffer.from(buffers.take(carried + bytes), 0, carried + bytes);
        if (carry)
            buf.set(carry);
        const filled = fill(buf, carried);
        // Awaited below; this keeps an early failure from being reported as unhandled meanwhile.
        filled.catch(() => undefined);
        return { buf, filled };
    };
    try {
        let reading = next(undefined);
        for (;;) {
            const { buf } = reading;
            const len = await reading.filled;
            if (len < buf.length) {
                if (len > 0)
                    yield buf.subarray(0, len);
                return;
            }
            const cut = lastRecordEnd(buf, len, delimiter);
            // The next read starts now, while this chunk is being checked. No record ends in the
            // buffer (a record longer than a chunk): it all moves on into a bigger one.
            reading = next(buf.subarray(cut, len));
            if (cut > 0)
                yield buf.subarray(0, cut);
            else
                buffers.give(buf.buffer);
        }
    }
    finally {
        await handle.close();
    }
}
async function* streamedChunks(source, start, delimiter, buffers) {
    let skip = start;
    let pending;
    for await (let raw of (0,_byte_stream_js__WEBPACK_IMPORTED_MODULE_1__/* .fileChunks */ .T)(source.path, source.file, source.gzip, buffers.chunkBytes)) {
        if (skip > 0) {
            const drop = Math.min(skip, raw.length);
            skip -= drop;
            raw = raw.subarray(drop);
            if (raw.length === 0)
                continue;
        }
        const size = (pending?.length ?? 0) + raw.length;
        const buf = Buffer.from(buffers.take(size), 0, size);
        if (pending)
            buf.set(pending);
        buf.set(raw, pending?.length ?? 0);
        const cut = buf.length < buffers.chunkBytes ? 0 : lastRecordEnd(buf, buf.length, delimiter);
        pending = Uint8Array.prototype.slice.call(buf, cut);
        if (cut > 0)
            yield buf.subarray(0, cut);
        else
            buffers.give(buf.buffer);
    }
    if (pending && pending.length > 0) {
        const buf = Buffer.from(buffers.take(pending.length), 0, pending.length);
        buf.set(pending);
        yield buf;
    }
}
/**
 * End (exclusive) of the last complete record in buf[0, end), given that buf starts at a record
 * boundary: the last line feed outside quoted fields. 0 when there is none. Quotes are read as the
 * tokenizer reads them: a quote opens a quoted field only at the start of a field (after the
 * delimiter or a line end), `""` inside one is a quote, and a quote elsewhere is a literal character.
 */
function lastRecordEnd(buf, end, delimiter) {
    let last = -1;
    let p = 0;
    // The first line feed at or after p. Every scan, forward or back, covers bytes no other scan did,
    // so a chunk without line feeds (lone CR line ends) costs one pass, not one per quoted field.
    let nextLf = buf.indexOf(10, 0);
    while (nextLf >= 0 && nextLf < end) {
        let open = buf.indexOf(34, p);
        while (open > 0 && open < end && !opensField(buf[open - 1], delimiter))
            open = buf.indexOf(34, open + 1);
        const stretchEnd = open < 0 || open >= end ? end : open;
        // This stretch outside quotes holds a line feed: take its last one (the backward scan stops in the stretch).
        if (nextLf < stretchEnd)
            last = buf.lastIndexOf(10, stretchEnd - 1);
        if (stretchEnd === end)
            break;
        let close = buf.indexOf(34, open + 1);
        while (close >= 0 && close + 1 < end && buf[close + 1] === 34)
            close = buf.indexOf(34, close + 2);
        if (close < 0 || close >= end)
            break;
        p = close + 1;
        if (nextLf < p)
            nextLf = buf.indexOf(10, p);
    }
    return last + 1;
}
/** A quote after this byte starts a quoted field. */
function opensField(before, delimiter) {
    return before === delimiter || before === 10 || before === 13;
}


/***/ }),

/***/ 30393:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ recycleRowArrays),
/* harmony export */   kH: () => (/* binding */ rowArray)
/* harmony export */ });
/* unused harmony export spareRowBuffers */
/**
 * Buffers of a chunk's row arrays (line numbers, record ranges, key hashes) that the thread they went
 * to has finished with and handed back. A chunk's arrays are ~40 bytes a row; allocated afresh, they
 * cost page faults here and, as garbage, memory wherever they end (until a GC gets to them).
 */
const spare = [];
/** Enough for the chunks in flight (about eight arrays each); more are left to the GC. */
const MAX_SPARE = 64;
/** A zeroed array of `length` elements, on a spare buffer when one fits (not more than 4 times too big). */
function rowArray(type, length) {
    const bytes = length * type.BYTES_PER_ELEMENT;
    for (let k = spare.length - 1; k >= 0; k--) {
        const b = spare[k];
        if (b.byteLength < bytes || b.byteLength > 4 * bytes + 4096)
            continue;
        spare[k] = spare[spare.length - 1];
        spare.pop();
        return new type(b, 0, length).fill(0);
    }
    return new type(length);
}
/** Hands back buffers of row arrays nothing refers to any more (the oldest spare ones go when there are too many). */
function recycleRowArrays(buffers) {
    for (const b of buffers) {
        if (b.byteLength === 0 || spare.includes(b))
            continue;
        spare.push(b);
    }
    if (spare.length > MAX_SPARE)
        spare.splice(0, spare.length - MAX_SPARE);
}
/** Spare buffers held (for tests). */
function spareRowBuffers() {
    return spare.length;
}


/***/ })

};
