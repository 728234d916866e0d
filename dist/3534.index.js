export const id = 3534;
export const ids = [3534];
export const modules = {

/***/ 3534:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ActionsCache: () => (/* binding */ ActionsCache)
/* harmony export */ });
/* harmony import */ var _actions_cache__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(18091);

/** The runner's cache service (@actions/cache). Failures to save are warnings: a cache is an optimisation. */
class ActionsCache {
    log;
    kind = 'actions';
    constructor(log) {
        this.log = log;
    }
    async restore(paths, key) {
        try {
            return await _actions_cache__WEBPACK_IMPORTED_MODULE_0__/* .restoreCache */ .P3([...paths], key);
        }
        catch (e) {
            this.log.warning(`cache restore failed for ${key}: ${e.message}`);
            return undefined;
        }
    }
    async save(paths, key) {
        try {
            await _actions_cache__WEBPACK_IMPORTED_MODULE_0__/* .saveCache */ .Io([...paths], key);
        }
        catch (e) {
            const message = e.message;
            // Another job saved the same key first: the content is identical by construction (content hash).
            if (/already exists|reserve/i.test(message))
                this.log.debug(`cache ${key}: ${message}`);
            else
                this.log.warning(`cache save failed for ${key}: ${message}`);
        }
    }
}


/***/ })

};
