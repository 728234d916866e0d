export const id = 6246;
export const ids = [6246];
export const modules = {

/***/ 68867:
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

/***/ 21464:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jb: () => (/* binding */ DistinctValues),
/* harmony export */   YK: () => (/* binding */ canonicalIntegerText),
/* harmony export */   ij: () => (/* binding */ uniqueKeys),
/* harmony export */   ld: () => (/* binding */ fillUniqueKeys),
/* harmony export */   wF: () => (/* binding */ uniqueInteger)
/* harmony export */ });
/* harmony import */ var _table_hash_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(68867);
/* harmony import */ var _hash_set_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(46521);


/**
 * The distinct values of a `unique` column seen so far. A value whose text is a canonical integer
 * (`0` or `-?[1-9][0-9]{0,14}`: one text per integer) is kept as one bit in a window of integers fixed
 * by the first one seen, the common case of ids, where a hash-set insert is a cache miss; every other
 * value, and integers outside the window, is kept as the 64-bit hash of its text (`HashSet64`). An
 * integer outside the window hashes exactly as its text would, so two texts are the same value here
 * exactly when they are equal, whichever way each went.
 */
class DistinctValues {
    hashes = new _hash_set_js__WEBPACK_IMPORTED_MODULE_1__/* .HashSet64 */ .l();
    bits;
    base = 0;
    expected = 0;
    h = new Uint32Array(2);
    /** About `count` values in all will come (sizes the integer window and the hash set once). */
    reserve(count) {
        this.expected = Math.max(this.expected, count);
    }
    /** Adds the canonical integer v; true when it was not there yet. */
    addInteger(v) {
        let bits = this.bits;
        if (bits === undefined) {
            const size = windowBits(this.expected);
            // A little room below the first id, most of it above (ids mostly grow).
            this.base = v - size / 16;
            bits = this.bits = new Int32Array(size >>> 5);
        }
        const k = v - this.base;
        if (k >= 0 && k < bits.length * 32) {
            const word = k >>> 5;
            const mask = 1 << (k & 31);
            const had = bits[word] & mask;
            bits[word] = bits[word] | mask;
            return had === 0;
        }
        (0,_table_hash_js__WEBPACK_IMPORTED_MODULE_0__/* .hashInteger */ .D5)(v, this.h);
        return this.hashes.add(this.h);
    }
    /** Adds the value with this text hash (not a canonical integer); true when it was not there yet. */
    addHash(h) {
        return this.hashes.add(h);
    }
    /**
     * Adds the values of rows [0, n) in order: ints[r] when not NaN, else the hash (hi[r], lo[r]);
     * null rows (nulls[r] = 1) are skipped. fresh[r] = 1 when row r's value was new (0 for nulls).
     */
    addRows(keys, n, fresh) {
        const { ints, hi, lo, nulls } = keys;
        let hashed = 0;
        for (let r = 0; r < n; r++)
            if (nulls[r] === 0 && Number.isNaN(ints[r]))
                hashed++;
        for (let r = 0; r < n; r++) {
            const v = ints[r];
            fresh[r] = nulls[r] === 0 && v === v && this.addInteger(v) ? 1 : 0;
        }
        if (hashed === 0)
            return;
        if (this.hashes.size === 0 && this.expected > 0)
            this.hashes.reserve(Math.ceil((this.expected * hashed) / n));
        // The hashed rows go through addMany, whose cache misses overlap.
        const rows = new Int32Array(hashed);
        const hh = new Uint32Array(hashed);
        const hl = new Uint32Array(hashed);
        for (let r = 0, k = 0; r < n; r++) {
            if (nulls[r] !== 0 || !Number.isNaN(ints[r]))
                continue;
            rows[k] = r;
            hh[k] = hi[r];
            hl[k++] = lo[r];
        }
        const isNew = new Uint8Array(hashed);
        this.hashes.addMany(hh, hl, 0, hashed, isNew);
        for (let k = 0; k < hashed; k++)
            fresh[rows[k]] = isNew[k];
    }
}
/** Bits of the integer window: twice the expected values (at least 2^16, at most 2^28 = 32 MiB). */
function windowBits(expected) {
    let bits = 1 << 16;
    while (bits < 2 * expected && bits < 1 << 28)
        bits *= 2;
    return bits;
}
/** The integer whose canonical text `s` is, or NaN (`007`, `+7`, `-0`, ` 7`, 16+ digits are not canonical). */
function canonicalIntegerText(s) {
    const n = s.length;
    if (n === 0 || n > 16)
        return NaN;
    let p = s.charCodeAt(0) === 45 ? 1 : 0;
    if (p === n || n - p > 15)
        return NaN;
    if (s.charCodeAt(p) === 48)
        return n === 1 ? 0 : NaN;
    for (; p < n; p++) {
        const c = s.charCodeAt(p);
        if (c < 48 || c > 57)
            return NaN;
    }
    return Number(s);
}
/** The canonical integer a non-null cell's text is (`Column.canonicalInteger`, else from its value), or NaN. */
function uniqueInteger(col, i) {
    if (col.canonicalInteger !== undefined)
        return col.canonicalInteger(i);
    const v = col.value(i);
    switch (typeof v) {
        case 'number':
            // String(v) is canonical for these; -0 prints as "0".
            return Number.isInteger(v) && Math.abs(v) < 1e15 ? v + 0 : NaN;
        case 'bigint':
            return v > -1000000000000000n && v < 1000000000000000n ? Number(v) : NaN;
        case 'string':
            return canonicalIntegerText(v);
        default:
            return canonicalIntegerText(col.text(i) ?? '');
    }
}
/** Empty keys for `rows` rows. */
function uniqueKeys(rows) {
    return { ints: new Float64Array(rows), hi: new Uint32Array(rows), lo: new Uint32Array(rows), nulls: new Uint8Array(rows) };
}
/** Fills keys[at + i] for the column's rows i in [0, n) (what `DistinctValues.addRows` reads). */
function fillUniqueKeys(col, n, keys, at, h) {
    const { ints, hi, lo, nulls } = keys;
    for (let i = 0; i < n; i++) {
        const r = at + i;
        if (col.isNull(i)) {
            nulls[r] = 1;
            ints[r] = NaN;
            continue;
        }
        nulls[r] = 0;
        const v = uniqueInteger(col, i);
        ints[r] = v;
        if (v !== v) {
            col.hash(i, h);
            hi[r] = h[0];
            lo[r] = h[1];
        }
    }
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
 * JS Set of strings would fail at 2^24 entries. See src/domain/table/hash.ts for the collision probability.
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
function yearTable() {
    const table = new Float64Array(10000);
    for (let k = 0; k < 10000; k++)
        table[k] = daysFromCivil(k, 1, 1);
    return table;
}
// The table is built by its own function: a loop here would have the engine compile this function
// in the middle of it, before `yearStarts[y]` ever ran, and throw that code away at once.
function yearStart(y) {
    return (yearStarts ??= yearTable())[y];
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
/* harmony import */ var _table_hash_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(68867);
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
 * otherwise by the 64-bit hash of its text (as uniqueness does; see src/domain/table/hash.ts).
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
            (0,_table_hash_js__WEBPACK_IMPORTED_MODULE_0__/* .hashString */ .YZ)(t, this.h);
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
            (0,_table_hash_js__WEBPACK_IMPORTED_MODULE_0__/* .hashString */ .YZ)(col.text(i), this.h);
        return this.hashes.has(this.h);
    }
}


/***/ }),

/***/ 6052:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T9: () => (/* binding */ fileChunks),
/* harmony export */   U: () => (/* binding */ describeReadError),
/* harmony export */   vr: () => (/* binding */ countRawBytes),
/* harmony export */   yc: () => (/* binding */ rawBytesRead)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _domain_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(10241);



let rawBytes = 0;
/** Bytes of data files read from disk so far by this thread, every format that streams bytes alike (progress). */
function rawBytesRead() {
    return rawBytes;
}
/** For a reader that reads a data file's bytes other than through `fileChunks` (the CSV chunk pipeline's positioned reads). */
function countRawBytes(n) {
    rawBytes += n;
}
/** Reads a file as Buffers of ~1 MiB, gunzipping when `gzip`; errors name the file. */
async function* fileChunks(file, displayName, gzip, chunkBytes = 1 << 20) {
    const raw = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(file, { highWaterMark: chunkBytes });
    const stream = gzip ? raw.pipe((0,node_zlib__WEBPACK_IMPORTED_MODULE_1__.createGunzip)({ chunkSize: chunkBytes })) : raw;
    if (gzip)
        raw.on('error', (e) => stream.destroy(e));
    let counted = 0;
    try {
        for await (const chunk of stream) {
            // Compressed input counts the compressed bytes: what the file's size is measured in.
            const read = gzip ? raw.bytesRead : counted + chunk.length;
            rawBytes += read - counted;
            counted = read;
            yield chunk;
        }
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


/***/ })

};
