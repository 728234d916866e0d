export const id = 584;
export const ids = [584];
export const modules = {

/***/ 80463:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   profileArtifactName: () => (/* binding */ profileArtifactName),
/* harmony export */   profileCommand: () => (/* binding */ profileCommand),
/* harmony export */   profileText: () => (/* binding */ profileText),
/* harmony export */   writeProfile: () => (/* binding */ writeProfile)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _adapters_storage_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(61648);
/* harmony import */ var _domain_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(10241);
/* harmony import */ var _domain_profile_format_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(31623);
/* harmony import */ var _io_data_files_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2190);
/* harmony import */ var _io_data_profile_data_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(60325);
/* harmony import */ var _invocation_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(58386);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(26052);









/** Artifact name of a (shard) profile: what `merge-profiles --artifacts` downloads. */
function profileArtifactName(dataset, shard) {
    return shard && shard.count > 1 ? `mlgate-profile-${dataset}-${shard.index}-of-${shard.count}` : `mlgate-profile-${dataset}`;
}
function profileText(p, file) {
    const shard = p.shard ? ` (shard ${p.shard.index}/${p.shard.count}, by ${p.shard.by})` : p.parts > 1 ? ` (merged from ${p.parts} parts)` : '';
    const lines = [`profile of ${p.dataset}${shard}: ${p.rows} rows, ${p.columns.length} columns → ${file}`];
    for (const c of p.columns) {
        if (c.kind === 'numeric') {
            const n = c.moments.count;
            const eps = n ? c.sketch.rankError / n : 0;
            lines.push(`  ${c.name}: numeric, ${n} values, ${c.nulls} nulls, min ${n ? c.min : '-'}, max ${n ? c.max : '-'}, mean ${n ? c.moments.mean.toPrecision(6) : '-'}, quantile rank error ≤ ${(eps * 100).toFixed(3)}%`);
        }
        else
            lines.push(`  ${c.name}: categorical, ${c.count} values, ${c.nulls} nulls, ~${Math.round(c.distinct.estimate())} distinct${c.top.error ? `, top-k counts within ${c.top.error}` : ''}`);
    }
    return lines.join('\n');
}
async function writeProfile(p, file) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(file), { recursive: true });
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(file, `${JSON.stringify((0,_domain_profile_format_js__WEBPACK_IMPORTED_MODULE_4__/* .profileToJson */ .lu)(p))}\n`, 'utf8');
}
function selectDataset(inv, datasets) {
    const name = (0,_invocation_js__WEBPACK_IMPORTED_MODULE_7__/* .stringOption */ .Pp)(inv, _options_js__WEBPACK_IMPORTED_MODULE_8__/* .Opt */ .e3.Dataset);
    const names = datasets.map((d) => d.name);
    if (name === undefined) {
        if (datasets.length === 1)
            return datasets[0];
        throw (0,_domain_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .usageError */ .Wp)(`missing ${(0,_invocation_js__WEBPACK_IMPORTED_MODULE_7__/* .optionLabel */ .ed)(inv, _options_js__WEBPACK_IMPORTED_MODULE_8__/* .Opt */ .e3.Dataset)}: the config defines ${datasets.length} datasets (${names.join(', ') || 'none'}); say which one to profile`);
    }
    const d = datasets.find((x) => x.name === name);
    if (!d)
        throw (0,_domain_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .usageError */ .Wp)(`${(0,_invocation_js__WEBPACK_IMPORTED_MODULE_7__/* .optionLabel */ .ed)(inv, _options_js__WEBPACK_IMPORTED_MODULE_8__/* .Opt */ .e3.Dataset)} is '${name}', which is not in the config; expected one of: ${names.join(', ') || '(none)'}`);
    return d;
}
const profileCommand = {
    spec: {
        name: 'profile',
        summary: 'Write a mergeable profile (statistics + sketches) of a dataset or one shard of it.',
        positionals: '[files...]',
        options: [
            _options_js__WEBPACK_IMPORTED_MODULE_8__/* .configOption */ .KJ,
            _options_js__WEBPACK_IMPORTED_MODULE_8__/* .jsonOption */ .Ec,
            _options_js__WEBPACK_IMPORTED_MODULE_8__/* .datasetOption */ .kq,
            { name: _options_js__WEBPACK_IMPORTED_MODULE_8__/* .Opt */ .e3.Shard, type: 'string', description: 'i/n: profile only shard i of n (whole files when there are at least n, else blocks of 65,536 rows).' },
            { name: _options_js__WEBPACK_IMPORTED_MODULE_8__/* .Opt */ .e3.Out, type: 'string', description: 'Where to write the profile JSON (default .mlgate/profiles/<dataset>[.<i>-of-<n>].profile.json).' },
            { name: _options_js__WEBPACK_IMPORTED_MODULE_8__/* .Opt */ .e3.Upload, type: 'boolean', default: 'false', description: 'Also upload the profile as artifact mlgate-profile-<dataset>[-<i>-of-<n>] (runner artifact service, or .mlgate/artifacts outside a runner).' },
        ],
        outputs: [
            { name: 'profile-path', description: 'Path of the profile written.' },
            { name: 'artifact', description: 'Name of the artifact uploaded (with upload).' },
        ],
        stepAction: false,
    },
    async run(invocation, context) {
        const shardText = (0,_invocation_js__WEBPACK_IMPORTED_MODULE_7__/* .stringOption */ .Pp)(invocation, _options_js__WEBPACK_IMPORTED_MODULE_8__/* .Opt */ .e3.Shard);
        const shard = shardText === undefined ? undefined : (0,_io_data_profile_data_js__WEBPACK_IMPORTED_MODULE_6__/* .parseShard */ .uK)(shardText, (0,_invocation_js__WEBPACK_IMPORTED_MODULE_7__/* .optionLabel */ .ed)(invocation, _options_js__WEBPACK_IMPORTED_MODULE_8__/* .Opt */ .e3.Shard));
        let dataset;
        let root;
        if (invocation.positionals.length > 0) {
            dataset = { name: (0,_invocation_js__WEBPACK_IMPORTED_MODULE_7__/* .stringOption */ .Pp)(invocation, _options_js__WEBPACK_IMPORTED_MODULE_8__/* .Opt */ .e3.Dataset) ?? 'data', path: [...invocation.positionals] };
            root = context.cwd;
        }
        else {
            const loaded = await (0,_invocation_js__WEBPACK_IMPORTED_MODULE_7__/* .loadConfig */ .Z9)(invocation, context);
            dataset = selectDataset(invocation, loaded.config.datasets);
            root = loaded.root;
        }
        const files = await (0,_io_data_files_js__WEBPACK_IMPORTED_MODULE_5__/* .resolveDataFiles */ .A)(dataset.path, root, invocation.positionals.length ? 'files' : `dataset ${dataset.name}: path`, context.cwd);
        const profile = await (0,_io_data_profile_data_js__WEBPACK_IMPORTED_MODULE_6__/* .profileFiles */ .xc)(files, dataset, { shard });
        const suffix = profile.shard ? `.${profile.shard.index}-of-${profile.shard.count}` : '';
        const out = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(context.cwd, (0,_invocation_js__WEBPACK_IMPORTED_MODULE_7__/* .stringOption */ .Pp)(invocation, _options_js__WEBPACK_IMPORTED_MODULE_8__/* .Opt */ .e3.Out) ?? `.mlgate/profiles/${dataset.name}${suffix}.profile.json`);
        await writeProfile(profile, out);
        const outputs = { 'profile-path': out, artifact: '' };
        let text = profileText(profile, node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(context.cwd, out) || out);
        if ((0,_invocation_js__WEBPACK_IMPORTED_MODULE_7__/* .booleanOption */ .Ic)(invocation, _options_js__WEBPACK_IMPORTED_MODULE_8__/* .Opt */ .e3.Upload)) {
            const name = profileArtifactName(dataset.name, shard);
            const ref = await (0,_adapters_storage_js__WEBPACK_IMPORTED_MODULE_2__/* .createArtifacts */ .GC)(context).upload(name, [node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(out)], node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(out));
            outputs.artifact = name;
            text += `\nuploaded as artifact ${name}${ref.id !== undefined ? ` (id ${ref.id})` : ref.location ? ` (${ref.location})` : ''}`;
        }
        return { exitCode: 0, text, json: (0,_domain_profile_format_js__WEBPACK_IMPORTED_MODULE_4__/* .profileToJson */ .lu)(profile), outputs };
    },
};


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

/***/ 2190:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ resolveDataFiles)
/* harmony export */ });
/* unused harmony export segmentRegex */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _domain_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(10241);



const GLOB_CHARS = /[*?[{]/;
/** Regex of one glob path segment: `*`, `?`, `[abc]`, `{a,b}`. */
function segmentRegex(segment) {
    let re = '';
    let inBrace = false;
    for (let i = 0; i < segment.length; i++) {
        const c = segment[i];
        if (c === '*')
            re += '[^/]*';
        else if (c === '?')
            re += '[^/]';
        else if (c === '[') {
            const close = segment.indexOf(']', i + 1);
            if (close < 0)
                re += '\\[';
            else {
                const body = segment.slice(i + 1, close);
                re += `[${body.startsWith('!') ? `^${body.slice(1)}` : body}]`;
                i = close;
            }
        }
        else if (c === '{') {
            inBrace = true;
            re += '(?:';
        }
        else if (c === '}' && inBrace) {
            inBrace = false;
            re += ')';
        }
        else if (c === ',' && inBrace)
            re += '|';
        else
            re += c.replace(/[.+^$()|\\]/g, '\\$&');
    }
    return new RegExp(`^${re}$`);
}
async function isFile(p) {
    try {
        return (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(p)).isFile();
    }
    catch {
        return false;
    }
}
async function expand(base, segments) {
    if (segments.length === 0)
        return (await isFile(base)) ? [base] : [];
    const [head, ...rest] = segments;
    if (head === '**') {
        const here = await expand(base, rest);
        let entries;
        try {
            entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(base, { withFileTypes: true });
        }
        catch {
            return here;
        }
        const deeper = await Promise.all(entries.filter((e) => e.isDirectory() && !e.name.startsWith('.')).map((e) => expand(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(base, e.name), segments)));
        return [...here, ...deeper.flat()];
    }
    if (!GLOB_CHARS.test(head))
        return expand(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(base, head), rest);
    const re = segmentRegex(head);
    let entries;
    try {
        entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(base, { withFileTypes: true });
    }
    catch {
        return [];
    }
    const matches = entries.filter((e) => re.test(e.name) && (e.name.startsWith('.') === head.startsWith('.')));
    const found = await Promise.all(matches.map((e) => expand(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(base, e.name), rest)));
    return found.flat();
}
/**
 * The files a dataset `path` names: plain paths must exist; globs (`*`, `?`, `**`, `[..]`, `{a,b}`) must
 * match at least one file. Sorted by name, without repeats. `where` names the config field in errors.
 */
async function resolveDataFiles(patterns, root, where, displayRoot = root) {
    const list = typeof patterns === 'string' ? [patterns] : patterns;
    const out = new Map();
    for (const pattern of list) {
        const absolute = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(root, pattern);
        let found;
        if (!GLOB_CHARS.test(pattern)) {
            if (!(await isFile(absolute)))
                throw (0,_domain_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)(`${where}: data file '${pattern}' does not exist (looked in ${node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(absolute)})`, { file: pattern });
            found = [absolute];
        }
        else {
            const parts = absolute.split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep));
            const firstGlob = parts.findIndex((p) => GLOB_CHARS.test(p));
            const base = parts.slice(0, firstGlob).join((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)) || (node_path__WEBPACK_IMPORTED_MODULE_1___default().sep);
            found = await expand(base, parts.slice(firstGlob));
            if (found.length === 0)
                throw (0,_domain_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)(`${where}: the glob '${pattern}' matches no file (under ${base})`, { file: pattern });
        }
        for (const f of found)
            out.set(f, { path: f, name: displayName(displayRoot, f) });
    }
    return [...out.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
function displayName(root, file) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(root, file);
    return (rel.startsWith('..') || node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(rel) ? file : rel).split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).join('/');
}


/***/ })

};
