export const id = 1552;
export const ids = [1552];
export const modules = {

/***/ 71552:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   reportingRunner: () => (/* binding */ reportingRunner),
/* harmony export */   workerRunner: () => (/* binding */ workerRunner)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(75919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _domain_stats_kernel_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(26811);
/* harmony import */ var _domain_stats_significance_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(71430);




/**
 * Runs resampling kernel tasks on worker threads (one per core). The kernel is self-contained, so its
 * source text is the worker's whole program — this works from the single bundled dist/index.js.
 * Arrays are moved to SharedArrayBuffers once and shared by every worker, not copied per task.
 * Results do not depend on the number of workers (each resample has its own PRNG stream).
 */
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const resampleKernel = (${_domain_stats_kernel_js__WEBPACK_IMPORTED_MODULE_3__/* .resampleKernel */ .R.toString()});
parentPort.on('message', (task) => {
  const out = resampleKernel(task);
  parentPort.postMessage(out, [out.buffer]);
});
`;
/** Below this much work (examples × resamples) threads cost more than they save. */
const MIN_WORK = 20_000_000;
/** Moves a task's example arrays to SharedArrayBuffers, each array once for all tasks (`cache`). */
function share(task, cache) {
    const shared = (a) => {
        if (!a)
            return undefined;
        let s = cache.get(a);
        if (!s) {
            const Ctor = a.constructor;
            s = new Ctor(new SharedArrayBuffer(a.byteLength));
            s.set(a);
            cache.set(a, s);
        }
        return s;
    };
    return {
        ...task,
        means: task.means.map((m) => ({ cand: shared(m.cand), base: shared(m.base), sqrt: m.sqrt })),
        aucs: task.aucs.map((a) => ({
            candOrder: shared(a.candOrder),
            candY: shared(a.candY),
            candTie: shared(a.candTie),
            baseOrder: shared(a.baseOrder),
            baseY: shared(a.baseY),
            baseTie: shared(a.baseTie),
        })),
    };
}
function workerRunner(threads = Math.max(1, Math.min(node_os__WEBPACK_IMPORTED_MODULE_0___default().availableParallelism(), 8)), minWork = MIN_WORK) {
    return async (tasks, done) => {
        if (tasks.length < 2 || threads < 2 || tasks.work < minWork)
            return (0,_domain_stats_significance_js__WEBPACK_IMPORTED_MODULE_2__.inThreadRunner)(tasks, done);
        const cache = new Map();
        // Building a task (bootstrap block counts) takes the main thread a while: the next one is built
        // while the workers run, not while one of them waits for it.
        let ready;
        const build = (index) => (ready?.index === index ? ready.task : share(tasks.task(index), cache));
        const results = new Array(tasks.length);
        let next = 0;
        const workers = Array.from({ length: Math.min(threads, tasks.length) }, () => new node_worker_threads__WEBPACK_IMPORTED_MODULE_1__.Worker(WORKER_SOURCE, { eval: true }));
        try {
            await Promise.all(workers.map((worker) => new Promise((resolve, reject) => {
                const give = () => {
                    if (next >= tasks.length) {
                        resolve();
                        return;
                    }
                    const index = next++;
                    worker.once('message', (out) => {
                        results[index] = out;
                        done?.(index);
                        give();
                    });
                    worker.postMessage(build(index));
                    if (next < tasks.length)
                        ready = { index: next, task: share(tasks.task(next), cache) };
                };
                worker.once('error', reject);
                give();
            })));
        }
        finally {
            await Promise.all(workers.map((w) => w.terminate()));
        }
        return results;
    };
}
/** `runner` reporting the resamples of each finished task to `progress` (bootstrap and permutation alike). */
function reportingRunner(runner, progress, label) {
    if (!progress)
        return runner;
    return async (tasks, done) => {
        let total = 0;
        for (let i = 0; i < tasks.length; i++)
            total += tasks.resamples(i);
        const meter = progress.start({ label, unit: 'resamples', total });
        let finished = 0;
        try {
            return await runner(tasks, (index) => {
                finished += tasks.resamples(index);
                meter.update(finished);
                done?.(index);
            });
        }
        finally {
            meter.end();
        }
    };
}


/***/ })

};
