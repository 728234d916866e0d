export const id = 4234;
export const ids = [4234,7859,1853];
export const modules = {

/***/ 37859:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ACCURACY_TYPE: () => (/* binding */ ACCURACY_TYPE),
/* harmony export */   MAX_CLASSES: () => (/* binding */ MAX_CLASSES),
/* harmony export */   exampleMetricOf: () => (/* binding */ exampleMetricOf)
/* harmony export */ });
const MAX_CLASSES = 100;
const ALIASES = {
    accuracy: 'accuracy',
    acc: 'accuracy',
    accuracy_score: 'accuracy',
    precision: 'precision',
    precision_score: 'precision',
    recall: 'recall',
    recall_score: 'recall',
    tpr: 'recall',
    sensitivity: 'recall',
    f1: 'f1',
    f1_score: 'f1',
    auc: 'auc',
    roc_auc: 'auc',
    roc_auc_score: 'auc',
    log_loss: 'log_loss',
    logloss: 'log_loss',
    cross_entropy: 'log_loss',
    mae: 'mae',
    mean_absolute_error: 'mae',
    mse: 'mse',
    mean_squared_error: 'mse',
    rmse: 'rmse',
    root_mean_squared_error: 'rmse',
};
/** The per-example metric a top-level metric name denotes (`roc_auc` → auc), if any. */
function exampleMetricOf(name) {
    if (name.includes('.'))
        return undefined;
    return ALIASES[name.toLowerCase()];
}
const ACCURACY_TYPE = new Set(['accuracy']);


/***/ }),

/***/ 7902:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ argsortDoubles),
/* harmony export */   W: () => (/* binding */ argsortU64)
/* harmony export */ });
/**
 * Stable LSD radix argsort on 64-bit keys given as (hi, lo) 32-bit halves: 4 passes of 16 bits,
 * O(n) — a comparator sort of a million indices is ~20× slower in V8.
 */
function argsortU64(hi, lo, n = hi.length) {
    let order = new Int32Array(n);
    for (let i = 0; i < n; i++)
        order[i] = i;
    let next = new Int32Array(n);
    const counts = new Int32Array(65537);
    for (let pass = 0; pass < 4; pass++) {
        const key = pass < 2 ? lo : hi;
        const shift = (pass & 1) * 16;
        counts.fill(0);
        let skip = true;
        const first = (key[order[0] ?? 0] >>> shift) & 0xffff;
        for (let k = 0; k < n; k++) {
            const d = (key[order[k]] >>> shift) & 0xffff;
            counts[d + 1] = counts[d + 1] + 1;
            if (d !== first)
                skip = false;
        }
        if (skip)
            continue;
        for (let d = 0; d < 65536; d++)
            counts[d + 1] = counts[d + 1] + counts[d];
        for (let k = 0; k < n; k++) {
            const i = order[k];
            const d = (key[i] >>> shift) & 0xffff;
            next[counts[d]] = i;
            counts[d] = counts[d] + 1;
        }
        [order, next] = [next, order];
    }
    return order;
}
/** Ascending argsort of doubles (NaN last), stable: IEEE-754 bits mapped to order-preserving unsigned keys. */
function argsortDoubles(values) {
    const n = values.length;
    const view = new Float64Array(1);
    const bits = new Uint32Array(view.buffer);
    const hi = new Uint32Array(n);
    const lo = new Uint32Array(n);
    // Little-endian platforms (every Node target): bits[1] is the high word.
    for (let i = 0; i < n; i++) {
        const x = values[i];
        view[0] = x === 0 ? 0 : x; // -0 sorts with +0
        let h = bits[1];
        let l = bits[0];
        if (Number.isNaN(x)) {
            h = 0xffffffff;
            l = 0xffffffff;
        }
        else if (h & 0x80000000) {
            h = ~h >>> 0;
            l = ~l >>> 0;
        }
        else
            h = (h | 0x80000000) >>> 0;
        hi[i] = h;
        lo[i] = l;
    }
    return argsortU64(hi, lo, n);
}


/***/ }),

/***/ 24234:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   joinPredictions: () => (/* binding */ joinPredictions),
/* harmony export */   readPredictions: () => (/* binding */ readPredictions)
/* harmony export */ });
/* harmony import */ var _domain_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(10241);
/* harmony import */ var _domain_stats_paired_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37859);
/* harmony import */ var _domain_stats_radix_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7902);
/* harmony import */ var _data_open_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(67633);




const hashKey = (h) => h[0] * 2097152 + (h[1] >>> 11);
function grow(a, size) {
    if (a.length >= size)
        return a;
    const b = new a.constructor(Math.max(size, a.length * 2));
    b.set(a);
    return b;
}
/** A cell as a number; "true"/"false" (any case) read as 1/0 like booleans in JSON/Parquet. */
function cellNumber(col, i) {
    const x = col.number(i);
    if (!Number.isNaN(x))
        return x;
    const t = col.text(i)?.trim().toLowerCase();
    return t === 'true' ? 1 : t === 'false' ? 0 : Number.NaN;
}
/** Reads a per-example results file (CSV/TSV/JSON Lines/Parquet) in one streaming pass. */
async function readPredictions(path, displayName, columns) {
    const source = (0,_data_open_js__WEBPACK_IMPORTED_MODULE_2__/* .openTable */ .R)(path, { displayName });
    const names = await source.columnNames();
    const missing = [columns.id, columns.label, columns.prediction].filter((c) => !names.includes(c));
    if (missing.length > 0) {
        throw (0,_domain_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(`per-example file lacks column${missing.length > 1 ? 's' : ''} ${missing.map((c) => `'${c}'`).join(', ')}; found ${names.map((c) => `'${c}'`).join(', ')} (expected id, label, prediction[, score]; rename them under significance: id_column, label_column, prediction_column, score_column)`, {
            file: displayName,
            line: 1,
        });
    }
    const hasScore = names.includes(columns.score);
    let cap = 1 << 16;
    const out = {
        file: displayName,
        n: 0,
        idHi: new Uint32Array(cap),
        idLo: new Uint32Array(cap),
        line: new Uint32Array(cap),
        label: new Float64Array(cap),
        pred: new Float64Array(cap),
        score: hasScore ? new Float64Array(cap) : undefined,
        labelKey: new Float64Array(cap),
        predKey: new Float64Array(cap),
        keyText: new Map(),
    };
    const h = new Uint32Array(2);
    const wanted = [columns.id, columns.label, columns.prediction, ...(hasScore ? [columns.score] : [])];
    for await (const batch of source.batches({ columns: wanted })) {
        const idCol = batch.column(columns.id);
        const labelCol = batch.column(columns.label);
        const predCol = batch.column(columns.prediction);
        const scoreCol = hasScore ? batch.column(columns.score) : undefined;
        const need = out.n + batch.length;
        if (need > cap) {
            cap = Math.max(need, cap * 2);
            out.idHi = grow(out.idHi, cap);
            out.idLo = grow(out.idLo, cap);
            out.line = grow(out.line, cap);
            out.label = grow(out.label, cap);
            out.pred = grow(out.pred, cap);
            if (out.score)
                out.score = grow(out.score, cap);
            out.labelKey = grow(out.labelKey, cap);
            out.predKey = grow(out.predKey, cap);
        }
        for (let i = 0; i < batch.length; i++) {
            const r = out.n + i;
            const where = () => ({ file: displayName, line: batch.line(i) });
            if (idCol.isNull(i))
                throw (0,_domain_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(`empty id in column '${columns.id}'; every example needs an id to pair candidate and baseline`, where());
            idCol.hash(i, h);
            out.idHi[r] = h[0];
            out.idLo[r] = h[1];
            out.line[r] = batch.line(i) ?? 0;
            if (labelCol.isNull(i))
                throw (0,_domain_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(`empty label in column '${columns.label}'`, where());
            if (predCol.isNull(i))
                throw (0,_domain_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(`empty prediction in column '${columns.prediction}'`, where());
            out.label[r] = cellNumber(labelCol, i);
            out.pred[r] = cellNumber(predCol, i);
            labelCol.hash(i, h);
            let key = hashKey(h);
            out.labelKey[r] = key;
            if (out.keyText.size <= _domain_stats_paired_js__WEBPACK_IMPORTED_MODULE_1__.MAX_CLASSES && !out.keyText.has(key))
                out.keyText.set(key, labelCol.text(i) ?? '');
            predCol.hash(i, h);
            key = hashKey(h);
            out.predKey[r] = key;
            if (out.keyText.size <= _domain_stats_paired_js__WEBPACK_IMPORTED_MODULE_1__.MAX_CLASSES && !out.keyText.has(key))
                out.keyText.set(key, predCol.text(i) ?? '');
            if (out.score && scoreCol) {
                const s = scoreCol.isNull(i) ? Number.NaN : scoreCol.number(i);
                if (Number.isNaN(s))
                    throw (0,_domain_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(`score in column '${columns.score}' is '${scoreCol.text(i) ?? ''}', not a number`, where());
                out.score[r] = s;
            }
        }
        out.n += batch.length;
    }
    if (out.n === 0)
        throw (0,_domain_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)('the per-example file has a header but no rows', { file: displayName, line: 2 });
    return out;
}
/** Row order sorted by id hash. */
function sortedById(f) {
    return (0,_domain_stats_radix_js__WEBPACK_IMPORTED_MODULE_3__/* .argsortU64 */ .W)(f.idHi, f.idLo, f.n);
}
/**
 * Pairs candidate and baseline rows on id (by 64-bit id hashes: sorted merge, or a straight pass when
 * both files list the ids in the same order). Duplicate ids and conflicting labels are input errors.
 */
function joinPredictions(cand, base) {
    const same = cand.n === base.n && cand.idHi.subarray(0, cand.n).every((x, i) => x === base.idHi[i] && cand.idLo[i] === base.idLo[i]);
    let ci;
    let bi;
    let onlyCandidate = 0;
    let onlyBaseline = 0;
    const co = same ? undefined : sortedById(cand);
    const bo = same ? undefined : sortedById(base);
    const dupCheck = (f, order) => {
        if (!order)
            return;
        for (let k = 1; k < f.n; k++) {
            const [a, b] = [order[k - 1], order[k]];
            if (f.idHi[a] === f.idHi[b] && f.idLo[a] === f.idLo[b]) {
                throw (0,_domain_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(`duplicate id: the example on line ${f.line[Math.min(a, b)]} appears again on line ${f.line[Math.max(a, b)]}; ids must be unique to pair candidate and baseline`, { file: f.file, line: f.line[Math.max(a, b)] });
            }
        }
    };
    if (same) {
        // Same order: ids still must be unique; check on a sorted copy.
        dupCheck(cand, sortedById(cand));
        ci = new Int32Array(cand.n).map((_, i) => i);
        bi = ci;
    }
    else {
        dupCheck(cand, co);
        dupCheck(base, bo);
        const pc = [];
        const pb = [];
        let i = 0;
        let j = 0;
        while (i < cand.n && j < base.n) {
            const a = co[i];
            const b = bo[j];
            const cmp = cand.idHi[a] - base.idHi[b] || cand.idLo[a] - base.idLo[b];
            if (cmp === 0) {
                pc.push(a);
                pb.push(b);
                i++;
                j++;
            }
            else if (cmp < 0) {
                onlyCandidate++;
                i++;
            }
            else {
                onlyBaseline++;
                j++;
            }
        }
        onlyCandidate += cand.n - i;
        onlyBaseline += base.n - j;
        // Keep the candidate file's order for the pairs.
        const order = pc.map((_, k) => k).sort((x, y) => pc[x] - pc[y]);
        ci = Int32Array.from(order, (k) => pc[k]);
        bi = Int32Array.from(order, (k) => pb[k]);
    }
    const n = ci.length;
    if (n === 0)
        throw (0,_domain_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(`no id of the candidate's per-example file occurs in the baseline's ('${base.file}'); they must be evaluated on the same examples`, { file: cand.file });
    const label = new Float64Array(n);
    const candPred = new Float64Array(n);
    const basePred = new Float64Array(n);
    const candScore = cand.score && base.score ? new Float64Array(n) : undefined;
    const baseScore = candScore ? new Float64Array(n) : undefined;
    const keyCode = new Map();
    const classes = [];
    let codable = true;
    const labelCode = new Int32Array(n);
    const candCode = new Int32Array(n);
    const baseCode = new Int32Array(n);
    const code = (key, texts) => {
        let c = keyCode.get(key);
        if (c === undefined) {
            c = classes.length;
            if (c >= _domain_stats_paired_js__WEBPACK_IMPORTED_MODULE_1__.MAX_CLASSES || !texts.has(key)) {
                codable = false;
                return 0;
            }
            keyCode.set(key, c);
            classes.push(texts.get(key));
        }
        return c;
    };
    for (let k = 0; k < n; k++) {
        const a = ci[k];
        const b = bi[k];
        const la = cand.label[a];
        const lb = base.label[b];
        if (cand.labelKey[a] !== base.labelKey[b] && !(la === lb && !Number.isNaN(la))) {
            throw (0,_domain_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(`the label of the example on line ${cand.line[a]} differs from the baseline's ('${base.file}' line ${base.line[b]}): both must be scored on the same ground truth`, { file: cand.file, line: cand.line[a] });
        }
        label[k] = la;
        candPred[k] = cand.pred[a];
        basePred[k] = base.pred[b];
        if (candScore && baseScore) {
            candScore[k] = cand.score[a];
            baseScore[k] = base.score[b];
        }
        if (codable) {
            labelCode[k] = code(cand.labelKey[a], cand.keyText);
            candCode[k] = code(cand.predKey[a], cand.keyText);
            baseCode[k] = code(base.predKey[b], base.keyText);
        }
    }
    const data = { n, label, candPred, basePred, ...(candScore ? { candScore, baseScore } : {}) };
    if (codable)
        Object.assign(data, { classes, labelCode, candCode, baseCode });
    return { data, onlyCandidate, onlyBaseline };
}


/***/ })

};
