export const id = 169;
export const ids = [169,439];
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

/***/ 46865:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  z: () => (/* binding */ BOOLEAN_WORDS),
  q: () => (/* binding */ ColumnChecker)
});

// EXTERNAL MODULE: ./src/domain/validation/findings.ts
var findings = __webpack_require__(79746);
// EXTERNAL MODULE: ./src/domain/validation/hash-set.ts
var hash_set = __webpack_require__(46521);
// EXTERNAL MODULE: ./src/io/hash.ts
var hash = __webpack_require__(34246);
// EXTERNAL MODULE: ./src/domain/validation/iso-time.ts
var iso_time = __webpack_require__(61597);
;// CONCATENATED MODULE: ./src/domain/validation/values.ts

/** Parsing of text cells for type checks: booleans, ISO dates and datetimes, durations. */
const TRUE_WORDS = new Set(['true', 't', 'yes', 'y', '1']);
const FALSE_WORDS = new Set(['false', 'f', 'no', 'n', '0']);
/** true / false for the usual spellings (case-insensitive true/false, t/f, yes/no, y/n, 1/0); undefined otherwise. */
function parseBoolean(text) {
    const t = text.trim().toLowerCase();
    if (TRUE_WORDS.has(t))
        return true;
    if (FALSE_WORDS.has(t))
        return false;
    return undefined;
}
/** Epoch ms of an ISO 8601 date `YYYY-MM-DD`; NaN when not one. */
function parseDate(text) {
    return parseIsoString(text, true);
}
/** Epoch ms of an ISO 8601 date or datetime (no zone means UTC); NaN when not one. */
function parseDateTime(text) {
    return (0,iso_time/* parseIsoString */.K)(text, false);
}
const UNIT_MS = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };
/** `30d` → milliseconds. */
function parseDuration(text) {
    const m = /^(\d+(?:\.\d+)?)(s|m|h|d|w)$/.exec(text);
    if (!m)
        return NaN;
    return Number(m[1]) * UNIT_MS[m[2]];
}

;// CONCATENATED MODULE: ./src/domain/validation/column-checker.ts




/** The spellings a `boolean` column accepts. */
const BOOLEAN_WORDS = ['true', 'false', 'True', 'False', 'TRUE', 'FALSE', 't', 'f', 'T', 'F', 'yes', 'no', 'Yes', 'No', 'YES', 'NO', 'y', 'n', 'Y', 'N', '1', '0'];
/** Hashes of the texts of `values`, for membership tests without building strings. */
function hashSetOf(values) {
    const set = new hash_set/* HashSet64 */.l();
    const h = new Uint32Array(2);
    for (const v of values) {
        (0,hash/* hashString */.YZ)(String(v), h);
        set.add(h);
    }
    return set;
}
const booleanHashes = hashSetOf(BOOLEAN_WORDS);
function codePoints(s) {
    return /[\uD800-\uDFFF]/.test(s) ? [...s].length : s.length;
}
function boundValue(v, domain) {
    if (v === undefined)
        return undefined;
    if (typeof v === 'number')
        return v;
    const t = parseDateTime(v);
    if (!Number.isNaN(t))
        return t;
    const n = Number(v);
    return Number.isNaN(n) || domain === 'time' ? NaN : n;
}
/**
 * Every check of one column (SPEC §3), fed batch by batch. Row-level checks (type, min, max, in,
 * not_in, pattern, min_length, max_length) count failing non-null values; `mostly` lets that fraction
 * of non-null values pass instead of all. A value that fails `type` is not also counted by min/max.
 */
class ColumnChecker {
    name;
    config;
    ctx;
    rows = 0;
    nulls = 0;
    severity;
    domain;
    type;
    min;
    max;
    inSet;
    notIn;
    pattern;
    minLength;
    maxLength;
    dupes;
    nullEx;
    minBound;
    maxBound;
    allowed;
    allowedNumbers;
    forbidden;
    forbiddenNumbers;
    regex;
    seen;
    hash = new Uint32Array(2);
    observedMin = Infinity;
    observedMax = -Infinity;
    newest = -Infinity;
    newestText = null;
    needsText;
    constructor(name, config, ctx) {
        this.name = name;
        this.config = config;
        this.ctx = ctx;
        const c = config;
        this.severity = c.severity ?? 'error';
        this.domain =
            c.type === 'date' || c.type === 'datetime' || c.max_age !== undefined
                ? 'time'
                : c.type === 'integer' || c.type === 'number' || typeof c.min === 'number' || typeof c.max === 'number'
                    ? 'number'
                    : typeof c.min === 'string' || typeof c.max === 'string'
                        ? 'time'
                        : 'text';
        const n = ctx.maxExamples;
        [this.type, this.min, this.max, this.inSet, this.notIn, this.pattern, this.minLength, this.maxLength, this.dupes, this.nullEx] = Array.from({ length: 10 }, () => new findings/* Failures */.oo(n));
        this.minBound = boundValue(c.min, this.domain);
        this.maxBound = boundValue(c.max, this.domain);
        if (c.in) {
            this.allowed = hashSetOf(c.in);
            if (c.in.every((v) => typeof v === 'number'))
                this.allowedNumbers = new Set(c.in);
        }
        if (c.not_in) {
            this.forbidden = hashSetOf(c.not_in);
            if (c.not_in.every((v) => typeof v === 'number'))
                this.forbiddenNumbers = new Set(c.not_in);
        }
        if (c.pattern !== undefined)
            this.regex = new RegExp(c.pattern, 'u');
        if (c.unique)
            this.seen = new hash_set/* HashSet64 */.l();
        this.needsText = this.regex !== undefined || c.min_length !== undefined || c.max_length !== undefined;
    }
    /** The value of cell i in the comparison domain, NaN when it is not in it. */
    typeOk(col, i, num) {
        switch (this.config.type) {
            case 'integer':
                return col.isInteger(i);
            case 'number':
                return !Number.isNaN(num) && (col.kind === 'text' || col.kind === 'number' || col.kind === 'integer');
            case 'boolean':
                if (col.kind === 'boolean')
                    return true;
                col.hash(i, this.hash);
                return booleanHashes.has(this.hash);
            case 'date':
            case 'datetime':
                return !Number.isNaN(num);
            default:
                return true;
        }
    }
    consume(batch, col) {
        const n = batch.length;
        this.rows += n;
        const c = this.config;
        const hasType = c.type !== undefined && c.type !== 'string' && c.type !== 'category';
        const minB = this.minBound;
        const maxB = this.maxBound;
        const { domain, needsText } = this;
        const dateOnly = c.type === 'date';
        const h = this.hash;
        for (let i = 0; i < n; i++) {
            if (col.isNull(i)) {
                this.nulls++;
                if (this.nullEx.examples.length < this.ctx.maxExamples)
                    this.nullEx.add(batch, i, null);
                continue;
            }
            const text = needsText ? col.text(i) : null;
            const num = domain === 'number' ? col.number(i) : domain === 'time' ? col.datetime(i, dateOnly) : NaN;
            if (hasType && !this.typeOk(col, i, num)) {
                this.type.add(batch, i, text ?? col.text(i));
            }
            else if (domain !== 'text') {
                if (minB !== undefined && !(num >= minB))
                    this.min.add(batch, i, text ?? col.text(i));
                if (maxB !== undefined && !(num <= maxB))
                    this.max.add(batch, i, text ?? col.text(i));
                if (num < this.observedMin)
                    this.observedMin = num;
                if (num > this.observedMax)
                    this.observedMax = num;
                if (domain === 'time' && num > this.newest) {
                    this.newest = num;
                    this.newestText = text ?? col.text(i);
                }
            }
            if (this.allowed !== undefined) {
                let ok;
                if (this.allowedNumbers !== undefined && domain === 'number' && !Number.isNaN(num))
                    ok = this.allowedNumbers.has(num);
                else {
                    col.hash(i, h);
                    ok = this.allowed.has(h);
                }
                if (!ok)
                    this.inSet.add(batch, i, text ?? col.text(i));
            }
            if (this.forbidden !== undefined) {
                let bad;
                if (this.forbiddenNumbers !== undefined && domain === 'number' && !Number.isNaN(num))
                    bad = this.forbiddenNumbers.has(num);
                else {
                    col.hash(i, h);
                    bad = this.forbidden.has(h);
                }
                if (bad)
                    this.notIn.add(batch, i, text ?? col.text(i));
            }
            if (this.regex !== undefined && !this.regex.test(text))
                this.pattern.add(batch, i, text);
            if (c.min_length !== undefined || c.max_length !== undefined) {
                const len = codePoints(text);
                if (c.min_length !== undefined && len < c.min_length)
                    this.minLength.add(batch, i, text);
                if (c.max_length !== undefined && len > c.max_length)
                    this.maxLength.add(batch, i, text);
            }
            if (this.seen !== undefined) {
                col.hash(i, h);
                if (!this.seen.add(h))
                    this.dupes.add(batch, i, text ?? col.text(i));
            }
        }
    }
    allFailures() {
        return [this.type, this.min, this.max, this.inSet, this.notIn, this.pattern, this.minLength, this.maxLength, this.nullEx];
    }
    /** Everything but uniqueness (which needs all values: see `observeUnique`). */
    state() {
        return { rows: this.rows, nulls: this.nulls, failures: this.allFailures().map((f) => f.state()), observedMin: this.observedMin, observedMax: this.observedMax, newest: this.newest, newestText: this.newestText };
    }
    /** Folds in the state of the next part of the data (in data order). */
    absorb(s) {
        this.rows += s.rows;
        this.nulls += s.nulls;
        this.allFailures().forEach((f, k) => f.absorb(s.failures[k]));
        this.observedMin = Math.min(this.observedMin, s.observedMin);
        this.observedMax = Math.max(this.observedMax, s.observedMax);
        if (s.newest > this.newest) {
            this.newest = s.newest;
            this.newestText = s.newestText;
        }
    }
    /** About `rows` more rows will come (sizes the uniqueness set once). */
    expectRows(rows) {
        this.seen?.reserve(this.rows + rows);
    }
    /** Uniqueness fed from outside (parallel reads): the hash of one non-null value, in data order. */
    observeUnique(h) {
        return this.seen === undefined || this.seen.add(h);
    }
    /** `observeUnique` for many values at once: fresh[k] = 1 when value k was new. */
    observeUniqueMany(hi, lo, fresh) {
        if (this.seen === undefined)
            fresh.fill(1, 0, hi.length);
        else
            this.seen.addMany(hi, lo, 0, hi.length, fresh);
    }
    /** Records a repeated value found by `observeUnique`. */
    addRepeat(example) {
        this.dupes.addLazy(example);
    }
    /** The column is missing from a file: its checks cannot run. */
    skippedResults(reason) {
        return this.checkNames().map((check) => ({ column: this.name, check, severity: this.severity, status: 'skipped', observed: null, expected: null, failing: 0, fraction: 0, examples: [], message: reason }));
    }
    checkNames() {
        const c = this.config;
        const names = [];
        if (c.type !== undefined)
            names.push('type');
        for (const k of ['nullable', 'max_null_fraction', 'min', 'max', 'in', 'not_in', 'pattern', 'min_length', 'max_length', 'unique', 'max_age']) {
            if (c[k] !== undefined && !(k === 'nullable' && c.nullable !== false) && !(k === 'unique' && c.unique !== true))
                names.push(k);
        }
        return names;
    }
    results() {
        const c = this.config;
        const severity = this.severity;
        const nonNull = this.rows - this.nulls;
        const tolerated = 1 - (c.mostly ?? 1);
        const column = this.name;
        const out = [];
        const rowLevel = (check, f, observed, expected) => {
            const fraction = nonNull > 0 ? f.count / nonNull : 0;
            const failed = f.count > 0 && fraction > tolerated + 1e-12;
            out.push((0,findings/* finding */.gk)({ column, check, severity, failed, failing: f.count, total: nonNull, observed, expected: c.mostly !== undefined ? { value: expected, mostly: c.mostly } : expected, examples: f.examples }));
        };
        const shown = (v) => (!Number.isFinite(v) ? null : this.domain === 'time' ? new Date(v).toISOString() : v);
        if (c.type !== undefined)
            rowLevel('type', this.type, this.type.count > 0 ? `${this.type.count} value${this.type.count === 1 ? '' : 's'} not ${c.type}` : c.type, c.type);
        if (c.nullable === false)
            out.push((0,findings/* finding */.gk)({ column, check: 'nullable', severity, failed: this.nulls > 0, failing: this.nulls, total: this.rows, observed: this.nulls, expected: 0, examples: this.nullEx.examples }));
        if (c.max_null_fraction !== undefined) {
            const frac = this.rows > 0 ? this.nulls / this.rows : 0;
            out.push((0,findings/* finding */.gk)({ column, check: 'max_null_fraction', severity, failed: frac > c.max_null_fraction, failing: this.nulls, total: this.rows, observed: Number(frac.toPrecision(6)), expected: c.max_null_fraction, examples: this.nullEx.examples }));
        }
        if (c.min !== undefined)
            rowLevel('min', this.min, shown(this.observedMin), c.min);
        if (c.max !== undefined)
            rowLevel('max', this.max, shown(this.observedMax), c.max);
        if (c.in !== undefined)
            rowLevel('in', this.inSet, this.inSet.count > 0 ? `${this.inSet.count} value${this.inSet.count === 1 ? '' : 's'} outside the set` : 'all in the set', c.in);
        if (c.not_in !== undefined)
            rowLevel('not_in', this.notIn, this.notIn.count > 0 ? `${this.notIn.count} forbidden value${this.notIn.count === 1 ? '' : 's'}` : 'none forbidden', c.not_in);
        if (c.pattern !== undefined)
            rowLevel('pattern', this.pattern, this.pattern.count > 0 ? `${this.pattern.count} not matching` : 'all match', c.pattern);
        if (c.min_length !== undefined)
            rowLevel('min_length', this.minLength, this.minLength.count > 0 ? `${this.minLength.count} shorter` : 'ok', c.min_length);
        if (c.max_length !== undefined)
            rowLevel('max_length', this.maxLength, this.maxLength.count > 0 ? `${this.maxLength.count} longer` : 'ok', c.max_length);
        if (c.unique === true) {
            const f = this.dupes;
            out.push((0,findings/* finding */.gk)({ column, check: 'unique', severity, failed: f.count > 0, failing: f.count, total: nonNull, observed: `${f.count} repeated value${f.count === 1 ? '' : 's'}`, expected: 'all distinct', examples: f.examples }));
        }
        if (c.max_age !== undefined) {
            const age = parseDuration(c.max_age);
            const stale = !(this.newest >= this.ctx.now - age);
            out.push((0,findings/* finding */.gk)({
                column, check: 'max_age', severity, failed: stale, failing: stale ? nonNull : 0, total: nonNull,
                observed: Number.isFinite(this.newest) ? { newest: this.newestText, age_hours: Number(((this.ctx.now - this.newest) / 3_600_000).toFixed(2)) } : 'no valid timestamps',
                expected: `newest value at most ${c.max_age} old`,
                examples: [],
            }));
        }
        return out;
    }
}


/***/ }),

/***/ 79746:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gk: () => (/* binding */ finding),
/* harmony export */   oo: () => (/* binding */ Failures),
/* harmony export */   wm: () => (/* binding */ shortValue)
/* harmony export */ });
/* unused harmony export exampleAt */
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
        examples: failed ? (examples ?? []) : [],
        ...(parts.message !== undefined ? { message: parts.message } : {}),
    };
}


/***/ }),

/***/ 46521:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ HashSet64)
/* harmony export */ });
/**
 * A set of 64-bit hashes (two uint32 lanes) in one typed array: open addressing, linear probing,
 * load factor at most 3/4, doubling. The capacity need not be a power of two (a set sized up front
 * for 1.05M values takes 1.4M slots, not 2M), so the home slot is a multiply-shift of the hash. The two lanes of a slot sit side by side, so a probe of a big
 * set costs one cache miss, not two. 8 bytes per slot, so 10M distinct values take 128 MiB, where a
 * JS Set of strings would fail at 2^24 entries. See src/io/hash.ts for the collision probability.
 */
class HashSet64 {
    /** hi at 2 * slot, lo at 2 * slot + 1; (0, 0) marks an empty slot. */
    slots;
    cap;
    size = 0;
    constructor(initialCapacity = 1024) {
        this.cap = slotsFor(initialCapacity);
        this.slots = new Uint32Array(2 * this.cap);
    }
    /** Makes room for `count` values in all without growing (a set that will be big skips the rehashes). */
    reserve(count) {
        const cap = slotsFor(count);
        if (cap > this.cap)
            this.rehash(cap);
    }
    /** Adds the hash; true when it was not there yet. */
    add(h) {
        const hi = h[0];
        let lo = h[1];
        if (hi === 0 && lo === 0)
            lo = 1;
        const { slots, cap } = this;
        let slot = home(hi, lo, cap);
        for (;;) {
            const sh = slots[2 * slot];
            const sl = slots[2 * slot + 1];
            if (sh === 0 && sl === 0)
                break;
            if (sh === hi && sl === lo)
                return false;
            if (++slot === cap)
                slot = 0;
        }
        slots[2 * slot] = hi;
        slots[2 * slot + 1] = lo;
        this.size++;
        if (this.size * 4 > cap * 3)
            this.rehash(2 * cap);
        return true;
    }
    /**
     * Adds hi[i], lo[i] for i in [start, end) in order; fresh[i - start] = 1 when the value was new.
     * Same result as calling `add` one by one, but faster on a big set: a first pass touches every
     * value's home slot so that the cache misses overlap, instead of one after the other.
     */
    addMany(hi, lo, start, end, fresh) {
        for (let b = start; b < end; b += TOUCH_BLOCK) {
            const e = Math.min(end, b + TOUCH_BLOCK);
            if ((this.size + (e - b)) * 4 > this.cap * 3)
                this.rehash(Math.max(2 * this.cap, slotsFor(this.size + (e - b))));
            const { slots, cap } = this;
            let touched = 0;
            for (let i = b; i < e; i++)
                touched |= slots[2 * home(hi[i], lo[i], cap)];
            this.touched = touched;
            for (let i = b; i < e; i++) {
                const h = hi[i];
                let l = lo[i];
                if (h === 0 && l === 0)
                    l = 1;
                let slot = home(h, l, cap);
                let isNew = 1;
                for (;;) {
                    const sh = slots[2 * slot];
                    const sl = slots[2 * slot + 1];
                    if (sh === 0 && sl === 0)
                        break;
                    if (sh === h && sl === l) {
                        isNew = 0;
                        break;
                    }
                    if (++slot === cap)
                        slot = 0;
                }
                fresh[i - start] = isNew;
                if (isNew) {
                    slots[2 * slot] = h;
                    slots[2 * slot + 1] = l;
                    this.size++;
                }
            }
        }
    }
    /** Keeps the touching pass of `addMany` from being optimised away. */
    touched = 0;
    has(h) {
        const hi = h[0];
        let lo = h[1];
        if (hi === 0 && lo === 0)
            lo = 1;
        const { slots, cap } = this;
        let slot = home(hi, lo, cap);
        for (;;) {
            const sh = slots[2 * slot];
            const sl = slots[2 * slot + 1];
            if (sh === 0 && sl === 0)
                return false;
            if (sh === hi && sl === lo)
                return true;
            if (++slot === cap)
                slot = 0;
        }
    }
    rehash(cap) {
        const old = this.slots;
        const slots = new Uint32Array(2 * cap);
        for (let i = 0; i < old.length; i += 2) {
            const hi = old[i];
            const lo = old[i + 1];
            if (hi === 0 && lo === 0)
                continue;
            let slot = home(hi, lo, cap);
            while (slots[2 * slot] !== 0 || slots[2 * slot + 1] !== 0)
                if (++slot === cap)
                    slot = 0;
            slots[2 * slot] = hi;
            slots[2 * slot + 1] = lo;
        }
        this.slots = slots;
        this.cap = cap;
    }
}
/** Home slot in [0, cap): a 32-bit mix of both lanes scaled to cap (the guard catches a product rounded up to cap). */
function home(hi, lo, cap) {
    const slot = Math.floor((((hi ^ Math.imul(lo, 0x9e3779b1)) >>> 0) / 4294967296) * cap);
    return slot < cap ? slot : cap - 1;
}
/** Values per touching pass of `addMany`: their home slots' cache lines (256 KiB) stay in the core's cache. */
const TOUCH_BLOCK = 4096;
/** Slots that hold `count` values at load factor 3/4 (at least 1024). */
function slotsFor(count) {
    return Math.max(1024, Math.ceil((count * 4) / 3));
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
 * `flush`, in the order the texts first appeared, so the sink sees texts in data order.
 */
class TextTally {
    hi = new Uint32Array(TEXT_TABLE_SLOTS);
    lo = new Uint32Array(TEXT_TABLE_SLOTS);
    index = new Int32Array(TEXT_TABLE_SLOTS).fill(-1);
    texts = [];
    counts = new Float64Array(TEXT_CACHE_LIMIT);
    h = new Uint32Array(2);
    /** Counts cell i; a text past the cache goes to the sink at once (after what waits, to keep the order). */
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
                this.counts[k]++;
                return true;
            }
            slot = (slot + 1) & (TEXT_TABLE_SLOTS - 1);
        }
        const t = col.text(i);
        if (t === null)
            return false;
        if (this.texts.length < TEXT_CACHE_LIMIT) {
            this.hi[slot] = h0;
            this.lo[slot] = h1;
            this.index[slot] = this.texts.length;
            this.counts[this.texts.length] = 1;
            this.texts.push(t);
        }
        else {
            this.flush(sink);
            sink.add(t, 1);
        }
        return true;
    }
    flush(sink) {
        const { texts, counts } = this;
        for (let k = 0; k < texts.length; k++) {
            if (counts[k] === 0)
                continue;
            sink.add(texts[k], counts[k]);
            counts[k] = 0;
        }
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

/***/ 27169:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CHUNK_WORKER_TAG: () => (/* binding */ CHUNK_WORKER_TAG),
/* harmony export */   processChunk: () => (/* binding */ processChunk),
/* harmony export */   resultBuffers: () => (/* binding */ resultBuffers)
/* harmony export */ });
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4573);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_buffer__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(75919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _domain_validation_column_checker_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(46865);
/* harmony import */ var _columns_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(71337);
/* harmony import */ var _hash_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(34246);
/* harmony import */ var _column_values_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(59439);
/* harmony import */ var _tokenizer_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(49070);







/** Marks a worker thread started by the chunk pool (src/io/csv/parallel.ts). */
const CHUNK_WORKER_TAG = 'mlgate-csv-chunk-worker';
/**
 * Rows tokenized and checked at a time: the fields' offsets and the bytes of 4,096 rows stay in the
 * core's cache while each column's checks read them.
 */
const SUB_BATCH_ROWS = 4096;
function countLines(buf) {
    let n = 0;
    for (let p = buf.indexOf(10); p >= 0; p = buf.indexOf(10, p + 1))
        n++;
    return n;
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
 * Tokenizes one chunk (whole records, starting on line `startLine`) and runs the column checks on
 * it; collects the hashes that uniqueness and duplicate rows need, in data order.
 */
function processChunk(job, buf, startLine) {
    if (!(0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isUtf8)(buf))
        throw new _tokenizer_js__WEBPACK_IMPORTED_MODULE_6__/* .CsvSyntaxError */ .oC('invalid UTF-8 (expected UTF-8 text; re-encode the file, e.g. iconv -t UTF-8)', firstBadLine(buf, startLine));
    const requested = job.header.filter((h) => h in job.columns || job.unique.includes(h) || (job.drift !== undefined && h in job.drift.plans));
    const slotOf = new Int32Array(job.header.length).fill(-1);
    requested.forEach((name, slot) => {
        slotOf[job.header.indexOf(name)] = slot;
    });
    const capacity = countLines(buf) + 1;
    const lines = new Float64Array(capacity);
    const records = new Int32Array(2 * capacity);
    const unique = Object.fromEntries(job.unique.filter((n) => requested.includes(n)).map((n) => [n, { hi: new Uint32Array(capacity), lo: new Uint32Array(capacity), nulls: new Uint8Array(capacity) }]));
    const rowHashes = job.rowHashes ? { hi: new Uint32Array(capacity), lo: new Uint32Array(capacity) } : undefined;
    const ctx = { now: job.now, maxExamples: job.maxExamples };
    const checkers = requested.flatMap((name, slot) => {
        const cfg = job.columns[name];
        return cfg ? [{ slot, checker: new _domain_validation_column_checker_js__WEBPACK_IMPORTED_MODULE_2__/* .ColumnChecker */ .q(name, cfg, ctx) }] : [];
    });
    const collector = job.drift ? (0,_column_values_js__WEBPACK_IMPORTED_MODULE_5__/* .exactCollector */ .l5)() : undefined;
    const streamer = job.drift && collector ? new _column_values_js__WEBPACK_IMPORTED_MODULE_5__/* .ColumnStreamer */ .iI(job.drift.columns, collector.sinks, new Map(Object.entries(job.drift.plans))) : undefined;
    const tok = new _tokenizer_js__WEBPACK_IMPORTED_MODULE_6__/* .CsvTokenizer */ .YB(job.delimiter, job.header.length, slotOf, requested.length, SUB_BATCH_ROWS);
    tok.line = startLine;
    const h = new Uint32Array(2);
    let rows = 0;
    let pos = 0;
    while (pos < buf.length) {
        const res = tok.tokenize(buf, pos, buf.length, true);
        const n = res.rows;
        pos = res.consumed;
        if (n === 0)
            break;
        const columns = requested.map((name, slot) => new _columns_js__WEBPACK_IMPORTED_MODULE_3__/* .CsvColumn */ .xO(name, buf, tok.offsets, tok.flags, slot, requested.length, n));
        const byName = new Map(columns.map((c) => [c.name, c]));
        const subLines = tok.lines;
        const batch = { file: job.file, length: n, rowOffset: rows, columns, column: (name) => byName.get(name), line: (i) => subLines[i] };
        for (const { slot, checker } of checkers)
            checker.consume(batch, columns[slot]);
        streamer?.consume(batch);
        for (const [name, u] of Object.entries(unique)) {
            const col = byName.get(name);
            for (let i = 0; i < n; i++) {
                if (col.isNull(i))
                    u.nulls[rows + i] = 1;
                else {
                    col.hash(i, h);
                    u.hi[rows + i] = h[0];
                    u.lo[rows + i] = h[1];
                }
            }
        }
        lines.set(subLines.subarray(0, n), rows);
        records.set(tok.records.subarray(0, 2 * n), 2 * rows);
        if (rowHashes) {
            for (let i = 0; i < n; i++) {
                (0,_hash_js__WEBPACK_IMPORTED_MODULE_4__/* .hashRecordBytes */ .Vt)(buf, records[2 * (rows + i)], records[2 * (rows + i) + 1], h);
                rowHashes.hi[rows + i] = h[0];
                rowHashes.lo[rows + i] = h[1];
            }
        }
        rows += n;
    }
    const states = {};
    for (const { checker } of checkers)
        states[checker.name] = checker.state();
    const trim = (a, len) => a.subarray(0, len);
    for (const u of Object.values(unique)) {
        u.hi = trim(u.hi, rows);
        u.lo = trim(u.lo, rows);
        u.nulls = trim(u.nulls, rows);
    }
    const summary = { rows, lines: trim(lines, rows), states, unique, ...(rowHashes ? { rowHashes: { hi: trim(rowHashes.hi, rows), lo: trim(rowHashes.lo, rows) } } : {}) };
    return { summary, records: trim(records, 2 * rows), ...(collector ? { drift: collector.export() } : {}) };
}
/** The typed arrays of a result, to transfer rather than copy. */
function resultBuffers(result) {
    const s = result.summary;
    const out = [s.lines.buffer, result.records.buffer];
    for (const u of Object.values(s.unique))
        out.push(u.hi.buffer, u.lo.buffer, u.nulls.buffer);
    if (s.rowHashes)
        out.push(s.rowHashes.hi.buffer, s.rowHashes.lo.buffer);
    for (const c of Object.values(result.drift?.numeric ?? {}))
        out.push(c.values.buffer);
    return out;
}
if (!node_worker_threads__WEBPACK_IMPORTED_MODULE_1__.isMainThread && node_worker_threads__WEBPACK_IMPORTED_MODULE_1__.parentPort && node_worker_threads__WEBPACK_IMPORTED_MODULE_1__.workerData?.tag === CHUNK_WORKER_TAG) {
    const port = node_worker_threads__WEBPACK_IMPORTED_MODULE_1__.parentPort;
    let job;
    port.on('message', (msg) => {
        if (msg.kind === 'job') {
            job = msg.job;
            return;
        }
        const buf = Buffer.from(msg.buf.buffer, msg.buf.byteOffset, msg.buf.byteLength);
        let reply;
        try {
            reply = { id: msg.id, ok: true, result: processChunk(job, buf, msg.startLine), buf: msg.buf };
        }
        catch (error) {
            reply = { id: msg.id, ok: false, message: error instanceof Error ? error.message : String(error), line: error instanceof _tokenizer_js__WEBPACK_IMPORTED_MODULE_6__/* .CsvSyntaxError */ .oC ? error.line : msg.startLine, buf: msg.buf };
        }
        port.postMessage(reply, [msg.buf.buffer, ...(reply.ok ? resultBuffers(reply.result) : [])]);
    });
}


/***/ })

};
