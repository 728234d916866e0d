export const id = 7859;
export const ids = [7859];
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


/***/ })

};
