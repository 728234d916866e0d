export const id = 7877;
export const ids = [7877];
export const modules = {

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

/***/ 17877:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ParquetFileReader: () => (/* binding */ ParquetFileReader),
  RowGroupReader: () => (/* binding */ RowGroupReader),
  groupStarts: () => (/* binding */ groupStarts)
});

// EXTERNAL MODULE: ./node_modules/hyparquet/src/metadata.js + 1 modules
var src_metadata = __webpack_require__(96367);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/scan.js + 1 modules
var src_scan = __webpack_require__(60503);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/schema.js
var schema = __webpack_require__(28286);
// EXTERNAL MODULE: ./src/domain/errors.ts
var errors = __webpack_require__(10241);
;// CONCATENATED MODULE: ./src/io/data/parquet/batch-builders.ts
function wrongKind(dense, expected) {
    return new Error(`decoded ${dense.kind} values for a ${expected} column`);
}
/** Each row's dictionary entry (-1: not dictionary-encoded), for columns whose pages may use one. */
class Entries {
    arrays;
    n;
    rows;
    dictionary;
    constructor(arrays, n) {
        this.arrays = arrays;
        this.n = n;
    }
    /** The run's entries, or undefined when its page is not dictionary-encoded. */
    of(entry) {
        if (!entry)
            return undefined;
        if (!this.dictionary) {
            this.rows = this.arrays.i32('entry', this.n).fill(-1);
            this.dictionary = { owner: entry.owner, size: entry.size };
        }
        else if (this.dictionary.owner !== entry.owner)
            throw new Error('a second dictionary in one column chunk');
        return entry.index;
    }
}
class NumberBuilder {
    mode;
    n;
    values;
    nulls;
    entries;
    big;
    filled = 0;
    constructor(mode, n, arrays) {
        this.mode = mode;
        this.n = n;
        this.values = arrays.f64('values', n);
        this.nulls = arrays.u8('nulls', n).fill(0);
        this.entries = new Entries(arrays, n);
    }
    get dictionary() {
        return this.entries.dictionary;
    }
    add({ present, dense, row, value, rows }) {
        if (dense.kind !== 'f64')
            throw wrongKind(dense, 'numeric');
        const at = this.filled;
        const src = dense.values;
        const big = dense.big;
        const entries = this.entries.of(dense.entry);
        this.filled += rows;
        if (!present && !big) {
            this.values.set(src.subarray(value, value + rows), at);
            if (entries)
                this.entries.rows.set(entries.subarray(value, value + rows), at);
            return rows;
        }
        let v = value;
        for (let r = 0; r < rows; r++) {
            if (present && present[row + r] === 0) {
                this.nulls[at + r] = 1;
                continue;
            }
            this.values[at + r] = src[v];
            if (entries)
                this.entries.rows[at + r] = entries[v];
            const b = big?.get(v);
            if (b !== undefined)
                (this.big ??= new Map()).set(at + r, b);
            v++;
        }
        return v - value;
    }
    addGeneric() {
        throw new Error('generic values for a numeric column');
    }
    build(name, kind) {
        return { type: 'number', name, kind, length: this.n, mode: this.mode, values: this.values, nulls: this.nulls, big: this.big, entry: this.entries.rows };
    }
}
class BooleanBuilder {
    n;
    values;
    nulls;
    filled = 0;
    dictionary = undefined;
    constructor(n, arrays) {
        this.n = n;
        this.values = arrays.u8('values', n);
        this.nulls = arrays.u8('nulls', n).fill(0);
    }
    add({ present, dense, row, value, rows }) {
        if (dense.kind !== 'bool')
            throw wrongKind(dense, 'boolean');
        const at = this.filled;
        this.filled += rows;
        if (!present) {
            this.values.set(dense.values.subarray(value, value + rows), at);
            return rows;
        }
        let v = value;
        for (let r = 0; r < rows; r++) {
            if (present[row + r] === 0)
                this.nulls[at + r] = 1;
            else
                this.values[at + r] = dense.values[v++];
        }
        return v - value;
    }
    addGeneric() {
        throw new Error('generic values for a boolean column');
    }
    build(name, kind) {
        return { type: 'boolean', name, kind, length: this.n, values: this.values, nulls: this.nulls };
    }
}
class StringBuilder {
    n;
    segs = [];
    lossy = [];
    seg;
    start;
    end;
    nulls;
    entries;
    filled = 0;
    constructor(n, arrays) {
        this.n = n;
        this.seg = arrays.i32('seg', n);
        this.start = arrays.i32('start', n);
        this.end = arrays.i32('end', n);
        this.nulls = arrays.u8('nulls', n).fill(0);
        this.entries = new Entries(arrays, n);
    }
    get dictionary() {
        return this.entries.dictionary;
    }
    add({ present, dense, row, value, rows }) {
        if (dense.kind !== 'bytes')
            throw wrongKind(dense, 'string');
        let s = this.segs.lastIndexOf(dense.buf);
        if (s < 0) {
            s = this.segs.push(dense.buf) - 1;
            this.lossy.push(dense.lossy);
        }
        const entries = this.entries.of(dense.entry);
        const at = this.filled;
        this.filled += rows;
        if (!present) {
            this.seg.fill(s, at, at + rows);
            this.start.set(dense.start.subarray(value, value + rows), at);
            this.end.set(dense.end.subarray(value, value + rows), at);
            if (entries)
                this.entries.rows.set(entries.subarray(value, value + rows), at);
            return rows;
        }
        let v = value;
        for (let r = 0; r < rows; r++) {
            if (present[row + r] === 0) {
                this.nulls[at + r] = 1;
                continue;
            }
            this.seg[at + r] = s;
            this.start[at + r] = dense.start[v];
            this.end[at + r] = dense.end[v];
            if (entries)
                this.entries.rows[at + r] = entries[v];
            v++;
        }
        return v - value;
    }
    addGeneric() {
        throw new Error('generic values for a string column');
    }
    build(name, kind) {
        return { type: 'string', name, kind, length: this.n, segs: this.segs, lossy: this.lossy, seg: this.seg, start: this.start, end: this.end, entry: this.entries.rows, nulls: this.nulls };
    }
}
class GenericBuilder {
    values;
    filled = 0;
    dictionary = undefined;
    constructor(n) {
        this.values = new Array(n);
    }
    add(run) {
        throw wrongKind(run.dense, 'generic');
    }
    addGeneric(values, from, rows) {
        for (let r = 0; r < rows; r++)
            this.values[this.filled + r] = values[from + r];
        this.filled += rows;
    }
    build(name, kind) {
        return { type: 'value', name, kind, length: this.values.length, values: this.values };
    }
}
/** A builder for n rows; `arrays` are reused from batch to batch. */
function batchBuilder(what, n, arrays) {
    switch (what.kind) {
        case 'number':
            return new NumberBuilder(what.mode, n, arrays);
        case 'boolean':
            return new BooleanBuilder(n, arrays);
        case 'string':
            return new StringBuilder(n, arrays);
        case 'generic':
            return new GenericBuilder(n);
    }
}

;// CONCATENATED MODULE: ./src/io/data/parquet/dictionary-cache.ts
/** Per-entry results for a dictionary-encoded column: each entry's hash (and text) computed once. */
class DictionaryCache {
    owner;
    hi;
    lo;
    hashed;
    texts;
    constructor(owner, size) {
        this.owner = owner;
        this.hi = new Uint32Array(size);
        this.lo = new Uint32Array(size);
        this.hashed = new Uint8Array(size);
        this.texts = new Array(size);
    }
    /** Entry e's hash into out; false when it is not known yet. */
    load(e, out) {
        if (this.hashed[e] === 0)
            return false;
        out[0] = this.hi[e];
        out[1] = this.lo[e];
        return true;
    }
    store(e, h) {
        this.hi[e] = h[0];
        this.lo[e] = h[1];
        this.hashed[e] = 1;
    }
    /** Each entry's duplicate-row words (src/domain/table/row-hash.ts) at 2e, 2e + 1, once found (`rowWordsKnown[e]`). */
    rowWords;
    rowWordsKnown;
    /** Entry e's duplicate-row words into out; false when they are not known yet. */
    loadRowWords(e, out) {
        if (this.rowWordsKnown?.[e] !== 1)
            return false;
        out[0] = this.rowWords[2 * e];
        out[1] = this.rowWords[2 * e + 1];
        return true;
    }
    storeRowWords(e, w) {
        const size = this.hashed.length;
        const words = (this.rowWords ??= new Uint32Array(2 * size));
        words[2 * e] = w[0];
        words[2 * e + 1] = w[1];
        (this.rowWordsKnown ??= new Uint8Array(size))[e] = 1;
    }
}

// EXTERNAL MODULE: ./src/io/data/parquet/page-stream.ts
var page_stream = __webpack_require__(1024);
;// CONCATENATED MODULE: ./src/io/data/parquet/column-cursor.ts



function builderKind(repr) {
    switch (repr.kind) {
        case 'number':
        case 'int64':
        case 'time':
            return { kind: 'number', mode: repr.kind };
        case 'boolean':
        case 'generic':
        case 'string':
            return { kind: repr.kind };
    }
}
/**
 * Reads one column chunk (a flat column in one row group) batch by batch: each page is decoded once,
 * when the first batch that needs its rows asks for them.
 */
class ColumnCursor {
    pages;
    name;
    kind;
    arrays;
    groupRows;
    page;
    /** Next row and next dense value of `page`. */
    row = 0;
    value = 0;
    taken = 0;
    /** Rows of the pages read so far. */
    paged = 0;
    cache;
    builder;
    constructor(pages, repr, name, kind, 
    /** Arrays for the batches, reused from batch to batch. */
    arrays, 
    /** Rows of the row group: pages claiming more are corrupt (and are not decoded). */
    groupRows) {
        this.pages = pages;
        this.name = name;
        this.kind = kind;
        this.arrays = arrays;
        this.groupRows = groupRows;
        this.builder = builderKind(repr);
    }
    /** The next data page with rows, or `{ skipped }` for a page of at most `skippable` rows passed over undecoded; undefined at the end. */
    async nextPage(skippable = 0) {
        for (;;) {
            const header = await this.pages.header();
            if (!header)
                return undefined;
            this.paged = (0,page_stream/* countPageRows */.qT)(header, this.paged, this.groupRows);
            const rows = (0,page_stream/* pageRows */.r)(header);
            if (rows !== undefined && rows > 0 && rows <= skippable && header.type !== 'DICTIONARY_PAGE') {
                this.pages.skip();
                return { skipped: rows };
            }
            const page = await this.pages.decode(header);
            if (!page || page.rows === 0)
                continue;
            if ('generic' in page && page.generic.length !== page.rows)
                throw new Error(`a page of ${page.rows} rows decoded to ${page.generic.length} values`);
            return page;
        }
    }
    /** Makes `page` hold the next row (0), passes over a whole page of at most `skip` rows (its rows), or returns -1 at the end of the chunk. */
    async advance(skip) {
        if (this.page && this.row < this.page.rows)
            return 0;
        const next = await this.nextPage(skip);
        this.page = undefined;
        if (!next)
            return -1;
        if ('skipped' in next)
            return next.skipped;
        this.page = next;
        this.row = 0;
        this.value = 0;
        return 0;
    }
    ended(at, expected) {
        return new Error(`the column chunk ends after ${at} rows, expected ${expected} or more`);
    }
    /** Passes over the next n rows. */
    async skip(n) {
        for (let left = n; left > 0;) {
            const skipped = await this.advance(left);
            if (skipped < 0)
                throw this.ended(this.taken + n - left, this.taken + n);
            if (skipped > 0) {
                left -= skipped;
                continue;
            }
            const page = this.page;
            const rows = Math.min(left, page.rows - this.row);
            if (!('generic' in page))
                this.value += countPresent(page.present, this.row, rows);
            this.row += rows;
            left -= rows;
        }
        this.taken += n;
    }
    /** The cache of the entries of the dictionary the last batch refers to. */
    get dictionaryCache() {
        return this.cache;
    }
    /** The next n rows as plain data. */
    async takeData(n) {
        const builder = batchBuilder(this.builder, n, this.arrays);
        for (let filled = 0; filled < n;) {
            if ((await this.advance(0)) < 0)
                throw this.ended(this.taken + filled, this.taken + n);
            const page = this.page;
            const rows = Math.min(n - filled, page.rows - this.row);
            if ('generic' in page)
                builder.addGeneric(page.generic, this.row, rows);
            else
                this.value += builder.add({ present: page.present, dense: page.dense, row: this.row, value: this.value, rows });
            this.row += rows;
            filled += rows;
        }
        this.taken += n;
        const dict = builder.dictionary;
        if (dict && this.cache?.owner !== dict.owner)
            this.cache = new DictionaryCache(dict.owner, dict.size);
        return builder.build(this.name, this.kind);
    }
    /**
     * Decodes every page left in the chunk without building values (a file is read whole even where no
     * check needs the column) and throws when the pages do not hold the row group's rows.
     */
    async decodeRest() {
        this.page = undefined;
        while (await this.nextPage(0))
            ;
        if (this.paged !== this.groupRows)
            throw this.ended(this.paged, this.groupRows);
    }
    /** Throws when the chunk holds more rows than were taken. */
    async finish() {
        if ((await this.advance(0)) >= 0)
            throw new Error(`the column chunk holds more than the row group's ${this.taken} rows`);
    }
}
function countPresent(present, from, rows) {
    if (!present)
        return rows;
    let n = 0;
    for (let r = from; r < from + rows; r++)
        n += present[r];
    return n;
}

// EXTERNAL MODULE: ./node_modules/hyparquet/src/column.js
var column = __webpack_require__(16167);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/convert.js + 1 modules
var convert = __webpack_require__(69234);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/datapage.js
var datapage = __webpack_require__(73234);
;// CONCATENATED MODULE: ./src/io/data/parquet/float32.ts
/** 10^k for k = 0..22: each exact in a double. */
const POW10 = Array.from({ length: 23 }, (_, k) => Number(`1e${k}`));
const f32 = new Float32Array(1);
const f32Bits = new Uint32Array(f32.buffer);
/** Whether float32 `a` (> 0) lies exactly halfway between (n - 1) · 10^-k and n · 10^-k. */
function exactTie(a, n, k) {
    f32[0] = a;
    const bits = f32Bits[0];
    const biased = (bits >>> 23) & 0xff;
    const m = BigInt(biased === 0 ? bits & 0x7fffff : (bits & 0x7fffff) | 0x800000);
    const e2 = biased === 0 ? -149 : biased - 150;
    // 2 · a · 10^k = 2n - 1, as num / den
    const num = 2n * m * (1n << BigInt(Math.max(e2, 0))) * 10n ** BigInt(Math.max(k, 0));
    const den = (1n << BigInt(Math.max(-e2, 0))) * 10n ** BigInt(Math.max(-k, 0));
    return num === (2n * n - 1n) * den;
}
/**
 * The shortest decimal that reads back as float32 `f`, the nearest such one when several have as few
 * digits, and the one with the even last digit when two are equally near (as NumPy, Java, Ryu and Arrow
 * print floats). By strings: exact, slow.
 */
function float32DecimalSlow(f) {
    if (f === 0 || !Number.isFinite(f))
        return f;
    const a = Math.abs(f);
    for (let p = 1; p <= 9; p++) {
        // toExponential rounds to the nearest, an exact tie up
        const [mantissa, exponent] = a.toExponential(p - 1).split('e');
        let d = Number(`${mantissa}e${exponent}`);
        if (Math.fround(d) !== a)
            continue;
        const n = BigInt(mantissa.replace('.', ''));
        const k = p - 1 - Number(exponent);
        if (n % 2n === 1n && exactTie(a, n, k)) {
            const even = Number(`${n - 1n}e${-k}`);
            if (Math.fround(even) === a)
                d = even;
        }
        return f < 0 ? -d : d;
    }
    throw new Error(`no 9-digit decimal reads back as the float32 ${f}`);
}
/** Not a p-digit decimal of the value (`NO`), or not decidable by arithmetic (`ASK_STRINGS`). */
const NO = -1;
const ASK_STRINGS = -2;
/**
 * The p-digit decimal nearest to `a` (> 0, of decimal exponent e) when it reads back as `a`. |a| · 10^k
 * is within 2^-53 of exact and below 10^9, so its rounding is exact unless it lies within 10^-6 of a
 * tie; then, and where 10^k is not exact, the strings decide.
 */
function digits(a, e, p) {
    const k = p - 1 - e;
    if (k < 0 || k > 22)
        return ASK_STRINGS;
    const t = a * POW10[k];
    if (Math.abs(t - Math.floor(t) - 0.5) < 1e-6)
        return ASK_STRINGS;
    const d = Math.round(t) / POW10[k];
    return Math.fround(d) === a ? d : NO;
}
/**
 * A FLOAT value as every tool shows it: `1.1f` is 1.100000023841858 as a double, but Arrow, DuckDB, Spark
 * and pandas print 1.1, and users write 1.1 in their checks. So the value becomes the double of the
 * shortest decimal that reads back as the same float32 (the nearest such one of that length). If p
 * digits read back, so do p + 1, so the length is found by bisection.
 */
function float32Decimal(f) {
    if (f === 0 || !Number.isFinite(f))
        return f;
    const a = Math.abs(f);
    let e = Math.floor(Math.log10(a));
    if (e > -22 && e < 22) {
        // log10 may miss by one next to a power of ten
        if (e >= 0 ? a >= POW10[e + 1] : a * POW10[-e - 1] >= 1)
            e++;
        else if (e >= 0 ? a < POW10[e] : a * POW10[-e] < 1)
            e--;
    }
    // 9 digits always read back
    let lo = 1;
    let hi = 9;
    let best = NO;
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        const d = digits(a, e, mid);
        if (d === ASK_STRINGS)
            return float32DecimalSlow(f);
        if (d === NO)
            lo = mid + 1;
        else {
            hi = mid;
            best = d;
        }
    }
    if (best === NO)
        best = digits(a, e, 9);
    if (best < 0)
        return float32DecimalSlow(f);
    return f < 0 ? -best : best;
}

;// CONCATENATED MODULE: ./src/io/data/parquet/values.ts


/** a / b rounded toward minus infinity (BigInt division truncates toward zero). */
function floorDiv(a, b) {
    const q = a / b;
    return a % b !== 0n && a < 0n ? q - 1n : q;
}
/**
 * hyparquet's value parsers, except that a timestamp before 1970 with a fraction of a millisecond is
 * floored to its millisecond (as DuckDB, Arrow and Java do), not truncated toward 1970.
 */
const PARSERS = {
    ...convert/* DEFAULT_PARSERS */.Rc,
    timestampFromMicroseconds: (micros) => new Date(Number(floorDiv(micros, 1000n))),
    timestampFromNanoseconds: (nanos) => new Date(Number(floorDiv(nanos, 1000000n))),
};
/** The scale of a DECIMAL column (converted or logical type); undefined for other columns. */
function decimalScale(e) {
    if (e.logical_type?.type === 'DECIMAL')
        return e.logical_type.scale;
    if (e.converted_type === 'DECIMAL')
        return e.scale ?? 0;
    return undefined;
}
/** A big-endian two's complement integer (FIXED_LEN_BYTE_ARRAY and BYTE_ARRAY decimals). */
function signedBytes(b) {
    if (b.length <= 6) {
        let v = 0;
        for (const x of b)
            v = v * 256 + x;
        return b.length > 0 && b[0] >= 128 ? v - 2 ** (8 * b.length) : v;
    }
    let v = 0n;
    for (const x of b)
        v = (v << 8n) | BigInt(x);
    return Number(BigInt.asIntN(8 * b.length, v));
}
/**
 * The number a DECIMAL value stands for: the unscaled integer divided by 10^scale, the double nearest
 * the decimal (hyparquet multiplies by 10^-scale, which gives 0.5700000000000001 for 0.57).
 */
function decimalValue(v, scale) {
    const unscaled = typeof v === 'number' ? v : typeof v === 'bigint' ? Number(v) : v instanceof Uint8Array ? signedBytes(v) : undefined;
    return unscaled === undefined ? v : unscaled / 10 ** scale;
}
/** The element hyparquet decodes (decimals as their unscaled integers: `convertValues` scales them). */
function decodedElement(e) {
    return decimalScale(e) === undefined ? e : { ...e, converted_type: undefined, logical_type: undefined };
}
/** Values hyparquet decoded with `decodedElement(e)`, as JS values (decimals scaled, FLOATs as their shortest decimals); nulls stay. */
function jsValues(values, e) {
    if (e.type === 'FLOAT')
        return Array.from(values, (v) => (typeof v === 'number' ? float32Decimal(v) : v));
    const scale = decimalScale(e);
    if (scale === undefined)
        return values;
    return Array.from(values, (v) => (v === null || v === undefined ? v : decimalValue(v, scale)));
}

;// CONCATENATED MODULE: ./src/io/data/parquet/list-reader.ts




/**
 * The shape of column `top` when it is a list of primitives in any layout writers use: the standard
 * 3-level one (and Spark's and Hive's legacy names for it), parquet-mr's older 2-level one
 * (`repeated int32 array` in the LIST group) and a bare repeated field. Undefined for other columns.
 * (hyparquet reads the empty lists of the last two as nulls.)
 */
function listShape(root, top) {
    const e = top.element;
    if (e.repetition_type === 'REPEATED')
        return top.children.length ? undefined : { leaf: [root, top], list: 0, element: 1, max: 1 };
    if ((e.converted_type !== 'LIST' && e.logical_type?.type !== 'LIST') || top.children.length !== 1)
        return undefined;
    const repeated = top.children[0];
    if (repeated.element.repetition_type !== 'REPEATED')
        return undefined;
    const list = e.repetition_type === 'OPTIONAL' ? 1 : 0;
    if (!repeated.children.length)
        return { leaf: [root, top, repeated], list, element: list + 1, max: list + 1 };
    // A repeated group named `array` or `<list>_tuple` is itself the element (a struct): not a list of primitives.
    if (repeated.children.length !== 1 || repeated.element.name === 'array' || repeated.element.name === `${e.name}_tuple`)
        return undefined;
    const leaf = repeated.children[0];
    if (leaf.children.length || leaf.element.repetition_type === 'REPEATED')
        return undefined;
    return { leaf: [root, top, repeated, leaf], list, element: list + 1, max: list + 1 + (leaf.element.repetition_type === 'OPTIONAL' ? 1 : 0) };
}
/**
 * The rows of one list column chunk, assembled from its repetition and definition levels (values as
 * hyparquet converts them). The whole chunk is assembled at the first read, so rows may span pages.
 */
class ListChunkReader {
    pages;
    shape;
    decoder;
    name;
    kind;
    entries;
    rows;
    at = 0;
    constructor(pages, shape, decoder, name, kind, 
    /** Level entries in the chunk (num_values): pages claiming more are corrupt. */
    entries) {
        this.pages = pages;
        this.shape = shape;
        this.decoder = decoder;
        this.name = name;
        this.kind = kind;
        this.entries = entries;
    }
    async load() {
        const rows = [];
        let dictionary;
        const { codec, compressors } = this.decoder;
        for (let raw = await this.pages.next(); raw; raw = await this.pages.next()) {
            const { header, bytes } = raw;
            if (header.type === 'DICTIONARY_PAGE') {
                const { data } = (0,column/* readPage */.SP)({ view: new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), offset: 0 }, header, this.decoder, undefined, undefined, 0);
                if (data)
                    dictionary = (0,convert/* convert */.C6)(data, this.decoder);
                continue;
            }
            const count = header.data_page_header?.num_values ?? header.data_page_header_v2?.num_values ?? 0;
            if (!(count >= 0 && count <= this.entries))
                throw new Error(`a page of ${count} values in a column chunk of ${this.entries}`);
            let page;
            let encoding;
            if (header.type === 'DATA_PAGE' && header.data_page_header) {
                encoding = header.data_page_header.encoding;
                page = (0,datapage/* readDataPage */.kS)((0,datapage/* decompressPage */.tC)(bytes, header.uncompressed_page_size, codec, compressors), header.data_page_header, this.decoder);
            }
            else if (header.type === 'DATA_PAGE_V2' && header.data_page_header_v2) {
                encoding = header.data_page_header_v2.encoding;
                page = (0,datapage/* readDataPageV2 */.uD)(bytes, header, this.decoder);
            }
            else if (header.type === 'INDEX_PAGE')
                continue;
            else
                throw new Error(`unsupported page type ${String(header.type)}`);
            const values = jsValues((0,convert/* convertWithDictionary */.Km)(page.dataPage, dictionary, encoding, this.decoder), this.decoder.element);
            this.assemble(page.definitionLevels ?? [], page.repetitionLevels, values, rows);
        }
        return rows;
    }
    assemble(defs, reps, values, rows) {
        const { list, element, max } = this.shape;
        let v = 0;
        for (let k = 0; k < reps.length; k++) {
            // No definition levels: none below the maximum.
            const d = defs.length ? defs[k] : max;
            if (reps[k] === 0) {
                if (d < list)
                    rows.push(null);
                else
                    rows.push(d >= element ? [d === max ? values[v++] : null] : []);
                continue;
            }
            const row = rows[rows.length - 1];
            if (!row || d < element)
                throw new Error(`repetition level ${reps[k]} with definition level ${d} continues no list`);
            row.push(d === max ? values[v++] : null);
        }
        if (v !== values.length)
            throw new Error(`a page of ${values.length} values has ${v} entries at the maximum definition level`);
    }
    async loaded() {
        return (this.rows ??= await this.load());
    }
    async skip(n) {
        const rows = await this.loaded();
        if (this.at + n > rows.length)
            throw new Error(`the column chunk ends after ${rows.length} rows, expected ${this.at + n} or more`);
        this.at += n;
    }
    async takeData(n) {
        const rows = await this.loaded();
        if (this.at + n > rows.length)
            throw new Error(`the column chunk ends after ${rows.length} rows, expected ${this.at + n} or more`);
        const values = rows.slice(this.at, this.at + n);
        this.at += n;
        return { type: 'value', name: this.name, kind: this.kind, length: n, values };
    }
    async finish() {
        const rows = await this.loaded();
        if (rows.length > this.at)
            throw new Error(`the column chunk holds more than the row group's ${this.at} rows`);
    }
    dictionaryCache = undefined;
}

// EXTERNAL MODULE: ./node_modules/hyparquet/src/encoding.js
var src_encoding = __webpack_require__(23448);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/delta.js
var delta = __webpack_require__(88499);
// EXTERNAL MODULE: ./src/io/data/parquet/dense.ts
var dense = __webpack_require__(96897);
;// CONCATENATED MODULE: ./src/io/data/parquet/int64.ts
/**
 * 64-bit integers from their two 32-bit halves (hi signed or unsigned, lo unsigned) without a BigInt
 * per value: `Number(bigint)`, and the epoch ms of a micro- or nanosecond timestamp, floored (see
 * PARSERS in values.ts).
 */
const TWO32 = 4294967296;
/** Dates are valid within ±8.64e15 ms of the epoch (ECMAScript TimeClip). */
const MAX_MS = 8.64e15;
/** The Number nearest to hi·2^32 + lo (exact when it is a safe integer). */
function int64Number(hi, lo) {
    return hi * TWO32 + lo;
}
function int64BigInt(hi, lo, unsigned) {
    const v = (BigInt(hi) << 32n) | BigInt(lo);
    return unsigned ? BigInt.asUintN(64, v) : BigInt.asIntN(64, v);
}
/** The ms a Date created from `ms` holds: NaN outside the valid range, and no negative zero. */
function clipMs(ms) {
    return Math.abs(ms) <= MAX_MS ? ms + 0 : NaN;
}
/**
 * floor((hi·2^32 + lo) / d) for d = 1000 or 10^6: split 2^32 = q·d + r so every intermediate is an
 * exact double (beyond ±2^53 ms the date is invalid anyway).
 */
function int64_floorDiv(hi, lo, d, q, r) {
    const low = hi * r + lo;
    let rem = low % d;
    if (rem < 0)
        rem += d;
    return hi * q + (low - rem) / d;
}
/** Below this magnitude (years 1827 to 2112 in microseconds) v and q·1000 are exact doubles: no floating remainder. */
const EXACT_MICROS = 2 ** 52;
function microsToMs(hi, lo) {
    const v = hi * TWO32 + lo;
    if (v < EXACT_MICROS && v > -EXACT_MICROS) {
        // The quotient rounded, then corrected by the exact remainder: floor(v / 1000).
        let q = Math.floor(v / 1000);
        const rem = v - q * 1000;
        if (rem < 0)
            q--;
        else if (rem >= 1000)
            q++;
        return clipMs(q);
    }
    return clipMs(int64_floorDiv(hi, lo, 1000, 4294967, 296));
}
function nanosToMs(hi, lo) {
    return clipMs(int64_floorDiv(hi, lo, 1_000_000, 4294, 967296));
}
/** hi and lo (unsigned) halves of a 64-bit value given as a bigint. */
function bigIntHalves(v) {
    return [Number(BigInt.asIntN(32, v >> 32n)), Number(BigInt.asUintN(32, v))];
}

;// CONCATENATED MODULE: ./src/io/data/parquet/page-values.ts






const LITTLE_ENDIAN = (0,external_node_os_.endianness)() === 'LE';
/** Converts physical values to the representation's numbers (see repr.ts). */
class NumberSink {
    repr;
    count;
    values;
    big;
    constructor(repr, count, arrays) {
        this.repr = repr;
        this.count = count;
        this.values = arrays.f64('values', count);
    }
    int32(k, v) {
        const r = this.repr;
        this.values[k] = r.kind === 'time' ? clipMs(v * 86_400_000) : r.kind === 'number' && r.unsigned ? v >>> 0 : v;
    }
    int64(k, hi, lo) {
        const r = this.repr;
        if (r.kind === 'time') {
            this.values[k] = r.unit === 'micros' ? microsToMs(hi, lo) : r.unit === 'nanos' ? nanosToMs(hi, lo) : clipMs(int64Number(hi, lo));
            return;
        }
        const unsigned = r.kind === 'int64' && r.unsigned;
        const h = unsigned ? hi >>> 0 : hi;
        const n = int64Number(h, lo);
        this.values[k] = n;
        if (!Number.isSafeInteger(n))
            (this.big ??= new Map()).set(k, int64BigInt(h, lo, unsigned));
    }
    dense() {
        return { kind: 'f64', count: this.count, values: this.values, big: this.big, entry: undefined };
    }
}
function plainNumbers(view, p, count, type, repr, arrays) {
    const width = type === 'INT64' || type === 'DOUBLE' ? 8 : 4;
    if (p + count * width > view.byteLength)
        throw new Error(`${count} ${type} values need ${count * width} bytes, the page has ${view.byteLength - p}`);
    const sink = new NumberSink(repr, count, arrays);
    const v = sink.values;
    switch (type) {
        case 'INT32':
            for (let k = 0; k < count; k++)
                sink.int32(k, view.getInt32(p + 4 * k, true));
            break;
        case 'INT64':
            for (let k = 0; k < count; k++)
                sink.int64(k, view.getInt32(p + 8 * k + 4, true), view.getUint32(p + 8 * k, true));
            break;
        case 'FLOAT':
            for (let k = 0; k < count; k++)
                v[k] = float32Decimal(view.getFloat32(p + 4 * k, true));
            break;
        case 'DOUBLE':
            // Parquet's doubles are little-endian, as this machine's: one copy of the bytes.
            if (LITTLE_ENDIAN)
                new Uint8Array(v.buffer, v.byteOffset, 8 * count).set(new Uint8Array(view.buffer, view.byteOffset + p, 8 * count));
            else
                for (let k = 0; k < count; k++)
                    v[k] = view.getFloat64(p + 8 * k, true);
            break;
        default:
            throw new Error(`unexpected physical type ${type}`);
    }
    return sink.dense();
}
/** Numbers decoded by hyparquet into a typed array (DELTA_BINARY_PACKED, BYTE_STREAM_SPLIT). */
function typedNumbers(data, count, repr, arrays) {
    const sink = new NumberSink(repr, count, arrays);
    for (let k = 0; k < count; k++) {
        const x = data[k];
        if (typeof x === 'bigint') {
            const [hi, lo] = bigIntHalves(x);
            sink.int64(k, hi, lo);
        }
        else if (data instanceof Int32Array)
            sink.int32(k, x);
        else if (data instanceof Float32Array)
            sink.values[k] = float32Decimal(x);
        else
            sink.values[k] = x;
    }
    return sink.dense();
}
function plainBooleans(page, p, count, arrays) {
    if (p + Math.ceil(count / 8) > page.length)
        throw new Error(`${count} booleans run past the end of their page`);
    const values = arrays.u8('bool', count);
    for (let k = 0; k < count; k++)
        values[k] = (page[p + (k >> 3)] >> (k & 7)) & 1;
    return { kind: 'bool', count, values };
}
/** PLAIN values (also the encoding of dictionary pages). */
function plainValues(page, p, count, element, repr, arrays) {
    if (repr.kind === 'string')
        return (0,dense/* plainByteArrays */.J3)(page, p, count, arrays);
    if (repr.kind === 'boolean')
        return plainBooleans(page, p, count, arrays);
    return plainNumbers(new DataView(page.buffer, page.byteOffset, page.byteLength), p, count, element.type, repr, arrays);
}
/**
 * Decodes `count` non-null values of a data page starting at page[p], for the encodings parquet-mr,
 * Spark, Arrow and DuckDB write (PLAIN, dictionaries, RLE booleans, BYTE_STREAM_SPLIT, DELTA_*).
 */
function pageValues(page, p, count, encoding, element, repr, dictionary, arrays) {
    const view = new DataView(page.buffer, page.byteOffset, page.byteLength);
    const reader = { view, offset: p };
    switch (encoding) {
        case 'PLAIN':
            return plainValues(page, p, count, element, repr, arrays);
        case 'PLAIN_DICTIONARY':
        case 'RLE_DICTIONARY': {
            if (!dictionary)
                throw new Error(`${encoding} page without a dictionary page before it`);
            const indices = arrays.i32('index', count).fill(0);
            if (count > 0) {
                const width = view.getUint8(reader.offset++);
                if (width > 31)
                    throw new Error(`dictionary index bit width ${width}`);
                if (width > 0)
                    (0,src_encoding/* readRleBitPackedHybrid */.z)(reader, width, indices, page.length - reader.offset);
            }
            return (0,dense/* gather */.kg)(dictionary, indices, count, arrays);
        }
        case 'RLE': {
            if (repr.kind !== 'boolean')
                throw new Error(`RLE encoding for ${element.type} values (only BOOLEAN values are RLE-encoded)`);
            const values = arrays.u8('bool', count);
            if (count > 0)
                (0,src_encoding/* readRleBitPackedHybrid */.z)(reader, 1, values);
            return { kind: 'bool', count, values };
        }
        case 'BYTE_STREAM_SPLIT':
            if (repr.kind === 'string' || repr.kind === 'boolean')
                throw new Error(`BYTE_STREAM_SPLIT encoding for ${element.type} values`);
            return typedNumbers((0,src_encoding/* byteStreamSplit */.L)(reader, count, element.type, element.type_length), count, repr, arrays);
        case 'DELTA_BINARY_PACKED': {
            if (element.type !== 'INT32' && element.type !== 'INT64')
                throw new Error(`DELTA_BINARY_PACKED encoding for ${element.type} values`);
            const out = element.type === 'INT32' ? new Int32Array(count) : new BigInt64Array(count);
            (0,delta/* deltaBinaryUnpack */._H)(reader, count, out);
            return typedNumbers(out, count, repr, arrays);
        }
        case 'DELTA_LENGTH_BYTE_ARRAY':
        case 'DELTA_BYTE_ARRAY': {
            if (repr.kind !== 'string')
                throw new Error(`${encoding} encoding for ${element.type} values`);
            const out = new Array(count);
            if (encoding === 'DELTA_LENGTH_BYTE_ARRAY')
                (0,delta/* deltaLengthByteArray */.MR)(reader, count, out);
            else
                (0,delta/* deltaByteArray */.uY)(reader, count, out);
            return (0,dense/* joinedByteArrays */.k9)(out);
        }
        default:
            throw new Error(`unsupported encoding ${encoding}`);
    }
}

;// CONCATENATED MODULE: ./src/io/data/parquet/scratch.ts
/** New arrays every time (for what outlives a page, such as dictionaries). */
const freshArrays = {
    f64: (_slot, n) => new Float64Array(n),
    i32: (_slot, n) => new Int32Array(n),
    u8: (_slot, n) => new Uint8Array(n),
};
/**
 * Arrays reused from page to page or batch to batch: each call returns a view of `n` elements on
 * storage that only grows, valid until its slot is asked for again. Saves the garbage collector most
 * of the work of a read.
 */
class Scratch {
    f64s = new Map();
    i32s = new Map();
    u8s = new Map();
    static take(slots, slot, n, make) {
        let a = slots.get(slot);
        if (!a || a.length < n) {
            a = make(Math.max(n, Math.ceil((a?.length ?? 0) * 1.5)));
            slots.set(slot, a);
        }
        return a.subarray(0, n);
    }
    f64(slot, n) {
        return Scratch.take(this.f64s, slot, n, (k) => new Float64Array(k));
    }
    i32(slot, n) {
        return Scratch.take(this.i32s, slot, n, (k) => new Int32Array(k));
    }
    u8(slot, n) {
        return Scratch.take(this.u8s, slot, n, (k) => new Uint8Array(k));
    }
}

;// CONCATENATED MODULE: ./src/io/data/parquet/page-decoder.ts







function missing(what) {
    return new Error(`page header without its ${what}`);
}
/** Decodes pages into typed arrays and byte ranges, for every representation but `generic`. */
class TypedPageDecoder {
    column;
    repr;
    dictionary;
    optional;
    constructor(column, repr) {
        this.column = column;
        this.repr = repr;
        this.optional = column.element.repetition_type !== 'REQUIRED';
    }
    decompress(bytes, size) {
        return (0,datapage/* decompressPage */.tC)(bytes, size, this.column.codec, this.column.compressors);
    }
    decode({ header, bytes }) {
        switch (header.type) {
            case 'DICTIONARY_PAGE': {
                const h = header.dictionary_page_header;
                if (!h)
                    throw missing('dictionary_page_header');
                this.dictionary = plainValues(this.decompress(bytes, header.uncompressed_page_size), 0, h.num_values, this.column.element, this.repr, freshArrays);
                return undefined;
            }
            case 'DATA_PAGE': {
                const h = header.data_page_header;
                if (!h)
                    throw missing('data_page_header');
                const page = this.decompress(bytes, header.uncompressed_page_size);
                let present;
                let p = 0;
                if (this.optional) {
                    if (h.definition_level_encoding !== 'RLE')
                        throw new Error(`unsupported definition level encoding ${h.definition_level_encoding}`);
                    present = this.column.arrays.u8('present', h.num_values);
                    const reader = { view: new DataView(page.buffer, page.byteOffset, page.byteLength), offset: 0 };
                    (0,src_encoding/* readRleBitPackedHybrid */.z)(reader, 1, present);
                    p = reader.offset;
                }
                return this.page(h.num_values, present, page, p, h.encoding);
            }
            case 'DATA_PAGE_V2': {
                const h = header.data_page_header_v2;
                if (!h)
                    throw missing('data_page_header_v2');
                if (h.num_values !== h.num_rows)
                    throw new Error(`page of a flat column with ${h.num_values} values in ${h.num_rows} rows`);
                const levelBytes = h.repetition_levels_byte_length + h.definition_levels_byte_length;
                let present;
                if (this.optional) {
                    present = this.column.arrays.u8('present', h.num_rows);
                    const reader = { view: new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), offset: h.repetition_levels_byte_length };
                    (0,src_encoding/* readRleBitPackedHybrid */.z)(reader, 1, present, h.definition_levels_byte_length);
                }
                const values = bytes.subarray(levelBytes);
                const page = h.is_compressed === false ? values : this.decompress(values, header.uncompressed_page_size - levelBytes);
                return this.page(h.num_rows, present, page, 0, h.encoding);
            }
            case 'INDEX_PAGE':
                return undefined;
            default:
                throw new Error(`unsupported page type ${String(header.type)}`);
        }
    }
    page(rows, present, page, p, encoding) {
        let count = rows;
        if (present) {
            count = 0;
            for (let r = 0; r < rows; r++) {
                const level = present[r];
                if (level > 1)
                    throw new Error(`definition level ${level} in a flat column (at most 1)`);
                count += level;
            }
        }
        const dense = pageValues(page, p, count, encoding, this.column.element, this.repr, this.dictionary, this.column.arrays);
        return { rows, present: count === rows ? undefined : present, dense };
    }
}
/** hyparquet's decoder of a column (see values.ts for how its values differ from hyparquet's own). */
function hyparquetDecoder(element, schemaPath, codec, compressors) {
    const decoded = decodedElement(element);
    const path = [...schemaPath.slice(0, -1), { ...schemaPath[schemaPath.length - 1], element: decoded }];
    return { pathInSchema: schemaPath.slice(1).map((t) => t.element.name), type: element.type, element: decoded, schemaPath: path, codec, compressors, parsers: PARSERS, utf8: decimalScale(element) === undefined };
}
/** Decodes pages with hyparquet (the values `convert` gives, decimals scaled), for the generic representation. */
class GenericPageDecoder {
    column;
    dictionary = undefined;
    dictionaryValues;
    decoder;
    constructor(column) {
        this.column = column;
        const { element, schemaPath, codec, compressors } = column;
        this.decoder = hyparquetDecoder(element, schemaPath, codec, compressors);
    }
    decode({ header, bytes }) {
        if (header.type === 'INDEX_PAGE')
            return undefined;
        const reader = { view: new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), offset: 0 };
        const { data } = (0,column/* readPage */.SP)(reader, header, this.decoder, this.dictionaryValues, undefined, 0);
        if (!data)
            throw new Error(`empty ${header.type}`);
        if (header.type === 'DICTIONARY_PAGE') {
            this.dictionaryValues = (0,convert/* convert */.C6)(data, this.decoder);
            return undefined;
        }
        const rows = header.data_page_header?.num_values ?? header.data_page_header_v2?.num_rows ?? 0;
        return { rows, generic: jsValues(data, this.column.element) };
    }
}
function pageDecoder(column) {
    const { repr } = column;
    return repr.kind === 'generic' ? new GenericPageDecoder(column) : new TypedPageDecoder(column, repr);
}

;// CONCATENATED MODULE: ./src/io/data/parquet/page-reader.ts

/** Bytes read ahead: a column chunk is read in windows of this size, so memory does not grow with the row group. */
const WINDOW = 4 << 20;
/** Enough for nearly every page header; a longer one (large statistics) is read again with a bigger window. */
const HEADER_BYTES = 64 << 10;
/**
 * The pages of one column chunk, in order, read window by window. The buffers handed out are never
 * reused, so a page stays valid after the next one is read.
 */
class PageReader {
    read;
    end;
    maxPageBytes;
    valuesInPaddedChunk;
    buf = new Uint8Array(0);
    /** File offset of buf[0]. */
    bufStart;
    pos;
    constructor(read, start, end, 
    /** No page of the chunk is bigger uncompressed (its total_uncompressed_size): a bigger claim is corrupt. */
    maxPageBytes, 
    /**
     * When `end` lies past the chunk's stated end (see `columnChunkPadding`), its value count (num_values):
     * the chunk ends after the page that completes it, as the next chunk's pages may follow.
     */
    valuesInPaddedChunk) {
        this.read = read;
        this.end = end;
        this.maxPageBytes = maxPageBytes;
        this.valuesInPaddedChunk = valuesInPaddedChunk;
        this.bufStart = start;
        this.pos = start;
        // The first window is asked for at once: a row group's chunks are then read side by side (and ahead of
        // the first batch that needs them) rather than one after the other as each column's turn comes.
        if (start < end) {
            const first = read(start, Math.min(end, start + WINDOW) - start);
            // A chunk never read (a failed read's row group) must not leave an unhandled rejection.
            first.catch(() => undefined);
            this.firstWindow = first;
        }
    }
    /** The first window's read, until it is taken. */
    firstWindow;
    /** Makes the buffer cover [pos, pos + n) (clipped to the chunk); false when the chunk is shorter. */
    async ensure(n) {
        if (this.firstWindow) {
            const first = this.firstWindow;
            this.firstWindow = undefined;
            this.buf = await first;
        }
        const want = Math.min(this.pos + n, this.end);
        const have = this.bufStart + this.buf.length;
        if (want <= have)
            return want === this.pos + n;
        const keep = this.buf.subarray(this.pos - this.bufStart);
        const fetchFrom = this.pos + keep.length;
        const fetchTo = Math.min(this.end, Math.max(want, this.pos + WINDOW));
        const fresh = await this.read(fetchFrom, fetchTo - fetchFrom);
        let next = fresh;
        if (keep.length > 0) {
            next = new Uint8Array(keep.length + fresh.length);
            next.set(keep);
            next.set(fresh, keep.length);
        }
        this.buf = next;
        this.bufStart = this.pos;
        return this.pos + n <= this.bufStart + next.length;
    }
    /** Values of the data pages whose headers were read. */
    values = 0;
    get done() {
        return this.pos >= this.end || (this.valuesInPaddedChunk !== undefined && this.values >= this.valuesInPaddedChunk);
    }
    /** The next page's header (undefined at the end of the chunk); then `body()` or `skipBody()`. */
    async header() {
        if (this.done)
            return undefined;
        for (let window = HEADER_BYTES;; window *= 4) {
            const whole = await this.ensure(window);
            const offset = this.pos - this.bufStart;
            const reader = { view: new DataView(this.buf.buffer, this.buf.byteOffset + offset, this.buf.length - offset), offset: 0 };
            try {
                const header = (0,column/* parquetHeader */.wK)(reader);
                if (!(header.compressed_page_size >= 0))
                    throw new Error(`page header gives a compressed size of ${header.compressed_page_size}`);
                if (!(header.uncompressed_page_size >= 0 && header.uncompressed_page_size <= this.maxPageBytes))
                    throw new Error(`page header gives an uncompressed size of ${header.uncompressed_page_size}, the whole column chunk has ${this.maxPageBytes}`);
                this.pos += reader.offset;
                this.size = header.compressed_page_size;
                this.values += header.data_page_header?.num_values ?? header.data_page_header_v2?.num_values ?? 0;
                return header;
            }
            catch (error) {
                // A header cut off by the window: read more. Cut off by the end of the chunk: corrupt.
                if (!whole)
                    throw error;
            }
        }
    }
    /** Size of the body after the last header read. */
    size = 0;
    async body() {
        const size = this.size;
        if (!(await this.ensure(size)))
            throw new Error(`page of ${size} bytes runs past the end of its column chunk`);
        const offset = this.pos - this.bufStart;
        this.pos += size;
        return this.buf.subarray(offset, offset + size);
    }
    skipBody() {
        this.pos += this.size;
    }
    async next() {
        const header = await this.header();
        return header && { header, bytes: await this.body() };
    }
}

;// CONCATENATED MODULE: ./src/io/data/parquet/chunk.ts





/** Where the chunk of the leaf at the end of `schemaPath` (root first) in `rowGroup` lies; throws for a chunk that cannot be read. */
function chunkRange(source, rowGroup, schemaPath) {
    const element = schemaPath[schemaPath.length - 1].element;
    const path = schemaPath.slice(1).map((t) => t.element.name).join('.');
    const chunk = rowGroup.columns.find((c) => c.meta_data?.path_in_schema.join('.') === path);
    const meta = chunk?.meta_data;
    if (!chunk || !meta)
        throw new Error('no column chunk in the row group');
    if (chunk.file_path)
        throw new Error(`the column chunk is in another file (${chunk.file_path}), which is not supported`);
    if (meta.type !== element.type)
        throw new Error(`the column chunk holds ${meta.type} values, the schema says ${element.type}`);
    // The chunk starts at its dictionary page when it has one (some writers leave dictionary_page_offset unset or 0).
    const data = Number(meta.data_page_offset);
    const dict = Number(meta.dictionary_page_offset ?? 0);
    const start = dict > 0 && dict < data ? dict : data;
    const end = start + Number(meta.total_compressed_size);
    const padded = Math.max(end, Math.min(end + source.padding, source.fileSize));
    return { start, end, padded, meta };
}
/** The pages of the chunk of the leaf at the end of `schemaPath` (root first) in `rowGroup`. */
function chunkPages(source, rowGroup, schemaPath) {
    const { start, end, padded, meta } = chunkRange(source, rowGroup, schemaPath);
    const pages = new PageReader(source.readAt, start, padded, Number(meta.total_uncompressed_size) + (padded - end), padded > end ? Number(meta.num_values) : undefined);
    return { pages, meta };
}
/** The pages of the chunk of the flat column `schemaPath` (root, column) in `rowGroup`, read and decoded on this thread into `arrays`. */
function localPages(source, rowGroup, schemaPath, repr, compressors, arrays) {
    const element = schemaPath[schemaPath.length - 1].element;
    const { pages, meta } = chunkPages(source, rowGroup, schemaPath);
    return new page_stream/* LocalPages */.cv(pages, pageDecoder({ element, schemaPath, repr, codec: meta.codec, compressors, arrays }));
}
/**
 * A cursor over the chunk of the flat column `schemaPath` (root, column) in `rowGroup`: its pages read here, or
 * `remote` (decoded on a worker thread; the chunk is still checked here first, as a local read would).
 */
function columnCursor(source, rowGroup, schemaPath, repr, kind, compressors, scratch, remote) {
    const element = schemaPath[schemaPath.length - 1].element;
    let pages;
    if (remote) {
        chunkRange(source, rowGroup, schemaPath);
        pages = remote;
    }
    else
        pages = localPages(source, rowGroup, schemaPath, repr, compressors, scratch.pages);
    return new ColumnCursor(pages, repr, element.name, kind, scratch.batches, Number(rowGroup.num_rows));
}
/** A reader of the chunk of the list column `name` (of this shape) in `rowGroup`. */
function listReader(source, rowGroup, shape, name, kind, compressors) {
    const { pages, meta } = chunkPages(source, rowGroup, shape.leaf);
    const leaf = shape.leaf[shape.leaf.length - 1].element;
    return new ListChunkReader(pages, shape, hyparquetDecoder(leaf, shape.leaf, meta.codec, compressors), name, kind, Number(meta.num_values));
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
// EXTERNAL MODULE: ./node_modules/hyparquet-compressors/src/index.js + 16 modules
var src = __webpack_require__(20138);
// EXTERNAL MODULE: ./node_modules/zstddec/dist/zstddec.mjs
var zstddec = __webpack_require__(28335);
;// CONCATENATED MODULE: ./src/io/data/parquet/codecs.ts



/** A page claiming more than this uncompressed is taken for corrupt (writers cut pages at ~1 MiB; DuckDB at some MiB). */
const MAX_PAGE_BYTES = 256 << 20;
let zstd;
/**
 * Node's own zstd (Node 22.15+ and 23.8+, so the action's node24): about twice the speed of the WebAssembly
 * build, which older Node (the CLI on Node 20) still uses. The output is one chunk of the page's size.
 */
const nativeZstd = external_node_zlib_.zstdDecompressSync;
/**
 * Runs `start` with the global `fetch` hidden. zstddec's `init` fetches its WebAssembly from a data: URL when `fetch`
 * exists, which on Node 20 first loads Node's HTTP client (undici): 30-70 ms of CPU on each thread that decodes
 * zstd. Without `fetch` it instantiates the same bytes from a Buffer. The check is synchronous: `fetch` is back
 * before anything else runs.
 */
function withoutFetch(start) {
    const fetchProperty = Object.getOwnPropertyDescriptor(globalThis, 'fetch');
    if (!fetchProperty?.configurable)
        return start();
    Object.defineProperty(globalThis, 'fetch', { value: undefined, configurable: true, writable: true });
    try {
        return start();
    }
    finally {
        Object.defineProperty(globalThis, 'fetch', fetchProperty);
    }
}
/** The codecs `parquetCompressors` decodes, and no compression. */
const READABLE = ['UNCOMPRESSED', 'SNAPPY', 'GZIP', 'BROTLI', 'ZSTD', 'LZ4_RAW', 'LZ4'];
/** What the file asks for that mlgate does not do (as opposed to a damaged file); src/io/data/parquet/source.ts tells it by name. */
class UnsupportedParquetError extends Error {
    name = 'UnsupportedParquetError';
}
/** Throws for a codec of the chunks of the `wanted` top-level columns that `compressors` cannot decode (LZO, or one newer than this reader). */
function checkCodecs(metadata, wanted, compressors) {
    for (const group of metadata.row_groups) {
        for (const chunk of group.columns) {
            const meta = chunk.meta_data;
            if (!meta || meta.codec === 'UNCOMPRESSED' || compressors[meta.codec] || !wanted.includes(meta.path_in_schema[0]))
                continue;
            throw new UnsupportedParquetError(`column "${meta.path_in_schema.join('.')}" is compressed with ${String(meta.codec)}, which mlgate cannot read (it reads ${READABLE.join(', ')}); write the file with one of those`);
        }
    }
}
function checked(name, decode) {
    return (input, outputLength) => {
        if (!(outputLength >= 0 && outputLength <= MAX_PAGE_BYTES))
            throw new Error(`${name} page claims ${outputLength} uncompressed bytes`);
        return decode(input, outputLength);
    };
}
/**
 * Decompressors for the codecs `codecs` uses: zlib's native gzip, brotli and (where Node has it) zstd, else zstd
 * through a WebAssembly build of the reference decoder (about 3x faster than hyparquet-compressors' JavaScript one), and
 * hyparquet-compressors for snappy and LZ4.
 */
async function parquetCompressors(codecs) {
    const out = {
        GZIP: checked('GZIP', (input) => external_node_zlib_.gunzipSync(input)),
        BROTLI: checked('BROTLI', (input) => external_node_zlib_.brotliDecompressSync(input)),
    };
    for (const codec of ['SNAPPY', 'LZ4', 'LZ4_RAW']) {
        const decode = src/* compressors */.Vm[codec];
        if (decode)
            out[codec] = checked(codec, decode);
    }
    if (codecs.has('ZSTD') && nativeZstd) {
        const decompress = nativeZstd;
        out.ZSTD = checked('ZSTD', (input, outputLength) => decompress(input, { maxOutputLength: Math.max(outputLength, 1), chunkSize: Math.max(outputLength, 64) }));
    }
    else if (codecs.has('ZSTD')) {
        if (!zstd) {
            const decoder = new zstddec/* ZSTDDecoder */.A();
            await withoutFetch(() => decoder.init());
            zstd = decoder;
        }
        const ready = zstd;
        out.ZSTD = checked('ZSTD', (input, outputLength) => ready.decode(input, outputLength));
    }
    return out;
}

// EXTERNAL MODULE: ./src/io/data/parquet/columns.ts + 1 modules
var columns = __webpack_require__(89100);
// EXTERNAL MODULE: ./src/io/data/parquet/page-feed-protocol.ts
var page_feed_protocol = __webpack_require__(1505);
;// CONCATENATED MODULE: ./src/io/data/parquet/repr.ts
const GENERIC = { kind: 'generic' };
function reprOf(e) {
    const { type, converted_type: ctype, logical_type: ltype } = e;
    if (ctype === 'DECIMAL' || ltype?.type === 'DECIMAL')
        return GENERIC;
    if (!ctype && type === 'INT96')
        return GENERIC;
    if (ctype === 'DATE')
        return type === 'INT32' ? { kind: 'time', unit: 'days' } : GENERIC;
    if (ctype === 'TIMESTAMP_MILLIS')
        return type === 'INT64' ? { kind: 'time', unit: 'millis' } : GENERIC;
    if (ctype === 'TIMESTAMP_MICROS')
        return type === 'INT64' ? { kind: 'time', unit: 'micros' } : GENERIC;
    if (ctype === 'JSON' || ctype === 'BSON' || ctype === 'INTERVAL')
        return GENERIC;
    if (ltype?.type === 'GEOMETRY' || ltype?.type === 'GEOGRAPHY' || ltype?.type === 'UUID')
        return GENERIC;
    if (ctype === 'UTF8' || ltype?.type === 'STRING' || type === 'BYTE_ARRAY')
        return type === 'BYTE_ARRAY' ? { kind: 'string' } : GENERIC;
    if (ctype === 'UINT_64' || (ltype?.type === 'INTEGER' && ltype.bitWidth === 64 && !ltype.isSigned))
        return type === 'INT64' ? { kind: 'int64', unsigned: true } : GENERIC;
    if (ctype === 'UINT_32' || (ltype?.type === 'INTEGER' && ltype.bitWidth === 32 && !ltype.isSigned))
        return type === 'INT32' ? { kind: 'number', unsigned: true } : GENERIC;
    if (ltype?.type === 'FLOAT16')
        return GENERIC;
    if (ltype?.type === 'TIMESTAMP') {
        if (type !== 'INT64')
            return GENERIC;
        return { kind: 'time', unit: ltype.unit === 'NANOS' ? 'nanos' : ltype.unit === 'MICROS' ? 'micros' : 'millis' };
    }
    switch (type) {
        case 'BOOLEAN':
            return { kind: 'boolean' };
        case 'INT32':
        case 'FLOAT':
        case 'DOUBLE':
            return { kind: 'number', unsigned: false };
        case 'INT64':
            return { kind: 'int64', unsigned: false };
        default:
            return GENERIC;
    }
}

;// CONCATENATED MODULE: ./src/io/data/parquet/writer-quirks.ts
/**
 * Work-arounds for files whose writer is known to have written a wrong footer, as Arrow's C++ reader
 * applies them (so both read the same files).
 */
/** Longest dictionary page header the PARQUET-816 work-around allows for. */
const MAX_DICTIONARY_HEADER_BYTES = 100;
/** `parquet-mr version 1.2.8 (build …)` → [1, 2, 8]; `parquet-mr` alone → [0, 0, 0]; another writer → undefined. */
function parquetMrVersion(createdBy) {
    const m = /^parquet-mr(?:$|\s+version\s+(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:[\s-]|$)|\s)/i.exec(createdBy?.trim() ?? '');
    if (!m)
        return undefined;
    return [m[1], m[2], m[3]].map((part) => Number(part ?? 0));
}
function before(version, limit) {
    for (let i = 0; i < limit.length; i++) {
        if (version[i] !== limit[i])
            return version[i] < limit[i];
    }
    return false;
}
/**
 * Bytes to read past the end a column chunk's footer gives. parquet-mr up to 1.2.8 left the dictionary
 * page's header out of `total_compressed_size` (PARQUET-816, IMPALA-694), so the chunk's last page ends
 * up to a header's length after it.
 */
function columnChunkPadding(createdBy) {
    const version = parquetMrVersion(createdBy);
    return version && before(version, [1, 2, 9]) ? MAX_DICTIONARY_HEADER_BYTES : 0;
}

;// CONCATENATED MODULE: ./src/io/data/parquet/file-reader.ts













/** Row index (in the file) of the first row of each row group, and the end. */
function groupStarts(metadata) {
    const starts = [0];
    for (const g of metadata.row_groups)
        starts.push(starts[starts.length - 1] + Number(g.num_rows));
    return starts;
}
/** Adds where it happened to an error's message. */
async function at(where, fn) {
    try {
        return await fn();
    }
    catch (error) {
        if (error instanceof errors/* MlgateError */.Bf)
            throw error;
        throw new Error(`${where}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
}
/**
 * The columns `wanted` of a Parquet file, row group by row group. Flat columns (nearly all) are decoded
 * page by page into typed arrays (this folder); nested ones by hyparquet's scan.
 */
class ParquetFileReader {
    metadata;
    source;
    byName;
    root;
    kinds;
    wanted;
    compressors;
    scan;
    scratch = new Map();
    /** Pages decoded on a worker thread, for the columns it has, in the row groups it claims (`decodeOn`). */
    feed;
    constructor(metadata, source, byName, root, kinds, wanted, compressors, scan) {
        this.metadata = metadata;
        this.source = source;
        this.byName = byName;
        this.root = root;
        this.kinds = kinds;
        this.wanted = wanted;
        this.compressors = compressors;
        this.scan = scan;
    }
    static async open(buffer, metadata, wanted, kindOf) {
        const root = (0,src_metadata/* parquetSchema */.YR)(metadata);
        const byName = new Map(root.children.map((c) => [c.element.name, c]));
        // Nested columns other than lists of primitives go through hyparquet.
        const nested = wanted.filter((name) => !(0,schema/* isFlatColumn */.g7)([root, byName.get(name)]) && !listShape(root, byName.get(name)));
        const codecs = new Set(metadata.row_groups.flatMap((g) => g.columns.map((c) => c.meta_data?.codec ?? 'UNCOMPRESSED')));
        const compressors = await parquetCompressors(codecs);
        checkCodecs(metadata, wanted, compressors);
        const scan = nested.length ? await (0,src_scan/* parquetScan */.Ik)({ file: buffer, metadata, columns: nested, compressors, parsers: PARSERS }) : undefined;
        const source = {
            readAt: async (position, length) => new Uint8Array(await buffer.slice(position, position + length)),
            fileSize: buffer.byteLength,
            padding: columnChunkPadding(metadata.created_by),
        };
        const kinds = new Map(root.children.map((c) => [c.element.name, kindOf(c)]));
        return new ParquetFileReader(metadata, source, byName, root, kinds, wanted, compressors, scan);
    }
    groupStarts() {
        return groupStarts(this.metadata);
    }
    /** The wanted columns whose pages a worker thread can decode: flat ones held as typed arrays and byte ranges. */
    typedFlatColumns() {
        return this.wanted.filter((name) => {
            const tree = this.byName.get(name);
            return (0,schema/* isFlatColumn */.g7)([this.root, tree]) && !listShape(this.root, tree) && reprOf(tree.element).kind !== 'generic';
        });
    }
    /**
     * Takes the pages of the columns `feed` has from it, in the row groups its sender claims (see PageFeedJob; each
     * group is read once, in order). A group the sender has not begun when this thread needs it is decoded here:
     * the first, while the worker starts (its first pages would come after its start-up, with its code still cold),
     * and any later one when the worker falls behind. A file of one row group is left to the worker.
     */
    decodeOn(feed, claims) {
        this.feed = { pages: feed, claims };
    }
    /** Whether row group `g`'s pages come from the feed. */
    fed(g) {
        if (!this.feed)
            return false;
        const { claims } = this.feed;
        if (claims.length === 1)
            return true;
        return Atomics.compareExchange(claims, g, 0, page_feed_protocol/* CLAIMED_BY_READER */.u) === page_feed_protocol/* CLAIMED_BY_FEED */.D;
    }
    /** The pages of flat column `name` in row group `g`, read and decoded here into arrays of their own (a worker thread sends them on). */
    pageStream(g, name) {
        const tree = this.byName.get(name);
        return localPages(this.source, this.metadata.row_groups[g], [this.root, tree], reprOf(tree.element), this.compressors, freshArrays);
    }
    rowGroup(g, groupStart) {
        const rowGroup = this.metadata.row_groups[g];
        const cursors = new Map();
        const fed = this.fed(g);
        for (const name of this.wanted) {
            const tree = this.byName.get(name);
            const kind = this.kinds.get(name);
            const list = listShape(this.root, tree);
            try {
                if (list)
                    cursors.set(name, listReader(this.source, rowGroup, list, name, kind, this.compressors));
                if (!(0,schema/* isFlatColumn */.g7)([this.root, tree]))
                    continue;
                let scratch = this.scratch.get(name);
                if (!scratch)
                    this.scratch.set(name, (scratch = { pages: new Scratch(), batches: new Scratch() }));
                const remote = fed && this.feed.pages.has(name) ? this.feed.pages.pages(g, name) : undefined;
                cursors.set(name, columnCursor(this.source, rowGroup, [this.root, tree], reprOf(tree.element), kind, this.compressors, scratch, remote));
            }
            catch (error) {
                throw new Error(`column "${name}", row group ${g}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
            }
        }
        return new RowGroupReader(g, groupStart, this.wanted, cursors, this.kinds, this.scan);
    }
}
/** The rows of one row group, batch after batch. */
class RowGroupReader {
    group;
    groupStart;
    wanted;
    cursors;
    kinds;
    scan;
    row = 0;
    constructor(group, groupStart, wanted, cursors, kinds, scan) {
        this.group = group;
        this.groupStart = groupStart;
        this.wanted = wanted;
        this.cursors = cursors;
        this.kinds = kinds;
        this.scan = scan;
    }
    /** Row of the file the next batch starts at. */
    get position() {
        return this.groupStart + this.row;
    }
    where(name) {
        return `column "${name}", row group ${this.group}`;
    }
    async skip(n) {
        for (const [name, cursor] of this.cursors)
            await at(this.where(name), () => cursor.skip(n));
        this.row += n;
    }
    /** The next n rows of every wanted column, as plain data. */
    async takeData(n) {
        const out = [];
        const rowStart = this.position;
        for (const name of this.wanted) {
            const cursor = this.cursors.get(name);
            out.push(await at(this.where(name), () => (cursor ? cursor.takeData(n) : this.nested(name, rowStart, n))));
        }
        this.row += n;
        return out;
    }
    /** The next n rows of every wanted column. */
    async take(n) {
        return this.columns(await this.takeData(n));
    }
    /** Columns over data just taken (string columns share their chunk's dictionary cache). */
    columns(data) {
        return data.map((d) => (0,columns/* toColumn */._T)(d, this.cursors.get(d.name)?.dictionaryCache));
    }
    async nested(name, rowStart, n) {
        const data = await this.scan.readColumn({ column: name, rowStart, rowEnd: rowStart + n });
        if (data.length !== n)
            throw new Error(`${data.length} values in rows ${rowStart}..${rowStart + n}, expected ${n}`);
        return { type: 'value', name, kind: this.kinds.get(name), length: n, values: Array.from(data) };
    }
    /** Decodes the `rows` rows of every column of the row group without keeping them (see `ColumnCursor.decodeRest`). */
    async decodeAll(rows) {
        for (const name of this.wanted) {
            const cursor = this.cursors.get(name);
            await at(this.where(name), async () => {
                if (cursor instanceof ColumnCursor)
                    await cursor.decodeRest();
                else if (cursor) {
                    await cursor.takeData(rows);
                    await cursor.finish();
                }
                else
                    await this.nested(name, this.groupStart, rows);
            });
        }
    }
    /** Throws when a column chunk holds more rows than the row group. */
    async finish() {
        for (const [name, cursor] of this.cursors)
            await at(this.where(name), () => cursor.finish());
    }
}


/***/ }),

/***/ 1505:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ CLAIMED_BY_FEED),
/* harmony export */   u: () => (/* binding */ CLAIMED_BY_READER)
/* harmony export */ });
const CLAIMED_BY_FEED = 1;
const CLAIMED_BY_READER = 2;


/***/ }),

/***/ 1024:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cv: () => (/* binding */ LocalPages),
/* harmony export */   qT: () => (/* binding */ countPageRows),
/* harmony export */   r: () => (/* binding */ pageRows)
/* harmony export */ });
/** Rows of a data page (undefined for dictionary and index pages). */
function pageRows(header) {
    return header.data_page_header?.num_values ?? header.data_page_header_v2?.num_rows;
}
/**
 * Rows of the chunk's pages once `header`'s page is counted (`paged` before it); throws when the page claims
 * more rows than the row group has left (such a page is corrupt and is not decoded).
 */
function countPageRows(header, paged, groupRows) {
    const rows = pageRows(header);
    if (rows === undefined)
        return paged;
    if (!(rows >= 0 && rows <= groupRows - paged))
        throw new Error(`a page of ${rows} rows after ${paged}, in a row group of ${groupRows}`);
    return paged + rows;
}
/** Pages read from the file and decoded on this thread. */
class LocalPages {
    reader;
    decoder;
    constructor(reader, decoder) {
        this.reader = reader;
        this.decoder = decoder;
    }
    header() {
        return this.reader.header();
    }
    skip() {
        this.reader.skipBody();
    }
    async decode(header) {
        return this.decoder.decode({ header, bytes: await this.reader.body() });
    }
    /** The dictionary the chunk's pages refer to, once its page is decoded. */
    get dictionary() {
        return this.decoder.dictionary;
    }
}


/***/ })

};
