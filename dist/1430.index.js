export const id = 1430;
export const ids = [1430,7859];
export const modules = {

/***/ 9018:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fk: () => (/* binding */ jointTable),
/* harmony export */   JQ: () => (/* binding */ classificationMetric),
/* harmony export */   Rd: () => (/* binding */ swapCells)
/* harmony export */ });
/** Binary when every label and prediction is 0 or 1 (sklearn's default pos_label=1); else macro over classes. */
function jointTable(data) {
    const { n } = data;
    let binary = true;
    for (let i = 0; i < n && binary; i++) {
        const l = data.label[i];
        const a = data.candPred[i];
        const b = data.basePred[i];
        if ((l !== 0 && l !== 1) || (a !== 0 && a !== 1) || (b !== 0 && b !== 1))
            binary = false;
    }
    let C;
    let lc;
    let cc;
    let bc;
    if (binary) {
        C = 2;
        [lc, cc, bc] = [data.label, data.candPred, data.basePred];
    }
    else {
        if (!data.classes || !data.labelCode || !data.candCode || !data.baseCode)
            return undefined;
        C = data.classes.length;
        [lc, cc, bc] = [data.labelCode, data.candCode, data.baseCode];
    }
    // Cell counts in a dense array (C ≤ MAX_CLASSES, so at most 10^6 cells).
    const dense = new Float64Array(C * C * C);
    for (let i = 0; i < n; i++) {
        const key = (lc[i] * C + cc[i]) * C + bc[i];
        dense[key] = dense[key] + 1;
    }
    const cells = new Map();
    for (let key = 0; key < dense.length; key++)
        if (dense[key] > 0)
            cells.set(key, dense[key]);
    const keys = [...cells.keys()].sort((x, y) => x - y);
    const t = {
        classes: C,
        positive: binary ? 1 : undefined,
        label: new Int32Array(keys.length),
        cand: new Int32Array(keys.length),
        base: new Int32Array(keys.length),
        count: new Float64Array(keys.length),
    };
    keys.forEach((key, k) => {
        t.label[k] = Math.floor(key / (C * C));
        t.cand[k] = Math.floor(key / C) % C;
        t.base[k] = key % C;
        t.count[k] = cells.get(key);
    });
    return t;
}
/** sklearn's precision/recall/F1 with zero_division=0 ("warn" returns 0 too). */
function safeDiv(a, b) {
    return b === 0 ? 0 : a / b;
}
/**
 * The metric of one side from cell counts (`side`: 0 candidate, 1 baseline), as scikit-learn computes
 * it: accuracy_score; precision/recall/f1_score with average='binary', pos_label=1 for 0/1 data, else
 * average='macro' over the labels present in y_true ∪ y_pred.
 */
function classificationMetric(metric, t, counts, side) {
    const C = t.classes;
    const pred = side === 0 ? t.cand : t.base;
    const tp = new Float64Array(C);
    const predicted = new Float64Array(C);
    const actual = new Float64Array(C);
    let total = 0;
    let correct = 0;
    for (let k = 0; k < counts.length; k++) {
        const w = counts[k];
        if (w === 0)
            continue;
        const l = t.label[k];
        const p = pred[k];
        total += w;
        predicted[p] = predicted[p] + w;
        actual[l] = actual[l] + w;
        if (l === p) {
            correct += w;
            tp[l] = tp[l] + w;
        }
    }
    if (metric === 'accuracy')
        return correct / total;
    const perClass = (c) => {
        const precision = safeDiv(tp[c], predicted[c]);
        const recall = safeDiv(tp[c], actual[c]);
        if (metric === 'precision')
            return precision;
        if (metric === 'recall')
            return recall;
        return safeDiv(2 * tp[c], predicted[c] + actual[c]);
    };
    if (t.positive !== undefined)
        return perClass(t.positive);
    let sum = 0;
    let present = 0;
    for (let c = 0; c < C; c++) {
        if (predicted[c] === 0 && actual[c] === 0)
            continue;
        sum += perClass(c);
        present++;
    }
    return present === 0 ? 0 : sum / present;
}
/** Cell counts after swapping candidate and baseline in `swapped[k]` examples of cell k. */
function swapCells(t, swapped) {
    const K = t.count.length;
    const table = {
        classes: t.classes,
        positive: t.positive,
        label: new Int32Array(2 * K),
        cand: new Int32Array(2 * K),
        base: new Int32Array(2 * K),
        count: new Float64Array(2 * K),
    };
    for (let k = 0; k < K; k++) {
        table.label[k] = t.label[k];
        table.cand[k] = t.cand[k];
        table.base[k] = t.base[k];
        table.count[k] = t.count[k] - swapped[k];
        table.label[K + k] = t.label[k];
        table.cand[K + k] = t.base[k];
        table.base[K + k] = t.cand[k];
        table.count[K + k] = swapped[k];
    }
    return { table, counts: table.count };
}


/***/ }),

/***/ 83793:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fm: () => (/* binding */ meanValue),
/* harmony export */   WN: () => (/* binding */ sortScores),
/* harmony export */   nJ: () => (/* binding */ aucSorted),
/* harmony export */   y8: () => (/* binding */ meanMetric)
/* harmony export */ });
/* unused harmony export contribution */
/* harmony import */ var _radix_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7902);

const EPS = 2.220446049250313e-16;
function contribution(metric, y, pred, score) {
    switch (metric) {
        case 'mae':
            return Math.abs(y - pred);
        case 'mse':
        case 'rmse':
            return (y - pred) * (y - pred);
        case 'log_loss': {
            const p = Math.min(1 - EPS, Math.max(EPS, score ?? Number.NaN));
            return -(y * Math.log(p) + (1 - y) * Math.log(1 - p));
        }
        default:
            return Number.NaN;
    }
}
/** The contributions of both sides, or a reason why the metric cannot be computed from this data. */
function meanMetric(metric, data) {
    const { n } = data;
    if (metric === 'log_loss') {
        if (!data.candScore || !data.baseScore)
            return 'log loss needs a score column (probability of label 1) in both files';
        for (let i = 0; i < n; i++) {
            const y = data.label[i];
            if (y !== 0 && y !== 1)
                return `log loss needs 0/1 labels; found ${y} at example ${i + 1}`;
        }
    }
    const cand = new Float64Array(n);
    const base = new Float64Array(n);
    for (let i = 0; i < n; i++) {
        cand[i] = contribution(metric, data.label[i], data.candPred[i], data.candScore?.[i]);
        base[i] = contribution(metric, data.label[i], data.basePred[i], data.baseScore?.[i]);
        if (!Number.isFinite(cand[i]) || !Number.isFinite(base[i])) {
            return `${metric} is not defined for example ${i + 1}: label, prediction or score is not a number`;
        }
    }
    return { cand, base, sqrt: metric === 'rmse' };
}
function meanValue(values, sqrt) {
    let s = 0;
    for (let i = 0; i < values.length; i++)
        s += values[i];
    const m = s / values.length;
    return sqrt ? Math.sqrt(m) : m;
}
function sortScores(scores) {
    const n = scores.length;
    const order = (0,_radix_js__WEBPACK_IMPORTED_MODULE_0__/* .argsortDoubles */ .R)(scores);
    const tieStart = new Uint8Array(n);
    for (let k = 0; k < n; k++)
        tieStart[k] = k === 0 || scores[order[k]] !== scores[order[k - 1]] ? 1 : 0;
    return { order, tieStart };
}
/**
 * ROC AUC as scikit-learn's roc_auc_score for binary labels: the Mann–Whitney probability that a
 * positive outscores a negative, ties counting one half. `weights` (bootstrap multiplicities) optional.
 */
function aucSorted(sorted, labels, weights) {
    const { order, tieStart } = sorted;
    const n = order.length;
    let negBelow = 0;
    let sum = 0;
    let pos = 0;
    let k = 0;
    while (k < n) {
        let gp = 0;
        let gn = 0;
        do {
            const i = order[k];
            const w = weights ? weights[i] : 1;
            if (labels[i] === 1)
                gp += w;
            else
                gn += w;
            k++;
        } while (k < n && tieStart[k] === 0);
        sum += gp * (negBelow + 0.5 * gn);
        negBelow += gn;
        pos += gp;
    }
    return sum / (pos * negBelow);
}


/***/ }),

/***/ 26811:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ resampleKernel)
/* harmony export */ });
/** Returns metric-major deltas (candidate − baseline): out[m * count + j] for resample first + j. */
function resampleKernel(task) {
    const { n, count, means, aucs } = task;
    const metrics = means.length + aucs.length;
    const out = new Float64Array(metrics * count);
    const LANES = 8;
    const rotl = (x, k) => (x << k) | (x >>> (32 - k));
    const state = new Uint32Array(4);
    const seedStream = (seed, stream) => {
        let x = (Math.trunc(seed) ^ Math.imul(stream + 1, 0x9e3779b9)) >>> 0;
        x = (x ^ Math.trunc(seed / 4294967296)) >>> 0;
        for (let i = 0; i < 4; i++) {
            x = (x + 0x9e3779b9) >>> 0;
            let z = x;
            z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
            z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
            state[i] = (z ^ (z >>> 16)) >>> 0;
        }
        if ((state[0] | state[1] | state[2] | state[3]) === 0)
            state[0] = 1;
    };
    const diff = (m) => {
        const d = new Float64Array(n);
        for (let i = 0; i < n; i++)
            d[i] = m.cand[i] - m.base[i];
        return d;
    };
    const lane = new Float64Array(LANES);
    const other = new Float64Array(LANES);
    // Stores the 8 lanes' values of an unrolled loop.
    const put8 = (into, at, x0, x1, x2, x3, x4, x5, x6, x7) => {
        into[at] = x0;
        into[at + 1] = x1;
        into[at + 2] = x2;
        into[at + 3] = x3;
        into[at + 4] = x4;
        into[at + 5] = x5;
        into[at + 6] = x6;
        into[at + 7] = x7;
    };
    if (task.mode === 'bootstrap') {
        const blocks = Math.ceil(n / 1024);
        const counts = task.blocks;
        if (counts.length !== count * blocks)
            throw new Error(`bootstrap kernel: ${counts.length} block counts for ${count} resamples of ${blocks} blocks`);
        const w = new Uint8Array(n * LANES);
        const w32 = new Int32Array(w.buffer);
        // Each lane's generator state between blocks.
        const states = new Int32Array(4 * LANES);
        // Lane l's m draws in block b; returns the OR of the new multiplicities (above 255: a byte overflowed).
        const drawBlock = (l, b, m) => {
            let s0 = states[4 * l];
            let s1 = states[4 * l + 1];
            let s2 = states[4 * l + 2];
            let s3 = states[4 * l + 3];
            const size = Math.min(1024, n - b * 1024);
            const at = b * 1024 * LANES + l;
            let seen = 0;
            while (m > 0) {
                const x = Math.imul(rotl(Math.imul(s1, 5), 7), 9);
                const t = s1 << 9;
                s2 ^= s0;
                s3 ^= s1;
                s1 ^= s2;
                s0 ^= s3;
                s2 ^= t;
                s3 = rotl(s3, 11);
                if (m >= 3 && size === 1024) {
                    const i0 = at + ((x & 1023) << 3);
                    const i1 = at + (((x >>> 10) & 1023) << 3);
                    const i2 = at + (((x >>> 20) & 1023) << 3);
                    const v0 = w[i0] + 1;
                    w[i0] = v0;
                    const v1 = w[i1] + 1;
                    w[i1] = v1;
                    const v2 = w[i2] + 1;
                    w[i2] = v2;
                    seen |= v0 | v1 | v2;
                    m -= 3;
                    continue;
                }
                for (let shift = 0; shift < 30 && m > 0; shift += 10) {
                    const idx = (x >>> shift) & 1023;
                    if (idx >= size)
                        continue;
                    const i = at + (idx << 3);
                    const v = w[i] + 1;
                    w[i] = v;
                    seen |= v;
                    m--;
                }
            }
            states[4 * l] = s0;
            states[4 * l + 1] = s1;
            states[4 * l + 2] = s2;
            states[4 * l + 3] = s3;
            return seen;
        };
        // Adds Σ_{from ≤ i < to} w_i·x_i to into[at …] for each lane, in example order.
        const weightedSums = (x, from, to, into, at) => {
            let f0 = into[at];
            let f1 = into[at + 1];
            let f2 = into[at + 2];
            let f3 = into[at + 3];
            let f4 = into[at + 4];
            let f5 = into[at + 5];
            let f6 = into[at + 6];
            let f7 = into[at + 7];
            for (let i = from; i < to; i++) {
                const lo = w32[2 * i];
                const hi = w32[2 * i + 1];
                const v = x[i];
                f0 += (lo & 255) * v;
                f1 += ((lo >>> 8) & 255) * v;
                f2 += ((lo >>> 16) & 255) * v;
                f3 += (lo >>> 24) * v;
                f4 += (hi & 255) * v;
                f5 += ((hi >>> 8) & 255) * v;
                f6 += ((hi >>> 16) & 255) * v;
                f7 += (hi >>> 24) * v;
            }
            put8(into, at, f0, f1, f2, f3, f4, f5, f6, f7);
        };
        // The arrays each mean metric sums: the differences, or both sides for RMSE (√ of each mean).
        const sides = means.flatMap((m) => (m.sqrt ? [m.cand, m.base] : [diff(m)]));
        const meanSums = new Float64Array(sides.length * LANES);
        // AUC: per chunk of a model's score order, the lanes' weights are first copied into `sorted` (a
        // gather with no branches, so the random reads overlap), then summed. Per example, code = label |
        // tie-group start << 1 | (inside a long group, every 256 examples) spill << 2; code[n] closes the
        // last group.
        const CHUNK = 2048;
        const sorted = new Int32Array(2 * CHUNK);
        const gather = (order, from, to) => {
            for (let k = from, o = 0; k < to; k++, o += 2) {
                const i = order[k] << 1;
                sorted[o] = w32[i];
                sorted[o + 1] = w32[i + 1];
            }
        };
        const codeOf = (ys, tie) => {
            const code = new Uint8Array(n + 1);
            let run = 0;
            for (let k = 0; k < n; k++) {
                let c = ys[k];
                if (tie[k] === 1)
                    c |= 2;
                else if (run === 256)
                    c |= 4;
                if (c > 1)
                    run = 0;
                run++;
                code[k] = c;
            }
            code[n] = 2;
            return code;
        };
        const codes = aucs.map((a) => [codeOf(a.candY, a.candTie), codeOf(a.baseY, a.baseTie)]);
        // Per lane l: aucSums[l] = Σ gp·(2·below + gn) over the closed groups, aucSums[8 + l] = below
        // (their negative weight).
        const aucSums = new Float64Array(2 * LANES);
        const close = (l, gp, gn) => {
            const below = aucSums[8 + l];
            aucSums[l] = aucSums[l] + gp * (2 * below + gn);
            aucSums[8 + l] = below + gn;
        };
        // Within a group the weights add up as 16-bit fields of int32s (two lanes per int: lanes 0/2, 1/3,
        // 4/6, 5/7): at most 256 examples at a time (256 × 255 < 2^16: no carry between fields). A longer
        // group moves them into `carry` (positive weight of lane l at l, negative at 8 + l) every 256.
        // `fields` keeps them between chunks.
        const fields = new Int32Array(8);
        const carry = new Float64Array(2 * LANES);
        let carried = false;
        const spill = (l, x) => {
            carry[l] = carry[l] + (x & 0xffff);
            carry[l + 2] = carry[l + 2] + (x >>> 16);
        };
        // Sums examples from … to − 1 of a model's score order, whose weights are at src[2(k − at)].
        const sumChunk = (src, at, code, from, to) => {
            let pa = fields[0];
            let pb = fields[1];
            let pc = fields[2];
            let pd = fields[3];
            let na = fields[4];
            let nb = fields[5];
            let nc = fields[6];
            let nd = fields[7];
            for (let k = from; k < to; k++) {
                const c = code[k];
                if (c > 1) {
                    if (c & 4 || carried) {
                        spill(0, pa);
                        spill(1, pb);
                        spill(4, pc);
                        spill(5, pd);
                        spill(8, na);
                        spill(9, nb);
                        spill(12, nc);
                        spill(13, nd);
                        carried = true;
                        if (c & 2) {
                            for (let l = 0; l < LANES; l++)
                                close(l, carry[l], carry[8 + l]);
                            carry.fill(0);
                            carried = false;
                        }
                    }
                    else {
                        close(0, pa & 0xffff, na & 0xffff);
                        close(1, pb & 0xffff, nb & 0xffff);
                        close(2, pa >>> 16, na >>> 16);
                        close(3, pb >>> 16, nb >>> 16);
                        close(4, pc & 0xffff, nc & 0xffff);
                        close(5, pd & 0xffff, nd & 0xffff);
                        close(6, pc >>> 16, nc >>> 16);
                        close(7, pd >>> 16, nd >>> 16);
                    }
                    pa = pb = pc = pd = na = nb = nc = nd = 0;
                    if (k === n)
                        break;
                }
                const lo = src[2 * (k - at)];
                const hi = src[2 * (k - at) + 1];
                const pos = -(c & 1);
                const neg = ~pos;
                const a = lo & 0xff00ff;
                const b = (lo >>> 8) & 0xff00ff;
                const e = hi & 0xff00ff;
                const d = (hi >>> 8) & 0xff00ff;
                pa = (pa + (a & pos)) | 0;
                na = (na + (a & neg)) | 0;
                pb = (pb + (b & pos)) | 0;
                nb = (nb + (b & neg)) | 0;
                pc = (pc + (e & pos)) | 0;
                nc = (nc + (e & neg)) | 0;
                pd = (pd + (d & pos)) | 0;
                nd = (nd + (d & neg)) | 0;
            }
            put8(fields, 0, pa, pb, pc, pd, na, nb, nc, nd);
        };
        // Weighted Mann–Whitney: AUC = Σ_groups gp·(below + gn/2) / (P·N), for each lane. No `order`: the
        // examples are already in this model's score order.
        const aucLanes = (order, code, into) => {
            aucSums.fill(0);
            fields.fill(0);
            if (!order)
                sumChunk(w32, 0, code, 0, n + 1);
            for (let from = 0; order && from < n; from += CHUNK) {
                const to = Math.min(n, from + CHUNK);
                gather(order, from, to);
                sumChunk(sorted, from, code, from, to === n ? n + 1 : to);
            }
            // Each lane's weights add up to n, so its positive weight is n − its negative weight.
            for (let l = 0; l < LANES; l++)
                into[l] = aucSums[l] / (2 * (n - aucSums[8 + l]) * aucSums[8 + l]);
        };
        for (let j0 = 0; j0 < count; j0 += LANES) {
            const used = Math.min(LANES, count - j0);
            for (let l = 0; l < used; l++) {
                seedStream(task.seed, task.first + j0 + l);
                states.set(state, 4 * l);
            }
            meanSums.fill(0);
            let seen = 0;
            // Block by block, so that drawing and the mean-type sums work on 8 KiB of weights at a time.
            for (let b = 0; b < blocks; b++) {
                const from = b * 1024;
                const to = Math.min(n, from + 1024);
                w.fill(0, from * LANES, to * LANES);
                for (let l = 0; l < used; l++)
                    seen |= drawBlock(l, b, counts[(j0 + l) * blocks + b]);
                sides.forEach((x, s) => weightedSums(x, from, to, meanSums, s * LANES));
            }
            if (seen > 255)
                throw new Error('bootstrap multiplicity above 255 (probability < 1e-400): rerun with another seed');
            for (let k = 0, s = 0; k < means.length; k++) {
                const at = s * LANES;
                s += means[k].sqrt ? 2 : 1;
                for (let l = 0; l < used; l++) {
                    out[k * count + j0 + l] = means[k].sqrt ? Math.sqrt(meanSums[at + l] / n) - Math.sqrt(meanSums[at + LANES + l] / n) : meanSums[at + l] / n;
                }
            }
            for (let k = 0; k < aucs.length; k++) {
                aucLanes(aucs[k].candOrder, codes[k][0], lane);
                aucLanes(aucs[k].baseOrder, codes[k][1], other);
                for (let l = 0; l < used; l++)
                    out[(means.length + k) * count + j0 + l] = lane[l] - other[l];
            }
        }
        return out;
    }
    const diffs = means.map(diff);
    const sums = means.map((m) => {
        let sc = 0;
        let sb = 0;
        for (let i = 0; i < n; i++) {
            sc += m.cand[i];
            sb += m.base[i];
        }
        return [sc, sb];
    });
    // Permutation: 32 swap bits per random output, lane-major: bit b of words[l·W + q] swaps example 32q + b.
    const W = Math.ceil(n / 32);
    const words = new Int32Array(LANES * W);
    // F = Σ_swapped d_i for each lane, summed in example order.
    const swappedSums = (d, into) => {
        let f0 = 0;
        let f1 = 0;
        let f2 = 0;
        let f3 = 0;
        let f4 = 0;
        let f5 = 0;
        let f6 = 0;
        let f7 = 0;
        for (let q = 0, i = 0; q < W; q++) {
            let u0 = words[q];
            let u1 = words[W + q];
            let u2 = words[2 * W + q];
            let u3 = words[3 * W + q];
            let u4 = words[4 * W + q];
            let u5 = words[5 * W + q];
            let u6 = words[6 * W + q];
            let u7 = words[7 * W + q];
            for (const end = Math.min(n, i + 32); i < end; i++) {
                const v = d[i];
                f0 += (u0 & 1) * v;
                f1 += (u1 & 1) * v;
                f2 += (u2 & 1) * v;
                f3 += (u3 & 1) * v;
                f4 += (u4 & 1) * v;
                f5 += (u5 & 1) * v;
                f6 += (u6 & 1) * v;
                f7 += (u7 & 1) * v;
                u0 >>>= 1;
                u1 >>>= 1;
                u2 >>>= 1;
                u3 >>>= 1;
                u4 >>>= 1;
                u5 >>>= 1;
                u6 >>>= 1;
                u7 >>>= 1;
            }
        }
        put8(into, 0, f0, f1, f2, f3, f4, f5, f6, f7);
    };
    for (let j0 = 0; j0 < count; j0 += LANES) {
        const used = Math.min(LANES, count - j0);
        words.fill(0);
        for (let l = 0; l < used; l++) {
            const r = task.first + j0 + l;
            if (task.exact) {
                // n ≤ 30 here: the swap pattern is r's bits.
                words[l * W] = r;
                continue;
            }
            seedStream(task.seed, r + 0x40000000);
            let s0 = state[0];
            let s1 = state[1];
            let s2 = state[2];
            let s3 = state[3];
            for (let q = l * W; q < (l + 1) * W; q++) {
                words[q] = Math.imul(rotl(Math.imul(s1, 5), 7), 9);
                const t = s1 << 9;
                s2 ^= s0;
                s3 ^= s1;
                s1 ^= s2;
                s0 ^= s3;
                s2 ^= t;
                s3 = rotl(s3, 11);
            }
        }
        for (let k = 0; k < means.length; k++) {
            swappedSums(diffs[k], lane);
            const [sc, sb] = sums[k];
            for (let l = 0; l < used; l++) {
                const f = lane[l];
                out[k * count + j0 + l] = means[k].sqrt ? Math.sqrt((sc - f) / n) - Math.sqrt((sb + f) / n) : (sc - f - (sb + f)) / n;
            }
        }
    }
    return out;
}


/***/ }),

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

/***/ 1615:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ createPrng)
/* harmony export */ });
/* unused harmony export seedState */
function seedState(seed, stream) {
    const s = new Uint32Array(4);
    let x = (Math.trunc(seed) ^ Math.imul(stream + 1, 0x9e3779b9)) >>> 0;
    // Mix in the high bits of large seeds too.
    x = (x ^ Math.trunc(seed / 4294967296)) >>> 0;
    for (let i = 0; i < 4; i++) {
        x = (x + 0x9e3779b9) >>> 0;
        let z = x;
        z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
        z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
        s[i] = (z ^ (z >>> 16)) >>> 0;
    }
    if ((s[0] | s[1] | s[2] | s[3]) === 0)
        s[0] = 1;
    return s;
}
function createPrng(seed, stream = 0) {
    const s = seedState(seed, stream);
    let s0 = s[0];
    let s1 = s[1];
    let s2 = s[2];
    let s3 = s[3];
    const nextU32 = () => {
        const r = Math.imul(rotl(Math.imul(s1, 5), 7), 9) >>> 0;
        const t = s1 << 9;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = rotl(s3, 11);
        return r;
    };
    return {
        nextU32,
        nextDouble: () => ((nextU32() >>> 5) * 67108864 + (nextU32() >>> 6)) / 9007199254740992,
        nextBelow: (n) => {
            let m = nextU32() * n;
            let low = m % 4294967296;
            if (low < n) {
                const threshold = (4294967296 - n) % n;
                while (low < threshold) {
                    m = nextU32() * n;
                    low = m % 4294967296;
                }
            }
            return Math.floor(m / 4294967296);
        },
    };
}
function rotl(x, k) {
    return (x << k) | (x >>> (32 - k));
}


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

/***/ 71430:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  aucPermutationCoefficients: () => (/* binding */ aucPermutationCoefficients),
  discordant: () => (/* binding */ discordant),
  inThreadRunner: () => (/* binding */ inThreadRunner),
  pairedSignificance: () => (/* binding */ pairedSignificance),
  percentileInterval: () => (/* binding */ percentileInterval)
});

// EXTERNAL MODULE: ./src/domain/stats/special.ts
var special = __webpack_require__(68235);
;// CONCATENATED MODULE: ./src/domain/stats/binomial-sampler.ts

/**
 * An exact Binomial(n, p) draw: inversion by sequential search when n·min(p, 1−p) < 10, else
 * Hörmann's BTRS (transformed rejection with squeeze, 1993), the algorithm TensorFlow and JAX use.
 */
function sampleBinomial(rng, n, p) {
    if (n <= 0 || p <= 0)
        return 0;
    if (p >= 1)
        return n;
    if (p > 0.5)
        return n - sampleBinomial(rng, n, 1 - p);
    if (n * p < 10)
        return inversion(rng, n, p);
    return btrs(rng, n, p);
}
function inversion(rng, n, p) {
    const q = 1 - p;
    const ratio = p / q;
    let prob = Math.exp(n * Math.log1p(-p));
    let u = rng.nextDouble();
    let k = 0;
    while (u > prob) {
        u -= prob;
        prob *= (ratio * (n - k)) / (k + 1);
        k++;
        // Rounding can leave u above the remaining mass; restart rather than run off the end.
        if (k > n) {
            k = 0;
            prob = Math.exp(n * Math.log1p(-p));
            u = rng.nextDouble();
        }
    }
    return k;
}
function btrs(rng, n, p) {
    const q = 1 - p;
    const spq = Math.sqrt(n * p * q);
    const b = 1.15 + 2.53 * spq;
    const a = -0.0873 + 0.0248 * b + 0.01 * p;
    const c = n * p + 0.5;
    const vr = 0.92 - 4.2 / b;
    const alpha = (2.83 + 5.1 / b) * spq;
    const lpq = Math.log(p / q);
    const m = Math.floor((n + 1) * p);
    const h = (0,special/* logFactorial */.k)(m) + (0,special/* logFactorial */.k)(n - m);
    for (;;) {
        const u = rng.nextDouble() - 0.5;
        let v = rng.nextDouble();
        const us = 0.5 - Math.abs(u);
        const k = Math.floor(((2 * a) / us + b) * u + c);
        if (k < 0 || k > n)
            continue;
        if (us >= 0.07 && v <= vr)
            return k;
        v = Math.log((v * alpha) / (a / (us * us) + b));
        if (v <= h - (0,special/* logFactorial */.k)(k) - (0,special/* logFactorial */.k)(n - k) + (k - m) * lpq)
            return k;
    }
}
/** Multinomial(n, weights/Σweights) by conditional binomials; exact. */
function sampleMultinomial(rng, n, weights, out) {
    let total = 0;
    for (let k = 0; k < weights.length; k++)
        total += weights[k];
    let remaining = n;
    for (let k = 0; k < weights.length; k++) {
        const w = weights[k];
        if (k === weights.length - 1 || remaining === 0) {
            out[k] = total > 0 && w > 0 ? remaining : 0;
            remaining -= out[k];
            total -= w;
            continue;
        }
        const draw = total > 0 ? sampleBinomial(rng, remaining, Math.min(1, w / total)) : 0;
        out[k] = draw;
        remaining -= draw;
        total -= w;
    }
}

;// CONCATENATED MODULE: ./src/domain/stats/kernel-task.ts
/** Examples per block of bootstrap draws (the kernel's 10-bit indices). */
const BOOTSTRAP_BLOCK = 1024;

// EXTERNAL MODULE: ./src/domain/stats/prng.ts
var prng = __webpack_require__(1615);
;// CONCATENATED MODULE: ./src/domain/stats/bootstrap-blocks.ts



/** Streams of the block counts, apart from the kernel's and the cell draws' streams. */
const BLOCK_STREAM = 0x10000000;
/**
 * How many of a bootstrap resample's n draws land in each block of BOOTSTRAP_BLOCK examples (the last
 * block may be shorter), for resamples [first, first + count): one exact multinomial draw per resample
 * from its own stream (seed, BLOCK_STREAM + r). The kernel then places each block's draws uniformly
 * inside it (kernel.ts). Laid out as the kernel task's `blocks`.
 */
function bootstrapBlockCounts(seed, first, count, n) {
    const blocks = Math.ceil(n / BOOTSTRAP_BLOCK);
    const sizes = new Float64Array(blocks).fill(BOOTSTRAP_BLOCK);
    sizes[blocks - 1] = n - BOOTSTRAP_BLOCK * (blocks - 1);
    const drawn = new Float64Array(blocks);
    const out = new Int32Array(count * blocks);
    for (let j = 0; j < count; j++) {
        sampleMultinomial((0,prng/* createPrng */.w)(seed, BLOCK_STREAM + first + j), n, sizes, drawn);
        out.set(drawn, j * blocks);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/domain/stats/bootstrap-layout.ts
/**
 * The bootstrap kernel's inputs with the examples moved to where the kernel holds them. Bootstrap
 * multiplicities are exchangeable (jointly, every position's is distributed alike), so the kernel may
 * hold example i at any position. It holds the examples in the candidate's score order whenever there
 * are candidate scores — whichever metrics are tested, so that no metric's interval depends on the
 * others — which lets the candidate's AUC pass read the weights in order; else in their own order.
 * `aucs` are in the examples' own order (continuous.ts sortScores per model), the candidate's sorted
 * exactly as `candSorted`.
 */
function bootstrapInputs(candSorted, means, aucs) {
    if (!candSorted)
        return { means: [...means], aucs: [...aucs] };
    const { order } = candSorted;
    const position = new Int32Array(order.length);
    for (let k = 0; k < order.length; k++)
        position[order[k]] = k;
    const moved = (values) => {
        const out = new Float64Array(values.length);
        for (let k = 0; k < order.length; k++)
            out[k] = values[order[k]];
        return out;
    };
    const positions = (examples) => {
        const out = new Int32Array(examples.length);
        for (let k = 0; k < examples.length; k++)
            out[k] = position[examples[k]];
        return out;
    };
    return {
        means: means.map((m) => ({ cand: moved(m.cand), base: moved(m.base), sqrt: m.sqrt })),
        aucs: aucs.map((a) => {
            if (a.candOrder !== order)
                throw new Error('bootstrapInputs: an AUC input sorted the candidate scores apart from candSorted');
            return {
                candY: a.candY,
                candTie: a.candTie,
                baseOrder: positions(a.baseOrder),
                baseY: a.baseY,
                baseTie: a.baseTie,
            };
        }),
    };
}

// EXTERNAL MODULE: ./src/domain/stats/classification.ts
var classification = __webpack_require__(9018);
// EXTERNAL MODULE: ./src/domain/stats/continuous.ts
var continuous = __webpack_require__(83793);
// EXTERNAL MODULE: ./src/domain/stats/kernel.ts
var kernel = __webpack_require__(26811);
// EXTERNAL MODULE: ./src/domain/stats/paired.ts
var paired = __webpack_require__(37859);
// EXTERNAL MODULE: ./src/domain/stats/radix.ts
var radix = __webpack_require__(7902);
// EXTERNAL MODULE: ./src/domain/stats/tests.ts
var tests = __webpack_require__(62005);
;// CONCATENATED MODULE: ./src/domain/stats/significance.ts










const inThreadRunner = (tasks, done) => Promise.resolve(Array.from({ length: tasks.length }, (_, i) => {
    const out = (0,kernel/* resampleKernel */.R)(tasks.task(i));
    done?.(i);
    return out;
}));
/** Resamples per kernel task: small enough to spread over threads, large enough to amortise a message; a multiple of the kernel's 8 lanes. */
const CHUNK = 128;
/** Streams of the per-cell (classification) draws, apart from the kernel's streams. */
const CELL_BOOTSTRAP_STREAM = 0x20000000;
const CELL_PERMUTATION_STREAM = 0x60000000;
function binaryLabels(data) {
    const labels = new Uint8Array(data.n);
    for (let i = 0; i < data.n; i++) {
        const y = data.label[i];
        if (y !== 0 && y !== 1)
            return `AUC needs 0/1 labels; found ${Number.isNaN(y) ? 'a non-number' : y} at example ${i + 1}`;
        labels[i] = y;
    }
    return labels;
}
function planAuc(data, candSorted) {
    if (!data.candScore || !data.baseScore)
        return 'AUC needs a score column in both per-example files';
    const labels = binaryLabels(data);
    if (typeof labels === 'string')
        return labels;
    let pos = 0;
    for (let i = 0; i < data.n; i++)
        pos += labels[i];
    if (pos === 0 || pos === data.n)
        return 'AUC is undefined when only one class is present in the labels';
    for (const s of [data.candScore, data.baseScore])
        for (let i = 0; i < data.n; i++)
            if (Number.isNaN(s[i]))
                return `AUC: score of example ${i + 1} is not a number`;
    const n = data.n;
    const c = candSorted();
    const b = (0,continuous/* sortScores */.WN)(data.baseScore);
    const inOrder = (order) => {
        const out = new Uint8Array(n);
        for (let k = 0; k < n; k++)
            out[k] = labels[order[k]];
        return out;
    };
    const linear = aucPermutationCoefficients(data.candScore, data.baseScore, labels, pos, n - pos);
    return {
        labels,
        auc: { candOrder: c.order, candY: inOrder(c.order), candTie: c.tieStart, baseOrder: b.order, baseY: inOrder(b.order), baseTie: b.tieStart },
        linear: { cand: linear.map((a) => a * n), base: new Float64Array(n), sqrt: false },
    };
}
/** Both models' scores of the examples with label `y`, in one ascending array. */
function scoresWithLabel(cand, base, labels, y, count) {
    const out = new Float64Array(2 * count);
    let k = 0;
    for (let i = 0; i < labels.length; i++) {
        if (labels[i] !== y)
            continue;
        out[k++] = cand[i];
        out[k++] = base[i];
    }
    return out.sort();
}
/**
 * The paired permutation statistic of ΔAUC is LINEAR in the swap signs, so each permutation costs
 * one signed sum instead of a pass over 2n sorted scores. With σ_i = +1 (kept) or −1 (swapped) and
 * K(x, y) = [x > y] + ½[x = y], a positive p and a negative q contribute
 *   ((σ_p + σ_q)/2)·A_pq + ((σ_q − σ_p)/2)·B_pq,
 * A_pq = K(c_p, c_q) − K(b_p, b_q), B_pq = K(b_p, c_q) − K(c_p, b_q) (c candidate, b baseline scores),
 * which checks out on all four (σ_p, σ_q). Summing over pairs, ΔAUC(σ) = Σ_i σ_i·a_i with
 *   a_p = [R⁻(c_p) − R⁻(b_p)] / (2PN) for positives, a_q = [R⁺(c_q) − R⁺(b_q)] / (2PN) for negatives,
 * where R⁻(x) counts the negatives' scores of BOTH models below x (ties ½) and R⁺(x) the positives'
 * scores of both models above x. Found for every example in two merged passes (ascending c, then b).
 */
function aucPermutationCoefficients(cand, base, labels, P, N) {
    const neg = scoresWithLabel(cand, base, labels, 0, N);
    const pos = scoresWithLabel(cand, base, labels, 1, P);
    const out = new Float64Array(cand.length);
    const scale = 1 / (2 * P * N);
    const pass = (scores, sign) => {
        const order = (0,radix/* argsortDoubles */.R)(scores);
        // First index ≥ x and first index > x in each sorted array; both only move forward as x grows.
        let nLo = 0;
        let nHi = 0;
        let pLo = 0;
        let pHi = 0;
        for (let k = 0; k < order.length; k++) {
            const i = order[k];
            const x = scores[i];
            while (nLo < neg.length && neg[nLo] < x)
                nLo++;
            if (nHi < nLo)
                nHi = nLo;
            while (nHi < neg.length && neg[nHi] <= x)
                nHi++;
            while (pLo < pos.length && pos[pLo] < x)
                pLo++;
            if (pHi < pLo)
                pHi = pLo;
            while (pHi < pos.length && pos[pHi] <= x)
                pHi++;
            const r = labels[i] === 1 ? nLo + 0.5 * (nHi - nLo) : pos.length - pLo - 0.5 * (pHi - pLo);
            out[i] = out[i] + sign * r * scale;
        }
    };
    pass(cand, 1);
    pass(base, -1);
    return out;
}
/** Splits [0, total) into kernel tasks (bootstrap ones still without their block counts). */
function tasksFor(base, total) {
    const tasks = [];
    for (let first = 0; first < total; first += CHUNK)
        tasks.push({ ...base, first, count: Math.min(CHUNK, total - first) });
    return tasks;
}
function lazyTasks(tasks) {
    return {
        length: tasks.length,
        work: tasks.reduce((s, t) => s + t.n * t.count * (t.means.length + t.aucs.length), 0),
        resamples: (index) => tasks[index].count,
        task: (index) => {
            const t = tasks[index];
            return t.mode === 'bootstrap' ? { ...t, blocks: bootstrapBlockCounts(t.seed, t.first, t.count, t.n) } : t;
        },
    };
}
/** Joins chunked kernel outputs into one array per metric. */
function gather(outputs, tasks, metrics, total) {
    const series = Array.from({ length: metrics }, () => new Float64Array(total));
    outputs.forEach((out, t) => {
        const { first, count } = tasks[t];
        for (let m = 0; m < metrics; m++)
            series[m].set(out.subarray(m * count, (m + 1) * count), first);
    });
    return series;
}
function cellMetrics(table, plans, counts, t = table) {
    return plans.map((p) => (0,classification/* classificationMetric */.JQ)(p.metric, t, counts, 0) - (0,classification/* classificationMetric */.JQ)(p.metric, t, counts, 1));
}
/**
 * Paired significance of candidate vs baseline for each gated metric computable from per-example data.
 * Deterministic for a seed. See kernel.ts for the resampling schemes; classification metrics resample
 * the K cells of the joint (label, candidate, baseline) table with exact multinomial/binomial draws.
 */
async function pairedSignificance(data, names, settings, runner = inThreadRunner) {
    const skipped = [];
    const plans = [];
    let table;
    let tableTried = false;
    let candScores;
    const candSorted = () => (candScores ??= (0,continuous/* sortScores */.WN)(data.candScore));
    if (data.n < 2) {
        return { tests: [], skipped: names.map((name) => ({ name, reason: `only ${data.n} paired example(s); significance needs at least 2` })) };
    }
    for (const name of names) {
        const metric = (0,paired.exampleMetricOf)(name);
        if (!metric)
            continue;
        if (metric === 'accuracy' || metric === 'precision' || metric === 'recall' || metric === 'f1') {
            if (!tableTried) {
                table = (0,classification/* jointTable */.Fk)(data);
                tableTried = true;
            }
            if (!table)
                skipped.push({ name, reason: 'labels and predictions have too many distinct values to be classes' });
            else
                plans.push({ kind: 'cells', name, metric });
        }
        else if (metric === 'auc') {
            const auc = planAuc(data, candSorted);
            if (typeof auc === 'string')
                skipped.push({ name, reason: auc });
            else
                plans.push({ kind: 'auc', name, metric, ...auc });
        }
        else {
            const mean = (0,continuous/* meanMetric */.y8)(metric, data);
            if (typeof mean === 'string')
                skipped.push({ name, reason: mean });
            else
                plans.push({ kind: 'mean', name, metric, mean });
        }
    }
    const { resamples: R, seed, alpha } = settings;
    const cellPlans = plans.filter((p) => p.kind === 'cells');
    const meanPlans = plans.filter((p) => p.kind === 'mean');
    const aucPlans = plans.filter((p) => p.kind === 'auc');
    const pMethod = (p) => {
        if (settings.method === 'bootstrap')
            return 'bootstrap';
        if (settings.method === 'permutation')
            return 'permutation';
        return paired.ACCURACY_TYPE.has(p.metric) ? 'mcnemar' : 'permutation';
    };
    // Bootstrap: the O(n) metrics through the kernel, the cell metrics by multinomial draws over cells.
    const bootTasks = meanPlans.length + aucPlans.length > 0
        ? tasksFor({ n: data.n, seed, exact: false, mode: 'bootstrap', ...bootstrapInputs(data.candScore ? candSorted() : undefined, meanPlans.map((p) => p.mean), aucPlans.map((p) => p.auc)) }, R)
        : [];
    const exact = data.n <= 30 && 2 ** data.n <= R;
    const permTotal = exact ? 2 ** data.n : R;
    const permKernelPlans = [...meanPlans, ...aucPlans].filter((p) => pMethod(p) === 'permutation');
    const permTasks = permKernelPlans.length > 0
        ? tasksFor({
            n: data.n,
            seed,
            exact,
            mode: 'permutation',
            // ΔAUC under swaps is a signed sum too (aucPermutationCoefficients).
            means: permKernelPlans.map((p) => (p.kind === 'mean' ? p.mean : p.linear)),
            aucs: [],
        }, permTotal)
        : [];
    const kernelRun = runner(lazyTasks([...bootTasks, ...permTasks]));
    const cellBoot = cellPlans.map(() => new Float64Array(R));
    const cellPerm = cellPlans.map(() => new Float64Array(permTotal));
    if (table && cellPlans.length > 0) {
        const counts = new Float64Array(table.count.length);
        for (let r = 0; r < R; r++) {
            sampleMultinomial((0,prng/* createPrng */.w)(seed, CELL_BOOTSTRAP_STREAM + r), data.n, table.count, counts);
            cellMetrics(table, cellPlans, counts).forEach((d, m) => (cellBoot[m][r] = d));
        }
        if (cellPlans.some((p) => pMethod(p) === 'permutation')) {
            const swapped = new Float64Array(table.count.length);
            const cellOf = exact ? cellIndex(data, table) : undefined;
            for (let r = 0; r < permTotal; r++) {
                if (cellOf) {
                    swapped.fill(0);
                    for (let i = 0; i < data.n; i++)
                        if (Math.floor(r / 2 ** i) % 2 === 1)
                            swapped[cellOf[i]] = swapped[cellOf[i]] + 1;
                }
                else {
                    const rng = (0,prng/* createPrng */.w)(seed, CELL_PERMUTATION_STREAM + r);
                    for (let k = 0; k < swapped.length; k++)
                        swapped[k] = sampleBinomial(rng, table.count[k], 0.5);
                }
                const s = (0,classification/* swapCells */.Rd)(table, swapped);
                cellMetrics(table, cellPlans, s.counts, s.table).forEach((d, m) => (cellPerm[m][r] = d));
            }
        }
    }
    const outputs = await kernelRun;
    const boot = gather(outputs.slice(0, bootTasks.length), bootTasks, meanPlans.length + aucPlans.length, R);
    const perm = gather(outputs.slice(bootTasks.length), permTasks, permKernelPlans.length, permTotal);
    const raw = [];
    const observed = (p) => {
        if (p.kind === 'cells')
            return [(0,classification/* classificationMetric */.JQ)(p.metric, table, table.count, 0), (0,classification/* classificationMetric */.JQ)(p.metric, table, table.count, 1)];
        if (p.kind === 'mean')
            return [(0,continuous/* meanValue */.Fm)(p.mean.cand, p.mean.sqrt), (0,continuous/* meanValue */.Fm)(p.mean.base, p.mean.sqrt)];
        return [(0,continuous/* aucSorted */.nJ)({ order: p.auc.candOrder, tieStart: p.auc.candTie }, p.labels), (0,continuous/* aucSorted */.nJ)({ order: p.auc.baseOrder, tieStart: p.auc.baseTie }, p.labels)];
    };
    for (const p of plans) {
        const [candidate, baseline] = observed(p);
        const delta = candidate - baseline;
        const ci = p.kind === 'cells' ? cellBoot[cellPlans.indexOf(p)] : boot[p.kind === 'mean' ? meanPlans.indexOf(p) : meanPlans.length + aucPlans.indexOf(p)];
        const interval = percentileInterval(ci, alpha);
        const method = pMethod(p);
        let pRaw;
        if (method === 'mcnemar') {
            const [b, c] = discordant(table);
            pRaw = (0,tests/* mcnemarExact */.B1)(b, c).pValue;
        }
        else if (method === 'permutation') {
            const nullDist = p.kind === 'cells' ? cellPerm[cellPlans.indexOf(p)] : perm[permKernelPlans.indexOf(p)];
            pRaw = (0,tests/* twoSidedPValue */.R$)(nullDist, delta, exact);
        }
        else
            pRaw = bootstrapPValue(ci);
        raw.push({ name: p.name, metric: p.metric, method, candidate, baseline, delta, ci: interval.ci, pRaw, n: data.n, ...(interval.note ? { note: interval.note } : {}) });
    }
    const adjusted = (0,tests/* holmAdjust */.IZ)(raw.map((t) => t.pRaw));
    return { tests: raw.map((t, i) => ({ ...t, pValue: adjusted[i] })), skipped };
}
/** Percentile interval (NumPy linear interpolation) of the bootstrap deltas; resamples with NaN are dropped and counted. */
function percentileInterval(deltas, alpha) {
    const finite = deltas.filter((d) => !Number.isNaN(d)).sort();
    const dropped = deltas.length - finite.length;
    const ci = [(0,tests/* percentileSorted */.vS)(finite, (alpha / 2) * 100), (0,tests/* percentileSorted */.vS)(finite, (1 - alpha / 2) * 100)];
    return dropped > 0 ? { ci, note: `${dropped} of ${deltas.length} resamples had an undefined metric and were left out` } : { ci };
}
/** Two-sided bootstrap p-value of "no difference": twice the smaller share of resampled deltas on either side of 0. */
function bootstrapPValue(deltas) {
    let le = 0;
    let ge = 0;
    for (const d of deltas) {
        if (d <= 0)
            le++;
        if (d >= 0)
            ge++;
    }
    return Math.min(1, (2 * (Math.min(le, ge) + 1)) / (deltas.length + 1));
}
/** McNemar's discordant counts: candidate right & baseline wrong, and the reverse. */
function discordant(t) {
    let b = 0;
    let c = 0;
    for (let k = 0; k < t.count.length; k++) {
        const candRight = t.cand[k] === t.label[k];
        const baseRight = t.base[k] === t.label[k];
        if (candRight && !baseRight)
            b += t.count[k];
        else if (!candRight && baseRight)
            c += t.count[k];
    }
    return [b, c];
}
/** For the exhaustive permutation test on tiny data: the cell of each example. */
function cellIndex(data, t) {
    const out = new Int32Array(data.n);
    const binary = t.positive !== undefined;
    for (let i = 0; i < data.n; i++) {
        const l = binary ? data.label[i] : data.labelCode[i];
        const a = binary ? data.candPred[i] : data.candCode[i];
        const b = binary ? data.basePred[i] : data.baseCode[i];
        let k = 0;
        while (!(t.label[k] === l && t.cand[k] === a && t.base[k] === b))
            k++;
        out[i] = k;
    }
    return out;
}


/***/ }),

/***/ 68235:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ binomialHalfCdf),
/* harmony export */   k: () => (/* binding */ logFactorial)
/* harmony export */ });
/** ln(k!) for integer k ≥ 0: exact sums below 256, Stirling's series (error < 1e-17 relative) above. */
const LOG_FACT_TABLE = (() => {
    const t = new Float64Array(256);
    for (let k = 1; k < 256; k++)
        t[k] = t[k - 1] + Math.log(k);
    return t;
})();
function logFactorial(k) {
    if (k < 256)
        return LOG_FACT_TABLE[k];
    const x = k + 1;
    const inv = 1 / x;
    const inv2 = inv * inv;
    // ln Γ(x) = (x − ½)ln x − x + ½ln 2π + 1/(12x) − 1/(360x³) + 1/(1260x⁵) − 1/(1680x⁷)
    return (x - 0.5) * Math.log(x) - x + 0.9189385332046728 + inv * (1 / 12 - inv2 * (1 / 360 - inv2 * (1 / 1260 - inv2 / 1680)));
}
/** P(X ≤ k) for X ~ Binomial(n, ½), summed in the log domain from k downwards (k ≤ n/2 or not). */
function binomialHalfCdf(k, n) {
    if (k < 0)
        return 0;
    if (k >= n)
        return 1;
    if (k > n / 2)
        return 1 - binomialHalfCdf(n - k - 1, n);
    const logTop = logFactorial(n) - logFactorial(k) - logFactorial(n - k) - n * Math.LN2;
    // Terms fall going down from k (k ≤ n/2): term(j−1) = term(j)·j/(n−j+1).
    let term = 1;
    let sum = 1;
    for (let j = k; j > 0; j--) {
        term *= j / (n - j + 1);
        sum += term;
        if (term < sum * 1e-17)
            break;
    }
    return Math.exp(logTop + Math.log(sum));
}


/***/ }),

/***/ 62005:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B1: () => (/* binding */ mcnemarExact),
/* harmony export */   IZ: () => (/* binding */ holmAdjust),
/* harmony export */   R$: () => (/* binding */ twoSidedPValue),
/* harmony export */   vS: () => (/* binding */ percentileSorted)
/* harmony export */ });
/* harmony import */ var _special_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(68235);

/**
 * McNemar's exact test as statsmodels' `mcnemar(table, exact=True)`: with b and c the discordant
 * counts (candidate right / baseline wrong and the reverse), p = min(1, 2·P(X ≤ min(b, c))), X ~ Bin(b+c, ½).
 */
function mcnemarExact(b, c) {
    const statistic = Math.min(b, c);
    return { statistic, pValue: Math.min(1, 2 * (0,_special_js__WEBPACK_IMPORTED_MODULE_0__/* .binomialHalfCdf */ .e)(statistic, b + c)) };
}
/** Holm–Bonferroni step-down adjusted p-values, as statsmodels `multipletests(p, method='holm')[1]`. */
function holmAdjust(pValues) {
    const m = pValues.length;
    const order = pValues.map((p, i) => [p, i]).sort((x, y) => x[0] - y[0]);
    const adjusted = new Array(m);
    let running = 0;
    order.forEach(([p, i], rank) => {
        running = Math.max(running, Math.min(1, (m - rank) * p));
        adjusted[i] = running;
    });
    return adjusted;
}
/** Percentile with linear interpolation (NumPy's default `np.percentile`, SciPy bootstrap's). `sorted` ascending. */
function percentileSorted(sorted, q) {
    const n = sorted.length;
    if (n === 0)
        return Number.NaN;
    const pos = (q / 100) * (n - 1);
    const lo = Math.floor(pos);
    const hi = Math.min(n - 1, lo + 1);
    const frac = pos - lo;
    const a = sorted[lo];
    const b = sorted[hi];
    return frac === 0 ? a : a + (b - a) * frac;
}
/**
 * Two-sided p-value of a randomisation test as SciPy's `permutation_test`: 2·min(P(T* ≤ t), P(T* ≥ t)),
 * with SciPy's relative tolerance 1e-14 on ties and the +1 correction for random (not exhaustive) resampling.
 */
function twoSidedPValue(nullDistribution, observed, exact) {
    const gamma = Math.abs(1e-14 * observed);
    let less = 0;
    let greater = 0;
    for (let i = 0; i < nullDistribution.length; i++) {
        const t = nullDistribution[i];
        if (t <= observed + gamma)
            less++;
        if (t >= observed - gamma)
            greater++;
    }
    const adj = exact ? 0 : 1;
    const total = nullDistribution.length + adj;
    return Math.min(1, 2 * Math.min((less + adj) / total, (greater + adj) / total));
}


/***/ })

};
