export const id = 4032;
export const ids = [4032];
export const modules = {

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
    // Already in order (a row id, a timestamp column written in order): one look, no passes.
    let ordered = true;
    for (let i = 1; i < n; i++) {
        if (!(values[i - 1] < values[i])) {
            ordered = false;
            break;
        }
    }
    if (ordered)
        return values;
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

/***/ 84032:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   sortColumns: () => (/* binding */ sortColumns)
/* harmony export */ });
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(75919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _domain_drift_sort_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(67253);
/* harmony import */ var _worker_pool_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(25159);



/** Marks a worker thread started by `sortColumns`. */
const SORT_WORKER_TAG = 'mlgate-sort-worker';
/**
 * Sorts every array of the list (in this thread alone when they hold fewer than `minBytes`): this
 * thread takes arrays from the end of the list while `threads - 1` worker threads (each started only
 * for this) take them from the front, one at a time. An array a worker sorted is replaced in the list
 * by the one it sent back; each array must own its buffer.
 */
async function sortColumns(arrays, settings) {
    const { threads } = settings;
    const bytes = arrays.reduce((s, a) => s + a.byteLength, 0);
    const scratch = new _domain_drift_sort_js__WEBPACK_IMPORTED_MODULE_2__/* .SortScratch */ .z();
    if (threads < 2 || arrays.length < 2 || bytes < settings.minBytes || !(0,_worker_pool_js__WEBPACK_IMPORTED_MODULE_1__/* .runsFromBundle */ .rI)()) {
        for (const a of arrays)
            (0,_domain_drift_sort_js__WEBPACK_IMPORTED_MODULE_2__/* .sortFloat64 */ .f)(a, scratch);
        return;
    }
    let front = 0;
    let back = arrays.length - 1;
    const workers = Array.from({ length: Math.min(threads - 1, arrays.length - 1) }, () => (0,_worker_pool_js__WEBPACK_IMPORTED_MODULE_1__/* .startBundleWorker */ .Nm)('startSortWorker', SORT_WORKER_TAG));
    const done = workers.map((worker) => new Promise((resolve, reject) => {
        const next = () => {
            if (front > back) {
                resolve();
                return;
            }
            const k = front++;
            // The array moves to the worker (no copy) and comes back sorted.
            worker.postMessage({ k, values: arrays[k] }, [arrays[k].buffer]);
        };
        worker.on('message', ({ k, values }) => {
            arrays[k] = values;
            next();
        });
        worker.on('error', reject);
        worker.on('online', next);
    }));
    while (back >= front) {
        // Yield so that the workers' messages are taken in between this thread's sorts.
        await new Promise((resolve) => setImmediate(resolve));
        if (back >= front)
            (0,_domain_drift_sort_js__WEBPACK_IMPORTED_MODULE_2__/* .sortFloat64 */ .f)(arrays[back--], scratch);
    }
    try {
        await Promise.all(done);
    }
    finally {
        await Promise.all(workers.map((w) => w.terminate()));
    }
}
if (!node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.isMainThread && node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.parentPort && node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.workerData?.tag === SORT_WORKER_TAG) {
    const port = node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.parentPort;
    const scratch = new _domain_drift_sort_js__WEBPACK_IMPORTED_MODULE_2__/* .SortScratch */ .z();
    port.on('message', ({ k, values }) => {
        (0,_domain_drift_sort_js__WEBPACK_IMPORTED_MODULE_2__/* .sortFloat64 */ .f)(values, scratch);
        port.postMessage({ k, values }, [values.buffer]);
    });
}


/***/ })

};
