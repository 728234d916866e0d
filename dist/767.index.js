export const id = 767;
export const ids = [767];
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

/***/ 92882:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FX: () => (/* binding */ compileLinearPattern),
/* harmony export */   JM: () => (/* binding */ PatternError)
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
/** Compiles a JavaScript pattern for the linear-time engine; throws PatternError with a message for the config. */
function compileLinearPattern(source) {
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
    return { test: (text) => re.test(text) };
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

/***/ 42121:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  W: () => (/* binding */ ParquetSource)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/domain/errors.ts
var errors = __webpack_require__(10241);
// EXTERNAL MODULE: ./src/io/data/byte-stream.ts
var byte_stream = __webpack_require__(6052);
;// CONCATENATED MODULE: ./src/io/data/parquet/footer-frame.ts

/** A Parquet file: `PAR1`, the pages, the footer (Thrift FileMetaData), its length (uint32 LE), `PAR1`. */
const MAGIC = 'PAR1';
/** The trailing magic of a file whose footer is encrypted (Parquet modular encryption). */
const ENCRYPTED_MAGIC = 'PARE';
/** The header magic, the footer length and the trailing magic. */
const FRAME_BYTES = 12;
function shown(bytes) {
    const text = Buffer.from(bytes).toString('latin1');
    return /^[\x20-\x7e]*$/.test(text) ? `'${text}'` : `bytes ${Buffer.from(bytes).toString('hex')}`;
}
/**
 * Checks the frame around a Parquet footer (magic numbers, a footer length the file can hold) before the footer is
 * decoded, so a damaged file is named for what is wrong with it rather than for what the decoder tripped over.
 */
async function readFooterFrame(buffer, file) {
    const size = buffer.byteLength;
    const fail = (what) => (0,errors/* inputError */.Xu)(`not a readable Parquet file: ${what}`, { file });
    if (size < FRAME_BYTES)
        throw fail(`${size} bytes, expected at least ${FRAME_BYTES} (the PAR1 header, the footer length and the PAR1 trailer)`);
    const head = new Uint8Array(await buffer.slice(0, 4));
    const tail = new Uint8Array(await buffer.slice(size - 8, size));
    const trailer = Buffer.from(tail.subarray(4)).toString('latin1');
    if (trailer === ENCRYPTED_MAGIC)
        throw fail('its footer is encrypted (trailing magic PARE); mlgate reads only unencrypted Parquet files');
    if (trailer !== MAGIC)
        throw fail(`the file does not end with the Parquet magic PAR1 (found ${shown(tail.subarray(4))}); it is truncated or not Parquet`);
    if (Buffer.from(head).toString('latin1') !== MAGIC)
        throw fail(`the file does not start with the Parquet magic PAR1 (found ${shown(head)}); its first bytes are damaged or it is not Parquet`);
    const length = new DataView(tail.buffer, tail.byteOffset, 4).getUint32(0, true);
    if (length === 0)
        throw fail('the footer length (the 4 bytes before the trailing PAR1) is 0, so the file has no footer (schema, row groups); it is damaged');
    const room = size - FRAME_BYTES;
    if (length > room)
        throw fail(`the footer length (the 4 bytes before the trailing PAR1) is ${length} bytes, but the file (${size} bytes) has room for at most ${room}; it is truncated or damaged`);
    return { offset: size - 8 - length, length };
}
/** The error for a footer whose frame is sound but whose content does not decode. */
function undecodableFooter(frame, file, error) {
    // A decoder's TypeError or RangeError says where its code tripped, not what is wrong with the file.
    const reason = error instanceof TypeError ? 'required fields such as the schema are missing' : error instanceof RangeError ? 'it runs past its end' : error instanceof Error ? error.message : String(error);
    return (0,errors/* inputError */.Xu)(`not a readable Parquet file: the footer (${frame.length} bytes at byte ${frame.offset}) does not decode as Parquet metadata (${reason}); the file is damaged`, { file }, error);
}

;// CONCATENATED MODULE: ./src/io/data/parquet/source.ts




/** hyparquet and the page decoders (~450 KB of code), loaded with the first Parquet file: reading CSV does not pay for them. */
const hyparquet = () => Promise.all(/* import() */[__webpack_require__.e(503), __webpack_require__.e(771)]).then(__webpack_require__.bind(__webpack_require__, 2771));
const fileReader = () => Promise.all(/* import() */[__webpack_require__.e(503), __webpack_require__.e(304), __webpack_require__.e(843)]).then(__webpack_require__.bind(__webpack_require__, 76843));
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
            handle = await (0,promises_.open)(this.path, 'r');
        }
        catch (error) {
            throw (0,byte_stream/* describeReadError */.U)(error, this.file);
        }
        try {
            const { size } = await handle.stat();
            const buffer = handleBuffer(handle, size);
            return await fn(buffer);
        }
        catch (error) {
            if (error instanceof errors/* MlgateError */.Bf)
                throw error;
            throw this.corrupt(error);
        }
        finally {
            await handle.close();
        }
    }
    /** The input error for a failure to read this file (an MlgateError as it is). */
    corrupt(error) {
        if (error instanceof errors/* MlgateError */.Bf)
            return error;
        const message = error instanceof Error ? error.message : String(error);
        // UnsupportedParquetError (src/io/data/parquet/codecs.ts, not imported here: CSV reads do not load that code)
        if (error instanceof Error && error.name === 'UnsupportedParquetError')
            return (0,errors/* inputError */.Xu)(`cannot read Parquet: ${message}`, { file: this.file }, error);
        return (0,errors/* inputError */.Xu)(`cannot read Parquet: ${message} (the file is truncated, corrupt or not Parquet)`, { file: this.file }, error);
    }
    async meta(buffer) {
        if (this.metadata)
            return this.metadata;
        const frame = await readFooterFrame(buffer, this.file);
        try {
            const metadata = await (await hyparquet()).parquetMetadataAsync(buffer);
            if (!Array.isArray(metadata.schema) || metadata.schema.length === 0 || !Array.isArray(metadata.row_groups))
                throw new Error('no schema or no row groups');
            this.metadata = metadata;
        }
        catch (error) {
            throw undecodableFooter(frame, this.file, error);
        }
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
    /** Decodes every page of `columns` in every row group without building batches: damage there is an error too. */
    async decodeColumns(columns) {
        if (columns.length === 0)
            return;
        const { reader, close } = await this.open(columns);
        try {
            const starts = reader.groupStarts();
            for (let g = 0; g + 1 < starts.length; g++) {
                try {
                    await reader.rowGroup(g, starts[g]).decodeAll(starts[g + 1] - starts[g]);
                }
                catch (error) {
                    throw this.corrupt(error);
                }
            }
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
            handle = await (0,promises_.open)(this.path, 'r');
        }
        catch (error) {
            throw (0,byte_stream/* describeReadError */.U)(error, this.file);
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


/***/ })

};
