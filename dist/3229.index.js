export const id = 3229;
export const ids = [3229];
export const modules = {

/***/ 50284:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G$: () => (/* binding */ atLevel),
/* harmony export */   Su: () => (/* binding */ CappedCounts),
/* harmony export */   hS: () => (/* binding */ EXACT_CATEGORY_LIMIT)
/* harmony export */ });
/* unused harmony exports hashKeptAt, valueHash, keptAt */
/* harmony import */ var _table_hash_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(68867);
/**
 * Category counts for exact-mode drift with bounded memory. Up to `capacity` distinct values every count is
 * exact (the table a plain Map would hold). Past that the table keeps a hash sample of the values: a value is
 * kept when the top `level` bits of the high word of its 64-bit hash (`table/hash.ts`: the hash of its UTF-8 bytes,
 * which a reader computes from a cell's bytes without building a string) are 0 (half the values per level), and the
 * level goes up until the kept values fit. A reader counts a cell by its hash (`tally`), so a cell of a value that
 * is pooled or already listed costs no string. A kept value is counted from its first cell on, so every listed count
 * is exact; the cells of the other values are pooled (`other`, exact too). The final level is the lowest at which
 * the data's kept values fit, whatever order or chunks the data came in: chunked and one-thread reads give the same
 * table. Both sides of a drift comparison are brought to the same level (`atLevel`), so they pool the same values.
 * A table may start at a `floor` level (a chunk worker gets the level the whole read has reached so far): the final
 * level is at least that high anyway, so the floor changes nothing but the work.
 *
 * Values are told apart by their 64-bit hash, kept in typed arrays (raising the level drops values without hashing
 * a string again). Two distinct values share a hash with probability 2^-64 per pair: over a read that meets m
 * distinct values, each new one compared with at most `capacity` listed ones, two are counted as one with
 * probability below m · capacity / 2^64 (1M values at the default capacity: ~5e-10).
 */

/** Distinct values per column kept exactly by exact-mode drift; beyond it the table is a hash sample of the values. */
const EXACT_CATEGORY_LIMIT = 10_000;
const MAX_LEVEL = 31;
/** Room for this many values at first: the table doubles as it fills (a column of few values stays small). */
const FIRST_ROOM = 16;
const scratch = new Uint32Array(2);
/** Whether a value whose hash has high word `hash` is kept at sampling level `level` (0: every value). */
function hashKeptAt(hash, level) {
    return level === 0 || hash >>> (32 - level) === 0;
}
/** High word of the 64-bit hash of the value's UTF-8 bytes (what `Column.hash` puts in out[0] for a text cell). */
function valueHash(value) {
    (0,_table_hash_js__WEBPACK_IMPORTED_MODULE_0__/* .hashString */ .YZ)(value, scratch);
    return scratch[0];
}
/** Whether `value` is kept at sampling level `level` (0: every value). */
function keptAt(value, level) {
    return level === 0 || hashKeptAt(valueHash(value), level);
}
class CappedCounts {
    capacity;
    /** Non-null cells counted, listed or pooled. */
    n = 0;
    level = 0;
    /** Values listed. */
    size = 0;
    values = [];
    counts = new Float64Array(FIRST_ROOM);
    /** Each listed value's hash as pairs [high word, low word]. */
    hashes = new Uint32Array(2 * FIRST_ROOM);
    /** Open addressing by hash: 1 + the value's index, 0 for an empty slot. */
    slots = new Int32Array(2 * FIRST_ROOM);
    constructor(capacity = EXACT_CATEGORY_LIMIT, floor = 0) {
        this.capacity = capacity;
        if (!Number.isInteger(capacity) || capacity < 1)
            throw new Error(`category table capacity must be a positive integer, got ${capacity}`);
        if (!Number.isInteger(floor) || floor < 0 || floor > MAX_LEVEL)
            throw new Error(`category table floor level must be an integer in [0, ${MAX_LEVEL}], got ${floor}`);
        this.level = floor;
    }
    /**
     * Counts `count` cells of the value with hash (`hi`, `lo`) and returns true when it is listed or pooled; false
     * when it is kept at this level but not listed yet: nothing is counted, and the caller `insert`s it.
     */
    tally(hi, lo, count) {
        if (!hashKeptAt(hi, this.level)) {
            this.n += count;
            return true;
        }
        const e = this.find(hi, lo);
        if (e < 0)
            return false;
        this.counts[e] += count;
        this.n += count;
        return true;
    }
    /** Lists `value` (hash `hi`, `lo`) with `count` cells, after `tally` returned false for it. */
    insert(value, hi, lo, count) {
        this.n += count;
        this.list(value, hi, lo, count);
    }
    /** `count` cells of `value`. */
    add(value, count) {
        (0,_table_hash_js__WEBPACK_IMPORTED_MODULE_0__/* .hashString */ .YZ)(value, scratch);
        const hi = scratch[0];
        const lo = scratch[1];
        if (!this.tally(hi, lo, count))
            this.insert(value, hi, lo, count);
    }
    /** Folds in the table of another part of the data. */
    merge(part) {
        if (part.level > this.level)
            this.raise(part.level);
        this.n += part.n;
        // Every value of the part is kept at its level; a value not kept at this table's is pooled (counted in n).
        const { values, counts, hashes } = part;
        for (let k = 0; k < values.length; k++) {
            const hi = hashes[2 * k];
            const lo = hashes[2 * k + 1];
            if (!hashKeptAt(hi, this.level))
                continue;
            const e = this.find(hi, lo);
            if (e >= 0)
                this.counts[e] += counts[k];
            else
                this.list(values[k], hi, lo, counts[k]);
        }
    }
    export() {
        const { size } = this;
        return { values: this.values.slice(0, size), counts: this.counts.slice(0, size), hashes: this.hashes.slice(0, 2 * size), n: this.n, level: this.level };
    }
    /** The final table (values in the order first met) and the cells pooled. */
    finish() {
        const counts = new Map();
        let listed = 0;
        for (let e = 0; e < this.size; e++) {
            const c = this.counts[e];
            counts.set(this.values[e], c);
            listed += c;
        }
        return { counts, other: this.n - listed, level: this.level };
    }
    /** Index of the listed value with hash (`hi`, `lo`), or -1. */
    find(hi, lo) {
        const { slots, hashes } = this;
        const mask = slots.length - 1;
        for (let s = slotOf(hi, lo, mask);; s = (s + 1) & mask) {
            const e = slots[s];
            if (e === 0)
                return -1;
            if (hashes[2 * e - 2] === hi && hashes[2 * e - 1] === lo)
                return e - 1;
        }
    }
    /** Appends a value not listed yet (n unchanged); raises the level when the values no longer fit. */
    list(value, hi, lo, count) {
        const e = this.size;
        if (e === this.counts.length)
            this.grow();
        this.values[e] = value;
        this.counts[e] = count;
        this.hashes[2 * e] = hi;
        this.hashes[2 * e + 1] = lo;
        this.size = e + 1;
        this.place(e);
        if (this.size > this.capacity)
            this.raise(this.level + 1);
    }
    /** Puts value `e` in its slot. */
    place(e) {
        const { slots, hashes } = this;
        const mask = slots.length - 1;
        let s = slotOf(hashes[2 * e], hashes[2 * e + 1], mask);
        while (slots[s] !== 0)
            s = (s + 1) & mask;
        slots[s] = e + 1;
    }
    /**
     * Twice the room, up to one past the capacity (the value that makes the level rise); past that only when values
     * kept at the top level (31 leading zero bits of their hash) outnumber the capacity.
     */
    grow() {
        const room = Math.max(Math.min(2 * this.counts.length, this.capacity + 1), this.size + 1);
        const counts = new Float64Array(room);
        counts.set(this.counts);
        const hashes = new Uint32Array(2 * room);
        hashes.set(this.hashes);
        this.counts = counts;
        this.hashes = hashes;
        this.reslot(2 ** Math.ceil(Math.log2(2 * room)));
    }
    /** A new slot table of `length` slots (a power of two) for the values listed. */
    reslot(length) {
        this.slots = length === this.slots.length ? this.slots.fill(0) : new Int32Array(length);
        for (let e = 0; e < this.size; e++)
            this.place(e);
    }
    /** Drops the values not kept at `level` (and on, until the rest fit), keeping the others in their order. */
    raise(level) {
        const { values, counts, hashes } = this;
        for (let l = level; l <= MAX_LEVEL; l++) {
            this.level = l;
            let kept = 0;
            for (let e = 0; e < this.size; e++) {
                if (!hashKeptAt(hashes[2 * e], l))
                    continue;
                values[kept] = values[e];
                counts[kept] = counts[e];
                hashes[2 * kept] = hashes[2 * e];
                hashes[2 * kept + 1] = hashes[2 * e + 1];
                kept++;
            }
            values.length = kept;
            this.size = kept;
            if (kept <= this.capacity)
                break;
        }
        this.reslot(this.slots.length);
    }
}
/** Home slot of a hash: the low bits of its high word carry no level bits. */
function slotOf(hi, lo, mask) {
    return (hi ^ Math.imul(lo, 0x9e3779b1)) & mask;
}
/** A side's table at a higher sampling level: the values no longer kept move to `other`. */
function atLevel(d, level) {
    if ((d.sampleLevel ?? 0) >= level)
        return d;
    const counts = new Map();
    let moved = 0;
    for (const [k, v] of d.counts) {
        if (keptAt(k, level))
            counts.set(k, v);
        else
            moved += v;
    }
    return { ...d, counts, other: d.other + moved, sampleLevel: level };
}


/***/ }),

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
/* harmony export */   vx: () => (/* binding */ sortFloat64Blocks),
/* harmony export */   zp: () => (/* binding */ SortScratch)
/* harmony export */ });
/* unused harmony export sortFloat64 */
/**
 * Ascending sort of a Float64Array (no NaN): LSD radix sort on the 32 most significant bits in which
 * the values' order-preserving 64-bit keys differ (the "window": bits the keys all share above it are
 * skipped, so timestamps in milliseconds or ids sort on the bits that tell them apart, not on an
 * exponent they share), 16 bits per pass, skipping a pass where every key shares the digit; then each
 * run of equal windows is ordered by its low words. Keys move as interleaved pairs [window, low word]
 * between one scratch array and the output, so a sort of n values touches 16n bytes besides its input.
 * On 1M values it is several times faster than the built-in comparison sort. -0 sorts before +0 (same
 * as equality for drift).
 */
function sortFloat64(values, scratch = new SortScratch()) {
    return sortInto([values], values, scratch);
}
/**
 * The values of `blocks`, one after the other, sorted into a new array (the blocks are left as they
 * are); a single block is sorted in place and returned. Same order as `sortFloat64`: the first pass
 * reads the blocks themselves, so they are never first copied into one array.
 */
function sortFloat64Blocks(blocks, scratch = new SortScratch()) {
    if (blocks.length === 1)
        return sortFloat64(blocks[0], scratch);
    let n = 0;
    for (const b of blocks)
        n += b.length;
    return sortInto(blocks, new Float64Array(n), scratch);
}
/** Copies the blocks one after the other into `out` (unless `out` is the only block). */
function concat(blocks, out) {
    if (blocks.length === 1 && blocks[0] === out)
        return out;
    let at = 0;
    for (const b of blocks) {
        out.set(b, at);
        at += b.length;
    }
    return out;
}
/** Whether the values of the blocks, one after the other, are strictly increasing (looked at a slice per call, as the passes below). */
function strictlyIncreasing(blocks) {
    let prev = 0;
    let first = true;
    for (const b of blocks) {
        for (let from = 0; from < b.length; from += SLICE) {
            const to = Math.min(b.length, from + SLICE);
            if ((!first && !(prev < b[from])) || !increasing(b, from, to))
                return false;
            first = false;
            prev = b[to - 1];
        }
    }
    return true;
}
function increasing(b, from, to) {
    for (let i = from + 1; i < to; i++)
        if (!(b[i - 1] < b[i]))
            return false;
    return true;
}
/**
 * Values per call of the passes below. Each pass is a small function called once per slice, not one
 * loop over a million values: the engine optimises a function after a few calls, whereas a long loop
 * in a big function ran in the interpreter for most of a cold sort (a column sorted in 130 ms the first
 * time in a thread, 25 ms once warm).
 */
const SLICE = 16_384;
/** Sorts the values of `blocks` into `out` (their total length; it may be the only block itself). */
function sortInto(blocks, out, scratch) {
    const n = out.length;
    if (n < 2048)
        return concat(blocks, out).sort();
    // Already in order (a row id, a timestamp column written in order): one look, no passes.
    if (strictlyIncreasing(blocks))
        return concat(blocks, out);
    const keyed = scratch.pairs(n);
    const diff = scratch.diff.fill(0);
    let at = 0;
    for (const block of blocks) {
        const bits = new Uint32Array(block.buffer, block.byteOffset, block.length * 2);
        for (let from = 0; from < block.length; from += SLICE)
            at = keys(bits, from, Math.min(block.length, from + SLICE), keyed, at, diff);
    }
    // Every key equal (n copies of one value): the input is its own sorted order.
    if (diff[0] === 0 && diff[1] === 0)
        return concat(blocks, out);
    const high = keyed[0];
    const lowWindow = diff[0] === 0;
    const window = { shift: lowWindow ? 0 : Math.clz32(diff[0]), lowWindow, high };
    const low16 = scratch.low16.fill(0);
    const high16 = scratch.high16.fill(0);
    for (let from = 0; from < n; from += SLICE) {
        const to = Math.min(n, from + SLICE);
        if (lowWindow)
            countLowWindow(keyed, from, to, low16, high16);
        else
            toWindow(keyed, window.shift, from, to, low16, high16);
    }
    const bits = new Uint32Array(out.buffer, out.byteOffset, n * 2);
    let src = keyed;
    let dst = bits;
    for (const [counts, shift] of [[low16, 0], [high16, 16]]) {
        if (counts[(src[0] >>> shift) & 0xffff] === n)
            continue;
        let sum = 0;
        for (let d = 0; d < 65536; d++) {
            const c = counts[d];
            counts[d] = sum;
            sum += c;
        }
        for (let from = 0; from < n; from += SLICE)
            scatter(src, dst, counts, shift, from, Math.min(n, from + SLICE));
        [src, dst] = [dst, src];
    }
    for (let start = 0; start < n;)
        start = place(src, bits, window, start, Math.min(n, start + SLICE), n, scratch);
    return out;
}
/**
 * Keys of bits[2·from, 2·to) (float64 words, little-endian [lo, hi]) into `keyed` as pairs [hi, lo] from
 * `at`: the sign bit of non-negatives flipped, all bits of negatives. ORs into `diff` the bits in which
 * each key differs from the first one (`keyed[0..1]`, written first). Returns the next `at`.
 */
function keys(bits, from, to, keyed, at, diff) {
    let dh = diff[0];
    let dl = diff[1];
    for (let j = from; j < to; j++, at++) {
        const h = bits[2 * j + 1];
        const l = bits[2 * j];
        let kh;
        let kl;
        if (h & 0x80000000) {
            kh = ~h >>> 0;
            kl = ~l >>> 0;
        }
        else {
            kh = (h | 0x80000000) >>> 0;
            kl = l;
        }
        keyed[2 * at] = kh;
        keyed[2 * at + 1] = kl;
        dh |= kh ^ keyed[0];
        dl |= kl ^ keyed[1];
    }
    diff[0] = dh;
    diff[1] = dl;
    return at;
}
/**
 * Pairs [hi, lo] of [from, to) to [window, lo] in place, the window being the 32 key bits from the
 * `shift`-th bit of the high word down (into the low word when `shift` > 0), counting both its 16-bit digits.
 */
function toWindow(keyed, shift, from, to, low16, high16) {
    const fromLow = 32 - shift;
    for (let i = from; i < to; i++) {
        const h = keyed[2 * i];
        const w = shift === 0 ? h : ((h << shift) | (keyed[2 * i + 1] >>> fromLow)) >>> 0;
        keyed[2 * i] = w;
        low16[w & 0xffff]++;
        high16[w >>> 16]++;
    }
}
/** Keys that share their high word: the low word is the window. Pairs [hi, lo] of [from, to) to [lo, lo], counting its digits. */
function countLowWindow(keyed, from, to, low16, high16) {
    for (let i = from; i < to; i++) {
        const w = keyed[2 * i + 1];
        keyed[2 * i] = w;
        low16[w & 0xffff]++;
        high16[w >>> 16]++;
    }
}
/** One counting-sort pass over pairs [from, to) on the 16-bit digit of the window at `shift` (`counts`: each digit's next place). */
function scatter(src, dst, counts, shift, from, to) {
    for (let i = from; i < to; i++) {
        const w = src[2 * i];
        const j = counts[(w >>> shift) & 0xffff]++;
        dst[2 * j] = w;
        dst[2 * j + 1] = src[2 * i + 1];
    }
}
/**
 * Pairs [window, lo] sorted by window, from `from` on, written back as float64 words into `bits` (which
 * may be `pairs` itself: each pair becomes the value in its own place); runs of equal windows that start
 * before `limit` are first ordered by their low words (unsigned, as the keys are). Returns where it stopped.
 */
function place(pairs, bits, window, from, limit, n, scratch) {
    const { shift, lowWindow, high } = window;
    // The high word of a key from its window: the bits above the window are those of every key.
    const keep = ~(0xffffffff >>> shift);
    let i = from;
    while (i < limit) {
        const w = pairs[2 * i];
        if (i + 1 < n && pairs[2 * i + 2] === w) {
            const end = runEnd(pairs, w, i + 2, n);
            orderRun(pairs, i, end, scratch);
            for (let k = i; k < end; k += SLICE)
                writeRun(pairs, bits, lowWindow ? high : (high & keep) | (w >>> shift), k, Math.min(end, k + SLICE));
            i = end;
            continue;
        }
        const kh = lowWindow ? high : ((high & keep) | (w >>> shift)) >>> 0;
        const kl = pairs[2 * i + 1];
        if (kh & 0x80000000) {
            bits[2 * i + 1] = kh & 0x7fffffff;
            bits[2 * i] = kl;
        }
        else {
            bits[2 * i + 1] = ~kh >>> 0;
            bits[2 * i] = ~kl >>> 0;
        }
        i++;
    }
    return i;
}
/** The first pair index from `from` whose window is not `w` (`n` when there is none). */
function runEnd(pairs, w, from, n) {
    let i = from;
    while (i < n && pairs[2 * i] === w)
        i++;
    return i;
}
/** Orders the pairs [start, end) of one window by their low words (unsigned). */
function orderRun(pairs, start, end, scratch) {
    if (end - start <= 32) {
        for (let i = start + 1; i < end; i++) {
            const v = pairs[2 * i + 1];
            let j = i - 1;
            while (j >= start && pairs[2 * j + 1] > v) {
                pairs[2 * j + 3] = pairs[2 * j + 1];
                j--;
            }
            pairs[2 * j + 3] = v;
        }
        return;
    }
    let ordered = true;
    for (let i = start + 1; i < end && ordered; i++)
        ordered = pairs[2 * i - 1] <= pairs[2 * i + 1];
    if (ordered)
        return;
    const run = scratch.run(end - start);
    for (let i = start; i < end; i++)
        run[i - start] = pairs[2 * i + 1];
    run.sort();
    for (let i = start; i < end; i++)
        pairs[2 * i + 1] = run[i - start];
}
/** Pairs [from, to) of a run with key high word `kh`, from their keys back to float64 words. */
function writeRun(pairs, bits, kh, from, to) {
    if (kh & 0x80000000) {
        const w = (kh & 0x7fffffff) >>> 0;
        for (let i = from; i < to; i++) {
            bits[2 * i] = pairs[2 * i + 1];
            bits[2 * i + 1] = w;
        }
    }
    else {
        const w = ~kh >>> 0;
        for (let i = from; i < to; i++) {
            bits[2 * i] = ~pairs[2 * i + 1] >>> 0;
            bits[2 * i + 1] = w;
        }
    }
}
/**
 * Work arrays of `sortFloat64`, reused from one column to the next: an array of 8 MB per call of 1M
 * values would otherwise be fresh external memory each time, and V8 answers that with full GCs.
 */
class SortScratch {
    low16 = new Uint32Array(65536);
    high16 = new Uint32Array(65536);
    diff = new Uint32Array(2);
    buffer = new Uint32Array(0);
    runBuffer = new Uint32Array(0);
    /** Room for n pairs of words. */
    pairs(n) {
        if (this.buffer.length < 2 * n)
            this.buffer = new Uint32Array(2 * n);
        return this.buffer.subarray(0, 2 * n);
    }
    /** Room for the low words of a run of n keys. */
    run(n) {
        if (this.runBuffer.length < n)
            this.runBuffer = new Uint32Array(n);
        return this.runBuffer.subarray(0, n);
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
/* harmony export */   tT: () => (/* binding */ combineHashAt),
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
/** `combineHash` of (hi[i], lo[i]) with `h`, in place. */
function combineHashAt(hi, lo, i, h) {
    hi[i] = fmix32((Math.imul(hi[i], 31) ^ h[0]) >>> 0);
    lo[i] = fmix32((Math.imul(lo[i], 0x01000193) + h[1]) >>> 0);
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
 * to `hashBytes`: only compare it with itself (with the same seeds: a pair of seeds is a distinct
 * hash function, such as one per JSON key).
 */
function hashRecordBytes(b, view, start, end, out, seed1 = 0x9747b28c, seed2 = 0x85ebca6b) {
    let h1 = seed1 ^ (end - start);
    let h2 = seed2 ^ (end - start);
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


/***/ }),

/***/ 91398:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  iI: () => (/* binding */ ColumnStreamer),
  lD: () => (/* binding */ PLAN_SAMPLE_ROWS),
  l5: () => (/* binding */ exactCollector),
  vq: () => (/* binding */ partBuffers),
  j7: () => (/* binding */ planColumns)
});

// EXTERNAL MODULE: ./src/domain/drift/capped-counts.ts
var capped_counts = __webpack_require__(50284);
// EXTERNAL MODULE: ./src/domain/drift/sort.ts
var drift_sort = __webpack_require__(67253);
;// CONCATENATED MODULE: ./src/domain/drift/value-tally.ts
/**
 * The distinct values of a numeric column with their counts, while it has at most `limit` of them. A column of
 * few values (an age, a label, a rating, a count) is then a weighted sample: no array of a value per row to keep,
 * sort and walk. Values are told apart by their bits, so -0 and +0 are two entries (as two cells of a raw column
 * are two values) and every count is exact. NaN is never added (a reader's null).
 */
/** Distinct values a numeric column's tally holds before the column is kept value by value instead. */
const NUMERIC_TALLY_LIMIT = 1024;
const FIRST_SLOTS = 64;
const scratch = new Float64Array(1);
const scratchBits = new Uint32Array(scratch.buffer);
class ValueTally {
    limit;
    hi;
    lo;
    /** Each slot's count; 0: the slot is empty. */
    counts;
    shift;
    /** Distinct values held. */
    size = 0;
    /** Sum of the counts. */
    total = 0;
    constructor(limit = NUMERIC_TALLY_LIMIT) {
        this.limit = limit;
        if (!Number.isInteger(limit) || limit < 1)
            throw new Error(`tally limit must be a positive integer, got ${limit}`);
        this.hi = new Uint32Array(FIRST_SLOTS);
        this.lo = new Uint32Array(FIRST_SLOTS);
        this.counts = new Float64Array(FIRST_SLOTS);
        this.shift = 32 - Math.log2(FIRST_SLOTS);
    }
    /**
     * Counts values [from, to) given as their float64 words (little-endian: `bits[2i]` low, `bits[2i + 1]` high), one
     * each. Returns the index of the first value that would have made more than `limit` distinct values (that value
     * and those after it are not counted), or `to` when every one was.
     */
    addWords(bits, from, to) {
        for (let i = from; i < to; i++)
            if (!this.put(bits[2 * i + 1], bits[2 * i], 1))
                return i;
        return to;
    }
    /** Counts `count` cells of `value`; false (nothing counted) when it would make more than `limit` distinct values. */
    add(value, count) {
        scratch[0] = value;
        return this.put(scratchBits[1], scratchBits[0], count);
    }
    put(hi, lo, count) {
        const hs = this.hi;
        const ls = this.lo;
        const counts = this.counts;
        const mask = counts.length - 1;
        let s = Math.imul(Math.imul(lo, 0xcc9e2d51) ^ hi, 0x9e3779b1) >>> this.shift;
        while (counts[s] !== 0) {
            if (hs[s] === hi && ls[s] === lo) {
                counts[s] = counts[s] + count;
                this.total += count;
                return true;
            }
            s = (s + 1) & mask;
        }
        if (this.size === this.limit)
            return false;
        hs[s] = hi;
        ls[s] = lo;
        counts[s] = count;
        this.total += count;
        if (++this.size * 2 > counts.length)
            this.grow();
        return true;
    }
    /** Twice the slots, entries placed again (the table stays at most half full). */
    grow() {
        const { hi, lo, counts } = this;
        const slots = counts.length * 2;
        this.hi = new Uint32Array(slots);
        this.lo = new Uint32Array(slots);
        this.counts = new Float64Array(slots);
        this.shift--;
        const mask = slots - 1;
        for (let k = 0; k < counts.length; k++) {
            if (counts[k] === 0)
                continue;
            let s = Math.imul(Math.imul(lo[k], 0xcc9e2d51) ^ hi[k], 0x9e3779b1) >>> this.shift;
            while (this.counts[s] !== 0)
                s = (s + 1) & mask;
            this.hi[s] = hi[k];
            this.lo[s] = lo[k];
            this.counts[s] = counts[k];
        }
    }
    /** The distinct values (in table order) and their counts. */
    entries() {
        const values = new Float64Array(this.size);
        const bits = new Uint32Array(values.buffer);
        const out = new Float64Array(this.size);
        let j = 0;
        for (let s = 0; s < this.counts.length; s++) {
            if (this.counts[s] === 0)
                continue;
            bits[2 * j] = this.lo[s];
            bits[2 * j + 1] = this.hi[s];
            out[j++] = this.counts[s];
        }
        return { values, counts: out };
    }
    /** The distinct values in ascending order (-0 before +0) and their counts. */
    sorted() {
        const { values, counts } = this.entries();
        const order = Array.from({ length: values.length }, (_, k) => k).sort((a, b) => compareValues(values[a], values[b]));
        return { values: Float64Array.from(order, (k) => values[k]), counts: Float64Array.from(order, (k) => counts[k]) };
    }
    /** Every value as many times as counted (in no particular order): the column kept value by value from here on. */
    expand() {
        const { values, counts } = this.entries();
        return expandCounts(values, counts);
    }
}
/** Each value as many times as its count says. */
function expandCounts(values, counts) {
    let n = 0;
    for (let k = 0; k < counts.length; k++)
        n += counts[k];
    const out = new Float64Array(n);
    let at = 0;
    for (let k = 0; k < values.length; k++) {
        out.fill(values[k], at, at + counts[k]);
        at += counts[k];
    }
    return out;
}
/** Ascending, -0 before +0 (the order `sortFloat64` gives). */
function compareValues(a, b) {
    if (a < b)
        return -1;
    if (a > b)
        return 1;
    return Object.is(a, -0) && Object.is(b, 0) ? -1 : Object.is(a, 0) && Object.is(b, -0) ? 1 : 0;
}

// EXTERNAL MODULE: ./src/domain/drift/sample.ts
var sample = __webpack_require__(41088);
// EXTERNAL MODULE: ./src/io/data/csv/row-arrays.ts
var row_arrays = __webpack_require__(30393);
;// CONCATENATED MODULE: ./src/io/data/numeric-values.ts



/** Values per block of a column kept one by one (unless told the rows to expect). */
const BLOCK_VALUES = 1 << 16;
/** A column's values as a list of blocks: appending never moves what is there. Blocks are `rowArray`s (a chunk worker's come back to it once folded). */
class Float64Blocks {
    firstBlock;
    blocks = [];
    tail = new Float64Array(0);
    tailLength = 0;
    length = 0;
    /** `firstBlock`: values the first block holds (the rows expected, when known: then one block, sorted in place). */
    constructor(firstBlock = BLOCK_VALUES) {
        this.firstBlock = firstBlock;
    }
    /** Sizes the first block for `rows` values, unless it is made already. */
    expect(rows) {
        if (this.blocks.length === 0)
            this.firstBlock = Math.max(this.firstBlock, rows);
    }
    /** Copies values[0, n) (the caller reuses its buffer). */
    push(values, n) {
        let from = 0;
        while (from < n) {
            if (this.tailLength === this.tail.length) {
                this.tail = (0,row_arrays/* rowArray */.kH)(Float64Array, Math.max(this.blocks.length === 0 ? this.firstBlock : BLOCK_VALUES, n - from));
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
    /** Holds nothing from now on (the blocks are the caller's). */
    clear() {
        this.blocks.length = 0;
        this.tail = new Float64Array(0);
        this.tailLength = 0;
        this.length = 0;
    }
    /** The blocks, each cut to the values it holds (views, no copy; each block has a buffer of its own). */
    parts() {
        return this.blocks.map((b) => (b === this.tail && this.tailLength < b.length ? b.subarray(0, this.tailLength) : b));
    }
    /** The values in one array: the block itself when there is one (a view), else a copy. */
    toArray() {
        const parts = this.parts();
        if (parts.length === 1)
            return parts[0];
        const out = new Float64Array(this.length);
        let at = 0;
        for (const b of parts) {
            out.set(b, at);
            at += b.length;
        }
        return out;
    }
}
/**
 * A numeric column's values: tallied while it has few distinct ones (`ValueTally`, a weighted sample at the end),
 * kept one by one (`Float64Blocks`) from the first value past the tally's limit on, or from the start when `raw`.
 */
class NumericValues {
    tally;
    raw;
    constructor(expectedRows, raw) {
        this.raw = new Float64Blocks(expectedRows);
        if (!raw)
            this.tally = new ValueTally();
    }
    /** Whether the values are kept one by one (too many distinct ones to tally). */
    get spilled() {
        return this.tally === undefined;
    }
    /** Counts values[0, n) (the caller reuses its buffer). */
    push(values, n) {
        if (this.tally) {
            const stop = this.tally.addWords(new Uint32Array(values.buffer, values.byteOffset, 2 * n), 0, n);
            if (stop === n)
                return;
            this.spill();
            this.raw.push(values.subarray(stop, n), n - stop);
        }
        else
            this.raw.push(values, n);
    }
    /** From now on value by value: what the tally counted is written out. */
    spill() {
        const values = this.tally.expand();
        this.raw.push(values, values.length);
        this.tally = undefined;
    }
    /** About this many values will come in all: the values kept one by one then fill one array, which is sorted in place. */
    expect(rows) {
        this.raw.expect(rows);
    }
    /** As plain data: the distinct values with their counts while tallied, else every value. */
    export() {
        return this.tally ? this.tally.entries() : { values: this.raw.toArray() };
    }
    /**
     * Folds in another part's values (`export`), copied: the part's arrays are garbage as soon as this returns (fresh
     * memory for the next part need not be faulted in), and the column's values stay in one array when it was `expect`ed.
     */
    absorb(part) {
        const { values, counts } = part;
        if (counts && this.tally) {
            for (let k = 0; k < values.length; k++) {
                if (this.tally.add(values[k], counts[k]))
                    continue;
                this.spill();
                const rest = expandCounts(values.subarray(k), counts.subarray(k));
                this.raw.push(rest, rest.length);
                return;
            }
            return;
        }
        if (this.tally)
            this.spill();
        const all = counts ? expandCounts(values, counts) : values;
        this.raw.push(all, all.length);
    }
    /** The values kept one by one, as blocks (`Float64Blocks.parts`); this holds none of them afterwards. */
    take() {
        const parts = this.raw.parts();
        this.raw.clear();
        return parts;
    }
    /** The tally's distinct values ascending with their counts; undefined once spilled. */
    tallied() {
        return this.tally?.sorted();
    }
}
/**
 * Whether a tallied column is kept as its distinct values with weights: when that is at most half the size of a value
 * per row (few rows, each a value of its own, stay a plain sample).
 */
function worthWeights(counts) {
    let total = 0;
    for (let k = 0; k < counts.length; k++)
        total += counts[k];
    return total > 0 && 2 * counts.length <= total;
}
/** A numeric column's distribution from its sorted values. */
function rawDistribution(sorted, nulls) {
    const n = sorted.length;
    let s = 0;
    for (let i = 0; i < n; i++)
        s += sorted[i];
    const mean = n ? s / n : 0;
    let ss = 0;
    for (let i = 0; i < n; i++)
        ss += (sorted[i] - mean) ** 2;
    return { kind: 'numeric', sample: (0,sample/* exactSample */.Sv)(sorted), count: n, nulls, mean, std: n ? Math.sqrt(ss / n) : 0, min: n ? sorted[0] : NaN, max: n ? sorted[n - 1] : NaN };
}
/**
 * A numeric column's distribution from its distinct values (ascending, at least one) and their counts. The sums add
 * each value as many times as it came, in order, as `rawDistribution` does over the sorted values: the same mean and
 * standard deviation to the bit, however the column was kept.
 */
function weightedDistribution(values, counts, nulls) {
    let n = 0;
    let s = 0;
    for (let k = 0; k < values.length; k++) {
        const v = values[k];
        const c = counts[k];
        for (let r = 0; r < c; r++)
            s += v;
        n += c;
    }
    const mean = s / n;
    let ss = 0;
    for (let k = 0; k < values.length; k++) {
        const d = (values[k] - mean) ** 2;
        const c = counts[k];
        for (let r = 0; r < c; r++)
            ss += d;
    }
    return { kind: 'numeric', sample: { values, weights: counts, total: n, rankError: 0 }, count: n, nulls, mean, std: Math.sqrt(ss / n), min: values[0], max: values[values.length - 1] };
}

;// CONCATENATED MODULE: ./src/io/data/cell-readers.ts
/** The numbers of rows `take` (all `rows` rows when null) into `out`; returns how many (number() is NaN for a null cell too). */
function numbersOf(col, take, rows, out) {
    let n = 0;
    if (take === null) {
        for (let i = 0; i < rows; i++) {
            const v = col.number(i);
            if (!Number.isNaN(v))
                out[n++] = v;
        }
    }
    else {
        for (const i of take) {
            const v = col.number(i);
            if (!Number.isNaN(v))
                out[n++] = v;
        }
    }
    return n;
}
/** A date or datetime cell as epoch ms (a number as it is); NaN for a null cell or one that is neither. */
function dateOf(col, i) {
    if (col.isNull(i))
        return NaN;
    let v = col.number(i);
    if (Number.isNaN(v))
        v = col.datetime(i, false);
    if (Number.isNaN(v))
        v = Date.parse(col.text(i) ?? '');
    return v;
}
/** `numbersOf` for a column read as dates. */
function datesOf(col, take, rows, out) {
    let n = 0;
    if (take === null) {
        for (let i = 0; i < rows; i++) {
            const v = dateOf(col, i);
            if (!Number.isNaN(v))
                out[n++] = v;
        }
    }
    else {
        for (const i of take) {
            const v = dateOf(col, i);
            if (!Number.isNaN(v))
                out[n++] = v;
        }
    }
    return n;
}
/** Counts a text column's cells of rows `take` (all when null) in its tally; returns the nulls. */
function tallied(col, take, rows, tally, sink) {
    let nulls = 0;
    if (take === null) {
        for (let i = 0; i < rows; i++)
            if (col.isNull(i) || !tally.add(col, i, sink))
                nulls++;
    }
    else {
        for (const i of take)
            if (col.isNull(i) || !tally.add(col, i, sink))
                nulls++;
    }
    return nulls;
}
/** Counts a text column's cells of rows `take` (all when null) straight into a capped table by their hashes; returns the nulls. */
function talliedInto(col, take, rows, table, h) {
    let nulls = 0;
    if (take === null) {
        for (let i = 0; i < rows; i++)
            if (col.isNull(i) || !countCell(col, i, table, h))
                nulls++;
    }
    else {
        for (const i of take)
            if (col.isNull(i) || !countCell(col, i, table, h))
                nulls++;
    }
    return nulls;
}
/** Counts non-null text cell i in `table` (false when it has no text after all). */
function countCell(col, i, table, h) {
    col.hash(i, h);
    const hi = h[0];
    const lo = h[1];
    if (table.tally(hi, lo, 1))
        return true;
    const t = col.text(i);
    if (t === null)
        return false;
    table.insert(t, hi, lo, 1);
    return true;
}
/** Adds the texts of another kind of column's cells (booleans, …) one by one; returns the nulls. */
function textsOf(col, take, rows, sink) {
    let nulls = 0;
    for (let k = 0; k < rows; k++) {
        const i = take === null ? k : take[k];
        const t = col.isNull(i) ? null : col.text(i);
        if (t === null)
            nulls++;
        else
            sink.add(t, 1);
    }
    return nulls;
}

;// CONCATENATED MODULE: ./src/io/data/text-tally.ts
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
        const k = this.texts.length;
        const t = col.text(i);
        if (t === null)
            return false;
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
/**
 * The text tallies of a read's columns, by name (for sinks that count texts, not hashes: profiles). A tally keeps
 * only texts by hash (its counts go to the sink at each flush), so one serves every batch of the read: each text of
 * a column is built once per read, not once per batch, and the tables are allocated once.
 */
class TextTallies {
    byColumn = new Map();
    of(column) {
        let tally = this.byColumn.get(column);
        if (!tally)
            this.byColumn.set(column, (tally = new TextTally()));
        return tally;
    }
}

;// CONCATENATED MODULE: ./src/io/data/column-values.ts






const NUMERIC_TYPES = new Set(['integer', 'number', 'date', 'datetime']);
const CATEGORICAL_TYPES = new Set(['string', 'category', 'boolean']);
/** Rows of a CSV file's first batch, from which undeclared text columns are found numeric or not. */
const PLAN_SAMPLE_ROWS = 65_536;
/** Fixes in `plans` how each column of the batch is read (numbers, dates or texts) that has no plan there yet, from rows `rows`. */
function planColumns(batch, rows, declared, plans) {
    for (const col of batch.columns)
        if (!plans.has(col.name))
            plans.set(col.name, planColumn(col, rows, declared?.[col.name]));
}
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
    // An undeclared text column is numbers when every sampled cell is one, timestamps when every one is an ISO 8601
    // date or datetime (compared as time, not as a category with a value per row), else text.
    // The first cell decides which of the two every cell must be. Each is a loop of its own with one path: a loop that
    // took either path per cell was compiled again and again as each column met a path the last had not (~50 ms).
    let first = 0;
    while (first < rows.length && col.isNull(rows[first]))
        first++;
    if (first === rows.length)
        return { kind: 'categorical', type: 'string' };
    if (!Number.isNaN(col.number(rows[first])))
        return allNumbers(col, rows, first) ? { kind: 'numeric', type: 'number', dates: false } : { kind: 'categorical', type: 'string' };
    return allDatetimes(col, rows, first) ? { kind: 'numeric', type: 'datetime', dates: true } : { kind: 'categorical', type: 'string' };
}
/** Whether every non-null cell of rows[from…] is a number. */
function allNumbers(col, rows, from) {
    for (let k = from; k < rows.length; k++) {
        const i = rows[k];
        if (!col.isNull(i) && Number.isNaN(col.number(i)))
            return false;
    }
    return true;
}
/** Whether every non-null cell of rows[from…] is an ISO 8601 date or datetime. */
function allDatetimes(col, rows, from) {
    for (let k = from; k < rows.length; k++) {
        const i = rows[k];
        if (!col.isNull(i) && Number.isNaN(col.datetime(i, false)))
            return false;
    }
    return true;
}
/**
 * Feeds batches into per-column sinks. A column's plan is fixed by the first batch that has it
 * (or given up front, as chunk workers get it).
 */
class ColumnStreamer {
    dataset;
    sinks;
    plans;
    buffer = new Float64Array(4096);
    all = [];
    hash = new Uint32Array(2);
    /** For sinks without a table of their own (profiles): a text is built once per distinct text and batch, not per cell. */
    tallies = new TextTallies();
    constructor(dataset, sinks, plans = new Map()) {
        this.dataset = dataset;
        this.sinks = sinks;
        this.plans = plans;
    }
    /** The dataset's declared columns (their types decide plans). */
    get declared() {
        return this.dataset.columns;
    }
    /** Fixes the plans of the batch's columns that have none yet, from rows `take` (default: all of them). */
    plan(batch, take) {
        for (const col of batch.columns) {
            if (this.plans.has(col.name))
                continue;
            planColumns(batch, take ?? this.allRows(batch.length), this.dataset.columns, this.plans);
            return;
        }
    }
    allRows(n) {
        while (this.all.length < n)
            this.all.push(this.all.length);
        return this.all.length === n ? this.all : this.all.slice(0, n);
    }
    /**
     * Rows `take` of the batch (default: all of them). Each kind of column is read by a function of its own: small functions that the engine optimises
     * early, each for one kind, where one loop for all kinds ran unoptimised for most of a chunk worker's first second.
     */
    consume(batch, take) {
        const rows = take ? take.length : batch.length;
        if (rows === 0)
            return;
        this.plan(batch, take);
        if (this.buffer.length < rows)
            this.buffer = new Float64Array(rows);
        const buffer = this.buffer;
        const only = take ?? null;
        for (const col of batch.columns) {
            const p = this.plans.get(col.name);
            if (p.kind === 'numeric') {
                const sink = this.sinks.numeric(col.name, p.type);
                // Nulls, non-numbers and non-dates count alike here.
                const n = p.dates ? datesOf(col, only, rows, buffer) : numbersOf(col, only, rows, buffer);
                if (n < rows)
                    sink.addNulls(rows - n);
                if (n)
                    sink.addValues(buffer, n);
            }
            else {
                const sink = this.sinks.categorical(col.name, p.type);
                let nulls;
                if (col.kind === 'text' && sink.table)
                    nulls = talliedInto(col, only, rows, sink.table, this.hash);
                else if (col.kind === 'text') {
                    const tally = this.tallies.of(col.name);
                    nulls = tallied(col, only, rows, tally, sink);
                    tally.flush(sink);
                }
                else
                    nulls = textsOf(col, only, rows, sink);
                if (nulls)
                    sink.addNulls(nulls);
            }
        }
    }
}
/*
 * The sinks of a collector's columns: classes, not closures made per collector, so that the readers' calls into them
 * go to the same functions from one chunk's collector to the next (a new closure per chunk made the engine drop the
 * readers' optimised code each time it met one).
 */
class NumericColumnSink {
    col;
    constructor(col) {
        this.col = col;
    }
    addValues(values, length) {
        this.col.values.push(values, length);
    }
    addNulls(count) {
        this.col.nulls += count;
    }
}
class CategoricalColumnSink {
    col;
    table;
    constructor(col) {
        this.col = col;
        this.table = col.table;
    }
    add(value, count) {
        this.table.add(value, count);
    }
    addNulls(count) {
        this.col.nulls += count;
    }
}
/** The buffers of a part's numeric arrays (to transfer it; once absorbed, nothing refers to them: see `NumericValues.absorb`). */
function partBuffers(part) {
    const out = new Set();
    for (const c of Object.values(part.numeric)) {
        out.add(c.values.buffer);
        if (c.counts)
            out.add(c.counts.buffer);
    }
    return [...out];
}
/**
 * Collects every value of every column (exact-mode drift; category tables capped, see capped-counts.ts; numeric
 * columns of few distinct values tallied, see value-tally.ts). `floors`: sampling levels the whole read has already
 * reached (from `levels()`), so a part's table pools early what the merge would drop anyway; `raw`: numeric columns
 * known to have too many distinct values to tally (from `spilled()`), kept value by value from the start.
 */
function exactCollector(floors = {}, expectedRows = BLOCK_VALUES, raw = new Set()) {
    const types = new Map();
    const numeric = new Map();
    const categorical = new Map();
    let expected = expectedRows;
    const numericColumn = (name, type) => {
        let c = numeric.get(name);
        if (!c) {
            numeric.set(name, (c = { values: new NumericValues(expected, raw.has(name)), nulls: 0 }));
            types.set(name, type);
        }
        return c;
    };
    const categoricalColumn = (name, type) => {
        let c = categorical.get(name);
        if (!c) {
            categorical.set(name, (c = { table: new capped_counts/* CappedCounts */.Su(capped_counts/* EXACT_CATEGORY_LIMIT */.hS, floors[name] ?? 0), nulls: 0 }));
            types.set(name, type);
        }
        return c;
    };
    const sinks = {
        numeric: (name, type) => new NumericColumnSink(numericColumn(name, type)),
        categorical: (name, type) => new CategoricalColumnSink(categoricalColumn(name, type)),
    };
    const exportColumns = () => ({
        types: Object.fromEntries(types),
        numeric: Object.fromEntries([...numeric].map(([name, c]) => [name, { ...c.values.export(), nulls: c.nulls }])),
        categorical: Object.fromEntries([...categorical].map(([name, c]) => [name, { ...c.table.export(), nulls: c.nulls }])),
    });
    const absorb = (part) => {
        for (const [name, c] of Object.entries(part.numeric)) {
            const col = numericColumn(name, part.types[name]);
            col.values.absorb(c);
            col.nulls += c.nulls;
        }
        for (const [name, c] of Object.entries(part.categorical)) {
            const col = categoricalColumn(name, part.types[name]);
            col.table.merge(c);
            col.nulls += c.nulls;
        }
    };
    const finish = async (sort, meanwhile) => {
        const ready = new Map();
        const names = [];
        const blocks = [];
        for (const [name, c] of numeric) {
            const tallied = c.values.tallied();
            if (tallied && worthWeights(tallied.counts))
                ready.set(name, weightedDistribution(tallied.values, tallied.counts, c.nulls));
            else {
                names.push(name);
                blocks.push(tallied ? [expandCounts(tallied.values, tallied.counts)] : c.values.take());
            }
        }
        for (const [name, c] of categorical) {
            const { counts, other, level } = c.table.finish();
            ready.set(name, { kind: 'categorical', counts, other, countError: 0, ...(level > 0 ? { sampleLevel: level } : {}), count: c.table.n, nulls: c.nulls });
        }
        let arrays;
        if (sort) {
            const sorting = sort(blocks);
            meanwhile?.(ready);
            arrays = await sorting;
        }
        else {
            meanwhile?.(ready);
            const scratch = new drift_sort/* SortScratch */.zp();
            arrays = blocks.map((parts, k) => {
                blocks[k] = [];
                return (0,drift_sort/* sortFloat64Blocks */.vx)(parts, scratch);
            });
        }
        const sorted = new Map(names.map((name, k) => [name, arrays[k]]));
        // Numeric columns first, then text ones, each in the order first met (as the data's columns come).
        const columns = new Map();
        for (const [name, c] of numeric)
            columns.set(name, ready.get(name) ?? rawDistribution(sorted.get(name), c.nulls));
        for (const name of categorical.keys())
            columns.set(name, ready.get(name));
        return columns;
    };
    const levels = () => Object.fromEntries([...categorical].map(([name, c]) => [name, c.table.level]));
    const spilled = () => [...numeric].filter(([, c]) => c.values.spilled).map(([name]) => name);
    const expectRows = (rows) => {
        // Room past the estimate is never written unless needed, so it costs no memory.
        expected = Math.max(expected, Math.ceil(rows * 1.1));
        for (const c of numeric.values())
            c.values.expect(expected);
    };
    return { sinks, types, export: exportColumns, absorb, levels, spilled, finish, expectRows };
}


/***/ }),

/***/ 65690:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bp: () => (/* binding */ valueNumber),
/* harmony export */   IX: () => (/* binding */ ValueColumn),
/* harmony export */   Ru: () => (/* binding */ valueText),
/* harmony export */   gg: () => (/* binding */ hashValue),
/* harmony export */   xO: () => (/* binding */ CsvColumn)
/* harmony export */ });
/* harmony import */ var _domain_table_hash_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(68867);
/* harmony import */ var _csv_numbers_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(28296);
/* harmony import */ var _csv_text_window_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9224);
/* harmony import */ var _domain_validation_iso_time_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(61597);
/* harmony import */ var _domain_validation_text_set_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(98858);





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
        (0,_csv_numbers_js__WEBPACK_IMPORTED_MODULE_3__/* .decodeNumbers */ .vW)(this.buf, this.offsets, this.flags, this.slot, this.slots, this.length, out, kinds);
    }
    datetimes(out, dateOnly) {
        const { buf, offsets, slots, length } = this;
        for (let i = 0, k = this.slot; i < length; i++, k += slots)
            out[i] = (0,_domain_validation_iso_time_js__WEBPACK_IMPORTED_MODULE_1__/* .parseIsoBytes */ .y)(buf, offsets[2 * k], offsets[2 * k + 1], dateOnly);
    }
    shortKey(i) {
        const k = i * this.slots + this.slot;
        // A quoted field with "" escapes: its bytes are not its text.
        if (this.flags[k] === 2)
            return NaN;
        return (0,_domain_validation_text_set_js__WEBPACK_IMPORTED_MODULE_2__/* .shortKeyOfBytes */ .YB)(this.buf, this.offsets[2 * k], this.offsets[2 * k + 1]);
    }
    canonicalInteger(i) {
        const k = i * this.slots + this.slot;
        if (this.flags[k] === 2)
            return NaN;
        return (0,_csv_numbers_js__WEBPACK_IMPORTED_MODULE_3__/* .canonicalIntegerBytes */ .Ih)(this.buf, this.offsets[2 * k], this.offsets[2 * k + 1]);
    }
    textView(i) {
        return this.cellText(i, true);
    }
    textBytes(i, span) {
        const k = i * this.slots + this.slot;
        const flag = this.flags[k];
        const s = this.offsets[2 * k];
        const e = this.offsets[2 * k + 1];
        // A quoted field with "" escapes: its bytes are not its text.
        if (flag === 2 || (flag === 0 && s === e))
            return undefined;
        span[0] = s;
        span[1] = e;
        return this.buf;
    }
    isNull(i) {
        const k = i * this.slots + this.slot;
        return this.flags[k] === 0 && this.offsets[2 * k] === this.offsets[2 * k + 1];
    }
    number(i) {
        const k = i * this.slots + this.slot;
        return (0,_csv_numbers_js__WEBPACK_IMPORTED_MODULE_3__/* .parseNumberBytes */ .oX)(this.buf, this.offsets[2 * k], this.offsets[2 * k + 1]);
    }
    isInteger(i) {
        const k = i * this.slots + this.slot;
        return (0,_csv_numbers_js__WEBPACK_IMPORTED_MODULE_3__/* .isIntegerBytes */ .eS)(this.buf, this.offsets[2 * k], this.offsets[2 * k + 1]);
    }
    datetime(i, dateOnly) {
        const k = i * this.slots + this.slot;
        return (0,_domain_validation_iso_time_js__WEBPACK_IMPORTED_MODULE_1__/* .parseIsoBytes */ .y)(this.buf, this.offsets[2 * k], this.offsets[2 * k + 1], dateOnly);
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
            this.window ??= new _csv_text_window_js__WEBPACK_IMPORTED_MODULE_4__/* .TextWindow */ .q(this.buf, this.ascii);
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
            (0,_domain_table_hash_js__WEBPACK_IMPORTED_MODULE_0__/* .hashNull */ .yK)(out);
        else
            (0,_domain_table_hash_js__WEBPACK_IMPORTED_MODULE_0__/* .hashBytes */ .yi)(this.buf, s, e, flag === 2, out);
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
        return typeof v === 'string' ? (0,_domain_validation_iso_time_js__WEBPACK_IMPORTED_MODULE_1__/* .parseIsoString */ .K)(v, dateOnly) : NaN;
    }
    text(i) {
        return valueText(this.values[this.offset + i]);
    }
    value(i) {
        const v = this.values[this.offset + i];
        return v === undefined ? null : v;
    }
    hash(i, out) {
        hashValue(this.values[this.offset + i], out);
    }
}
/** `Column.hash` of a JSON/Parquet value. */
function hashValue(v, out) {
    if (v === null || v === undefined)
        (0,_domain_table_hash_js__WEBPACK_IMPORTED_MODULE_0__/* .hashNull */ .yK)(out);
    else if (typeof v === 'string')
        (0,_domain_table_hash_js__WEBPACK_IMPORTED_MODULE_0__/* .hashString */ .YZ)(v, out);
    else if (typeof v === 'number') {
        if (Number.isSafeInteger(v))
            (0,_domain_table_hash_js__WEBPACK_IMPORTED_MODULE_0__/* .hashInteger */ .D5)(v, out);
        else
            (0,_domain_table_hash_js__WEBPACK_IMPORTED_MODULE_0__/* .hashDouble */ .G_)(v, out);
    }
    else if (typeof v === 'bigint' && v >= -9007199254740991n && v <= 9007199254740991n)
        (0,_domain_table_hash_js__WEBPACK_IMPORTED_MODULE_0__/* .hashInteger */ .D5)(Number(v), out);
    else if (v instanceof Date)
        (0,_domain_table_hash_js__WEBPACK_IMPORTED_MODULE_0__/* .hashInteger */ .D5)(v.getTime(), out);
    else
        (0,_domain_table_hash_js__WEBPACK_IMPORTED_MODULE_0__/* .hashString */ .YZ)(valueText(v), out);
}


/***/ }),

/***/ 28296:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ih: () => (/* binding */ canonicalIntegerBytes),
/* harmony export */   eS: () => (/* binding */ isIntegerBytes),
/* harmony export */   oX: () => (/* binding */ parseNumberBytes),
/* harmony export */   vW: () => (/* binding */ decodeNumbers)
/* harmony export */ });
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


/***/ }),

/***/ 30393:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ recycleRowArrays),
/* harmony export */   kH: () => (/* binding */ rowArray),
/* harmony export */   r: () => (/* binding */ rowArrayBuffers)
/* harmony export */ });
/* unused harmony export spareRowBuffers */
/**
 * Buffers of a chunk's row arrays (line numbers, record ranges, key hashes) that the thread they went
 * to has finished with and handed back. A chunk's arrays are ~40 bytes a row; allocated afresh, they
 * cost page faults here and, as garbage, memory wherever they end (until a GC gets to them).
 */
const spare = [];
/** Enough for the chunks in flight (about eight arrays each); more are left to the GC. */
const MAX_SPARE = 64;
/** A zeroed array of `length` elements, on a spare buffer when one fits (not more than 4 times too big). */
function rowArray(type, length) {
    const bytes = length * type.BYTES_PER_ELEMENT;
    for (let k = spare.length - 1; k >= 0; k--) {
        const b = spare[k];
        if (b.byteLength < bytes || b.byteLength > 4 * bytes + 4096)
            continue;
        spare[k] = spare[spare.length - 1];
        spare.pop();
        return new type(b, 0, length).fill(0);
    }
    return new type(length);
}
/** Hands back buffers of row arrays nothing refers to any more (the oldest spare ones go when there are too many). */
function recycleRowArrays(buffers) {
    for (const b of buffers) {
        if (b.byteLength === 0 || spare.includes(b))
            continue;
        spare.push(b);
    }
    if (spare.length > MAX_SPARE)
        spare.splice(0, spare.length - MAX_SPARE);
}
/** Spare buffers held (for tests). */
function spareRowBuffers() {
    return spare.length;
}
/** The buffers of a chunk result's row arrays (`rowArray`): once the result is folded, they can be recycled. */
function rowArrayBuffers(result) {
    const s = result.summary;
    const out = [s.lines.buffer, result.records.buffer];
    for (const u of Object.values(s.unique))
        out.push(u.ints.buffer, u.hi.buffer, u.lo.buffer, u.nulls.buffer);
    if (s.rowHashes)
        out.push(s.rowHashes.hi.buffer, s.rowHashes.lo.buffer);
    return out;
}


/***/ }),

/***/ 97105:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ CsvSource)
/* harmony export */ });
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4573);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_buffer__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _domain_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(10241);
/* harmony import */ var _byte_stream_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6052);
/* harmony import */ var _columns_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(65690);
/* harmony import */ var _domain_table_hash_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(68867);
/* harmony import */ var _tokenizer_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(55915);






const DEFAULT_BATCH_ROWS = 4096;
const MAX_HEADER_FIELDS = 1 << 16;
let headerSlots;
/** Field i in slot i, for reading a header (made once per thread: only read). */
function identitySlots() {
    if (!headerSlots) {
        headerSlots = new Int32Array(MAX_HEADER_FIELDS);
        for (let i = 0; i < MAX_HEADER_FIELDS; i++)
            headerSlots[i] = i;
    }
    return headerSlots;
}
/** CSV/TSV file (optionally gzip) read in one streaming pass. */
class CsvSource {
    path;
    file;
    format;
    gzip;
    delimiter;
    header;
    constructor(path, file, format, gzip, delimiter) {
        this.path = path;
        this.file = file;
        this.format = format;
        this.gzip = gzip;
        this.delimiter = delimiter;
    }
    async columnNames() {
        if (!this.header) {
            for await (const batch of this.batches({ columns: [], batchRows: 1 })) {
                void batch;
                break;
            }
        }
        return this.header.names;
    }
    /** The parsed header (reads the start of the file once). */
    async headerInfo() {
        await this.columnNames();
        return this.header;
    }
    /** What `fileChunks` needs to read this file again. */
    get location() {
        return { path: this.path, gzip: this.gzip };
    }
    knownRowCount() {
        return Promise.resolve(undefined);
    }
    async *batches(options = {}) {
        const batchRows = Math.max(1, options.batchRows ?? DEFAULT_BATCH_ROWS);
        let pending;
        let tok;
        let names = [];
        let rowOffset = 0;
        let firstChunk = true;
        let requested = [];
        let sawAnyByte = false;
        const fail = (error, line) => {
            if (error instanceof _tokenizer_js__WEBPACK_IMPORTED_MODULE_5__/* .CsvSyntaxError */ .oC)
                throw (0,_domain_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)(error.message, { file: this.file, line: error.line });
            throw (0,_domain_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)(String(error), { file: this.file, line });
        };
        const makeBatch = (buf, rows) => {
            const t = tok;
            const ascii = rows > 0 && (0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isAscii)(buf.subarray(t.records[0], t.records[2 * rows - 1]));
            const columns = requested.map((name, slot) => new _columns_js__WEBPACK_IMPORTED_MODULE_3__/* .CsvColumn */ .xO(name, buf, t.offsets, t.flags, slot, requested.length, rows, ascii));
            const lines = t.lines;
            const records = t.records;
            const view = (0,_domain_table_hash_js__WEBPACK_IMPORTED_MODULE_4__/* .viewOf */ .du)(buf);
            const byName = new Map(columns.map((c) => [c.name, c]));
            const batch = {
                file: this.file,
                length: rows,
                rowOffset,
                columns,
                column: (name) => byName.get(name),
                line: (i) => lines[i],
                rowHash: (i, out) => (0,_domain_table_hash_js__WEBPACK_IMPORTED_MODULE_4__/* .hashRecordBytes */ .Vt)(buf, view, records[2 * i], records[2 * i + 1], out),
            };
            rowOffset += rows;
            return batch;
        };
        const checkUtf8 = (buf, start, end, firstLine) => {
            if ((0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isUtf8)(buf.subarray(start, end)))
                return;
            let line = firstLine;
            let p = start;
            while (p < end) {
                let q = buf.indexOf(10, p);
                if (q < 0 || q >= end)
                    q = end;
                if (!(0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isUtf8)(buf.subarray(p, q)))
                    throw (0,_domain_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)('invalid UTF-8 (expected UTF-8 text; re-encode the file, e.g. iconv -t UTF-8)', { file: this.file, line });
                line++;
                p = q + 1;
            }
        };
        const readHeader = (buf, final) => {
            let start = 0;
            if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf)
                start = 3;
            // skip leading empty lines
            const delimiter = this.delimiter !== undefined ? this.delimiter.charCodeAt(0) : this.format === 'tsv' ? 9 : (0,_tokenizer_js__WEBPACK_IMPORTED_MODULE_5__/* .detectDelimiter */ .T6)(buf, start, buf.length);
            const headerTok = new _tokenizer_js__WEBPACK_IMPORTED_MODULE_5__/* .CsvTokenizer */ .YB(delimiter, -1, identitySlots(), MAX_HEADER_FIELDS, 1);
            let res;
            try {
                res = headerTok.tokenize(buf, start, buf.length, final);
            }
            catch (error) {
                return fail(error);
            }
            if (res.rows === 0)
                return -1;
            checkUtf8(buf, start, res.consumed, 1);
            const count = headerTok.lastFieldCount;
            if (count > MAX_HEADER_FIELDS)
                throw (0,_domain_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)(`the header has ${count.toLocaleString('en-US')} columns; mlgate reads files of at most ${MAX_HEADER_FIELDS.toLocaleString('en-US')} columns`, { file: this.file, line: headerTok.lines[0] });
            names = [];
            for (let f = 0; f < count; f++) {
                const s = headerTok.offsets[2 * f];
                const e = headerTok.offsets[2 * f + 1];
                const t = buf.toString('utf8', s, e);
                names.push(headerTok.flags[f] === 2 ? t.replaceAll('""', '"') : t);
            }
            const seen = new Set();
            names.forEach((n, i) => {
                if (n === '')
                    throw (0,_domain_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)(`header field ${i + 1} is empty; expected a column name`, { file: this.file, line: headerTok.lines[0] });
                if (seen.has(n))
                    throw (0,_domain_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)(`duplicate column name ${(0,_domain_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .quoted */ .TL)(n)} in the header (columns ${names.indexOf(n) + 1} and ${i + 1})`, { file: this.file, line: headerTok.lines[0] });
                seen.add(n);
            });
            this.header = { names, delimiter, endOffset: res.consumed, nextLine: headerTok.line };
            requested = options.columns ? options.columns.filter((c) => names.includes(c)) : [...names];
            const slotOf = new Int32Array(names.length).fill(-1);
            requested.forEach((name, slot) => {
                slotOf[names.indexOf(name)] = slot;
            });
            tok = new _tokenizer_js__WEBPACK_IMPORTED_MODULE_5__/* .CsvTokenizer */ .YB(delimiter, names.length, slotOf, requested.length, batchRows);
            tok.line = headerTok.line;
            return res.consumed;
        };
        for await (const chunk of (0,_byte_stream_js__WEBPACK_IMPORTED_MODULE_2__/* .fileChunks */ .T9)(this.path, this.file, this.gzip)) {
            if (chunk.length > 0)
                sawAnyByte = true;
            let buf = pending && pending.length > 0 ? Buffer.concat([pending, chunk]) : chunk;
            let pos = 0;
            if (!tok) {
                pos = readHeader(buf, false);
                if (pos < 0) {
                    pending = buf;
                    continue;
                }
                if (options.columns && options.columns.length === 0 && options.batchRows === 1 && firstChunk)
                    return;
            }
            firstChunk = false;
            for (;;) {
                const startLine = tok.line;
                let res;
                try {
                    res = tok.tokenize(buf, pos, buf.length, false);
                }
                catch (error) {
                    return fail(error);
                }
                if (res.rows === 0)
                    break;
                checkUtf8(buf, pos, res.consumed, startLine);
                yield makeBatch(buf, res.rows);
                pos = res.consumed;
                if (pos >= buf.length)
                    break;
            }
            pending = pos < buf.length ? buf.subarray(pos) : undefined;
            buf = Buffer.alloc(0);
        }
        // end of input
        const rest = pending ?? Buffer.alloc(0);
        let pos = 0;
        if (!tok) {
            if (!sawAnyByte || rest.every((c) => c === 10 || c === 13 || c === 32))
                throw (0,_domain_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)('empty file: expected a header line with column names', { file: this.file, line: 1 });
            pos = readHeader(rest, true);
            if (pos < 0)
                throw (0,_domain_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)('empty file: expected a header line with column names', { file: this.file, line: 1 });
            if (options.columns && options.columns.length === 0 && options.batchRows === 1)
                return;
        }
        while (pos < rest.length) {
            const startLine = tok.line;
            let res;
            try {
                res = tok.tokenize(rest, pos, rest.length, true);
            }
            catch (error) {
                return fail(error);
            }
            if (res.rows === 0 && res.consumed === pos)
                break;
            checkUtf8(rest, pos, res.consumed, startLine);
            if (res.rows > 0)
                yield makeBatch(rest, res.rows);
            pos = res.consumed;
        }
    }
}


/***/ }),

/***/ 9224:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ TextWindow)
/* harmony export */ });
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


/***/ }),

/***/ 53113:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   An: () => (/* binding */ STRING),
/* harmony export */   Cq: () => (/* binding */ NULL),
/* harmony export */   Ct: () => (/* binding */ JsonlCells),
/* harmony export */   Ei: () => (/* binding */ BIGINT),
/* harmony export */   Oh: () => (/* binding */ ESCAPED),
/* harmony export */   Qg: () => (/* binding */ VALUE),
/* harmony export */   W8: () => (/* binding */ FALSE),
/* harmony export */   rT: () => (/* binding */ TRUE),
/* harmony export */   s6: () => (/* binding */ NESTED),
/* harmony export */   uk: () => (/* binding */ NUMBER)
/* harmony export */ });
/**
 * The cells of the requested columns of a batch of JSON Lines rows, as the byte-level reader
 * (`line-reader.ts`) leaves them: a tag per cell, its number, and the byte range of its text in the
 * chunk. Row r, slot s is cell r * slots + s.
 */
/** Missing key or null. */
const NULL = 0;
/** A number; its double in `nums` (an integer token beyond 2^53 is a BIGINT). */
const NUMBER = 1;
/** An integer token whose magnitude is 2^53 or more: its digits at [start, end), its rounded double in `nums`. */
const BIGINT = 2;
const FALSE = 3;
const TRUE = 4;
/** A string without escapes: its UTF-8 bytes at [start, end) (quotes excluded). */
const STRING = 5;
/** A string with escapes: its bytes at [start, end), quotes excluded (decoded by JSON.parse when asked). */
const ESCAPED = 6;
/** An object or array: its JSON text at [start, end). */
const NESTED = 7;
/** A value read from a line's object (a line the byte reader left to `readLineObject`): in `values`. */
const VALUE = 8;
class JsonlCells {
    rows;
    tags;
    nums;
    starts;
    ends;
    /** The VALUE cells' values, by cell index. */
    values = new Map();
    slots;
    constructor(slots, rows) {
        this.rows = rows;
        this.slots = slots;
        const n = Math.max(1, rows * slots);
        this.tags = new Uint8Array(n);
        this.nums = new Float64Array(n);
        this.starts = new Int32Array(n);
        this.ends = new Int32Array(n);
    }
    /** Every cell null again, for the next batch. */
    clear() {
        this.tags.fill(NULL);
        this.values.clear();
    }
    /** One more column (a key met for the first time, when every column is read): the cells move to their new places. */
    addSlot() {
        const from = this.slots;
        const to = from + 1;
        const grown = (a) => {
            const b = new a.constructor(Math.max(1, this.rows * to));
            for (let r = 0; r < this.rows; r++)
                b.set(a.subarray(r * from, (r + 1) * from), r * to);
            return b;
        };
        this.tags = grown(this.tags);
        this.nums = grown(this.nums);
        this.starts = grown(this.starts);
        this.ends = grown(this.ends);
        const moved = [...this.values].map(([k, v]) => [Math.floor(k / from) * to + (k % from), v]);
        this.values.clear();
        for (const [k, v] of moved)
            this.values.set(k, v);
        this.slots = to;
    }
    /** Row r's cells null (a line read again another way). */
    clearRow(r) {
        this.tags.fill(NULL, r * this.slots, (r + 1) * this.slots);
    }
}


/***/ }),

/***/ 1904:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  M: () => (/* binding */ readLineObject),
  X: () => (/* binding */ readNestedValue)
});

// EXTERNAL MODULE: ./src/domain/errors.ts
var errors = __webpack_require__(10241);
;// CONCATENATED MODULE: ./src/io/data/jsonl/exact-json.ts
/**
 * A JSON reader for the lines `JSON.parse` cannot read faithfully: integers beyond 2^53 (JSON.parse
 * rounds them) become bigints with their exact value, and a key repeated within one object (JSON.parse
 * keeps the last one silently) is reported. Only used on text `JSON.parse` already accepted, so it does
 * not re-validate the grammar. Iterative, so deep nesting cannot overflow the stack.
 */
function pathOf(frame) {
    const parts = [];
    for (let f = frame; f?.parent !== undefined; f = f.parent)
        parts.push(typeof f.at === 'number' ? `[${f.at}]` : `.${f.at}`);
    return parts.reverse().join('').replace(/^\./, '');
}
const isDigit = (c) => c >= 48 && c <= 57;
/** Parses `text`, valid JSON (as checked by `JSON.parse`). */
function parseExactJson(text) {
    const duplicateKeys = [];
    const stack = [];
    let p = 0;
    let result;
    const skipSpace = () => {
        for (let c = text.charCodeAt(p); c === 32 || c === 9 || c === 10 || c === 13; c = text.charCodeAt(++p))
            ;
    };
    const readString = () => {
        const start = p;
        p++;
        for (let c = text.charCodeAt(p); c !== 34; c = text.charCodeAt(++p))
            if (c === 92)
                p++;
        p++;
        return JSON.parse(text.slice(start, p));
    };
    const readNumber = () => {
        const start = p;
        if (text.charCodeAt(p) === 45)
            p++;
        while (isDigit(text.charCodeAt(p)))
            p++;
        let integral = true;
        if (text.charCodeAt(p) === 46) {
            integral = false;
            p++;
            while (isDigit(text.charCodeAt(p)))
                p++;
        }
        const e = text.charCodeAt(p);
        if (e === 101 || e === 69) {
            integral = false;
            p++;
            const sign = text.charCodeAt(p);
            if (sign === 43 || sign === 45)
                p++;
            while (isDigit(text.charCodeAt(p)))
                p++;
        }
        const token = text.slice(start, p);
        const n = Number(token);
        return integral && !Number.isSafeInteger(n) ? BigInt(token) : n;
    };
    /** Hands a finished value to the enclosing object or array (or makes it the result). */
    const put = (v) => {
        const top = stack[stack.length - 1];
        if (top === undefined)
            result = v;
        else if (top.kind === 'array')
            top.arr.push(v);
        else
            Object.defineProperty(top.obj, top.key, { value: v, writable: true, enumerable: true, configurable: true });
    };
    skipSpace();
    for (;;) {
        const c = text.charCodeAt(p);
        let done;
        let scalar = true;
        if (c === 123 || c === 91) {
            const parent = stack[stack.length - 1];
            const at = parent === undefined ? '' : parent.kind === 'array' ? parent.arr.length : parent.key;
            p++;
            skipSpace();
            const frame = c === 123 ? { kind: 'object', obj: {}, keys: new Set(), key: '', parent, at } : { kind: 'array', arr: [], parent, at };
            const close = c === 123 ? 125 : 93;
            if (text.charCodeAt(p) === close) {
                p++;
                done = frame.kind === 'object' ? frame.obj : frame.arr;
            }
            else {
                stack.push(frame);
                scalar = false;
                if (frame.kind === 'object')
                    readKey(frame);
            }
        }
        else if (c === 34)
            done = readString();
        else if (c === 116) {
            p += 4;
            done = true;
        }
        else if (c === 102) {
            p += 5;
            done = false;
        }
        else if (c === 110) {
            p += 4;
            done = null;
        }
        else
            done = readNumber();
        if (!scalar)
            continue;
        // Close every container the value completes.
        for (;;) {
            put(done);
            skipSpace();
            const top = stack[stack.length - 1];
            if (top === undefined)
                return { value: result, duplicateKeys };
            const next = text.charCodeAt(p++);
            if (next === 44) {
                skipSpace();
                if (top.kind === 'object')
                    readKey(top);
                break;
            }
            stack.pop();
            done = top.kind === 'object' ? top.obj : top.arr;
        }
    }
    /** Reads `"key":` of the next member of `frame`, noting a key seen before in the same object. */
    function readKey(frame) {
        const key = readString();
        if (frame.keys.has(key)) {
            const path = pathOf(frame);
            duplicateKeys.push(path === '' ? key : `${path}.${key}`);
        }
        else
            frame.keys.add(key);
        frame.key = key;
        skipSpace();
        p++;
        skipSpace();
    }
}

;// CONCATENATED MODULE: ./src/io/data/jsonl/line-scan.ts
/**
 * Whether `JSON.parse` can be trusted with a JSON Lines line: it silently keeps the last of two equal
 * keys and rounds integers beyond 2^53. The test may say "no" wrongly (the exact reader, `exact-json.ts`,
 * then reads the line and finds nothing), never "yes" wrongly: `countMembers(value) === memberBound(text)`.
 */
/**
 * An upper bound of the object members on the line: colons after a quote (spaces between allowed).
 * Every member has one; a colon inside a string can only add to the count.
 */
function memberBound(text) {
    let n = 0;
    for (let p = text.indexOf(':'); p >= 0; p = text.indexOf(':', p + 1)) {
        let q = p - 1;
        let c = text.charCodeAt(q);
        while (c === 32 || c === 9 || c === 13)
            c = text.charCodeAt(--q);
        if (c === 34)
            n++;
    }
    return n;
}
/**
 * Members of every object in a parsed value; NaN when a number is 2^53 or more in magnitude (an integer
 * token beyond 2^53 that `JSON.parse` rounded, or a large double) or past a depth the exact reader
 * should handle.
 */
function countMembers(v, depth = 0) {
    if (typeof v === 'number')
        return v <= Number.MAX_SAFE_INTEGER && v >= -Number.MAX_SAFE_INTEGER ? 0 : NaN;
    if (v === null || typeof v !== 'object')
        return 0;
    if (depth > 200)
        return NaN;
    let n = 0;
    if (Array.isArray(v)) {
        for (const x of v)
            n += countMembers(x, depth + 1);
        return n;
    }
    for (const k in v) {
        n++;
        const x = v[k];
        if (typeof x === 'number') {
            if (!(x <= Number.MAX_SAFE_INTEGER && x >= -Number.MAX_SAFE_INTEGER))
                return NaN;
        }
        else if (x !== null && typeof x === 'object')
            n += countMembers(x, depth + 1);
    }
    return n;
}
/** `countMembers` of a line's top object, adding each key not in `known` to it and to `order` (first appearance). */
function countRowMembers(row, known, order) {
    let n = 0;
    for (const k in row) {
        n++;
        if (!known.has(k)) {
            known.add(k);
            order.push(k);
        }
        const x = row[k];
        if (typeof x === 'number') {
            if (!(x <= Number.MAX_SAFE_INTEGER && x >= -Number.MAX_SAFE_INTEGER))
                return NaN;
        }
        else if (x !== null && typeof x === 'object')
            n += countMembers(x, 1);
    }
    return n;
}

;// CONCATENATED MODULE: ./src/io/data/jsonl/line-object.ts



/**
 * Reads the text of one non-blank line (CR and BOM already removed) with `JSON.parse`, and again with
 * the exact reader when `JSON.parse` may have rounded a number or dropped a repeated key. Keys not in
 * `known` are added to it and to `order`, in the object's own key order. Throws the input error of a
 * line that is not JSON or not an object.
 */
function readLineObject(text, where, known, order) {
    let v;
    try {
        v = JSON.parse(text);
    }
    catch (error) {
        throw (0,errors/* inputError */.Xu)(`invalid JSON: ${error.message}`, where, error);
    }
    if (v === null || typeof v !== 'object' || Array.isArray(v))
        throw (0,errors/* inputError */.Xu)(`expected a JSON object on each line, found ${Array.isArray(v) ? 'an array' : JSON.stringify(v)?.slice(0, 40)}`, where);
    // Fewer keys than members on the line (maybe a key was repeated) or a number JSON.parse may have rounded.
    if (countRowMembers(v, known, order) !== memberBound(text)) {
        const exact = parseExactJson(text);
        const row = exact.value;
        // countRowMembers stops at the first number beyond 2^53: the keys after it are the file's too.
        for (const key in row)
            addKey(key, known, order);
        return { row, duplicateKeys: exact.duplicateKeys };
    }
    return { row: v, duplicateKeys: [] };
}
function addKey(key, known, order) {
    if (known.has(key))
        return;
    known.add(key);
    order.push(key);
}
/** A nested value's text (valid JSON) as `readLineObject` would have read it inside its line. */
function readNestedValue(text) {
    const v = JSON.parse(text);
    return countMembers(v, 1) === memberBound(text) ? v : parseExactJson(text).value;
}


/***/ }),

/***/ 4996:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  K: () => (/* binding */ JsonlLineReader)
});

// EXTERNAL MODULE: ./src/domain/table/hash.ts
var hash = __webpack_require__(68867);
// EXTERNAL MODULE: ./src/io/data/columns.ts
var columns = __webpack_require__(65690);
// EXTERNAL MODULE: ./src/io/data/jsonl/cells.ts
var jsonl_cells = __webpack_require__(53113);
;// CONCATENATED MODULE: ./src/io/data/jsonl/json-bytes.ts
/**
 * JSON grammar over bytes, for the JSON Lines reader: strings, numbers and nested values validated as
 * `JSON.parse` validates them (a byte sequence these accept, `JSON.parse` accepts), positions only.
 * Each returns the position after the token, or -1 where the text is not what JSON allows (the caller
 * then lets `JSON.parse` read the line and word the error).
 */
const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22];
const isHex = (c) => c !== undefined && ((c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102));
/** After the escape at b[q] (a backslash) in a string ending before `e`; -1 when it is not a JSON escape. */
function escapeEnd(b, q, e) {
    const c = b[q + 1];
    if (c === 117)
        return q + 6 <= e && isHex(b[q + 2]) && isHex(b[q + 3]) && isHex(b[q + 4]) && isHex(b[q + 5]) ? q + 6 : -1;
    return q + 2 <= e && (c === 34 || c === 92 || c === 47 || c === 98 || c === 102 || c === 110 || c === 114 || c === 116) ? q + 2 : -1;
}
/** What the last `stringEnd` found: whether the string has escapes. */
const lastString = { escaped: false };
/** The position of the closing quote of the string whose opening quote is at b[p]; -1 when invalid. */
function stringEnd(b, p, e) {
    let escaped = false;
    let q = p + 1;
    for (;;) {
        if (q >= e)
            return -1;
        const c = b[q];
        if (c === 34)
            break;
        if (c === 92) {
            escaped = true;
            q = escapeEnd(b, q, e);
            if (q < 0)
                return -1;
        }
        else if (c < 32)
            return -1;
        else
            q++;
    }
    lastString.escaped = escaped;
    return q;
}
/**
 * What the last `numberEnd` read: its double; whether it is an integer token of magnitude 2^53 or more
 * (`big`), or one of at most 15 digits (`plain`: its text is `String(value)` but for -0).
 */
const lastNumber = { value: 0, big: false, plain: false };
/**
 * The end of the number at b[p] (`-?(0|[1-9]digits)(.digits)?([eE][+-]?digits)?`), its value in
 * `lastNumber` as `JSON.parse` reads it (correctly rounded: an exact mantissa of at most 15 digits
 * scaled by an exact power of ten, else `Number` of the text). A digit right after a leading 0 ends
 * the number here: the caller finds no delimiter after it.
 */
function numberEnd(b, p, e) {
    const start = p;
    const neg = b[p] === 45;
    if (neg)
        p++;
    let c = p < e ? b[p] : -1;
    let mant = 0;
    let digits = 0;
    if (c === 48) {
        p++;
        digits = 1;
    }
    else if (c >= 49 && c <= 57) {
        do {
            mant = mant * 10 + (c - 48);
            digits++;
            c = ++p < e ? b[p] : -1;
        } while (c >= 48 && c <= 57);
    }
    else
        return -1;
    let integral = true;
    let frac = 0;
    if (p < e && b[p] === 46) {
        integral = false;
        const from = ++p;
        for (c = p < e ? b[p] : -1; c >= 48 && c <= 57; c = ++p < e ? b[p] : -1)
            mant = mant * 10 + (c - 48);
        frac = p - from;
        if (frac === 0)
            return -1;
        digits += frac;
    }
    let exp = 0;
    if (p < e && (b[p] === 101 || b[p] === 69)) {
        integral = false;
        p++;
        const sign = p < e ? b[p] : -1;
        if (sign === 43 || sign === 45)
            p++;
        const from = p;
        for (c = p < e ? b[p] : -1; c >= 48 && c <= 57; c = ++p < e ? b[p] : -1)
            if (exp < 100000)
                exp = exp * 10 + (c - 48);
        if (p === from)
            return -1;
        if (sign === 45)
            exp = -exp;
    }
    lastNumber.big = false;
    lastNumber.plain = integral && digits <= 15;
    const e10 = exp - frac;
    if (digits <= 15 && e10 >= -22 && e10 <= 22) {
        const v = e10 === 0 ? mant : e10 > 0 ? mant * POW10[e10] : mant / POW10[-e10];
        lastNumber.value = neg ? -v : v;
    }
    else {
        let text = '';
        for (let q = start; q < p; q++)
            text += String.fromCharCode(b[q]);
        const v = Number(text);
        lastNumber.value = v;
        lastNumber.big = integral && !Number.isSafeInteger(v);
    }
    return p;
}
/** The end of the literal `true`, `false` or `null` at b[p], or -1. */
function literalEnd(b, p, e) {
    const c = b[p];
    if (c === 116)
        return p + 4 <= e && b[p + 1] === 114 && b[p + 2] === 117 && b[p + 3] === 101 ? p + 4 : -1;
    if (c === 102)
        return p + 5 <= e && b[p + 1] === 97 && b[p + 2] === 108 && b[p + 3] === 115 && b[p + 4] === 101 ? p + 5 : -1;
    if (c === 110)
        return p + 4 <= e && b[p + 1] === 117 && b[p + 2] === 108 && b[p + 3] === 108 ? p + 4 : -1;
    return -1;
}
/** The first byte at or after p that is not JSON whitespace (a line holds no line feed). */
function skipSpace(b, p, e) {
    while (p < e) {
        const c = b[p];
        if (c !== 32 && c !== 9 && c !== 13)
            break;
        p++;
    }
    return p;
}
function sameBytes(b, s1, e1, s2, e2) {
    if (e1 - s1 !== e2 - s2)
        return false;
    for (let k = 0; k < e1 - s1; k++)
        if (b[s1 + k] !== b[s2 + k])
            return false;
    return true;
}
/** Scratch of `nestedEnd`: open containers (1 object, 2 array), the keys of the open objects, where each object's keys start. */
let kinds = new Uint8Array(64);
let keyStarts = new Int32Array(256);
let keyEnds = new Int32Array(256);
let frameKeys = new Int32Array(64);
function grow(a, need) {
    if (need < a.length)
        return a;
    const out = new a.constructor(Math.max(need + 1, 2 * a.length));
    out.set(a);
    return out;
}
/**
 * The end of the object or array at b[p], validated; -1 when it is not valid JSON, or when it holds
 * an object with a key written with escapes or a key repeated (which the caller leaves to the exact
 * reader, that names them). Iterative: any depth.
 */
function nestedEnd(b, p, e) {
    let depth = 0;
    let keys = 0;
    for (;;) {
        // A value starts at p.
        p = skipSpace(b, p, e);
        const c = p < e ? b[p] : -1;
        let inObject = false;
        if (c === 123 || c === 91) {
            kinds = grow(kinds, depth + 1);
            frameKeys = grow(frameKeys, depth + 1);
            kinds[depth] = c === 123 ? 1 : 2;
            frameKeys[depth] = keys;
            depth++;
            p = skipSpace(b, p + 1, e);
            if (b[p] === (c === 123 ? 125 : 93) && p < e) {
                p++;
                depth--;
            }
            else if (c === 123)
                inObject = true;
            else
                continue;
        }
        else if (c === 34)
            p = stringEnd(b, p, e) + 1;
        else if (c === 45 || (c >= 48 && c <= 57))
            p = numberEnd(b, p, e);
        else
            p = literalEnd(b, p, e);
        if (p <= 0)
            return -1;
        // After a value (or at the first key of an object): close what it completes, then find the next value.
        for (;;) {
            if (!inObject) {
                if (depth === 0)
                    return p;
                p = skipSpace(b, p, e);
                const d = p < e ? b[p] : -1;
                const kind = kinds[depth - 1];
                if (d === 44) {
                    p = skipSpace(b, p + 1, e);
                    if (kind === 2)
                        break;
                }
                else if ((d === 125 && kind === 1) || (d === 93 && kind === 2)) {
                    p++;
                    depth--;
                    keys = frameKeys[depth];
                    continue;
                }
                else
                    return -1;
            }
            inObject = false;
            // A key of the object at depth - 1 starts at p.
            if (b[p] !== 34 || p >= e)
                return -1;
            const end = stringEnd(b, p, e);
            if (end < 0 || lastString.escaped)
                return -1;
            for (let k = frameKeys[depth - 1]; k < keys; k++)
                if (sameBytes(b, keyStarts[k], keyEnds[k], p + 1, end))
                    return -1;
            keyStarts = grow(keyStarts, keys);
            keyEnds = grow(keyEnds, keys);
            keyStarts[keys] = p + 1;
            keyEnds[keys++] = end;
            p = skipSpace(b, end + 1, e);
            if (b[p] !== 58 || p >= e)
                return -1;
            p++;
            break;
        }
    }
}

;// CONCATENATED MODULE: ./src/io/data/jsonl/json-unescape.ts
/**
 * The value of a JSON string with escapes as UTF-8 bytes, decoded from its bytes: what
 * `Buffer.from(JSON.parse(text), 'utf8')` gives, without building either string (row hashes of
 * strings with escapes, one line in eight in a file of addresses with quotes).
 */
/** The byte an escape `\x` stands for, by x (0 where x is `u` or not an escape). */
const SIMPLE = new Uint8Array(128);
SIMPLE[34] = 34;
SIMPLE[92] = 92;
SIMPLE[47] = 47;
SIMPLE[98] = 8;
SIMPLE[102] = 12;
SIMPLE[110] = 10;
SIMPLE[114] = 13;
SIMPLE[116] = 9;
const hexDigit = (c) => (c <= 57 ? c - 48 : (c | 32) - 87);
/** The code unit of the four hex digits at b[p]. */
const hex4 = (b, p) => (hexDigit(b[p]) << 12) | (hexDigit(b[p + 1]) << 8) | (hexDigit(b[p + 2]) << 4) | hexDigit(b[p + 3]);
/** Writes code point u as UTF-8 at out[n]; the position after it. */
function putUtf8(out, n, u) {
    if (u < 0x80)
        out[n++] = u;
    else if (u < 0x800) {
        out[n++] = 0xc0 | (u >> 6);
        out[n++] = 0x80 | (u & 63);
    }
    else if (u < 0x10000) {
        out[n++] = 0xe0 | (u >> 12);
        out[n++] = 0x80 | ((u >> 6) & 63);
        out[n++] = 0x80 | (u & 63);
    }
    else {
        out[n++] = 0xf0 | (u >> 18);
        out[n++] = 0x80 | ((u >> 12) & 63);
        out[n++] = 0x80 | ((u >> 6) & 63);
        out[n++] = 0x80 | (u & 63);
    }
    return n;
}
/**
 * Decodes the body b[s, e) of a JSON string that `stringEnd` accepted (escapes valid, the bytes
 * valid UTF-8) into out[0, n) and returns n: its value's UTF-8 bytes, a surrogate pair written as
 * two escapes joined, a lone surrogate as U+FFFD (as `Buffer.from` encodes it). n <= e - s, so
 * `out` needs no more room than the body.
 */
function unescapeString(b, s, e, out) {
    let n = 0;
    for (let p = s; p < e;) {
        const c = b[p];
        if (c !== 92) {
            out[n++] = c;
            p++;
            continue;
        }
        const x = b[p + 1];
        if (x !== 117) {
            out[n++] = SIMPLE[x];
            p += 2;
            continue;
        }
        let u = hex4(b, p + 2);
        p += 6;
        if (u >= 0xd800 && u <= 0xdbff && p + 6 <= e && b[p] === 92 && b[p + 1] === 117) {
            const low = hex4(b, p + 2);
            if (low >= 0xdc00 && low <= 0xdfff) {
                u = 0x10000 + ((u - 0xd800) << 10) + (low - 0xdc00);
                p += 6;
            }
        }
        n = putUtf8(out, n, u >= 0xd800 && u <= 0xdfff ? 0xfffd : u);
    }
    return n;
}

// EXTERNAL MODULE: ./src/io/data/jsonl/line-object.ts + 2 modules
var line_object = __webpack_require__(1904);
;// CONCATENATED MODULE: ./src/io/data/jsonl/member-hash.ts


/**
 * The row hash of a JSON Lines line (duplicate rows) is the sum of what each non-null member adds,
 * so any member order gives the same. A member's value is hashed in the class its column hash puts it
 * in (`Column.hash`): its text's UTF-8 bytes (strings, integers as digits, booleans, nested values as
 * JSON), hashed with the key's hash as seeds, or a double's bits, mixed with the key's hash. Only
 * equality matters within a file, so the bytes go through the word-at-a-time record hash.
 */
let scratch = new Uint8Array(256);
let scratchView = (0,hash/* viewOf */.du)(scratch);
/** Room for n bytes in `scratch`. */
function memberScratch(n) {
    if (scratch.length < n) {
        scratch = new Uint8Array(2 * n);
        scratchView = (0,hash/* viewOf */.du)(scratch);
    }
    return scratch;
}
/** What the text whose UTF-8 bytes are scratch[0, n) adds, under the key hashed (keyHi, keyLo); into out. */
function scratchMember(n, keyHi, keyLo, out) {
    (0,hash/* hashRecordBytes */.Vt)(scratch, scratchView, 0, n, out, keyHi, keyLo);
}
/** What text `text` adds under the key hashed (keyHi, keyLo). */
function textMember(text, keyHi, keyLo, out) {
    const n = Buffer.byteLength(text, 'utf8');
    const n2 = Buffer.from(memberScratch(n).buffer).write(text, 0, 'utf8');
    scratchMember(n2, keyHi, keyLo, out);
}
/** What double `v` adds under the key hashed (keyHi, keyLo). */
function doubleMember(v, keyHi, keyLo, out) {
    (0,hash/* hashDouble */.G_)(v, out);
    const m0 = (0,hash/* fmix32 */.sT)((keyHi ^ Math.imul(out[0], 0x9e3779b1)) >>> 0);
    out[1] = (0,hash/* fmix32 */.sT)((keyLo + Math.imul(out[1], 0x85ebca77) + m0) >>> 0);
    out[0] = m0;
}
/** What a value read by `readLineObject` (not null) adds, in the class the byte scan puts the same text in. */
function valueMember(v, keyHi, keyLo, out) {
    if (typeof v === 'number' && !Number.isSafeInteger(v))
        doubleMember(v, keyHi, keyLo, out);
    else
        textMember(typeof v === 'string' ? v : (0,columns/* valueText */.Ru)(v), keyHi, keyLo, out);
}
/** The row hash of `members` members whose additions sum to (sum0, sum1) (as int32 or uint32); into out. */
function finishRowHash(sum0, sum1, members, out) {
    out[0] = (0,hash/* fmix32 */.sT)((sum0 ^ Math.imul(members, 0x27d4eb2d)) >>> 0);
    out[1] = (0,hash/* fmix32 */.sT)((sum1 + out[0]) >>> 0);
}

;// CONCATENATED MODULE: ./src/io/data/jsonl/line-reader.ts







/** Whether a key's UTF-8 bytes are its JSON text (no quote, backslash or control byte to escape). */
const writtenAsIs = (bytes) => bytes.every((c) => c !== 34 && c !== 92 && c >= 32);
/**
 * Reads the lines of a JSON Lines file into the cells of the requested columns, straight from the
 * bytes: each line's top-level object is scanned once, the requested members' values are located
 * (numbers decoded, strings left as byte ranges), every other value is validated and skipped. A
 * line the scan does not take on (invalid JSON or not an object, a key it has not seen in this chunk,
 * a repeated key, an escaped key inside a nested object) is read by `readLineObject`, as the reader
 * has always read lines: same values, same errors, same key order.
 */
class JsonlLineReader {
    rowHashes;
    /** Every key met, in order of first appearance (as `readLineObject` orders the keys of a line). */
    known = new Set();
    order = [];
    ids = new Map();
    keyBytes = [];
    /** Per key: 1 when its bytes are its JSON text (a key written so can be matched without scanning it first). */
    keyAsIs = new Uint8Array(16);
    slotOf = [];
    /** Per key: its hash, the seeds of its members' hashes. */
    keyHi = new Int32Array(16);
    keyLo = new Int32Array(16);
    /** Per key: the last row it was met in (a repeat in the same row is left to the exact reader). */
    rowSeen = new Int32Array(16);
    /** Per key: the last chunk it was met in. */
    chunkSeen = new Int32Array(16);
    /** Per member position: the key found there in the last row (the usual case: the same as this row's). */
    predicted = new Int32Array(16).fill(-1);
    row = 0;
    chunk = 0;
    /** Keys of the current chunk, in order of first appearance in it. */
    chunkKeys = [];
    h = new Uint32Array(2);
    /** The whole-row hash of the last line read (when `rowHashes`). */
    rowHash = new Uint32Array(2);
    /** The columns read into cells, slot by slot: the ones asked for, or (none asked for) every key met so far. */
    requested;
    constructor(columns, 
    /** Also hash every row (all its members), for duplicate rows. */
    rowHashes) {
        this.rowHashes = rowHashes;
        this.requested = columns ? [...columns] : [];
        this.everyColumn = columns === undefined;
    }
    everyColumn;
    /** A new chunk: each key is met anew (the first line with it is read by `readLineObject`, fixing its place in the chunk's key order). */
    startChunk() {
        this.chunk++;
        this.chunkKeys = [];
    }
    register(name) {
        const id = this.keyBytes.length;
        this.ids.set(name, id);
        const bytes = Buffer.from(name, 'utf8');
        this.keyBytes.push(bytes);
        if (this.everyColumn)
            this.requested.push(name);
        this.slotOf.push(this.requested.indexOf(name));
        if (id >= this.rowSeen.length) {
            const grow = (a) => {
                const b = new a.constructor(2 * a.length);
                b.set(a);
                return b;
            };
            this.rowSeen = grow(this.rowSeen);
            this.chunkSeen = grow(this.chunkSeen);
            this.keyAsIs = grow(this.keyAsIs);
            this.keyHi = grow(this.keyHi);
            this.keyLo = grow(this.keyLo);
        }
        this.keyAsIs[id] = writtenAsIs(bytes) ? 1 : 0;
        (0,hash/* hashString */.YZ)(name, this.h);
        this.keyHi[id] = this.h[0];
        this.keyLo[id] = this.h[1];
    }
    /** A key known before reading (found by an earlier pass over the file). */
    know(name) {
        if (this.known.has(name))
            return;
        this.known.add(name);
        this.order.push(name);
        this.register(name);
    }
    /** Where the key read by `keyAt` ends (its closing quote). */
    keyEnd = 0;
    /**
     * The id of the key whose opening quote is at b[p], the m-th member of its line (its closing quote
     * in `keyEnd`); -1 when it is new to this chunk, -2 when it is not a valid string. The key found
     * at m in the last line is matched first, byte for byte up to its closing quote.
     */
    keyAt(b, p, e, m) {
        const guess = m < this.predicted.length ? this.predicted[m] : -1;
        if (guess >= 0 && this.keyAsIs[guess] === 1) {
            const kb = this.keyBytes[guess];
            const n = kb.length;
            const s = p + 1;
            if (s + n < e && b[s + n] === 34) {
                let k = 0;
                while (k < n && kb[k] === b[s + k])
                    k++;
                if (k === n) {
                    this.keyEnd = s + n;
                    return this.chunkSeen[guess] === this.chunk ? guess : -1;
                }
            }
        }
        const end = stringEnd(b, p, e);
        if (end < 0)
            return -2;
        this.keyEnd = end;
        return this.keyId(b, p + 1, end, lastString.escaped, m);
    }
    /** The id of the key at b[s, e) (`escaped`: written with escapes), the m-th member of its line; -1 when it is new to this chunk. */
    keyId(b, s, e, escaped, m) {
        const guess = m < this.predicted.length ? this.predicted[m] : -1;
        if (guess >= 0 && !escaped) {
            const kb = this.keyBytes[guess];
            let same = kb.length === e - s;
            for (let k = 0; same && k < kb.length; k++)
                same = kb[k] === b[s + k];
            if (same)
                return this.chunkSeen[guess] === this.chunk ? guess : -1;
        }
        const text = b.utf8Slice(s, e);
        const id = this.ids.get(escaped ? JSON.parse(`"${text}"`) : text);
        if (id === undefined || this.chunkSeen[id] !== this.chunk)
            return -1;
        if (m >= this.predicted.length) {
            const p = new Int32Array(2 * m + 2).fill(-1);
            p.set(this.predicted);
            this.predicted = p;
        }
        this.predicted[m] = id;
        return id;
    }
    viewBuf;
    dataView;
    /**
     * The lines to come are read from b: its DataView is made now, not on the first line read from it
     * (a branch taken once per buffer inside the hot `read` has no type feedback when compiled, and
     * threw the compiled code away at each new chunk).
     */
    useBuffer(b) {
        this.view(b);
    }
    /** A DataView of b (the buffer of the lines being read). */
    view(b) {
        if (b !== this.viewBuf) {
            this.viewBuf = b;
            this.dataView = (0,hash/* viewOf */.du)(b);
        }
        return this.dataView;
    }
    /**
     * Reads line b[s, e) (no line feed, CR and BOM removed, not blank) into row r of `cells` (whose
     * cells are null). False, with the row's cells possibly written, when the line is left to `readObject`.
     */
    read(b, s, e, cells, r) {
        const base = r * cells.slots;
        const { tags, nums, starts, ends } = cells;
        const h = this.h;
        const hashing = this.rowHashes;
        // The row hash's sums (`member-hash.ts`): locals stay machine integers.
        let sum0 = 0;
        let sum1 = 0;
        let members = 0;
        const row = ++this.row;
        let p = skipSpace(b, s, e);
        if (p >= e || b[p] !== 123)
            return false;
        p = skipSpace(b, p + 1, e);
        if (p < e && b[p] === 125)
            p++;
        else {
            for (let m = 0;; m++) {
                if (p >= e || b[p] !== 34)
                    return false;
                const id = this.keyAt(b, p, e, m);
                if (id < 0 || this.rowSeen[id] === row)
                    return false;
                this.rowSeen[id] = row;
                p = skipSpace(b, this.keyEnd + 1, e);
                if (p >= e || b[p] !== 58)
                    return false;
                p = skipSpace(b, p + 1, e);
                const slot = this.slotOf[id];
                const k = base + slot;
                const keyHi = this.keyHi[id];
                const keyLo = this.keyLo[id];
                const c = p < e ? b[p] : -1;
                let isNull = false;
                if (c === 34) {
                    const end = stringEnd(b, p, e);
                    if (end < 0)
                        return false;
                    const escaped = lastString.escaped;
                    if (slot >= 0) {
                        tags[k] = escaped ? jsonl_cells/* ESCAPED */.Oh : jsonl_cells/* STRING */.An;
                        starts[k] = p + 1;
                        ends[k] = end;
                    }
                    if (hashing) {
                        if (escaped)
                            scratchMember(unescapeString(b, p + 1, end, memberScratch(end - p - 1)), keyHi, keyLo, h);
                        else
                            (0,hash/* hashRecordBytes */.Vt)(b, this.view(b), p + 1, end, h, keyHi, keyLo);
                    }
                    p = end + 1;
                }
                else if (c === 45 || (c >= 48 && c <= 57)) {
                    const end = numberEnd(b, p, e);
                    if (end < 0)
                        return false;
                    const v = lastNumber.value;
                    if (slot >= 0) {
                        tags[k] = lastNumber.big ? jsonl_cells/* BIGINT */.Ei : jsonl_cells/* NUMBER */.uk;
                        nums[k] = v;
                        starts[k] = p;
                        ends[k] = end;
                    }
                    if (hashing) {
                        // An integer hashes as its digits: a plain integer token is them, but for -0.
                        if (lastNumber.big || (lastNumber.plain && (v !== 0 || b[p] !== 45)))
                            (0,hash/* hashRecordBytes */.Vt)(b, this.view(b), p, end, h, keyHi, keyLo);
                        else if (!Number.isSafeInteger(v))
                            doubleMember(v, keyHi, keyLo, h);
                        else
                            textMember((0,columns/* valueText */.Ru)(v), keyHi, keyLo, h);
                    }
                    p = end;
                }
                else if (c === 123 || c === 91) {
                    const end = nestedEnd(b, p, e);
                    if (end < 0)
                        return false;
                    if (slot >= 0) {
                        tags[k] = jsonl_cells/* NESTED */.s6;
                        starts[k] = p;
                        ends[k] = end;
                    }
                    if (hashing)
                        textMember((0,columns/* valueText */.Ru)((0,line_object/* readNestedValue */.X)(b.utf8Slice(p, end))), keyHi, keyLo, h);
                    p = end;
                }
                else {
                    const end = literalEnd(b, p, e);
                    if (end < 0)
                        return false;
                    isNull = c === 110;
                    if (slot >= 0 && !isNull)
                        tags[k] = c === 116 ? jsonl_cells/* TRUE */.rT : jsonl_cells/* FALSE */.W8;
                    // true and false hash as their text, which they are.
                    if (hashing && !isNull)
                        (0,hash/* hashRecordBytes */.Vt)(b, this.view(b), p, end, h, keyHi, keyLo);
                    p = end;
                }
                if (hashing && !isNull) {
                    sum0 = (sum0 + h[0]) | 0;
                    sum1 = (sum1 + h[1]) | 0;
                    members++;
                }
                p = skipSpace(b, p, e);
                if (p < e && b[p] === 44) {
                    p = skipSpace(b, p + 1, e);
                    continue;
                }
                if (p < e && b[p] === 125) {
                    p++;
                    break;
                }
                return false;
            }
        }
        if (skipSpace(b, p, e) !== e)
            return false;
        if (hashing)
            finishRowHash(sum0, sum1, members, this.rowHash);
        return true;
    }
    /**
     * Reads line `text` with `readLineObject` into row r of `cells` (throwing the input error of a
     * line that is not a JSON object); its keys join the key order.
     */
    readObject(text, where, cells, r) {
        const before = this.order.length;
        const object = (0,line_object/* readLineObject */.M)(text, where, this.known, this.order);
        for (let j = before; j < this.order.length; j++)
            this.register(this.order[j]);
        while (cells.slots < this.requested.length)
            cells.addSlot();
        const { row } = object;
        cells.clearRow(r);
        const base = r * cells.slots;
        this.requested.forEach((name, slot) => {
            const v = Object.hasOwn(row, name) ? row[name] : null;
            if (v === null || v === undefined)
                return;
            cells.tags[base + slot] = jsonl_cells/* VALUE */.Qg;
            cells.values.set(base + slot, v);
        });
        let sum0 = 0;
        let sum1 = 0;
        let members = 0;
        for (const key in row) {
            const id = this.ids.get(key);
            if (this.chunkSeen[id] !== this.chunk) {
                this.chunkSeen[id] = this.chunk;
                this.chunkKeys.push(key);
            }
            const v = row[key];
            if (!this.rowHashes || v === null || v === undefined)
                continue;
            valueMember(v, this.keyHi[id], this.keyLo[id], this.h);
            sum0 = (sum0 + this.h[0]) | 0;
            sum1 = (sum1 + this.h[1]) | 0;
            members++;
        }
        if (this.rowHashes)
            finishRowHash(sum0, sum1, members, this.rowHash);
        return object;
    }
}


/***/ }),

/***/ 39635:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  g: () => (/* binding */ JsonlRows)
});

// EXTERNAL MODULE: ./src/io/data/jsonl/cells.ts
var jsonl_cells = __webpack_require__(53113);
// EXTERNAL MODULE: ./src/domain/table/hash.ts
var hash = __webpack_require__(68867);
// EXTERNAL MODULE: ./src/domain/validation/distinct.ts
var distinct = __webpack_require__(21464);
// EXTERNAL MODULE: ./src/domain/validation/iso-time.ts
var iso_time = __webpack_require__(61597);
// EXTERNAL MODULE: ./src/domain/validation/text-set.ts
var text_set = __webpack_require__(98858);
// EXTERNAL MODULE: ./src/io/data/csv/numbers.ts
var numbers = __webpack_require__(28296);
// EXTERNAL MODULE: ./src/io/data/csv/text-window.ts
var text_window = __webpack_require__(9224);
// EXTERNAL MODULE: ./src/io/data/columns.ts
var columns = __webpack_require__(65690);
// EXTERNAL MODULE: ./src/io/data/jsonl/line-object.ts + 2 modules
var line_object = __webpack_require__(1904);
;// CONCATENATED MODULE: ./src/io/data/jsonl/column.ts









/** The kind of a cell as the reader has always judged a batch's values (`kindOf`); undefined for null. */
function cellKind(tag, num, value) {
    switch (tag) {
        case jsonl_cells/* NULL */.Cq:
            return undefined;
        case jsonl_cells/* NUMBER */.uk:
            return Number.isInteger(num) ? 'integer' : 'number';
        case jsonl_cells/* BIGINT */.Ei:
            return 'integer';
        case jsonl_cells/* FALSE */.W8:
        case jsonl_cells/* TRUE */.rT:
            return 'boolean';
        case jsonl_cells/* STRING */.An:
        case jsonl_cells/* ESCAPED */.Oh:
            return 'string';
        case jsonl_cells/* NESTED */.s6:
            return 'json';
        default:
            return typeof value === 'bigint' ? 'integer' : typeof value === 'number' ? (Number.isInteger(value) ? 'integer' : 'number') : typeof value === 'boolean' ? 'boolean' : typeof value === 'string' ? 'string' : 'json';
    }
}
/**
 * One requested column of a JSON Lines batch read from bytes. Every accessor answers as the reader's
 * materialised values did (`ValueColumn` over what `JSON.parse` or the exact reader made of the line),
 * building no string for numbers, booleans and the hashes, lengths and short keys of plain strings.
 */
class JsonlColumn {
    name;
    buf;
    cells;
    slot;
    length;
    ascii;
    kind;
    window;
    constructor(name, buf, cells, slot, length, 
    /** The chunk's bytes are all ASCII (cheaper `textView`). */
    ascii) {
        this.name = name;
        this.buf = buf;
        this.cells = cells;
        this.slot = slot;
        this.length = length;
        this.ascii = ascii;
        let kind;
        const { tags, nums, values, slots } = cells;
        for (let i = 0, k = slot; i < length; i++, k += slots) {
            const c = cellKind(tags[k], nums[k], tags[k] === jsonl_cells/* VALUE */.Qg ? values.get(k) : undefined);
            if (c === undefined || c === kind)
                continue;
            if (kind === undefined)
                kind = c;
            else if ((kind === 'integer' && c === 'number') || (kind === 'number' && c === 'integer'))
                kind = 'number';
            else {
                kind = 'json';
                break;
            }
        }
        this.kind = kind ?? 'json';
    }
    slice(k) {
        return this.buf.utf8Slice(this.cells.starts[k], this.cells.ends[k]);
    }
    escaped(k) {
        return JSON.parse(`"${this.slice(k)}"`);
    }
    isNull(i) {
        return this.cells.tags[i * this.cells.slots + this.slot] === jsonl_cells/* NULL */.Cq;
    }
    number(i) {
        const k = i * this.cells.slots + this.slot;
        const tag = this.cells.tags[k];
        if (tag === jsonl_cells/* NUMBER */.uk || tag === jsonl_cells/* BIGINT */.Ei)
            return this.cells.nums[k];
        if (tag === jsonl_cells/* TRUE */.rT)
            return 1;
        if (tag === jsonl_cells/* FALSE */.W8)
            return 0;
        return tag === jsonl_cells/* VALUE */.Qg ? (0,columns/* valueNumber */.Bp)(this.cells.values.get(k)) : NaN;
    }
    numbers(out, kinds) {
        const { tags, nums, slots } = this.cells;
        for (let i = 0, k = this.slot; i < this.length; i++, k += slots) {
            const tag = tags[k];
            if (tag === jsonl_cells/* NUMBER */.uk) {
                const v = nums[k];
                out[i] = v;
                kinds[i] = Number.isInteger(v) ? 1 : 2;
            }
            else if (tag === jsonl_cells/* NULL */.Cq) {
                out[i] = NaN;
                kinds[i] = 0;
            }
            else {
                const v = this.number(i);
                out[i] = v;
                kinds[i] = this.isInteger(i) ? 1 : v === v ? 2 : 3;
            }
        }
    }
    isInteger(i) {
        const k = i * this.cells.slots + this.slot;
        const tag = this.cells.tags[k];
        if (tag === jsonl_cells/* NUMBER */.uk)
            return Number.isInteger(this.cells.nums[k]);
        if (tag === jsonl_cells/* BIGINT */.Ei)
            return true;
        if (tag !== jsonl_cells/* VALUE */.Qg)
            return false;
        const v = this.cells.values.get(k);
        return typeof v === 'bigint' || (typeof v === 'number' && Number.isInteger(v));
    }
    datetime(i, dateOnly) {
        const k = i * this.cells.slots + this.slot;
        const tag = this.cells.tags[k];
        if (tag === jsonl_cells/* STRING */.An)
            return (0,iso_time/* parseIsoBytes */.y)(this.buf, this.cells.starts[k], this.cells.ends[k], dateOnly);
        if (tag === jsonl_cells/* ESCAPED */.Oh || (tag === jsonl_cells/* VALUE */.Qg && typeof this.cells.values.get(k) === 'string'))
            return (0,iso_time/* parseIsoString */.K)(this.text(i), dateOnly);
        return NaN;
    }
    text(i) {
        const k = i * this.cells.slots + this.slot;
        switch (this.cells.tags[k]) {
            case jsonl_cells/* NULL */.Cq:
                return null;
            case jsonl_cells/* NUMBER */.uk:
                return String(this.cells.nums[k]);
            case jsonl_cells/* BIGINT */.Ei:
            case jsonl_cells/* STRING */.An:
                return this.slice(k);
            case jsonl_cells/* TRUE */.rT:
                return 'true';
            case jsonl_cells/* FALSE */.W8:
                return 'false';
            case jsonl_cells/* ESCAPED */.Oh:
                return this.escaped(k);
            default:
                return (0,columns/* valueText */.Ru)(this.value(i));
        }
    }
    textBytes(i, span) {
        const k = i * this.cells.slots + this.slot;
        if (this.cells.tags[k] !== jsonl_cells/* STRING */.An)
            return undefined;
        span[0] = this.cells.starts[k];
        span[1] = this.cells.ends[k];
        return this.buf;
    }
    textView(i) {
        const k = i * this.cells.slots + this.slot;
        if (!this.ascii || this.cells.tags[k] !== jsonl_cells/* STRING */.An)
            return this.text(i);
        this.window ??= new text_window/* TextWindow */.q(this.buf, true);
        return this.window.slice(this.cells.starts[k], this.cells.ends[k]);
    }
    value(i) {
        const k = i * this.cells.slots + this.slot;
        switch (this.cells.tags[k]) {
            case jsonl_cells/* NULL */.Cq:
                return null;
            case jsonl_cells/* NUMBER */.uk:
                return this.cells.nums[k];
            case jsonl_cells/* BIGINT */.Ei:
                return BigInt(this.slice(k));
            case jsonl_cells/* TRUE */.rT:
                return true;
            case jsonl_cells/* FALSE */.W8:
                return false;
            case jsonl_cells/* STRING */.An:
                return this.slice(k);
            case jsonl_cells/* ESCAPED */.Oh:
                return this.escaped(k);
            case jsonl_cells/* NESTED */.s6:
                return (0,line_object/* readNestedValue */.X)(this.slice(k));
            default:
                return this.cells.values.get(k);
        }
    }
    hash(i, out) {
        const k = i * this.cells.slots + this.slot;
        const tag = this.cells.tags[k];
        if (tag === jsonl_cells/* NUMBER */.uk) {
            const v = this.cells.nums[k];
            if (Number.isSafeInteger(v))
                (0,hash/* hashInteger */.D5)(v, out);
            else
                (0,hash/* hashDouble */.G_)(v, out);
        }
        else if (tag === jsonl_cells/* STRING */.An || tag === jsonl_cells/* BIGINT */.Ei)
            (0,hash/* hashBytes */.yi)(this.buf, this.cells.starts[k], this.cells.ends[k], false, out);
        else if (tag === jsonl_cells/* NULL */.Cq)
            (0,hash/* hashNull */.yK)(out);
        else if (tag === jsonl_cells/* TRUE */.rT || tag === jsonl_cells/* FALSE */.W8 || tag === jsonl_cells/* ESCAPED */.Oh)
            (0,hash/* hashString */.YZ)(this.text(i), out);
        else
            (0,columns/* hashValue */.gg)(this.value(i), out);
    }
    canonicalInteger(i) {
        const k = i * this.cells.slots + this.slot;
        const tag = this.cells.tags[k];
        if (tag === jsonl_cells/* NUMBER */.uk) {
            const v = this.cells.nums[k];
            return Number.isInteger(v) && Math.abs(v) < 1e15 ? v + 0 : NaN;
        }
        if (tag === jsonl_cells/* STRING */.An)
            return (0,numbers/* canonicalIntegerBytes */.Ih)(this.buf, this.cells.starts[k], this.cells.ends[k]);
        if (tag === jsonl_cells/* BIGINT */.Ei)
            return NaN;
        const v = this.value(i);
        if (typeof v === 'number')
            return Number.isInteger(v) && Math.abs(v) < 1e15 ? v + 0 : NaN;
        if (typeof v === 'bigint')
            return v > -1000000000000000n && v < 1000000000000000n ? Number(v) : NaN;
        return (0,distinct/* canonicalIntegerText */.YK)(typeof v === 'string' ? v : (this.text(i) ?? ''));
    }
    shortKey(i) {
        const k = i * this.cells.slots + this.slot;
        return this.cells.tags[k] === jsonl_cells/* STRING */.An ? (0,text_set/* shortKeyOfBytes */.YB)(this.buf, this.cells.starts[k], this.cells.ends[k]) : NaN;
    }
}

;// CONCATENATED MODULE: ./src/io/data/jsonl/rows.ts


/**
 * Up to `capacity` rows of a JSON Lines file being read: the requested columns' cells, and for each
 * row its line number, the byte range of its line (to read it again for an example) and, when
 * asked, its whole-row hash. Rows stay valid while the buffer they were read from is unchanged.
 */
class JsonlRows {
    reader;
    file;
    capacity;
    cells;
    rows = 0;
    lines;
    records;
    hi;
    lo;
    issues = [];
    constructor(reader, file, capacity, rowHashes) {
        this.reader = reader;
        this.file = file;
        this.capacity = capacity;
        this.cells = new jsonl_cells/* JsonlCells */.Ct(reader.requested.length, capacity);
        this.lines = new Float64Array(capacity);
        this.records = new Int32Array(2 * capacity);
        this.hi = rowHashes ? new Uint32Array(capacity) : undefined;
        this.lo = rowHashes ? new Uint32Array(capacity) : undefined;
    }
    /** A batch's `line`: one function for every batch, so that the checks calling it keep one call target. */
    lineOf = (i) => this.lines[i];
    get full() {
        return this.rows >= this.capacity;
    }
    clear() {
        this.rows = 0;
        this.issues = [];
        this.cells.clear();
    }
    /**
     * Adds line b[s, e) (e: its line feed or the end of the data; a UTF-8 BOM already skipped) as line
     * number `line`: a line of spaces and tabs only (once a final CR is removed) is skipped.
     */
    addLine(b, s, e, line) {
        if (e > s && b[e - 1] === 13)
            e--;
        let blank = true;
        for (let p = s; p < e; p++) {
            const c = b[p];
            if (c !== 32 && c !== 9) {
                blank = false;
                break;
            }
        }
        if (blank)
            return;
        const r = this.rows;
        if (!this.reader.read(b, s, e, this.cells, r)) {
            const text = b.utf8Slice(s, e);
            const { duplicateKeys } = this.reader.readObject(text, { file: this.file, line }, this.cells, r);
            if (duplicateKeys.length > 0)
                this.issues.push({ check: 'duplicate_keys', line, value: duplicateKeys.join(', ') });
        }
        this.lines[r] = line;
        this.records[2 * r] = s;
        this.records[2 * r + 1] = e;
        if (this.hi && this.lo) {
            this.hi[r] = this.reader.rowHash[0];
            this.lo[r] = this.reader.rowHash[1];
        }
        this.rows = r + 1;
    }
    /** Moves the rows' byte ranges by `delta` (their bytes moved in a new buffer). */
    shift(delta) {
        const { starts, ends, slots, tags } = this.cells;
        for (let k = 0; k < this.rows * slots; k++) {
            if (tags[k] === 0)
                continue;
            starts[k] = starts[k] + delta;
            ends[k] = ends[k] + delta;
        }
        for (let k = 0; k < 2 * this.rows; k++)
            this.records[k] = this.records[k] + delta;
    }
    /**
     * The rows as a batch over `buf` (valid until the rows change): the requested columns met so far
     * in the file, or (`every`) all of them.
     */
    batch(buf, rowOffset, ascii, every = false) {
        const n = this.rows;
        const { known, requested } = this.reader;
        const columns = [];
        requested.forEach((name, slot) => {
            if (every || known.has(name))
                columns.push(new JsonlColumn(name, buf, this.cells, slot, n, ascii));
        });
        const byName = new Map(columns.map((c) => [c.name, c]));
        const issues = this.issues;
        return { file: this.file, length: n, rowOffset, columns, column: (name) => byName.get(name), line: this.lineOf, ...(issues.length > 0 ? { issues } : {}) };
    }
}


/***/ })

};
