export const id = 369;
export const ids = [369];
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

/***/ 27985:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  xO: () => (/* binding */ CsvColumn),
  IX: () => (/* binding */ ValueColumn)
});

// UNUSED EXPORTS: valueNumber, valueText

// EXTERNAL MODULE: ./src/domain/table/hash.ts
var hash = __webpack_require__(68867);
;// CONCATENATED MODULE: ./src/io/data/csv/numbers.ts
/** Number parsing straight from bytes: no string is built on the fast path. */
const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22];
const isSpace = (c) => c === 32 || c === 9;
/** Whether the last text `parseNumberBytes` read was an integer (`[+-]digits`, as `isIntegerBytes`). */
let integral = false;
/**
 * Decimal number in b[start, end): `[+-]digits[.digits][(e|E)[+-]digits]` (also `1.` and `.5`), with
 * surrounding spaces allowed. NaN for anything else (empty, `inf`, `nan`, `0x10`, `1,5`). Correctly
 * rounded: exact integer mantissa with at most 15 digits scaled by an exact power of ten (Clinger's fast
 * path), otherwise JavaScript's own `Number()` on the text.
 */
function parseNumberBytes(b, start, end) {
    while (start < end && isSpace(b[start]))
        start++;
    while (end > start && isSpace(b[end - 1]))
        end--;
    integral = false;
    if (start === end)
        return NaN;
    let p = start;
    let neg = false;
    let c = b[p];
    if (c === 45) {
        neg = true;
        p++;
    }
    else if (c === 43)
        p++;
    let mant = 0;
    let digits = 0;
    let frac = 0;
    while (p < end) {
        c = b[p];
        if (c < 48 || c > 57)
            break;
        mant = mant * 10 + (c - 48);
        digits++;
        p++;
    }
    let dot = false;
    if (p < end && b[p] === 46) {
        dot = true;
        p++;
        while (p < end) {
            c = b[p];
            if (c < 48 || c > 57)
                break;
            mant = mant * 10 + (c - 48);
            digits++;
            frac++;
            p++;
        }
    }
    if (digits === 0)
        return NaN;
    let exp = 0;
    const mantissaEnd = p;
    if (p < end && (b[p] === 101 || b[p] === 69)) {
        p++;
        let eneg = false;
        if (b[p] === 45) {
            eneg = true;
            p++;
        }
        else if (b[p] === 43)
            p++;
        let ed = 0;
        while (p < end) {
            c = b[p];
            if (c < 48 || c > 57)
                break;
            if (exp < 100000)
                exp = exp * 10 + (c - 48);
            ed++;
            p++;
        }
        if (ed === 0)
            return NaN;
        if (eneg)
            exp = -exp;
    }
    if (p !== end)
        return NaN;
    integral = !dot && mantissaEnd === end;
    const e10 = exp - frac;
    let v;
    if (digits > 15 || e10 > 22 || e10 < -22)
        v = slowParse(b, neg ? start + 1 : start, end);
    else if (e10 === 0)
        v = mant;
    else if (e10 > 0)
        v = mant * POW10[e10];
    else
        v = mant / POW10[-e10];
    return neg ? -v : v;
}
function slowParse(b, start, end) {
    let s = '';
    for (let p = start; p < end; p++)
        s += String.fromCharCode(b[p]);
    if (s.charCodeAt(0) === 43)
        s = s.slice(1);
    return Number(s);
}
/** `[+-]digits` with optional surrounding spaces. */
function isIntegerBytes(b, start, end) {
    while (start < end && isSpace(b[start]))
        start++;
    while (end > start && isSpace(b[end - 1]))
        end--;
    if (start < end && (b[start] === 45 || b[start] === 43))
        start++;
    if (start === end)
        return false;
    for (let p = start; p < end; p++) {
        const c = b[p];
        if (c < 48 || c > 57)
            return false;
    }
    return true;
}
/**
 * The numbers of one CSV column of a batch: for row i (field at `(i * slots + slot) * 2` of `offsets`),
 * out[i] = its number (NaN if none) and kinds[i] = 0 null (empty unquoted field), 1 integer, 2 another
 * number, 3 not a number. One pass over each field's bytes.
 */
function decodeNumbers(b, offsets, flags, slot, slots, n, out, kinds) {
    for (let i = 0, k = slot; i < n; i++, k += slots) {
        const s = offsets[2 * k];
        const e = offsets[2 * k + 1];
        if (s === e && flags[k] === 0) {
            out[i] = NaN;
            kinds[i] = 0;
            continue;
        }
        // The common shapes, `-?digits` and `-?digits.digits` with at most 15 digits, read here;
        // anything else (spaces, +, exponents, long numbers, text) by parseNumberBytes.
        let p = s;
        const neg = b[p] === 45;
        if (neg)
            p++;
        const intStart = p;
        let mant = 0;
        for (; p < e; p++) {
            const d = b[p] - 48;
            if (d < 0 || d > 9)
                break;
            mant = mant * 10 + d;
        }
        const intDigits = p - intStart;
        if (intDigits > 0 && intDigits <= 15) {
            if (p === e) {
                out[i] = neg ? -mant : mant;
                kinds[i] = 1;
                continue;
            }
            if (b[p] === 46) {
                const fracStart = ++p;
                for (; p < e; p++) {
                    const d = b[p] - 48;
                    if (d < 0 || d > 9)
                        break;
                    mant = mant * 10 + d;
                }
                const fracDigits = p - fracStart;
                if (p === e && fracDigits > 0 && intDigits + fracDigits <= 15) {
                    // Exact mantissa over an exact power of ten: correctly rounded (as parseNumberBytes).
                    const v = mant / POW10[fracDigits];
                    out[i] = neg ? -v : v;
                    kinds[i] = 2;
                    continue;
                }
            }
        }
        const v = parseNumberBytes(b, s, e);
        out[i] = v;
        kinds[i] = integral ? 1 : v === v ? 2 : 3;
    }
}
/** The integer b[start, end) is the canonical text of (`0`, `-?[1-9][0-9]{0,14}`), or NaN. */
function canonicalIntegerBytes(b, start, end) {
    let p = start;
    const neg = p < end && b[p] === 45;
    if (neg)
        p++;
    const n = end - p;
    if (n <= 0 || n > 15)
        return NaN;
    if (b[p] === 48)
        return n === 1 && !neg ? 0 : NaN;
    let v = 0;
    for (; p < end; p++) {
        const c = b[p] - 48;
        if (c < 0 || c > 9)
            return NaN;
        v = v * 10 + c;
    }
    return neg ? -v : v;
}

;// CONCATENATED MODULE: ./src/io/data/csv/text-window.ts
/** Bytes decoded at a time: below V8's large-object size, so each piece is a cheap young-generation string. */
const PIECE_BYTES = 1 << 14;
/**
 * Texts of the cells of one column, read in increasing order, for checks that do not keep them
 * (pattern, lengths). In ASCII data a 16 KiB piece is decoded at once and each cell is a substring
 * of it, a fraction of the cost of one UTF-8 decode per cell; other data is decoded cell by cell. The
 * substrings may share the piece's memory: copy what you keep (`Column.text` does).
 */
class TextWindow {
    buf;
    ascii;
    piece = '';
    pieceStart = 0;
    pieceEnd = 0;
    constructor(buf, 
    /** The whole range the cells come from is ASCII (then Latin-1 decoding equals UTF-8's). */
    ascii) {
        this.buf = buf;
        this.ascii = ascii;
    }
    slice(s, e) {
        if (!this.ascii)
            return this.buf.utf8Slice(s, e);
        if (s < this.pieceStart || e > this.pieceEnd) {
            this.pieceStart = s;
            this.pieceEnd = Math.max(e, Math.min(this.buf.length, s + PIECE_BYTES));
            this.piece = this.buf.latin1Slice(s, this.pieceEnd);
        }
        return this.piece.substring(s - this.pieceStart, e - this.pieceStart);
    }
}

// EXTERNAL MODULE: ./src/domain/validation/iso-time.ts
var iso_time = __webpack_require__(61597);
// EXTERNAL MODULE: ./src/domain/validation/text-set.ts
var text_set = __webpack_require__(98858);
;// CONCATENATED MODULE: ./src/io/data/columns.ts





/** A CSV column: byte offsets into the chunk buffer; strings are built only when asked for. */
class CsvColumn {
    name;
    buf;
    offsets;
    flags;
    slot;
    slots;
    length;
    ascii;
    kind = 'text';
    constructor(name, buf, offsets, flags, slot, slots, length, 
    /** The batch's bytes are all ASCII (cheaper `textView`). */
    ascii = false) {
        this.name = name;
        this.buf = buf;
        this.offsets = offsets;
        this.flags = flags;
        this.slot = slot;
        this.slots = slots;
        this.length = length;
        this.ascii = ascii;
    }
    window;
    numbers(out, kinds) {
        decodeNumbers(this.buf, this.offsets, this.flags, this.slot, this.slots, this.length, out, kinds);
    }
    datetimes(out, dateOnly) {
        const { buf, offsets, slots, length } = this;
        for (let i = 0, k = this.slot; i < length; i++, k += slots)
            out[i] = (0,iso_time/* parseIsoBytes */.y)(buf, offsets[2 * k], offsets[2 * k + 1], dateOnly);
    }
    shortKey(i) {
        const k = i * this.slots + this.slot;
        // A quoted field with "" escapes: its bytes are not its text.
        if (this.flags[k] === 2)
            return NaN;
        return (0,text_set/* shortKeyOfBytes */.YB)(this.buf, this.offsets[2 * k], this.offsets[2 * k + 1]);
    }
    canonicalInteger(i) {
        const k = i * this.slots + this.slot;
        if (this.flags[k] === 2)
            return NaN;
        return canonicalIntegerBytes(this.buf, this.offsets[2 * k], this.offsets[2 * k + 1]);
    }
    textView(i) {
        return this.cellText(i, true);
    }
    isNull(i) {
        const k = i * this.slots + this.slot;
        return this.flags[k] === 0 && this.offsets[2 * k] === this.offsets[2 * k + 1];
    }
    number(i) {
        const k = i * this.slots + this.slot;
        return parseNumberBytes(this.buf, this.offsets[2 * k], this.offsets[2 * k + 1]);
    }
    isInteger(i) {
        const k = i * this.slots + this.slot;
        return isIntegerBytes(this.buf, this.offsets[2 * k], this.offsets[2 * k + 1]);
    }
    datetime(i, dateOnly) {
        const k = i * this.slots + this.slot;
        return (0,iso_time/* parseIsoBytes */.y)(this.buf, this.offsets[2 * k], this.offsets[2 * k + 1], dateOnly);
    }
    text(i) {
        return this.cellText(i, false);
    }
    /** The cell's text: its own string, or (`shared`) one cut from the batch's decoded bytes (`textView`). */
    cellText(i, shared) {
        const k = i * this.slots + this.slot;
        const flag = this.flags[k];
        const s = this.offsets[2 * k];
        const e = this.offsets[2 * k + 1];
        if (flag === 0 && s === e)
            return null;
        let t;
        if (shared) {
            this.window ??= new TextWindow(this.buf, this.ascii);
            t = this.window.slice(s, e);
        }
        else
            t = this.buf.utf8Slice(s, e);
        return flag === 2 ? t.replaceAll('""', '"') : t;
    }
    value(i) {
        return this.text(i);
    }
    hash(i, out) {
        const k = i * this.slots + this.slot;
        const flag = this.flags[k];
        const s = this.offsets[2 * k];
        const e = this.offsets[2 * k + 1];
        if (flag === 0 && s === e)
            (0,hash/* hashNull */.yK)(out);
        else
            (0,hash/* hashBytes */.yi)(this.buf, s, e, flag === 2, out);
    }
}
/** Text of a JSON/Parquet value as `Column.text` defines it. */
function valueText(v) {
    if (v === null || v === undefined)
        return null;
    switch (typeof v) {
        case 'string':
            return v;
        case 'number':
        case 'bigint':
        case 'boolean':
            return String(v);
        default:
            if (v instanceof Date)
                return Number.isNaN(v.getTime()) ? 'Invalid Date' : v.toISOString();
            if (v instanceof Uint8Array)
                return Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString('base64');
            return JSON.stringify(v, jsonReplacer);
    }
}
/** Nested values as JSON: safe bigints as numbers (larger ones as strings), bytes as base64, dates as ISO text. */
function jsonReplacer(_key, x) {
    if (typeof x === 'bigint')
        return Number.isSafeInteger(Number(x)) ? Number(x) : x.toString();
    if (x instanceof Uint8Array)
        return Buffer.from(x).toString('base64');
    return x;
}
function valueNumber(v) {
    switch (typeof v) {
        case 'number':
            return v;
        case 'bigint':
            return Number(v);
        case 'boolean':
            return v ? 1 : 0;
        default:
            return v instanceof Date ? v.getTime() : NaN;
    }
}
/** A column of materialised values (JSON Lines, Parquet). `values` may be a typed array. */
class ValueColumn {
    name;
    kind;
    values;
    offset;
    length;
    constructor(name, kind, values, offset, length) {
        this.name = name;
        this.kind = kind;
        this.values = values;
        this.offset = offset;
        this.length = length;
    }
    isNull(i) {
        const v = this.values[this.offset + i];
        return v === null || v === undefined;
    }
    number(i) {
        return valueNumber(this.values[this.offset + i]);
    }
    isInteger(i) {
        const v = this.values[this.offset + i];
        return typeof v === 'bigint' || (typeof v === 'number' && Number.isInteger(v));
    }
    datetime(i, dateOnly) {
        const v = this.values[this.offset + i];
        if (v instanceof Date)
            return dateOnly && v.getTime() % 86_400_000 !== 0 ? NaN : v.getTime();
        return typeof v === 'string' ? (0,iso_time/* parseIsoString */.K)(v, dateOnly) : NaN;
    }
    text(i) {
        return valueText(this.values[this.offset + i]);
    }
    value(i) {
        const v = this.values[this.offset + i];
        return v === undefined ? null : v;
    }
    hash(i, out) {
        const v = this.values[this.offset + i];
        if (v === null || v === undefined)
            (0,hash/* hashNull */.yK)(out);
        else if (typeof v === 'string')
            (0,hash/* hashString */.YZ)(v, out);
        else if (typeof v === 'number') {
            if (Number.isSafeInteger(v))
                (0,hash/* hashInteger */.D5)(v, out);
            else
                (0,hash/* hashDouble */.G_)(v, out);
        }
        else if (typeof v === 'bigint' && v >= -9007199254740991n && v <= 9007199254740991n)
            (0,hash/* hashInteger */.D5)(Number(v), out);
        else if (v instanceof Date)
            (0,hash/* hashInteger */.D5)(v.getTime(), out);
        else
            (0,hash/* hashString */.YZ)(valueText(v), out);
    }
}


/***/ }),

/***/ 55915:
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
