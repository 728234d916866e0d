export const id = 1238;
export const ids = [1238];
export const modules = {

/***/ 11238:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cq: () => (/* binding */ NULL),
/* harmony export */   FW: () => (/* binding */ scratch),
/* harmony export */   HM: () => (/* binding */ TYPE_FAILED),
/* harmony export */   JZ: () => (/* binding */ decodeTimes),
/* harmony export */   oc: () => (/* binding */ NOT_NUMBER),
/* harmony export */   ss: () => (/* binding */ markNulls),
/* harmony export */   uk: () => (/* binding */ NUMBER),
/* harmony export */   vW: () => (/* binding */ decodeNumbers),
/* harmony export */   vh: () => (/* binding */ INTEGER)
/* harmony export */ });
/** Kinds of a cell, as `Column.numbers` gives them. */
const NULL = 0;
const INTEGER = 1;
const NUMBER = 2;
const NOT_NUMBER = 3;
/** Added to a cell's kind once it failed `type`: the range checks skip it. */
const TYPE_FAILED = 4;
/**
 * Per row of the batch being checked: its value in the comparison domain, and its kind (as
 * `Column.numbers`). One pair for all checkers: a checker uses it only within its `consume` call.
 */
const scratch = { values: new Float64Array(0), kinds: new Uint8Array(0) };
/** `Column.numbers`, or the same cell by cell for a column without it. */
function decodeNumbers(col, n, out, kinds) {
    if (col.numbers !== undefined) {
        col.numbers(out, kinds);
        return;
    }
    for (let i = 0; i < n; i++) {
        if (col.isNull(i)) {
            out[i] = NaN;
            kinds[i] = NULL;
            continue;
        }
        const v = col.number(i);
        out[i] = v;
        kinds[i] = col.isInteger(i) ? INTEGER : Number.isNaN(v) ? NOT_NUMBER : NUMBER;
    }
}
/** Epoch ms of every cell (NaN: null or not a date); kinds NULL, NUMBER (a date) or NOT_NUMBER. */
function decodeTimes(col, n, dateOnly, out, kinds) {
    if (col.datetimes !== undefined)
        col.datetimes(out, dateOnly);
    else
        for (let i = 0; i < n; i++)
            out[i] = col.isNull(i) ? NaN : col.datetime(i, dateOnly);
    for (let i = 0; i < n; i++)
        kinds[i] = col.isNull(i) ? NULL : Number.isNaN(out[i]) ? NOT_NUMBER : NUMBER;
}
/** Text columns: only which cells are null (values NaN: text is not compared as numbers). */
function markNulls(col, n, out, kinds) {
    for (let i = 0; i < n; i++) {
        out[i] = NaN;
        kinds[i] = col.isNull(i) ? NULL : NOT_NUMBER;
    }
}


/***/ })

};
