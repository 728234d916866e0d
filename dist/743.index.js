export const id = 743;
export const ids = [743];
export const modules = {

/***/ 60743:
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

;// CONCATENATED MODULE: ./src/domain/validation/cell-kinds.ts
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
                return this.domain === 'number' ? kind === INTEGER : col.isInteger(i);
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
        if (scratch.values.length < n) {
            scratch.values = new Float64Array(n);
            scratch.kinds = new Uint8Array(n);
        }
        const { values, kinds } = scratch;
        if (domain === 'number')
            decodeNumbers(col, n, values, kinds);
        else if (domain === 'time')
            decodeTimes(col, n, c.type === 'date', values, kinds);
        else
            markNulls(col, n, values, kinds);
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
            if (kinds[i] !== NULL)
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
            if (kind === NULL)
                continue;
            const v = values[i];
            const ok = mode === 1 ? kind === INTEGER : mode === 2 ? v === v : mode === 3 ? false : this.typeOk(col, i, v, kind);
            if (ok)
                continue;
            kinds[i] = kind | TYPE_FAILED;
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
            if (kind === NULL || kind & TYPE_FAILED)
                continue;
            const v = values[i];
            if (kind === INTEGER && !(v <= Number.MAX_SAFE_INTEGER && v >= -Number.MAX_SAFE_INTEGER))
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
            if (kinds[i] === NULL)
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
        const { minLen, maxLen, regex } = this;
        const checkLength = minLen >= 0 || maxLen < Infinity;
        for (let i = 0; i < n; i++) {
            if (kinds[i] === NULL)
                continue;
            const text = (view ? col.textView(i) : col.text(i));
            if (regex !== undefined && !regex.test(text))
                this.pattern.addCell(batch, i, null, col);
            if (checkLength) {
                const len = codePoints(text);
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
            if (kinds[i] === NULL)
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


/***/ })

};
