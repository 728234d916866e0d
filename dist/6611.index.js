export const id = 6611;
export const ids = [6611];
export const modules = {

/***/ 96611:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ActionsArtifacts: () => (/* binding */ ActionsArtifacts)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _actions_artifact__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(56518);
/* harmony import */ var _domain_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(10241);



/** The runner's artifact service (@actions/artifact v2 protocol via ACTIONS_RESULTS_URL). */
class ActionsArtifacts {
    settings;
    kind = 'actions';
    client = new _actions_artifact__WEBPACK_IMPORTED_MODULE_1__/* .DefaultArtifactClient */ .t9();
    constructor(settings = {}) {
        this.settings = settings;
    }
    async upload(name, files, rootDirectory) {
        try {
            // Files may be given relative to rootDirectory; the client wants absolute paths.
            const r = await this.client.uploadArtifact(name, files.map((f) => node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(rootDirectory, f)), node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(rootDirectory), {});
            return { name, id: r.id };
        }
        catch (e) {
            throw new _domain_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .MlgateError */ .Bf('github', `could not upload artifact '${name}': ${e.message}`, { cause: e });
        }
    }
    async download(name, destination, from) {
        const { token, repository } = this.settings;
        const findBy = from?.runId !== undefined && token && repository ? { token, workflowRunId: from.runId, repositoryOwner: repository.owner, repositoryName: repository.repo } : undefined;
        try {
            const { artifact } = await this.client.getArtifact(name, findBy ? { findBy } : undefined);
            const r = await this.client.downloadArtifact(artifact.id, { path: destination, ...(findBy ? { findBy } : {}) });
            return r.downloadPath ?? destination;
        }
        catch (e) {
            throw new _domain_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .MlgateError */ .Bf('github', `could not download artifact '${name}': ${e.message}`, { cause: e });
        }
    }
}


/***/ })

};
