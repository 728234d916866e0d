export const id = 9112;
export const ids = [9112];
export const modules = {

/***/ 89112:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   driftHook: () => (/* binding */ driftHook),
/* harmony export */   prepareDrift: () => (/* binding */ prepareDrift)
/* harmony export */ });
/* harmony import */ var _adapters_storage_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61648);
/* harmony import */ var _domain_drift_evaluate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(10332);
/* harmony import */ var _domain_profile_dataset_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(66313);
/* harmony import */ var _io_data_column_values_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(45626);
/* harmony import */ var _io_data_drift_reference_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(26676);
/* harmony import */ var _io_data_read_dataset_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(13808);
/* harmony import */ var _io_workers_sort_workers_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(84032);
/* harmony import */ var _compare_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(56130);
/* harmony import */ var _production_evidence_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(18125);
/** Drift inside `validate`/`check`: the dataset's reference against the current data, column by column. */









/**
 * Loads the reference of a dataset's drift; the current data's values are collected by the
 * validation pass into `collector` (one read for checks and drift), then `finish` scores them.
 */
async function prepareDrift(dataset, root, context, where, production, profile) {
    const reference = await (0,_io_data_drift_reference_js__WEBPACK_IMPORTED_MODULE_4__/* .loadReference */ .Q)(dataset, root, where, { cwd: context.cwd, env: context.env, cache: (0,_adapters_storage_js__WEBPACK_IMPORTED_MODULE_0__/* .createCache */ .VC)(context), ...(context.progress ? { progress: context.progress } : {}), ...(production ? { production } : {}) });
    if ('skipped' in reference)
        return { finish: () => Promise.resolve([{ column: '(dataset)', method: dataset.drift.method, score: 0, threshold: 0, status: 'skipped', message: reference.skipped }]) };
    context.log.info(`drift ${dataset.name}: reference from ${reference.source}`);
    if (profile)
        return { finish: () => Promise.resolve((0,_domain_drift_evaluate_js__WEBPACK_IMPORTED_MODULE_1__/* .evaluateDrift */ .$v)({ reference: reference.columns, current: (0,_domain_profile_dataset_js__WEBPACK_IMPORTED_MODULE_2__/* .profileDistributions */ .R_)(profile), config: dataset.drift, columns: dataset.columns })) };
    const collector = (0,_io_data_column_values_js__WEBPACK_IMPORTED_MODULE_3__/* .exactCollector */ .l5)();
    const sorting = (0,_io_data_read_dataset_js__WEBPACK_IMPORTED_MODULE_5__/* .sortSettings */ .MT)(context.env);
    return { collector, finish: async () => (0,_domain_drift_evaluate_js__WEBPACK_IMPORTED_MODULE_1__/* .evaluateDrift */ .$v)({ reference: reference.columns, current: await collector.finish((arrays) => (0,_io_workers_sort_workers_js__WEBPACK_IMPORTED_MODULE_6__.sortColumns)(arrays, sorting)), config: dataset.drift, columns: dataset.columns }) };
}
/** The hook `runValidation` calls for a dataset with `drift:`. */
function driftHook({ dataset, loaded, context, profile }, invocation) {
    const index = loaded.config.datasets.indexOf(dataset);
    const stores = { store: (0,_compare_js__WEBPACK_IMPORTED_MODULE_7__.storeFactory)(invocation, context), evidence: (0,_compare_js__WEBPACK_IMPORTED_MODULE_7__.evidenceFactory)(invocation, context) };
    return prepareDrift(dataset, loaded.root, context, `datasets[${index}].drift.reference (${dataset.name})`, (name) => (0,_production_evidence_js__WEBPACK_IMPORTED_MODULE_8__/* .productionProfile */ .B)(name, loaded.config, stores), profile);
}


/***/ })

};
