export const id = 6074;
export const ids = [6074];
export const modules = {

/***/ 66074:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readReferenceOnWorker: () => (/* binding */ readReferenceOnWorker)
/* harmony export */ });
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(75919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _domain_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(10241);
/* harmony import */ var _chunk_workers_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(14565);



/**
 * Reads the reference data on a spare chunk worker (`readReferenceHere`) while this thread goes on, showing the
 * worker's progress through `progress`; undefined when no worker is spare. The worker is spare again once it has answered.
 */
function readReferenceOnWorker(job, progress) {
    const worker = (0,_chunk_workers_js__WEBPACK_IMPORTED_MODULE_2__/* .takeSpareChunkWorker */ .W2)();
    if (!worker)
        return undefined;
    const { port1, port2 } = new node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.MessageChannel();
    let meter;
    const columns = new Promise((resolve, reject) => {
        const settle = (outcome, keep) => {
            meter?.end();
            port1.close();
            if (keep)
                (0,_chunk_workers_js__WEBPACK_IMPORTED_MODULE_2__/* .returnChunkWorker */ .yX)(worker);
            else
                void worker.terminate();
            outcome();
        };
        const lost = (error) => settle(() => reject(error instanceof Error ? error : new Error(String(error))), false);
        worker.once('error', lost);
        worker.once('exit', (code) => lost(new Error(`worker thread exited with status ${code}`)));
        port1.on('message', (m) => {
            switch (m.kind) {
                case 'progress-start':
                    meter = progress?.start(m.task);
                    return;
                case 'progress':
                    meter?.update(m.done, m.bytes);
                    return;
                case 'progress-end':
                    meter?.end();
                    meter = undefined;
                    return;
                case 'done':
                    settle(() => resolve(new Map(m.columns)), true);
                    return;
                case 'failed': {
                    const { kind, message, location } = m.error;
                    settle(() => reject(kind ? new _domain_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .MlgateError */ .Bf(kind, message, { location: location ?? {} }) : new Error(message)), true);
                }
            }
        });
        worker.postMessage({ kind: 'reference', job, reply: port2 }, [port2]);
    });
    // Awaited by the caller only once its own read is done: a failure meanwhile is not "unhandled".
    const settled = columns.then(() => undefined, () => undefined);
    const stop = async () => {
        port1.postMessage({ kind: 'stop' });
        await settled;
    };
    return { columns, stop };
}


/***/ })

};
