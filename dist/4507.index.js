export const id = 4507;
export const ids = [4507];
export const modules = {

/***/ 39816:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $E: () => (/* binding */ NULL_WORD0),
/* harmony export */   $H: () => (/* binding */ mixCell),
/* harmony export */   Bc: () => (/* binding */ bytesWords),
/* harmony export */   Jw: () => (/* binding */ DUPLICATE_ROW_HASH_VERSION),
/* harmony export */   Ul: () => (/* binding */ NULL_WORD1),
/* harmony export */   nN: () => (/* binding */ mixNumbers),
/* harmony export */   pB: () => (/* binding */ textWords),
/* harmony export */   pz: () => (/* binding */ valueWords),
/* harmony export */   rw: () => (/* binding */ hashDuplicateRows)
/* harmony export */ });
/* unused harmony exports numberWords, canonicalIntegerOfBytes */
/* harmony import */ var _hash_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(68867);
/**
 * Duplicate-row hashes of readers that hand over cells, not record bytes (Parquet): a row's 64-bit hash
 * folds in each cell's two words, column after column. A cell's words follow from its value alone, with
 * the cells `Column.hash` makes equal kept equal (CSV "5" and Parquet 5, true and "true"): a number is its
 * float64 bits (+0 for -0, one NaN), as is a safe bigint, a Date (its epoch ms) and a text that is a safe
 * integer's canonical decimal text (`-?[1-9][0-9]*` or `0`); any other text is `hashRecordBytes` of its
 * UTF-8 bytes, and anything else (a boolean, a bigint past 2^53, a nested value) the words of its text.
 * So a number costs no decimal text, and the same values give the same hash whatever column class holds them.
 * Duplicate rows are only ever compared with rows of the same reader (CSV and JSON Lines hash their record bytes).
 *
 * Collisions: each of the two lanes folds in every word (multiply-xorshift), finalised with fmix32; two
 * different rows share a hash with probability about 2^-64, n rows report a false duplicate with
 * probability about n^2 / 2^65, as `hash.ts` states for cells.
 */

/** Changes whenever a row's hash does (a shard profile's duplicate-row keys are only merged with the same version's). */
const DUPLICATE_ROW_HASH_VERSION = 2;
const SEED_HI = 0x12345678;
const SEED_LO = 0x9abcdef0;
/** A null cell's words (the bits of a NaN, and numbers give one other NaN). */
const NULL_WORD0 = 0x6e756c6c;
const NULL_WORD1 = 0xfff4e554;
/**
 * Folds a cell's words (w0, w1) into row i's lanes: each lane takes both words, in opposite orders and with
 * other constants, a multiply and an xorshift per word (a few operations: it runs once per cell).
 */
function mixCell(hi, lo, i, w0, w1) {
    let h1 = Math.imul(hi[i] ^ w0, 0x9e3779b1);
    h1 = Math.imul(h1 ^ (h1 >>> 15) ^ w1, 0x85ebca6b);
    let h2 = Math.imul(lo[i] ^ w1, 0xc2b2ae35);
    h2 = Math.imul(h2 ^ (h2 >>> 16) ^ w0, 0x27d4eb2d);
    hi[i] = h1 ^ (h1 >>> 13);
    lo[i] = h2 ^ (h2 >>> 15);
}
const f64 = new Float64Array(1);
const f64Words = new Uint32Array(f64.buffer);
/** Which of a float64's two 32-bit words (in this machine's order) is the low one. */
const LOW = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 0 : 1;
/** Number x's words into out: its float64 bits (+0 for -0, one NaN). */
function numberWords(x, out) {
    if (x !== x) {
        out[0] = 0;
        out[1] = 0x7ff80000;
        return;
    }
    f64[0] = x === 0 ? 0 : x;
    out[0] = f64Words[LOW];
    out[1] = f64Words[1 - LOW];
}
/** The safe integer whose canonical decimal text (`0`, `-?[1-9][0-9]*`) b[start, end) is, else NaN. */
function canonicalIntegerOfBytes(b, start, end) {
    let p = start;
    const negative = b[p] === 45;
    if (negative)
        p++;
    const digits = end - p;
    if (digits < 1 || digits > 16)
        return NaN;
    const first = b[p] - 48;
    if (first < 0 || first > 9 || (first === 0 && (digits > 1 || negative)))
        return NaN;
    let v = first;
    for (p++; p < end; p++) {
        const d = b[p] - 48;
        if (d < 0 || d > 9)
            return NaN;
        v = v * 10 + d;
    }
    if (v > Number.MAX_SAFE_INTEGER)
        return NaN;
    return negative ? -v : v;
}
/** Words of the text b[start, end) (UTF-8; `view` is `viewOf(b)`) into out. */
function bytesWords(b, view, start, end, out) {
    if (end - start <= 17) {
        const v = canonicalIntegerOfBytes(b, start, end);
        if (v === v)
            return numberWords(v, out);
    }
    (0,_hash_js__WEBPACK_IMPORTED_MODULE_0__/* .hashRecordBytes */ .Vt)(b, view, start, end, out);
}
const textScratch = new Uint8Array(256);
const textView = new DataView(textScratch.buffer);
const encoder = new TextEncoder();
/** Words of text s into out. */
function textWords(s, out) {
    const n = s.length;
    if (n <= textScratch.length) {
        let ascii = true;
        for (let k = 0; ascii && k < n; k++) {
            const c = s.charCodeAt(k);
            if (c >= 0x80)
                ascii = false;
            else
                textScratch[k] = c;
        }
        if (ascii)
            return bytesWords(textScratch, textView, 0, n, out);
    }
    const bytes = encoder.encode(s);
    bytesWords(bytes, new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), 0, bytes.length, out);
}
/**
 * Folds each row's number values[i] (null where nulls[i] is 1) into rows [0, n): `valueWords` for a
 * column of float64s, its words read straight from the array. `time`: the values are the epoch ms of
 * Dates (a value is clipped as the Date constructor does).
 */
function mixNumbers(hi, lo, n, values, nulls, time, out) {
    const words = new Uint32Array(values.buffer, values.byteOffset, 2 * values.length);
    for (let i = 0; i < n; i++) {
        let w0;
        let w1;
        const x = values[i];
        if (nulls[i] === 1) {
            w0 = NULL_WORD0;
            w1 = NULL_WORD1;
        }
        else if (x !== x || x === 0 || (time && !(Math.abs(x) <= 8.64e15 && Math.trunc(x) === x))) {
            numberWords(time && Math.abs(x) <= 8.64e15 ? Math.trunc(x) : time ? NaN : x, out);
            w0 = out[0];
            w1 = out[1];
        }
        else {
            w0 = words[2 * i + LOW];
            w1 = words[2 * i + 1 - LOW];
        }
        mixCell(hi, lo, i, w0, w1);
    }
}
/** The words of cell i of `col`, from its value (see above), into out. */
function valueWords(col, i, out) {
    const v = col.isNull(i) ? null : col.value(i);
    if (v === null || v === undefined) {
        out[0] = NULL_WORD0;
        out[1] = NULL_WORD1;
    }
    else if (typeof v === 'number')
        numberWords(v, out);
    else if (v instanceof Date)
        numberWords(v.getTime(), out);
    else if (typeof v === 'string')
        textWords(v, out);
    else if (typeof v === 'bigint' && v >= -9007199254740991n && v <= 9007199254740991n)
        numberWords(Number(v), out);
    else
        textWords(col.text(i) ?? '', out);
}
/**
 * Each row's duplicate-row hash (see above) into hi[i] (high word), lo[i], for the n rows of a batch over
 * the given columns, a column at a time (`Column.mixRowHashes` where a column has it, else `valueWords`
 * cell by cell). False when a column is missing from the batch.
 */
function hashDuplicateRows(batch, names, hi, lo, scratch) {
    const n = batch.length;
    hi.fill(SEED_HI, 0, n);
    lo.fill(SEED_LO, 0, n);
    for (const name of names) {
        const col = batch.column(name);
        if (!col)
            return false;
        if (col.mixRowHashes)
            col.mixRowHashes(hi, lo, n);
        else
            for (let i = 0; i < n; i++) {
                valueWords(col, i, scratch);
                mixCell(hi, lo, i, scratch[0], scratch[1]);
            }
    }
    for (let i = 0; i < n; i++) {
        const h1 = hi[i];
        hi[i] = (0,_hash_js__WEBPACK_IMPORTED_MODULE_0__/* .fmix32 */ .sT)(h1 ^ names.length);
        lo[i] = (0,_hash_js__WEBPACK_IMPORTED_MODULE_0__/* .fmix32 */ .sT)((lo[i] ^ Math.imul(h1, 0x27d4eb2d)) >>> 0);
    }
    return true;
}


/***/ }),

/***/ 89100:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  _T: () => (/* binding */ toColumn)
});

// UNUSED EXPORTS: BooleanColumn, NumberColumn, StringColumn

// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
// EXTERNAL MODULE: ./src/domain/validation/iso-time.ts
var iso_time = __webpack_require__(61597);
// EXTERNAL MODULE: ./src/io/data/csv/text-window.ts
var text_window = __webpack_require__(9224);
// EXTERNAL MODULE: ./src/io/data/columns.ts
var columns = __webpack_require__(65690);
// EXTERNAL MODULE: ./src/domain/table/hash.ts
var hash = __webpack_require__(68867);
// EXTERNAL MODULE: ./src/domain/table/row-hash.ts
var row_hash = __webpack_require__(39816);
// EXTERNAL MODULE: ./src/domain/validation/cell-kinds.ts
var cell_kinds = __webpack_require__(11238);
// EXTERNAL MODULE: ./src/io/data/parquet/dense.ts
var dense = __webpack_require__(96897);
;// CONCATENATED MODULE: ./src/io/data/parquet/integer-hash.ts

const digits = new Uint8Array(24);
/**
 * Exactly `hashInteger(n)` (the hash of the decimal text), with int32 arithmetic on two halves of at
 * most 8 digits instead of a floating division per digit: ids and timestamps are hashed once per row.
 */
function hashSafeInteger(n, out) {
    let v = n < 0 ? -n : n;
    if (!(v <= Number.MAX_SAFE_INTEGER) || !Number.isInteger(v))
        return (0,hash/* hashInteger */.D5)(n, out);
    let p = digits.length;
    if (v >= 1e8) {
        const high = Math.floor(v / 1e8);
        let low = v - high * 1e8;
        for (let k = 0; k < 8; k++) {
            const q = (low / 10) | 0;
            digits[--p] = 48 + low - q * 10;
            low = q;
        }
        v = high;
    }
    let w = v | 0;
    do {
        const q = (w / 10) | 0;
        digits[--p] = 48 + w - q * 10;
        w = q;
    } while (w > 0);
    if (n < 0)
        digits[--p] = 45;
    (0,hash/* hashBytes */.yi)(digits, p, digits.length, false, out);
}

;// CONCATENATED MODULE: ./src/io/data/parquet/columns.ts









class NumberColumn {
    name;
    kind;
    mode;
    values;
    nulls;
    big;
    length;
    entry;
    cache;
    constructor(name, kind, mode, values, nulls, big, length, 
    /** Each row's dictionary entry (-1: none), and the cache of the entries' hashes. */
    entry = undefined, cache = undefined) {
        this.name = name;
        this.kind = kind;
        this.mode = mode;
        this.values = values;
        this.nulls = nulls;
        this.big = big;
        this.length = length;
        this.entry = entry;
        this.cache = cache;
    }
    isNull(i) {
        return this.nulls[i] === 1;
    }
    number(i) {
        return this.nulls[i] === 1 ? NaN : this.values[i];
    }
    isInteger(i) {
        if (this.nulls[i] === 1)
            return false;
        return this.mode === 'int64' || (this.mode === 'number' && Number.isInteger(this.values[i]));
    }
    datetime(i, dateOnly) {
        if (this.mode !== 'time' || this.nulls[i] === 1)
            return NaN;
        const ms = this.values[i];
        return dateOnly && ms % 86_400_000 !== 0 ? NaN : ms;
    }
    numbers(out, kinds) {
        const { values, nulls, mode } = this;
        for (let i = 0; i < this.length; i++) {
            if (nulls[i] === 1) {
                out[i] = NaN;
                kinds[i] = cell_kinds/* NULL */.Cq;
                continue;
            }
            const v = values[i];
            out[i] = v;
            kinds[i] = mode === 'int64' || (mode === 'number' && Number.isInteger(v)) ? cell_kinds/* INTEGER */.vh : v !== v ? cell_kinds/* NOT_NUMBER */.oc : cell_kinds/* NUMBER */.uk;
        }
    }
    datetimes(out, dateOnly) {
        for (let i = 0; i < this.length; i++)
            out[i] = this.datetime(i, dateOnly);
    }
    /** As `uniqueInteger` reads `value(i)`: a safe integer below 10^15 in magnitude (not a time). */
    canonicalInteger(i) {
        const v = this.values[i];
        return this.mode !== 'time' && Number.isInteger(v) && Math.abs(v) < 1e15 ? v + 0 : NaN;
    }
    text(i) {
        if (this.nulls[i] === 1)
            return null;
        const v = this.values[i];
        if (this.mode === 'time')
            return Number.isNaN(v) ? 'Invalid Date' : new Date(v).toISOString();
        return String(this.big?.get(i) ?? v);
    }
    value(i) {
        if (this.nulls[i] === 1)
            return null;
        const v = this.values[i];
        if (this.mode === 'time')
            return new Date(v);
        if (this.mode === 'int64')
            return this.big?.get(i) ?? BigInt(v);
        return v;
    }
    hashValue(i, out) {
        const v = this.values[i];
        if (this.mode === 'time' || Number.isSafeInteger(v))
            hashSafeInteger(v, out);
        else if (this.mode === 'int64')
            (0,hash/* hashString */.YZ)(String(this.big?.get(i) ?? v), out);
        else
            (0,hash/* hashDouble */.G_)(v, out);
    }
    hash(i, out) {
        if (this.nulls[i] === 1)
            return (0,hash/* hashNull */.yK)(out);
        const e = this.entry ? this.entry[i] : -1;
        const c = this.cache;
        if (e < 0 || !c)
            return this.hashValue(i, out);
        if (c.load(e, out))
            return;
        this.hashValue(i, out);
        c.store(e, out);
    }
    combineHashes(hi, lo, n) {
        for (let i = 0; i < n; i++) {
            this.hash(i, rowScratch);
            (0,hash/* combineHashAt */.tT)(hi, lo, i, rowScratch);
        }
    }
    mixRowHashes(hi, lo, n) {
        const { values, nulls, mode } = this;
        if (mode !== 'int64' || !this.big?.size)
            return (0,row_hash/* mixNumbers */.nN)(hi, lo, n, values, nulls, mode === 'time', rowScratch);
        for (let i = 0; i < n; i++) {
            (0,row_hash/* valueWords */.pz)(this, i, rowScratch);
            (0,row_hash/* mixCell */.$H)(hi, lo, i, rowScratch[0], rowScratch[1]);
        }
    }
}
/** One cell's hash at a time, for `combineHashes`. */
const rowScratch = new Uint32Array(2);
const trueHash = new Uint32Array(2);
const falseHash = new Uint32Array(2);
(0,hash/* hashString */.YZ)('true', trueHash);
(0,hash/* hashString */.YZ)('false', falseHash);
const [trueWords, falseWords] = [new Uint32Array(2), new Uint32Array(2)];
(0,row_hash/* textWords */.pB)('true', trueWords);
(0,row_hash/* textWords */.pB)('false', falseWords);
const nullWords = new Uint32Array([row_hash/* NULL_WORD0 */.$E, row_hash/* NULL_WORD1 */.Ul]);
class BooleanColumn {
    name;
    kind;
    values;
    nulls;
    length;
    constructor(name, kind, values, nulls, length) {
        this.name = name;
        this.kind = kind;
        this.values = values;
        this.nulls = nulls;
        this.length = length;
    }
    isNull(i) {
        return this.nulls[i] === 1;
    }
    number(i) {
        return this.nulls[i] === 1 ? NaN : this.values[i];
    }
    isInteger() {
        return false;
    }
    datetime() {
        return NaN;
    }
    text(i) {
        return this.nulls[i] === 1 ? null : this.values[i] ? 'true' : 'false';
    }
    value(i) {
        return this.nulls[i] === 1 ? null : this.values[i] === 1;
    }
    hash(i, out) {
        if (this.nulls[i] === 1)
            return (0,hash/* hashNull */.yK)(out);
        const h = this.values[i] ? trueHash : falseHash;
        out[0] = h[0];
        out[1] = h[1];
    }
    combineHashes(hi, lo, n) {
        for (let i = 0; i < n; i++) {
            this.hash(i, rowScratch);
            (0,hash/* combineHashAt */.tT)(hi, lo, i, rowScratch);
        }
    }
    mixRowHashes(hi, lo, n) {
        const { values, nulls } = this;
        for (let i = 0; i < n; i++) {
            const w = nulls[i] === 1 ? nullWords : values[i] === 1 ? trueWords : falseWords;
            (0,row_hash/* mixCell */.$H)(hi, lo, i, w[0], w[1]);
        }
    }
}
const lossyDecoder = new TextDecoder('utf-8', { ignoreBOM: true });
/** Whether each page buffer is all ASCII, found once per page (a page's rows come in several batches). */
const asciiSegs = new WeakMap();
function isAsciiSeg(b) {
    let ascii = asciiSegs.get(b);
    if (ascii === undefined)
        asciiSegs.set(b, (ascii = (0,external_node_buffer_.isAscii)(b)));
    return ascii;
}
class StringColumn {
    name;
    kind;
    rows;
    cache;
    length;
    segs;
    constructor(name, kind, rows, cache, length) {
        this.name = name;
        this.kind = kind;
        this.rows = rows;
        this.cache = cache;
        this.length = length;
        this.segs = rows.segs.map(dense/* asBuffer */.bS);
    }
    isNull(i) {
        return this.rows.nulls[i] === 1;
    }
    number() {
        return NaN;
    }
    isInteger() {
        return false;
    }
    datetime(i, dateOnly) {
        const r = this.rows;
        if (r.nulls[i] === 1)
            return NaN;
        const s = r.seg[i];
        return r.lossy[s] ? (0,iso_time/* parseIsoString */.K)(this.decode(i), dateOnly) : (0,iso_time/* parseIsoBytes */.y)(this.segs[s], r.start[i], r.end[i], dateOnly);
    }
    decode(i) {
        const r = this.rows;
        const s = r.seg[i];
        const buf = this.segs[s];
        return r.lossy[s] ? lossyDecoder.decode(buf.subarray(r.start[i], r.end[i])) : buf.utf8Slice(r.start[i], r.end[i]);
    }
    text(i) {
        const r = this.rows;
        if (r.nulls[i] === 1)
            return null;
        const e = r.entry ? r.entry[i] : -1;
        if (e < 0 || !this.cache)
            return this.decode(i);
        return (this.cache.texts[e] ??= this.decode(i));
    }
    windows = [];
    /** `text(i)` for a check that does not keep it: a dictionary entry's cached text, else a substring of a decoded piece of an ASCII page. */
    textView(i) {
        const r = this.rows;
        if (r.nulls[i] === 1)
            return null;
        const s = r.seg[i];
        if (r.lossy[s] || (r.entry && this.cache && r.entry[i] >= 0))
            return this.text(i);
        const w = (this.windows[s] ??= new text_window/* TextWindow */.q(this.segs[s], isAsciiSeg(this.segs[s])));
        return w.slice(r.start[i], r.end[i]);
    }
    textBytes(i, span) {
        const r = this.rows;
        if (r.nulls[i] === 1)
            return undefined;
        const s = r.seg[i];
        if (r.lossy[s])
            return undefined;
        span[0] = r.start[i];
        span[1] = r.end[i];
        return this.segs[s];
    }
    value(i) {
        return this.text(i);
    }
    hashRow(i, out) {
        const r = this.rows;
        const s = r.seg[i];
        if (r.lossy[s])
            (0,hash/* hashString */.YZ)(this.decode(i), out);
        else
            (0,hash/* hashBytes */.yi)(this.segs[s], r.start[i], r.end[i], false, out);
    }
    hash(i, out) {
        const r = this.rows;
        if (r.nulls[i] === 1)
            return (0,hash/* hashNull */.yK)(out);
        const e = r.entry ? r.entry[i] : -1;
        const c = this.cache;
        if (e < 0 || !c)
            return this.hashRow(i, out);
        if (c.load(e, out))
            return;
        this.hashRow(i, out);
        c.store(e, out);
    }
    combineHashes(hi, lo, n) {
        for (let i = 0; i < n; i++) {
            this.hash(i, rowScratch);
            (0,hash/* combineHashAt */.tT)(hi, lo, i, rowScratch);
        }
    }
    views = [];
    /** Cell i's duplicate-row words: `bytesWords` of its bytes (`textWords` of its text, in a page that is not valid UTF-8). */
    rowWords(i, out) {
        const r = this.rows;
        const s = r.seg[i];
        if (r.lossy[s])
            return (0,row_hash/* textWords */.pB)(this.decode(i), out);
        const seg = this.segs[s];
        (0,row_hash/* bytesWords */.Bc)(seg, (this.views[s] ??= (0,hash/* viewOf */.du)(seg)), r.start[i], r.end[i], out);
    }
    mixRowHashes(hi, lo, n) {
        const r = this.rows;
        const c = this.cache;
        const w = rowScratch;
        for (let i = 0; i < n; i++) {
            if (r.nulls[i] === 1) {
                (0,row_hash/* mixCell */.$H)(hi, lo, i, row_hash/* NULL_WORD0 */.$E, row_hash/* NULL_WORD1 */.Ul);
                continue;
            }
            const e = r.entry && c ? r.entry[i] : -1;
            if (e < 0)
                this.rowWords(i, w);
            else if (!c.loadRowWords(e, w)) {
                this.rowWords(i, w);
                c.storeRowWords(e, w);
            }
            (0,row_hash/* mixCell */.$H)(hi, lo, i, w[0], w[1]);
        }
    }
}
/** `cache`: the cache of the entries of the dictionary the column's `entry` refers to (one per column chunk). */
function toColumn(d, cache) {
    switch (d.type) {
        case 'number':
            return new NumberColumn(d.name, d.kind, d.mode, d.values, d.nulls, d.big, d.length, d.entry, d.entry ? cache : undefined);
        case 'boolean':
            return new BooleanColumn(d.name, d.kind, d.values, d.nulls, d.length);
        case 'string':
            return new StringColumn(d.name, d.kind, d, d.entry ? cache : undefined, d.length);
        case 'value':
            return new columns/* ValueColumn */.IX(d.name, d.kind, d.values, 0, d.length);
    }
}


/***/ }),

/***/ 96897:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J3: () => (/* binding */ plainByteArrays),
/* harmony export */   bS: () => (/* binding */ asBuffer),
/* harmony export */   k9: () => (/* binding */ joinedByteArrays),
/* harmony export */   kg: () => (/* binding */ gather)
/* harmony export */ });
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4573);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_buffer__WEBPACK_IMPORTED_MODULE_0__);

function asBuffer(b) {
    return Buffer.isBuffer(b) ? b : Buffer.from(b.buffer, b.byteOffset, b.byteLength);
}
/**
 * Drops a leading byte order mark from each value: hyparquet decodes with a default TextDecoder,
 * which drops it, so the value's text, hash and bytes then agree.
 */
function skipBom(buf, start, end, count) {
    for (let k = 0; k < count; k++) {
        const s = start[k];
        if (s + 3 <= end[k] && buf[s] === 0xef && buf[s + 1] === 0xbb && buf[s + 2] === 0xbf)
            start[k] = s + 3;
    }
}
/** True when some value is not valid UTF-8. */
function anyInvalid(buf, start, end, count) {
    for (let k = 0; k < count; k++)
        if (!(0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isUtf8)(buf.subarray(start[k], end[k])))
            return true;
    return false;
}
/** PLAIN BYTE_ARRAY values: a 4-byte little-endian length before each. */
function plainByteArrays(page, offset, count, arrays) {
    if (4 * count > page.length - offset)
        throw new Error(`${count} strings need at least ${4 * count} bytes, the page has ${page.length - offset}`);
    const view = new DataView(page.buffer, page.byteOffset, page.byteLength);
    const start = arrays.i32('start', count);
    const end = arrays.i32('end', count);
    let p = offset;
    let longest = 0;
    for (let k = 0; k < count; k++) {
        const len = view.getUint32(p, true);
        p += 4;
        if (len > page.length - p)
            throw new Error(`string value ${k} of ${len} bytes runs past the end of its page`);
        // As skipBom does (dropping a valid sequence changes no value's validity).
        start[k] = page[p] === 0xef && len >= 3 && page[p + 1] === 0xbb && page[p + 2] === 0xbf ? p + 3 : p;
        p += len;
        end[k] = p;
        if (len > longest)
            longest = len;
    }
    const buf = asBuffer(page);
    // With every length below 128 the length prefixes are ASCII, which no multi-byte sequence spans:
    // the whole run is valid UTF-8 exactly when every value is.
    const lossy = count > 0 && (longest < 128 ? !(0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isUtf8)(buf.subarray(offset, p)) : anyInvalid(buf, start, end, count));
    return { kind: 'bytes', count, buf, start, end, lossy, entry: undefined };
}
/** Separately allocated values (DELTA_* encodings) copied into one buffer. */
function joinedByteArrays(values) {
    const count = values.length;
    let total = 0;
    for (const v of values)
        total += v.length;
    const buf = Buffer.allocUnsafe(total);
    const start = new Int32Array(count);
    const end = new Int32Array(count);
    let p = 0;
    values.forEach((v, k) => {
        buf.set(v, p);
        start[k] = p;
        p += v.length;
        end[k] = p;
    });
    const lossy = anyInvalid(buf, start, end, count);
    skipBom(buf, start, end, count);
    return { kind: 'bytes', count, buf, start, end, lossy, entry: undefined };
}
/** Values of a dictionary-encoded page: the dictionary's values at `indices`. */
function gather(dict, indices, count, arrays) {
    // One pass per kind; an index outside the dictionary reads `undefined` from its typed array.
    const outOfRange = (k) => new Error(`dictionary index ${indices[k]} out of range (the dictionary has ${dict.count} entries)`);
    switch (dict.kind) {
        case 'bytes': {
            const start = arrays.i32('start', count);
            const end = arrays.i32('end', count);
            for (let k = 0; k < count; k++) {
                const x = indices[k];
                const s = dict.start[x];
                if (s === undefined)
                    throw outOfRange(k);
                start[k] = s;
                end[k] = dict.end[x];
            }
            return { kind: 'bytes', count, buf: dict.buf, start, end, lossy: dict.lossy, entry: { index: indices, owner: dict, size: dict.count } };
        }
        case 'bool': {
            const values = arrays.u8('bool', count);
            for (let k = 0; k < count; k++) {
                const v = dict.values[indices[k]];
                if (v === undefined)
                    throw outOfRange(k);
                values[k] = v;
            }
            return { kind: 'bool', count, values };
        }
        case 'f64': {
            const values = arrays.f64('values', count);
            for (let k = 0; k < count; k++) {
                const v = dict.values[indices[k]];
                if (v === undefined)
                    throw outOfRange(k);
                values[k] = v;
            }
            let big;
            if (dict.big) {
                for (let k = 0; k < count; k++) {
                    const b = dict.big.get(indices[k]);
                    if (b !== undefined)
                        (big ??= new Map()).set(k, b);
                }
            }
            return { kind: 'f64', count, values, big, entry: { index: indices, owner: dict, size: dict.count } };
        }
    }
}


/***/ }),

/***/ 94507:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readParquetParallel: () => (/* binding */ readParquetParallel)
/* harmony export */ });
/* harmony import */ var _domain_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(10241);
/* harmony import */ var _source_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(42121);
/* harmony import */ var _workers_chunk_workers_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(14565);
/* harmony import */ var _columns_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(89100);
/* harmony import */ var _worker_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(63640);





/** Rows per task at most: a task's data stays ~10 MB, and a row group of the usual writers' size is one task. */
const TASK_ROWS = 131_072;
/** Tasks queued per worker: one it works on, one waiting, so it never idles between messages. */
const QUEUE_PER_WORKER = 2;
/**
 * Text of a task's cells for examples: a unique column's from the pieces sent with the task; a whole
 * row (duplicate rows, whose examples any task may hold) as an object filled in by `readBack`.
 */
function decoder(pieces, rowOffset, pending) {
    const columns = new Map();
    const piece = (k) => {
        let byName = columns.get(k);
        if (!byName)
            columns.set(k, (byName = new Map((pieces[k] ?? []).map((d) => [d.name, (0,_columns_js__WEBPACK_IMPORTED_MODULE_3__/* .toColumn */ ._T)(d)]))));
        return byName;
    };
    return {
        field: (r, name) => piece(Math.floor(r / _source_js__WEBPACK_IMPORTED_MODULE_1__/* .CHECK_BATCH_ROWS */ .s)).get(name)?.text(r % _source_js__WEBPACK_IMPORTED_MODULE_1__/* .CHECK_BATCH_ROWS */ .s) ?? null,
        record: (r) => {
            const out = {};
            pending.push({ row: rowOffset + r, out });
            return out;
        },
    };
}
/** Reads the rows of `pending` again (a few examples) and fills in their text, column by column of `header`. */
async function readBack(reader, header, pending) {
    const starts = reader.groupStarts();
    for (const { row, out } of pending) {
        let g = 0;
        while (starts[g + 1] <= row)
            g++;
        const group = reader.rowGroup(g, starts[g]);
        await group.skip(row - starts[g]);
        const columns = group.columns(await group.takeData(1));
        for (const name of header)
            out[name] = columns.find((c) => c.name === name)?.text(0) ?? null;
    }
}
/** Row group by row group, tasks of at most TASK_ROWS rows (the columns to send are set when each is handed out). */
function tasks(starts) {
    const out = [];
    for (let g = 0; g + 1 < starts.length; g++) {
        const rows = starts[g + 1] - starts[g];
        for (let start = 0; start < rows; start += TASK_ROWS)
            out.push({ id: out.length, group: g, groupStart: starts[g], start, rows: Math.min(TASK_ROWS, rows - start) });
    }
    return out;
}
/** Chunk workers (src/io/workers/chunk-workers.ts, started ahead of need) doing tasks of one Parquet read. */
class ParquetWorkers {
    workers = [];
    failure;
    wake;
    constructor(count, threads, job, done) {
        for (let k = 0; k < count; k++) {
            const slot = { worker: (0,_workers_chunk_workers_js__WEBPACK_IMPORTED_MODULE_2__/* .takeChunkWorker */ .r$)(threads), queued: 0 };
            slot.worker.on('message', (reply) => {
                slot.queued--;
                done(reply.id, reply.ok ? { ok: true, result: { summary: reply.summary, pieces: reply.pieces } } : { ok: false, message: reply.message });
                this.notify();
            });
            slot.worker.on('error', (e) => this.fail(e));
            slot.worker.on('exit', (code) => this.fail(new Error(`worker thread exited with status ${code}`)));
            slot.worker.postMessage({ kind: 'job', job });
            this.workers.push(slot);
        }
    }
    get error() {
        return this.failure;
    }
    fail(e) {
        this.failure ??= e;
        this.notify();
    }
    notify() {
        const wake = this.wake;
        this.wake = undefined;
        wake?.();
    }
    /** Resolves at the next reply or failure of a worker. */
    nextReply() {
        return new Promise((resolve) => {
            this.wake = resolve;
        });
    }
    /** Hands the next task (`take()`) to a worker with room in its queue; false when all are busy. */
    offer(take) {
        const slot = this.workers.reduce((best, w) => (w.queued < QUEUE_PER_WORKER && (!best || w.queued < best.queued) ? w : best), undefined);
        if (!slot || this.failure)
            return false;
        slot.queued++;
        slot.worker.postMessage({ kind: 'parquet-task', task: take() });
        return true;
    }
    async close() {
        await Promise.all(this.workers.map((w) => w.worker.terminate()));
    }
}
/**
 * Validates a Parquet file on `threads` threads: `threads - 1` worker threads and this one read and
 * check tasks of rows (this thread takes one whenever every worker has two queued), and the results
 * are folded into `validator` in file order, so counts and examples equal a one-thread read. The data
 * of the unique columns whose repeats may still be shown (`repeatExampleColumns`, fixed when a task is
 * handed out: once full, examples stay full) comes back with a task; the few duplicate rows shown
 * are read again at the end. `onFolded` hears each task's rows as it is folded (progress).
 */
async function readParquetParallel(path, table, header, wanted, validator, context, threads) {
    const job = { format: 'parquet', path, file: table.file, header, wanted, columns: validator.workerColumns(), unique: validator.uniqueColumns(), rowHashes: validator.checksDuplicates, now: context.now, maxExamples: context.maxExamples };
    const all = tasks(await table.rowGroupStarts());
    const ready = new Map();
    let next = 0;
    const take = () => ({ ...all[next++], send: validator.repeatExampleColumns() });
    // A worker's queue is refilled as soon as its reply comes, also while this thread runs a task.
    const dispatch = () => {
        while (next < all.length && pool.offer(take))
            continue;
    };
    const pool = new ParquetWorkers(Math.max(1, threads - 1), threads, job, (id, outcome) => {
        ready.set(id, outcome);
        dispatch();
    });
    const { reader, close } = await table.open(wanted);
    const here = new _worker_js__WEBPACK_IMPORTED_MODULE_4__.TaskRunner(job, reader);
    const runHere = async (task) => {
        try {
            return { ok: true, result: await here.run(task) };
        }
        catch (error) {
            return { ok: false, message: table.corrupt(error).message };
        }
    };
    const pending = [];
    let folded = 0;
    const fold = () => {
        for (let outcome = ready.get(folded); outcome; outcome = ready.get(folded)) {
            ready.delete(folded++);
            if (!outcome.ok)
                throw (0,_domain_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(outcome.message, { file: table.file });
            const { summary, pieces } = outcome.result;
            validator.absorbChunk(table.file, summary, decoder(pieces, summary.rowOffset, pending));
            context.onFolded?.(summary.rows);
        }
    };
    try {
        dispatch();
        while (folded < all.length) {
            if (pool.error)
                throw pool.error;
            if (next < all.length) {
                const task = take();
                ready.set(task.id, await runHere(task));
            }
            else if (!ready.has(folded))
                await pool.nextReply();
            fold();
            dispatch();
        }
        await readBack(reader, header, pending).catch((error) => {
            throw table.corrupt(error);
        });
    }
    finally {
        await Promise.all([pool.close(), close()]);
    }
}


/***/ }),

/***/ 63640:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  TaskRunner: () => (/* binding */ TaskRunner),
  parquetTaskServer: () => (/* binding */ parquetTaskServer),
  preloadParquetCode: () => (/* binding */ preloadParquetCode),
  resultTransferables: () => (/* binding */ resultTransferables)
});

// EXTERNAL MODULE: ./src/domain/validation/column-checker.ts + 1 modules
var column_checker = __webpack_require__(46865);
// EXTERNAL MODULE: ./src/domain/validation/distinct.ts
var distinct = __webpack_require__(21464);
// EXTERNAL MODULE: ./src/domain/table/row-hash.ts
var row_hash = __webpack_require__(39816);
;// CONCATENATED MODULE: ./src/io/data/parquet/column-copy.ts
/**
 * A copy of one batch's column that owns exactly its rows: typed arrays sliced (the batch's are reused
 * by the next batch), a string column's bytes gathered into one buffer (its pages are not copied
 * whole). Without dictionary entries: the copy is for reading cells' text (examples), not hashing.
 */
function compactColumn(d) {
    const n = d.length;
    switch (d.type) {
        case 'number': {
            let big;
            if (d.big)
                for (const [i, b] of d.big)
                    if (i < n)
                        (big ??= new Map()).set(i, b);
            return { ...d, values: d.values.slice(0, n), nulls: d.nulls.slice(0, n), big, entry: undefined };
        }
        case 'boolean':
            return { ...d, values: d.values.slice(0, n), nulls: d.nulls.slice(0, n) };
        case 'value':
            return { ...d, values: d.values.slice(0, n) };
        case 'string': {
            let total = 0;
            let lossy = false;
            for (let i = 0; i < n; i++) {
                if (d.nulls[i] === 1)
                    continue;
                total += d.end[i] - d.start[i];
                lossy ||= d.lossy[d.seg[i]];
            }
            const buf = Buffer.allocUnsafe(total);
            const start = new Int32Array(n);
            const end = new Int32Array(n);
            let p = 0;
            for (let i = 0; i < n; i++) {
                start[i] = p;
                if (d.nulls[i] !== 1) {
                    buf.set(d.segs[d.seg[i]].subarray(d.start[i], d.end[i]), p);
                    p += d.end[i] - d.start[i];
                }
                end[i] = p;
            }
            // Text of valid UTF-8 is the same through either decoder: one flag for the gathered bytes.
            return { ...d, segs: [buf], lossy: [lossy], seg: new Int32Array(n), start, end, nulls: d.nulls.slice(0, n), entry: undefined };
        }
    }
}

// EXTERNAL MODULE: ./src/io/data/parquet/source.ts + 1 modules
var parquet_source = __webpack_require__(42121);
;// CONCATENATED MODULE: ./src/io/data/parquet/worker.ts





/** The column checks of one task's rows, batch after batch, and the hashes uniqueness and duplicate detection need in data order. */
class TaskChecks {
    job;
    rows;
    rowOffset;
    checkers = [];
    unique = {};
    rowHashes;
    h = new Uint32Array(2);
    constructor(job, rows, rowOffset) {
        this.job = job;
        this.rows = rows;
        this.rowOffset = rowOffset;
        const ctx = { now: job.now, maxExamples: job.maxExamples };
        for (const name of job.wanted) {
            const config = job.columns[name];
            if (config)
                this.checkers.push(new column_checker/* ColumnChecker */.q(name, config, ctx));
        }
        for (const name of job.unique)
            if (job.wanted.includes(name))
                this.unique[name] = (0,distinct/* uniqueKeys */.ij)(rows);
        if (job.rowHashes)
            this.rowHashes = { hi: new Uint32Array(rows), lo: new Uint32Array(rows) };
    }
    /** The batch of rows [at, at + batch.length) of the task. */
    checkBatch(batch, at) {
        const n = batch.length;
        for (const checker of this.checkers) {
            const col = batch.column(checker.name);
            if (col)
                checker.consume(batch, col);
        }
        for (const [name, u] of Object.entries(this.unique))
            (0,distinct/* fillUniqueKeys */.ld)(batch.column(name), n, u, at, this.h);
        if (this.rowHashes)
            (0,row_hash/* hashDuplicateRows */.rw)(batch, this.job.header, this.rowHashes.hi.subarray(at, at + n), this.rowHashes.lo.subarray(at, at + n), this.h);
    }
    summary() {
        const states = {};
        for (const checker of this.checkers)
            states[checker.name] = checker.state();
        return { rows: this.rows, lines: new Float64Array(0), rowOffset: this.rowOffset, states, unique: this.unique, ...(this.rowHashes ? { rowHashes: this.rowHashes } : {}) };
    }
}
/**
 * Reads and checks tasks' rows, CHECK_BATCH_ROWS at a time; a task continuing where the last one of this
 * runner stopped reads on, another opens its row group and skips to its start.
 */
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
        const checks = new TaskChecks(this.job, task.rows, rowStart);
        const pieces = [];
        for (let at = 0; at < task.rows; at += parquet_source/* CHECK_BATCH_ROWS */.s) {
            const n = Math.min(parquet_source/* CHECK_BATCH_ROWS */.s, task.rows - at);
            const data = await group.takeData(n);
            const columns = group.columns(data);
            const index = new Map(columns.map((c) => [c.name, c]));
            checks.checkBatch({ file: this.job.file, length: n, rowOffset: rowStart + at, columns, column: (c) => index.get(c), line: () => undefined }, at);
            // The batch's arrays are reused by the next one: what is sent is copied.
            if (task.send.length > 0)
                pieces.push(data.filter((d) => task.send.includes(d.name)).map(compactColumn));
        }
        if (group.position === this.reader.groupStarts()[task.group + 1])
            await group.finish();
        return { summary: checks.summary(), pieces };
    }
}
/** Loads what reading a Parquet file takes beyond this module (the reader and decompressors are imported lazily). */
async function preloadParquetCode() {
    await Promise.all([Promise.all(/* import() */[__webpack_require__.e(503), __webpack_require__.e(2771)]).then(__webpack_require__.bind(__webpack_require__, 2771)), Promise.all(/* import() */[__webpack_require__.e(503), __webpack_require__.e(1304), __webpack_require__.e(7877)]).then(__webpack_require__.bind(__webpack_require__, 17877))]);
}
/** The typed arrays of a result that are not needed after sending it (transferred rather than copied). */
function resultTransferables(summary) {
    const out = new Set();
    for (const u of Object.values(summary.unique))
        for (const a of [u.ints, u.hi, u.lo, u.nulls])
            out.add(a.buffer);
    if (summary.rowHashes)
        for (const a of [summary.rowHashes.hi, summary.rowHashes.lo])
            out.add(a.buffer);
    return [...out];
}
/**
 * A worker thread's side of a Parquet read (src/io/data/parquet/parallel.ts): opens the file for `job`
 * and returns what runs each task message, one task after the other (each awaits file reads, and the
 * next must not start meanwhile), replying on `port`.
 */
function parquetTaskServer(job, port) {
    const source = new parquet_source/* ParquetSource */.W(job.path, job.file);
    const runner = source.open(job.wanted).then(({ reader }) => new TaskRunner(job, reader));
    // A failure to open is reported with the first task.
    runner.catch(() => undefined);
    let queue = Promise.resolve();
    return (task) => {
        queue = queue.then(async () => {
            let reply;
            try {
                reply = { id: task.id, ok: true, ...(await (await runner).run(task)) };
            }
            catch (error) {
                reply = { id: task.id, ok: false, message: source.corrupt(error).message };
            }
            port.postMessage(reply, reply.ok ? resultTransferables(reply.summary) : []);
        });
    };
}


/***/ })

};
