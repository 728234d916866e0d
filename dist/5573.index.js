export const id = 5573;
export const ids = [5573];
export const modules = {

/***/ 95573:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   planOnSpareWorker: () => (/* binding */ planOnSpareWorker)
/* harmony export */ });
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(75919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _chunk_workers_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(14565);


/**
 * Has a spare chunk worker plan a big CSV file's drift columns from its first rows (`plansFromFirstRows`) while
 * this thread does other work. Resolves to the plans, or undefined when no worker was spare or it could not
 * plan (this thread then plans as usual); never rejects. The worker is spare again once it has answered.
 */
async function planOnSpareWorker(request) {
    const worker = (0,_chunk_workers_js__WEBPACK_IMPORTED_MODULE_1__/* .takeSpareChunkWorker */ .W2)();
    if (!worker)
        return undefined;
    const { port1, port2 } = new node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.MessageChannel();
    try {
        const plans = await new Promise((resolve, reject) => {
            port1.once('message', resolve);
            worker.once('error', reject);
            worker.once('exit', (code) => reject(new Error(`worker thread exited with status ${code}`)));
            worker.postMessage({ kind: 'plan', request, reply: port2 }, [port2]);
        });
        (0,_chunk_workers_js__WEBPACK_IMPORTED_MODULE_1__/* .returnChunkWorker */ .yX)(worker);
        return plans ? new Map(plans) : undefined;
    }
    catch {
        await worker.terminate();
        return undefined;
    }
    finally {
        port1.close();
    }
}


/***/ })

};
