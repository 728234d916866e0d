export const id = 972;
export const ids = [972];
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

/***/ 59439:
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

/***/ 49070:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T6: () => (/* binding */ detectDelimiter),
/* harmony export */   YB: () => (/* binding */ CsvTokenizer),
/* harmony export */   oC: () => (/* binding */ CsvSyntaxError)
/* harmony export */ });
/**
 * RFC 4180 tokenizer over bytes: quoted fields, `""` escapes, embedded newlines (counted as lines),
 * CRLF / LF / lone CR record ends, any one-byte delimiter. It never builds strings: it records
 * [start, end) byte offsets of the fields it is asked for and a flag per field (0 unquoted,
 * 1 quoted, 2 quoted with `""` escapes).
 *
 * Strictness: a character other than a delimiter or line end right after a closing quote is an
 * error; a quote inside an unquoted field is kept literally (as pandas and most writers do);
 * completely empty lines are skipped; a record whose field count differs from the header's is an
 * error naming its line.
 */
const QUOTE = 34;
const LF = 10;
const CR = 13;
class CsvSyntaxError extends Error {
    line;
    constructor(message, line) {
        super(message);
        this.line = line;
        this.name = 'CsvSyntaxError';
    }
}
class CsvTokenizer {
    delimiter;
    expectedFields;
    slotOf;
    slots;
    capacity;
    /** 1-based line number of the next byte to read. */
    line = 1;
    /** `[start, end)` per stored field, at `(row * slots + slot) * 2`. */
    offsets;
    /** Per stored field: 0 unquoted, 1 quoted, 2 quoted with `""` escapes. */
    flags;
    /** Line where each record starts. */
    lines;
    /** Byte range of each record without its line end, at `2 * row`. */
    records;
    /** Fields in the last record read (for the header). */
    lastFieldCount = 0;
    /**
     * @param delimiter byte of the delimiter
     * @param expectedFields fields per record (the header's count), or -1 to accept any (header)
     * @param slotOf for each field index, the slot it is stored in, or -1 to skip it
     * @param capacity maximum records per call
     */
    constructor(delimiter, expectedFields, slotOf, slots, capacity) {
        this.delimiter = delimiter;
        this.expectedFields = expectedFields;
        this.slotOf = slotOf;
        this.slots = slots;
        this.capacity = capacity;
        this.offsets = new Int32Array(Math.max(1, capacity * slots * 2));
        this.flags = new Uint8Array(Math.max(1, capacity * slots));
        this.lines = new Float64Array(capacity);
        this.records = new Int32Array(2 * capacity);
    }
    /**
     * Tokenizes complete records of b[pos, end). Without `final`, a record that may continue past `end`
     * is left for the next call; with `final`, `end` is the end of input (a last record without a line
     * end is complete; an open quote is an error).
     */
    tokenize(b, pos, end, final) {
        const { delimiter, slotOf, slots, offsets, flags, lines, records, expectedFields, capacity } = this;
        const nSlotOf = slotOf.length;
        const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
        const dRep = Math.imul(delimiter, 0x01010101);
        /** Last position a four-byte word can be read from. */
        const lastWord = Math.min(end, b.length) - 4;
        let line = this.line;
        let rows = 0;
        let consumed = pos;
        records: while (pos < end && rows < capacity) {
            const recStart = pos;
            const recLine = line;
            let c = b[pos];
            if (c === LF || c === CR) {
                // an empty line
                if (c === CR) {
                    if (pos + 1 < end)
                        pos += b[pos + 1] === LF ? 2 : 1;
                    else if (final)
                        pos++;
                    else
                        break;
                }
                else
                    pos++;
                line++;
                consumed = pos;
                continue;
            }
            const base = rows * slots;
            let field = 0;
            let recEnd = pos;
            for (;;) {
                let fs;
                let fe;
                let flag = 0;
                if (pos < end && b[pos] === QUOTE) {
                    flag = 1;
                    let p = pos + 1;
                    fs = p;
                    for (;;) {
                        while (p < end) {
                            c = b[p];
                            if (c === QUOTE)
                                break;
                            if (c === LF)
                                line++;
                            p++;
                        }
                        if (p >= end) {
                            if (final)
                                throw new CsvSyntaxError(`unterminated quoted field (the quote opened on line ${recLine} is never closed)`, recLine);
                            line = recLine;
                            break records;
                        }
                        if (p + 1 < end) {
                            if (b[p + 1] === QUOTE) {
                                flag = 2;
                                p += 2;
                                continue;
                            }
                        }
                        else if (!final) {
                            line = recLine;
                            break records;
                        }
                        break;
                    }
                    fe = p;
                    pos = p + 1;
                    if (pos < end) {
                        c = b[pos];
                        if (c !== delimiter && c !== LF && c !== CR) {
                            throw new CsvSyntaxError(`unexpected character '${String.fromCharCode(c)}' after a closing quote (field ${field + 1}); expected a delimiter or the end of the line`, line);
                        }
                    }
                }
                else {
                    fs = pos;
                    // Four bytes at a time: a byte of the word is a delimiter or line end when (word ^ that
                    // byte repeated) has a zero byte; the lowest flagged byte is exact.
                    while (pos <= lastWord) {
                        const w = view.getInt32(pos, true);
                        const xd = w ^ dRep;
                        const xl = w ^ 0x0a0a0a0a;
                        const xc = w ^ 0x0d0d0d0d;
                        const m = (((xd - 0x01010101) & ~xd) | ((xl - 0x01010101) & ~xl) | ((xc - 0x01010101) & ~xc)) & 0x80808080;
                        if (m === 0) {
                            pos += 4;
                            continue;
                        }
                        pos += (31 - Math.clz32(m & -m)) >>> 3;
                        break;
                    }
                    if (pos > lastWord) {
                        while (pos < end) {
                            c = b[pos];
                            if (c === delimiter || c === LF || c === CR)
                                break;
                            pos++;
                        }
                    }
                    fe = pos;
                }
                if (pos >= end && !final) {
                    line = recLine;
                    break records;
                }
                if (field < nSlotOf) {
                    const slot = slotOf[field];
                    if (slot >= 0) {
                        const k = base + slot;
                        offsets[2 * k] = fs;
                        offsets[2 * k + 1] = fe;
                        flags[k] = flag;
                    }
                }
                field++;
                recEnd = pos;
                if (pos >= end)
                    break;
                c = b[pos];
                if (c === delimiter) {
                    pos++;
                    continue;
                }
                if (c === CR) {
                    if (pos + 1 < end)
                        pos += b[pos + 1] === LF ? 2 : 1;
                    else if (final)
                        pos++;
                    else {
                        line = recLine;
                        break records;
                    }
                }
                else
                    pos++;
                line++;
                break;
            }
            if (expectedFields >= 0 && field !== expectedFields) {
                throw new CsvSyntaxError(`ragged row: ${field} field${field === 1 ? '' : 's'} where the header has ${expectedFields}`, recLine);
            }
            this.lastFieldCount = field;
            lines[rows] = recLine;
            records[2 * rows] = recStart;
            records[2 * rows + 1] = recEnd;
            rows++;
            consumed = pos;
        }
        this.line = line;
        return { rows, consumed };
    }
}
/** Picks the delimiter of a header line: the candidate (`,` `;` tab `|`) seen most often outside quotes; `,` when none. */
function detectDelimiter(b, start, end) {
    const candidates = [44, 59, 9, 124];
    const counts = [0, 0, 0, 0];
    let inQuotes = false;
    for (let p = start; p < end; p++) {
        const c = b[p];
        if (c === QUOTE)
            inQuotes = !inQuotes;
        else if (!inQuotes) {
            if (c === LF || c === CR)
                break;
            const k = candidates.indexOf(c);
            if (k >= 0)
                counts[k]++;
        }
    }
    let best = 0;
    for (let k = 1; k < 4; k++)
        if (counts[k] > counts[best])
            best = k;
    return counts[best] > 0 ? candidates[best] : 44;
}


/***/ })

};
