export const id = 4849;
export const ids = [4849];
export const modules = {

/***/ 50366:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  W6: () => (/* binding */ profileFromJson),
  lu: () => (/* binding */ profileToJson)
});

// UNUSED EXPORTS: HISTOGRAM_BINS, PROFILE_FORMAT, PROFILE_VERSION, looksLikeProfile, profileSchema

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(38816);
// EXTERNAL MODULE: ./src/domain/drift/sample.ts
var drift_sample = __webpack_require__(41088);
// EXTERNAL MODULE: ./src/domain/errors.ts
var errors = __webpack_require__(10241);
// EXTERNAL MODULE: ./src/domain/profile/hyperloglog.ts + 1 modules
var hyperloglog = __webpack_require__(92139);
// EXTERNAL MODULE: ./src/domain/profile/quantile-sketch.ts
var quantile_sketch = __webpack_require__(25918);
// EXTERNAL MODULE: ./src/domain/profile/top-k.ts
var top_k = __webpack_require__(18245);
;// CONCATENATED MODULE: ./src/domain/profile/row-checks-format.ts
/**
 * `row_checks` of the profile format (docs/profile-format.md): the row-level findings of a (shard) profile as JSON.
 * Key tables are base64 of little-endian typed arrays (Uint32 hash lanes and file indices, Float64 places);
 * non-finite numbers (no value seen yet) are written as null.
 */

const base64 = schemas/* string */.YjP().regex(/^[A-Za-z0-9+/]*={0,2}$/, 'base64');
const count = schemas/* number */.aig().int().min(0);
const placeShape = { file: schemas/* string */.YjP(), line: schemas/* number */.aig().int().optional(), row: schemas/* number */.aig().int().optional() };
const exampleSchema = schemas/* strictObject */.rej({ ...placeShape, value: schemas/* unknown */.L5J(), repeats: schemas/* strictObject */.rej(placeShape).optional() });
const failuresSchema = schemas/* strictObject */.rej({ count, examples: schemas/* array */.YOg(exampleSchema) });
const keyTableSchema = schemas/* strictObject */.rej({ distinct: count, hashes: base64, file: base64, at: base64 });
const columnSchema = schemas/* strictObject */.rej({
    rows: count,
    nulls: count,
    failures: schemas/* array */.YOg(failuresSchema),
    observed_min: schemas/* number */.aig().nullable(),
    observed_max: schemas/* number */.aig().nullable(),
    newest: schemas/* number */.aig().nullable(),
    newest_text: schemas/* string */.YjP().nullable(),
    repeats: failuresSchema,
});
const rowChecksSchema = schemas/* strictObject */.rej({
    checks: schemas/* string */.YjP(),
    max_examples: count,
    files: schemas/* array */.YOg(schemas/* strictObject */.rej({ name: schemas/* string */.YjP(), header: schemas/* array */.YOg(schemas/* string */.YjP()), at: schemas/* enum */.k5n(['line', 'row']) })),
    rows: count,
    columns: schemas/* record */.g1P(schemas/* string */.YjP(), columnSchema),
    duplicate_rows: failuresSchema,
    duplicate_keys: failuresSchema,
    leakage: schemas/* strictObject */.rej({ rows: count, failures: failuresSchema, key_missing: schemas/* boolean */.zMY() }).optional(),
    unique: schemas/* record */.g1P(schemas/* string */.YjP(), keyTableSchema),
    duplicates: keyTableSchema.optional(),
    leakage_keys: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* strictObject */.rej({ key: schemas/* array */.YOg(schemas/* string */.YjP()), table: keyTableSchema })).optional(),
});
const toBase64 = (a) => Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('base64');
const finite = (v) => (Number.isFinite(v) ? v : null);
function typed(s, width, make, what) {
    const b = Buffer.from(s, 'base64');
    if (b.length % width !== 0)
        throw new Error(`${what} is not a whole number of ${width}-byte values`);
    const out = make(b.length / width);
    new Uint8Array(out.buffer).set(b);
    return out;
}
const failures = (f) => ({ count: f.count, examples: f.examples.map((e) => ({ ...e, value: e.value ?? null })) });
const failuresFrom = (f) => ({ count: f.count, examples: f.examples.map((e) => ({ ...e, value: e.value ?? null })) });
function tableJson(t) {
    return { distinct: t.file.length, hashes: toBase64(t.hashes), file: toBase64(t.file), at: toBase64(t.at) };
}
/** Decodes a key table and checks it: lengths agree, hashes strictly ascending, file indices in range. */
function tableFrom(j, files, what) {
    const t = { hashes: typed(j.hashes, 4, (n) => new Uint32Array(n), `${what}.hashes`), file: typed(j.file, 4, (n) => new Uint32Array(n), `${what}.file`), at: typed(j.at, 8, (n) => new Float64Array(n), `${what}.at`) };
    const n = t.file.length;
    if (n !== j.distinct || t.hashes.length !== 2 * n || t.at.length !== n)
        throw new Error(`${what} holds ${t.hashes.length / 2} hashes, ${n} file indices and ${t.at.length} places; expected ${j.distinct} of each`);
    for (let i = 0; i < n; i++) {
        if (t.file[i] >= files)
            throw new Error(`${what}: file index ${t.file[i]} at entry ${i}, but the part lists ${files} files`);
        if (i === 0)
            continue;
        const [ph, pl, h, l] = [t.hashes[2 * i - 2], t.hashes[2 * i - 1], t.hashes[2 * i], t.hashes[2 * i + 1]];
        if (!(ph < h || (ph === h && pl < l)))
            throw new Error(`${what}: hashes not strictly ascending at entry ${i}`);
    }
    return t;
}
function columnJson(c, repeats) {
    return {
        rows: c.rows,
        nulls: c.nulls,
        failures: c.failures.map(failures),
        observed_min: finite(c.observedMin),
        observed_max: finite(c.observedMax),
        newest: finite(c.newest),
        newest_text: c.newestText,
        repeats: failures(repeats),
    };
}
function rowChecksToJson(rc) {
    const v = rc.validator;
    const columns = {};
    for (const [name, c] of Object.entries(v.columns))
        columns[name] = columnJson(c.checks, c.repeats);
    const unique = {};
    for (const [name, t] of Object.entries(rc.unique))
        unique[name] = tableJson(t);
    return {
        checks: rc.checks,
        max_examples: rc.maxExamples,
        files: rc.files,
        rows: v.rows,
        columns,
        duplicate_rows: failures(v.duplicateRows),
        duplicate_keys: failures(v.duplicateKeys),
        ...(v.leakage ? { leakage: { rows: v.leakage.rows, failures: failures(v.leakage.failures), key_missing: v.leakage.keyMissing } } : {}),
        unique,
        ...(rc.duplicates ? { duplicates: tableJson(rc.duplicates) } : {}),
        ...(rc.leakageKeys ? { leakage_keys: Object.fromEntries(Object.entries(rc.leakageKeys).map(([id, k]) => [id, { key: k.key, table: tableJson(k.table) }])) } : {}),
    };
}
/** Decodes validated `row_checks` JSON; throws Error naming the field on inconsistent contents. */
function rowChecksFromJson(j) {
    const columns = {};
    for (const [name, c] of Object.entries(j.columns)) {
        columns[name] = {
            checks: {
                rows: c.rows,
                nulls: c.nulls,
                failures: c.failures.map(failuresFrom),
                observedMin: c.observed_min ?? Infinity,
                observedMax: c.observed_max ?? -Infinity,
                newest: c.newest ?? -Infinity,
                newestText: c.newest_text,
            },
            repeats: failuresFrom(c.repeats),
        };
    }
    const unique = {};
    for (const [name, t] of Object.entries(j.unique))
        unique[name] = tableFrom(t, j.files.length, `row_checks.unique.${name}`);
    return {
        checks: j.checks,
        maxExamples: j.max_examples,
        files: j.files.map((f) => ({ name: f.name, header: [...f.header], at: f.at })),
        validator: {
            rows: j.rows,
            columns,
            duplicateRows: failuresFrom(j.duplicate_rows),
            duplicateKeys: failuresFrom(j.duplicate_keys),
            ...(j.leakage ? { leakage: { rows: j.leakage.rows, failures: failuresFrom(j.leakage.failures), keyMissing: j.leakage.key_missing } } : {}),
        },
        unique,
        ...(j.duplicates ? { duplicates: tableFrom(j.duplicates, j.files.length, 'row_checks.duplicates') } : {}),
        ...(j.leakage_keys
            ? { leakageKeys: Object.fromEntries(Object.entries(j.leakage_keys).map(([id, k]) => [id, { key: [...k.key], table: tableFrom(k.table, j.files.length, `row_checks.leakage_keys.${id}`) }])) }
            : {}),
    };
}

;// CONCATENATED MODULE: ./src/domain/profile/format.ts
/**
 * The versioned JSON profile format (docs/profile-format.md): zod schema, serialise, parse.
 * Sketch payloads are base64 of little-endian arrays (Float64 for quantile levels, bytes for HLL).
 */







const PROFILE_FORMAT = 'mlgate-profile';
const PROFILE_VERSION = 1;
const HISTOGRAM_BINS = 20;
const REPORTED_QUANTILES = [0.01, 0.05, 0.25, 0.5, 0.75, 0.95, 0.99];
const format_base64 = schemas/* string */.YjP().regex(/^[A-Za-z0-9+/]*={0,2}$/, 'base64');
const format_count = schemas/* number */.aig().int().min(0);
const distinctSchema = schemas/* strictObject */.rej({
    estimate: schemas/* number */.aig().min(0),
    relative_error: schemas/* number */.aig().min(0),
    p: schemas/* number */.aig().int().min(4).max(18),
    registers: format_base64,
});
const numericColumnSchema = schemas/* strictObject */.rej({
    name: schemas/* string */.YjP(),
    kind: schemas/* literal */.euz('numeric'),
    type: schemas/* string */.YjP().optional(),
    count: format_count,
    nulls: format_count,
    min: schemas/* number */.aig().nullable(),
    max: schemas/* number */.aig().nullable(),
    mean: schemas/* number */.aig().nullable(),
    m2: schemas/* number */.aig().min(0),
    variance: schemas/* number */.aig().min(0).nullable(),
    std: schemas/* number */.aig().min(0).nullable(),
    quantiles: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* number */.aig()),
    histogram: schemas/* strictObject */.rej({ edges: schemas/* array */.YOg(schemas/* number */.aig()), counts: schemas/* array */.YOg(schemas/* number */.aig().min(0)), max_count_error: schemas/* number */.aig().min(0) }),
    distinct: distinctSchema,
    sketch: schemas/* strictObject */.rej({
        type: schemas/* literal */.euz('compactor'),
        k: schemas/* number */.aig().int().min(8),
        n: format_count,
        rank_error: schemas/* number */.aig().min(0),
        parity: schemas/* array */.YOg(schemas/* union */.KCZ([schemas/* literal */.euz(0), schemas/* literal */.euz(1)])),
        levels: schemas/* array */.YOg(format_base64),
    }),
});
const categoricalColumnSchema = schemas/* strictObject */.rej({
    name: schemas/* string */.YjP(),
    kind: schemas/* literal */.euz('categorical'),
    type: schemas/* string */.YjP().optional(),
    count: format_count,
    nulls: format_count,
    min_length: format_count.nullable(),
    max_length: format_count.nullable(),
    top: schemas/* strictObject */.rej({
        capacity: schemas/* number */.aig().int().min(1),
        error: schemas/* number */.aig().min(0),
        other: schemas/* number */.aig().min(0),
        items: schemas/* array */.YOg(schemas/* tuple */.PVZ([schemas/* string */.YjP(), schemas/* number */.aig().min(0)])),
    }),
    distinct: distinctSchema,
});
const profileSchema = schemas/* strictObject */.rej({
    format: schemas/* literal */.euz(PROFILE_FORMAT),
    version: schemas/* literal */.euz(PROFILE_VERSION),
    dataset: schemas/* string */.YjP(),
    rows: format_count,
    parts: schemas/* number */.aig().int().min(1),
    shard: schemas/* strictObject */.rej({ index: schemas/* number */.aig().int().min(1), count: schemas/* number */.aig().int().min(1), by: schemas/* enum */.k5n(['files', 'rows']) }).optional(),
    content_hash: schemas/* string */.YjP().optional(),
    sources: schemas/* array */.YOg(schemas/* strictObject */.rej({ file: schemas/* string */.YjP(), rows: format_count, row_range: schemas/* tuple */.PVZ([schemas/* number */.aig().int(), schemas/* number */.aig().int()]).optional(), sha256: schemas/* string */.YjP().optional() })),
    columns: schemas/* array */.YOg(schemas/* discriminatedUnion */.gMt('kind', [numericColumnSchema, categoricalColumnSchema])),
    row_checks: rowChecksSchema.optional(),
});
const format_toBase64 = (a) => Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('base64');
function fromBase64F64(s) {
    const b = Buffer.from(s, 'base64');
    if (b.length % 8 !== 0)
        throw new Error('quantile level is not a whole number of float64 values');
    const out = new Float64Array(b.length / 8);
    new Uint8Array(out.buffer).set(b);
    return out;
}
const finiteOrNull = (v) => (Number.isFinite(v) ? v : null);
function format_columnJson(c) {
    const distinct = { estimate: Math.round(c.distinct.estimate()), relative_error: c.distinct.relativeError, p: c.distinct.p, registers: format_toBase64(c.distinct.registers) };
    if (c.kind === 'categorical') {
        const items = c.top.items(); // reduces first, so `other` below matches the listed counts
        return {
            name: c.name,
            kind: 'categorical',
            ...(c.type ? { type: c.type } : {}),
            count: c.count,
            nulls: c.nulls,
            min_length: finiteOrNull(c.minLength),
            max_length: finiteOrNull(c.maxLength),
            top: { capacity: c.top.capacity, error: c.top.error, other: c.top.other, items },
            distinct,
        };
    }
    const { count: n, mean, m2 } = c.moments;
    const sample = c.sketch.toSample();
    const state = c.sketch.state();
    const quantiles = {};
    if (n > 0)
        for (const q of REPORTED_QUANTILES)
            quantiles[`p${String(Math.round(q * 100)).padStart(2, '0')}`] = (0,drift_sample/* quantile */.YV)(sample, q);
    return {
        name: c.name,
        kind: 'numeric',
        ...(c.type ? { type: c.type } : {}),
        count: n,
        nulls: c.nulls,
        min: finiteOrNull(c.min),
        max: finiteOrNull(c.max),
        mean: n > 0 ? mean : null,
        m2,
        variance: n > 0 ? m2 / n : null,
        std: n > 0 ? Math.sqrt(m2 / n) : null,
        quantiles,
        histogram: histogram(c),
        distinct,
        sketch: { type: 'compactor', k: state.k, n: state.n, rank_error: state.rankError, parity: state.parity.map((p) => (p ? 1 : 0)), levels: state.levels.map(format_toBase64) },
    };
}
/** Equal-width bins over [min, max], counted from the sketch: each count within 2·rank_error. */
function histogram(c) {
    const n = c.moments.count;
    if (n === 0 || !(c.max >= c.min))
        return { edges: [], counts: [], max_count_error: 0 };
    const sample = c.sketch.toSample();
    const bins = c.max > c.min ? HISTOGRAM_BINS : 1;
    const width = (c.max - c.min) / bins;
    const edges = Array.from({ length: bins + 1 }, (_, i) => (i === bins ? c.max : c.min + i * width));
    const counts = [];
    let j = 0;
    let acc = 0;
    let prev = 0;
    const w = sample.weights;
    for (let b = 1; b <= bins; b++) {
        const edge = edges[b];
        // Left-closed bins [e_{b−1}, e_b), the last one closed.
        while (j < sample.values.length && (b === bins || sample.values[j] < edge))
            acc += w ? w[j++] : (j++, 1);
        counts.push(acc - prev);
        prev = acc;
    }
    return { edges, counts, max_count_error: 2 * c.sketch.rankError };
}
function profileToJson(p) {
    return {
        format: PROFILE_FORMAT,
        version: PROFILE_VERSION,
        dataset: p.dataset,
        rows: p.rows,
        parts: p.parts,
        ...(p.shard ? { shard: p.shard } : {}),
        ...(p.contentHash ? { content_hash: p.contentHash } : {}),
        sources: p.sources.map((s) => ({ file: s.file, rows: s.rows, ...(s.rowRange ? { row_range: s.rowRange } : {}), ...(s.sha256 ? { sha256: s.sha256 } : {}) })),
        columns: p.columns.map(format_columnJson),
        ...(p.rowChecks ? { row_checks: rowChecksToJson(p.rowChecks) } : {}),
    };
}
function columnFromJson(c) {
    const hll = new hyperloglog/* HyperLogLog */.l(c.distinct.p, new Uint8Array(Buffer.from(c.distinct.registers, 'base64')));
    if (c.kind === 'categorical') {
        const top = new top_k/* TopK */.T(c.top.capacity);
        for (const [v, k] of c.top.items)
            top.counts.set(v, k);
        top.error = c.top.error;
        top.n = c.count;
        const listed = c.top.items.reduce((s, [, k]) => s + k, 0);
        if (Math.abs(c.count - listed - c.top.other) > 1e-9 * Math.max(1, c.count))
            throw new Error(`top-k counts (${listed}) + other (${c.top.other}) ≠ count (${c.count})`);
        return { name: c.name, kind: 'categorical', type: c.type, nulls: c.nulls, count: c.count, top, distinct: hll, minLength: c.min_length ?? Infinity, maxLength: c.max_length ?? -Infinity };
    }
    const sketch = quantile_sketch/* QuantileSketch */.w.fromState({ k: c.sketch.k, n: c.sketch.n, rankError: c.sketch.rank_error, parity: c.sketch.parity, levels: c.sketch.levels.map(fromBase64F64) });
    if (c.sketch.n !== c.count)
        throw new Error(`sketch n (${c.sketch.n}) ≠ count (${c.count})`);
    return {
        name: c.name,
        kind: 'numeric',
        type: c.type,
        nulls: c.nulls,
        moments: { count: c.count, mean: c.mean ?? 0, m2: c.m2 },
        min: c.min ?? Infinity,
        max: c.max ?? -Infinity,
        sketch,
        distinct: hll,
    };
}
/** Validates and decodes a profile; `file` names it in errors. */
function profileFromJson(data, file) {
    const parsed = profileSchema.safeParse(data);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const field = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '');
        const found = issue.path.reduce((o, k) => (o && typeof o === 'object' ? o[k] : undefined), data);
        throw new errors/* MlgateError */.Bf('input', `not a valid mlgate profile: ${field || '(root)'}: ${issue.message}`, {
            location: { file, field: field || undefined },
            details: [`found: ${JSON.stringify(found)?.slice(0, 120) ?? 'nothing'}`, `expected: a ${PROFILE_FORMAT} version ${PROFILE_VERSION} document (see docs/profile-format.md)`],
        });
    }
    const j = parsed.data;
    const columns = j.columns.map((c, i) => {
        try {
            return columnFromJson(c);
        }
        catch (e) {
            throw new errors/* MlgateError */.Bf('input', `not a valid mlgate profile: columns[${i}] (${c.name}): ${e.message}`, { location: { file, field: `columns[${i}]` }, cause: e });
        }
    });
    let rowChecks;
    try {
        rowChecks = j.row_checks ? rowChecksFromJson(j.row_checks) : undefined;
    }
    catch (e) {
        throw new errors/* MlgateError */.Bf('input', `not a valid mlgate profile: ${e.message}`, { location: { file, field: 'row_checks' }, cause: e });
    }
    return {
        dataset: j.dataset,
        rows: j.rows,
        parts: j.parts,
        columns,
        ...(rowChecks ? { rowChecks } : {}),
        shard: j.shard,
        contentHash: j.content_hash,
        sources: j.sources.map((s) => ({ file: s.file, rows: s.rows, rowRange: s.row_range, sha256: s.sha256 })),
    };
}
/** True when a parsed JSON document claims to be a profile (so a reference path can be either data or a profile). */
const looksLikeProfile = (data) => typeof data === 'object' && data !== null && data.format === PROFILE_FORMAT;


/***/ }),

/***/ 92139:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  l: () => (/* binding */ HyperLogLog)
});

// UNUSED EXPORTS: DEFAULT_HLL_P

// EXTERNAL MODULE: ./src/domain/table/hash.ts
var hash = __webpack_require__(68867);
;// CONCATENATED MODULE: ./src/domain/profile/hash.ts
/** 64-bit hashing of values (as two 32-bit halves) for the distinct-count sketch. */

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
/** Hash of a number's float64 bits (−0 and 0 hash alike, so 3 and 3.0 from any reader agree). */
function hashNumber(v) {
    f64[0] = v === 0 ? 0 : v;
    const lo = u32[0];
    const hi = u32[1];
    const a = (0,hash/* fmix32 */.sT)(lo ^ (0,hash/* fmix32 */.sT)(hi ^ 0x9e3779b9));
    const b = (0,hash/* fmix32 */.sT)(hi ^ (0,hash/* fmix32 */.sT)(lo ^ 0x7f4a7c15) ^ 0x5bd1e995);
    return [a, b];
}
/** Hash of a string's UTF-16 code units (two independent 32-bit FNV-1a streams, finalised). */
function hashString(s) {
    let a = 0x811c9dc5;
    let b = 0x01000193 ^ s.length;
    for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        a = Math.imul(a ^ c, 0x01000193);
        b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
    }
    return [(0,hash/* fmix32 */.sT)(a), (0,hash/* fmix32 */.sT)(b ^ 0x27d4eb2f)];
}

;// CONCATENATED MODULE: ./src/domain/profile/hyperloglog.ts
/**
 * Distinct-count sketch: HyperLogLog (Flajolet et al. 2007) with 2^p one-byte registers and
 * linear counting for small cardinalities. Standard error ≈ 1.04/√(2^p) (0.81 % at p = 14).
 * Merging takes the register-wise maximum, so a merged sketch equals the sketch of the union.
 */

const DEFAULT_HLL_P = 14;
class HyperLogLog {
    p;
    registers;
    constructor(p = DEFAULT_HLL_P, registers) {
        if (!Number.isInteger(p) || p < 4 || p > 18)
            throw new Error(`HyperLogLog precision p must be 4..18, got ${p}`);
        this.p = p;
        this.registers = registers ?? new Uint8Array(1 << p);
        if (this.registers.length !== 1 << p)
            throw new Error(`HyperLogLog with p=${p} needs ${1 << p} registers, got ${this.registers.length}`);
    }
    addHash(a, b) {
        const idx = a >>> (32 - this.p);
        // The remaining (32 − p) bits of `a`, then 32 bits of `b`: leading zeros + 1.
        const restA = (a << this.p) >>> 0;
        let rank;
        if (restA !== 0)
            rank = Math.clz32(restA) + 1;
        else
            rank = 32 - this.p + Math.clz32(b) + 1;
        if (rank > this.registers[idx])
            this.registers[idx] = rank;
    }
    addNumber(v) {
        const [a, b] = hashNumber(v);
        this.addHash(a, b);
    }
    addString(s) {
        const [a, b] = hashString(s);
        this.addHash(a, b);
    }
    merge(other) {
        if (other.p !== this.p)
            throw new Error(`cannot merge HyperLogLog sketches with p=${this.p} and p=${other.p}`);
        for (let i = 0; i < this.registers.length; i++)
            if (other.registers[i] > this.registers[i])
                this.registers[i] = other.registers[i];
    }
    estimate() {
        const m = this.registers.length;
        let sum = 0;
        let zeros = 0;
        for (const r of this.registers) {
            sum += 2 ** -r;
            if (r === 0)
                zeros++;
        }
        const alpha = 0.7213 / (1 + 1.079 / m);
        const raw = (alpha * m * m) / sum;
        if (raw <= 2.5 * m && zeros > 0)
            return m * Math.log(m / zeros);
        return raw;
    }
    /** One-sigma relative standard error. */
    get relativeError() {
        return 1.04 / Math.sqrt(this.registers.length);
    }
}


/***/ }),

/***/ 19047:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E3: () => (/* binding */ batchMoments),
/* harmony export */   iQ: () => (/* binding */ mergeMoments),
/* harmony export */   rC: () => (/* binding */ emptyMoments)
/* harmony export */ });
const emptyMoments = () => ({ count: 0, mean: 0, m2: 0 });
function mergeMoments(a, b) {
    if (a.count === 0)
        return { ...b };
    if (b.count === 0)
        return { ...a };
    const count = a.count + b.count;
    const delta = b.mean - a.mean;
    const mean = a.mean + (delta * b.count) / count;
    const m2 = a.m2 + b.m2 + (delta * delta * a.count * b.count) / count;
    return { count, mean, m2 };
}
/** Moments of values[0..length) by two passes (the batch is then merged into the running total). */
function batchMoments(values, length = values.length) {
    if (length === 0)
        return emptyMoments();
    let s = 0;
    for (let i = 0; i < length; i++)
        s += values[i];
    const mean = s / length;
    let m2 = 0;
    let c = 0;
    for (let i = 0; i < length; i++) {
        const d = values[i] - mean;
        m2 += d * d;
        c += d;
    }
    // Compensation for the rounding of `mean` (Björck's corrected two-pass).
    m2 -= (c * c) / length;
    return { count: length, mean: mean + c / length, m2 };
}


/***/ }),

/***/ 25918:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ QuantileSketch)
/* harmony export */ });
/* unused harmony export DEFAULT_SKETCH_K */
const DEFAULT_SKETCH_K = 4096;
class QuantileSketch {
    k;
    n = 0;
    rankError = 0;
    level0;
    size0 = 0;
    upper = [];
    parity = [];
    constructor(k = DEFAULT_SKETCH_K) {
        if (!Number.isInteger(k) || k < 8 || k % 2 !== 0)
            throw new Error(`sketch capacity k must be an even integer ≥ 8, got ${k}`);
        this.k = k;
        this.level0 = new Float64Array(k);
    }
    add(v) {
        this.level0[this.size0++] = v;
        this.n++;
        if (this.size0 === this.k)
            this.compactLevel0();
    }
    /** Adds values[0..length) (NaN must already be removed). */
    addMany(values, length = values.length) {
        let i = 0;
        while (i < length) {
            const take = Math.min(this.k - this.size0, length - i);
            this.level0.set(values.subarray(i, i + take), this.size0);
            this.size0 += take;
            this.n += take;
            i += take;
            if (this.size0 === this.k)
                this.compactLevel0();
        }
    }
    nextParity(h) {
        const p = this.parity[h] ?? 0;
        this.parity[h] = 1 - p;
        return p;
    }
    compactLevel0() {
        const buf = this.level0.subarray(0, this.size0);
        buf.sort();
        const keepBack = this.size0 % 2 === 1 ? buf[this.size0 - 1] : undefined;
        const even = this.size0 - (keepBack === undefined ? 0 : 1);
        const offset = this.nextParity(0);
        const target = this.upperLevel(1);
        for (let i = offset; i < even; i += 2)
            target.push(buf[i]);
        this.rankError += 1;
        this.size0 = 0;
        if (keepBack !== undefined)
            this.level0[this.size0++] = keepBack;
        this.cascade(1);
    }
    upperLevel(h) {
        while (this.upper.length < h)
            this.upper.push([]);
        return this.upper[h - 1];
    }
    /** Compacts levels from h upwards while any is at capacity. */
    cascade(h) {
        for (let level = h; level <= this.upper.length; level++) {
            const buf = this.upper[level - 1];
            if (buf.length < this.k)
                continue;
            buf.sort((a, b) => a - b);
            const keepBack = buf.length % 2 === 1 ? buf.pop() : undefined;
            const offset = this.nextParity(level);
            const target = this.upperLevel(level + 1);
            for (let i = offset; i < buf.length; i += 2)
                target.push(buf[i]);
            this.rankError += 2 ** level;
            buf.length = 0;
            if (keepBack !== undefined)
                buf.push(keepBack);
        }
    }
    merge(other) {
        if (other.k !== this.k)
            throw new Error(`cannot merge sketches with k=${this.k} and k=${other.k}`);
        this.n += other.n;
        this.rankError += other.rankError;
        other.upper.forEach((items, i) => {
            const target = this.upperLevel(i + 1);
            for (const v of items)
                target.push(v);
        });
        other.parity.forEach((p, h) => {
            this.parity[h] = (this.parity[h] ?? 0) ^ p;
        });
        this.addManyNoCount(other.level0.subarray(0, other.size0));
        this.cascade(1);
    }
    addManyNoCount(values) {
        this.n -= values.length;
        this.addMany(values);
    }
    /** Sorted items with their weights: the sketch as a distribution drift can use. */
    toSample() {
        let count = this.size0;
        for (const b of this.upper)
            count += b.length;
        const values = new Float64Array(count);
        const weights = new Float64Array(count);
        const order = new Uint32Array(count);
        let j = 0;
        for (let i = 0; i < this.size0; i++, j++) {
            values[j] = this.level0[i];
            weights[j] = 1;
        }
        this.upper.forEach((b, i) => {
            const w = 2 ** (i + 1);
            for (const v of b) {
                values[j] = v;
                weights[j++] = w;
            }
        });
        for (let i = 0; i < count; i++)
            order[i] = i;
        order.sort((a, b) => values[a] - values[b]);
        const sv = new Float64Array(count);
        const sw = new Float64Array(count);
        for (let i = 0; i < count; i++) {
            sv[i] = values[order[i]];
            sw[i] = weights[order[i]];
        }
        return { values: sv, weights: sw, total: this.n, rankError: this.rankError };
    }
    state() {
        return {
            k: this.k,
            n: this.n,
            rankError: this.rankError,
            levels: [this.level0.slice(0, this.size0), ...this.upper.map((b) => Float64Array.from(b))],
            parity: [...this.parity].map((p) => p ?? 0),
        };
    }
    /**
     * A sketch of already sorted values without streaming them: one item per block of w = 2^h values
     * (its middle element, weight w) plus the < w trailing values at weight 1. Every rank is then off
     * by at most w/2, which becomes `rankError`; the result merges with streamed sketches like any other.
     */
    static fromSorted(sorted, k = DEFAULT_SKETCH_K) {
        const q = new QuantileSketch(k);
        const n = sorted.length;
        let h = 0;
        while (n / 2 ** h >= k)
            h++;
        if (h === 0) {
            q.addMany(sorted);
            return q;
        }
        const w = 2 ** h;
        const blocks = Math.floor(n / w);
        const level = q.upperLevel(h);
        for (let b = 0; b < blocks; b++)
            level.push(sorted[b * w + w / 2]);
        q.addMany(sorted.subarray(blocks * w));
        q.n += blocks * w;
        q.rankError += w / 2;
        return q;
    }
    static fromState(s) {
        const q = new QuantileSketch(s.k);
        const [l0, ...rest] = s.levels;
        const level0 = l0 ?? new Float64Array(0);
        if (level0.length >= s.k)
            throw new Error(`level 0 holds ${level0.length} items, expected fewer than k=${s.k}`);
        q.level0.set(level0);
        q.size0 = level0.length;
        q.upper = rest.map((b) => Array.from(b));
        q.parity = [...s.parity];
        let weight = level0.length;
        rest.forEach((b, i) => (weight += b.length * 2 ** (i + 1)));
        if (weight !== s.n)
            throw new Error(`sketch items weigh ${weight}, expected n=${s.n}`);
        q.n = s.n;
        q.rankError = s.rankError;
        return q;
    }
}


/***/ }),

/***/ 18245:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ TopK)
/* harmony export */ });
/* unused harmony export DEFAULT_TOP_K */
/**
 * Heavy hitters with counts: Misra–Gries summary with capacity C. While a column has at most C
 * distinct values every count is exact (`error` 0). Beyond that, each listed count is at most
 * `error` below the true count and any unlisted value occurs at most `error` times;
 * `error` ≤ n/(C+1) and merging adds errors (Agarwal et al. 2012, mergeable summaries).
 */
const DEFAULT_TOP_K = 1000;
class TopK {
    capacity;
    counts = new Map();
    error = 0;
    n = 0;
    constructor(capacity = DEFAULT_TOP_K) {
        if (!Number.isInteger(capacity) || capacity < 1)
            throw new Error(`top-k capacity must be a positive integer, got ${capacity}`);
        this.capacity = capacity;
    }
    add(value, count = 1) {
        this.n += count;
        this.counts.set(value, (this.counts.get(value) ?? 0) + count);
        if (this.counts.size > 2 * this.capacity)
            this.reduce();
    }
    /** Subtracts the (C+1)-th largest count from every counter, dropping those that reach 0. */
    reduce() {
        if (this.counts.size <= this.capacity)
            return;
        const sorted = [...this.counts.values()].sort((a, b) => b - a);
        const cut = sorted[this.capacity];
        for (const [k, v] of this.counts) {
            if (v <= cut)
                this.counts.delete(k);
            else
                this.counts.set(k, v - cut);
        }
        this.error += cut;
    }
    merge(other) {
        for (const [k, v] of other.counts)
            this.counts.set(k, (this.counts.get(k) ?? 0) + v);
        this.n += other.n;
        this.error += other.error;
        this.reduce();
    }
    /** Listed values, most frequent first (ties by value). */
    items() {
        this.reduce();
        return [...this.counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    }
    /** Mass not covered by the listed counts. */
    get other() {
        let s = 0;
        for (const v of this.counts.values())
            s += v;
        return this.n - s;
    }
}


/***/ }),

/***/ 75942:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Ae: () => (/* binding */ contentHash),
  uK: () => (/* binding */ parseShard),
  xc: () => (/* binding */ profileFiles)
});

// UNUSED EXPORTS: SHARD_BLOCK_ROWS, planShard, streamColumns

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/domain/errors.ts
var errors = __webpack_require__(10241);
// EXTERNAL MODULE: ./src/domain/profile/hyperloglog.ts + 1 modules
var hyperloglog = __webpack_require__(92139);
// EXTERNAL MODULE: ./src/domain/profile/moments.ts
var moments = __webpack_require__(19047);
// EXTERNAL MODULE: ./src/domain/profile/quantile-sketch.ts
var quantile_sketch = __webpack_require__(25918);
// EXTERNAL MODULE: ./src/domain/profile/top-k.ts
var top_k = __webpack_require__(18245);
;// CONCATENATED MODULE: ./src/domain/profile/column.ts
/** Per-column accumulators: feed batches in one streaming pass, then freeze into a ColumnProfile. */




class NumericColumnBuilder {
    profile;
    scratch = new Float64Array(0);
    constructor(name, settings = {}, type) {
        this.profile = {
            name,
            kind: 'numeric',
            type,
            nulls: 0,
            moments: (0,moments/* emptyMoments */.rC)(),
            min: Infinity,
            max: -Infinity,
            sketch: new quantile_sketch/* QuantileSketch */.w(settings.quantileK),
            distinct: new hyperloglog/* HyperLogLog */.l(settings.hllP),
        };
    }
    addNulls(count) {
        this.profile.nulls += count;
    }
    /** Adds values[0..length); NaN counts as null. */
    addValues(values, length = values.length) {
        if (this.scratch.length < length)
            this.scratch = new Float64Array(length);
        const clean = this.scratch;
        let n = 0;
        let min = this.profile.min;
        let max = this.profile.max;
        const hll = this.profile.distinct;
        for (let i = 0; i < length; i++) {
            const v = values[i];
            if (Number.isNaN(v))
                continue;
            clean[n++] = v;
            if (v < min)
                min = v;
            if (v > max)
                max = v;
            hll.addNumber(v);
        }
        this.profile.nulls += length - n;
        this.profile.min = min;
        this.profile.max = max;
        this.profile.moments = (0,moments/* mergeMoments */.iQ)(this.profile.moments, (0,moments/* batchMoments */.E3)(clean, n));
        this.profile.sketch.addMany(clean, n);
    }
    finish() {
        return this.profile;
    }
}
class CategoricalColumnBuilder {
    profile;
    constructor(name, settings = {}, type) {
        this.profile = {
            name,
            kind: 'categorical',
            type,
            nulls: 0,
            count: 0,
            top: new top_k/* TopK */.T(settings.topK),
            distinct: new hyperloglog/* HyperLogLog */.l(settings.hllP),
            minLength: Infinity,
            maxLength: -Infinity,
        };
    }
    addNulls(count) {
        this.profile.nulls += count;
    }
    add(value, count = 1) {
        const p = this.profile;
        p.count += count;
        p.top.add(value, count);
        p.distinct.addString(value);
        if (value.length < p.minLength)
            p.minLength = value.length;
        if (value.length > p.maxLength)
            p.maxLength = value.length;
    }
    finish() {
        return this.profile;
    }
}
function nonNullCount(c) {
    return c.kind === 'numeric' ? c.moments.count : c.count;
}
/**
 * Column profiles from exact distributions already in memory (sorted values, full value counts):
 * same contents as streaming them through the builders, without the per-value sketch work.
 */
function numericProfileFromSorted(name, sorted, nulls, settings = {}, type) {
    const distinct = new HyperLogLog(settings.hllP);
    for (let i = 0; i < sorted.length; i++)
        if (i === 0 || sorted[i] !== sorted[i - 1])
            distinct.addNumber(sorted[i]);
    return {
        name,
        kind: 'numeric',
        type,
        nulls,
        moments: batchMoments(sorted),
        min: sorted.length ? sorted[0] : Infinity,
        max: sorted.length ? sorted[sorted.length - 1] : -Infinity,
        sketch: QuantileSketch.fromSorted(sorted, settings.quantileK),
        distinct,
    };
}
function categoricalProfileFromCounts(name, counts, nulls, settings = {}, type) {
    const top = new TopK(settings.topK);
    const distinct = new HyperLogLog(settings.hllP);
    let count = 0;
    let minLength = Infinity;
    let maxLength = -Infinity;
    for (const [v, c] of counts) {
        top.counts.set(v, c);
        count += c;
        distinct.addString(v);
        if (v.length < minLength)
            minLength = v.length;
        if (v.length > maxLength)
            maxLength = v.length;
    }
    top.n = count;
    top.reduce();
    return { name, kind: 'categorical', type, nulls, count, top, distinct, minLength, maxLength };
}

;// CONCATENATED MODULE: ./src/domain/profile/builder.ts
/** Builds a DatasetProfile column by column as batches stream past. */

class DatasetProfileBuilder {
    dataset;
    settings;
    columns = new Map();
    rows = 0;
    sources = [];
    constructor(dataset, settings = {}) {
        this.dataset = dataset;
        this.settings = settings;
    }
    numeric(name, type) {
        return this.column(name, 'numeric', type);
    }
    categorical(name, type) {
        return this.column(name, 'categorical', type);
    }
    column(name, kind, type) {
        let b = this.columns.get(name);
        if (!b) {
            b = kind === 'numeric' ? new NumericColumnBuilder(name, this.settings, type) : new CategoricalColumnBuilder(name, this.settings, type);
            this.columns.set(name, b);
        }
        const have = b instanceof NumericColumnBuilder ? 'numeric' : 'categorical';
        if (have !== kind)
            throw new Error(`column '${name}' is profiled as ${have}, not ${kind}`);
        return b;
    }
    finish(extra = {}) {
        return {
            dataset: this.dataset,
            rows: this.rows,
            columns: [...this.columns.values()].map((b) => b.finish()),
            sources: this.sources,
            parts: 1,
            ...extra,
        };
    }
}

// EXTERNAL MODULE: ./src/io/data/open.ts
var data_open = __webpack_require__(67633);
// EXTERNAL MODULE: ./src/io/data/column-values.ts + 4 modules
var column_values = __webpack_require__(91398);
;// CONCATENATED MODULE: ./src/io/data/row-segment.ts
function columnSegment(col, start, length) {
    return {
        name: col.name,
        kind: col.kind,
        length,
        isNull: (i) => col.isNull(start + i),
        number: (i) => col.number(start + i),
        isInteger: (i) => col.isInteger(start + i),
        datetime: (i, dateOnly) => col.datetime(start + i, dateOnly),
        text: (i) => col.text(start + i),
        value: (i) => col.value(start + i),
        hash: (i, out) => col.hash(start + i, out),
        ...(col.canonicalInteger ? { canonicalInteger: (i) => col.canonicalInteger(start + i) } : {}),
        ...(col.shortKey ? { shortKey: (i) => col.shortKey(start + i) } : {}),
        ...(col.textView ? { textView: (i) => col.textView(start + i) } : {}),
    };
}
function rowSegment(batch, start, length) {
    if (start === 0 && length === batch.length)
        return batch;
    const columns = batch.columns.map((c) => columnSegment(c, start, length));
    const byName = new Map(columns.map((c) => [c.name, c]));
    const firstLine = batch.line(start);
    const lastLine = length > 0 ? batch.line(start + length - 1) : undefined;
    // A row's issues sit on its lines; the segment keeps those of its own rows.
    const issues = batch.issues && firstLine !== undefined && lastLine !== undefined ? batch.issues.filter((x) => x.line >= firstLine && x.line <= lastLine) : undefined;
    return {
        file: batch.file,
        length,
        rowOffset: batch.rowOffset + start,
        columns,
        column: (name) => byName.get(name),
        line: (i) => batch.line(start + i),
        ...(batch.rowHash ? { rowHash: (i, out) => batch.rowHash(start + i, out) } : {}),
        ...(issues && issues.length ? { issues } : {}),
    };
}
/** The runs of consecutive indices in `take` (ascending) as [start, length] pairs. */
function runsOf(take) {
    const runs = [];
    for (const i of take) {
        const last = runs[runs.length - 1];
        if (last && last[0] + last[1] === i)
            last[1]++;
        else
            runs.push([i, 1]);
    }
    return runs;
}

;// CONCATENATED MODULE: ./src/io/data/profile-data.ts
/**
 * Streams a dataset's files into per-column sinks: a profile builder (sketches) or exact
 * collectors (every value, for exact-mode drift). Also shard selection and content hashing.
 */







/** Rows per block when a shard splits by rows: block b of each file goes to shard (b mod n) + 1. */
const SHARD_BLOCK_ROWS = 65_536;
/** `i/n` → {index, count}, 1 ≤ i ≤ n. */
function parseShard(text, label) {
    const m = /^(\d+)\/(\d+)$/.exec(text.trim());
    const index = m ? Number(m[1]) : NaN;
    const count = m ? Number(m[2]) : NaN;
    if (!m || count < 1 || index < 1 || index > count)
        throw (0,errors/* usageError */.Wp)(`${label} is '${text}'; expected i/n with 1 ≤ i ≤ n, e.g. 2/8`);
    return { index, count };
}
/** Whole files when there are at least n of them (contiguous blocks of the sorted list), else row blocks. */
function planShard(files, shard) {
    if (!shard || shard.count === 1)
        return { by: 'files', files: [...files] };
    if (files.length >= shard.count) {
        const from = Math.floor(((shard.index - 1) * files.length) / shard.count);
        const to = Math.floor((shard.index * files.length) / shard.count);
        return { by: 'files', files: files.slice(from, to) };
    }
    return { by: 'rows', files: [...files] };
}
/**
 * Streams `files` (or shard `shard` of them) into `sinks`, and the same rows to `rowSink` (the row checks) when given.
 * Column kinds are fixed by the first batch that has the column.
 */
async function streamColumns(files, dataset, sinks, shard, rowSink, progress) {
    const plan = planShard(files, shard);
    const streamer = new column_values/* ColumnStreamer */.iI(dataset, sinks);
    let rows = 0;
    const sources = [];
    for (const f of plan.files) {
        const table = (0,data_open/* openTable */.R)(f.path, { displayName: f.name, format: dataset.format, delimiter: dataset.delimiter });
        if (rowSink)
            rowSink.startFile(f.name, await table.columnNames());
        let fileRows = 0;
        let first;
        let last = 0;
        await progress?.file(f);
        for await (const batch of table.batches({ batchRows: column_values/* PLAN_SAMPLE_ROWS */.lD })) {
            progress?.addRows(batch.length);
            if (plan.by === 'files' || !shard) {
                streamer.consume(batch);
                rowSink?.consume(batch);
                fileRows += batch.length;
                continue;
            }
            const take = [];
            for (let i = 0; i < batch.length; i++) {
                const r = batch.rowOffset + i;
                if (Math.floor(r / SHARD_BLOCK_ROWS) % shard.count !== shard.index - 1)
                    continue;
                take.push(i);
                first ??= r + 1;
                last = r + 1;
            }
            fileRows += take.length;
            streamer.consume(batch, take);
            if (rowSink)
                for (const [start, length] of runsOf(take))
                    rowSink.consume(rowSegment(batch, start, length));
        }
        rows += fileRows;
        // A row shard always says which rows it took ([0, 0]: none), so it is never mistaken for a profile of the whole file.
        sources.push({ file: f.name, rows: fileRows, ...(plan.by === 'rows' && shard ? { rowRange: (first !== undefined ? [first, last] : [0, 0]) } : {}) });
    }
    return { rows, sources };
}
/** sha256 over each file's name and sha256, in order: the cache key of a reference. */
async function contentHash(files) {
    const outer = (0,external_node_crypto_.createHash)('sha256');
    // Two 1 MiB buffers for every read: a stream's fresh 64 KiB buffers made hashing a 100 MB file 1.5-3x slower (more
    // thread-pool round trips, and new memory to fault in). The next piece is read (on the thread pool) while this one
    // is hashed: a 100 MB file in ~70 ms rather than ~110 ms, read then hash in turn.
    let buf = Buffer.allocUnsafeSlow(1 << 20);
    let next = Buffer.allocUnsafeSlow(1 << 20);
    for (const f of files) {
        const h = (0,external_node_crypto_.createHash)('sha256');
        const file = await (0,promises_.open)(f.path);
        try {
            let at = 0;
            let reading = file.read(buf, 0, buf.length, at);
            for (let n = (await reading).bytesRead; n > 0; n = (await reading).bytesRead) {
                at += n;
                reading = file.read(next, 0, next.length, at);
                h.update(buf.subarray(0, n));
                [buf, next] = [next, buf];
            }
        }
        finally {
            await file.close();
        }
        outer.update(`${f.name}\u0000${h.digest('hex')}\n`);
    }
    return `sha256:${outer.digest('hex')}`;
}
/** `rows`: also run the dataset's row checks on the rows profiled (a shard profile the gate can check without the data). */
async function profileFiles(files, dataset, options = {}) {
    const builder = new DatasetProfileBuilder(dataset.name, options.sketch);
    const read = await streamColumns(files, dataset, builder, options.shard, options.rows, options.progress);
    builder.rows = read.rows;
    builder.sources.push(...read.sources);
    const plan = planShard(files, options.shard);
    const shard = options.shard && options.shard.count > 1 ? { ...options.shard, by: plan.by } : undefined;
    const profile = builder.finish({ shard, contentHash: options.hash === false ? undefined : await contentHash(plan.files) });
    return options.rows ? { ...profile, rowChecks: options.rows.finish() } : profile;
}


/***/ })

};
