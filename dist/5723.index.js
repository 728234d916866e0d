export const id = 5723;
export const ids = [5723];
export const modules = {

/***/ 97713:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ profileDatasetResult)
/* harmony export */ });
/* harmony import */ var _validation_failing_units_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1104);
/* harmony import */ var _validation_findings_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(79746);
/* harmony import */ var _row_checks_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7654);



const ROW_LEVEL = ['pattern', 'unique', 'min_length', 'max_length', 'max_age'];
function skipped(column, check, severity, why) {
    return { column, check, severity, status: 'skipped', observed: null, expected: null, failing: 0, fraction: 0, examples: [], message: why };
}
function columnChecks(name, cfg, col, rows, files, why) {
    const severity = cfg.severity ?? 'error';
    const out = [];
    if (!col) {
        // A merged profile has every column any shard saw: missing from it is missing from every file profiled.
        const missingIn = Math.max(1, files);
        if (cfg.required !== false)
            out.push((0,_validation_findings_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .gk)({ column: name, check: 'required', severity, failed: true, failing: missingIn, total: missingIn, unit: 'files', observed: 'missing from the profile', expected: 'present' }));
        return out;
    }
    const nulls = col.nulls;
    if (cfg.nullable === false)
        out.push((0,_validation_findings_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .gk)({ column: name, check: 'nullable', severity, failed: nulls > 0, failing: nulls, total: rows, observed: nulls, expected: 0 }));
    if (cfg.max_null_fraction !== undefined) {
        const frac = rows ? nulls / rows : 0;
        out.push((0,_validation_findings_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .gk)({ column: name, check: 'max_null_fraction', severity, failed: frac > cfg.max_null_fraction, failing: nulls, total: rows, observed: Number(frac.toPrecision(6)), expected: cfg.max_null_fraction }));
    }
    // Row-level checks pass while the failing share stays within 1 − mostly.
    const tooMany = (failing, total) => failing > 0 && failing / Math.max(1, total) > 1 - (cfg.mostly ?? 1);
    if (col.kind === 'numeric') {
        const sample = col.sketch.toSample();
        const n = col.moments.count;
        const note = col.sketch.rankError > 0 ? { message: `failing rows estimated from the quantile sketch (±${col.sketch.rankError})` } : {};
        let below = 0;
        let atMostMax = 0;
        for (let i = 0; i < sample.values.length; i++) {
            const w = sample.weights ? sample.weights[i] : 1;
            if (typeof cfg.min === 'number' && sample.values[i] < cfg.min)
                below += w;
            if (typeof cfg.max === 'number' && sample.values[i] <= cfg.max)
                atMostMax += w;
        }
        if (typeof cfg.min === 'number') {
            const failing = col.min < cfg.min ? Math.max(1, below) : 0;
            out.push((0,_validation_findings_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .gk)({ column: name, check: 'min', severity, failed: tooMany(failing, n), failing, total: n, observed: col.min, expected: cfg.min, ...(failing ? note : {}) }));
        }
        if (typeof cfg.max === 'number') {
            const failing = col.max > cfg.max ? Math.max(1, n - atMostMax) : 0;
            out.push((0,_validation_findings_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .gk)({ column: name, check: 'max', severity, failed: tooMany(failing, n), failing, total: n, observed: col.max, expected: cfg.max, ...(failing ? note : {}) }));
        }
    }
    else {
        for (const key of ['in', 'not_in']) {
            const list = cfg[key];
            if (!list)
                continue;
            if (col.top.error > 0) {
                out.push(skipped(name, key, severity, `more distinct values than the top-k sketch holds exactly (${col.top.capacity}); needs the rows`));
                continue;
            }
            const allowed = new Set(list.map(String));
            const bad = col.top.items().filter(([v]) => (key === 'in' ? !allowed.has(v) : allowed.has(v)));
            const failing = bad.reduce((s, [, c]) => s + c, 0);
            out.push((0,_validation_findings_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .gk)({ column: name, check: key, severity, failed: tooMany(failing, col.count), failing, total: col.count, observed: bad.slice(0, 5).map(([v]) => v), expected: list }));
        }
    }
    for (const key of ROW_LEVEL)
        if (cfg[key] !== undefined)
            out.push(skipped(name, key, severity, why));
    return out;
}
/**
 * Checks of `dataset` answered from `profile` (drift is added by the caller): every check, exactly, from the row
 * checks a profile made with the config carries; else the subset its statistics answer.
 */
function profileDatasetResult(profile, dataset, options = {}) {
    if (profile.rowChecks?.checks === (0,_row_checks_js__WEBPACK_IMPORTED_MODULE_0__/* .checksKey */ .vc)(dataset))
        return (0,_row_checks_js__WEBPACK_IMPORTED_MODULE_0__/* .rowChecksResult */ .X0)(profile.rowChecks, dataset, options.now ?? Date.now(), options.where ?? `the profile of ${profile.dataset}`);
    // Row checks made under other checks than the config now defines answer nothing: the statistics still do.
    const why = profile.rowChecks
        ? `the profile's row checks were made under other checks of this dataset than the config now defines (profile again to answer it)`
        : 'needs the rows; not answerable from a profile';
    const checks = [];
    checks.push((0,_validation_failing_units_js__WEBPACK_IMPORTED_MODULE_2__/* .rowsCheck */ .y0)(profile.rows, dataset.rows));
    const byName = new Map(profile.columns.map((c) => [c.name, c]));
    for (const [name, cfg] of Object.entries(dataset.columns ?? {}))
        checks.push(...columnChecks(name, cfg, byName.get(name), profile.rows, profile.sources.length, why));
    if (dataset.strict_columns) {
        const extra = profile.columns.map((c) => c.name).filter((c) => !(dataset.columns && c in dataset.columns));
        checks.push((0,_validation_failing_units_js__WEBPACK_IMPORTED_MODULE_2__/* .strictColumnsCheck */ .Nk)(extra, profile.columns.length));
    }
    for (const key of ['duplicates', 'leakage'])
        if (dataset[key] !== undefined)
            checks.push({ check: key, severity: 'error', status: 'skipped', observed: null, expected: null, failing: 0, fraction: 0, examples: [], message: why });
    return { name: dataset.name, files: profile.sources.map((s) => s.file), rows: profile.rows, checks };
}


/***/ }),

/***/ 83320:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Eo: () => (/* binding */ tableSize),
/* harmony export */   JE: () => (/* binding */ collisionBound),
/* harmony export */   Lr: () => (/* binding */ remapFiles),
/* harmony export */   T4: () => (/* binding */ mergeAllTables),
/* harmony export */   hw: () => (/* binding */ FirstPlaces),
/* harmony export */   kO: () => (/* binding */ KeyLog)
/* harmony export */ });
/* unused harmony export mergeTables */
/**
 * Mergeable 64-bit key hashes for `unique` and `duplicates` across shards.
 *
 * A shard logs the hash of every key (a `unique` column's value, or a whole row) with its place (file index and
 * line or row), then keeps one entry per distinct hash: the hashes sorted as unsigned 64-bit numbers in one typed
 * array (hi, lo interleaved; 8 bytes each, never a JS Set, which throws past 2^24 entries) and, beside them, the
 * place of the hash's first occurrence. Merging two tables walks both in order: a hash in both is a repeat at the
 * later of its two first places. So the merged repeat count is exact, up to hash collisions: two different keys
 * share a 64-bit hash with probability 2^-64 per pair, so n distinct keys give a false repeat with probability at
 * most n(n−1)/2^65 (the birthday bound; 1M keys: 2.7e-8, 100M: 2.7e-4). `collisionBound` states it.
 */
/** Upper bound on the probability that `distinct` different keys hold a false repeat: n(n−1)/2^65. */
function collisionBound(distinct) {
    return (distinct * Math.max(0, distinct - 1)) / 2 ** 65;
}
const tableSize = (t) => t.file.length;
/** Appends keys in data order; `finish` sorts them (LSD radix, stable) and keeps each hash's first place. */
class KeyLog {
    hi = new Uint32Array(1024);
    lo = new Uint32Array(1024);
    file = new Uint32Array(1024);
    at = new Float64Array(1024);
    size = 0;
    add(hi, lo, file, at) {
        if (this.size === this.hi.length)
            this.grow();
        const i = this.size++;
        this.hi[i] = hi;
        this.lo[i] = lo;
        this.file[i] = file;
        this.at[i] = at;
    }
    grow() {
        const cap = this.hi.length * 2;
        const copy = (a, make) => {
            const b = make(cap);
            b.set(a);
            return b;
        };
        this.hi = copy(this.hi, (n) => new Uint32Array(n));
        this.lo = copy(this.lo, (n) => new Uint32Array(n));
        this.file = copy(this.file, (n) => new Uint32Array(n));
        this.at = copy(this.at, (n) => new Float64Array(n));
    }
    finish() {
        const n = this.size;
        let order = new Uint32Array(n);
        let next = new Uint32Array(n);
        for (let i = 0; i < n; i++)
            order[i] = i;
        const counts = new Uint32Array(65537);
        // Four stable counting passes of 16 bits, least significant first.
        for (const [lane, shift] of [[this.lo, 0], [this.lo, 16], [this.hi, 0], [this.hi, 16]]) {
            counts.fill(0);
            for (let i = 0; i < n; i++)
                counts[((lane[order[i]] >>> shift) & 0xffff) + 1]++;
            for (let d = 1; d < 65537; d++)
                counts[d] += counts[d - 1];
            for (let i = 0; i < n; i++) {
                const k = order[i];
                next[counts[(lane[k] >>> shift) & 0xffff]++] = k;
            }
            [order, next] = [next, order];
        }
        let distinct = 0;
        for (let j = 0; j < n; j++) {
            const k = order[j];
            if (j > 0 && this.hi[k] === this.hi[order[j - 1]] && this.lo[k] === this.lo[order[j - 1]])
                continue;
            order[distinct++] = k;
        }
        const t = { hashes: new Uint32Array(2 * distinct), file: new Uint32Array(distinct), at: new Float64Array(distinct) };
        for (let j = 0; j < distinct; j++) {
            const k = order[j];
            t.hashes[2 * j] = this.hi[k];
            t.hashes[2 * j + 1] = this.lo[k];
            t.file[j] = this.file[k];
            t.at[j] = this.at[k];
        }
        return t;
    }
}
/** The same table with its file indices mapped through `map` (a part's list → the merged list). */
function remapFiles(t, map) {
    const file = new Uint32Array(t.file.length);
    for (let i = 0; i < file.length; i++)
        file[i] = map[t.file[i]];
    return { hashes: t.hashes, file, at: t.at };
}
const before = (fa, aa, fb, ab) => fa < fb || (fa === fb && aa < ab);
/** The first `limit` places in data order, of the repeats found while merging. */
class FirstPlaces {
    limit;
    count = 0;
    places = [];
    constructor(limit) {
        this.limit = limit;
    }
    add(file, at, earlierFile, earlierAt) {
        this.count++;
        if (this.limit === 0)
            return;
        const p = this.places;
        if (p.length >= this.limit && !before(file, at, p[p.length - 1].file, p[p.length - 1].at))
            return;
        let i = p.length;
        while (i > 0 && before(file, at, p[i - 1].file, p[i - 1].at))
            i--;
        p.splice(i, 0, { file, at, earlier: { file: earlierFile, at: earlierAt } });
        if (p.length > this.limit)
            p.pop();
    }
}
/** Merges two tables with file indices of the same list; each hash in both is a repeat at its later first place. */
function mergeTables(a, b, repeats) {
    const na = a.file.length;
    const nb = b.file.length;
    const out = { hashes: new Uint32Array(2 * (na + nb)), file: new Uint32Array(na + nb), at: new Float64Array(na + nb) };
    let i = 0;
    let j = 0;
    let k = 0;
    const take = (t, x) => {
        out.hashes[2 * k] = t.hashes[2 * x];
        out.hashes[2 * k + 1] = t.hashes[2 * x + 1];
        out.file[k] = t.file[x];
        out.at[k++] = t.at[x];
    };
    while (i < na && j < nb) {
        const ah = a.hashes[2 * i];
        const bh = b.hashes[2 * j];
        const al = a.hashes[2 * i + 1];
        const bl = b.hashes[2 * j + 1];
        if (ah < bh || (ah === bh && al < bl))
            take(a, i++);
        else if (ah > bh || al > bl)
            take(b, j++);
        else {
            const aFirst = before(a.file[i], a.at[i], b.file[j], b.at[j]);
            if (aFirst) {
                repeats.add(b.file[j], b.at[j], a.file[i], a.at[i]);
                take(a, i);
            }
            else {
                repeats.add(a.file[i], a.at[i], b.file[j], b.at[j]);
                take(b, j);
            }
            i++;
            j++;
        }
    }
    while (i < na)
        take(a, i++);
    while (j < nb)
        take(b, j++);
    return { hashes: out.hashes.slice(0, 2 * k), file: out.file.slice(0, k), at: out.at.slice(0, k) };
}
/** Merges any number of tables pairwise (a balanced tree: each level costs one pass over all entries). */
function mergeAllTables(tables, repeats) {
    if (tables.length === 0)
        return { hashes: new Uint32Array(0), file: new Uint32Array(0), at: new Float64Array(0) };
    let level = [...tables];
    while (level.length > 1) {
        const up = [];
        for (let i = 0; i < level.length; i += 2)
            up.push(i + 1 < level.length ? mergeTables(level[i], level[i + 1], repeats) : level[i]);
        level = up;
    }
    return level[0];
}


/***/ }),

/***/ 7654:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X0: () => (/* binding */ rowChecksResult),
/* harmony export */   tc: () => (/* binding */ RowChecksBuilder),
/* harmony export */   vc: () => (/* binding */ checksKey),
/* harmony export */   x6: () => (/* binding */ leakageKeySets)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(10241);
/* harmony import */ var _table_hash_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(68867);
/* harmony import */ var _table_row_hash_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(39816);
/* harmony import */ var _validation_dataset_validator_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(81332);
/* harmony import */ var _validation_hash_set_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(46521);
/* harmony import */ var _validation_distinct_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(21464);
/* harmony import */ var _key_table_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(83320);







/** What a `leakage` check of another dataset against this one needs: its key sets (the keys' hashes). */
function leakageKeySets(rc) {
    return Object.values(rc.leakageKeys ?? {}).map(({ key, table }) => {
        const n = (0,_key_table_js__WEBPACK_IMPORTED_MODULE_5__/* .tableSize */ .Eo)(table);
        const hashes = new _validation_hash_set_js__WEBPACK_IMPORTED_MODULE_6__/* .HashSet64 */ .l(n);
        const h = new Uint32Array(2);
        for (let i = 0; i < n; i++) {
            h[0] = table.hashes[2 * i];
            h[1] = table.hashes[2 * i + 1];
            hashes.add(h);
        }
        return { key, hashes };
    });
}
/** What makes two parts' row checks comparable: the checks that run per row, and how many examples each keeps. */
function checksKey(dataset) {
    const duplicates = dataset.duplicates ?? null;
    // The row hash's version with `duplicates`: parts whose rows were hashed another way must not be merged.
    return JSON.stringify({ columns: dataset.columns ?? {}, duplicates, leakage: dataset.leakage ?? null, ...(duplicates === null ? {} : { row_hash: _table_row_hash_js__WEBPACK_IMPORTED_MODULE_2__/* .DUPLICATE_ROW_HASH_VERSION */ .Jw }) });
}
const placeOf = (batch, i) => batch.line(i) ?? batch.rowOffset + i;
/** Feeds one part's batches (as `readDataset` does) to a validator and the key logs. */
class RowChecksBuilder {
    dataset;
    ctx;
    validator;
    files = [];
    uniqueLogs = new Map();
    dupLog;
    keyLogs = new Map();
    h = new Uint32Array(2);
    scratch = new Uint32Array(2);
    /** The batch's duplicate-row hashes, for a reader that gives no `rowHash`. */
    rowHi = new Uint32Array(0);
    rowLo = new Uint32Array(0);
    constructor(dataset, ctx, options = {}) {
        this.dataset = dataset;
        this.ctx = ctx;
        this.validator = new _validation_dataset_validator_js__WEBPACK_IMPORTED_MODULE_3__/* .DatasetValidator */ .JJ(dataset, ctx, options);
        for (const name of this.validator.uniqueColumns())
            this.uniqueLogs.set(name, new _key_table_js__WEBPACK_IMPORTED_MODULE_5__/* .KeyLog */ .kO());
        this.dupLog = dataset.duplicates !== undefined ? new _key_table_js__WEBPACK_IMPORTED_MODULE_5__/* .KeyLog */ .kO() : undefined;
        for (const key of options.collectKeys ?? [])
            this.keyLogs.set(JSON.stringify(key), { key: [...key], log: new _key_table_js__WEBPACK_IMPORTED_MODULE_5__/* .KeyLog */ .kO() });
    }
    startFile(file, header) {
        this.files.push({ name: file, header: [...header], at: 'line' });
        return this.validator.startFile(file, header);
    }
    consume(batch) {
        this.validator.consume(batch);
        const fileIndex = this.files.length - 1;
        const file = this.files[fileIndex];
        const n = batch.length;
        if (n > 0 && batch.line(0) === undefined)
            file.at = 'row';
        const { h, scratch } = this;
        for (const [name, log] of this.uniqueLogs) {
            const col = batch.column(name);
            if (!col)
                continue;
            for (let i = 0; i < n; i++) {
                if (col.isNull(i))
                    continue;
                // As DistinctValues keys it: a canonical integer hashes exactly as its text would.
                const v = (0,_validation_distinct_js__WEBPACK_IMPORTED_MODULE_4__/* .uniqueInteger */ .wF)(col, i);
                if (v === v)
                    (0,_table_hash_js__WEBPACK_IMPORTED_MODULE_1__/* .hashInteger */ .D5)(v, h);
                else
                    col.hash(i, h);
                log.add(h[0], h[0] === 0 && h[1] === 0 ? 1 : h[1], fileIndex, placeOf(batch, i));
            }
        }
        for (const { key, log } of this.keyLogs.values()) {
            if (!key.every((k) => batch.column(k)))
                continue;
            for (let i = 0; i < n; i++) {
                (0,_validation_dataset_validator_js__WEBPACK_IMPORTED_MODULE_3__/* .hashRow */ .vK)(batch, key, i, h, scratch);
                log.add(h[0], h[0] === 0 && h[1] === 0 ? 1 : h[1], fileIndex, placeOf(batch, i));
            }
        }
        const dup = this.dupLog;
        if (!dup)
            return;
        const rowHash = batch.rowHash;
        if (!rowHash) {
            if (this.rowHi.length < n) {
                this.rowHi = new Uint32Array(n);
                this.rowLo = new Uint32Array(n);
            }
            (0,_table_row_hash_js__WEBPACK_IMPORTED_MODULE_2__/* .hashDuplicateRows */ .rw)(batch, file.header, this.rowHi, this.rowLo, scratch);
        }
        for (let i = 0; i < n; i++) {
            if (rowHash)
                rowHash(i, h);
            else {
                h[0] = this.rowHi[i];
                h[1] = this.rowLo[i];
            }
            dup.add(h[0], h[0] === 0 && h[1] === 0 ? 1 : h[1], fileIndex, placeOf(batch, i));
        }
    }
    finish() {
        const unique = {};
        for (const [name, log] of this.uniqueLogs)
            unique[name] = log.finish();
        return {
            checks: checksKey(this.dataset),
            maxExamples: this.ctx.maxExamples,
            files: this.files,
            validator: this.validator.partState(),
            unique,
            ...(this.dupLog ? { duplicates: this.dupLog.finish() } : {}),
            ...(this.keyLogs.size ? { leakageKeys: Object.fromEntries([...this.keyLogs].map(([id, { key, log }]) => [id, { key, table: log.finish() }])) } : {}),
        };
    }
}
/** What the merged key tables add to `unique`/`duplicates`: the collision bound, and examples whose text no part kept. */
function keyNote(c, distinct) {
    const unknown = c.examples.filter((e) => e.repeats !== undefined).length;
    const bound = `exact up to 64-bit hash collisions: P(a false repeat) ≤ n(n−1)/2^65 = ${(0,_key_table_js__WEBPACK_IMPORTED_MODULE_5__/* .collisionBound */ .JE)(distinct).toPrecision(2)} for n = ${distinct} distinct keys`;
    const places = unknown ? `; ${unknown} example${unknown === 1 ? '' : 's'} repeat${unknown === 1 ? 's' : ''} a key met earlier in another shard: the shard profiles keep ${unknown === 1 ? 'its' : 'their'} place and the earlier place (repeats), not ${unknown === 1 ? 'its' : 'their'} text (value null)` : '';
    return { ...c, message: `${c.message ? `${c.message}; ` : ''}${bound}${places}` };
}
/** Every check of `dataset` from (merged) row checks, as one `validate` of all the rows would report them. */
function rowChecksResult(rc, dataset, now, where) {
    if (rc.checks !== checksKey(dataset))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MlgateError */ .Bf('input', `${where} was made under other checks of dataset '${dataset.name}' than the config now defines (columns, duplicates or leakage changed); profile the shards again with this config`);
    const validator = new _validation_dataset_validator_js__WEBPACK_IMPORTED_MODULE_3__/* .DatasetValidator */ .JJ(dataset, { now, maxExamples: rc.maxExamples });
    for (const f of rc.files)
        validator.startFile(f.name, f.header);
    validator.absorbPart(rc.validator);
    const result = validator.finish();
    result.checks = result.checks.map((c) => {
        if (c.status === 'skipped')
            return c;
        if (c.check === 'unique' && c.column !== undefined && rc.unique[c.column])
            return keyNote(c, (0,_key_table_js__WEBPACK_IMPORTED_MODULE_5__/* .tableSize */ .Eo)(rc.unique[c.column]));
        if (c.check === 'duplicates' && rc.duplicates)
            return keyNote(c, (0,_key_table_js__WEBPACK_IMPORTED_MODULE_5__/* .tableSize */ .Eo)(rc.duplicates));
        return c;
    });
    return result;
}


/***/ }),

/***/ 78443:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y8: () => (/* binding */ niceStep),
/* harmony export */   _q: () => (/* binding */ MARK_LEGEND),
/* harmony export */   hs: () => (/* binding */ mermaidNumber),
/* harmony export */   qb: () => (/* binding */ xyChartOpening),
/* harmony export */   xt: () => (/* binding */ renderChart)
/* harmony export */ });
/* unused harmony exports yRange, CHART_WIDTH, CHART_HEIGHT */
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33576);

/** A number as Mermaid's grammar reads it: plain decimal, no exponent. */
function mermaidNumber(value) {
    if (value === 0 || !Number.isFinite(value))
        return '0';
    const digits = Math.max(0, Math.min(12, 5 - Math.floor(Math.log10(Math.abs(value)))));
    const s = value.toFixed(digits);
    return s.includes('.') ? s.replace(/0+$/, '').replace(/\.$/, '') : s;
}
/** 1, 2 or 5 × 10^k, the smallest at least `x`. */
function niceStep(x) {
    if (!(x > 0) || !Number.isFinite(x))
        return 1;
    const power = 10 ** Math.floor(Math.log10(x));
    for (const f of [1, 2, 5, 10])
        if (f * power >= x * (1 - 1e-12))
            return f * power;
    return 10 * power;
}
/**
 * Y range for Mermaid's axis, which asks d3 for about ten ticks: a span of 7.5 nice steps makes d3 tick once per step
 * (8 round labels, never a dozen crowded ones); the range starts on a step and covers the data with a little air.
 */
function yRange(values) {
    const lo = Math.min(...values);
    const hi = Math.max(...values);
    const span = hi - lo || Math.abs(hi) * 0.1 || 1;
    for (let step = niceStep(span / 6);; step = niceStep(step * 1.5)) {
        let min = Math.floor((lo - span * 0.1) / step) * step;
        if (lo >= 0 && min < 0)
            min = 0;
        const max = min + 7.5 * step;
        if (max >= hi + span * 0.05 || step > 1e300)
            return [Number(mermaidNumber(min)), Number(mermaidNumber(max))];
    }
}
const MARK = { candidate: '★ candidate', 'rolled-back': ' ✗', rollback: ' ↩' };
/** The marks' meaning, for a line under the charts (axis labels stay short so they never overlap). */
const MARK_LEGEND = { candidate: '★ this candidate', 'rolled-back': '✗ rolled back', rollback: '↩ restored by a rollback' };
/** Labels are categories: make repeats unique (a version re-released by a rollback appears twice). */
function labels(points) {
    const seen = new Map();
    return points.map((p) => {
        if (p.mark === 'candidate')
            return MARK.candidate;
        const base = (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .mermaidText */ .Hg)(p.label, 14);
        const n = (seen.get(base) ?? 0) + 1;
        seen.set(base, n);
        const mark = p.mark ? MARK[p.mark] : n > 1 ? ` (${n})` : '';
        return `${base}${mark}`;
    });
}
/** Small enough that three charts stay readable in the 780 px comment column. */
const CHART_WIDTH = 700;
const CHART_HEIGHT = 240;
/** GitHub's link blue: the default theme's pale first colour is hard to see as a thin line. */
const LINE_COLOUR = '#0969da';
/** The opening of a Mermaid `xychart-beta` block up to its chart line: the fence and the size and colours front matter. */
function xyChartOpening(height, palette) {
    return ['```mermaid', '---', 'config:', '  xyChart:', `    width: ${CHART_WIDTH}`, `    height: ${height}`, '  themeVariables:', '    xyChart:', `      plotColorPalette: "${palette}"`, '---'];
}
/** A Mermaid `xychart-beta` block (GitHub renders it): one line of a metric over releases, ending at the marked candidate. */
function renderChart(chart) {
    const values = chart.points.map((p) => p.value);
    const [min, max] = yRange(values);
    const name = (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .mermaidText */ .Hg)(chart.metric, 40);
    return [
        ...xyChartOpening(CHART_HEIGHT, LINE_COLOUR),
        'xychart-beta',
        `  title "${name}"`,
        `  x-axis [${labels(chart.points).map((l) => `"${l}"`).join(', ')}]`,
        `  y-axis "${name}" ${mermaidNumber(min)} --> ${mermaidNumber(max)}`,
        `  line [${values.map(mermaidNumber).join(', ')}]`,
        '```',
    ].join('\n');
}


/***/ }),

/***/ 33576:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hg: () => (/* binding */ mermaidText),
/* harmony export */   Qq: () => (/* binding */ text),
/* harmony export */   UV: () => (/* binding */ mermaidCategory),
/* harmony export */   aY: () => (/* binding */ code)
/* harmony export */ });
/* unused harmony exports DEFAULT_MAX, truncate, valueText, stringify */
/* harmony import */ var _shorten_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(30738);
/**
 * Escaping of untrusted text (metric, column and file names, data values, reasons) for GitHub-flavoured Markdown.
 *
 * The output of `text()` is safe in a paragraph, a table cell and inside our own inline HTML (`<summary>`, `<code>`):
 * - every ASCII punctuation character that Markdown or HTML gives meaning to becomes a numeric character reference,
 *   which CommonMark never reads as structure (no emphasis, links, images, tables, headings, code, raw HTML, comments);
 * - line breaks and other control characters become spaces, so nothing can start a new block;
 * - a zero-width space after `@`, `#` and before `://` / after `www` stops GitHub's mention, issue-reference and
 *   autolink filters, which run on the rendered text (where references are already decoded);
 * - bidirectional overrides (Trojan-source tricks) are removed; long strings are cut with an ellipsis.
 */

const ZWSP = '\u200B';
/** Characters replaced by a numeric character reference. `&` first so references we add are not re-escaped. */
const PUNCTUATION = /[&<>"'`*_[\]()#!|~\\{}+=:$^]/g;
// C0/C1 controls, DEL, line/paragraph separators.
const CONTROL = /[\u0000-\u001F\u007F-\u009F\u2028\u2029]/g;
// Bidi embeddings/overrides/isolates and the byte-order mark.
const BIDI = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C\uFEFF]/g;
/** Text made only of these needs no escaping (the common case: plain names and numbers). */
const SAFE = /^[A-Za-z0-9 ,.%/-]*$/;
const DEFAULT_MAX = 200;
/** Cuts to `max` code points (never inside a surrogate pair) at a word boundary where there is one, appending `…`. */
function truncate(value, max) {
    if (value.length <= max)
        return value;
    return (0,_shorten_js__WEBPACK_IMPORTED_MODULE_0__/* .truncateWords */ .s)(value, max);
}
/** Untrusted text as inert inline Markdown. */
function text(value, options = {}) {
    if (SAFE.test(value) && !/www\./i.test(value) && value.length <= (options.max ?? DEFAULT_MAX))
        return value;
    const clean = truncate(value.replace(BIDI, '').replace(CONTROL, ' '), options.max ?? DEFAULT_MAX);
    return clean
        .replace(/(@|#)/g, `$1${ZWSP}`)
        .replace(/(www)(\.)/gi, `$1${ZWSP}$2`)
        .replace(/:(?=\/\/)/g, `${ZWSP}:`)
        .replace(PUNCTUATION, (c) => `&#${c.charCodeAt(0)};`);
}
/** Any value (a data value, an observed/expected value) as inline text: strings as they are, others as JSON. */
function valueText(value, options = {}) {
    return text(stringify(value), options);
}
/** A value in `<code>`, or an italic placeholder for empty / missing values. */
function code(value, options = {}) {
    if (value === undefined)
        return '_missing_';
    if (value === null)
        return '_null_';
    const s = stringify(value);
    if (s === '')
        return '_empty_';
    return `<code>${text(s, options)}</code>`;
}
function stringify(value) {
    if (typeof value === 'string')
        return value;
    if (value === undefined)
        return '';
    if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
        return String(value);
    try {
        return JSON.stringify(value) ?? typeof value;
    }
    catch {
        return typeof value;
    }
}
/**
 * Text for a quoted Mermaid string (`"…"`), e.g. an axis label or a title. Mermaid reads `#…;` as an entity and
 * renders HTML in labels, and a backtick line could end the code fence: keep a small safe alphabet only.
 */
function mermaidText(value, max = 24) {
    const kept = value
        .replace(BIDI, '')
        .replace(/[^A-Za-z0-9 ._+/-]/g, '_')
        .replace(/\s+/g, ' ')
        .trim();
    return truncate(kept, max) || '_';
}
/**
 * A category value as a Mermaid axis label: letters and digits of any script (NFC) and a few safe marks; quotes,
 * brackets, `%%`, `#`, `;`, line breaks, combining marks, bidi and zero-width characters become `_`.
 */
function mermaidCategory(value, max = 14) {
    const kept = value
        .normalize('NFC')
        .replace(BIDI, '')
        .replace(/[^\p{L}\p{N} ._+/-]/gu, '_')
        .replace(/\s+/g, ' ')
        .trim();
    return truncate(kept, max) || '_';
}


/***/ }),

/***/ 47364:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KN: () => (/* binding */ percent),
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   U9: () => (/* binding */ count),
/* harmony export */   bu: () => (/* binding */ num),
/* harmony export */   sp: () => (/* binding */ pValue),
/* harmony export */   uM: () => (/* binding */ share),
/* harmony export */   x8: () => (/* binding */ signed)
/* harmony export */ });
/** Number formatting for the report: compact, sign-aware, never `NaN` on the page. */
const MINUS = '−';
/** A metric value: 4 significant digits below 1000, grouped thousands above. */
function num(value) {
    if (value === null || value === undefined)
        return '—';
    if (!Number.isFinite(value))
        return Number.isNaN(value) ? 'NaN' : value > 0 ? '∞' : `${MINUS}∞`;
    const abs = Math.abs(value);
    let s;
    if (abs === 0)
        s = '0';
    else if (abs >= 1000)
        s = groupThousands(abs.toFixed(abs >= 100_000 ? 0 : 1).replace(/\.0$/, ''));
    else if (abs < 1e-4)
        s = abs.toExponential(2);
    else
        s = trimZeros(abs.toPrecision(4));
    return value < 0 ? `${MINUS}${s}` : s;
}
/** A difference, always signed (`+0.012`, `−3.1`, `±0`). */
function signed(value) {
    if (value === null || value === undefined)
        return '—';
    if (value === 0)
        return '±0';
    const s = num(value);
    return value > 0 ? `+${s}` : s;
}
/** A relative difference as a signed percentage. */
function percent(fraction, digits = 2) {
    if (fraction === null || fraction === undefined || !Number.isFinite(fraction))
        return '—';
    if (fraction === 0)
        return '±0%';
    const s = trimZeros((Math.abs(fraction) * 100).toFixed(digits));
    return `${fraction > 0 ? '+' : MINUS}${s}%`;
}
/** A share of a whole (0.0123 → `1.23%`). */
function share(fraction) {
    if (!Number.isFinite(fraction))
        return '—';
    if (fraction > 0 && fraction < 0.0001)
        return '<0.01%';
    return `${trimZeros((fraction * 100).toFixed(2))}%`;
}
function count(n) {
    return Number.isFinite(n) ? groupThousands(String(Math.round(n))) : '—';
}
function pValue(p) {
    if (!Number.isFinite(p))
        return '—';
    if (p < 0.001)
        return '<0.001';
    return trimZeros(p.toFixed(3));
}
function plural(n, one, many = `${one}s`) {
    return `${count(n)} ${n === 1 ? one : many}`;
}
function trimZeros(s) {
    return s.includes('.') && !s.includes('e') ? s.replace(/0+$/, '').replace(/\.$/, '') : s;
}
function groupThousands(s) {
    const [int = '', frac] = s.split('.');
    const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
    return frac === undefined ? grouped : `${grouped}.${frac}`;
}


/***/ }),

/***/ 63925:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pt: () => (/* binding */ sanitizeKey),
/* harmony export */   Td: () => (/* binding */ commentKey),
/* harmony export */   xL: () => (/* binding */ marker),
/* harmony export */   xY: () => (/* binding */ hasMarker)
/* harmony export */ });
/** The hidden marker that identifies our sticky comment: `<!-- mlgate:<key> -->` on the first line. */
/** A key as it may appear inside an HTML comment: a small alphabet, no `--`, no `>`. */
function sanitizeKey(key) {
    const s = key
        .toLowerCase()
        .replace(/[^a-z0-9._/]+/g, '-')
        .replace(/-{2,}/g, '-')
        .replace(/^[-/]+|[-/]+$/g, '');
    return s.slice(0, 100) || 'default';
}
/** Key from the workflow and model (`report.comment_key` in the config overrides it). */
function commentKey(options) {
    if (options.override !== undefined && options.override.trim() !== '')
        return sanitizeKey(options.override);
    return sanitizeKey([options.workflow ?? 'mlgate', options.model ?? 'report'].join('/'));
}
function marker(key) {
    return `<!-- mlgate:${sanitizeKey(key)} -->`;
}
/** Whether a comment body is the one for `key`: the marker must be the body's first line, exactly. */
function hasMarker(body, key) {
    if (!body)
        return false;
    const first = body.split('\n', 1)[0]?.replace(/\r$/, '').trim();
    return first === marker(key);
}


/***/ }),

/***/ 30738:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ listWithMore),
/* harmony export */   s: () => (/* binding */ truncateWords)
/* harmony export */ });
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(47364);
/** Shortening that never cuts a name or a word: lists end in "and N more", text ends at a word boundary. */

/**
 * Whole items joined with ", " while they fit in `maxChars` (at least `minItems`), then "and N more".
 * An item is never cut: a list of long names shows fewer names, not pieces of them.
 */
function listWithMore(items, maxChars, minItems = 1) {
    if (items.length === 0)
        return '';
    const shown = [];
    let length = 0;
    for (const item of items) {
        const rest = items.length - shown.length - 1;
        const tail = rest > 0 ? ` and ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .count */ .U9)(rest)} more`.length : 0;
        const add = (shown.length ? 2 : 0) + item.length;
        if (shown.length >= minItems && length + add + tail > maxChars)
            break;
        shown.push(item);
        length += add;
    }
    const more = items.length - shown.length;
    if (more === 0)
        return shown.length === 1 ? shown[0] : `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
    return `${shown.join(', ')} and ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .count */ .U9)(more)} more`;
}
/** Cuts `value` to at most `max` code points at a word boundary (space or punctuation), adding `…`. */
function truncateWords(value, max) {
    const points = Array.from(value);
    if (points.length <= max)
        return value;
    const head = points.slice(0, Math.max(1, max - 1));
    // Back off to the end of a word in the last third; a single very long token is cut where it must be.
    for (let i = head.length - 1; i >= Math.floor(head.length * 0.66); i--) {
        if (/\s/u.test(points[i + 1] ?? '') && !/\s/u.test(points[i]))
            return `${head.slice(0, i + 1).join('').replace(/[,;:]$/u, '')}…`;
    }
    return `${head.join('')}…`;
}


/***/ }),

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

/***/ 81332:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  b8: () => (/* binding */ DEFAULT_MAX_EXAMPLES),
  JJ: () => (/* binding */ DatasetValidator),
  vK: () => (/* binding */ hashRow)
});

// UNUSED EXPORTS: hashRows

// EXTERNAL MODULE: ./src/domain/table/hash.ts
var hash = __webpack_require__(68867);
// EXTERNAL MODULE: ./src/domain/table/row-hash.ts
var row_hash = __webpack_require__(39816);
// EXTERNAL MODULE: ./src/domain/validation/column-checker.ts + 1 modules
var column_checker = __webpack_require__(46865);
// EXTERNAL MODULE: ./src/domain/validation/failing-units.ts
var failing_units = __webpack_require__(1104);
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

;// CONCATENATED MODULE: ./src/domain/validation/file-shape.ts

const MAX_NAMES_SHOWN = 10;
function names(list) {
    const shown = list.slice(0, MAX_NAMES_SHOWN).join(', ');
    return list.length > MAX_NAMES_SHOWN ? `${shown} and ${list.length - MAX_NAMES_SHOWN} more` : shown;
}
/**
 * Findings about the files of a dataset that no check configures, because a read must never lose them
 * (SPEC §3): files of one dataset whose columns differ (`same_columns`: as sets of names, order aside;
 * for JSON Lines the keys of the whole file), and rows a reader read around (`duplicate_keys`: a key
 * repeated in one JSON object). Each is reported only when something was found.
 */
class FileShape {
    first;
    files = 0;
    differing;
    duplicateKeys;
    constructor(maxExamples) {
        this.differing = new findings/* Failures */.oo(maxExamples);
        this.duplicateKeys = new findings/* Failures */.oo(maxExamples);
    }
    startFile(file, header) {
        this.files++;
        if (this.first === undefined) {
            this.first = { file, columns: new Set(header) };
            return;
        }
        const here = new Set(header);
        const { columns } = this.first;
        const missing = [...columns].filter((c) => !here.has(c));
        const extra = header.filter((c) => !columns.has(c));
        if (missing.length === 0 && extra.length === 0)
            return;
        const parts = [...(missing.length ? [`missing ${names(missing)}`] : []), ...(extra.length ? [`extra ${names(extra)}`] : [])];
        this.differing.addLazy(() => ({ file, value: parts.join('; ') }));
    }
    /** Problems a reader found in rows of `file`, in data order. */
    absorbIssues(file, issues) {
        for (const issue of issues)
            this.duplicateKeys.addLazy(() => ({ file, line: issue.line, value: issue.value }));
    }
    /** The rows read around so far, and folding in those of other parts (shard profiles). */
    duplicateKeysState() {
        return this.duplicateKeys.state();
    }
    absorbDuplicateKeys(s) {
        this.duplicateKeys.absorb(s);
    }
    results(rows) {
        const out = [];
        const d = this.differing;
        if (d.count > 0 && this.first) {
            out.push((0,findings/* finding */.gk)({ check: 'same_columns', severity: 'error', failed: true, failing: d.count, total: this.files, observed: `${d.count} of ${this.files} files have other columns than ${this.first.file}`, expected: `the columns of ${this.first.file}`, examples: d.examples }));
        }
        const k = this.duplicateKeys;
        if (k.count > 0) {
            out.push((0,findings/* finding */.gk)({ check: 'duplicate_keys', severity: 'error', failed: true, failing: k.count, total: rows, observed: `${k.count} object${k.count === 1 ? '' : 's'} with a repeated key (the last value was read)`, expected: 'each key once per object', examples: k.examples }));
        }
        return out;
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
        if (col.combineHashes) {
            col.combineHashes(hi, lo, n);
            continue;
        }
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
 * Calls `found(r)` for each row r < rows that is not fresh (and not null, when `nulls` is given). A
 * function of its own: as a loop inside `absorbChunk`, it made the engine compile all of that (with
 * what it inlines) on the spot, again after each deoptimisation.
 */
function forEachRepeat(fresh, nulls, rows, found) {
    for (let r = 0; r < rows; r++) {
        if (fresh[r] || (nulls !== undefined && nulls[r]))
            continue;
        found(r);
    }
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
    /** Every column name in the files' headers (what strict_columns' fraction is a share of). */
    columnsSeen = new Set();
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
    /** Leakage findings came from parts that read the target (absorbPart). */
    leakAbsorbed = false;
    shape;
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
        this.shape = new FileShape(ctx.maxExamples);
        for (const key of options.collectKeys ?? [])
            this.collected.set(keyId(key), { key, hashes: new hash_set/* HashSet64 */.l() });
    }
    /** A new file with this header; returns the columns to read from it. */
    startFile(file, header) {
        this.files.push(file);
        this.header = header;
        this.shape.startFile(file, header);
        const present = new Set(header);
        const wanted = new Set();
        for (const [name, checker] of this.checkers) {
            if (present.has(name))
                wanted.add(name);
            else if (checker.config.required !== false)
                this.missing.set(name, [...(this.missing.get(name) ?? []), file]);
        }
        if (this.config.strict_columns) {
            for (const h of header)
                this.columnsSeen.add(h);
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
    /**
     * Runs the checks on `batch` (a small first batch, before it is consumed) in a throwaway validator of the same
     * config, twice, and drops the result. A check loop that gets hot is compiled while it runs, before the code
     * after it has run; the engine throws that code away when the loop ends (for want of type feedback) and compiles
     * it again. The small runs first give every common path its feedback (the chunk workers do the same for CSV).
     */
    warmUp(batch) {
        const spare = new DatasetValidator(this.config, this.ctx);
        spare.startFile(batch.file, this.header);
        for (let k = 0; k < 2; k++)
            spare.consume(batch);
    }
    consume(batch) {
        const n = batch.length;
        this.rows += n;
        for (const col of batch.columns)
            this.checkers.get(col.name)?.consume(batch, col);
        if (batch.issues)
            this.shape.absorbIssues(batch.file, batch.issues);
        if (this.hi.length < n) {
            this.hi = new Uint32Array(n);
            this.lo = new Uint32Array(n);
        }
        const { acc, scratch, hi, lo } = this;
        if (this.dupRows) {
            const names = this.header;
            const rowHash = batch.rowHash;
            if (!rowHash)
                (0,row_hash/* hashDuplicateRows */.rw)(batch, names, hi, lo, scratch);
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
    /**
     * The unique columns whose text `absorbChunk` may still read (`ChunkDecoder.field`) for examples of
     * repeated values; none once all those examples are kept, as they then stay.
     */
    repeatExampleColumns() {
        return [...this.checkers.values()].filter((c) => c.config.unique === true && c.repeats().examples.length < this.ctx.maxExamples).map((c) => c.name);
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
        if (c.issues)
            this.shape.absorbIssues(file, c.issues);
        if (this.fresh.length < c.rows)
            this.fresh = new Uint8Array(c.rows);
        const fresh = this.fresh;
        for (const [name, u] of Object.entries(c.unique)) {
            const checker = this.checkers.get(name);
            if (!checker)
                continue;
            checker.observeUniqueRows(u, c.rows, fresh);
            forEachRepeat(fresh, u.nulls, c.rows, (r) => checker.addRepeat(() => ({ file, ...at(r), value: (0,findings/* shortValue */.wm)(decode.field(r, name)) })));
        }
        if (this.dupRows && c.rowHashes) {
            this.dupRows.addRows(c.rowHashes.hi, c.rowHashes.lo, this.dupKey !== undefined ? c.unique[this.dupKey] : undefined, c.rows, fresh);
            forEachRepeat(fresh, undefined, c.rows, (r) => this.dupFailures.addLazy(() => ({ file, ...at(r), value: decode.record(r) })));
        }
    }
    /** This part's findings (shard profiles); `unique` and `duplicates` hold the repeats within the part only. */
    partState() {
        const columns = {};
        for (const [name, c] of this.checkers)
            columns[name] = { checks: c.state(), repeats: c.repeats() };
        const leakage = this.config.leakage && this.options.leakageTarget ? { rows: this.leakRows, failures: this.leakFailures.state(), keyMissing: this.leakKeyMissing } : undefined;
        return { rows: this.rows, columns, duplicateRows: this.dupFailures.state(), duplicateKeys: this.shape.duplicateKeysState(), ...(leakage ? { leakage } : {}) };
    }
    /** Folds in a part's findings, merged beforehand in data order (after `startFile` for every file). */
    absorbPart(s) {
        this.rows += s.rows;
        for (const [name, c] of Object.entries(s.columns)) {
            this.checkers.get(name)?.absorb(c.checks);
            this.checkers.get(name)?.absorbRepeats(c.repeats);
        }
        this.dupFailures.absorb(s.duplicateRows);
        this.shape.absorbDuplicateKeys(s.duplicateKeys);
        if (!s.leakage)
            return;
        this.leakRows += s.leakage.rows;
        this.leakFailures.absorb(s.leakage.failures);
        this.leakKeyMissing ||= s.leakage.keyMissing;
        this.leakAbsorbed = true;
    }
    /** Key sets collected for other datasets' leakage checks. */
    keySets() {
        return [...this.collected.values()];
    }
    finish() {
        const cfg = this.config;
        const checks = [];
        checks.push((0,failing_units/* rowsCheck */.y0)(this.rows, cfg.rows));
        for (const [name, checker] of this.checkers) {
            const missingIn = this.missing.get(name);
            if (missingIn) {
                checks.push((0,findings/* finding */.gk)({ column: name, check: 'required', severity: checker.config.severity ?? 'error', failed: true, failing: missingIn.length, total: this.files.length, unit: 'files', observed: `missing in ${missingIn.length} of ${this.files.length} file${this.files.length === 1 ? '' : 's'}`, expected: 'present', examples: missingIn.slice(0, this.ctx.maxExamples).map((file) => ({ file, line: 1, value: null })) }));
                if (missingIn.length === this.files.length) {
                    checks.push(...checker.skippedResults(`column "${name}" is missing`));
                    continue;
                }
            }
            checks.push(...checker.results());
        }
        if (cfg.strict_columns) {
            const names = [...new Set([...this.unexpected.values()].flat())];
            const examples = names.length > 0 ? [...this.unexpected.entries()].slice(0, this.ctx.maxExamples).map(([file, cols]) => ({ file, line: 1, value: cols.join(', ') })) : [];
            checks.push((0,failing_units/* strictColumnsCheck */.Nk)(names, this.columnsSeen.size, examples));
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
            if (this.leakKeyMissing || !(this.options.leakageTarget || this.leakAbsorbed)) {
                checks.push({ check: 'leakage', severity, status: 'skipped', observed: null, expected: { against: leak.against, key: leak.key }, failing: 0, fraction: 0, examples: [], message: this.leakKeyMissing ? `key column(s) ${leak.key.join(', ')} missing` : `dataset "${leak.against}" was not read` });
            }
            else {
                const frac = this.leakRows > 0 ? this.leakFailures.count / this.leakRows : 0;
                checks.push((0,findings/* finding */.gk)({ check: 'leakage', severity, failed: frac > maxFraction, failing: this.leakFailures.count, total: this.leakRows, observed: `${this.leakFailures.count} row${this.leakFailures.count === 1 ? '' : 's'} share a ${leak.key.join('+')} with ${leak.against}`, expected: { against: leak.against, key: leak.key, max_fraction: maxFraction }, examples: this.leakFailures.examples }));
            }
        }
        checks.push(...this.shape.results(this.rows));
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

/***/ 1104:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nk: () => (/* binding */ strictColumnsCheck),
/* harmony export */   Zf: () => (/* binding */ unitWord),
/* harmony export */   uF: () => (/* binding */ unitOf),
/* harmony export */   y0: () => (/* binding */ rowsCheck)
/* harmony export */ });
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(79746);

const unitOf = (c) => c.unit ?? 'rows';
/** `1 column`, `19 columns`, `0 rows`. */
function unitWord(unit, n) {
    return n === 1 ? unit.slice(0, -1) : unit;
}
/** The `rows` check: the data's row count against `rows.min` (default 1) and `rows.max`. */
function rowsCheck(rows, cfg) {
    const min = cfg?.min ?? 1;
    const max = cfg?.max;
    const short = rows < min ? min - rows : 0;
    const over = max !== undefined && rows > max ? rows - max : 0;
    return (0,_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .finding */ .gk)({
        check: 'rows',
        severity: cfg?.severity ?? 'error',
        failed: short > 0 || over > 0,
        failing: short || over,
        total: short > 0 ? min : rows,
        observed: rows,
        expected: { min, ...(max !== undefined ? { max } : {}) },
        ...(rows === 0 ? { message: 'the dataset has no data rows' } : {}),
    });
}
/** The `strict_columns` check: columns not listed under `columns`, out of every column the data has. */
function strictColumnsCheck(unexpected, columnCount, examples = []) {
    return (0,_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .finding */ .gk)({
        check: 'strict_columns',
        severity: 'error',
        failed: unexpected.length > 0,
        failing: unexpected.length,
        total: columnCount,
        unit: 'columns',
        observed: [...unexpected],
        expected: 'only the configured columns',
        examples,
    });
}


/***/ })

};
