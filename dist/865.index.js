export const id = 865;
export const ids = [865];
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
                this.type.addCell(batch, i, text, col);
            }
            else if (domain !== 'text') {
                if (minB !== undefined && !(num >= minB))
                    this.min.addCell(batch, i, text, col);
                if (maxB !== undefined && !(num <= maxB))
                    this.max.addCell(batch, i, text, col);
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
                    this.inSet.addCell(batch, i, text, col);
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
                    this.notIn.addCell(batch, i, text, col);
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
                    this.dupes.addCell(batch, i, text, col);
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


/***/ })

};
