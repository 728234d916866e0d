export const id = 2862;
export const ids = [2862];
export const modules = {

/***/ 11238:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cq: () => (/* binding */ NULL),
/* harmony export */   FW: () => (/* binding */ scratch),
/* harmony export */   HM: () => (/* binding */ TYPE_FAILED),
/* harmony export */   JZ: () => (/* binding */ decodeTimes),
/* harmony export */   oc: () => (/* binding */ NOT_NUMBER),
/* harmony export */   ss: () => (/* binding */ markNulls),
/* harmony export */   uk: () => (/* binding */ NUMBER),
/* harmony export */   vW: () => (/* binding */ decodeNumbers),
/* harmony export */   vh: () => (/* binding */ INTEGER)
/* harmony export */ });
/** Kinds of a cell, as `Column.numbers` gives them. */
const NULL = 0;
const INTEGER = 1;
const NUMBER = 2;
const NOT_NUMBER = 3;
/** Added to a cell's kind once it failed `type`: the range checks skip it. */
const TYPE_FAILED = 4;
/**
 * Per row of the batch being checked: its value in the comparison domain, and its kind (as
 * `Column.numbers`). One pair for all checkers: a checker uses it only within its `consume` call.
 */
const scratch = { values: new Float64Array(0), kinds: new Uint8Array(0) };
/** `Column.numbers`, or the same cell by cell for a column without it. */
function decodeNumbers(col, n, out, kinds) {
    if (col.numbers !== undefined) {
        col.numbers(out, kinds);
        return;
    }
    for (let i = 0; i < n; i++) {
        if (col.isNull(i)) {
            out[i] = NaN;
            kinds[i] = NULL;
            continue;
        }
        const v = col.number(i);
        out[i] = v;
        kinds[i] = col.isInteger(i) ? INTEGER : Number.isNaN(v) ? NOT_NUMBER : NUMBER;
    }
}
/** Epoch ms of every cell (NaN: null or not a date); kinds NULL, NUMBER (a date) or NOT_NUMBER. */
function decodeTimes(col, n, dateOnly, out, kinds) {
    if (col.datetimes !== undefined)
        col.datetimes(out, dateOnly);
    else
        for (let i = 0; i < n; i++)
            out[i] = col.isNull(i) ? NaN : col.datetime(i, dateOnly);
    for (let i = 0; i < n; i++)
        kinds[i] = col.isNull(i) ? NULL : Number.isNaN(out[i]) ? NOT_NUMBER : NUMBER;
}
/** Text columns: only which cells are null (values NaN: text is not compared as numbers). */
function markNulls(col, n, out, kinds) {
    for (let i = 0; i < n; i++) {
        out[i] = NaN;
        kinds[i] = col.isNull(i) ? NULL : NOT_NUMBER;
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
// EXTERNAL MODULE: ./src/domain/validation/text-set.ts
var text_set = __webpack_require__(98858);
// EXTERNAL MODULE: ./src/domain/validation/linear-pattern.ts
var linear_pattern = __webpack_require__(92882);
// EXTERNAL MODULE: ./src/domain/validation/distinct.ts
var distinct = __webpack_require__(21464);
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
/** The integer whose text (digits, an optional sign, spaces around) `text` is, exactly; undefined if it is not one. */
function exactInteger(text) {
    const t = text?.trim();
    return t !== undefined && /^[+-]?\d+$/.test(t) ? BigInt(t) : undefined;
}
/** A `min`/`max` bound for comparing integers beyond 2^53 exactly: a bound written as digits in quotes keeps every digit. */
function exactBound(v, bound) {
    return typeof v === 'string' ? (exactInteger(v) ?? bound) : bound;
}

// EXTERNAL MODULE: ./src/domain/validation/cell-kinds.ts
var cell_kinds = __webpack_require__(11238);
;// CONCATENATED MODULE: ./src/domain/validation/column-checker.ts






/** The spellings a `boolean` column accepts. */
const BOOLEAN_WORDS = ['true', 'false', 'True', 'False', 'TRUE', 'FALSE', 't', 'f', 'T', 'F', 'yes', 'no', 'Yes', 'No', 'YES', 'NO', 'y', 'n', 'Y', 'N', '1', '0'];
const booleanWords = new text_set/* TextSet */.Wl(BOOLEAN_WORDS);
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
    /** The bounds as exact values for integers beyond 2^53 (a bound written as digits in quotes stays exact too). */
    exactMin;
    exactMax;
    allowed;
    allowedNumbers;
    forbidden;
    forbiddenNumbers;
    regex;
    /** Where `textBytes` puts a cell's byte range. */
    span = new Int32Array(2);
    seen;
    hash = new Uint32Array(2);
    observedMin = Infinity;
    observedMax = -Infinity;
    newest = -Infinity;
    newestText = null;
    needsText;
    // Config values read per cell, as fields of this class: the configs of different columns have
    // different shapes, so reading them from the config in the loop is a slow polymorphic load.
    type_;
    minLen;
    maxLen;
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
        this.exactMin = exactBound(c.min, this.minBound);
        this.exactMax = exactBound(c.max, this.maxBound);
        if (c.in) {
            this.allowed = new text_set/* TextSet */.Wl(c.in.map(String));
            if (c.in.every((v) => typeof v === 'number'))
                this.allowedNumbers = new Set(c.in);
        }
        if (c.not_in) {
            this.forbidden = new text_set/* TextSet */.Wl(c.not_in.map(String));
            if (c.not_in.every((v) => typeof v === 'number'))
                this.forbiddenNumbers = new Set(c.not_in);
        }
        if (c.pattern !== undefined)
            this.regex = (0,linear_pattern/* compileLinearPattern */.FX)(c.pattern);
        if (c.unique)
            this.seen = new distinct/* DistinctValues */.Jb();
        this.needsText = this.regex !== undefined || c.min_length !== undefined || c.max_length !== undefined;
        this.type_ = c.type;
        this.minLen = c.min_length ?? -1;
        this.maxLen = c.max_length ?? Infinity;
    }
    /** Whether cell i (not null; `num` its value in the comparison domain, `kind` as `Column.numbers`) has the configured type. */
    typeOk(col, i, num, kind) {
        switch (this.type_) {
            case 'integer':
                return this.domain === 'number' ? kind === cell_kinds/* INTEGER */.vh : col.isInteger(i);
            case 'number': {
                if (Number.isNaN(num))
                    return false;
                if (col.kind === 'text' || col.kind === 'number' || col.kind === 'integer')
                    return true;
                // A column of mixed values (JSON Lines): the cell's own value decides, not the batch's kind.
                const v = col.kind === 'json' ? col.value(i) : undefined;
                return typeof v === 'number' || typeof v === 'bigint';
            }
            case 'boolean':
                if (col.kind === 'boolean')
                    return true;
                return booleanWords.hasCell(col, i);
            case 'date':
            case 'datetime':
                return !Number.isNaN(num);
            default:
                return true;
        }
    }
    /**
     * Checks one batch of the column. The cells are decoded once (`Column.numbers`, `datetimes`), then
     * each check runs as its own loop over them: tight loops that the engine optimises well.
     */
    consume(batch, col) {
        const n = batch.length;
        this.rows += n;
        const c = this.config;
        const { domain } = this;
        if (cell_kinds/* scratch */.FW.values.length < n) {
            cell_kinds/* scratch */.FW.values = new Float64Array(n);
            cell_kinds/* scratch */.FW.kinds = new Uint8Array(n);
        }
        const { values, kinds } = cell_kinds/* scratch */.FW;
        if (domain === 'number')
            (0,cell_kinds/* decodeNumbers */.vW)(col, n, values, kinds);
        else if (domain === 'time')
            (0,cell_kinds/* decodeTimes */.JZ)(col, n, c.type === 'date', values, kinds);
        else
            (0,cell_kinds/* markNulls */.ss)(col, n, values, kinds);
        this.countNulls(batch, n, kinds);
        if (c.type !== undefined && c.type !== 'string' && c.type !== 'category')
            this.checkType(batch, col, n, values, kinds);
        if (domain !== 'text')
            this.checkRange(batch, col, n, values, kinds);
        if (this.allowed !== undefined)
            this.checkMembership(batch, col, n, values, kinds, this.allowed, this.allowedNumbers, this.inSet, false);
        if (this.forbidden !== undefined)
            this.checkMembership(batch, col, n, values, kinds, this.forbidden, this.forbiddenNumbers, this.notIn, true);
        if (this.needsText)
            this.checkText(batch, col, n, kinds);
        if (this.seen !== undefined)
            this.checkUnique(batch, col, n, kinds, this.seen);
    }
    countNulls(batch, n, kinds) {
        let nulls = 0;
        const ex = this.nullEx;
        const max = this.ctx.maxExamples;
        for (let i = 0; i < n; i++) {
            if (kinds[i] !== cell_kinds/* NULL */.Cq)
                continue;
            nulls++;
            if (ex.examples.length < max)
                ex.add(batch, i, null);
        }
        this.nulls += nulls;
    }
    /** Counts the non-null cells not of the configured type, and marks them TYPE_FAILED for the range checks. */
    checkType(batch, col, n, values, kinds) {
        const t = this.type_;
        const numericKind = col.kind === 'text' || col.kind === 'number' || col.kind === 'integer';
        // The common cases decided from the decoded cells alone; the rest cell by cell.
        const mode = t === 'integer' && this.domain === 'number' ? 1 : (t === 'number' && numericKind) || t === 'date' || t === 'datetime' ? 2 : t === 'number' && col.kind !== 'json' ? 3 : 0;
        for (let i = 0; i < n; i++) {
            const kind = kinds[i];
            if (kind === cell_kinds/* NULL */.Cq)
                continue;
            const v = values[i];
            const ok = mode === 1 ? kind === cell_kinds/* INTEGER */.vh : mode === 2 ? v === v : mode === 3 ? false : this.typeOk(col, i, v, kind);
            if (ok)
                continue;
            kinds[i] = kind | cell_kinds/* TYPE_FAILED */.HM;
            this.type.addCell(batch, i, null, col);
        }
    }
    /** min, max, the observed range and (dates) the newest value, over the non-null cells that passed `type`. */
    checkRange(batch, col, n, values, kinds) {
        const minB = this.minBound ?? -Infinity;
        const maxB = this.maxBound ?? Infinity;
        const hasMin = this.minBound !== undefined;
        const hasMax = this.maxBound !== undefined;
        let lo = this.observedMin;
        let hi = this.observedMax;
        let newest = this.newest;
        let newestAt = -1;
        for (let i = 0; i < n; i++) {
            const kind = kinds[i];
            if (kind === cell_kinds/* NULL */.Cq || kind & cell_kinds/* TYPE_FAILED */.HM)
                continue;
            const v = values[i];
            if (kind === cell_kinds/* INTEGER */.vh && !(v <= Number.MAX_SAFE_INTEGER && v >= -Number.MAX_SAFE_INTEGER))
                this.checkBigInteger(batch, col, i, v);
            // NaN (not a number) fails both bounds.
            else {
                if (hasMin && !(v >= minB))
                    this.min.addCell(batch, i, null, col);
                if (hasMax && !(v <= maxB))
                    this.max.addCell(batch, i, null, col);
            }
            if (v < lo)
                lo = v;
            if (v > hi)
                hi = v;
            if (v > newest) {
                newest = v;
                newestAt = i;
            }
        }
        this.observedMin = lo;
        this.observedMax = hi;
        if (this.domain === 'time' && newestAt >= 0) {
            this.newest = newest;
            this.newestText = col.text(newestAt);
        }
    }
    /** min and max of an integer beyond 2^53, whose double `v` is rounded: compared exactly, from its text. */
    checkBigInteger(batch, col, i, v) {
        const exact = exactInteger(col.text(i)) ?? v;
        if (this.exactMin !== undefined && !(exact >= this.exactMin))
            this.min.addCell(batch, i, null, col);
        if (this.exactMax !== undefined && !(exact <= this.exactMax))
            this.max.addCell(batch, i, null, col);
    }
    /** `in` (a cell outside `set` fails) or `not_in` (a cell inside fails), over every non-null cell. */
    checkMembership(batch, col, n, values, kinds, set, numbers, failures, failInside) {
        const byNumber = numbers !== undefined && this.domain === 'number';
        for (let i = 0; i < n; i++) {
            if (kinds[i] === cell_kinds/* NULL */.Cq)
                continue;
            const v = values[i];
            const inside = byNumber && v === v ? numbers.has(v) : set.hasCell(col, i);
            if (inside === failInside)
                failures.addCell(batch, i, null, col);
        }
    }
    /** pattern, min_length, max_length: texts only for checks that do not keep them (an example reads its own copy). */
    checkText(batch, col, n, kinds) {
        const view = col.textView !== undefined;
        const { minLen, maxLen, regex, span } = this;
        const checkLength = minLen >= 0 || maxLen < Infinity;
        for (let i = 0; i < n; i++) {
            if (kinds[i] === cell_kinds/* NULL */.Cq)
                continue;
            if (regex !== undefined && !(0,linear_pattern/* cellMatches */.YK)(regex, col, i, span))
                this.pattern.addCell(batch, i, null, col);
            if (checkLength) {
                const len = codePoints((view ? col.textView(i) : col.text(i)));
                if (len < minLen)
                    this.minLength.addCell(batch, i, null, col);
                if (len > maxLen)
                    this.maxLength.addCell(batch, i, null, col);
            }
        }
    }
    checkUnique(batch, col, n, kinds, seen) {
        const h = this.hash;
        for (let i = 0; i < n; i++) {
            if (kinds[i] === cell_kinds/* NULL */.Cq)
                continue;
            const v = (0,distinct/* uniqueInteger */.wF)(col, i);
            let fresh;
            if (v === v)
                fresh = seen.addInteger(v);
            else {
                col.hash(i, h);
                fresh = seen.addHash(h);
            }
            if (!fresh)
                this.dupes.addCell(batch, i, null, col);
        }
    }
    allFailures() {
        return [this.type, this.min, this.max, this.inSet, this.notIn, this.pattern, this.minLength, this.maxLength, this.nullEx];
    }
    /** Everything but uniqueness (which needs all values: see `observeUniqueRows`). */
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
    /** Uniqueness fed from outside (parallel reads), in data order: fresh[r] = 1 when row r's value was new. */
    observeUniqueRows(keys, n, fresh) {
        if (this.seen === undefined)
            fresh.fill(1, 0, n);
        else
            this.seen.addRows(keys, n, fresh);
    }
    /** `unique`'s repeats so far, and folding in those of other parts (shard profiles). */
    repeats() { return this.dupes.state(); }
    absorbRepeats(s) { this.dupes.absorb(s); }
    /** Records a repeated value found by `observeUniqueRows`. */
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
        ...(parts.unit !== undefined ? { unit: parts.unit } : {}),
        examples: failed ? (examples ?? []) : [],
        ...(parts.message !== undefined ? { message: parts.message } : {}),
    };
}


/***/ }),

/***/ 22862:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ resultBuffers),
/* harmony export */   l: () => (/* binding */ processChunk)
/* harmony export */ });
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4573);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_buffer__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _domain_validation_column_checker_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(46865);
/* harmony import */ var _domain_validation_distinct_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(21464);
/* harmony import */ var _columns_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(65690);
/* harmony import */ var _domain_table_hash_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(68867);
/* harmony import */ var _column_values_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(91398);
/* harmony import */ var _record_chunks_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(41304);
/* harmony import */ var _line_feeds_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(42771);
/* harmony import */ var _row_arrays_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(30393);
/* harmony import */ var _tokenizer_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(55915);










/**
 * Rows tokenized and checked at a time: the fields' offsets and the bytes of 4,096 rows stay in the
 * core's cache while each column's checks read them.
 */
const SUB_BATCH_ROWS = 4096;
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
        (0,_domain_table_hash_js__WEBPACK_IMPORTED_MODULE_4__/* .hashRecordBytes */ .Vt)(buf, view, records[2 * r], records[2 * r + 1], h);
        hi[r] = h[0];
        lo[r] = h[1];
    }
}
/** One tokenizer per job, reused from chunk to chunk (its arrays hold a 4,096-row batch: ~0.4 MB for 12 columns). */
const tokenizers = new WeakMap();
function tokenizerFor(job, slotOf, slots) {
    let tok = tokenizers.get(job);
    if (tok === undefined) {
        tok = new _tokenizer_js__WEBPACK_IMPORTED_MODULE_7__/* .CsvTokenizer */ .YB(job.delimiter, job.header.length, slotOf, slots, SUB_BATCH_ROWS);
        tokenizers.set(job, tok);
    }
    return tok;
}
/**
 * The sampling levels of each category table of this thread's last chunk of a job. A chunk's table is
 * at a level only when its own values did not fit a level lower, so neither do the whole read's: the
 * read's final level is at least as high, and it is a floor for the thread's next chunk as the read's
 * level so far is (the next chunk pools early what the merge would drop anyway; the result is the same).
 */
const reached = new WeakMap();
/** The numeric columns this thread's chunks of a job found with too many distinct values to tally (the next chunk keeps them value by value from the start). */
const spilledOf = new WeakMap();
/** The higher of the read's levels when the chunk was sent and this thread's last chunk's levels, per column. */
function floorsFor(job, sent = {}) {
    const floors = { ...sent };
    for (const [name, level] of Object.entries(reached.get(job) ?? {}))
        floors[name] = Math.max(floors[name] ?? 0, level);
    return floors;
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
    const end = (0,_record_chunks_js__WEBPACK_IMPORTED_MODULE_6__/* .lastRecordEnd */ .R6)(buf, Math.min(buf.length, WARM_UP_BYTES), job.delimiter);
    if (end === 0 || end === buf.length)
        return;
    const prefix = buf.subarray(0, end);
    // The second run leaves out the last line feed: the tokenizer then also reads a field up to the end of its input.
    const unterminated = buf.subarray(0, buf[end - 2] === 13 ? end - 2 : end - 1);
    try {
        for (let k = 0; k < WARM_UP_RUNS; k++) {
            const records = k === 0 ? prefix : unterminated;
            (0,_row_arrays_js__WEBPACK_IMPORTED_MODULE_8__/* .recycleRowArrays */ .G)((0,_row_arrays_js__WEBPACK_IMPORTED_MODULE_8__/* .rowArrayBuffers */ .r)(checkChunk(job, records, startLine, (0,_line_feeds_js__WEBPACK_IMPORTED_MODULE_9__/* .countLines */ .l)(records))));
        }
    }
    catch {
        // Bad input in these records: the real pass reports it.
    }
}
/**
 * Tokenizes one chunk (whole records, starting on line `startLine`, holding `lineCount` line feeds) and runs the column checks on
 * it; collects the hashes that uniqueness and duplicate rows need, in data order. `driftFloors`: the drift
 * collector's sampling levels when the chunk was sent (`ExactCollector.levels`); `into`: see `checkChunk`.
 */
function processChunk(job, buf, startLine, lineCount, driftFloors, into) {
    if (!warmed.has(job))
        warmUp(job, buf, startLine);
    return checkChunk(job, buf, startLine, lineCount, driftFloors, into);
}
/**
 * `into`: the read's own collector, when every chunk is read on this thread in order: the chunk's values go
 * straight into it (no collector of the chunk's own to export and fold in); the result then has no `drift`.
 */
function checkChunk(job, buf, startLine, lineCount, driftFloors, into) {
    // ASCII is valid UTF-8 (and lets texts be cut cheaply, see TextWindow).
    const ascii = (0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isAscii)(buf);
    if (!ascii && !(0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isUtf8)(buf))
        throw new _tokenizer_js__WEBPACK_IMPORTED_MODULE_7__/* .CsvSyntaxError */ .oC('invalid UTF-8 (expected UTF-8 text; re-encode the file, e.g. iconv -t UTF-8)', firstBadLine(buf, startLine));
    const requested = job.header.filter((h) => h in job.columns || job.unique.includes(h) || (job.drift !== undefined && h in job.drift.plans));
    const slotOf = new Int32Array(job.header.length).fill(-1);
    requested.forEach((name, slot) => {
        slotOf[job.header.indexOf(name)] = slot;
    });
    // One record per line feed, plus a last unterminated line; a file with lone CR line ends has more,
    // and the arrays grow for them.
    let capacity = lineCount + 1;
    let lines = (0,_row_arrays_js__WEBPACK_IMPORTED_MODULE_8__/* .rowArray */ .kH)(Float64Array, capacity);
    let records = (0,_row_arrays_js__WEBPACK_IMPORTED_MODULE_8__/* .rowArray */ .kH)(Int32Array, 2 * capacity);
    const keys = () => ({ ints: (0,_row_arrays_js__WEBPACK_IMPORTED_MODULE_8__/* .rowArray */ .kH)(Float64Array, capacity), hi: (0,_row_arrays_js__WEBPACK_IMPORTED_MODULE_8__/* .rowArray */ .kH)(Uint32Array, capacity), lo: (0,_row_arrays_js__WEBPACK_IMPORTED_MODULE_8__/* .rowArray */ .kH)(Uint32Array, capacity), nulls: (0,_row_arrays_js__WEBPACK_IMPORTED_MODULE_8__/* .rowArray */ .kH)(Uint8Array, capacity) });
    const unique = Object.fromEntries(job.unique.filter((n) => requested.includes(n)).map((n) => [n, keys()]));
    const rowHashes = job.rowHashes ? { hi: (0,_row_arrays_js__WEBPACK_IMPORTED_MODULE_8__/* .rowArray */ .kH)(Uint32Array, capacity), lo: (0,_row_arrays_js__WEBPACK_IMPORTED_MODULE_8__/* .rowArray */ .kH)(Uint32Array, capacity) } : undefined;
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
        return cfg ? [{ slot, checker: new _domain_validation_column_checker_js__WEBPACK_IMPORTED_MODULE_1__/* .ColumnChecker */ .q(name, cfg, ctx) }] : [];
    });
    // Sized for the chunk's rows: each numeric column's values fill one array, sent as it is.
    const collector = job.drift ? (into ?? (0,_column_values_js__WEBPACK_IMPORTED_MODULE_5__/* .exactCollector */ .l5)(floorsFor(job, driftFloors), capacity, spilledOf.get(job))) : undefined;
    const streamer = job.drift && collector ? new _column_values_js__WEBPACK_IMPORTED_MODULE_5__/* .ColumnStreamer */ .iI(job.drift.columns, collector.sinks, new Map(Object.entries(job.drift.plans))) : undefined;
    const tok = tokenizerFor(job, slotOf, requested.length);
    tok.line = startLine;
    const h = new Uint32Array(2);
    const view = (0,_domain_table_hash_js__WEBPACK_IMPORTED_MODULE_4__/* .viewOf */ .du)(buf);
    let rows = 0;
    let pos = 0;
    while (pos < buf.length) {
        const res = tok.tokenize(buf, pos, buf.length, true);
        const n = res.rows;
        pos = res.consumed;
        if (n === 0)
            break;
        ensure(rows + n);
        const columns = requested.map((name, slot) => new _columns_js__WEBPACK_IMPORTED_MODULE_3__/* .CsvColumn */ .xO(name, buf, tok.offsets, tok.flags, slot, requested.length, n, ascii));
        const byName = new Map(columns.map((c) => [c.name, c]));
        const subLines = tok.lines;
        const batch = { file: job.file, length: n, rowOffset: rows, columns, column: (name) => byName.get(name), line: (i) => subLines[i] };
        for (const { slot, checker } of checkers)
            checker.consume(batch, columns[slot]);
        streamer?.consume(batch);
        for (const [name, u] of Object.entries(unique))
            (0,_domain_validation_distinct_js__WEBPACK_IMPORTED_MODULE_2__/* .fillUniqueKeys */ .ld)(byName.get(name), n, u, rows, h);
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
    if (into)
        return { summary, records: trim(records, 2 * rows) };
    if (collector) {
        reached.set(job, collector.levels());
        const spilled = collector.spilled();
        if (spilled.length)
            spilledOf.set(job, new Set(spilled));
    }
    return { summary, records: trim(records, 2 * rows), ...(collector ? { drift: collector.export() } : {}) };
}
/** The typed arrays of a result, to transfer rather than copy. */
function resultBuffers(result) {
    const out = (0,_row_arrays_js__WEBPACK_IMPORTED_MODULE_8__/* .rowArrayBuffers */ .r)(result);
    if ('drift' in result && result.drift)
        out.push(...(0,_column_values_js__WEBPACK_IMPORTED_MODULE_5__/* .partBuffers */ .vq)(result.drift));
    return out;
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
    /** The pool of `chunkBytes` chunks that reads share, one after the other: the next read reuses the buffers (and the memory) of the last. */
    static shared(chunkBytes) {
        let pool = shared.get(chunkBytes);
        if (!pool)
            shared.set(chunkBytes, (pool = new ChunkBuffers(chunkBytes)));
        return pool;
    }
}
const shared = new Map();
/**
 * The data of a CSV file (fields split by byte `delimiter`) from byte `start` (past the header) as chunks of whole records of about
 * `buffers.chunkBytes` bytes (cut by `cut`; JSON Lines: after the last line feed), each at the start of an ArrayBuffer of its own (so it can move to a
 * worker thread without a copy). A plain file is read straight into the buffers; a gzip one through
 * the gunzip stream.
 */
async function* recordChunks(source, start, delimiter, buffers, cut = (buf, end) => lastRecordEnd(buf, end, delimiter)) {
    if (source.gzip) {
        yield* streamedChunks(source, start, cut, buffers);
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
            (0,_byte_stream_js__WEBPACK_IMPORTED_MODULE_1__/* .countRawBytes */ .vr)(n);
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
            const end = cut(buf, len);
            // The next read starts now, while this chunk is being checked. No record ends in the
            // buffer (a record longer than a chunk): it all moves on into a bigger one.
            reading = next(buf.subarray(end, len));
            if (end > 0)
                yield buf.subarray(0, end);
            else
                buffers.give(buf.buffer);
        }
    }
    finally {
        await handle.close();
    }
}
async function* streamedChunks(source, start, recordEnd, buffers) {
    let skip = start;
    let pending;
    for await (let raw of (0,_byte_stream_js__WEBPACK_IMPORTED_MODULE_1__/* .fileChunks */ .T9)(source.path, source.file, source.gzip, buffers.chunkBytes)) {
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
        const cut = buf.length < buffers.chunkBytes ? 0 : recordEnd(buf, buf.length);
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

/***/ 42771:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ countLines)
/* harmony export */ });
/** Line feeds in a chunk (Buffer's indexOf is a native memchr; Uint8Array's is several times slower). */
function countLines(buf) {
    let n = 0;
    for (let p = buf.indexOf(10); p >= 0; p = buf.indexOf(10, p + 1))
        n++;
    return n;
}


/***/ })

};
