export const id = 169;
export const ids = [169,746];
export const modules = {

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
 * load factor at most 3/4, doubling. The two lanes of a slot sit side by side, so a probe of a big
 * set costs one cache miss, not two. 8 bytes per slot, so 10M distinct values take 128 MiB, where a
 * JS Set of strings would fail at 2^24 entries. See src/io/hash.ts for the collision probability.
 */
class HashSet64 {
    /** hi at 2 * slot, lo at 2 * slot + 1; (0, 0) marks an empty slot. */
    slots;
    mask;
    size = 0;
    constructor(initialCapacity = 1024) {
        this.slots = new Uint32Array(2 * slotsFor(initialCapacity));
        this.mask = this.slots.length / 2 - 1;
    }
    /** Makes room for `count` values in all without growing (a set that will be big skips the rehashes). */
    reserve(count) {
        const cap = slotsFor(count);
        if (cap > this.mask + 1)
            this.rehash(cap);
    }
    /** Adds the hash; true when it was not there yet. */
    add(h) {
        const hi = h[0];
        let lo = h[1];
        if (hi === 0 && lo === 0)
            lo = 1;
        const { slots, mask } = this;
        let slot = (hi ^ Math.imul(lo, 0x9e3779b1)) & mask;
        for (;;) {
            const sh = slots[2 * slot];
            const sl = slots[2 * slot + 1];
            if (sh === 0 && sl === 0)
                break;
            if (sh === hi && sl === lo)
                return false;
            slot = (slot + 1) & mask;
        }
        slots[2 * slot] = hi;
        slots[2 * slot + 1] = lo;
        this.size++;
        if (this.size * 4 > (mask + 1) * 3)
            this.rehash(2 * (mask + 1));
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
            this.reserve(this.size + (e - b));
            const { slots, mask } = this;
            let touched = 0;
            for (let i = b; i < e; i++)
                touched |= slots[2 * ((hi[i] ^ Math.imul(lo[i], 0x9e3779b1)) & mask)];
            this.touched = touched;
            for (let i = b; i < e; i++) {
                const h = hi[i];
                let l = lo[i];
                if (h === 0 && l === 0)
                    l = 1;
                let slot = (h ^ Math.imul(l, 0x9e3779b1)) & mask;
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
                    slot = (slot + 1) & mask;
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
        const { slots, mask } = this;
        let slot = (hi ^ Math.imul(lo, 0x9e3779b1)) & mask;
        for (;;) {
            const sh = slots[2 * slot];
            const sl = slots[2 * slot + 1];
            if (sh === 0 && sl === 0)
                return false;
            if (sh === hi && sl === lo)
                return true;
            slot = (slot + 1) & mask;
        }
    }
    rehash(cap) {
        const old = this.slots;
        const slots = new Uint32Array(2 * cap);
        const mask = cap - 1;
        for (let i = 0; i < old.length; i += 2) {
            const hi = old[i];
            const lo = old[i + 1];
            if (hi === 0 && lo === 0)
                continue;
            let slot = (hi ^ Math.imul(lo, 0x9e3779b1)) & mask;
            while (slots[2 * slot] !== 0 || slots[2 * slot + 1] !== 0)
                slot = (slot + 1) & mask;
            slots[2 * slot] = hi;
            slots[2 * slot + 1] = lo;
        }
        this.slots = slots;
        this.mask = mask;
    }
}
/** Values per touching pass of `addMany`: their home slots' cache lines (256 KiB) stay in the core's cache. */
const TOUCH_BLOCK = 4096;
/** The power of two of slots that holds `count` values at load factor 3/4 (at least 1024). */
function slotsFor(count) {
    let cap = 1024;
    while (cap * 3 < count * 4)
        cap *= 2;
    return cap;
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
/* harmony import */ var _tokenizer_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(49070);






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
        throw new _tokenizer_js__WEBPACK_IMPORTED_MODULE_5__/* .CsvSyntaxError */ .oC('invalid UTF-8 (expected UTF-8 text; re-encode the file, e.g. iconv -t UTF-8)', firstBadLine(buf, startLine));
    const requested = job.header.filter((h) => h in job.columns || job.unique.includes(h));
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
    const tok = new _tokenizer_js__WEBPACK_IMPORTED_MODULE_5__/* .CsvTokenizer */ .YB(job.delimiter, job.header.length, slotOf, requested.length, SUB_BATCH_ROWS);
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
    return { summary, records: trim(records, 2 * rows) };
}
/** The typed arrays of a result, to transfer rather than copy. */
function resultBuffers(result) {
    const s = result.summary;
    const out = [s.lines.buffer, result.records.buffer];
    for (const u of Object.values(s.unique))
        out.push(u.hi.buffer, u.lo.buffer, u.nulls.buffer);
    if (s.rowHashes)
        out.push(s.rowHashes.hi.buffer, s.rowHashes.lo.buffer);
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
            reply = { id: msg.id, ok: false, message: error instanceof Error ? error.message : String(error), line: error instanceof _tokenizer_js__WEBPACK_IMPORTED_MODULE_5__/* .CsvSyntaxError */ .oC ? error.line : msg.startLine, buf: msg.buf };
        }
        port.postMessage(reply, [msg.buf.buffer, ...(reply.ok ? resultBuffers(reply.result) : [])]);
    });
}


/***/ })

};
