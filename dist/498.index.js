export const id = 498;
export const ids = [498];
export const modules = {

/***/ 96475:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  b8: () => (/* binding */ DEFAULT_MAX_EXAMPLES),
  JJ: () => (/* binding */ DatasetValidator),
  vK: () => (/* binding */ hashRow),
  MP: () => (/* binding */ hashRows)
});

// EXTERNAL MODULE: ./src/io/hash.ts
var hash = __webpack_require__(34246);
// EXTERNAL MODULE: ./src/domain/validation/column-checker.ts + 1 modules
var column_checker = __webpack_require__(46865);
// EXTERNAL MODULE: ./src/domain/validation/findings.ts
var findings = __webpack_require__(79746);
// EXTERNAL MODULE: ./src/domain/validation/hash-set.ts
var hash_set = __webpack_require__(46521);
// EXTERNAL MODULE: ./src/domain/validation/distinct.ts
var distinct = __webpack_require__(21464);
;// CONCATENATED MODULE: ./src/domain/validation/duplicate-rows.ts

/**
 * The rows seen so far, as 64-bit row hashes, for the `duplicates` check. Two equal rows hold the
 * same value in every column, so when the dataset has a `unique` column (the key) whose value is a
 * canonical integer, the first row with each key keeps its hash in a slot for that key: a later row is
 * a repeat of it when its hash equals the slot's. A row whose slot holds another hash (the key repeats
 * but the row differs), and every row without a usable key, goes to a hash set. The slots are one
 * array read and written mostly in order (ids mostly grow), where a hash-set insert is a cache miss.
 * Each row is compared with every earlier row of its key either way, so the result is the hash set's.
 */
class DuplicateRows {
    keyed;
    others = new hash_set/* HashSet64 */.l();
    /** hi at 2 * k, lo at 2 * k + 1 for the key base + k; (0, 0) empty. */
    slots;
    base = 0;
    expected = 0;
    h = new Uint32Array(2);
    /** `keyed`: the dataset has a key column (the hash set then only holds the exceptions). */
    constructor(keyed) {
        this.keyed = keyed;
    }
    /** About `rows` rows in all will come. */
    reserve(rows) {
        this.expected = Math.max(this.expected, rows);
        if (!this.keyed)
            this.others.reserve(rows);
    }
    /** Adds the row with hash (hi, lo) whose key is `key` (NaN: none); true when no earlier row had this hash. */
    add(hi, lo, key) {
        if (hi === 0 && lo === 0)
            lo = 1;
        if (key === key) {
            let slots = this.slots;
            if (slots === undefined) {
                const size = Math.max(1 << 16, Math.ceil(this.expected * 1.05));
                // A little room below the first key, most of it above.
                this.base = key - (size >> 4);
                slots = this.slots = new Uint32Array(2 * size);
            }
            const k = key - this.base;
            if (k >= 0 && 2 * k < slots.length) {
                const sh = slots[2 * k];
                const sl = slots[2 * k + 1];
                if (sh === 0 && sl === 0) {
                    slots[2 * k] = hi;
                    slots[2 * k + 1] = lo;
                    return true;
                }
                if (sh === hi && sl === lo)
                    return false;
            }
        }
        this.h[0] = hi;
        this.h[1] = lo;
        return this.others.add(this.h);
    }
    /**
     * `add` for rows [0, n) in order: row r has hash (hi[r], lo[r]) and its key in `keys` (the key
     * column's unique keys; none when undefined). fresh[r] = 1 when row r was new.
     */
    addRows(hi, lo, keys, n, fresh) {
        if (keys === undefined) {
            this.others.addMany(hi, lo, 0, n, fresh);
            return;
        }
        for (let r = 0; r < n; r++)
            fresh[r] = this.add(hi[r], lo[r], keys.nulls[r] === 0 ? keys.ints[r] : NaN) ? 1 : 0;
    }
}

;// CONCATENATED MODULE: ./src/domain/validation/dataset-validator.ts






const DEFAULT_MAX_EXAMPLES = 5;
const keyId = (key) => JSON.stringify(key);
/**
 * Hashes the given columns of every row of a batch into hi[i], lo[i], column by column (a tight
 * loop per column). False when a column is missing from the batch.
 */
function hashRows(batch, names, hi, lo, scratch, acc) {
    const n = batch.length;
    hi.fill(0x12345678, 0, n);
    lo.fill(0x9abcdef0, 0, n);
    for (const name of names) {
        const col = batch.column(name);
        if (!col)
            return false;
        for (let i = 0; i < n; i++) {
            col.hash(i, scratch);
            acc[0] = hi[i];
            acc[1] = lo[i];
            (0,hash/* combineHash */.ej)(acc, scratch);
            hi[i] = acc[0];
            lo[i] = acc[1];
        }
    }
    return true;
}
/** Hashes the given columns of row i of a batch into `acc`. */
function hashRow(batch, names, i, acc, scratch) {
    acc[0] = 0x12345678;
    acc[1] = 0x9abcdef0;
    for (const name of names) {
        const col = batch.column(name);
        if (!col)
            return false;
        col.hash(i, scratch);
        (0,hash/* combineHash */.ej)(acc, scratch);
    }
    return true;
}
/**
 * All checks of one dataset (SPEC §3), fed file by file and batch by batch in one pass.
 * Pure: the caller reads the files (src/io) and hands over batches.
 */
class DatasetValidator {
    config;
    ctx;
    options;
    checkers = new Map();
    missing = new Map();
    unexpected = new Map();
    files = [];
    rows = 0;
    header = [];
    dupRows;
    /** The `unique` column whose values key the duplicate rows (see DuplicateRows). */
    dupKey;
    dupFailures;
    leakFailures;
    collected = new Map();
    acc = new Uint32Array(2);
    scratch = new Uint32Array(2);
    leakRows = 0;
    leakKeyMissing = false;
    constructor(config, ctx, options = {}) {
        this.config = config;
        this.ctx = ctx;
        this.options = options;
        for (const [name, cc] of Object.entries(config.columns ?? {}))
            this.checkers.set(name, new column_checker/* ColumnChecker */.q(name, cc, ctx));
        this.dupKey = Object.entries(config.columns ?? {}).find(([, cc]) => cc.unique === true)?.[0];
        if (config.duplicates !== undefined)
            this.dupRows = new DuplicateRows(this.dupKey !== undefined);
        this.dupFailures = new findings/* Failures */.oo(ctx.maxExamples);
        this.leakFailures = new findings/* Failures */.oo(ctx.maxExamples);
        for (const key of options.collectKeys ?? [])
            this.collected.set(keyId(key), { key, hashes: new hash_set/* HashSet64 */.l() });
    }
    /** A new file with this header; returns the columns to read from it. */
    startFile(file, header) {
        this.files.push(file);
        this.header = header;
        const present = new Set(header);
        const wanted = new Set();
        for (const [name, checker] of this.checkers) {
            if (present.has(name))
                wanted.add(name);
            else if (checker.config.required !== false)
                this.missing.set(name, [...(this.missing.get(name) ?? []), file]);
        }
        if (this.config.strict_columns) {
            const extra = header.filter((h) => !this.checkers.has(h));
            if (extra.length)
                this.unexpected.set(file, extra);
        }
        if (this.dupRows)
            for (const h of header)
                wanted.add(h);
        const leak = this.config.leakage;
        if (leak)
            for (const k of leak.key)
                if (present.has(k))
                    wanted.add(k);
        for (const { key } of this.collected.values())
            for (const k of key)
                if (present.has(k))
                    wanted.add(k);
        return header.filter((h) => wanted.has(h));
    }
    hi = new Uint32Array(0);
    lo = new Uint32Array(0);
    fresh = new Uint8Array(0);
    consume(batch) {
        const n = batch.length;
        this.rows += n;
        for (const col of batch.columns)
            this.checkers.get(col.name)?.consume(batch, col);
        if (this.hi.length < n) {
            this.hi = new Uint32Array(n);
            this.lo = new Uint32Array(n);
        }
        const { acc, scratch, hi, lo } = this;
        if (this.dupRows) {
            const names = this.header;
            const rowHash = batch.rowHash;
            if (!rowHash)
                hashRows(batch, names, hi, lo, scratch, acc);
            const keyCol = this.dupKey !== undefined ? batch.column(this.dupKey) : undefined;
            for (let i = 0; i < n; i++) {
                if (rowHash)
                    rowHash(i, acc);
                else {
                    acc[0] = hi[i];
                    acc[1] = lo[i];
                }
                const key = keyCol && !keyCol.isNull(i) ? (0,distinct/* uniqueInteger */.wF)(keyCol, i) : NaN;
                if (!this.dupRows.add(acc[0], acc[1], key))
                    this.dupFailures.addLazy(() => (0,findings/* exampleAt */.Ez)(batch, i, rowText(batch, names, i)));
            }
        }
        const leak = this.config.leakage;
        const target = this.options.leakageTarget;
        if (leak && target) {
            if (!hashRows(batch, leak.key, hi, lo, scratch, acc))
                this.leakKeyMissing = true;
            else {
                this.leakRows += n;
                for (let i = 0; i < n; i++) {
                    acc[0] = hi[i];
                    acc[1] = lo[i];
                    if (target.hashes.has(acc))
                        this.leakFailures.addLazy(() => (0,findings/* exampleAt */.Ez)(batch, i, rowText(batch, leak.key, i)));
                }
            }
        }
        for (const set of this.collected.values()) {
            if (!hashRows(batch, set.key, hi, lo, scratch, acc))
                continue;
            for (let i = 0; i < n; i++) {
                acc[0] = hi[i];
                acc[1] = lo[i];
                set.hashes.add(acc);
            }
        }
    }
    /** True when the dataset can be read by parallel workers (leakage needs per-row keys: read in one thread). */
    get parallelizable() {
        return this.config.leakage === undefined && this.collected.size === 0;
    }
    /** The column config a worker's checkers use: all checks but `unique` (done here from hashes). */
    workerColumns() {
        const out = {};
        for (const [name, checker] of this.checkers)
            out[name] = { ...checker.config, unique: undefined };
        return out;
    }
    uniqueColumns() {
        return [...this.checkers.values()].filter((c) => c.config.unique === true).map((c) => c.name);
    }
    get checksDuplicates() {
        return this.dupRows !== undefined;
    }
    /** About `rows` more rows will come: sizes the hash sets of uniqueness and duplicate rows once. */
    expectRows(rows) {
        this.dupRows?.reserve(this.rows + rows);
        for (const checker of this.checkers.values())
            checker.expectRows(rows);
    }
    /** Folds in one chunk computed by a worker (chunks must come in file order). */
    absorbChunk(file, c, decode) {
        this.rows += c.rows;
        const at = (r) => (c.rowOffset === undefined ? { line: c.lines[r] } : { row: c.rowOffset + r });
        for (const [name, state] of Object.entries(c.states))
            this.checkers.get(name)?.absorb(state);
        if (this.fresh.length < c.rows)
            this.fresh = new Uint8Array(c.rows);
        const fresh = this.fresh;
        for (const [name, u] of Object.entries(c.unique)) {
            const checker = this.checkers.get(name);
            if (!checker)
                continue;
            checker.observeUniqueRows(u, c.rows, fresh);
            for (let r = 0; r < c.rows; r++) {
                if (fresh[r] || u.nulls[r])
                    continue;
                checker.addRepeat(() => ({ file, ...at(r), value: (0,findings/* shortValue */.wm)(decode.field(r, name)) }));
            }
        }
        if (this.dupRows && c.rowHashes) {
            this.dupRows.addRows(c.rowHashes.hi, c.rowHashes.lo, this.dupKey !== undefined ? c.unique[this.dupKey] : undefined, c.rows, fresh);
            for (let r = 0; r < c.rows; r++) {
                if (!fresh[r])
                    this.dupFailures.addLazy(() => ({ file, ...at(r), value: decode.record(r) }));
            }
        }
    }
    /** Key sets collected for other datasets' leakage checks. */
    keySets() {
        return [...this.collected.values()];
    }
    finish() {
        const cfg = this.config;
        const checks = [];
        const rowsCfg = cfg.rows;
        const rowsSeverity = rowsCfg?.severity ?? 'error';
        const min = rowsCfg?.min ?? 1;
        const max = rowsCfg?.max;
        const rowsFailed = this.rows < min || (max !== undefined && this.rows > max);
        checks.push((0,findings/* finding */.gk)({ check: 'rows', severity: rowsSeverity, failed: rowsFailed, failing: 0, total: 0, observed: this.rows, expected: { min, ...(max !== undefined ? { max } : {}) }, ...(this.rows === 0 ? { message: 'the dataset has no data rows' } : {}) }));
        for (const [name, checker] of this.checkers) {
            const missingIn = this.missing.get(name);
            if (missingIn) {
                checks.push((0,findings/* finding */.gk)({ column: name, check: 'required', severity: checker.config.severity ?? 'error', failed: true, failing: missingIn.length, total: this.files.length, observed: `missing in ${missingIn.length} of ${this.files.length} file${this.files.length === 1 ? '' : 's'}`, expected: 'present', examples: missingIn.slice(0, this.ctx.maxExamples).map((file) => ({ file, line: 1, value: null })) }));
                if (missingIn.length === this.files.length) {
                    checks.push(...checker.skippedResults(`column "${name}" is missing`));
                    continue;
                }
            }
            checks.push(...checker.results());
        }
        if (cfg.strict_columns) {
            const names = [...new Set([...this.unexpected.values()].flat())];
            checks.push((0,findings/* finding */.gk)({ check: 'strict_columns', severity: 'error', failed: names.length > 0, failing: names.length, total: 0, observed: names, expected: 'only the configured columns', examples: [...this.unexpected.entries()].slice(0, this.ctx.maxExamples).map(([file, cols]) => ({ file, line: 1, value: cols.join(', ') })) }));
        }
        if (cfg.duplicates !== undefined) {
            const maxFraction = typeof cfg.duplicates === 'number' ? cfg.duplicates : cfg.duplicates.max_fraction;
            const severity = typeof cfg.duplicates === 'number' ? 'error' : (cfg.duplicates.severity ?? 'error');
            const frac = this.rows > 0 ? this.dupFailures.count / this.rows : 0;
            checks.push((0,findings/* finding */.gk)({ check: 'duplicates', severity, failed: frac > maxFraction, failing: this.dupFailures.count, total: this.rows, observed: Number(frac.toPrecision(6)), expected: { max_fraction: maxFraction }, examples: this.dupFailures.examples }));
        }
        const leak = cfg.leakage;
        if (leak) {
            const severity = leak.severity ?? 'error';
            const maxFraction = leak.max_fraction ?? 0;
            if (this.leakKeyMissing || !this.options.leakageTarget) {
                checks.push({ check: 'leakage', severity, status: 'skipped', observed: null, expected: { against: leak.against, key: leak.key }, failing: 0, fraction: 0, examples: [], message: this.leakKeyMissing ? `key column(s) ${leak.key.join(', ')} missing` : `dataset "${leak.against}" was not read` });
            }
            else {
                const frac = this.leakRows > 0 ? this.leakFailures.count / this.leakRows : 0;
                checks.push((0,findings/* finding */.gk)({ check: 'leakage', severity, failed: frac > maxFraction, failing: this.leakFailures.count, total: this.leakRows, observed: `${this.leakFailures.count} row${this.leakFailures.count === 1 ? '' : 's'} share a ${leak.key.join('+')} with ${leak.against}`, expected: { against: leak.against, key: leak.key, max_fraction: maxFraction }, examples: this.leakFailures.examples }));
            }
        }
        return { name: cfg.name, files: this.files, rows: this.rows, checks };
    }
}
function rowText(batch, names, i) {
    const out = {};
    for (const n of names)
        out[n] = batch.column(n)?.text(i) ?? null;
    return out;
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

/***/ 61597:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ parseIsoString),
/* harmony export */   y: () => (/* binding */ parseIsoBytes)
/* harmony export */ });
/**
 * ISO 8601 dates and datetimes parsed from bytes (no regex, no string): `YYYY-MM-DD`, then optionally
 * `T` or a space, `HH:MM[:SS[.fraction]]`, and `Z` or `±HH[:MM]`. No zone means UTC. Returns epoch
 * milliseconds, or NaN when the text is not one (including impossible days such as 2023-02-30).
 */
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeap = (y) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
/** Days from 1970-01-01 to y-m-d (proleptic Gregorian). */
function daysFromCivil(y, m, d) {
    const yy = m <= 2 ? y - 1 : y;
    const era = Math.floor(yy / 400);
    const yoe = yy - era * 400;
    const mp = (m + 9) % 12;
    const doy = Math.floor((153 * mp + 2) / 5) + d - 1;
    const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
    return era * 146097 + doe - 719468;
}
/** Days from Jan 1 to the first of month m (1-12), non-leap years at m, leap years at m + 12. */
const MONTH_START = new Int32Array(25);
for (let m = 2, a = 0, b = 0; m <= 12; m++) {
    a += MONTH_DAYS[m - 2];
    b += m === 3 ? 29 : MONTH_DAYS[m - 2];
    MONTH_START[m] = a;
    MONTH_START[m + 12] = b;
}
/** Days from 1970-01-01 to Jan 1 of each year 0-9999 (four-digit years), filled on first use. */
let yearStarts;
function yearStart(y) {
    if (yearStarts === undefined) {
        yearStarts = new Float64Array(10000);
        for (let k = 0; k < 10000; k++)
            yearStarts[k] = daysFromCivil(k, 1, 1);
    }
    return yearStarts[y];
}
function digits(b, p, n) {
    let v = 0;
    for (let k = 0; k < n; k++) {
        const c = b[p + k] - 48;
        if (c < 0 || c > 9)
            return -1;
        v = v * 10 + c;
    }
    return v;
}
function parseIsoBytes(b, start, end, dateOnly) {
    while (start < end && (b[start] === 32 || b[start] === 9))
        start++;
    while (end > start && (b[end - 1] === 32 || b[end - 1] === 9))
        end--;
    if (end - start < 10 || b[start + 4] !== 45 || b[start + 7] !== 45)
        return NaN;
    const y = digits(b, start, 4);
    const mo = digits(b, start + 5, 2);
    const d = digits(b, start + 8, 2);
    if (y < 0 || mo < 1 || mo > 12 || d < 1)
        return NaN;
    if (d > (mo === 2 && isLeap(y) ? 29 : MONTH_DAYS[mo - 1]))
        return NaN;
    let t = (yearStart(y) + MONTH_START[isLeap(y) ? mo + 12 : mo] + d - 1) * 86_400_000;
    let p = start + 10;
    if (p === end)
        return t;
    if (dateOnly)
        return NaN;
    const sep = b[p];
    if (sep !== 84 && sep !== 116 && sep !== 32)
        return NaN;
    p++;
    if (end - p < 5 || b[p + 2] !== 58)
        return NaN;
    const h = digits(b, p, 2);
    const mi = digits(b, p + 3, 2);
    if (h < 0 || h > 23 || mi < 0 || mi > 59)
        return NaN;
    t += h * 3_600_000 + mi * 60_000;
    p += 5;
    if (p < end && b[p] === 58) {
        const s = digits(b, p + 1, 2);
        if (s < 0 || s > 60 || p + 3 > end)
            return NaN;
        t += s * 1000;
        p += 3;
        if (p < end && (b[p] === 46 || b[p] === 44)) {
            p++;
            let scale = 100;
            let n = 0;
            while (p < end && b[p] >= 48 && b[p] <= 57) {
                t += (b[p] - 48) * scale;
                scale /= 10;
                p++;
                n++;
            }
            if (n === 0)
                return NaN;
        }
    }
    if (p < end && b[p] === 32)
        p++;
    if (p === end)
        return t;
    const z = b[p];
    if ((z === 90 || z === 122) && p + 1 === end)
        return t;
    if (z !== 43 && z !== 45)
        return NaN;
    const oh = digits(b, p + 1, 2);
    if (oh < 0 || oh > 23)
        return NaN;
    p += 3;
    let om = 0;
    if (p < end) {
        if (b[p] === 58)
            p++;
        om = digits(b, p, 2);
        if (om < 0 || om > 59 || p + 2 !== end)
            return NaN;
    }
    const offset = (oh * 60 + om) * 60_000;
    return z === 43 ? t - offset : t + offset;
}
/** Same over a string (JSON Lines values, config bounds). */
const encoder = new TextEncoder();
function parseIsoString(s, dateOnly) {
    const b = encoder.encode(s);
    return parseIsoBytes(b, 0, b.length, dateOnly);
}


/***/ }),

/***/ 98858:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Wl: () => (/* binding */ TextSet),
/* harmony export */   YB: () => (/* binding */ shortKeyOfBytes)
/* harmony export */ });
/* unused harmony export SHORT_KEY_BYTES */
/* harmony import */ var _io_hash_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(34246);
/* harmony import */ var _hash_set_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(46521);


/** Bytes a short key holds: six bytes and the length fit exactly in a double's 53 bits. */
const SHORT_KEY_BYTES = 6;
/**
 * The short key of the bytes b[start, end): the bytes and their count packed into one exact integer
 * (>= 0) when there are at most SHORT_KEY_BYTES of them, -1 when there are more.
 */
function shortKeyOfBytes(b, start, end) {
    const n = end - start;
    if (n > SHORT_KEY_BYTES)
        return -1;
    let key = n;
    for (let p = start; p < end; p++)
        key = key * 256 + b[p];
    return key;
}
/**
 * A set of texts that cells are tested against (`in`, `not_in`, the boolean spellings). A cell is
 * compared by its short key when its column gives one (`Column.shortKey`: a few loads and compares),
 * otherwise by the 64-bit hash of its text (as uniqueness does; see src/io/hash.ts).
 */
class TextSet {
    hashes = new _hash_set_js__WEBPACK_IMPORTED_MODULE_1__/* .HashSet64 */ .l();
    keys;
    keySet;
    /** Every text is short: a cell whose text is long is in no set. */
    allShort;
    h = new Uint32Array(2);
    constructor(texts) {
        const keys = [];
        for (const t of texts) {
            (0,_io_hash_js__WEBPACK_IMPORTED_MODULE_0__/* .hashString */ .YZ)(t, this.h);
            this.hashes.add(this.h);
            const bytes = Buffer.from(t, 'utf8');
            const key = shortKeyOfBytes(bytes, 0, bytes.length);
            if (key >= 0)
                keys.push(key);
        }
        this.allShort = texts.every((t) => Buffer.byteLength(t, 'utf8') <= SHORT_KEY_BYTES);
        this.keys = Float64Array.from(keys);
        // A scan of a few keys beats a Set; many keys go in one.
        this.keySet = keys.length > 16 ? new Set(keys) : undefined;
    }
    /** Whether cell i (not null) of `col` is one of the texts. */
    hasCell(col, i) {
        if (col.shortKey !== undefined) {
            const key = col.shortKey(i);
            if (key >= 0) {
                if (this.keySet !== undefined)
                    return this.keySet.has(key);
                const keys = this.keys;
                for (let k = 0; k < keys.length; k++)
                    if (keys[k] === key)
                        return true;
                return false;
            }
            if (key === -1 && this.allShort)
                return false;
        }
        // Only text, integers and booleans hash as their text (see Column.hash)
        const k = col.kind;
        if (k === 'text' || k === 'string' || k === 'integer' || k === 'boolean')
            col.hash(i, this.h);
        else
            (0,_io_hash_js__WEBPACK_IMPORTED_MODULE_0__/* .hashString */ .YZ)(col.text(i), this.h);
        return this.hashes.has(this.h);
    }
}


/***/ }),

/***/ 18529:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ fileChunks),
/* harmony export */   U: () => (/* binding */ describeReadError)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _domain_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(10241);



/** Reads a file as Buffers of ~1 MiB, gunzipping when `gzip`; errors name the file. */
async function* fileChunks(file, displayName, gzip, chunkBytes = 1 << 20) {
    const raw = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(file, { highWaterMark: chunkBytes });
    const stream = gzip ? raw.pipe((0,node_zlib__WEBPACK_IMPORTED_MODULE_1__.createGunzip)({ chunkSize: chunkBytes })) : raw;
    if (gzip)
        raw.on('error', (e) => stream.destroy(e));
    try {
        for await (const chunk of stream)
            yield chunk;
    }
    catch (error) {
        throw describeReadError(error, displayName, gzip);
    }
    finally {
        raw.destroy();
        if (stream !== raw)
            stream.destroy();
    }
}
function describeReadError(error, displayName, gzip = false) {
    const e = error;
    if (e.code === 'ENOENT')
        return (0,_domain_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)(`file not found`, { file: displayName }, error);
    if (e.code === 'EISDIR')
        return (0,_domain_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)(`is a directory, expected a data file`, { file: displayName }, error);
    if (e.code === 'EACCES')
        return (0,_domain_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)(`permission denied`, { file: displayName }, error);
    if (gzip && typeof e.code === 'string' && e.code.startsWith('Z_'))
        return (0,_domain_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)(`not valid gzip data (${e.message}); expected a gzip-compressed file because the name ends in .gz`, { file: displayName }, error);
    return (0,_domain_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)(`cannot read: ${e.message}`, { file: displayName }, error);
}


/***/ }),

/***/ 34246:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D5: () => (/* binding */ hashInteger),
/* harmony export */   G_: () => (/* binding */ hashDouble),
/* harmony export */   Vt: () => (/* binding */ hashRecordBytes),
/* harmony export */   YZ: () => (/* binding */ hashString),
/* harmony export */   du: () => (/* binding */ viewOf),
/* harmony export */   ej: () => (/* binding */ combineHash),
/* harmony export */   sT: () => (/* binding */ fmix32),
/* harmony export */   yK: () => (/* binding */ hashNull),
/* harmony export */   yi: () => (/* binding */ hashBytes)
/* harmony export */ });
/**
 * A 64-bit hash of UTF-8 bytes as two independent 32-bit lanes (FNV-1a and a multiply-xorshift
 * lane, each finalised with murmur3's fmix32). Used by uniqueness, duplicate and leakage checks,
 * which store hashes in typed arrays instead of strings (a JS Set fails past 2^24 entries).
 *
 * Collisions: two different values share a hash with probability ~2^-64 per pair, so a check over n
 * distinct values reports a false duplicate with probability about n^2 / 2^65 (1M values: 3e-8,
 * 10M: 3e-6). Values are not re-checked exactly; the examples show the colliding values.
 */
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const LANE2_SEED = 0x9747b28c;
const LANE2_MUL = 0x5bd1e995;
function fmix32(h) {
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
    return h >>> 0;
}
/** Null hashes to this (a length no byte string has). */
function hashNull(out) {
    out[0] = 0x6e756c6c;
    out[1] = fmix32(0xffffffff);
}
/**
 * Hashes b[start, end). With `unescapeQuotes`, each `""` pair counts as one `"` (a quoted CSV field
 * hashes like its unquoted text).
 */
function hashBytes(b, start, end, unescapeQuotes, out) {
    let h1 = FNV_OFFSET;
    let h2 = LANE2_SEED;
    let n = 0;
    for (let p = start; p < end; p++) {
        const c = b[p];
        if (unescapeQuotes && c === 34)
            p++;
        h1 = Math.imul(h1 ^ c, FNV_PRIME);
        h2 = Math.imul(h2 ^ c, LANE2_MUL);
        h2 ^= h2 >>> 15;
        n++;
    }
    out[0] = fmix32(h1 ^ n);
    out[1] = fmix32(h2 ^ Math.imul(n, 0x27d4eb2d));
}
/** Same hash as `hashBytes` over the UTF-8 encoding of `s`. */
function hashString(s, out) {
    let h1 = FNV_OFFSET;
    let h2 = LANE2_SEED;
    const n = s.length;
    for (let i = 0; i < n; i++) {
        const c = s.charCodeAt(i);
        if (c >= 0x80) {
            const bytes = Buffer.from(s, 'utf8');
            hashBytes(bytes, 0, bytes.length, false, out);
            return;
        }
        h1 = Math.imul(h1 ^ c, FNV_PRIME);
        h2 = Math.imul(h2 ^ c, LANE2_MUL);
        h2 ^= h2 >>> 15;
    }
    out[0] = fmix32(h1 ^ n);
    out[1] = fmix32(h2 ^ Math.imul(n, 0x27d4eb2d));
}
/** Folds hash `h` into the running combination `acc` (order-sensitive), for multi-column keys and whole rows. */
function combineHash(acc, h) {
    acc[0] = fmix32((Math.imul(acc[0], 31) ^ h[0]) >>> 0);
    acc[1] = fmix32((Math.imul(acc[1], 0x01000193) + h[1]) >>> 0);
}
const digitScratch = new Uint8Array(24);
/** Same as `hashString(String(n))` for a safe integer, without building the string. */
function hashInteger(n, out) {
    let p = digitScratch.length;
    let v = Math.abs(n);
    do {
        const q = Math.floor(v / 10);
        digitScratch[--p] = 48 + (v - q * 10);
        v = q;
    } while (v > 0);
    if (n < 0)
        digitScratch[--p] = 45;
    hashBytes(digitScratch, p, digitScratch.length, false, out);
}
const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
/** A double hashed by its binary value (for non-integral numbers: no string is built). */
function hashDouble(x, out) {
    f64[0] = x === 0 ? 0 : x;
    out[0] = fmix32(u32[0] ^ 0x3c6ef372);
    out[1] = fmix32(u32[1] ^ Math.imul(u32[0], 0x85ebca6b));
}
/** A DataView over the same bytes as `b` (offsets into `b` are offsets into it), for `hashRecordBytes`. */
function viewOf(b) {
    return new DataView(b.buffer, b.byteOffset, b.byteLength);
}
/**
 * A faster 64-bit hash of b[start, end) for whole records (duplicate rows), four bytes at a time
 * (murmur3-style lanes; `view` is `viewOf(b)`, one little-endian load per four bytes). Not equal
 * to `hashBytes`: only compare it with itself.
 */
function hashRecordBytes(b, view, start, end, out) {
    let h1 = 0x9747b28c ^ (end - start);
    let h2 = 0x85ebca6b ^ (end - start);
    let p = start;
    for (; p + 4 <= end; p += 4) {
        let k = view.getInt32(p, true);
        k = Math.imul(k, 0xcc9e2d51);
        k = (k << 15) | (k >>> 17);
        k = Math.imul(k, 0x1b873593);
        h1 ^= k;
        h1 = (h1 << 13) | (h1 >>> 19);
        h1 = (Math.imul(h1, 5) + 0xe6546b64) | 0;
        h2 = (Math.imul(h2 ^ k, 0x01000193) + 0x7f4a7c15) | 0;
    }
    let k = 0;
    for (let s = 0; p < end; p++, s += 8)
        k |= b[p] << s;
    k = Math.imul(k, 0xcc9e2d51);
    k = (k << 15) | (k >>> 17);
    h1 ^= Math.imul(k, 0x1b873593);
    h2 = Math.imul(h2 ^ k, 0x01000193);
    out[0] = fmix32(h1);
    out[1] = fmix32(h2 ^ h1);
}


/***/ }),

/***/ 4076:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ ParquetSource)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _domain_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(10241);
/* harmony import */ var _byte_stream_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(18529);



/** hyparquet and the page decoders (~450 KB of code), loaded with the first Parquet file: reading CSV does not pay for them. */
const hyparquet = () => Promise.all(/* import() */[__webpack_require__.e(503), __webpack_require__.e(771)]).then(__webpack_require__.bind(__webpack_require__, 2771));
const fileReader = () => Promise.all(/* import() */[__webpack_require__.e(503), __webpack_require__.e(304), __webpack_require__.e(867)]).then(__webpack_require__.bind(__webpack_require__, 28867));
/** Parquet via hyparquet (pure JS; metadata, nested columns, page decoding primitives), every standard codec. Reads only the requested columns, row group by row group. */
class ParquetSource {
    path;
    file;
    format = 'parquet';
    metadata;
    constructor(path, file) {
        this.path = path;
        this.file = file;
    }
    async withFile(fn) {
        let handle;
        try {
            handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(this.path, 'r');
        }
        catch (error) {
            throw (0,_byte_stream_js__WEBPACK_IMPORTED_MODULE_2__/* .describeReadError */ .U)(error, this.file);
        }
        try {
            const { size } = await handle.stat();
            const buffer = handleBuffer(handle, size);
            return await fn(buffer);
        }
        catch (error) {
            if (error instanceof _domain_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .MlgateError */ .Bf)
                throw error;
            throw this.corrupt(error);
        }
        finally {
            await handle.close();
        }
    }
    /** The input error for a failure to read this file (an MlgateError as it is). */
    corrupt(error) {
        if (error instanceof _domain_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .MlgateError */ .Bf)
            return error;
        const message = error instanceof Error ? error.message : String(error);
        return (0,_domain_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)(`cannot read Parquet: ${message} (the file is truncated, corrupt or not Parquet)`, { file: this.file }, error);
    }
    async meta(buffer) {
        if (buffer.byteLength < 12)
            throw (0,_domain_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)(`not a Parquet file: ${buffer.byteLength} bytes, expected at least 12 (PAR1 header and footer)`, { file: this.file });
        this.metadata ??= await (await hyparquet()).parquetMetadataAsync(buffer);
        return this.metadata;
    }
    async footer() {
        return this.metadata ?? (await this.withFile((b) => this.meta(b)));
    }
    async columnNames() {
        const footer = await this.footer();
        return (await hyparquet()).parquetSchema(footer).children.map((c) => c.element.name);
    }
    async knownRowCount() {
        return Number((await this.footer()).num_rows);
    }
    /** The data's size uncompressed, from the footer (what reading it costs, roughly). */
    async uncompressedBytes() {
        return (await this.footer()).row_groups.reduce((sum, g) => sum + Number(g.total_byte_size), 0);
    }
    /** Row index of the first row of each row group, and the number of rows. */
    async rowGroupStarts() {
        const footer = await this.footer();
        return (await fileReader()).groupStarts(footer);
    }
    async *batches(options = {}) {
        const all = await this.columnNames();
        const wanted = options.columns ? options.columns.filter((c) => all.includes(c)) : all;
        // The file must stay open across yields, so this generator closes it itself.
        const { reader, close } = await this.open(wanted);
        try {
            yield* this.read(reader, options.batchRows ?? 131_072);
        }
        finally {
            await close();
        }
    }
    /** Row group by row group, batches of at most `batchRows` rows. */
    async *read(reader, batchRows) {
        const starts = reader.groupStarts();
        for (let g = 0; g + 1 < starts.length; g++) {
            const groupRows = starts[g + 1] - starts[g];
            try {
                const group = reader.rowGroup(g, starts[g]);
                for (let start = 0; start < groupRows; start += batchRows) {
                    const n = Math.min(batchRows, groupRows - start);
                    const rowOffset = group.position;
                    const columns = await group.take(n);
                    const index = new Map(columns.map((c) => [c.name, c]));
                    yield { file: this.file, length: n, rowOffset, columns, column: (c) => index.get(c), line: () => undefined };
                }
                await group.finish();
            }
            catch (error) {
                throw this.corrupt(error);
            }
        }
    }
    /** Opens the file for reading `wanted` columns (worker threads read row groups through this). */
    async open(wanted) {
        let handle;
        try {
            handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(this.path, 'r');
        }
        catch (error) {
            throw (0,_byte_stream_js__WEBPACK_IMPORTED_MODULE_2__/* .describeReadError */ .U)(error, this.file);
        }
        try {
            const buffer = handleBuffer(handle, (await handle.stat()).size);
            const md = await this.meta(buffer);
            const { ParquetFileReader } = await fileReader();
            return { reader: await ParquetFileReader.open(buffer, md, wanted, columnKind), close: () => handle.close() };
        }
        catch (error) {
            await handle.close();
            throw this.corrupt(error);
        }
    }
}
/** A repeated field (a list in parquet-protobuf's layout) holds lists, as groups do. */
function columnKind(tree) {
    return kindOf(tree.element, tree.children.length > 0 || tree.element.repetition_type === 'REPEATED');
}
function kindOf(e, nested) {
    if (nested)
        return 'json';
    const logical = e.logical_type?.type;
    if (logical === 'TIMESTAMP' || logical === 'DATE' || e.converted_type === 'TIMESTAMP_MILLIS' || e.converted_type === 'TIMESTAMP_MICROS' || e.converted_type === 'DATE')
        return 'timestamp';
    if (logical === 'STRING' || e.converted_type === 'UTF8' || logical === 'ENUM' || e.converted_type === 'ENUM')
        return 'string';
    if (logical === 'DECIMAL' || e.converted_type === 'DECIMAL')
        return 'number';
    switch (e.type) {
        case 'BOOLEAN':
            return 'boolean';
        case 'INT32':
        case 'INT64':
            return 'integer';
        case 'FLOAT':
        case 'DOUBLE':
            return 'number';
        case 'INT96':
            return 'timestamp';
        default:
            return 'json';
    }
}
function handleBuffer(handle, size) {
    return {
        byteLength: size,
        async slice(start, end) {
            const stop = Math.min(end ?? size, size);
            const out = new Uint8Array(Math.max(0, stop - start));
            let done = 0;
            while (done < out.length) {
                const { bytesRead } = await handle.read(out, done, out.length - done, start + done);
                if (bytesRead === 0)
                    break;
                done += bytesRead;
            }
            return out.buffer;
        },
    };
}


/***/ }),

/***/ 20241:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PARQUET_WORKER_TAG: () => (/* binding */ PARQUET_WORKER_TAG),
/* harmony export */   summarize: () => (/* binding */ summarize)
/* harmony export */ });
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(75919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _domain_validation_column_checker_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(46865);
/* harmony import */ var _domain_validation_distinct_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(21464);
/* harmony import */ var _domain_validation_dataset_validator_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(96475);
/* harmony import */ var _parquet_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4076);





/** Marks a worker thread started by src/io/parquet/parallel.ts. */
const PARQUET_WORKER_TAG = 'mlgate-parquet-worker';
/** The column checks of one batch, and the hashes uniqueness and duplicate detection need in data order. */
function summarize(job, batch) {
    const rows = batch.length;
    const ctx = { now: job.now, maxExamples: job.maxExamples };
    const states = {};
    for (const col of batch.columns) {
        const config = job.columns[col.name];
        if (!config)
            continue;
        const checker = new _domain_validation_column_checker_js__WEBPACK_IMPORTED_MODULE_1__/* .ColumnChecker */ .q(col.name, config, ctx);
        checker.consume(batch, col);
        states[col.name] = checker.state();
    }
    const h = new Uint32Array(2);
    const unique = {};
    for (const name of job.unique) {
        const col = batch.column(name);
        if (!col)
            continue;
        const u = (0,_domain_validation_distinct_js__WEBPACK_IMPORTED_MODULE_2__/* .uniqueKeys */ .ij)(rows);
        (0,_domain_validation_distinct_js__WEBPACK_IMPORTED_MODULE_2__/* .fillUniqueKeys */ .ld)(col, rows, u, 0, h);
        unique[name] = u;
    }
    let rowHashes;
    if (job.rowHashes) {
        rowHashes = { hi: new Uint32Array(rows), lo: new Uint32Array(rows) };
        (0,_domain_validation_dataset_validator_js__WEBPACK_IMPORTED_MODULE_3__/* .hashRows */ .MP)(batch, job.header, rowHashes.hi, rowHashes.lo, h, new Uint32Array(2));
    }
    return { rows, lines: new Float64Array(0), rowOffset: batch.rowOffset, states, unique, ...(rowHashes ? { rowHashes } : {}) };
}
/** Reads the tasks' rows; a task continuing where the last one of this worker stopped reads on, another skips to its start. */
class TaskRunner {
    job;
    reader;
    group;
    constructor(job, reader) {
        this.job = job;
        this.reader = reader;
    }
    async run(task) {
        const rowStart = task.groupStart + task.start;
        if (this.group?.group !== task.group || this.group.position > rowStart)
            this.group = this.reader.rowGroup(task.group, task.groupStart);
        const group = this.group;
        if (group.position < rowStart)
            await group.skip(rowStart - group.position);
        const data = await group.takeData(task.rows);
        if (group.position === this.reader.groupStarts()[task.group + 1])
            await group.finish();
        const columns = group.columns(data);
        const index = new Map(columns.map((c) => [c.name, c]));
        const batch = { file: this.job.file, length: task.rows, rowOffset: rowStart, columns, column: (n) => index.get(n), line: () => undefined };
        // The data sent is copied (structured clone), so pages shared with the next task stay intact here.
        return { summary: summarize(this.job, batch), columns: data.filter((d) => this.job.send.includes(d.name)) };
    }
}
function transferables(reply) {
    if (!reply.ok)
        return [];
    const s = reply.summary;
    const out = new Set();
    for (const u of Object.values(s.unique))
        for (const a of [u.ints, u.hi, u.lo, u.nulls])
            out.add(a.buffer);
    if (s.rowHashes)
        for (const a of [s.rowHashes.hi, s.rowHashes.lo])
            out.add(a.buffer);
    return [...out];
}
if (!node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.isMainThread && node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.parentPort && node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.workerData?.tag === PARQUET_WORKER_TAG) {
    const port = node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.parentPort;
    let source;
    let runner;
    // Tasks run one after the other: each awaits file reads, and the next must not start meanwhile.
    let queue = Promise.resolve();
    port.on('message', (msg) => {
        if (msg.kind === 'job') {
            source = new _parquet_js__WEBPACK_IMPORTED_MODULE_4__/* .ParquetSource */ .W(msg.job.path, msg.job.file);
            const job = msg.job;
            runner = source.open(job.wanted).then(({ reader }) => new TaskRunner(job, reader));
            return;
        }
        const { task } = msg;
        const [file, tasks] = [source, runner];
        queue = queue.then(async () => {
            let reply;
            try {
                reply = { id: task.id, ok: true, ...(await (await tasks).run(task)) };
            }
            catch (error) {
                reply = { id: task.id, ok: false, message: file.corrupt(error).message };
            }
            port.postMessage(reply, transferables(reply));
        });
    });
}


/***/ })

};
